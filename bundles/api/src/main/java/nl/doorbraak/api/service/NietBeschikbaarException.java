package nl.doorbraak.api.service;

/**
 * Wat nodig is, komt van een plug-in die (even) niet geïnstalleerd is, ook niet na de wachttijd: HTTP 503 met
 * {@code Retry-After}.
 */
public class NietBeschikbaarException extends DoorbraakException {

    private static final long serialVersionUID = 1L;

    private final int opnieuwNaSeconden;

    public NietBeschikbaarException(String boodschap, int opnieuwNaSeconden) {
        super(boodschap);
        this.opnieuwNaSeconden = opnieuwNaSeconden;
    }

    public int opnieuwNaSeconden() {
        return opnieuwNaSeconden;
    }
}
