package nl.doorbraak.core.demo;

import static nl.doorbraak.core.demo.DemoGegevens.id;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import nl.doorbraak.api.domein.Actie;
import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.domein.Resultaat;
import nl.doorbraak.api.domein.StatusWijziging;
import nl.doorbraak.api.domein.Toezegging;
import nl.doorbraak.api.domein.Waardendriehoek;
import nl.doorbraak.core.actie.ActieStore;
import nl.doorbraak.core.besluit.BesluitStore;
import nl.doorbraak.core.bijeenkomst.BijeenkomstStore;
import nl.doorbraak.core.casus.OpgeslagenCasus;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.db.Sql;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.potje.PotjeStore;

/**
 * A year of the doorbraakmethode behind the demo casussen, shaped like seed 001 ("gemiddeld 60 casussen per jaar ...
 * in 2022 89 doorbraken"): generated casussen from recurring situations in the source articles, and for every demo
 * casus that reached the tafel a consistent history — bijeenkomsten every other week with agenda and aanwezigen,
 * besluiten (one doorbraak per organisatie that departs from its rules, each on the waardendriehoek and within the
 * mandates of the deelnemers who take it), acties with deadlines, and Voorkom Erger Potjes whose uitgaven belong to
 * those besluiten.
 *
 * <p>Everything is a pure function of the demo's moment zero ({@link DemoGegevens#nulpunt}) and a fixed seed, with
 * ids derived from keys, so loading again computes the same plan and inserts nothing. History is only added to a
 * demo casus that is exactly as the demo left it (same status and versie, no besluit, not on an agenda): what demo
 * users did stays theirs. No audit lines: this history was not made by users (see docs/decisions.md).
 */
public final class DemoJaar {

    /** 2022, 89 doorbraken. */
    static final long ZAAD = 2022_089L;
    static final String VARIANT = DemoGegevens.VARIANT;

    public record Geladen(int bijeenkomsten, int besluiten, int acties, int potjes, int mutaties) {
    }

    // ------------------------------------------------------------------------------------------------ rollen

    /** Who sits at a tafel for what, so one situation fits every tafel that has those organisaties. */
    enum Rol {
        WONING, WI, UWV, CJIB, DUO, ZVW, SCHULD, WIJK, EZ, BBZ, BELAST, NETWERK, VERHUURDER, TOESLAGEN
    }

    static final Map<String, Map<Rol, String>> ROLLEN = Map.of(
            "utrecht-overvecht", rollen(Rol.WONING, "Marieke de Vries", Rol.WI, "Ahmed el Amrani", Rol.UWV,
                    "Sandra Bakker", Rol.CJIB, "Peter Kok", Rol.ZVW, "Hanneke Smit", Rol.SCHULD, "Petra Jansen",
                    Rol.WIJK, "Joost van Leeuwen", Rol.DUO, "Lars Meijer"),
            "utrecht-ondernemers", rollen(Rol.EZ, "Lotte Verhoeven", Rol.BBZ, "Bas Mulder", Rol.BELAST, "Karin de Boer",
                    Rol.SCHULD, "Fatima Ouali", Rol.NETWERK, "Erik Visser", Rol.VERHUURDER, "Dirk Hendriks"),
            "leeuwarden-oost", rollen(Rol.WIJK, "Sietske Hoekstra", Rol.WI, "Jelle Dijkstra", Rol.WONING,
                    "Anke Postma", Rol.CJIB, "Wouter de Jong", Rol.DUO, "Ilse Bosma", Rol.SCHULD, "Gerrit Visser"),
            "leeuwarden-heechterp", rollen(Rol.WIJK, "Tjitske van der Meer", Rol.WI, "Rients Zijlstra", Rol.UWV,
                    "Hilde Kuipers", Rol.ZVW, "Yvonne Terpstra"),
            "eindhoven-woensel", rollen(Rol.WIJK, "Ellen van den Heuvel", Rol.WI, "Mehmet Yilmaz", Rol.WONING,
                    "Carla Hermans", Rol.UWV, "Ruud Peters", Rol.ZVW, "Nicole Willems", Rol.CJIB, "Thijs van Dijk",
                    Rol.SCHULD, "Anouk Verbeek"),
            "eindhoven-stratum", rollen(Rol.WIJK, "Koen Smulders", Rol.WI, "Lisa de Wit", Rol.DUO, "Frank Janssen",
                    Rol.TOESLAGEN, "Sanne Hendrikx"));

    private static Map<Rol, String> rollen(Object... paren) {
        Map<Rol, String> m = new EnumMap<>(Rol.class);
        for (int i = 0; i < paren.length; i += 2) {
            m.put((Rol) paren[i], (String) paren[i + 1]);
        }
        return m;
    }

    static Deelnemer deelnemer(String tafel, String naam) {
        return DemoGegevens.TAFELS.stream().filter(t -> t.sleutel().equals(tafel)).findFirst().orElseThrow()
                .deelnemers().stream().filter(d -> d.naam().equals(naam)).findFirst()
                .orElseThrow(() -> new IllegalStateException(naam + " zit niet aan " + tafel));
    }

    // ------------------------------------------------------------------------------------------------ situaties

    /**
     * One part of what the tafel decides, by one organisatie: a besluit of its own (a doorbraak per organisatie that
     * departs from its rules is how tafels count them). Amounts are ranges; the toezegging never exceeds the mandate.
     */
    record Onderdeel(Rol rol, BesluitSoort soort, String omschrijving, String legitimiteit, String rendement,
            int rendementVan, int rendementTot, String betrokkenheid, int toezeggingVan, int toezeggingTot,
            String toezegging, int potje, String potjeOmschrijving, String actie) {
    }

    /** A situation that recurs at the tafels, from the source articles; {@code {n}} varies per casus (2..6). */
    record Situatie(String sleutel, boolean ondernemers, int gewicht, String titel, String hulpvraag, String thema,
            String domeinen, String aangebrachtDoor, List<String> urgenties, String afsluiting,
            List<Onderdeel> onderdelen) {
    }

    private static Onderdeel doorbraak(Rol rol, String omschrijving, String legitimiteit, String rendement,
            int rendementVan, int rendementTot, String betrokkenheid, int toezeggingVan, int toezeggingTot,
            String toezegging, String actie) {
        return new Onderdeel(rol, BesluitSoort.DOORBRAAK, omschrijving, legitimiteit, rendement, rendementVan,
                rendementTot, betrokkenheid, toezeggingVan, toezeggingTot, toezegging, 0, null, actie);
    }

    private static Onderdeel potje(Rol rol, String omschrijving, String legitimiteit, String rendement,
            int rendementVan, int rendementTot, String betrokkenheid, int bedrag, String potjeOmschrijving,
            String actie) {
        return new Onderdeel(rol, BesluitSoort.DOORBRAAK, omschrijving, legitimiteit, rendement, rendementVan,
                rendementTot, betrokkenheid, 0, 0, null, bedrag, potjeOmschrijving, actie);
    }

    private static Onderdeel regulier(Rol rol, String omschrijving, String actie) {
        return new Onderdeel(rol, BesluitSoort.REGULIER, omschrijving, null, null, 0, 0, null, 0, 0, null, 0, null,
                actie);
    }

    private static final String POTJE_LEGITIMITEIT = "Voorkom Erger Potje (afspraak City Deal Eenvoudig Maatwerk): "
            + "een kleine uitgave die grotere schade voorkomt, zonder aanvraagprocedure";

