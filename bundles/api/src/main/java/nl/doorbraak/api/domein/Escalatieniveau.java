package nl.doorbraak.api.domein;

/**
 * Eén niveau van de escalatieroute van een gemeente, bijvoorbeeld {@code directie} met een reactietermijn van 10
 * dagen. De geconfigureerde niveaus staan in {@link Gemeente#escalatieniveaus()}; een plug-in kan er een niveau
 * boven zetten (zie {@link nl.doorbraak.api.escalatie.ExtraEscalatieniveau}).
 *
 * @param id                  stabiele sleutel, bijvoorbeeld {@code tafel}, {@code directie} of {@code rijk}
 * @param naam                naam voor mensen; bij een geconfigureerd niveau gelijk aan {@code id}
 * @param reactietermijnDagen binnen zoveel kalenderdagen moet het niveau reageren; daarna is een escalatie verlopen
 * @param plugin              symbolische naam van de bundle die het niveau levert; {@code null} bij een
 *                            geconfigureerd niveau
 */
public record Escalatieniveau(String id, String naam, int reactietermijnDagen, String plugin) {

    /** Een niveau uit de gemeenteconfiguratie. */
    public static Escalatieniveau geconfigureerd(String id, int reactietermijnDagen) {
        return new Escalatieniveau(id, id, reactietermijnDagen, null);
    }
}
