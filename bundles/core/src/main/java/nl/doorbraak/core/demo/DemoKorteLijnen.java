package nl.doorbraak.core.demo;

import static nl.doorbraak.core.demo.DemoGegevens.id;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.domein.SignaalStatusWijziging;
import nl.doorbraak.core.contact.ContactStore;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.signaal.SignaalStore;

/**
 * Demo contacten (korte lijnen, with trekkers and aanjagers per organisatie and wijk) and signalen from the source
 * articles, linked to the demo casussen of {@link DemoGegevens}; the deelnemers of the demo tafels who are in the korte
 * lijnen refer to their contact. Same rules as there: fixed keys, only what is missing is inserted, what demo users
 * changed stays changed. Runs after {@link DemoGegevens#laad}.
 */
public final class DemoKorteLijnen {

    /** @param deelnemers demo deelnemers linked to their contact afterwards (demo tafels of an earlier version) */
    public record Resultaat(int contacten, int signalen, int deelnemers) {
    }

    record DemoContact(String sleutel, String organisatie, String naam, String rol, String mandaat, Integer bedrag,
            String wijk, String telefoon, String email, boolean trekker, boolean aanjager, String onderwerp,
            boolean actief) {

        String gemeente() {
            return sleutel.substring(0, sleutel.indexOf('/'));
        }
    }

    /**
     * @param pad       the statuses after nieuw, each allowed by {@link SignaalStatus#magNaar}
     * @param antwoord  the answer given on the way to opgelost
     * @param casussen  keys of demo casussen of the same gemeente
     */
    record DemoSignaal(String sleutel, String regel, String organisatie, String omschrijving, String melder,
            List<SignaalStatus> pad, String antwoord, int dagenGeleden, List<String> casussen) {

        String gemeente() {
            return sleutel.substring(0, sleutel.indexOf('/'));
        }
    }

    /** Loads what is missing; safe to run on every start. */
    public Resultaat laad(Database db) {
        Instant nu = Tijd.nu();
        ContactStore contactStore = new ContactStore();
        int contacten = db.inTransactie(c -> {
            int n = 0;
            for (DemoContact k : CONTACTEN) {
                if (!contactStore.bestaat(c, id(k.sleutel()))) {
                    Instant op = nu.minus(Duration.ofDays(300));
                    contactStore.voegToe(c, new Contact(id(k.sleutel()), k.gemeente(), k.organisatie(), k.naam(),
                            k.rol(), k.mandaat(), k.bedrag() == null ? null : new BigDecimal(k.bedrag()).setScale(2),
                            k.wijk(), k.telefoon(), k.email(), k.trekker(), k.aanjager(), k.onderwerp(), k.actief(), 1,
                            op, op), "demo");
                    n++;
                }
            }
            return n;
        });
        SignaalStore signaalStore = new SignaalStore();
        int signalen = db.inTransactie(c -> {
            int n = 0;
            for (DemoSignaal s : SIGNALEN) {
                String sid = id(s.sleutel());
                if (signaalStore.bestaat(c, sid)) {
                    continue;
                }
                Signaal signaal = signaal(s, nu);
                signaalStore.voegToe(c, signaal, s.melder());
                for (String casus : s.casussen()) {
                    // demo casussen are never deleted, but a signaal must not fail the whole demo if one is missing
                    if (signaalStore.casusBestaat(c, s.gemeente(), id(casus))) {
                        signaalStore.koppel(c, sid, id(casus), s.melder(), signaal.aangemaakt());
                    }
                }
                n++;
            }
            return n;
        });
        return new Resultaat(contacten, signalen, koppelDeelnemers(db));
    }