    static final List<Situatie> SITUATIES = List.of(
            new Situatie("ontruiming", false, 6, "Ontruiming dreigt na {n} maanden huurachterstand",
                    "Na het wegvallen van inkomen is er een huurachterstand van {n} maanden. De corporatie heeft de "
                            + "zaak overgedragen aan de deurwaarder en de ontruiming aangezegd. Er wonen kinderen in "
                            + "huis; de lopende huur kan weer betaald worden.",
                    "wonen", "wonen, schulden", null, List.of("spoed", "hoog"),
                    "Ontruiming van de baan; regeling wordt nagekomen, gezin woont er nog",
                    List.of(doorbraak(Rol.WONING, "Corporatie schort de ontruiming op en zet de huurachterstand in een "
                                    + "regeling van 24 maanden, zonder incassokosten en rente",
                            "Coulanceregeling van de corporatie en de convenantafspraak vroegsignalering "
                                    + "(art. 3a Wet gemeentelijke schuldhulpverlening)",
                            "Ontruiming voorkomen: geen maatschappelijke opvang, geen uithuisplaatsing van de kinderen",
                            30000, 60000, "Huurder betaalt de lopende huur zelf en tekent de regeling aan tafel", 600,
                            1800, "incassokosten en rente kwijtgescholden", "Ontruiming intrekken bij de deurwaarder"),
                            potje(Rol.WIJK, "€ 250 uit het Voorkom Erger Potje voor de deurwaarderskosten, zodat de "
                                    + "ontruiming vandaag nog wordt ingetrokken", POTJE_LEGITIMITEIT,
                                    "Zonder deze betaling gaat de ontruiming door; opvang kost vele malen meer",
                                    5000, 5000, "Huurder ondertekent de regeling en belt zelf de deurwaarder", 250,
                                    "deurwaarderskosten, ontruiming gestopt", "Deurwaarder betalen uit het potje"),
                            doorbraak(Rol.SCHULD, "Schuldhulp start een traject zonder wachttijd en neemt de "
                                    + "regeling met de corporatie erin op",
                                    "Art. 4 lid 4 Wet gemeentelijke schuldhulpverlening: bij dreigende ontruiming "
                                            + "binnen drie werkdagen een eerste gesprek",
                                    "Nieuwe achterstanden en een tweede ontruimingsprocedure voorkomen", 5000, 10000,
                                    "Huurder gaat zelf naar de intake en brengt de post mee", 0, 0, null,
                                    "Intake schuldhulp plannen"))),
            new Situatie("cjib-duo", false, 4, "CJIB-boetes en DUO-schuld stapelen zich op",
                    "Verkeersboetes zijn verhoogd door te laat betalen en DUO int tegelijk de studieschuld. Samen "
                            + "blijft er minder over dan de beslagvrije voet; {n} schuldeisers wachten nog.",
                    "schulden", "schulden, inkomen", null, List.of("hoog", "normaal"),
                    "Invordering stilgezet, schuldhulptraject loopt; inwoner houdt zelf het overzicht",
                    List.of(doorbraak(Rol.CJIB, "CJIB zet de invordering stil, bundelt de boetes in één "
                                    + "betalingsregeling en scheldt de verhogingen kwijt",
                            "Art. 28a Wahv (betalingsregeling) en de coulanceregeling van het CJIB bij een "
                                    + "schuldhulptraject",
                            "Beslag, gijzeling en oplopende verhogingen voorkomen", 6000, 12000,
                            "Inwoner betaalt vanaf nu zelf een vast bedrag per maand", 250, 1400,
                            "verhogingen kwijtgescholden", "Betalingsregeling vastleggen en invordering stoppen"),
                            doorbraak(Rol.DUO, "DUO zet de aflossing op nul op basis van draagkracht en scheldt de "
                                    + "achterstand en de rente kwijt",
                                    "Draagkrachtregeling art. 6.6 Wet studiefinanciering 2000 en de hardheidsclausule "
                                            + "(art. 11.5 WSF 2000)",
                                    "Schuldhulp kan starten zonder nieuwe achterstand; beslag voorkomen", 8000, 15000,
                                    "Inwoner levert zelf het inkomensoverzicht aan bij DUO", 800, 4500,
                                    "achterstand en rente kwijtgescholden", "Aflossing op nul zetten in het systeem"),
                            regulier(Rol.SCHULD, "Schuldhulp neemt de overige schuldeisers mee in een traject",
                                    "Schuldenoverzicht opstellen met de inwoner"))),
            new Situatie("spoed-bijzondere-bijstand", false, 4, "Spoedaanvraag bijzondere bijstand ligt al {n} weken",
                    "Na waterschade in huis zijn bed en koelkast onbruikbaar; een kind heeft medicijnen die gekoeld "
                            + "moeten worden. De spoedaanvraag bijzondere bijstand ligt al {n} weken en er kwamen "
                            + "alleen aanvullende vragen.",
                    "inkomen", "inkomen, gezondheid", null, List.of("spoed"),
                    "Spullen geleverd; signaal over de aanvraagprocedure is terug bij de afdeling",
                    List.of(doorbraak(Rol.WI, "Bijzondere bijstand met spoed toegekend op het oordeel van de "
                                    + "wijkprofessional; bewijsstukken achteraf",
                            "Art. 35 Participatiewet (bijzondere bijstand) en art. 52 Participatiewet (voorschot bij "
                                    + "spoed)",
                            "Gezondheidsschade en een nieuwe schuld bij een postorderbedrijf voorkomen", 2000, 6000,
                            "Het gezin kiest zelf de spullen en levert de bonnen in", 400, 1200,
                            "bed, koelkast en beddengoed", "Bedrag binnen drie werkdagen overmaken"),
                            potje(Rol.WIJK, "Voorkom Erger Potje betaalt vandaag een koelbox voor de medicijnen, "
                                    + "zodat het kind niet op de bijstand hoeft te wachten", POTJE_LEGITIMITEIT,
                                    "Ziekenhuisopname van het kind voorkomen", 3000, 8000,
                                    "Ouder haalt de koelbox zelf op", 85, "koelbox voor medicijnen",
                                    "Koelbox kopen"))),
            new Situatie("premieachterstand", false, 3, "Premieachterstand zorgverzekering loopt op",
                    "Inwoner staat in de wanbetalersregeling; de bestuursrechtelijke premie wordt ingehouden en de "
                            + "achterstand groeit. Hij mijdt de huisarts al {n} maanden.",
                    "schulden", "schulden, gezondheid", null, List.of("normaal", "hoog"),
                    "Afgemeld bij de wanbetalersregeling; premie wordt weer gewoon betaald",
                    List.of(doorbraak(Rol.ZVW, "Zorgverzekeraar meldt de inwoner af bij de wanbetalersregeling en "
                                    + "bevriest de achterstand",
                            "Art. 18d Zorgverzekeringswet (afmelding bij een schuldregeling) en coulance van de "
                                    + "zorgverzekeraar",
                            "Zorgmijding en duurdere zorg later voorkomen", 4000, 9000,
                            "Inwoner betaalt de lopende premie zelf via automatische incasso", 400, 1400,
                            "achterstand bevroren en deels kwijtgescholden", "Afmelding bij het CAK regelen"),
                            doorbraak(Rol.SCHULD, "Schuldhulp start het minnelijk traject direct, zonder de wachttijd "
                                    + "van drie maanden",
                                    "Art. 4 lid 4 Wet gemeentelijke schuldhulpverlening (voorrang bij dreigende "
                                            + "uitsluiting van zorg)",
                                    "Nieuwe premieschuld en incassokosten voorkomen", 2000, 5000,
                                    "Inwoner brengt zelf zijn post mee naar de intake", 0, 0, null,
                                    "Intake binnen een week"))),
            new Situatie("energie", false, 3, "Afsluiting energie dreigt",
                    "De energieleverancier kondigt afsluiting aan wegens een achterstand. In huis een baby; het "
                            + "eerste loon van de nieuwe baan komt over {n} weken.",
                    "schulden", "schulden, energie", null, List.of("spoed"),
                    "Niet afgesloten; regeling met de leverancier loopt",
                    List.of(potje(Rol.WIJK, "Voorkom Erger Potje betaalt een deel van de achterstand; de leverancier "
                                    + "trekt de afsluiting in", POTJE_LEGITIMITEIT
                                    + "; Regeling afsluitbeleid voor kleinverbruikers",
                                    "Afsluiting met een baby in huis voorkomen (gezondheid, heraansluitkosten)", 2500,
                                    4000, "Inwoner belt zelf de leverancier voor de regeling", 180,
                                    "deel energieachterstand", "Leverancier betalen en afsluiting laten intrekken"),
                            doorbraak(Rol.WI, "Bijzondere bijstand voor de rest van de achterstand, terug te betalen "
                                    + "na het eerste loon",
                                    "Art. 35 Participatiewet en art. 48 lid 2 Participatiewet (bijstand als lening)",
                                    "Nieuwe schuld en incassokosten voorkomen", 1000, 2500,
                                    "Inwoner lost zelf af vanaf het eerste loon", 300, 900, "lening bijzondere bijstand",
                                    "Lening vastleggen en uitbetalen"))),
            new Situatie("ww-wachttijd", false, 2, "Geen inkomen: WW-besluit laat op zich wachten",
                    "Na ontslag staat de WW-aanvraag al {n} weken stil door een ontbrekend formulier van de "
                            + "ex-werkgever. Vaste lasten lopen door; de huur van volgende maand is niet te betalen.",
                    "inkomen", "inkomen, werk", null, List.of("hoog"),
                    "WW toegekend; voorschot verrekend",
                    List.of(doorbraak(Rol.UWV, "UWV beslist met voorrang op de WW; een eigen verklaring vervangt het "
                                    + "ontbrekende werkgeversformulier",
                            "Art. 4:5 Awb en de beleidsregel bewijsvoering van UWV: een eigen verklaring volstaat",
                            "Huurachterstand en een bijstandsaanvraag voorkomen", 3000, 7000,
                            "Inwoner vult de eigen verklaring aan tafel in", 0, 0, null,
                            "WW-aanvraag met voorrang behandelen"),
                            doorbraak(Rol.WI, "Voorschot bijstand tot de WW loopt, verrekend met de eerste WW-betaling",
                                    "Art. 52 Participatiewet (voorschot)", "Huurachterstand voorkomen", 2000, 4000,
                                    "Inwoner machtigt de verrekening zelf", 800, 1500, "voorschot, te verrekenen",
                                    "Voorschot overmaken"))),
            new Situatie("kostendelersnorm", false, 2, "Kostendelersnorm: zoon kan niet thuis herstellen",
                    "Moeder in de bijstand wordt gekort omdat haar volwassen zoon na een opname van {n} maanden weer "
                            + "thuis woont. De zoon wil vertrekken om de korting te voorkomen, zonder andere woonplek.",
                    "inkomen", "inkomen, wonen, gezondheid", null, List.of("normaal"),
                    "Zoon hersteld en zelfstandig gaan wonen; korting nooit toegepast",
                    List.of(doorbraak(Rol.WI, "Kostendelersnorm zes maanden niet toegepast zolang de zoon herstelt",
                            "Art. 18 lid 1 Participatiewet (afstemming op de omstandigheden) en de hardheidsclausule "
                                    + "in de beleidsregels",
                            "Dakloosheid van de zoon en terugval na de opname voorkomen", 15000, 25000,
                            "Moeder en zoon maken samen een plan voor zelfstandig wonen", 900, 2400,
                            "ongekorte norm, zes maanden", "Besluit afstemming verzenden"),
                            doorbraak(Rol.WONING, "Corporatie geeft de zoon voorrang op een jongerenwoning zodra hij "
                                    + "hersteld is", "Maatwerkbepaling in de huisvestingsverordening (urgentie bij "
                                            + "uitstroom uit een opname)",
                                    "Terugval en een nieuwe opname voorkomen", 10000, 20000,
                                    "Zoon reageert zelf op woningen met zijn begeleider", 0, 0, null,
                                    "Voorrang vastleggen"))),
            new Situatie("terugvordering", false, 2, "Terugvordering bijstand na een fout van {n} jaar geleden",
                    "De gemeente vordert bijstand terug na een niet gemelde wijziging van {n} jaar geleden. De "
                            + "aflossing komt bovenop een lopende schuldregeling en die dreigt te klappen.",
                    "schulden", "schulden, inkomen", null, List.of("normaal", "hoog"),
                    "Terugvordering gematigd; schuldregeling loopt door",
                    List.of(doorbraak(Rol.WI, "Terugvordering gematigd en buiten invordering gesteld zolang de "
                                    + "schuldregeling loopt",
                            "Art. 58 lid 8 Participatiewet (dringende redenen) en de hardheidsclausule van de "
                                    + "beleidsregel terugvordering",
                            "Het klappen van de schuldregeling en een nieuw traject voorkomen", 6000, 12000,
                            "Inwoner blijft zelf de afspraken van de schuldregeling nakomen", 1000, 3000,
                            "terugvordering gematigd", "Invordering stopzetten"),
                            regulier(Rol.SCHULD, "Schuldhulp informeert de schuldeisers over het besluit",
                                    "Schuldeisers informeren"))),
            new Situatie("jongere-18", false, 2, "Jongere wordt 18: jeugdhulp stopt, geen woonplek",
                    "Jongere woont in een gezinshuis en wordt over {n} weken 18. Dan stopt de jeugdhulp, en er is "
                            + "geen woonplek en geen inkomen geregeld. De mbo-opleiding loopt goed.",
                    "jeugd", "wonen, jeugd, inkomen", "Jeugdbeschermer", List.of("hoog"),
                    "Jongere woont op een kamer en maakt de opleiding af",
                    List.of(doorbraak(Rol.WONING, "Kamer met voorrang via een jongerencontract",
                            "Maatwerkbepaling in de huisvestingsverordening (urgentie) en de afspraak 'Thuis na "
                                    + "jeugdzorg'",
                            "Dakloosheid en schooluitval voorkomen", 20000, 40000,
                            "Jongere kiest zelf de kamer en tekent het contract", 0, 0, null,
                            "Jongerencontract aanbieden"),
                            doorbraak(Rol.WI, "Toeslag voor woonkosten naast de studiefinanciering tot de eerste "
                                    + "huurtoeslag",
                                    "Art. 35 Participatiewet en de beleidsregel jongeren na jeugdhulp",
                                    "Huurachterstand in de eerste maanden voorkomen", 3000, 6000,
                                    "Jongere beheert zelf het budget met een coach", 500, 1200,
                                    "woonkosten, overbrugging", "Toeslag uitbetalen"))),
            new Situatie("wmo-wlz", false, 2, "Tussen Wmo en Wlz: zorg stopt voordat de nieuwe begint",
                    "Mevrouw heeft een Wlz-indicatie gekregen; daarom stopt de Wmo-begeleiding, maar de Wlz-zorg "
                            + "start pas over {n} weken. De mantelzorger is overbelast.",
                    "zorg", "zorg, mantelzorg", "Wijkverpleging", List.of("hoog"),
                    "Wlz-zorg gestart; overbrugging verrekend met het zorgkantoor",
                    List.of(doorbraak(Rol.WIJK, "Wmo-begeleiding loopt door tot de Wlz-zorg feitelijk start",
                            "Art. 2.3.5 Wmo 2015 (maatwerkvoorziening) en de overgangsafspraak met het zorgkantoor",
                            "Crisisopname en uitval van de mantelzorger voorkomen", 15000, 30000,
                            "Mevrouw en haar dochter kiezen mee de zorgaanbieder", 0, 0, null,
                            "Begeleiding verlengen in de beschikking"),
                            doorbraak(Rol.ZVW, "Zorgverzekeraar vergoedt extra wijkverpleging in de overbrugging",
                                    "Art. 2.10 Besluit zorgverzekering (verpleging en verzorging) en maatwerkafspraak",
                                    "Ziekenhuisopname voorkomen", 8000, 15000, "Mevrouw stemt in met het zorgplan",
                                    600, 1500, "extra uren wijkverpleging", "Machtiging wijkverpleging afgeven"))),
            new Situatie("cjib-rijbewijs", false, 2, "Boetes bij het CJIB kosten het werk als bezorger",
                    "Na onbetaalde boetes dreigt invordering van het rijbewijs; daarmee verliest de inwoner zijn werk "
                            + "als bezorger en kan hij de boetes nog minder betalen. Openstaand: {n} boetes.",
                    "schulden", "schulden, werk", null, List.of("hoog"),
                    "Rijbewijs behouden, werk behouden; regeling wordt betaald",
                    List.of(doorbraak(Rol.CJIB, "CJIB schort de invordering van het rijbewijs op en zet de boetes in "
                                    + "één regeling",
                            "Art. 28a Wahv (betalingsregeling) en de coulanceregeling van het CJIB",
                            "Werkloosheid en een bijstandsuitkering voorkomen", 10000, 20000,
                            "Inwoner betaalt de regeling zelf uit het loon", 200, 900, "verhogingen kwijtgescholden",
                            "Regeling vastleggen"),
                            regulier(Rol.WI, "Werk & Inkomen zet een budgetcoach in", "Budgetcoach inzetten"))),
            new Situatie("scheiding-woning", false, 2, "Na scheiding geen woning, kinderen om het weekend",
                    "Na de scheiding slaapt vader al {n} weken bij vrienden; zonder woning geen omgang met de "
                            + "kinderen. Hij werkt, maar verdient te veel voor urgentie en te weinig voor de vrije "
                            + "sector.",
                    "wonen", "wonen, jeugd", null, List.of("hoog", "normaal"),
                    "Vader woont in een tijdelijke woning; de kinderen slapen er om het weekend",
                    List.of(doorbraak(Rol.WONING, "Tijdelijk huurcontract van twee jaar via het Tweede Kansbeleid",
                            "Tweede Kansbeleid van de corporatie en art. 7:271 BW (huur voor bepaalde tijd)",
                            "Omgang met de kinderen behouden; opvang en jeugdhulp voorkomen", 12000, 25000,
                            "Vader zoekt intussen zelf actief naar een vaste woning", 0, 0, null,
                            "Tijdelijk contract opstellen"),
                            potje(Rol.WIJK, "Borg en eerste maand huur uit het Voorkom Erger Potje",
                                    POTJE_LEGITIMITEIT, "Zonder borg gaat het contract niet door", 2000, 4000,
                                    "Vader betaalt het bedrag in termijnen terug aan het potje", 240,
                                    "borg tijdelijke woning", "Borg overmaken aan de corporatie"))),
            new Situatie("dubbele-huur", false, 2, "Dubbele huur bij verhuizing met medische urgentie",
                    "Gezin verhuist met medische urgentie naar een gelijkvloerse woning; de opzegtermijn van de oude "
                            + "woning geeft {n} weken dubbele huur die geen enkele regeling vergoedt.",
                    "wonen", "wonen, gezondheid", null, List.of("normaal", "laag"),
                    "Gezin verhuisd; geen schuld overgehouden aan de verhuizing",
                    List.of(potje(Rol.WIJK, "Dubbele huur van één maand uit het Voorkom Erger Potje van de gemeente",
                                    POTJE_LEGITIMITEIT + "; de beleidsregel bijzondere bijstand vergoedt geen "
                                            + "dubbele huur, daar is het potje juist voor",
                                    "Huurachterstand en een valrisico in de oude woning voorkomen", 6000, 12000,
                                    "Gezin regelt de verhuizing zelf met familie", 650, "dubbele huur, één maand",
                                    "Bedrag overmaken aan de oude verhuurder"),
                            doorbraak(Rol.WONING, "Corporatie laat de oude huur twee weken eerder eindigen",
                                    "Art. 7:271 BW: beëindiging met wederzijds goedvinden; coulance van de corporatie",
                                    "Dubbele woonlasten beperkt", 1000, 2000,
                                    "Gezin levert de oude woning zelf schoon op", 300, 700, "huur twee weken eerder "
                                            + "beëindigd", "Huurbeëindiging bevestigen"))),
            new Situatie("mantelzorg", false, 1, "Mantelzorger met sollicitatieplicht",
                    "Vrouw in de bijstand zorgt dagelijks voor haar zieke moeder; de sollicitatieplicht botst met de "
                            + "zorg. Een ontheffing werd {n} maanden geleden geweigerd.",
                    "inkomen", "inkomen, mantelzorg", null, List.of("normaal"),
                    "Ontheffing loopt; moeder woont nog thuis",
                    List.of(doorbraak(Rol.WI, "Tijdelijke ontheffing van de arbeidsverplichtingen wegens mantelzorg",
                            "Art. 9 lid 2 Participatiewet (ontheffing om dringende redenen)",
                            "Opname van de moeder in een verpleeghuis uitgesteld", 20000, 45000,
                            "Zij spreekt zelf af wanneer de ontheffing wordt herzien", 0, 0, null,
                            "Ontheffing vastleggen"))),
            new Situatie("statushouder-duo", false, 1, "Statushouder: inburgeringslening en studieschuld",
                    "Statushouder heeft een inburgeringslening en een studieschuld bij DUO. De aflossing start terwijl "
                            + "het inkomen uit een baan van {n} dagen per week net boven de bijstand ligt.",
                    "schulden", "schulden, inkomen", "Vluchtelingenwerk", List.of("normaal"),
                    "Aflossing op draagkracht; inburgering afgerond",
                    List.of(doorbraak(Rol.DUO, "DUO zet de aflossing van de inburgeringslening stil tot de inburgering "
                                    + "is afgerond en scheldt de rente kwijt",
                            "Art. 19 Wet inburgering 2021 en de hardheidsclausule van DUO",
                            "Schuldhulp en uitval uit werk voorkomen", 5000, 10000,
                            "Inwoner rondt zelf de inburgering af binnen de termijn", 300, 1500, "rente kwijtgescholden",
                            "Aflossing stilzetten"))),
            // -------------------------------------------------------------------------------- ondernemers
            new Situatie("ondernemer-huur", true, 3, "Ondernemer kan de huur van de bedrijfsruimte niet betalen",
                    "Na {n} maanden omzetverlies kan de ondernemer de huur van de bedrijfsruimte niet meer betalen. "
                            + "De klanten komen langzaam terug; stoppen kost meer dan doorgaan.",
                    "ondernemers", "ondernemen, inkomen, schulden", "Toekomstgesprek (Economische Zaken)",
                    List.of("hoog", "normaal"), "Zaak draait weer; huurachterstand volgens afspraak ingelopen",
                    List.of(doorbraak(Rol.VERHUURDER, "Verhuurder schort drie maanden huur op en spreidt de "
                                    + "achterstand over een jaar",
                            "Art. 7:290 BW (huur bedrijfsruimte): afspraak tussen partijen, vastgelegd in een "
                                    + "allonge",
                            "Faillissement en leegstand voorkomen", 20000, 50000,
                            "Ondernemer stelt zelf het herstelplan op", 1500, 3000, "huur opgeschort",
                            "Allonge bij het huurcontract opstellen"),
                            doorbraak(Rol.BBZ, "Bbz-levensonderhoud voor drie maanden op basis van de actuele situatie",
                                    "Art. 3 Besluit bijstandverlening zelfstandigen 2004 (maatwerk bij tijdelijke "
                                            + "problemen)",
                                    "Bijstand voor het gezin en verlies van de onderneming voorkomen", 15000, 30000,
                                    "Ondernemer levert maandelijks zelf de cijfers aan", 3000, 6000,
                                    "levensonderhoud drie maanden", "Bbz-besluit verzenden"))),
            new Situatie("ondernemer-belastingschuld", true, 2, "Belastingschuld na afloop van het bijzonder uitstel",
                    "Het bijzonder uitstel van betaling is afgelopen; de opgebouwde belastingschuld is niet in vijf "
                            + "jaar af te lossen. De onderneming heeft {n} vaste klanten en wil door.",
                    "ondernemers", "ondernemen, schulden", "Netwerk van bedrijven", List.of("normaal"),
                    "Betalingsregeling loopt; boekhouding op orde",
                    List.of(doorbraak(Rol.BELAST, "Belastingdienst verlengt de betalingsregeling naar zeven jaar",
                            "Leidraad Invordering 2008, art. 25 (betalingsregeling) en de regeling voor "
                                    + "coronaschulden",
                            "Faillissement en het verlies van banen voorkomen", 25000, 60000,
                            "Ondernemer dient zelf de aangiftes op tijd in", 0, 0, null,
                            "Betalingsregeling vastleggen"),
                            potje(Rol.EZ, "Ondernemersfonds betaalt de boekhouder voor de achterstallige aangiftes",
                                    POTJE_LEGITIMITEIT + "; Ondernemersfonds van Economische Zaken",
                                    "Ambtshalve aanslagen en boetes voorkomen", 3000, 8000,
                                    "Ondernemer levert de administratie zelf aan", 295, "boekhouder, achterstallige "
                                            + "aangiftes", "Boekhouder opdracht geven"),
                            regulier(Rol.NETWERK, "Netwerk van bedrijven regelt kosteloos een boekhouder voor een jaar",
                                    "Boekhouder koppelen"))),
            new Situatie("ondernemer-sanering", true, 2, "Zakelijke schulden: doorstart of stoppen",
                    "Zzp'er heeft zakelijke schulden bij {n} leveranciers na een slecht jaar; de orderportefeuille is "
                            + "weer gevuld, maar de schuldeisers dreigen met beslag.",
                    "ondernemers", "ondernemen, schulden", "Toekomstgesprek (Economische Zaken)",
                    List.of("hoog"), "Schulden gesaneerd; onderneming doorgestart",
                    List.of(doorbraak(Rol.SCHULD, "Saneringskrediet voor de zakelijke schulden; schuldeisers krijgen "
                                    + "een finale kwijting",
                            "Art. 3 Wet gemeentelijke schuldhulpverlening en de beleidsregel saneringskrediet voor "
                                    + "ondernemers",
                            "Faillissement en een bijstandsuitkering voorkomen", 20000, 45000,
                            "Ondernemer lost het krediet zelf af in 36 maanden", 4000, 7500, "saneringskrediet",
                            "Krediet verstrekken en schuldeisers betalen"),
                            doorbraak(Rol.BBZ, "Bbz-bedrijfskrediet voor de doorstart",
                                    "Art. 4 Besluit bijstandverlening zelfstandigen 2004 (bedrijfskapitaal)",
                                    "Levensvatbare onderneming behouden", 15000, 30000,
                                    "Ondernemer maakt zelf het ondernemingsplan", 3000, 9000, "bedrijfskrediet",
                                    "Krediet uitbetalen"))),
            new Situatie("ondernemer-tozo", true, 2, "Tozo terugbetalen terwijl de opdrachten nog niet terug zijn",
                    "Na de definitieve inkomenstoets moet de zzp'er Tozo terugbetalen; de opdrachten liggen nog "
                            + "{n}0% onder het niveau van voor corona.",
                    "ondernemers", "ondernemen, inkomen", "Ondernemersloket", List.of("normaal", "hoog"),
                    "Regeling op draagkracht loopt; onderneming blijft bestaan",
                    List.of(doorbraak(Rol.BBZ, "Tozo-terugvordering omgezet in een renteloze regeling op draagkracht "
                                    + "met 24 maanden uitstel",
                            "Art. 2.6 Tozo en de hardheidsclausule van de beleidsregel invordering",
                            "Bijstand voor het gezin en het einde van de onderneming voorkomen", 10000, 25000,
                            "Ondernemer maakt een eigen plan en levert de cijfers aan", 1000, 4000,
                            "rente en kosten kwijtgescholden", "Regeling vastleggen"),
                            doorbraak(Rol.BELAST, "Belastingdienst geeft uitstel van betaling voor de "
                                    + "inkomstenbelasting zolang de Tozo-regeling loopt",
                                    "Leidraad Invordering 2008, art. 25 (uitstel bij een lopende regeling met een "
                                            + "andere schuldeiser)",
                                    "Dwanginvordering en het einde van de onderneming voorkomen", 5000, 15000,
                                    "Ondernemer dient zijn aangiftes zelf op tijd in", 0, 0, null,
                                    "Uitstel vastleggen"))));

