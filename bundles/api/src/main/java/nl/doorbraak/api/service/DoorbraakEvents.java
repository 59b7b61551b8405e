package nl.doorbraak.api.service;

/**
 * EventAdmin-topics en -eigenschappen die de core verstuurt, na het vastleggen van een wijziging. Topics volgen
 * {@code nl/doorbraak/<zelfstandig naamwoord>/<WERKWOORD>}.
 *
 * <pre>{@code
 * @Component(property = EventConstants.EVENT_TOPIC + "=" + DoorbraakEvents.CASUS_AANGEMAAKT)
 * public class Welkom implements EventHandler {
 *     public void handleEvent(Event e) {
 *         String casusId = (String) e.getProperty(DoorbraakEvents.CASUS_ID);
 *     }
 * }
 * }</pre>
 */
public final class DoorbraakEvents {

    public static final String CASUS_AANGEMAAKT = "nl/doorbraak/casus/AANGEMAAKT";
    public static final String CASUS_GEWIJZIGD = "nl/doorbraak/casus/GEWIJZIGD";
    public static final String CASUS_STATUS_GEWIJZIGD = "nl/doorbraak/casus/STATUS_GEWIJZIGD";
    public static final String TAFEL_AANGEMAAKT = "nl/doorbraak/tafel/AANGEMAAKT";
    public static final String TAFEL_GEWIJZIGD = "nl/doorbraak/tafel/GEWIJZIGD";
    public static final String GEMEENTE_GEWIJZIGD = "nl/doorbraak/gemeente/GEWIJZIGD";
    /** Een casus is geëscaleerd (ook: de nieuwe escalatie na doorescaleren). */
    public static final String ESCALATIE_AANGEMAAKT = "nl/doorbraak/escalatie/AANGEMAAKT";
    public static final String ESCALATIE_BEANTWOORD = "nl/doorbraak/escalatie/BEANTWOORD";
    public static final String ESCALATIE_OPGELOST = "nl/doorbraak/escalatie/OPGELOST";
    /** De escalatie is naar het volgende niveau gegaan; {@link #ESCALATIE_VOLGENDE} is de nieuwe. */
    public static final String ESCALATIE_DOORGEESCALEERD = "nl/doorbraak/escalatie/DOORGEESCALEERD";
    /** Een open escalatie is over haar deadline; eenmaal per escalatie, door een periodieke controle. */
    public static final String ESCALATIE_VERLOPEN = "nl/doorbraak/escalatie/VERLOPEN";

    /** Eigenschap: id van de gemeente. */
    public static final String GEMEENTE = "gemeente";
    public static final String CASUS_ID = "casus.id";
    public static final String TAFEL_ID = "tafel.id";
    public static final String VARIANT = "variant";
    /** Eigenschap: de nieuwe status (code), bij statusovergangen. */
    public static final String STATUS = "status";
    /** Eigenschap: de vorige status (code), bij statusovergangen. */
    public static final String VORIGE_STATUS = "status.vorige";
    public static final String DOOR = "door";
    public static final String ESCALATIE_ID = "escalatie.id";
    /** Eigenschap: id van het escalatieniveau. */
    public static final String NIVEAU = "niveau";
    /** Eigenschap: id van de nieuwe escalatie, bij doorescaleren. */
    public static final String ESCALATIE_VOLGENDE = "escalatie.volgende";
    /** Eigenschap: de deadline van een escalatie (ISO-8601). */
    public static final String DEADLINE = "deadline";
    public static final String VERSIE = "versie";

    private DoorbraakEvents() {
    }
}
