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
    /**
     * De bewaartermijn van een afgesloten casus is voorbij en de core heeft zijn persoonsgegevens gewist; een plug-in
     * wist dan de persoonsgegevens die hij zelf over deze casus bewaart.
     */
    public static final String CASUS_GEWIST = "nl/doorbraak/casus/GEWIST";
    public static final String TAFEL_AANGEMAAKT = "nl/doorbraak/tafel/AANGEMAAKT";
    public static final String TAFEL_GEWIJZIGD = "nl/doorbraak/tafel/GEWIJZIGD";
    public static final String GEMEENTE_GEWIJZIGD = "nl/doorbraak/gemeente/GEWIJZIGD";
    public static final String BIJEENKOMST_GEPLAND = "nl/doorbraak/bijeenkomst/GEPLAND";
    public static final String BIJEENKOMST_GEWIJZIGD = "nl/doorbraak/bijeenkomst/GEWIJZIGD";
    public static final String BESLUIT_GENOMEN = "nl/doorbraak/besluit/GENOMEN";
    public static final String POTJE_AANGEMAAKT = "nl/doorbraak/potje/AANGEMAAKT";
    public static final String POTJE_GESTORT = "nl/doorbraak/potje/GESTORT";
    public static final String POTJE_UITGEGEVEN = "nl/doorbraak/potje/UITGEGEVEN";
    public static final String ACTIE_AANGEMAAKT = "nl/doorbraak/actie/AANGEMAAKT";
    public static final String ACTIE_GEREED = "nl/doorbraak/actie/GEREED";
    /** Eén keer per actie, kort nadat de deadline voorbij is en hij nog open staat. */
    public static final String ACTIE_VERLOPEN = "nl/doorbraak/actie/VERLOPEN";
    /** Een casus is geëscaleerd (ook: de nieuwe escalatie na doorescaleren). */
    public static final String ESCALATIE_AANGEMAAKT = "nl/doorbraak/escalatie/AANGEMAAKT";
    public static final String ESCALATIE_BEANTWOORD = "nl/doorbraak/escalatie/BEANTWOORD";
    public static final String ESCALATIE_OPGELOST = "nl/doorbraak/escalatie/OPGELOST";
    /** De escalatie is naar het volgende niveau gegaan; {@link #ESCALATIE_VOLGENDE} is de nieuwe. */
    public static final String ESCALATIE_DOORGEESCALEERD = "nl/doorbraak/escalatie/DOORGEESCALEERD";
    /** Een open escalatie is over haar deadline; eenmaal per escalatie, door een periodieke controle. */
    public static final String ESCALATIE_VERLOPEN = "nl/doorbraak/escalatie/VERLOPEN";
    public static final String CONTACT_AANGEMAAKT = "nl/doorbraak/contact/AANGEMAAKT";
    public static final String CONTACT_GEWIJZIGD = "nl/doorbraak/contact/GEWIJZIGD";
    public static final String CONTACT_GEDEACTIVEERD = "nl/doorbraak/contact/GEDEACTIVEERD";
    public static final String SIGNAAL_AANGEMAAKT = "nl/doorbraak/signaal/AANGEMAAKT";
    public static final String SIGNAAL_GEWIJZIGD = "nl/doorbraak/signaal/GEWIJZIGD";
    public static final String SIGNAAL_STATUS_GEWIJZIGD = "nl/doorbraak/signaal/STATUS_GEWIJZIGD";
    /** Met {@link #CASUS_ID} en {@link #GEWICHT}; ook na het melden, voor elke meegegeven casus. */
    public static final String SIGNAAL_CASUS_GEKOPPELD = "nl/doorbraak/signaal/CASUS_GEKOPPELD";
    public static final String SIGNAAL_CASUS_ONTKOPPELD = "nl/doorbraak/signaal/CASUS_ONTKOPPELD";

    /** Een perspectiefplan is gemaakt of vervangen; met {@link #CASUS_ID}, {@link #VERSIE} en {@link #BESPARING}. */
    public static final String PERSPECTIEFPLAN_GEWIJZIGD = "nl/doorbraak/perspectiefplan/GEWIJZIGD";

    /**
     * Een account is aangemaakt of gewijzigd (rollen, tafels, gedeactiveerd, nieuw wachtwoord, geblokkeerd, …); met
     * {@link #GEBRUIKERSNAAM}, {@link #WAT} en, als het account bij een gemeente hoort, {@link #GEMEENTE}. Synchroon
     * verstuurd: als de wijziging is bevestigd, hebben alle ontvangers haar al verwerkt (de web-bundle laat dan
     * sessies en onthouden logins van dat account los).
     *
     * @since 1.2
     */
    public static final String GEBRUIKER_GEWIJZIGD = "nl/doorbraak/gebruiker/GEWIJZIGD";

    /**
     * Het platform is gereed voor gebruikers ({@link Gezondheid#gereed()} werd waar): na de start van de core zijn de
     * accounts gecontroleerd en, met {@code --demo}, de demogegevens geladen. Komt na elke start van de core (ook
     * na een update van de core-bundle), zonder eigenschappen. Een plug-in die werk heeft voor na de start (inhalen,
     * demogegevens) begint daarmee in plaats van bij zijn activering, zodat hij de start van het platform niet
     * vertraagt; wie later wordt geïnstalleerd, vindt het platform al gereed (docs/plugin-guide.md, regel 9).
     *
     * @since 2.1
     */
    public static final String PLATFORM_GEREED = "nl/doorbraak/platform/GEREED";

    /** Eigenschap: id van de gemeente. */
    public static final String GEMEENTE = "gemeente";
    public static final String CASUS_ID = "casus.id";
    public static final String TAFEL_ID = "tafel.id";
    public static final String VARIANT = "variant";
    public static final String CONTACT_ID = "contact.id";
    public static final String SIGNAAL_ID = "signaal.id";
    /** Eigenschap: de organisatie: de verantwoordelijke van een signaal, van een contact, of de eigenaar van een actie. */
    public static final String ORGANISATIE = "organisatie";
    /** Eigenschap: het gewicht (aantal gekoppelde casussen) van een signaal na de wijziging. */
    public static final String GEWICHT = "gewicht";
    /** Eigenschap: de nieuwe status (code), bij statusovergangen. */
    public static final String STATUS = "status";
    /** Eigenschap: de vorige status (code), bij statusovergangen. */
    public static final String VORIGE_STATUS = "status.vorige";
    public static final String DOOR = "door";
    public static final String BIJEENKOMST_ID = "bijeenkomst.id";
    public static final String BESLUIT_ID = "besluit.id";
    /** Eigenschap: {@code regulier} of {@code doorbraak}. */
    public static final String SOORT = "soort";
    public static final String POTJE_ID = "potje.id";
    /** Eigenschap: bedrag in euro's als tekst, bijvoorbeeld {@code 250.00}. */
    public static final String BEDRAG = "bedrag";
    /** Eigenschap: saldo na de mutatie, als tekst. */
    public static final String SALDO = "saldo";
    public static final String ACTIE_ID = "actie.id";
    public static final String ESCALATIE_ID = "escalatie.id";
    /** Eigenschap: id van het escalatieniveau. */
    public static final String NIVEAU = "niveau";
    /** Eigenschap: id van de nieuwe escalatie, bij doorescaleren. */
    public static final String ESCALATIE_VOLGENDE = "escalatie.volgende";
    /** Eigenschap: de deadline (ISO-8601): een datum bij een actie, een tijdstip bij een escalatie. */
    public static final String DEADLINE = "deadline";
    public static final String VERSIE = "versie";
    /** Eigenschap: de gebruikersnaam van een account. @since 1.2 */
    public static final String GEBRUIKERSNAAM = "gebruikersnaam";
    /**
     * Eigenschap: wat er aan een account veranderde: {@code aangemaakt}, {@code gewijzigd}, {@code gedeactiveerd},
     * {@code wachtwoord}, {@code code}, {@code geblokkeerd}, {@code gedeblokkeerd}. @since 1.2
     */
    public static final String WAT = "wat";
    /** Eigenschap: de totale besparing per jaar van een perspectiefplan, als tekst (kan negatief zijn). */
    public static final String BESPARING = "besparing";

    private DoorbraakEvents() {
    }
}