    // ------------------------------------------------------------------------------------------------ handgeschreven

    /** The besluiten for the hand-written demo casussen that reached the tafel. */
    record HandBesluit(String casus, Onderdeel onderdeel, Integer corrigeert) {
    }

    private static HandBesluit uitTekst(String casus, Rol rol, int rendementBedrag, int toezegging,
            String toezeggingOmschrijving, int potje, String potjeOmschrijving, String actie) {
        // the hand-written besluit reads "Doorbraak: ... Legitimiteit: ...; rendement: ...; betrokkenheid: ..."
        String t = DemoGegevens.CASUSSEN.stream().filter(k -> k.sleutel().equals(casus)).findFirst().orElseThrow()
                .besluit();
        int l = t.indexOf(". Legitimiteit: ");
        int r = t.indexOf("; rendement: ");
        int b = t.indexOf("; betrokkenheid: ");
        if (!t.startsWith("Doorbraak: ") || l < 0 || r < l || b < r) {
            throw new IllegalStateException("Demobesluit van " + casus + " volgt het vaste patroon niet");
        }
        String rendement = t.substring(r + 13, b);
        return new HandBesluit(casus, new Onderdeel(rol, BesluitSoort.DOORBRAAK, hoofdletter(t.substring(11, l)),
                hoofdletter(t.substring(l + 16, r)), hoofdletter(rendement), rendementBedrag, rendementBedrag,
                hoofdletter(t.substring(b + 17)), toezegging, toezegging, toezeggingOmschrijving, potje,
                potjeOmschrijving, actie), null);
    }