    /**
     * Demo tafels made before deelnemers could be contacten (a demo database of an earlier version) get the
     * references {@link DemoGegevens#TAFELS} has now, as if the demo had made them so: only deelnemers still as the
     * demo wrote them, at tafels no demo user has changed since (versie 1), and only to a contact that is there.
     */
    private static int koppelDeelnemers(Database db) {
        return db.inTransactie(c -> {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("UPDATE tafel_deelnemer SET contact_id = ? "
                    + "WHERE tafel_id = ? AND naam = ? AND organisatie = ? AND contact_id IS NULL "
                    + "AND tafel_id IN (SELECT id FROM tafel WHERE id = ? AND versie = 1) "
                    + "AND EXISTS (SELECT 1 FROM contact WHERE id = ?)")) {
                for (DemoGegevens.DemoTafel t : DemoGegevens.TAFELS) {
                    for (Deelnemer d : t.deelnemers()) {
                        if (d.contactId() != null) {
                            ps.setString(1, d.contactId());
                            ps.setString(2, id(t.sleutel()));
                            ps.setString(3, d.naam());
                            ps.setString(4, d.organisatie());
                            ps.setString(5, id(t.sleutel()));
                            ps.setString(6, d.contactId());
                            n += ps.executeUpdate();
                        }
                    }
                }
            }
            return n;
        });
    }

    static Signaal signaal(DemoSignaal s, Instant nu) {
        Instant gemeld = nu.minus(Duration.ofDays(s.dagenGeleden()));
        String regisseur = s.gemeente() + "-regisseur";
        List<SignaalStatusWijziging> historie = new ArrayList<>();
        historie.add(new SignaalStatusWijziging(null, SignaalStatus.NIEUW, s.melder(), gemeld, "Gemeld", null));
        long stap = Math.max(1, (s.dagenGeleden() - 1) / (s.pad().size() + 1));
        SignaalStatus van = SignaalStatus.NIEUW;
        Instant op = gemeld;
        for (SignaalStatus naar : s.pad()) {
            op = op.plus(Duration.ofDays(stap));
            historie.add(new SignaalStatusWijziging(van, naar, regisseur, op, reden(s, naar),
                    naar == SignaalStatus.OPGELOST ? s.antwoord() : null));
            van = naar;
        }
        return new Signaal(id(s.sleutel()), s.gemeente(), s.regel(), s.organisatie(), s.omschrijving(), van,
                van == SignaalStatus.OPGELOST ? s.antwoord() : null, historie, List.of(), historie.size(), gemeld, op);
    }

    private static String reden(DemoSignaal s, SignaalStatus naar) {
        return switch (naar) {
            case IN_BEHANDELING -> "Voorgelegd aan " + s.organisatie() + "; de trekker daar zoekt het uit";
            case GEAGENDEERD -> "De regel is landelijk: geagendeerd in het overleg van de Armoedecoalitie en via de "
                    + "City Deal bij het ministerie";
            case OPGELOST -> "Antwoord van " + s.organisatie() + " besproken aan tafel";
            case NIEUW -> "Gemeld";
        };
    }

    // ------------------------------------------------------------------------------------------------ contacten

    private static DemoContact k(String sleutel, String organisatie, String naam, String rol, String mandaat,
            Integer bedrag, String wijk, String telefoon, String email, String functie, String onderwerp) {
        return new DemoContact(sleutel, organisatie, naam, rol, mandaat, bedrag, wijk, telefoon, email,
                functie.contains("trekker"), functie.contains("aanjager"), onderwerp, !functie.contains("vertrokken"));
    }

    /** Names as at the demo tafels; phone numbers and addresses are made up (e-mail in the reserved .example). */
    static final List<DemoContact> CONTACTEN = List.of(
            // ---------------------------------------------------------------- Utrecht
            k("utrecht/marieke-de-vries", "Woningcorporatie", "Marieke de Vries", "teamleider huurincasso",
                    "Huurachterstand bevriezen, ontruiming opschorten, betalingsregeling tot 24 maanden", 2500,
                    "Overvecht", "06-1234 5601", "m.devries@woningcorporatie.example", "trekker",
                    "huurachterstanden en ontruimingen"),
            k("utrecht/ahmed-el-amrani", "Werk & Inkomen", "Ahmed el Amrani", "senior consulent bijzondere bijstand",
                    "Bijzondere bijstand met spoed toekennen; terugvordering matigen", 5000, null, "030-286 1101",
                    "a.elamrani@utrecht.example", "trekker aanjager", "bestaanszekerheid"),
            k("utrecht/sandra-bakker", "UWV", "Sandra Bakker", "klantmanager regio Midden-Utrecht",
                    "Herbeoordeling en beslissing op bezwaar met voorrang", null, null, "06-1234 5603", null, "", null),
            k("utrecht/peter-kok", "CJIB", "Peter Kok", "teamleider incasso",
                    "Invordering opschorten en betalingsregeling op maat", null, null, "058-233 2301",
                    "p.kok@cjib.example", "trekker", "boetes bij multiprobleemhuishoudens"),
            k("utrecht/hanneke-smit", "Zorgverzekeraar", "Hanneke Smit", "specialist betalingsachterstanden",
                    "Premieachterstand bevriezen; aanmelding wanbetalersregeling intrekken", 1500, null, null,
                    "h.smit@zorgverzekeraar.example", "", null),
            k("utrecht/petra-jansen", "Schuldhulp", "Petra Jansen", "teamleider schuldhulpverlening",
                    "Schuldhulptraject zonder wachttijd starten", null, "Overvecht", "06-1234 5606", null, "trekker",
                    "schulden"),
            k("utrecht/joost-van-leeuwen", "Buurtteam Overvecht", "Joost van Leeuwen", "buurtteammedewerker",
                    "Regie op de casus; Voorkom Erger Potje tot 250 euro", 250, "Overvecht", "06-1234 5607", null,
                    "aanjager", "de City Deal-werkwijze in de wijk"),
            k("utrecht/noor-bakker", "Buurtteam Zuid", "Noor Bakker", "buurtteammedewerker", "Regie op de casus", null,
                    "Zuid", "06-1234 5608", null, "trekker", "doorbraaktafel in Zuid"),
            k("utrecht/ruben-kramer", "DUO", "Ruben Kramer", "regiocoördinator invordering",
                    "Aflossing op draagkracht herberekenen; invordering opschorten", null, null, "050-599 7701",
                    "r.kramer@duo.example", "", null),
            k("utrecht/linda-verbruggen", "Gemeente Utrecht", "Linda Verbruggen", "projectleider Eenvoudig Maatwerk",
                    "Doorbraken agenderen; escalatie naar directie", null, null, "030-286 1110", null, "aanjager",
                    "doorbraakmethode in alle wijken"),
            k("utrecht/gerard-bos", "UWV", "Gerard Bos", "klantmanager (vertrokken)", null, null, null, "06-1234 5611",
                    null, "vertrokken", null),

            // ---------------------------------------------------------------- Leeuwarden
            k("leeuwarden/sietske-hoekstra", "Sociaal wijkteam Oost", "Sietske Hoekstra", "wijkcoach",
                    "Regie op de casus; Voorkom Erger Potje tot 250 euro", 250, "Oost", "06-2345 6701", null, "trekker",
                    "doorbraaktafel Oost"),
            k("leeuwarden/jelle-dijkstra", "Werk & Inkomen", "Jelle Dijkstra", "consulent bijzondere bijstand",
                    "Bijzondere bijstand zonder aanvullende bewijsstukken toekennen", 3000, null, "058-233 8801",
                    "j.dijkstra@leeuwarden.example", "", null),
            k("leeuwarden/marrit-wiersma", "Gemeente Leeuwarden, afdeling Inkomen", "Marrit Wiersma",
                    "beleidsmedewerker en transformaatje (dinsdagochtend in het wijkteam)",
                    "Signalen uit het wijkteam terugbrengen naar het stadhuis", null, "Oost", "06-2345 6703",
                    "m.wiersma@leeuwarden.example", "aanjager", "signalen van het wijkteam naar het stadhuis"),
            k("leeuwarden/durk-bouma", "Gemeente Leeuwarden, afdeling Zorg", "Durk Bouma",
                    "beleidsmedewerker en transformaatje (donderdagmiddag in het wijkteam)",
                    "Signalen over Wmo en zorgkosten agenderen", null, "Heechterp-Schieringen", "06-2345 6704", null,
                    "aanjager", "zorgkosten en eigen bijdragen"),
            k("leeuwarden/wouter-de-jong", "CJIB", "Wouter de Jong", "coördinator maatschappelijke incasso",
                    "Boetes bundelen en invordering opschorten", null, null, "058-233 2305", "w.dejong@cjib.example",
                    "trekker", "beslagvrije voet"),
            k("leeuwarden/ilse-bosma", "DUO", "Ilse Bosma", "klantmanager invordering",
                    "Aflossing tijdelijk op nul zetten (draagkracht)", null, null, "050-599 7706", null, "", null),
            k("leeuwarden/anke-postma", "Woningcorporatie", "Anke Postma", "huurconsulent",
                    "Ontruiming opschorten; urgentie voordragen", 2000, "Oost", "06-2345 6707", null, "", null),
            k("leeuwarden/tjitske-van-der-meer", "Sociaal wijkteam Heechterp-Schieringen", "Tjitske van der Meer",
                    "wijkcoach", "Regie op de casus", 250, "Heechterp-Schieringen", "06-2345 6708", null, "trekker",
                    "doorbraaktafel Heechterp-Schieringen"),
            k("leeuwarden/hilde-kuipers", "UWV", "Hilde Kuipers", "casemanager Wajong",
                    "Wajong en WW met voorrang behandelen", null, null, "088-898 9209", "h.kuipers@uwv.example", "",
                    null),

            // ---------------------------------------------------------------- Eindhoven
            k("eindhoven/ellen-van-den-heuvel", "WIJ-team Woensel", "Ellen van den Heuvel", "WIJ-coach",
                    "Regie op de casus; Voorkom Erger Potje tot 250 euro", 250, "Woensel", "06-3456 7801", null,
                    "trekker", "doorbraaktafel Woensel"),
            k("eindhoven/mehmet-yilmaz", "Werk & Inkomen", "Mehmet Yilmaz", "teamleider inkomensondersteuning",
                    "Bijzondere bijstand en terugvorderingen matigen", 4000, null, "040-238 6602",
                    "m.yilmaz@eindhoven.example", "trekker aanjager", "terugvorderingen"),
            k("eindhoven/carla-hermans", "Woningcorporatie", "Carla Hermans", "consulent woonlasten",
                    "Ontruiming opschorten; betalingsregeling", 2500, "Woensel", "06-3456 7803", null, "", null),
            k("eindhoven/thijs-van-dijk", "CJIB", "Thijs van Dijk", "teamleider incasso", "Invordering opschorten",
                    null, null, "058-233 2304", "t.vandijk@cjib.example", "", null),
            k("eindhoven/frank-janssen", "DUO", "Frank Janssen", "regiocoördinator invordering",
                    "Aflossing op draagkracht herberekenen", null, null, "050-599 7705", null, "trekker",
                    "studieschulden"),
            k("eindhoven/sanne-hendrikx", "Belastingdienst, Toeslagen", "Sanne Hendrikx", "persoonlijk zaakbehandelaar",
                    "Terugvordering toeslagen opschorten", null, null, "088-154 4406", null, "", null),
            k("eindhoven/koen-smulders", "WIJ-team Stratum", "Koen Smulders", "WIJ-coach", "Regie op de casus", 250,
                    "Stratum", "06-3456 7807", null, "trekker aanjager", "doorbraaktafel Stratum"),
            k("eindhoven/nicole-willems", "Zorgverzekeraar", "Nicole Willems", "specialist betalingsachterstanden",
                    "Premieachterstand bevriezen", 1500, null, null, "n.willems@zorgverzekeraar.example", "", null));

    // ------------------------------------------------------------------------------------------------ signalen

    private static final SignaalStatus IB = SignaalStatus.IN_BEHANDELING;
    private static final SignaalStatus GA = SignaalStatus.GEAGENDEERD;
    private static final SignaalStatus OP = SignaalStatus.OPGELOST;

    static final List<DemoSignaal> SIGNALEN = List.of(
            // ---------------------------------------------------------------- Utrecht
            new DemoSignaal("utrecht/kostendelersnorm", "Kostendelersnorm (Participatiewet art. 22a)",
                    "Werk & Inkomen", "Woont een meerderjarig kind thuis, dan daalt de bijstand van de ouder. Gezinnen "
                            + "sturen hun kind het huis uit, dat dan zelf dakloos raakt of schulden maakt.",
                    "utrecht-regisseur", List.of(IB, GA), null, 120,
                    List.of("utrecht/kostendelersnorm", "utrecht/jongere-18-plus")),
            new DemoSignaal("utrecht/geen-adres", "Geen uitkering zonder woonadres; geen huurwoning zonder inkomen",
                    "Werk & Inkomen", "Wie geen adres heeft krijgt geen uitkering, en wie geen inkomen heeft krijgt "
                            + "geen huis: een patstelling die de tafel telkens met een uitzondering moet doorbreken.",
                    "utrecht-regisseur", List.of(IB), null, 60, List.of("utrecht/geen-adres-geen-uitkering")),
            new DemoSignaal("utrecht/wanbetalersregeling", "Aanmelding wanbetalersregeling loopt door tijdens een "
                    + "schuldhulptraject", "Zorgverzekeraar", "De bestuursrechtelijke premie (CAK) blijft lopen terwijl "
                            + "schuldhulp al een regeling treft; de schuld groeit tijdens het traject.",
                    "utrecht-tafellid", List.of(IB, OP), "Bij een getekende schuldhulpovereenkomst meldt de "
                            + "verzekeraar de inwoner binnen vijf werkdagen af bij het CAK. Werkwijze vastgelegd met "
                            + "Schuldhulp; de trekker bij de verzekeraar bewaakt het.",
                    200, List.of("utrecht/premieachterstand")),

            // ---------------------------------------------------------------- Leeuwarden
            new DemoSignaal("leeuwarden/beslagvrije-voet", "Beslagvrije voet niet gerespecteerd bij meerdere "
                    + "beslagleggers", "CJIB", "Bij meerdere beslagen houdt niet iedere beslaglegger rekening met de "
                            + "beslagvrije voet; er blijft minder over dan het bestaansminimum.",
                    "leeuwarden-transformaatje", List.of(IB), null, 45,
                    List.of("leeuwarden/beslagvrije-voet", "leeuwarden/cjib-en-duo")),
            new DemoSignaal("leeuwarden/duo-cjib-stapelen", "DUO en CJIB innen los van elkaar", "DUO",
                    "Aflossingen aan DUO en CJIB worden elk apart op draagkracht bepaald; opgeteld gaan ze ver boven "
                            + "wat het huishouden kan dragen.",
                    "leeuwarden-regisseur", List.of(), null, 20,
                    List.of("leeuwarden/cjib-en-duo", "leeuwarden/statushouder-duo")),
            new DemoSignaal("leeuwarden/spoedaanvraag", "Spoedaanvraag bijzondere bijstand krijgt tien aanvullende "
                    + "vragen", "Werk & Inkomen", "Een spoedaanvraag vanuit het wijkteam wordt beantwoord met een "
                            + "wantrouwige mail met tien vragen. Waarom niet vertrouwen op het oordeel van de "
                            + "wijkprofessional?",
                    "leeuwarden-transformaatje", List.of(IB, OP), "Een spoedaanvraag met een onderbouwing van het "
                            + "wijkteam wordt binnen twee werkdagen beslist; aanvullende vragen alleen bij twijfel en "
                            + "dan telefonisch met de wijkcoach.",
                    150, List.of("leeuwarden/spoedaanvraag-bijzondere-bijstand")),
            new DemoSignaal("leeuwarden/adhd-medicatie", "Eigen bijdrage ADHD-medicatie", "Zorgverzekeraar",
                    "ADHD-medicatie werd plotseling tientallen euro's per maand duurder; een fors aantal wijkbewoners "
                            + "stopt ermee of komt in de schulden.",
                    "leeuwarden-transformaatje", List.of(IB, GA), null, 90, List.of("leeuwarden/adhd-medicatie")),

            // ---------------------------------------------------------------- Eindhoven
            new DemoSignaal("eindhoven/duo-draagkracht", "Terugvordering studiefinanciering zonder te kijken naar "
                    + "draagkracht", "DUO", "Na uitschrijving vordert DUO in één keer terug; jongeren zonder inkomen "
                            + "komen zo in de schulden.",
                    "eindhoven-regisseur", List.of(), null, 15,
                    List.of("eindhoven/duo-terugvordering", "eindhoven/jongere-schulden")),
            new DemoSignaal("eindhoven/cjib-rijbewijs", "Rijbewijs ingevorderd bij wie er zijn inkomen mee "
                    + "verdient", "CJIB", "Invordering van het rijbewijs kost een bezorger zijn werk, en daarmee de "
                            + "betaling van de boete zelf.",
                    "eindhoven-regisseur", List.of(IB), null, 40, List.of("eindhoven/cjib-rijbewijs")),
            new DemoSignaal("eindhoven/toeslagen-flexinkomen", "Terugvordering toeslagen bij wisselend flexinkomen",
                    "Belastingdienst, Toeslagen", "Voorschotten op basis van een geschat jaarinkomen leiden bij "
                            + "flexwerk steeds tot nieuwe terugvorderingen.",
                    "eindhoven-regisseur", List.of(IB, GA), null, 100,
                    List.of("eindhoven/toeslagen-belastingdienst", "eindhoven/flexwerk-toeslagen")));
}
