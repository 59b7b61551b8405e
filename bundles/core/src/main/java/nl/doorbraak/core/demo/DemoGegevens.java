package nl.doorbraak.core.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.StatusWijziging;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.casus.CasusStore;
import nl.doorbraak.core.casus.OpgeslagenCasus;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Json;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.tafel.TafelStore;
import nl.doorbraak.core.toegang.GebruikerStore;
import nl.doorbraak.core.toegang.Wachtwoorden;

/**
 * The demo data: tafels, casussen and accounts for utrecht, leeuwarden and eindhoven, from the situations in the
 * source articles. Written straight through the stores (not through the services), so it does not depend on the
 * {@code standaard} plug-in being installed at that moment. Ids are derived from fixed keys, and only what is missing
 * is inserted: loading twice changes nothing, and what demo users changed stays changed.
 */
public final class DemoGegevens {

    public static final String VARIANT = "standaard";
    public static final int SCHEMA = 1;
    static final String WACHTWOORD = "demo";
    /** {@link Wachtwoorden#hash} of {@link #WACHTWOORD} at {@link Wachtwoorden#ITERATIES} (DemoGegevensTest checks it). */
    static final String HASH = "PBKDF2WithHmacSHA256$600000$HDGEnhqixUlkSxQLrR1Lew==$AoMwTfcF81beNmmNlJ6g+49ighAHXsANjXYdJifIPrQ=";

    public record Resultaat(int tafels, int gebruikers, int casussen) {
    }

    record DemoTafel(String sleutel, String gemeente, String naam, List<Deelnemer> deelnemers) {
    }

    record DemoGebruiker(String gebruikersnaam, String naam, String gemeente, Rol rol, List<String> tafels) {
    }

    /**
     * @param besluit    the tafel's decision (reden of the step to besloten); {@code null}: closed before the tafel
     * @param afsluiting reden of the closing step
     */
    record DemoCasus(String sleutel, String tafel, String titel, String hulpvraag, String initialen, String thema,
            List<String> organisaties, String urgentie, String aangebrachtDoor, String domeinen, int dagenGeleden,
            CasusStatus status, String besluit, String afsluiting) {

        String gemeente() {
            return tafel.substring(0, tafel.indexOf('-'));
        }
    }