    private static String hoofdletter(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static final List<HandBesluit> HAND = List.of(
            uitTekst("utrecht/horeca-start-up", Rol.BBZ, 85000, 9500, "bedrijfskrediet op basis van de begroting",
                    0, null, "Krediet uitbetalen"),
            new HandBesluit("utrecht/horeca-start-up", doorbraak(Rol.VERHUURDER, "Verhuurder schort de huur van de "
                            + "bedrijfsruimte drie maanden op", "Art. 7:290 BW: afspraak tussen partijen in een allonge",
                    "Leegstand en faillissement voorkomen", 30000, 30000, "Ondernemer stelt zelf het herstelplan op",
                    3000, 3000, "drie maanden huur opgeschort", "Allonge opstellen"), null),
            uitTekst("utrecht/geen-adres-geen-uitkering", Rol.WI, 45000, 1200, "bijstand vanaf de aanmelding", 0,
                    null, "Bijstand per direct toekennen"),
            new HandBesluit("utrecht/geen-adres-geen-uitkering", doorbraak(Rol.WONING, "Corporatie accepteert de "
                            + "bijstand als inkomen voor een huurcontract",
                    "Toewijzingsregels van de corporatie: maatwerkbepaling voor urgent woningzoekenden",
                    "Dakloosheid voorkomen: geen nachtopvang", 35000, 35000,
                    "Inwoner reageert zelf op woningen en tekent het contract", 0, 0, null,
                    "Woning aanbieden via maatwerk"), null),
            uitTekst("utrecht/reuma-tochtig-huis", Rol.WIJK, 18000, 0, null, 250, "vliegticket naar familie",
                    "Vliegticket boeken"),
            uitTekst("utrecht/wmo-wlz-snijvlak", Rol.WIJK, 25000, 0, null, 0, null, "Begeleiding verlengen"),
            new HandBesluit("utrecht/wmo-wlz-snijvlak", doorbraak(Rol.ZVW, "Zorgverzekeraar vergoedt extra "
                            + "wijkverpleging tot de Wlz-zorg start",
                    "Art. 2.10 Besluit zorgverzekering en maatwerkafspraak met het zorgkantoor",
                    "Ziekenhuisopname voorkomen", 12000, 12000, "Dochter stemt in met het zorgplan", 1200, 1200,
                    "extra uren wijkverpleging", "Machtiging afgeven"), null),
            uitTekst("utrecht/tozo-terugvordering", Rol.BBZ, 22000, 6200, "rente en kosten kwijtgescholden", 0, null,
                    "Regeling vastleggen"),
            // the CJIB fine and the DUO debt stacked: each organisatie its own doorbraak, within its mandate
            new HandBesluit("leeuwarden/cjib-en-duo", doorbraak(Rol.CJIB, "CJIB zet de invordering stil, bundelt de "
                            + "boetes in één regeling en scheldt de verhogingen kwijt",
                    "Art. 28a Wahv (betalingsregeling) en de coulanceregeling van het CJIB bij schuldhulp",
                    "Beslag en oplopende verhogingen voorkomen", 9000, 9000,
                    "Moeder betaalt zelf € 25 per maand en houdt met het wijkteam het overzicht bij", 640, 640,
                    "verhogingen kwijtgescholden", "Invordering stilzetten"), null),
            new HandBesluit("leeuwarden/cjib-en-duo", doorbraak(Rol.DUO, "DUO zet de aflossing op nul op basis van "
                            + "draagkracht en scheldt de achterstand kwijt",
                    "Draagkrachtregeling art. 6.6 WSF 2000 en de hardheidsclausule art. 11.5 WSF 2000",
                    "Schuldhulp kan starten; beslag onder de beslagvrije voet voorkomen", 12000, 12000,
                    "Moeder levert zelf het inkomensoverzicht aan", 2400, 2400, "achterstand kwijtgescholden",
                    "Aflossing op nul zetten"), null),
            // a correction: the achterstand turned out higher once DUO added the rente
            new HandBesluit("leeuwarden/cjib-en-duo", doorbraak(Rol.DUO, "Correctie: de kwijtgescholden achterstand "
                            + "is € 2.850 (met de rente), niet € 2.400",
                    "Draagkrachtregeling art. 6.6 WSF 2000 en de hardheidsclausule art. 11.5 WSF 2000",
                    "Schuldhulp kan starten; beslag onder de beslagvrije voet voorkomen", 12000, 12000,
                    "Moeder levert zelf het inkomensoverzicht aan", 2850, 2850,
                    "achterstand en rente kwijtgescholden", "Aflossing en rente corrigeren"), 1),
            uitTekst("leeuwarden/spoedaanvraag-bijzondere-bijstand", Rol.WI, 4500, 650, "koelkast en beddengoed", 0,
                    null, "Bedrag overmaken"),
            uitTekst("leeuwarden/wajong-herstel", Rol.UWV, 30000, 0, null, 0, null, "Vaste contactpersoon aanwijzen"),
            new HandBesluit("leeuwarden/wajong-herstel", doorbraak(Rol.WI, "Gemeente schiet het inkomen voor tot de "
                            + "Wajong herleeft", "Art. 52 Participatiewet (voorschot)",
                    "Schulden in de wachttijd voorkomen", 5000, 5000, "Zij machtigt zelf de verrekening", 1500, 1500,
                    "voorschot, te verrekenen", "Voorschot overmaken"), null),
            uitTekst("leeuwarden/huurachterstand-ontruiming", Rol.WONING, 55000, 1800,
                    "huurachterstand in een regeling, kosten kwijtgescholden", 0, null, "Ontruiming intrekken"),
            // the eviction stopped with €250 from the potje
            new HandBesluit("leeuwarden/huurachterstand-ontruiming", potje(Rol.WIJK, "€ 250 uit het Voorkom Erger "
                            + "Potje voor de deurwaarderskosten; de ontruiming is gestopt", POTJE_LEGITIMITEIT,
                    "Ontruiming van een gezin met vier kinderen voorkomen", 55000, 55000,
                    "Ouder betaalt zelf de lopende huur", 250, "deurwaarderskosten, ontruiming gestopt",
                    "Deurwaarder betalen"), null),
            uitTekst("leeuwarden/beslagvrije-voet", Rol.CJIB, 14000, 900, "verhogingen kwijtgescholden", 0, null,
                    "Beslagvrije voet herberekenen"),
            uitTekst("leeuwarden/beschermd-wonen-bijdrage", Rol.WI, 40000, 1400, "eigen bijdrage verlaagd", 0, null,
                    "Eigen bijdrage aanpassen"),
            new HandBesluit("leeuwarden/beschermd-wonen-bijdrage", doorbraak(Rol.ZVW, "Zorgverzekeraar bevriest de "
                            + "oude zorgschuld zolang het traject loopt",
                    "Art. 18d Zorgverzekeringswet en coulance van de zorgverzekeraar",
                    "Terugval en dakloosheid voorkomen", 40000, 40000, "Hij beheert zelf zijn leefgeld", 900, 900,
                    "zorgschuld bevroren", "Schuld bevriezen"), null),
            uitTekst("eindhoven/toeslagen-belastingdienst", Rol.WI, 60000, 3500, "vaste lasten tot het Rijk beslist", 0,
                    null, "Bijzondere bijstand uitbetalen"),
            uitTekst("eindhoven/premieachterstand-zvw", Rol.ZVW, 6000, 1100, "achterstand bevroren", 0, null,
                    "Afmelding wanbetalersregeling"),
            uitTekst("eindhoven/duo-terugvordering", Rol.DUO, 12000, 3800, "prestatiebeurs omgezet in een gift", 0,
                    null, "Omzetting verwerken"),
            uitTekst("eindhoven/marktkoopman", Rol.WI, 18000, 3600, "Bbz-levensonderhoud drie maanden", 0, null,
                    "Bbz-besluit verzenden"),
            uitTekst("eindhoven/jongere-schulden", Rol.WI, 25000, 3900, "saneringskrediet", 0, null,
                    "Schuldeisers betalen"),
            new HandBesluit("eindhoven/jongere-schulden", potje(Rol.WIJK, "Budgetcursus en eerste maand telefoon "
                            + "uit het Voorkom Erger Potje", POTJE_LEGITIMITEIT, "Werk behouden", 25000, 25000,
                    "Jongere volgt de budgetcursus", 120, "budgetcursus", "Cursus boeken"), null));

    // ------------------------------------------------------------------------------------------------ plan

    /** The generated casussen per tafel: Utrecht about 60 in a year, Leeuwarden and Eindhoven smaller. */
    static final Map<String, Integer> AANTAL = new LinkedHashMap<>();

    static {
        AANTAL.put("utrecht-overvecht", 36);
        AANTAL.put("utrecht-ondernemers", 12);
        AANTAL.put("leeuwarden-oost", 10);
        AANTAL.put("leeuwarden-heechterp", 8);
        AANTAL.put("eindhoven-woensel", 8);
        AANTAL.put("eindhoven-stratum", 5);
    }

    private static final List<String> INITIALEN = List.of("A.B.", "M.d.J.", "S.K.", "F.Y.", "L.v.D.", "R.M.",
            "J.P.", "N.E.", "H.B.", "K.O.", "T.v.L.", "Y.A.", "W.d.V.", "E.S.", "G.H.", "I.Ç.", "D.M.", "P.v.B.",
            "O.T.", "B.R.");

    record PlanBesluit(Besluit besluit, String tafel, String casusSleutel, int potje, String potjeOmschrijving,
            String actie, String actieOrganisatie, String actieEigenaar) {
    }

    record PlanActie(Actie actie, Instant gereed) {
    }

    record PlanMutatie(String soort, BigDecimal bedrag, String besluitId, String omschrijving, Instant op) {
    }

    record PlanPotje(String id, String gemeente, String tafelId, String naam, Instant aangemaakt,
            List<PlanMutatie> mutaties) {
    }

    /** A demo casus with its history as the demo stores it. */
    record Verloop(String sleutel, String tafel, OpgeslagenCasus casus, List<Onderdeel> onderdelen,
            List<Integer> corrigeert, boolean aangehouden) {
    }

    public record Plan(List<OpgeslagenCasus> gegenereerd, List<Verloop> verlopen, List<Bijeenkomst> bijeenkomsten,
            List<PlanBesluit> besluiten, List<PlanActie> acties, List<PlanPotje> potjes) {
    }

    static Random rng(String sleutel) {
        return new Random(ZAAD ^ sleutel.hashCode());
    }

    static int tussen(Random r, int van, int tot) {
        return van >= tot ? van : van + r.nextInt(tot - van + 1);
    }

    /** Rounded to tens, like amounts a tafel agrees on. */
    static int bedrag(Random r, int van, int tot) {
        return Math.max(10, tussen(r, van, tot) / 10 * 10);
    }

    /** Each tafel meets every other week on its own weekday; the next one is a few days after moment zero. */
    static LocalDate eersteBijeenkomstVanaf(String tafel, LocalDate nulDatum, LocalDate vanaf) {
        int index = 0;
        for (int i = 0; i < DemoGegevens.TAFELS.size(); i++) {
            if (DemoGegevens.TAFELS.get(i).sleutel().equals(tafel)) {
                index = i;
            }
        }
        LocalDate anker = nulDatum.plusDays(2 + 2L * index);
        long verschil = vanaf.toEpochDay() - anker.toEpochDay();
        long stappen = Math.floorDiv(verschil + 13, 14);
        return anker.plusDays(14 * stappen);
    }

    static Instant om(LocalDate d, int uur, int minuut) {
        return d.atTime(LocalTime.of(uur, minuut)).atZone(Tijd.NEDERLAND).toInstant();
    }

    static LocalDate datum(Instant t) {
        return t.atZone(Tijd.NEDERLAND).toLocalDate();
    }

    /** The whole demo year, from moment zero; the same every time for the same moment zero. */
    public static Plan plan(Instant nulpunt) {
        LocalDate nulDatum = datum(nulpunt);
        List<Verloop> verlopen = new ArrayList<>();
        // the hand-written casussen keep the history DemoGegevens gives them
        for (DemoGegevens.DemoCasus k : DemoGegevens.CASUSSEN) {
            List<Onderdeel> o = new ArrayList<>();
            List<Integer> corr = new ArrayList<>();
            for (HandBesluit h : HAND) {
                if (h.casus().equals(k.sleutel())) {
                    o.add(h.onderdeel());
                    corr.add(h.corrigeert());
                }
            }
            verlopen.add(new Verloop(k.sleutel(), k.tafel(), DemoGegevens.casus(k, nulpunt), o, corr, false));
        }
        List<OpgeslagenCasus> gegenereerd = new ArrayList<>();
        for (Map.Entry<String, Integer> e : AANTAL.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                Verloop v = genereer(e.getKey(), i, e.getValue(), nulpunt, nulDatum);
                verlopen.add(v);
                gegenereerd.add(v.casus());
            }
        }

        Map<String, Gepland> bijeenkomsten = new TreeMap<>();
        Map<String, Instant> eersteAgendering = new LinkedHashMap<>();
        Map<String, Set<String>> nemersPerBijeenkomst = new LinkedHashMap<>();
        List<PlanBesluit> besluiten = new ArrayList<>();
        for (Verloop v : verlopen) {
            OpgeslagenCasus k = v.casus();
            Instant geagendeerd = op(k, CasusStatus.GEAGENDEERD);
            Instant besloten = op(k, CasusStatus.BESLOTEN);
            if (geagendeerd == null) {
                continue;
            }
            String bijeenkomst;
            if (besloten != null) {
                bijeenkomst = agenda(bijeenkomsten, eersteAgendering, v.tafel(), datum(besloten), k.id(), geagendeerd);
                LocalDate vorige = datum(besloten).minusDays(14);
                if (v.aangehouden() && vorige.isAfter(datum(geagendeerd))) {
                    // discussed once, decided at the next bijeenkomst
                    agenda(bijeenkomsten, eersteAgendering, v.tafel(), vorige, k.id(), geagendeerd);
                }
            } else {
                LocalDate vanaf = datum(geagendeerd).plusDays(1).isAfter(nulDatum) ? datum(geagendeerd).plusDays(1)
                        : nulDatum;
                agenda(bijeenkomsten, eersteAgendering, v.tafel(), eersteBijeenkomstVanaf(v.tafel(), nulDatum, vanaf),
                        k.id(), geagendeerd);
                continue;
            }
            List<Besluit> vanCasus = new ArrayList<>();
            for (int j = 0; j < v.onderdelen().size(); j++) {
                Onderdeel o = v.onderdelen().get(j);
                Integer corrigeert = v.corrigeert().get(j);
                Random r = rng("besluit/" + v.sleutel() + "/" + j);
                // all besluiten of the bijeenkomst before the step to besloten, a minute apart; a correction later
                Instant genomen = corrigeert == null ? besloten.minus(Duration.ofMinutes(v.onderdelen().size() - j))
                        : besloten.plus(Duration.ofDays(14));
                Instant dagBegin = datum(besloten).atStartOfDay(Tijd.NEDERLAND).toInstant();
                if (genomen.isBefore(dagBegin)) {
                    // recorded on the day of the bijeenkomst, never before it took place
                    genomen = dagBegin.plusMillis(j);
                }
                if (!genomen.isBefore(nulpunt)) {
                    continue;
                }
                String bij = corrigeert == null ? bijeenkomst : null;
                Map<Rol, String> rollen = ROLLEN.get(v.tafel());
                Deelnemer nemer = deelnemer(v.tafel(), rollen.get(o.rol()));
                List<Deelnemer> nemers = new ArrayList<>(List.of(nemer));
                if (o.potje() > 0 && o.rol() != Rol.WIJK && rollen.containsKey(Rol.WIJK)) {
                    nemers.add(deelnemer(v.tafel(), rollen.get(Rol.WIJK)));
                }
                if (o.potje() > 0 && hoogsteMandaat(nemers) < o.potje() && rollen.containsKey(Rol.WI)) {
                    // more than the wijkteam may spend: Werk & Inkomen decides with it (the mandate is a right)
                    nemers.add(deelnemer(v.tafel(), rollen.get(Rol.WI)));
                }
                if (o.potje() > hoogsteMandaat(nemers)) {
                    throw new IllegalStateException("Demobesluit '" + o.omschrijving() + "' gaat boven het mandaat "
                            + "van wie het neemt");
                }
                List<Toezegging> toezeggingen = new ArrayList<>();
                if (o.toezeggingVan() > 0 && nemer.mandaatBedrag() != null) {
                    int max = nemer.mandaatBedrag().intValue();
                    int b = Math.min(max, bedrag(r, o.toezeggingVan(), o.toezeggingTot()));
                    toezeggingen.add(new Toezegging(nemer.organisatie(), new BigDecimal(b).setScale(2),
                            o.toezegging()));
                }
                Waardendriehoek w = o.soort() == BesluitSoort.DOORBRAAK
                        ? new Waardendriehoek(o.legitimiteit(), o.rendement(),
                                new BigDecimal(bedrag(r, o.rendementVan(), o.rendementTot()) / 100 * 100).setScale(2),
                                o.betrokkenheid())
                        : new Waardendriehoek(null, null, null, null);
                String door = k.gemeente() + "-regisseur";
                String besluitId = id("besluit/" + v.sleutel() + "/" + j);
                Besluit b = new Besluit(besluitId, k.gemeente(), k.id(), bij, o.soort(), o.omschrijving(), w, nemers,
                        toezeggingen, List.of(), corrigeert == null ? null : vanCasus.get(corrigeert).id(), null,
                        genomen, door);
                vanCasus.add(b);
                if (bij != null) {
                    nemersPerBijeenkomst.computeIfAbsent(bij, x -> new LinkedHashSet<>())
                            .addAll(nemers.stream().map(Deelnemer::naam).toList());
                }
                besluiten.add(new PlanBesluit(b, v.tafel(), v.sleutel(), o.potje(), o.potjeOmschrijving(), o.actie(),
                        nemer.organisatie(), nemer.naam()));
            }
        }

        // every tafel has its next two bijeenkomsten planned, also without anything on the agenda yet
        for (DemoGegevens.DemoTafel t : DemoGegevens.TAFELS) {
            LocalDate volgende = eersteBijeenkomstVanaf(t.sleutel(), nulDatum, nulDatum);
            for (LocalDate d : List.of(volgende, volgende.plusDays(14))) {
                String bid = id("bijeenkomst/" + t.sleutel() + "/" + d);
                bijeenkomsten.computeIfAbsent(bid, x -> new Gepland(bid, t.sleutel(), d, new ArrayList<>()));
                eersteAgendering.merge(bid, om(nulDatum.minusDays(10), 9, 0), (a, c) -> a.isBefore(c) ? a : c);
            }
        }

        // aanwezigen: who took a besluit was there; of the others one sends apologies, in turn
        List<Bijeenkomst> lijst = new ArrayList<>();
        for (Gepland b : bijeenkomsten.values()) {
            String tafel = b.tafel();
            List<Deelnemer> aanwezig = new ArrayList<>();
            if (b.datum().isBefore(nulDatum)) {
                List<Deelnemer> alle = DemoGegevens.TAFELS.stream().filter(t -> t.sleutel().equals(tafel)).findFirst()
                        .orElseThrow().deelnemers();
                Set<String> nemers = nemersPerBijeenkomst.getOrDefault(b.id(), Set.of());
                int afwezig = (int) Math.floorMod(b.datum().toEpochDay() / 14, alle.size());
                for (int i = 0; i < alle.size(); i++) {
                    if (i != afwezig || nemers.contains(alle.get(i).naam())) {
                        aanwezig.add(alle.get(i));
                    }
                }
            }
            Instant aangemaakt = eersteAgendering.get(b.id());
            lijst.add(new Bijeenkomst(b.id(), tafel.substring(0, tafel.indexOf('-')), id(tafel), b.datum(),
                    b.agenda(), aanwezig, null, 1, aangemaakt, aangemaakt));
        }
        lijst.sort(Comparator.comparing(Bijeenkomst::datum).thenComparing(Bijeenkomst::id));
        besluiten.sort(Comparator.comparing((PlanBesluit p) -> p.besluit().genomen()).thenComparing(p -> p.besluit().id()));

        Map<String, OpgeslagenCasus> casussen = new LinkedHashMap<>();
        verlopen.forEach(v -> casussen.put(v.casus().id(), v.casus()));
        List<PlanActie> acties = acties(besluiten, casussen, nulpunt, nulDatum);
        List<PlanPotje> potjes = potjes(besluiten, nulpunt);
        return new Plan(gegenereerd, verlopen, lijst, besluiten, acties, potjes);
    }

