package nl.doorbraak.api.service;

/** De wijziging botst met de huidige toestand (verouderde versie, niet toegestane statusovergang): HTTP 409. */
public class ConflictException extends DoorbraakException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String boodschap) {
        super(boodschap);
    }
}