    /** Stable id for a demo key. */
    public static String id(String sleutel) {
        return UUID.nameUUIDFromBytes(("doorbraak-demo/" + sleutel).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String pseudoniem(String sleutel) {
        return "INW-" + id("inwoner/" + sleutel).replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
    }

    /** How long before the demo's moment zero its tafels were made. */
    static final Duration TAFELS_VOOR_NULPUNT = Duration.ofDays(400);

    /**
     * The demo's moment zero: when it was first loaded (read back from its first tafel), or now for a new database.
     * Every demo date is reckoned from it, so a later load computes the same history as the first one.
     */
    public static Instant nulpunt(Database db) {
        return db.lees(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT aangemaakt FROM tafel WHERE id = ?")) {
                ps.setString(1, id(TAFELS.get(0).sleutel()));
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Tijd.lees(rs, "aangemaakt").plus(TAFELS_VOOR_NULPUNT) : Tijd.nu();
                }
            }
        });
    }

    /** Loads what is missing; safe to run on every start. */
    public Resultaat laad(Database db) {
        Instant nu = nulpunt(db);
        TafelStore tafelStore = new TafelStore();
        int tafels = db.inTransactie(c -> {
            int n = 0;
            for (DemoTafel t : TAFELS) {
                if (!tafelStore.bestaat(c, id(t.sleutel()))) {
                    Instant op = nu.minus(TAFELS_VOOR_NULPUNT);
                    tafelStore.voegToe(c, new Tafel(id(t.sleutel()), t.gemeente(), t.naam(), VARIANT, t.deelnemers(),
                            1, op, op), "demo");
                    n++;
                }
            }
            return n;
        });

        GebruikerStore gebruikerStore = new GebruikerStore();
        List<DemoGebruiker> ontbrekend = db.lees(c -> {
            List<DemoGebruiker> l = new ArrayList<>();
            for (DemoGebruiker g : GEBRUIKERS) {
                if (!gebruikerStore.bestaat(c, g.gebruikersnaam())) {
                    l.add(g);
                }
            }
            return l;
        });
        // one hash, made once: the password is the published "demo", so neither a salt per account nor a fresh hash
        // protects anything, and the slow hash was ±0,4 s of every first start; a login stores a hash of its own
        // anyway when the cost setting rises
        String hash = ontbrekend.isEmpty() ? null : HASH;
        int gebruikers = db.inTransactie(c -> {
            int n = 0;
            for (DemoGebruiker g : ontbrekend) {
                if (!gebruikerStore.bestaat(c, g.gebruikersnaam())) {
                    Set<String> tafelIds = g.tafels().stream().map(DemoGegevens::id).collect(Collectors.toSet());
                    gebruikerStore.voegToe(c, new Gebruiker(g.gebruikersnaam(), g.naam(), g.gemeente(),
                            Set.of(g.rol()), tafelIds), hash, true);
                    n++;
                }
            }
            return n;
        });

        CasusStore casusStore = new CasusStore(new Json());
        int casussen = db.inTransactie(c -> {
            int n = 0;
            for (DemoCasus k : CASUSSEN) {
                if (!casusStore.bestaat(c, id(k.sleutel()))) {
                    casusStore.voegToe(c, casus(k, nu));
                    n++;
                }
            }
            // the year of casussen behind the hand-written ones (DemoJaar)
            for (OpgeslagenCasus k : DemoJaar.plan(nu).gegenereerd()) {
                if (!casusStore.bestaat(c, k.id())) {
                    casusStore.voegToe(c, k);
                    n++;
                }
            }
            return n;
        });
        return new Resultaat(tafels, gebruikers, casussen);
    }

    static OpgeslagenCasus casus(DemoCasus k, Instant nu) {
        Instant aangemeld = nu.minus(Duration.ofDays(k.dagenGeleden()));
        String door = k.gemeente() + "-regisseur";
        List<StatusWijziging> historie = new ArrayList<>();
        historie.add(new StatusWijziging(null, CasusStatus.AANGEMELD, door, aangemeld, "Aanmelding"));
        List<CasusStatus> pad = pad(k);
        long stap = Math.max(1, (k.dagenGeleden() - 1) / (pad.size() + 1));
        CasusStatus van = CasusStatus.AANGEMELD;
        Instant op = aangemeld;
        for (CasusStatus naar : pad) {
            op = op.plus(Duration.ofDays(stap));
            historie.add(new StatusWijziging(van, naar, door, op, reden(k, naar)));
            van = naar;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("urgentie", k.urgentie());
        data.put("aangebrachtDoor", k.aangebrachtDoor());
        data.put("domeinen", k.domeinen());
        return new OpgeslagenCasus(id(k.sleutel()), k.gemeente(), id(k.tafel()), VARIANT, k.titel(), k.hulpvraag(),
                pseudoniem(k.sleutel()), k.initialen(), k.thema(), k.status(), historie, k.organisaties(), data, SCHEMA,
                historie.size(), aangemeld, op, k.status() == CasusStatus.AFGESLOTEN ? op : null,
                k.status() != CasusStatus.AFGESLOTEN ? null
                        : k.besluit() != null ? nl.doorbraak.api.domein.Resultaat.DOORBRAAK
                                : nl.doorbraak.api.domein.Resultaat.OPGELOST_ZONDER_DOORBRAAK);
    }

    /** The transitions from aangemeld to the casus's status, each allowed by {@link CasusStatus#magNaar}. */
    static List<CasusStatus> pad(DemoCasus k) {
        List<CasusStatus> vol = List.of(CasusStatus.IN_VOORBEREIDING, CasusStatus.GEAGENDEERD, CasusStatus.BESLOTEN,
                CasusStatus.IN_UITVOERING, CasusStatus.AFGESLOTEN);
        if (k.status() == CasusStatus.AANGEMELD) {
            return List.of();
        }
        if (k.status() == CasusStatus.AFGESLOTEN && k.besluit() == null) {
            return List.of(CasusStatus.IN_VOORBEREIDING, CasusStatus.AFGESLOTEN);
        }
        return vol.subList(0, vol.indexOf(k.status()) + 1);
    }

    private static String reden(DemoCasus k, CasusStatus naar) {
        return switch (naar) {
            case IN_VOORBEREIDING -> "Casusregisseur brengt de situatie in kaart met de betrokken organisaties";
            case GEAGENDEERD -> "Op de agenda van de eerstvolgende tafel; deelnemers met mandaat uitgenodigd";
            case BESLOTEN -> k.besluit();
            case IN_UITVOERING -> "Acties uitgezet; per organisatie een trekker afgesproken";
            case AFGESLOTEN -> k.afsluiting();
            case AANGEMELD -> "Aanmelding";
        };
    }

    // ------------------------------------------------------------------------------------------------ tafels

    private static Deelnemer d(String naam, String organisatie, String mandaat, Integer bedrag) {
        return new Deelnemer(naam, organisatie, mandaat,
                bedrag == null ? null : new BigDecimal(bedrag).setScale(2));
    }

    /** A deelnemer who is also in the korte lijnen: {@code contact} is the key of a {@link DemoKorteLijnen} contact. */
    private static Deelnemer d(String naam, String organisatie, String mandaat, Integer bedrag, String contact) {
        Deelnemer d = d(naam, organisatie, mandaat, bedrag);
        return new Deelnemer(d.naam(), d.organisatie(), d.mandaat(), d.mandaatBedrag(), id(contact));
    }

    /** The deelnemers who are also in the korte lijnen name their contact's key (see {@link DemoKorteLijnen}). */
    static final List<DemoTafel> TAFELS = List.of(
            new DemoTafel("utrecht-overvecht", "utrecht", "Doorbraaktafel Overvecht", List.of(
                    d("Marieke de Vries", "Woningcorporatie", "Huurachterstand bevriezen, ontruiming opschorten, "
                            + "betalingsregeling tot 24 maanden", 2500, "utrecht/marieke-de-vries"),
                    d("Ahmed el Amrani", "Werk & Inkomen", "Bijzondere bijstand met spoed toekennen; terugvordering "
                            + "matigen of buiten invordering stellen", 5000, "utrecht/ahmed-el-amrani"),
                    d("Sandra Bakker", "UWV", "Herbeoordeling en beslissing op bezwaar met voorrang", null,
                            "utrecht/sandra-bakker"),
                    d("Peter Kok", "CJIB", "Invordering opschorten, betalingsregeling op maat en verhogingen "
                            + "kwijtschelden", 2000, "utrecht/peter-kok"),
                    d("Hanneke Smit", "Zorgverzekeraar", "Premieachterstand bevriezen; aanmelding wanbetalersregeling "
                            + "intrekken", 1500, "utrecht/hanneke-smit"),
                    d("Petra Jansen", "Schuldhulp", "Schuldhulptraject zonder wachttijd starten", null,
                            "utrecht/petra-jansen"),
                    d("Joost van Leeuwen", "Buurtteam Overvecht", "Regie op de casus; Voorkom Erger Potje",
                            250, "utrecht/joost-van-leeuwen"),
                    d("Lars Meijer", "DUO", "Aflossing op draagkracht, achterstand en rente kwijtschelden", 5000))),
            new DemoTafel("utrecht-ondernemers", "utrecht", "Ondernemers-doorbraaktafel", List.of(
                    d("Lotte Verhoeven", "Gemeente Utrecht, Economische Zaken", "Voorzitter; toekomstgesprekken en "
                            + "netwerk van bedrijven inzetten; Ondernemersfonds Voorkom Erger", 500),
                    d("Bas Mulder", "Werk & Inkomen (Bbz)", "Bbz-levensonderhoud en bedrijfskrediet toekennen", 10000),
                    d("Karin de Boer", "Belastingdienst", "Uitstel van betaling en betalingsregeling versnellen", null),
                    d("Fatima Ouali", "Schuldhulp", "Saneringskrediet voor ondernemers aanvragen", 7500),
                    d("Erik Visser", "Netwerk van bedrijven", "Kosteloos boekhoud- en juridisch advies regelen", null),
                    d("Dirk Hendriks", "Verhuurder bedrijfsruimte", "Huur bedrijfsruimte opschorten", 3000))),
            new DemoTafel("leeuwarden-oost", "leeuwarden", "Doorbraaktafel Leeuwarden-Oost", List.of(
                    d("Sietske Hoekstra", "Sociaal wijkteam Oost", "Regie op de casus; Voorkom Erger Potje", 250,
                            "leeuwarden/sietske-hoekstra"),
                    d("Jelle Dijkstra", "Werk & Inkomen", "Bijzondere bijstand zonder aanvullende bewijsstukken "
                            + "toekennen", 3000, "leeuwarden/jelle-dijkstra"),
                    d("Anke Postma", "Woningcorporatie", "Ontruiming opschorten; urgentie voordragen", 2000,
                            "leeuwarden/anke-postma"),
                    d("Wouter de Jong", "CJIB", "Boetes bundelen, invordering opschorten en verhogingen "
                            + "kwijtschelden", 1500, "leeuwarden/wouter-de-jong"),
                    d("Ilse Bosma", "DUO", "Aflossing tijdelijk op nul zetten (draagkracht); achterstand "
                            + "kwijtschelden", 5000, "leeuwarden/ilse-bosma"),
                    d("Gerrit Visser", "Schuldhulp", "Schuldhulptraject met voorrang", null),
                    d("Marrit Wiersma", "Transformaatje, afdeling Inkomen", "Signaal terugbrengen naar het stadhuis",
                            null))),
            new DemoTafel("leeuwarden-heechterp", "leeuwarden", "Doorbraaktafel Heechterp-Schieringen", List.of(
                    d("Tjitske van der Meer", "Sociaal wijkteam Heechterp-Schieringen", "Regie op de casus", 250,
                            "leeuwarden/tjitske-van-der-meer"),
                    d("Rients Zijlstra", "Werk & Inkomen", "Bijstand en bijzondere bijstand", 3000),
                    d("Hilde Kuipers", "UWV", "Wajong en WW met voorrang behandelen", null,
                            "leeuwarden/hilde-kuipers"),
                    d("Yvonne Terpstra", "Zorgverzekeraar", "Premieachterstand bevriezen", 1000))),
            new DemoTafel("eindhoven-woensel", "eindhoven", "Doorbraaktafel Woensel", List.of(
                    d("Ellen van den Heuvel", "WIJ-team Woensel", "Regie op de casus; Voorkom Erger Potje", 250,
                            "eindhoven/ellen-van-den-heuvel"),
                    d("Mehmet Yilmaz", "Werk & Inkomen", "Bijzondere bijstand en terugvorderingen matigen", 4000,
                            "eindhoven/mehmet-yilmaz"),
                    d("Carla Hermans", "Woningcorporatie", "Ontruiming opschorten; betalingsregeling", 2500,
                            "eindhoven/carla-hermans"),
                    d("Ruud Peters", "UWV", "Uitkeringsbeslissing met voorrang", null),
                    d("Nicole Willems", "Zorgverzekeraar", "Premieachterstand bevriezen", 1500,
                            "eindhoven/nicole-willems"),
                    d("Thijs van Dijk", "CJIB", "Invordering opschorten en verhogingen kwijtschelden", 1500,
                            "eindhoven/thijs-van-dijk"),
                    d("Anouk Verbeek", "Schuldhulp", "Schuldhulptraject zonder wachttijd", null))),
            new DemoTafel("eindhoven-stratum", "eindhoven", "Doorbraaktafel Stratum", List.of(
                    d("Koen Smulders", "WIJ-team Stratum", "Regie op de casus", 250, "eindhoven/koen-smulders"),
                    d("Lisa de Wit", "Werk & Inkomen", "Bijstand en Tozo-afwikkeling", 4000),
                    d("Frank Janssen", "DUO", "Aflossing op draagkracht herberekenen; schuld omzetten in een gift",
                            4000, "eindhoven/frank-janssen"),
                    d("Sanne Hendrikx", "Belastingdienst, Toeslagen", "Terugvordering toeslagen opschorten", null,
                            "eindhoven/sanne-hendrikx"))));

    // ------------------------------------------------------------------------------------------------ gebruikers

    static final List<DemoGebruiker> GEBRUIKERS = List.of(
            new DemoGebruiker("utrecht-regisseur", "Demo casusregisseur Utrecht", "utrecht", Rol.CASUSREGISSEUR,
                    List.of()),
            new DemoGebruiker("utrecht-tafellid", "Demo tafellid Utrecht (Overvecht)", "utrecht", Rol.TAFELLID,
                    List.of("utrecht-overvecht")),
            new DemoGebruiker("utrecht-beheerder", "Demo gemeentebeheerder Utrecht", "utrecht", Rol.GEMEENTEBEHEERDER,
                    List.of()),
            new DemoGebruiker("leeuwarden-regisseur", "Demo casusregisseur Leeuwarden", "leeuwarden",
                    Rol.CASUSREGISSEUR, List.of()),
            new DemoGebruiker("leeuwarden-transformaatje", "Demo transformaatje Leeuwarden", "leeuwarden",
                    Rol.TRANSFORMAATJE, List.of()),
            new DemoGebruiker("eindhoven-regisseur", "Demo casusregisseur Eindhoven", "eindhoven", Rol.CASUSREGISSEUR,
                    List.of()),
            new DemoGebruiker("rijk-szw", "Demo ministerie van SZW", null, Rol.RIJK, List.of()),
            new DemoGebruiker("platformbeheerder", "Demo platformbeheerder", null, Rol.PLATFORMBEHEERDER, List.of()));

    // ------------------------------------------------------------------------------------------------ casussen

    private static DemoCasus k(String sleutel, String tafel, String titel, String hulpvraag, String initialen,
            String thema, List<String> organisaties, String urgentie, String aangebrachtDoor, String domeinen,
            int dagenGeleden, CasusStatus status, String besluit, String afsluiting) {
        return new DemoCasus(sleutel, tafel, titel, hulpvraag, initialen, thema, organisaties, urgentie,
                aangebrachtDoor, domeinen, dagenGeleden, status, besluit, afsluiting);
    }

    static final List<DemoCasus> CASUSSEN = List.of(
            // ---------------------------------------------------------------- Utrecht
            k("utrecht/horeca-start-up", "utrecht-ondernemers", "Horecazaak geopend op 1 maart 2020, twee weken later dicht",
                    "Ondernemer investeerde al zijn vermogen in een nieuwe horecazaak en nam personeel aan; de zaak ging "
                            + "op 1 maart 2020 open en moest twee weken later sluiten door de lockdown. De "
                            + "overbruggingsvergoeding werd geweigerd omdat die uitging van de omzet van het vorige "
                            + "kwartaal, en die was er niet. Vaste lasten en loon lopen door.",
                    "R.A.", "ondernemers", List.of("Werk & Inkomen (Bbz)", "Belastingdienst", "Verhuurder bedrijfsruimte"),
                    "hoog", "Toekomstgesprek (Economische Zaken)", "inkomen, ondernemen, schulden", 300,
                    CasusStatus.AFGESLOTEN,
                    "Doorbraak: Bbz-bedrijfskrediet op basis van de begroting in plaats van de omzet van het vorige "
                            + "kwartaal. Legitimiteit: hardheidsclausule; rendement: faillissement en WW voor het "
                            + "personeel voorkomen; betrokkenheid: ondernemer stelt zelf het herstelplan op",
                    "Zaak draait weer; krediet wordt volgens afspraak afgelost"),
            k("utrecht/geen-adres-geen-uitkering", "utrecht-overvecht", "Geen adres, dus geen uitkering; geen inkomen, dus geen huis",
                    "Inwoner slaapt afwisselend bij vrienden. Zonder woonadres geen bijstand, zonder inkomen geen "
                            + "huurwoning: een patstelling. Verzoek om een briefadres en bijstand vooruitlopend op "
                            + "een woning.",
                    "M.K.", "wonen", List.of("Werk & Inkomen", "Woningcorporatie", "Buurtteam Overvecht"), "spoed",
                    "Buurtteam Overvecht", "wonen, inkomen", 120, CasusStatus.IN_UITVOERING,
                    "Doorbraak: briefadres via het buurtteam en bijstand per direct; woningcorporatie accepteert de "
                            + "bijstand als inkomen voor een huurcontract. Legitimiteit: maatwerk binnen de "
                            + "Participatiewet; rendement: dakloosheid voorkomen; betrokkenheid: inwoner zoekt zelf "
                            + "mee naar een woning",
                    null),
            k("utrecht/ontruiming-aangezegd", "utrecht-overvecht", "Ontruiming aangezegd voor volgende week",
                    "Huurachterstand van drie maanden na wegvallen van werk; de deurwaarder heeft de ontruiming "
                            + "aangezegd. Er wonen twee schoolgaande kinderen in huis. Het UWV-besluit over de WW "
                            + "laat nog op zich wachten.",
                    "S.B.", "wonen", List.of("Woningcorporatie", "UWV", "Schuldhulp", "Buurtteam Overvecht"), "spoed",
                    "Buurtteam Overvecht", "wonen, schulden, inkomen", 9, CasusStatus.GEAGENDEERD, null, null),
            k("utrecht/reuma-tochtig-huis", "utrecht-overvecht", "Man met ernstige reuma in een tochtig, koud huis",
                    "Meneer (65+) woont in een tochtig en koud huis; de renovatie wordt steeds uitgesteld en zijn "
                            + "gezondheid gaat hard achteruit. Huisarts en reumatoloog raden snel verhuizen aan. Hij "
                            + "staat ruim dertig jaar ingeschreven, maar urgenten gaan voor.",
                    "H.v.D.", "wonen en zorg", List.of("Woningcorporatie", "Buurtteam Overvecht"), "hoog",
                    "Huisarts via het buurtteam", "wonen, gezondheid", 200, CasusStatus.AFGESLOTEN,
                    "Doorbraak: vliegticket (ongeveer €250) uit het Voorkom Erger Potje, zodat meneer de winter bij "
                            + "familie in een warm land kan verblijven; zijn zoon reageert intussen namens hem op "
                            + "woningen. Legitimiteit: potje bedoeld voor precies dit; rendement: ziekenhuisopname "
                            + "voorkomen; betrokkenheid: meneer en zijn zoon regelen het zelf",
                    "Meneer is terug en verhuisd naar een gelijkvloerse woning"),
            k("utrecht/wmo-wlz-snijvlak", "utrecht-overvecht", "Tussen Wmo en Wlz: zorg stopt voordat de nieuwe begint",
                    "Mevrouw met beginnende dementie krijgt een Wlz-indicatie; de Wmo-begeleiding stopt daarom, maar "
                            + "er is nog geen plek of zorg vanuit de Wlz. Mantelzorger (dochter) is overbelast.",
                    "A.J.", "zorg", List.of("Zorgverzekeraar", "Buurtteam Overvecht"), "hoog", "Wijkverpleging",
                    "zorg, mantelzorg", 45, CasusStatus.BESLOTEN,
                    "Doorbraak: Wmo-begeleiding loopt door tot de Wlz-zorg feitelijk start; gemeente en zorgkantoor "
                            + "verrekenen achteraf. Legitimiteit: overgangsrecht; rendement: crisisopname voorkomen; "
                            + "betrokkenheid: dochter kiest mee de zorgaanbieder",
                    null),
            k("utrecht/premieachterstand", "utrecht-overvecht", "Premieachterstand zorgverzekering loopt op via wanbetalersregeling",
                    "Inwoner is aangemeld bij de wanbetalersregeling; de bestuursrechtelijke premie is hoger dan de "
                            + "gewone premie, waardoor de achterstand alleen maar groeit. Hij durft niet meer naar de "
                            + "huisarts.",
                    "T.d.G.", "schulden", List.of("Zorgverzekeraar", "Schuldhulp"), "normaal", "Buurtteam Overvecht",
                    "schulden, gezondheid", 30, CasusStatus.IN_VOORBEREIDING, null, null),
            k("utrecht/tozo-terugvordering", "utrecht-ondernemers", "Tozo-terugvordering na de inkomenstoets",
                    "Zzp'er (fotograaf) moet ruim €6.000 Tozo terugbetalen na de definitieve inkomenstoets over 2020, "
                            + "terwijl de opdrachten nog niet terug zijn. De invordering zou de onderneming doen "
                            + "omvallen.",
                    "L.M.", "ondernemers", List.of("Werk & Inkomen (Bbz)", "Schuldhulp"), "hoog",
                    "Toekomstgesprek (Economische Zaken)", "inkomen, schulden, ondernemen", 60, CasusStatus.BESLOTEN,
                    "Doorbraak: terugvordering omgezet in een renteloze regeling op draagkracht, met 24 maanden "
                            + "uitstel. Legitimiteit: beleidsregel invordering, hardheidsclausule; rendement: "
                            + "bijstand voor het gezin voorkomen; betrokkenheid: ondernemer maakt een eigen plan",
                    null),
            k("utrecht/kapper-belastingschuld", "utrecht-ondernemers", "Kapper met belastingschuld na afloop van het uitstel",
                    "Het bijzonder uitstel van betaling is afgelopen; de kapsalon kan de opgebouwde "
                            + "belastingschuld niet in vijf jaar aflossen. Ondernemer wil door en heeft een vaste "
                            + "klantenkring.",
                    "N.Ö.", "ondernemers", List.of("Belastingdienst", "Netwerk van bedrijven"), "normaal",
                    "Netwerk van bedrijven", "ondernemen, schulden", 14, CasusStatus.IN_VOORBEREIDING, null, null),
            k("utrecht/jongere-18-plus", "utrecht-overvecht", "Jongere wordt 18: jeugdhulp stopt, geen woonplek",
                    "Jongere woont in een gezinshuis en wordt over zes weken 18. De jeugdhulp stopt dan, er is geen "
                            + "woonplek en geen inkomen geregeld. School (mbo) loopt goed.",
                    "D.P.", "jeugd", List.of("Werk & Inkomen", "Woningcorporatie", "Buurtteam Overvecht"), "hoog",
                    "Jeugdbeschermer", "wonen, jeugd, inkomen", 5, CasusStatus.AANGEMELD, null, null),
            k("utrecht/kostendelersnorm", "utrecht-overvecht", "Kostendelersnorm: zoon mag niet thuis wonen",
                    "Moeder in de bijstand wordt gekort omdat haar volwassen zoon weer thuis woont na een opname. "
                            + "Zoon overweegt te vertrekken om de korting te voorkomen, zonder andere woonplek.",
                    "F.E.", "inkomen", List.of("Werk & Inkomen", "Buurtteam Overvecht"), "normaal",
                    "Buurtteam Overvecht", "inkomen, wonen", 3, CasusStatus.AANGEMELD, null, null),
            k("utrecht/energieschuld", "utrecht-overvecht", "Afsluiting energie dreigt midden in de winter",
                    "Energieleverancier kondigt afsluiting aan wegens een achterstand van €1.100. In huis een baby. "
                            + "Inwoner heeft net werk gevonden, het eerste loon komt over vier weken.",
                    "C.R.", "schulden", List.of("Schuldhulp", "Werk & Inkomen"), "spoed", "Buurtteam Overvecht",
                    "schulden, energie", 21, CasusStatus.GEAGENDEERD, null, null),
            k("utrecht/dubbele-huur", "utrecht-overvecht", "Dubbele huur bij verhuizing met medische urgentie",
                    "Gezin verhuist met medische urgentie naar een gelijkvloerse woning; de opzegtermijn van de oude "
                            + "woning geeft een maand dubbele huur die niemand vergoedt.",
                    "B.S.", "wonen", List.of("Woningcorporatie", "Werk & Inkomen"), "laag", "Buurtteam Overvecht",
                    "wonen", 90, CasusStatus.AFGESLOTEN, null,
                    "Opgelost in onderling overleg: corporatie laat de oude huur eerder eindigen; niet op tafel nodig"),

            // ---------------------------------------------------------------- Leeuwarden
            k("leeuwarden/cjib-en-duo", "leeuwarden-oost", "CJIB-boetes en DUO-schuld stapelen zich op",
                    "Alleenstaande moeder met verkeersboetes (verhoogd door te laat betalen) en een DUO-schuld. "
                            + "CJIB en DUO innen allebei; wat overblijft ligt onder de beslagvrije voet.",
                    "J.W.", "schulden", List.of("CJIB", "DUO", "Schuldhulp"), "hoog", "Sociaal wijkteam Oost",
                    "schulden, inkomen", 70, CasusStatus.IN_UITVOERING,
                    "Doorbraak: CJIB zet de invordering stil en DUO zet de aflossing op nul op basis van draagkracht, "
                            + "zodat schuldhulp kan starten. Legitimiteit: draagkrachtregeling en coulance; "
                            + "rendement: beslag en extra kosten voorkomen; betrokkenheid: moeder houdt zelf het "
                            + "overzicht bij met het wijkteam",
                    null),
            k("leeuwarden/spoedaanvraag-bijzondere-bijstand", "leeuwarden-oost", "Spoedaanvraag bijzondere bijstand beantwoord met tien vragen",
                    "Het wijkteam deed een spoedaanvraag voor een koelkast en beddengoed na een brand. Het antwoord "
                            + "was een mail met tien aanvullende vragen en bewijsstukken. Het gezin heeft nu geen "
                            + "koeling voor de medicijnen van een kind.",
                    "P.H.", "inkomen", List.of("Werk & Inkomen", "Sociaal wijkteam Oost", "Transformaatje, afdeling Inkomen"),
                    "spoed", "Sociaal wijkteam Oost", "inkomen, gezondheid", 25, CasusStatus.AFGESLOTEN,
                    "Doorbraak: bijstand toegekend op het oordeel van de wijkprofessional, bewijsstukken achteraf. "
                            + "Legitimiteit: vertrouwen op de professional binnen de beleidsregel; rendement: "
                            + "gezondheidsschade voorkomen; betrokkenheid: gezin kiest zelf de spullen",
                    "Spullen geleverd; transformaatje heeft het signaal teruggebracht naar de afdeling Inkomen"),
            k("leeuwarden/adhd-medicatie", "leeuwarden-oost", "ADHD-medicatie ineens tientallen euro's per maand duurder",
                    "Gezin met twee kinderen met ADHD betaalt sinds de overstap naar een ander middel een eigen "
                            + "bijdrage van tientallen euro's per maand. Meer gezinnen in de wijk melden hetzelfde.",
                    "E.K.", "zorg", List.of("Zorgverzekeraar", "Transformaatje, afdeling Inkomen"), "normaal",
                    "Sociaal wijkteam Oost", "zorg, inkomen", 40, CasusStatus.GEAGENDEERD, null, null),
            k("leeuwarden/wajong-herstel", "leeuwarden-heechterp", "Wajong herstellen: al vijf maanden geen contact met UWV",
                    "Jonge vrouw werkte in de sociale werkvoorziening; dat gaat niet meer. Ouders proberen al vijf "
                            + "maanden haar Wajong te herstellen, maar krijgen telkens iemand anders aan de lijn.",
                    "R.D.", "inkomen", List.of("UWV", "Sociaal wijkteam Heechterp-Schieringen"), "hoog",
                    "Ouders via het wijkteam", "inkomen, werk", 35, CasusStatus.BESLOTEN,
                    "Doorbraak: vaste contactpersoon bij UWV en herleving Wajong met terugwerkende kracht; gemeente "
                            + "schiet voor. Legitimiteit: herlevingsregeling; rendement: schulden voorkomen; "
                            + "betrokkenheid: zij kiest zelf nieuw passend werk",
                    null),
            k("leeuwarden/statushouder-duo", "leeuwarden-oost", "Statushouder: inburgeringslening en studieschuld",
                    "Statushouder heeft een inburgeringslening en een studieschuld bij DUO; de aflossing start terwijl "
                            + "het inkomen uit een parttime baan net boven de bijstand ligt.",
                    "A.H.", "schulden", List.of("DUO", "Werk & Inkomen"), "normaal", "Vluchtelingenwerk",
                    "schulden, inkomen", 12, CasusStatus.IN_VOORBEREIDING, null, null),
            k("leeuwarden/ex-gedetineerde", "leeuwarden-heechterp", "Na detentie: geen ID, geen adres, geen bankrekening",
                    "Man komt over twee weken vrij. Zonder identiteitsbewijs geen bankrekening, zonder bankrekening "
                            + "geen uitkering, zonder adres geen identiteitsbewijs.",
                    "K.V.", "re-integratie", List.of("Werk & Inkomen", "Sociaal wijkteam Heechterp-Schieringen"),
                    "hoog", "Reclassering", "wonen, inkomen", 8, CasusStatus.GEAGENDEERD, null, null),
            k("leeuwarden/beslagvrije-voet", "leeuwarden-oost", "Meerdere beslagen: beslagvrije voet niet gerespecteerd",
                    "Drie schuldeisers leggen beslag op het loon; samen blijft er minder over dan de beslagvrije voet. "
                            + "Huur en energie kunnen niet meer betaald worden.",
                    "G.B.", "schulden", List.of("CJIB", "Schuldhulp", "Werk & Inkomen"), "hoog",
                    "Sociaal wijkteam Oost", "schulden", 55, CasusStatus.AFGESLOTEN,
                    "Doorbraak: CJIB coördineert als eerste beslaglegger en herberekent de beslagvrije voet; "
                            + "schuldhulp start een traject. Legitimiteit: Wet vereenvoudiging beslagvrije voet; "
                            + "rendement: huisuitzetting voorkomen; betrokkenheid: inwoner tekent zelf voor het traject",
                    "Beslagvrije voet hersteld, schuldhulptraject loopt"),
            k("leeuwarden/mantelzorger-sollicitatieplicht", "leeuwarden-heechterp", "Mantelzorger met sollicitatieplicht",
                    "Vrouw in de bijstand zorgt dagelijks voor haar zieke moeder; de sollicitatieplicht botst met "
                            + "de zorg. Een tijdelijke ontheffing is eerder geweigerd.",
                    "W.S.", "inkomen", List.of("Werk & Inkomen", "Sociaal wijkteam Heechterp-Schieringen"), "normaal",
                    "Sociaal wijkteam Heechterp-Schieringen", "inkomen, mantelzorg", 4, CasusStatus.AANGEMELD, null,
                    null),
            k("leeuwarden/huurachterstand-ontruiming", "leeuwarden-oost", "Ontruiming dreigt na huurachterstand",
                    "Gezin met vier kinderen heeft vijf maanden huurachterstand na een scheiding; de corporatie heeft "
                            + "de zaak aan de deurwaarder overgedragen.",
                    "Y.T.", "wonen", List.of("Woningcorporatie", "Schuldhulp", "Sociaal wijkteam Oost"), "spoed",
                    "Sociaal wijkteam Oost", "wonen, schulden", 28, CasusStatus.IN_UITVOERING,
                    "Doorbraak: corporatie schort de ontruiming op; €250 uit het Voorkom Erger Potje voor de "
                            + "deurwaarderskosten; betalingsregeling via schuldhulp. Legitimiteit: afspraak met de "
                            + "corporatie; rendement: opvang voor vijf kinderen voorkomen; betrokkenheid: ouder "
                            + "betaalt zelf de lopende huur",
                    null),
            k("leeuwarden/zzp-ziekte", "leeuwarden-heechterp", "Zzp'er langdurig ziek zonder arbeidsongeschiktheidsverzekering",
                    "Schilder (zzp) is na een ongeval al maanden ziek, heeft geen AOV en komt niet in aanmerking voor "
                            + "de Ziektewet. Partner werkt, waardoor bijstand niet aan de orde is.",
                    "O.M.", "ondernemers", List.of("Werk & Inkomen", "UWV"), "normaal",
                    "Sociaal wijkteam Heechterp-Schieringen", "inkomen, ondernemen, gezondheid", 16,
                    CasusStatus.IN_VOORBEREIDING, null, null),
            k("leeuwarden/kwijtschelding", "leeuwarden-oost", "Kwijtschelding gemeentelijke belastingen geweigerd",
                    "Kwijtschelding werd geweigerd vanwege een spaarrekening die bestemd is voor de uitvaart van de "
                            + "partner. Gemeentelijke belastingen gaan nu naar de deurwaarder.",
                    "L.P.", "inkomen", List.of("Werk & Inkomen", "Transformaatje, afdeling Inkomen"), "laag",
                    "Sociaal wijkteam Oost", "inkomen", 100, CasusStatus.AFGESLOTEN, null,
                    "Opgelost in onderling overleg: uitvaartspaargeld buiten beschouwing gelaten; signaal naar de "
                            + "afdeling belastingen"),

            k("leeuwarden/beschermd-wonen-bijdrage", "leeuwarden-heechterp", "Eigen bijdrage beschermd wonen stapelt op een schuld",
                    "Jongeman in beschermd wonen betaalt een eigen bijdrage aan het CAK en lost tegelijk een oude "
                            + "zorgschuld af; er blijft minder dan leefgeld over en hij dreigt het traject te verlaten.",
                    "B.F.", "zorg", List.of("Zorgverzekeraar", "Werk & Inkomen", "Sociaal wijkteam Heechterp-Schieringen"),
                    "normaal", "Begeleider beschermd wonen", "zorg, schulden", 48, CasusStatus.BESLOTEN,
                    "Doorbraak: zorgverzekeraar bevriest de oude schuld zolang het traject loopt; gemeente verlaagt "
                            + "de eigen bijdrage tot het leefgeld gegarandeerd is. Legitimiteit: maatwerk Wmo; "
                            + "rendement: terugval en dakloosheid voorkomen; betrokkenheid: hij beheert zelf zijn "
                            + "leefgeld",
                    null),

            // ---------------------------------------------------------------- Eindhoven
            k("eindhoven/toeslagen-belastingdienst", "eindhoven-woensel", "Gezin loopt vast bij de Belastingdienst (toeslagen)",
                    "Gezin met meervoudige problemen moet kinderopvangtoeslag terugbetalen; de terugvordering zet "
                            + "alles onder druk. Gemeente kan dit niet alleen oplossen: kandidaat voor de rode knop.",
                    "S.A.", "schulden", List.of("Belastingdienst, Toeslagen", "Werk & Inkomen", "WIJ-team Woensel"),
                    "hoog", "WIJ-team Woensel", "schulden, inkomen, jeugd", 80, CasusStatus.IN_UITVOERING,
                    "Doorbraak: gemeente vraagt via de escalatieroute het Rijk om de terugvordering op te schorten; "
                            + "tot die tijd bijzondere bijstand voor de vaste lasten. Legitimiteit: "
                            + "hardheidsclausule Awir; rendement: uithuisplaatsing voorkomen; betrokkenheid: ouders "
                            + "zitten aan tafel",
                    null),
            k("eindhoven/premieachterstand-zvw", "eindhoven-woensel", "Premieachterstand zorgverzekeraar en CAK-inhouding",
                    "Inhouding van de bestuursrechtelijke premie via het CAK op de uitkering, terwijl er al een "
                            + "betalingsregeling met de zorgverzekeraar loopt.",
                    "I.B.", "schulden", List.of("Zorgverzekeraar", "Schuldhulp"), "normaal", "WIJ-team Woensel",
                    "schulden, gezondheid", 50, CasusStatus.BESLOTEN,
                    "Doorbraak: zorgverzekeraar meldt de inwoner af bij de wanbetalersregeling nu de regeling loopt. "
                            + "Legitimiteit: afmelding bij schuldregeling; rendement: hogere schuld voorkomen; "
                            + "betrokkenheid: inwoner betaalt de lopende premie zelf",
                    null),
            k("eindhoven/tozo-zzp", "eindhoven-stratum", "Tozo terugbetalen zonder inkomen",
                    "Zzp'er (evenementenbouw) moet Tozo-voorschotten terugbetalen, terwijl de evenementensector nog "
                            + "niet hersteld is. Overweegt te stoppen met de onderneming.",
                    "M.v.B.", "ondernemers", List.of("Werk & Inkomen"), "normaal", "Ondernemersloket",
                    "inkomen, ondernemen", 18, CasusStatus.IN_VOORBEREIDING, null, null),
            k("eindhoven/ontruiming-woensel", "eindhoven-woensel", "Ontruiming aangezegd, UWV-besluit laat op zich wachten",
                    "Huurder verloor zijn baan; de WW-aanvraag staat stil door een ontbrekend formulier van de "
                            + "ex-werkgever. De corporatie heeft de ontruiming aangezegd.",
                    "E.V.", "wonen", List.of("Woningcorporatie", "UWV", "WIJ-team Woensel"), "spoed",
                    "WIJ-team Woensel", "wonen, inkomen", 6, CasusStatus.GEAGENDEERD, null, null),
            k("eindhoven/duo-terugvordering", "eindhoven-stratum", "DUO vordert studiefinanciering terug na uitschrijving",
                    "Student stopte met de opleiding door psychische klachten en moet de prestatiebeurs terugbetalen. "
                            + "De aflossing drukt het budget onder het bestaansminimum.",
                    "T.K.", "schulden", List.of("DUO", "WIJ-team Stratum"), "normaal", "WIJ-team Stratum",
                    "schulden, onderwijs, gezondheid", 65, CasusStatus.AFGESLOTEN,
                    "Doorbraak: DUO zet de prestatiebeurs om in een gift wegens bijzondere omstandigheden. "
                            + "Legitimiteit: hardheidsclausule WSF; rendement: schuldhulp voorkomen; betrokkenheid: "
                            + "student start een nieuwe opleiding",
                    "Schuld kwijtgescholden; student ingeschreven voor een nieuwe opleiding"),
            k("eindhoven/cjib-rijbewijs", "eindhoven-woensel", "CJIB: rijbewijs ingevorderd, werk als bezorger weg",
                    "Na onbetaalde boetes is het rijbewijs ingevorderd; daarmee verloor de inwoner zijn werk als "
                            + "bezorger en kan hij de boetes nog minder betalen.",
                    "D.H.", "schulden", List.of("CJIB", "Werk & Inkomen"), "hoog", "WIJ-team Woensel",
                    "schulden, werk", 11, CasusStatus.IN_VOORBEREIDING, null, null),
            k("eindhoven/wmo-wlz", "eindhoven-stratum", "Wmo of Wlz: niemand betaalt de woningaanpassing",
                    "Man met een progressieve spierziekte heeft een traplift nodig; de Wmo verwijst naar de Wlz, het "
                            + "zorgkantoor naar de Wmo.",
                    "J.S.", "zorg", List.of("Zorgverzekeraar", "WIJ-team Stratum"), "hoog", "Ergotherapeut",
                    "zorg, wonen", 2, CasusStatus.AANGEMELD, null, null),
            k("eindhoven/bijzondere-bijstand-bril", "eindhoven-woensel", "Spoedaanvraag bijzondere bijstand voor een bril",
                    "Scholier kan het bord niet lezen; ouders hebben geen geld voor een bril. De aanvraag bijzondere "
                            + "bijstand ligt al zes weken.",
                    "Z.O.", "inkomen", List.of("Werk & Inkomen", "WIJ-team Woensel"), "normaal", "School (intern "
                            + "begeleider)", "inkomen, jeugd", 40, CasusStatus.AFGESLOTEN, null,
                    "Opgelost in onderling overleg: bril uit het Voorkom Erger Potje van het WIJ-team; niet op tafel nodig"),
            k("eindhoven/marktkoopman", "eindhoven-stratum", "Marktkoopman verliest standplaats en inkomen",
                    "Na een herindeling van de markt verloor een marktkoopman zijn vaste standplaats; het inkomen "
                            + "is weggevallen en de Bbz-aanvraag loopt vast op zijn oude jaarcijfers.",
                    "A.v.E.", "ondernemers", List.of("Werk & Inkomen", "Belastingdienst"), "normaal",
                    "Ondernemersloket", "ondernemen, inkomen", 33, CasusStatus.BESLOTEN,
                    "Doorbraak: Bbz-levensonderhoud voor drie maanden op basis van de actuele situatie; gemeente "
                            + "zoekt een tijdelijke standplaats. Legitimiteit: Bbz-maatwerk; rendement: bijstand "
                            + "voorkomen; betrokkenheid: ondernemer maakt een nieuw ondernemingsplan",
                    null),
            k("eindhoven/flexwerk-toeslagen", "eindhoven-woensel", "Wisselend flexinkomen, steeds nieuwe terugvorderingen",
                    "Alleenstaande vader met wisselende uren via een uitzendbureau krijgt telkens terugvorderingen "
                            + "van toeslagen en bijstand over voorgaande maanden.",
                    "R.G.", "inkomen", List.of("Werk & Inkomen", "Belastingdienst, Toeslagen"), "laag",
                    "WIJ-team Woensel", "inkomen, werk", 7, CasusStatus.AANGEMELD, null, null),
            k("eindhoven/jongere-schulden", "eindhoven-stratum", "Jongere met zorgschuld en telefoonabonnementen",
                    "Jongere (19) heeft schulden bij de zorgverzekeraar en drie telefoonaanbieders; een baan op "
                            + "proef dreigt te stoppen door beslag.",
                    "N.A.", "schulden", List.of("Zorgverzekeraar", "Schuldhulp", "WIJ-team Stratum"), "hoog",
                    "WIJ-team Stratum", "schulden, werk", 75, CasusStatus.IN_UITVOERING,
                    "Doorbraak: gemeente neemt de schulden over via een saneringskrediet; schuldeisers stemmen in met "
                            + "finale kwijting. Legitimiteit: schuldhulpbeleid jongeren; rendement: werk behouden; "
                            + "betrokkenheid: jongere volgt een budgetcursus",
                    null),
            k("eindhoven/vader-na-scheiding", "eindhoven-woensel", "Vader na scheiding zonder woning, kinderen om het weekend",
                    "Na de scheiding slaapt vader in zijn auto; zonder woning geen omgang met de kinderen in het "
                            + "weekend. Hij werkt fulltime, maar verdient te veel voor urgentie en te weinig voor de "
                            + "vrije sector.",
                    "W.L.", "wonen", List.of("Woningcorporatie", "WIJ-team Woensel"), "hoog", "WIJ-team Woensel",
                    "wonen, jeugd", 10, CasusStatus.GEAGENDEERD, null, null));
}