    private static int hoogsteMandaat(List<Deelnemer> nemers) {
        return nemers.stream().filter(d -> d.mandaatBedrag() != null).mapToInt(d -> d.mandaatBedrag().intValue())
                .max().orElse(0);
    }

    /** A bijeenkomst while the plan is made; its agenda grows. */
    private record Gepland(String id, String tafel, LocalDate datum, List<String> agenda) {
    }

    /** Puts the casus on the agenda of the tafel's bijeenkomst of that day, made before the casus was geagendeerd. */
    private static String agenda(Map<String, Gepland> bijeenkomsten, Map<String, Instant> aangemaakt,
            String tafel, LocalDate datum, String casusId, Instant geagendeerd) {
        String bid = id("bijeenkomst/" + tafel + "/" + datum);
        Gepland b = bijeenkomsten.computeIfAbsent(bid, x -> new Gepland(bid, tafel, datum, new ArrayList<>()));
        if (!b.agenda().contains(casusId)) {
            b.agenda().add(casusId);
        }
        Instant gepland = om(datum.minusDays(21), 9, 0);
        Instant voor = geagendeerd.minus(Duration.ofHours(1));
        Instant eerder = gepland.isBefore(voor) ? gepland : voor;
        aangemaakt.merge(bid, eerder, (a, c) -> a.isBefore(c) ? a : c);
        return bid;
    }

