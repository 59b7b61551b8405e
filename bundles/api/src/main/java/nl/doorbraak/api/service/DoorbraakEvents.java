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
    public static final String CONTACT_AANGEMAAKT = "nl/doorbraak/contact/AANGEMAAKT";
    public static final String CONTACT_GEWIJZIGD = "nl/doorbraak/contact/GEWIJZIGD";
    public static final String CONTACT_GEDEACTIVEERD = "nl/doorbraak/contact/GEDEACTIVEERD";
    public static final String SIGNAAL_AANGEMAAKT = "nl/doorbraak/signaal/AANGEMAAKT";
    public static final String SIGNAAL_GEWIJZIGD = "nl/doorbraak/signaal/GEWIJZIGD";
    public static final String SIGNAAL_STATUS_GEWIJZIGD = "nl/doorbraak/signaal/STATUS_GEWIJZIGD";
    /** Met {@link #CASUS_ID} en {@link #GEWICHT}; ook na het melden, voor elke meegegeven casus. */
    public static final String SIGNAAL_CASUS_GEKOPPELD = "nl/doorbraak/signaal/CASUS_GEKOPPELD";
    public static final String SIGNAAL_CASUS_ONTKOPPELD = "nl/doorbraak/signaal/CASUS_ONTKOPPELD";

    /** Eigenschap: id van de gemeente. */
    public static final String GEMEENTE = "gemeente";
    public static final String CASUS_ID = "casus.id";
    public static final String TAFEL_ID = "tafel.id";
    public static final String VARIANT = "variant";
    public static final String CONTACT_ID = "contact.id";
    public static final String SIGNAAL_ID = "signaal.id";
    /** Eigenschap: de verantwoordelijke organisatie van een signaal, of de organisatie van een contact. */
    public static final String ORGANISATIE = "organisatie";
    /** Eigenschap: het gewicht (aantal gekoppelde casussen) van een signaal na de wijziging. */
    public static final String GEWICHT = "gewicht";
    /** Eigenschap: de nieuwe status (code), bij statusovergangen. */
    public static final String STATUS = "status";
    /** Eigenschap: de vorige status (code), bij statusovergangen. */
    public static final String VORIGE_STATUS = "status.vorige";
    public static final String DOOR = "door";
    public static final String VERSIE = "versie";

    private DoorbraakEvents() {
    }
}
