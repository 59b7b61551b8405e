package nl.doorbraak.api.service;

/**
 * De rol van wie handelt geeft dit recht niet (een rol die hij zelf niet beheert toekennen, de laatste
 * gemeentebeheerder weghalen, …): HTTP 403. Gegevens van een andere gemeente zijn nooit een 403 maar een
 * {@link NietGevondenException}, zodat niet uitlekt dat ze bestaan.
 *
 * @since 1.2
 */
public class GeenToegangException extends DoorbraakException {

    private static final long serialVersionUID = 1L;

    public GeenToegangException(String boodschap) {
        super(boodschap);
    }
}