    static Instant op(OpgeslagenCasus k, CasusStatus status) {
        return k.historie().stream().filter(w -> w.naar() == status).map(StatusWijziging::op).findFirst()
                .orElse(null);
    }

    private enum Uitkomst { DOORBRAAK, ONDERLING, TERUGVERWEZEN }

    /** One generated casus: its situation, and a history cut off at moment zero. */
    static Verloop genereer(String tafel, int i, int aantal, Instant nulpunt, LocalDate nulDatum) {
        String gemeente = tafel.substring(0, tafel.indexOf('-'));
        String sleutel = gemeente + "/jaar/" + tafel.substring(tafel.indexOf('-') + 1) + "-" + (i + 1);
        Random r = rng("casus/" + sleutel);
        Map<Rol, String> rollen = ROLLEN.get(tafel);
        boolean ondernemers = rollen.containsKey(Rol.BBZ);
        List<Situatie> passend = SITUATIES.stream().filter(s -> s.ondernemers() == ondernemers)
                .filter(s -> s.onderdelen().stream().allMatch(o -> rollen.containsKey(o.rol()))).toList();
        int totaal = passend.stream().mapToInt(Situatie::gewicht).sum();
        int keuze = r.nextInt(totaal);
        Situatie s = passend.get(0);
        for (Situatie p : passend) {
            keuze -= p.gewicht();
            if (keuze < 0) {
                s = p;
                break;
            }
        }
        String n = String.valueOf(tussen(r, 2, 6));
        int uit = r.nextInt(100);
        Uitkomst uitkomst = uit < 8 ? Uitkomst.ONDERLING : uit < 14 ? Uitkomst.TERUGVERWEZEN : Uitkomst.DOORBRAAK;
        // spread evenly over the last year, oldest first
        int dagen = 355 - (int) ((355 - 8) * (i + r.nextDouble()) / aantal);
        Instant aangemeld = nulpunt.minus(Duration.ofDays(dagen)).minus(Duration.ofMinutes(tussen(r, 0, 600)));
        String door = gemeente + "-regisseur";

        List<StatusWijziging> h = new ArrayList<>();
        h.add(new StatusWijziging(null, CasusStatus.AANGEMELD, door, aangemeld, "Aanmelding"));
        Instant voorbereiding = aangemeld.plus(Duration.ofDays(tussen(r, 1, 4))).plus(Duration.ofHours(2));
        h.add(new StatusWijziging(CasusStatus.AANGEMELD, CasusStatus.IN_VOORBEREIDING, door, voorbereiding,
                "Casusregisseur brengt de situatie in kaart met de betrokken organisaties"));
        String wijk = rollen.containsKey(Rol.WIJK) ? deelnemer(tafel, rollen.get(Rol.WIJK)).organisatie() : null;
        Resultaat resultaat = null;
        List<Onderdeel> onderdelen = new ArrayList<>();
        boolean aangehouden = false;
        if (uitkomst == Uitkomst.ONDERLING) {
            h.add(new StatusWijziging(CasusStatus.IN_VOORBEREIDING, CasusStatus.AFGESLOTEN, door,
                    voorbereiding.plus(Duration.ofDays(tussen(r, 5, 30))), "Opgelost in onderling overleg tussen de "
                            + "betrokken organisaties; niet op tafel nodig"));
            resultaat = Resultaat.OPGELOST_ZONDER_DOORBRAAK;
        } else {
            LocalDate bijeenkomst = eersteBijeenkomstVanaf(tafel, nulDatum,
                    datum(voorbereiding).plusDays(tussen(r, 7, 25)));
            Instant besloten = om(bijeenkomst, 10, 0).plus(Duration.ofMinutes(15 + 20L * r.nextInt(6)));
            Instant geagendeerd = besloten.minus(Duration.ofDays(tussen(r, 3, 9))).minus(Duration.ofHours(3));
            aangehouden = r.nextInt(100) < 20;
            if (aangehouden) {
                geagendeerd = geagendeerd.minus(Duration.ofDays(14));
            }
            if (!geagendeerd.isAfter(voorbereiding)) {
                geagendeerd = voorbereiding.plus(Duration.ofHours(4));
            }
            h.add(new StatusWijziging(CasusStatus.IN_VOORBEREIDING, CasusStatus.GEAGENDEERD, door, geagendeerd,
                    "Op de agenda van de eerstvolgende tafel; deelnemers met mandaat uitgenodigd"));
            Onderdeel eerste = s.onderdelen().get(0);
            if (uitkomst == Uitkomst.TERUGVERWEZEN) {
                String org = deelnemer(tafel, rollen.get(eerste.rol())).organisatie();
                onderdelen.add(regulier(eerste.rol(), "Geen doorbraak nodig: de situatie past binnen de gewone "
                        + "regels van " + org + "; " + org + " handelt af met voorrang", "Afhandelen met voorrang"));
                h.add(new StatusWijziging(CasusStatus.GEAGENDEERD, CasusStatus.BESLOTEN, door, besloten,
                        "Besluit: terug naar het reguliere traject bij " + org));
                h.add(new StatusWijziging(CasusStatus.BESLOTEN, CasusStatus.AFGESLOTEN, door,
                        besloten.plus(Duration.ofDays(tussen(r, 1, 5))), "Terugverwezen naar " + org
                                + "; de casusregisseur houdt contact met de inwoner"));
                resultaat = Resultaat.TERUGVERWEZEN;
            } else {
                onderdelen.addAll(s.onderdelen());
                h.add(new StatusWijziging(CasusStatus.GEAGENDEERD, CasusStatus.BESLOTEN, door, besloten,
                        "Doorbraak: " + eerste.omschrijving()));
                Instant uitvoering = besloten.plus(Duration.ofDays(tussen(r, 1, 3)));
                h.add(new StatusWijziging(CasusStatus.BESLOTEN, CasusStatus.IN_UITVOERING, door, uitvoering,
                        "Acties uitgezet; per organisatie een trekker afgesproken"));
                h.add(new StatusWijziging(CasusStatus.IN_UITVOERING, CasusStatus.AFGESLOTEN, door,
                        uitvoering.plus(Duration.ofDays(tussen(r, 30, 110))), s.afsluiting()));
                resultaat = Resultaat.DOORBRAAK;
            }
        }
        // what has not happened yet at moment zero is cut off
        Instant grens = nulpunt.minus(Duration.ofHours(1));
        List<StatusWijziging> historie = h.stream().filter(w -> w.op().isBefore(grens)).toList();
        StatusWijziging laatste = historie.get(historie.size() - 1);
        boolean dicht = laatste.naar() == CasusStatus.AFGESLOTEN;

        List<String> organisaties = new ArrayList<>();
        for (Onderdeel o : s.onderdelen()) {
            String org = deelnemer(tafel, rollen.get(o.rol())).organisatie();
            if (!organisaties.contains(org)) {
                organisaties.add(org);
            }
        }
        if (wijk != null && !organisaties.contains(wijk)) {
            organisaties.add(wijk);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("urgentie", s.urgenties().get(r.nextInt(s.urgenties().size())));
        data.put("aangebrachtDoor", s.aangebrachtDoor() != null ? s.aangebrachtDoor()
                : wijk != null ? wijk : "Casusregisseur");
        data.put("domeinen", s.domeinen());
        OpgeslagenCasus k = new OpgeslagenCasus(id(sleutel), gemeente, id(tafel), VARIANT, s.titel().replace("{n}", n),
                s.hulpvraag().replace("{n}", n), DemoGegevens.pseudoniem(sleutel),
                INITIALEN.get(r.nextInt(INITIALEN.size())), s.thema(), laatste.naar(), historie, organisaties, data,
                DemoGegevens.SCHEMA, historie.size(), aangemeld, laatste.op(), dicht ? laatste.op() : null,
                dicht ? resultaat : null);
        List<Integer> corr = new ArrayList<>();
        onderdelen.forEach(o -> corr.add(null));
        return new Verloop(sleutel, tafel, k, onderdelen, corr, aangehouden);
    }

    /** One actie per besluit; done before the casus closed, most done in time, some open, a few overdue. */
    static List<PlanActie> acties(List<PlanBesluit> besluiten, Map<String, OpgeslagenCasus> casussen, Instant nulpunt,
            LocalDate nulDatum) {
        List<PlanActie> l = new ArrayList<>();
        for (PlanBesluit p : besluiten) {
            Besluit b = p.besluit();
            OpgeslagenCasus k = casussen.get(b.casusId());
            Random r = rng("actie/" + b.id());
            Instant genomen = b.genomen();
            LocalDate deadline = datum(genomen).plusDays(7L * tussen(r, 2, 4));
            Instant gereed = null;
            Instant afgesloten = k.afgesloten();
            if (afgesloten != null) {
                Instant uiterlijk = afgesloten.minus(Duration.ofHours(2));
                gereed = genomen.plus(Duration.ofDays(tussen(r, 1, (int) (deadline.toEpochDay()
                        - datum(genomen).toEpochDay()))));
                if (gereed.isAfter(uiterlijk)) {
                    gereed = genomen.plus(Duration.between(genomen, uiterlijk).dividedBy(2));
                }
            } else if (deadline.isBefore(nulDatum)) {
                if (r.nextInt(100) < 80) {
                    gereed = genomen.plus(Duration.ofDays(tussen(r, 1, (int) (deadline.toEpochDay()
                            - datum(genomen).toEpochDay()))));
                }
            } else if (r.nextInt(100) < 30 && genomen.plus(Duration.ofDays(2)).isBefore(nulpunt)) {
                gereed = genomen.plus(Duration.ofDays(1));
            }
            Actie a = new Actie(id("actie/" + b.id()), b.gemeente(), b.casusId(), b.id(), p.actie(),
                    p.actieOrganisatie(), null, p.actieEigenaar(), deadline, null, null, false, 1, genomen, b.door());
            l.add(new PlanActie(a, gereed));
        }
        return l;
    }

    /**
     * Potjes per gemeente and, in Utrecht, per tafel: a storting at the start of the year, a bijdrage halfway, and
     * an aanvulling whenever the next uitgave would not fit, so the saldo never goes below zero.
     */
    static List<PlanPotje> potjes(List<PlanBesluit> besluiten, Instant nulpunt) {
        Instant begin = nulpunt.minus(Duration.ofDays(395));
        record Def(String sleutel, String gemeente, String tafel, String naam, int storting, int aanvulling) {
        }
        List<Def> defs = List.of(
                new Def("utrecht", "utrecht", null, "Voorkom Erger Potje Utrecht", 5000, 2500),
                new Def("utrecht-overvecht", "utrecht", "utrecht-overvecht", "Voorkom Erger Potje Overvecht", 1500,
                        1000),
                new Def("utrecht-ondernemers", "utrecht", "utrecht-ondernemers", "Ondernemersfonds Voorkom Erger",
                        1000, 1000),
                new Def("leeuwarden", "leeuwarden", null, "Voorkom Erger Potje Leeuwarden", 2000, 1000),
                new Def("eindhoven", "eindhoven", null, "Voorkom Erger Potje Eindhoven", 2000, 1000));
        List<PlanPotje> l = new ArrayList<>();
        for (Def d : defs) {
            List<PlanMutatie> uitgaven = new ArrayList<>();
            for (PlanBesluit p : besluiten) {
                if (p.potje() <= 0 || !p.besluit().gemeente().equals(d.gemeente())) {
                    continue;
                }
                boolean eigenTafel = defs.stream().anyMatch(x -> p.tafel().equals(x.tafel()));
                // small amounts from the tafel's own potje where it has one, the rest from the gemeente's
                String van = eigenTafel && p.potje() <= 300 ? p.tafel() : d.gemeente();
                if (van.equals(d.sleutel())) {
                    // a second apart at least: two uitgaven of one bijeenkomst keep their order in the history
                    Instant op = p.besluit().genomen().plusSeconds(30);
                    if (!uitgaven.isEmpty() && !op.isAfter(uitgaven.get(uitgaven.size() - 1).op())) {
                        op = uitgaven.get(uitgaven.size() - 1).op().plusSeconds(1);
                    }
                    uitgaven.add(new PlanMutatie(PotjeMutatie.UITGAVE, new BigDecimal(p.potje()).setScale(2),
                            p.besluit().id(), p.potjeOmschrijving(), op));
                }
            }
            List<PlanMutatie> m = new ArrayList<>();
            m.add(new PlanMutatie(PotjeMutatie.STORTING, new BigDecimal(d.storting()).setScale(2), null,
                    "Budget van de gemeente voor dit jaar", begin.plus(Duration.ofHours(1))));
            Instant halverwege = nulpunt.minus(Duration.ofDays(180));
            boolean bijdrage = d.tafel() == null;
            BigDecimal saldo = new BigDecimal(d.storting()).setScale(2);
            for (PlanMutatie u : uitgaven) {
                if (bijdrage && u.op().isAfter(halverwege)) {
                    m.add(new PlanMutatie(PotjeMutatie.STORTING, new BigDecimal(d.storting() / 2).setScale(2), null,
                            "Bijdrage van de woningcorporaties en de zorgverzekeraar (City Deal)", halverwege));
                    saldo = saldo.add(new BigDecimal(d.storting() / 2));
                    bijdrage = false;
                }
                if (saldo.compareTo(u.bedrag()) < 0) {
                    Instant vorige = m.get(m.size() - 1).op();
                    Instant aanvul = u.op().minus(Duration.ofDays(1));
                    m.add(new PlanMutatie(PotjeMutatie.STORTING, new BigDecimal(d.aanvulling()).setScale(2), null,
                            "Aanvulling door de gemeente", aanvul.isAfter(vorige) ? aanvul : vorige.plusSeconds(1)));
                    saldo = saldo.add(new BigDecimal(d.aanvulling()));
                }
                m.add(u);
                saldo = saldo.subtract(u.bedrag());
            }
            l.add(new PlanPotje(id("potje/" + d.sleutel()), d.gemeente(), d.tafel() == null ? null : id(d.tafel()),
                    d.naam(), begin, m));
        }
        return l;
    }

    // ------------------------------------------------------------------------------------------------ laden

    /** Adds what is missing of the plan, in one transaction; safe on every start. */
    public Geladen laad(Database db) {
        Instant nulpunt = DemoGegevens.nulpunt(db);
        Plan plan = plan(nulpunt);
        BijeenkomstStore bijeenkomsten = new BijeenkomstStore();
        BesluitStore besluitStore = new BesluitStore();
        ActieStore actieStore = new ActieStore();
        PotjeStore potjeStore = new PotjeStore();
        return db.inTransactie(c -> {
            Set<String> vrij = onaangeroerd(c, plan.verlopen());
            int nb = 0;
            for (Bijeenkomst b : plan.bijeenkomsten()) {
                List<String> agenda = b.agenda().stream().filter(vrij::contains).toList();
                if (bestaat(c, "bijeenkomst", b.id())) {
                    int nr = maxAgenda(c, b.id());
                    for (String casus : agenda) {
                        bijeenkomsten.agendeer(c, b.id(), ++nr, casus);
                    }
                } else if (!agenda.isEmpty() || !b.datum().isBefore(datum(nulpunt))) {
                    bijeenkomsten.voegToe(c, new Bijeenkomst(b.id(), b.gemeente(), b.tafelId(), b.datum(), agenda,
                            b.aanwezigen(), null, 1, b.aangemaakt(), b.gewijzigd()), "demo");
                    nb++;
                }
            }
            Set<String> genomen = new HashSet<>();
            for (PlanBesluit p : plan.besluiten()) {
                if (vrij.contains(p.besluit().casusId())) {
                    besluitStore.voegToe(c, p.besluit());
                    genomen.add(p.besluit().id());
                }
            }
            int na = 0;
            for (PlanActie a : plan.acties()) {
                if (genomen.contains(a.actie().besluitId())) {
                    actieStore.voegToe(c, a.actie());
                    if (a.gereed() != null) {
                        actieStore.gereed(c, a.actie().gemeente(), a.actie().id(), a.gereed(), a.actie().door());
                    }
                    na++;
                }
            }
            int np = 0;
            int nm = 0;
            for (PlanPotje p : plan.potjes()) {
                if (bestaat(c, "potje", p.id())) {
                    continue;
                }
                String door = p.gemeente() + "-beheerder";
                potjeStore.voegToe(c, p.id(), p.gemeente(), p.tafelId(), p.naam(), p.aangemaakt(), door);
                np++;
                for (PlanMutatie m : p.mutaties()) {
                    if (m.besluitId() != null && !bestaat(c, "besluit", m.besluitId())) {
                        continue; // a demo user took this casus elsewhere; the uitgave is not theirs
                    }
                    boolean uitgave = PotjeMutatie.UITGAVE.equals(m.soort());
                    potjeStore.muteer(c, p.gemeente(), p.id(), m.soort(), m.bedrag(), m.besluitId(), m.omschrijving(),
                            uitgave ? p.gemeente() + "-regisseur" : door, m.op())
                            .orElseThrow(() -> new IllegalStateException("Demopotje " + p.naam() + " zou onder nul "
                                    + "gaan"));
                    nm++;
                }
            }
            return new Geladen(nb, genomen.size(), na, np, nm);
        });
    }

    /** Demo casussen exactly as the demo stored them: same status and versie, no besluit, on no agenda. */
    private static Set<String> onaangeroerd(Connection c, List<Verloop> verlopen) throws SQLException {
        Set<String> vrij = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.status, k.versie, "
                + "(SELECT COUNT(*) FROM besluit b WHERE b.casus_id = k.id) + "
                + "(SELECT COUNT(*) FROM bijeenkomst_agenda a WHERE a.casus_id = k.id) AS deel FROM casus k "
                + "WHERE k.id = ?")) {
            for (Verloop v : verlopen) {
                ps.setString(1, v.casus().id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getString(1).equals(v.casus().status().code())
                            && rs.getLong(2) == v.casus().versie() && rs.getLong(3) == 0) {
                        vrij.add(v.casus().id());
                    }
                }
            }
        }
        return vrij;
    }

    private static boolean bestaat(Connection c, String tabel, String id) throws SQLException {
        return Sql.vindt(c, "SELECT 1 FROM " + tabel + " WHERE id = ?", id);
    }

    private static int maxAgenda(Connection c, String bijeenkomstId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(volgnummer), 0) FROM bijeenkomst_agenda WHERE bijeenkomst_id = ?")) {
            ps.setString(1, bijeenkomstId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
