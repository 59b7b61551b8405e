package nl.doorbraak.api.service;

/**
 * Basis van de fouten die services geven. De boodschap is Nederlands en bedoeld voor mensen; de web-bundle zet
 * haar in het {@code detail} van een problem+json-antwoord.
 */
public abstract class DoorbraakException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected DoorbraakException(String boodschap) {
        super(boodschap);
    }

    protected DoorbraakException(String boodschap, Throwable oorzaak) {
        super(boodschap, oorzaak);
    }
}
