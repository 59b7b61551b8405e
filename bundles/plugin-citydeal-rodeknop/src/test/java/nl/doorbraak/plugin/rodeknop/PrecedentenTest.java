package nl.doorbraak.plugin.rodeknop;

import static nl.doorbraak.plugin.rodeknop.RodeKnopServiceTest.fake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Besparing;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.domein.GekoppeldeCasus;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.OrganisatieBesparing;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.domein.Toezegging;
import nl.doorbraak.api.domein.Waardendriehoek;
import nl.doorbraak.api.http.Antwoord;
import nl.doorbraak.api.http.Verzoek;
import nl.doorbraak.api.service.BesluitService;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.EscalatieService;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.PerspectiefplanService;
import nl.doorbraak.api.service.SignaalService;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.service.VerwerkingenLog;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;

/** The 20 % register: anonymisation, one precedent per besluit or zaak, search, opt-out and reuse. */
class PrecedentenTest {

    static final Gebruiker UTRECHT = new Gebruiker("utrecht-regisseur-gebruiker", "Regisseur", "utrecht",
            Set.of(Rol.CASUSREGISSEUR), Set.of());
    static final Gebruiker EINDHOVEN = new Gebruiker("eindhoven-regisseur-gebruiker", "Regisseur", "eindhoven",
            Set.of(Rol.CASUSREGISSEUR), Set.of());
    static final Gebruiker BEHEERDER = new Gebruiker("utrecht-beheerder-gebruiker", "Beheerder", "utrecht",
            Set.of(Rol.GEMEENTEBEHEERDER), Set.of());
    static final Gebruiker SZW = new Gebruiker("rijk-szw", "SZW", null, Set.of(Rol.RIJK), Set.of());

    final TestKlok klok = new TestKlok(Instant.parse("2026-12-07T09:00:00Z"));

    final GeheugenOpslag opslag = new GeheugenOpslag();
    final Map<String, Casus> casussen = new HashMap<>();
    final Map<String, Besluit> besluiten = new LinkedHashMap<>();
    final Map<String, List<Signaal>> signalen = new HashMap<>();
    final Map<String, Besparing> plannen = new HashMap<>();
    final List<Gemeente> gemeenten = new ArrayList<>(List.of(
            gemeente("utrecht", "Gemeente Utrecht", true),
            gemeente("eindhoven", "Gemeente Eindhoven", true),
            gemeente("zwolle", "Gemeente Zwolle", false)));
    final List<String> casuslezers = new ArrayList<>();
    Precedenten precedenten;
    PrecedentenRoutes routes;

    static Gemeente gemeente(String id, String naam, boolean rodeknop) {
        return new Gemeente(id, naam, rodeknop ? List.of("standaard", "rodeknop") : List.of("standaard"), List.of(),
                24, id);
    }

    @BeforeEach
    void maak() {
        precedenten = new Precedenten(opslag, casusService(), besluitService(), signaalService(), planService(),
                gemeenteService(), null, klok, s -> { }, null);
        routes = new PrecedentenRoutes(precedenten);
    }

    CasusService casusService() {
        return fake(CasusService.class, (m, a) -> switch (m) {
            case "zoek" -> {
                Namens n = (Namens) a[0];
                casuslezers.add(n.gebruiker().gebruikersnaam());
                Casus c = casussen.get((String) a[2]);
                // the core: the platform sees all, a user only casussen of his gemeente
                yield c != null && c.gemeente().equals(a[1]) && (n.gebruiker().isSysteem()
                        || n.gebruiker().hoortBij((String) a[1])) ? Optional.of(c) : Optional.empty();
            }
            case "lijst" -> {
                CasusFilter f = (CasusFilter) a[2];
                List<Casus> l = casussen.values().stream().filter(c -> c.gemeente().equals(a[1]))
                        .filter(c -> f.status() == null || f.status() == c.status()).toList();
                yield new Pagina<>(l.size(), (Integer) a[3], (Integer) a[4], l);
            }
            default -> throw new UnsupportedOperationException(m);
        });
    }

    BesluitService besluitService() {
        return fake(BesluitService.class, (m, a) -> switch (m) {
            case "zoek" -> Optional.ofNullable(besluiten.get((String) a[2])).filter(b -> b.gemeente().equals(a[1]));
            case "lijst" -> besluiten.values().stream().filter(b -> b.casusId().equals(a[2])).toList();
            default -> throw new UnsupportedOperationException(m);
        });
    }

    SignaalService signaalService() {
        return fake(SignaalService.class, (m, a) -> switch (m) {
            case "vanCasus" -> signalen.getOrDefault((String) a[2], List.of());
            default -> throw new UnsupportedOperationException(m);
        });
    }

    PerspectiefplanService planService() {
        return fake(PerspectiefplanService.class, (m, a) -> switch (m) {
            case "besparing" -> Optional.ofNullable(plannen.get((String) a[2]));
            default -> throw new UnsupportedOperationException(m);
        });
    }

    GemeenteService gemeenteService() {
        return fake(GemeenteService.class, (m, a) -> switch (m) {
            case "alle" -> List.copyOf(gemeenten);
            case "zoek" -> gemeenten.stream().filter(g -> g.id().equals(a[0])).findFirst();
            default -> throw new UnsupportedOperationException(m);
        });
    }

    // --- test data: every text is distinctive, so a leak can be found ---------------------------------------

    Casus casus(String id, String gemeente, String thema, CasusStatus status) {
        Casus c = new Casus(id, gemeente, "tafel-overvecht-" + id, "standaard", "Titel-geheim-" + id,
                "Hulpvraag-geheim: mevrouw Jansen, Kanaalweg 12, " + id, new Inwoner("INW-PSEUDO-" + id, "Q.X.Z."),
                thema, status, null, List.of(), List.of("Woningcorporatie-Mitros"),
                Map.of("schemaVersie", 1, "urgentie", "Variantveld-geheim-" + id), 3, klok.instant(), klok.instant());
        casussen.put(id, c);
        return c;
    }

    Besluit besluit(String id, String casusId, BesluitSoort soort, String corrigeert) {
        Casus c = casussen.get(casusId);
        Besluit b = new Besluit(id, c.gemeente(), casusId, "bijeenkomst-geheim-" + id, soort,
                "Besluitomschrijving-geheim: ontruiming van mevrouw Jansen opgeschort " + id,
                new Waardendriehoek("Legitimiteit-geheim art. 4:84 Awb " + id, "Rendement-geheim " + id,
                        new BigDecimal("45000"), "Betrokkenheid-geheim: mevrouw tekent " + id),
                List.of(new Deelnemer("Marieke-de-Vries-geheim", "Woningcorporatie-Mitros", "Mandaat-geheim",
                        new BigDecimal("2500"), "contact-geheim-1")),
                List.of(new Toezegging("Woningcorporatie-Mitros", new BigDecimal("1650"),
                        "Toezegging-geheim: regeling 24 maanden " + id)),
                List.of(new PotjeMutatie("potje-geheim-1", 7, PotjeMutatie.UITGAVE, new BigDecimal("250.00"),
                        new BigDecimal("250.00"), id, "Uitgave-geheim: huurachterstand " + id, klok.instant(),
                        "uitgever-geheim")),
                corrigeert, null, klok.instant(), "besluiter-geheim");
        if (corrigeert != null) {
            Besluit oud = besluiten.get(corrigeert);
            besluiten.put(corrigeert, new Besluit(oud.id(), oud.gemeente(), oud.casusId(), oud.bijeenkomstId(),
                    oud.soort(), oud.omschrijving(), oud.waardendriehoek(), oud.deelnemers(), oud.toezeggingen(),
                    oud.uitgaven(), oud.corrigeert(), id, oud.genomen(), oud.door()));
        }
        besluiten.put(id, b);
        return b;
    }

    void signaal(String casusId, String regel) {
        Casus c = casussen.get(casusId);
        signalen.computeIfAbsent(casusId, k -> new ArrayList<>()).add(new Signaal("signaal-geheim-" + regel.length(),
                c.gemeente(), regel, "Organisatie-SVB", "Signaalomschrijving-geheim: bij mevrouw Jansen bleek",
                SignaalStatus.NIEUW, "Antwoord-geheim", List.of(), List.of(new GekoppeldeCasus(casusId,
                        "Koppeltitel-geheim", c.tafelId(), "koppelaar-geheim", klok.instant())), 1, klok.instant(), klok.instant()));
    }

    /** Every text in the sources: none may be in a precedent, except what the register is meant to show. */
    static List<String> teksten(Object o) {
        List<String> l = new ArrayList<>();
        verzamel(o, l);
        return l;
    }

    private static void verzamel(Object o, List<String> l) {
        if (o instanceof String s) {
            l.add(s);
        } else if (o instanceof Map<?, ?> m) {
            m.values().forEach(v -> verzamel(v, l));
        } else if (o instanceof Collection<?> c) {
            c.forEach(v -> verzamel(v, l));
        } else if (o instanceof Record r) {
            for (var rc : r.getClass().getRecordComponents()) {
                try {
                    verzamel(rc.getAccessor().invoke(r), l);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** The stored document and every view of the precedent (gemeente and Rijk). */
    String alles(String gemeente, Precedent p) {
        return opslag.lees(gemeente, Precedent.COLLECTIE, p.id()).orElseThrow().inhoud().toString()
                + p.voorZoeker("Gemeente Utrecht") + p.naarOpslag();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> results(Antwoord a) {
        return (List<Map<String, Object>>) ((Map<String, Object>) a.body()).get("results");
    }

    static Verzoek verzoek(Gebruiker u, String gemeente, Map<String, String> query, Map<String, String> pad,
            Map<String, Object> body) {
        return new Verzoek() {
            @Override
            public String methode() {
                return "GET";
            }

            @Override
            public Gebruiker gebruiker() {
                return u;
            }

            @Override
            public String gemeente() {
                return gemeente;
            }

            @Override
            public Map<String, String> padParameters() {
                return pad;
            }

            @Override
            public Map<String, List<String>> queryParameters() {
                Map<String, List<String>> q = new HashMap<>();
                query.forEach((k, v) -> q.put(k, List.of(v)));
                return q;
            }

            @Override
            public Optional<Map<String, Object>> body() {
                return Optional.ofNullable(body);
            }
        };
    }

    List<Map<String, Object>> zoek(Gebruiker u, Map<String, String> query) {
        Verzoek v = verzoek(u, u.gemeente(), query, Map.of(), null);
        return results(u.gemeente() == null ? routes.zoekRijk(v) : routes.zoekGemeente(v));
    }

    // --- anonymisation -------------------------------------------------------------------------------------

    @Test
    void eenDoorbraakbesluitWordtEenPrecedentZonderIetsVanDeCasus() {
        Casus c = casus("casus-0001-geheim", "utrecht", "wonen", CasusStatus.BESLOTEN);
        signaal(c.id(), "Kostendelersnorm in de bijstand");
        plannen.put(c.id(), new Besparing(new BigDecimal("20000"), new BigDecimal("8000"), new BigDecimal("12000"),
                List.of(new OrganisatieBesparing("Organisatie-plan-geheim", BigDecimal.ONE, BigDecimal.ONE,
                        BigDecimal.ONE))));
        Besluit b = besluit("besluit-0001-geheim", c.id(), BesluitSoort.DOORBRAAK, null);

        Precedent p = precedenten.besluitGenomen("utrecht", b.id(), true).orElseThrow();

        Map<String, Object> view = p.voorZoeker("Gemeente Utrecht");
        assertThat(view).containsEntry("gemeente", "utrecht").containsEntry("gemeenteNaam", "Gemeente Utrecht")
                .containsEntry("maand", "2026-12").containsEntry("soort", "doorbraakbesluit")
                .containsEntry("thema", "wonen").containsEntry("regelBron", "signaal")
                .containsEntry("besparingBron", "perspectiefplan").containsEntry("gebruikt", 0L);
        assertThat((BigDecimal) view.get("kosten")).isEqualByComparingTo("1900");
        assertThat((BigDecimal) view.get("besparing")).isEqualByComparingTo("12000");
        assertThat(view.get("regels").toString()).contains("Kostendelersnorm in de bijstand");
        assertThat((String) view.get("samenvatting")).contains("Gemeente Utrecht", "december 2026",
                "Kostendelersnorm in de bijstand", "wonen", "€ 1.900,00", "€ 12.000,00 per jaar");

        // nothing else of the casus, the besluit, the signaal or the plan: ids, pseudoniem, initialen, titel,
        // hulpvraag, omschrijvingen, waardendriehoek, names, variant fields
        List<String> toegestaan = List.of("utrecht", "wonen", "Kostendelersnorm in de bijstand");
        List<String> bronnen = new ArrayList<>();
        bronnen.addAll(teksten(c));
        bronnen.addAll(teksten(besluiten.get(b.id())));
        bronnen.addAll(teksten(signalen.get(c.id())));
        bronnen.addAll(teksten(plannen.get(c.id())));
        bronnen.removeAll(toegestaan);
        assertThat(bronnen).contains(c.id(), b.id(), "INW-PSEUDO-casus-0001-geheim", "Q.X.Z.", c.titel(),
                c.hulpvraag(), b.omschrijving(), "besluiter-geheim");
        String uit = alles("utrecht", p);
        for (String geheim : bronnen) {
            assertThat(uit).as("'%s' mag niet in een precedent staan", geheim).doesNotContain(geheim);
        }
    }

    @Test
    void zonderSignaalStaatHetThemaVoorDeRegelEnDeSchattingVanDeTafelVoorDeBesparing() {
        casus("casus-0002", "utrecht", "Schulden", CasusStatus.BESLOTEN);
        besluit("besluit-0002", "casus-0002", BesluitSoort.DOORBRAAK, null);

        Precedent p = precedenten.besluitGenomen("utrecht", "besluit-0002", true).orElseThrow();

        assertThat(p.regelBron()).isEqualTo("thema");
        assertThat(p.thema()).isEqualTo("schulden");
        assertThat(p.regels()).extracting(Zaak.Regel::omschrijving).containsExactly("schulden");
        assertThat(p.besparing()).isEqualByComparingTo("45000");
        assertThat(p.besparingBron()).isEqualTo("waardendriehoek");
        assertThat(p.samenvatting("Gemeente Utrecht")).contains("zette een regel opzij (welke regel is niet vastgelegd), bij een situatie over schulden",
                "(schatting van de tafel)");
    }

    @Test
    void eenRodeKnopUitkomstWordtEenPrecedentMetAlleenRegelEnWatHetRijkSchreef() {
        RodeKnopService rodeKnop = rodeKnopService();
        precedenten = new Precedenten(opslag, casusService(), besluitService(), signaalService(), planService(),
                gemeenteService(), rodeKnop, klok, s -> { }, null);
        casus("casus-0003-geheim", "utrecht", "inkomen", CasusStatus.BESLOTEN);
        Map<String, Object> knop = new HashMap<>(Map.of("thema", "inkomen",
                "regel", Map.of("omschrijving", "Kostendelersnorm", "wet", "Participatiewet", "artikel", "art. 22a"),
                "geprobeerd", "Geprobeerd-geheim: bijzondere bijstand voor mevrouw Jansen",
                "vraag", "Vraag-geheim: sta een uitzondering toe voor mevrouw Jansen",
                "situatie", "Situatie-geheim: moeder met zoon van 23", "delen", List.of("geprobeerd", "situatie")));
        Zaak z = rodeKnop.druk(UTRECHT, "utrecht", "casus-0003-geheim", knop);
        rodeKnop.planOverleg(SZW, z.id(), Map.of("datum", "2026-12-20", "toelichting", "Overleg-geheim"));
        klok.zet(Instant.parse("2027-01-05T10:00:00Z"));
        Zaak uit = rodeKnop.legUitkomstVast(SZW, z.id(), Map.of("soort", "doorbraak", "toelichting",
                "Uitzondering voor een jaar toegestaan", "afspraken", List.of("SZW past de handreiking aan"),
                "besparing", 8000));

        List<Precedent> lijst = precedenten.vanGemeente("utrecht");
        assertThat(lijst).hasSize(1);
        Precedent p = lijst.get(0);
        assertThat(p.soort()).isEqualTo(Precedent.Soort.DOORBRAAK);
        assertThat(p.maand()).hasToString("2027-01");
        assertThat(p.thema()).isEqualTo("inkomen");
        assertThat(p.regels()).containsExactly(new Zaak.Regel("Kostendelersnorm", "Participatiewet", "art. 22a"));
        assertThat(p.toelichting()).isEqualTo("Uitzondering voor een jaar toegestaan");
        assertThat(p.afspraken()).containsExactly("SZW past de handreiking aan");
        assertThat(p.besparing()).isEqualByComparingTo("8000");
        assertThat(p.samenvatting("Gemeente Utrecht")).contains("Kostendelersnorm (art. 22a Participatiewet)",
                "januari 2027", "€ 8.000,00 per jaar");

        String uitvoer = alles("utrecht", p);
        for (String geheim : List.of(uit.id(), uit.casusId(), uit.pseudoniem(), uit.escalatieId(),
                UTRECHT.gebruikersnaam(), SZW.gebruikersnaam(), "Geprobeerd-geheim", "Vraag-geheim",
                "Situatie-geheim", "Overleg-geheim", "Titel-geheim", "Hulpvraag-geheim", "Jansen")) {
            assertThat(uitvoer).as("'%s' mag niet in een precedent staan", geheim).doesNotContain(geheim);
        }
    }

    RodeKnopService rodeKnopService() {
        EscalatieService es = fake(EscalatieService.class, (m, a) -> switch (m) {
            case "escaleer" -> new Escalatie("escalatie-geheim-" + a[2], (String) a[1], (String) a[2], (String) a[3],
                    RijkNiveau.NAAM, 30, (String) a[4], EscalatieStatus.OPEN, klok.instant().plus(Duration.ofDays(30)), false,
                    null, null, null, List.of(), 1, klok.instant(), "x", klok.instant());
            case "beantwoord", "losOp" -> null;
            default -> throw new UnsupportedOperationException(m);
        });
        VerwerkingenLog log = RodeKnopServiceTest.verzamel(new ArrayList<>());
        Partijen partijen = new Partijen(List.of(new Partij("szw", "Ministerie van SZW", "SZW",
                List.of("inkomen", "werk"), List.of(), List.of("rijk-szw"))));
        return new RodeKnopService(opslag, casusService(), es, gemeenteService(), log, partijen, 90, klok, s -> { });
    }

    // --- once per besluit or zaak --------------------------------------------------------------------------

    @Test
    void hetzelfdeBesluitGeeftNooitTweePrecedenten() {
        casus("casus-0004", "utrecht", "wonen", CasusStatus.BESLOTEN);
        besluit("besluit-0004", "casus-0004", BesluitSoort.DOORBRAAK, null);

        assertThat(precedenten.besluitGenomen("utrecht", "besluit-0004", true)).isPresent();
        // the event again (after a restart), and the catch-up that finds the same besluit
        assertThat(precedenten.besluitGenomen("utrecht", "besluit-0004", true)).isEmpty();
        assertThat(precedenten.inhalen(true).nieuw()).isZero();

        assertThat(precedenten.vanGemeente("utrecht")).hasSize(1);
    }

    @Test
    void eenRegulierBesluitEnEenGemeenteZonderRodeKnopGevenGeenPrecedent() {
        casus("casus-0005", "utrecht", "wonen", CasusStatus.BESLOTEN);
        besluit("besluit-0005", "casus-0005", BesluitSoort.REGULIER, null);
        casus("casus-0006", "zwolle", "wonen", CasusStatus.BESLOTEN);
        besluit("besluit-0006", "casus-0006", BesluitSoort.DOORBRAAK, null);

        assertThat(precedenten.besluitGenomen("utrecht", "besluit-0005", false)).isEmpty();
        assertThat(precedenten.besluitGenomen("zwolle", "besluit-0006", true)).isEmpty();
        assertThat(precedenten.inhalen(true).nieuw()).isZero();

        assertThat(precedenten.vanGemeente("utrecht")).isEmpty();
        assertThat(precedenten.vanGemeente("zwolle")).isEmpty();
    }

    @Test
    void eenCorrectieVervangtHetPrecedentEnHoudtHetGebruik() {
        casus("casus-0007", "utrecht", "wonen", CasusStatus.BESLOTEN);
        casus("casus-e1", "eindhoven", "wonen", CasusStatus.GEAGENDEERD);
        besluit("besluit-0007", "casus-0007", BesluitSoort.DOORBRAAK, null);
        Precedent oud = precedenten.besluitGenomen("utrecht", "besluit-0007", true).orElseThrow();
        precedenten.gebruikt(EINDHOVEN, "eindhoven", oud.id(), Map.of("casusId", "casus-e1"));

        besluit("besluit-0008", "casus-0007", BesluitSoort.DOORBRAAK, "besluit-0007");
        Precedent nieuw = precedenten.besluitGenomen("utrecht", "besluit-0008", true).orElseThrow();

        assertThat(precedenten.vanGemeente("utrecht")).extracting(Precedent::id).containsExactly(nieuw.id());
        assertThat(nieuw.gebruikt()).containsEntry("eindhoven", 1L);

        // corrected into a regular besluit: the exception is gone from the register
        besluit("besluit-0009", "casus-0007", BesluitSoort.REGULIER, "besluit-0008");
        assertThat(precedenten.besluitGenomen("utrecht", "besluit-0009", false)).isEmpty();
        assertThat(precedenten.vanGemeente("utrecht")).isEmpty();
    }

    @Test
    void inhalenMaaktWatErNietWasEnOnthoudtDatDeBesluitenZijnIngehaald() {
        casus("casus-0010", "utrecht", "wonen", CasusStatus.AFGESLOTEN);
        besluit("besluit-0010", "casus-0010", BesluitSoort.DOORBRAAK, null);
        casus("casus-0011", "eindhoven", "werk", CasusStatus.IN_UITVOERING);
        besluit("besluit-0011", "casus-0011", BesluitSoort.DOORBRAAK, null);
        casus("casus-0012", "eindhoven", "werk", CasusStatus.AANGEMELD);

        assertThat(precedenten.inhalen(false).nieuw()).isZero();
        assertThat(opslag.lees(RodeKnopOnderdeel.LANDELIJK, Precedenten.INGEHAALD, Precedenten.INGEHAALD)).isEmpty();

        Precedenten.Telling t = precedenten.inhalen(true);

        assertThat(t.nieuw()).isEqualTo(2);
        assertThat(precedenten.vanGemeente("utrecht")).extracting(Precedent::thema).containsExactly("wonen");
        assertThat(precedenten.vanGemeente("eindhoven")).extracting(Precedent::thema).containsExactly("werk");
        assertThat(opslag.lees(RodeKnopOnderdeel.LANDELIJK, Precedenten.INGEHAALD, Precedenten.INGEHAALD))
                .isPresent();
    }

    // --- search --------------------------------------------------------------------------------------------

    Precedent doorbraak(String id, String gemeente, String thema, String regel) {
        casus("casus-" + id, gemeente, thema, CasusStatus.BESLOTEN);
        if (regel != null) {
            signaal("casus-" + id, regel);
        }
        besluit("besluit-" + id, "casus-" + id, BesluitSoort.DOORBRAAK, null);
        Precedent p = precedenten.besluitGenomen(gemeente, "besluit-" + id, true).orElseThrow();
        klok.zet(klok.instant().plus(Duration.ofHours(1)));
        return p;
    }

    @Test
    void zoekenOpRegelThemaEnSoortOverGemeentenHeenNieuwsteEerst() {
        Precedent a = doorbraak("a", "utrecht", "inkomen", "Kostendelersnorm in de bijstand");
        Precedent b = doorbraak("b", "eindhoven", "inkomen", "Terugvordering toeslagen");
        Precedent c = doorbraak("c", "eindhoven", "wonen", "De KOSTENDELERSNORM bij inwonende kinderen");

        assertThat(zoek(EINDHOVEN, Map.of())).extracting(m -> m.get("id")).containsExactly(c.id(), b.id(), a.id());
        assertThat(zoek(EINDHOVEN, Map.of("regel", "kostendelers"))).extracting(m -> m.get("id"))
                .containsExactly(c.id(), a.id());
        assertThat(zoek(UTRECHT, Map.of("regel", "kostendelers", "thema", "Inkomen")))
                .extracting(m -> m.get("id")).containsExactly(a.id());
        assertThat(zoek(UTRECHT, Map.of("thema", "inkomens"))).isEmpty();
        assertThat(zoek(SZW, Map.of("soort", "doorbraakbesluit"))).hasSize(3);
        assertThat(zoek(SZW, Map.of("soort", "omwisselbesluit"))).isEmpty();
    }

    @Test
    void metDeCasusZoektHetRegisterOpHetThemaVanDieCasus() {
        Precedent a = doorbraak("t1", "utrecht", "inkomen", "Kostendelersnorm");
        doorbraak("t2", "utrecht", "wonen", "Huurtoeslag");
        casus("casus-e5", "eindhoven", "Inkomen", CasusStatus.GEAGENDEERD);

        assertThat(zoek(EINDHOVEN, Map.of("casusId", "casus-e5"))).extracting(m -> m.get("id"))
                .containsExactly(a.id());
        // a casus of another gemeente does not exist for him
        assertThatThrownBy(() -> zoek(EINDHOVEN, Map.of("casusId", "casus-t1")))
                .isInstanceOf(NietGevondenException.class);
        assertThat(casuslezers).contains(EINDHOVEN.gebruikersnaam());
    }

    @Test
    void deLijstIsGepagineerdZoalsDeCore() {
        for (int i = 0; i < 5; i++) {
            doorbraak("p" + i, i % 2 == 0 ? "utrecht" : "eindhoven", "wonen", "Regel " + i);
        }
        Antwoord eerste = routes.zoekGemeente(verzoek(UTRECHT, "utrecht",
                Map.of("pageSize", "2", "regel", "regel "), Map.of(), null));
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) eerste.body();
        assertThat(body).containsEntry("count", 5).containsEntry("previous", null)
                .containsEntry("next", "/api/gemeenten/utrecht/rodeknop/precedenten?page=2&pageSize=2&regel=regel")
                .containsEntry("eigenGemeenteDeelt", true);
        assertThat(results(eerste)).extracting(m -> m.get("regels").toString())
                .allMatch(s -> s.contains("Regel 4") || s.contains("Regel 3"));

        Antwoord laatste = routes.zoekRijk(verzoek(SZW, null, Map.of("pageSize", "2", "page", "3"), Map.of(), null));
        @SuppressWarnings("unchecked")
        Map<String, Object> l = (Map<String, Object>) laatste.body();
        assertThat(l).containsEntry("next", null)
                .containsEntry("previous", "/api/rijk/rodeknop/precedenten?page=2&pageSize=2");
        assertThat(results(laatste)).hasSize(1);
    }

    @Test
    void foutieveZoekvragenZijnEen400MetElkVeld() {
        assertThatThrownBy(() -> routes.zoekGemeente(verzoek(UTRECHT, "utrecht",
                Map.of("page", "0", "pageSize", "500", "soort", "wonder", "regel", "x".repeat(201)), Map.of(), null)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .extracting(VeldFout::naam).containsExactlyInAnyOrder("page", "pageSize", "soort", "regel"));
    }

    // --- opt-out -------------------------------------------------------------------------------------------

    @Test
    void eenGemeenteDieNietDeeltIsMeteenVerborgenVoorAnderenEnHetRijkMaarNietVoorZichzelf() {
        Precedent u = doorbraak("u", "utrecht", "wonen", "Kostendelersnorm");
        Precedent e = doorbraak("e", "eindhoven", "wonen", "Kostendelersnorm");
        casus("casus-e2", "eindhoven", "wonen", CasusStatus.GEAGENDEERD);
        assertThat(precedenten.instellingen("utrecht")).containsEntry("precedentenDelen", true);

        Map<String, Object> uit = precedenten.wijzigInstellingen(BEHEERDER, "utrecht",
                Map.of("precedentenDelen", false));

        assertThat(uit).containsEntry("precedentenDelen", false).containsEntry("versie", 1L);
        assertThat(zoek(EINDHOVEN, Map.of())).extracting(m -> m.get("id")).containsExactly(e.id());
        assertThat(zoek(SZW, Map.of())).extracting(m -> m.get("id")).containsExactly(e.id());
        assertThat(zoek(UTRECHT, Map.of())).extracting(m -> m.get("id")).containsExactly(e.id(), u.id());
        assertThatThrownBy(() -> precedenten.gebruikt(EINDHOVEN, "eindhoven", u.id(),
                Map.of("casusId", "casus-e2"))).isInstanceOf(NietGevondenException.class);

        precedenten.wijzigInstellingen(BEHEERDER, "utrecht", Map.of("precedentenDelen", true, "versie", 1));
        assertThat(zoek(EINDHOVEN, Map.of())).extracting(m -> m.get("id")).containsExactly(e.id(), u.id());

        // a gemeente that switches the rode knop off shares nothing either; its precedents stay stored
        gemeenten.set(0, gemeente("utrecht", "Gemeente Utrecht", false));
        assertThat(zoek(EINDHOVEN, Map.of())).extracting(m -> m.get("id")).containsExactly(e.id());
        assertThat(precedenten.vanGemeente("utrecht")).hasSize(1);
    }

    @Test
    void deInstellingWeigertFoutieveInvoerEnEenVerouderdeVersie() {
        assertThatThrownBy(() -> precedenten.wijzigInstellingen(BEHEERDER, "utrecht",
                Map.of("precedentenDelen", "nee", "kleur", "rood")))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .extracting(VeldFout::naam).containsExactlyInAnyOrder("precedentenDelen", "kleur"));
        assertThat(opslag.lees("utrecht", Precedenten.INSTELLINGEN, Precedenten.INSTELLING_ID)).isEmpty();

        precedenten.wijzigInstellingen(BEHEERDER, "utrecht", Map.of("precedentenDelen", false));
        assertThatThrownBy(() -> precedenten.wijzigInstellingen(BEHEERDER, "utrecht",
                Map.of("precedentenDelen", true, "versie", 0))).isInstanceOf(ConflictException.class);
        assertThat(precedenten.deelt("utrecht")).isFalse();
    }

    @Test
    void deGogoCommandosTonenAlleenAantallen() {
        doorbraak("s1", "utrecht", "wonen", "Kostendelersnorm");
        Precedent e = doorbraak("s2", "eindhoven", "werk", "Terugvordering");
        casus("casus-u9", "utrecht", "wonen", CasusStatus.GEAGENDEERD);
        precedenten.gebruikt(UTRECHT, "utrecht", e.id(), Map.of("casusId", "casus-u9"));
        precedenten.wijzigInstellingen(BEHEERDER, "utrecht", Map.of("precedentenDelen", false));
        casus("casus-s3", "eindhoven", "werk", CasusStatus.AFGESLOTEN);
        besluit("besluit-s3", "casus-s3", BesluitSoort.DOORBRAAK, null);
        RodeKnopCommando gogo = new RodeKnopCommando(rodeKnopService(), precedenten, gemeenteService());

        String scherm = gogo.precedenten();

        assertThat(scherm).containsPattern("utrecht\\s+ja\\s+nee\\s+1\\s+0")
                .containsPattern("eindhoven\\s+ja\\s+ja\\s+1\\s+1").containsPattern("zwolle\\s+nee\\s+ja\\s+0")
                .contains("2 precedent(en).").doesNotContain("Kostendelersnorm").doesNotContain("casus-");
        assertThat(gogo.inhalen()).isEqualTo("2 gemeente(n) met de rode knop, 3 doorbraak/uitkomst(en) bekeken, "
                + "1 nieuw precedent(en).");
        assertThat(gogo.precedenten()).contains("3 precedent(en).");
    }

    // --- reuse ---------------------------------------------------------------------------------------------

    @Test
    void gebruikTeltPerGemeenteZonderDeCasusTeBewaren() {
        Precedent u = doorbraak("g", "utrecht", "wonen", "Kostendelersnorm");
        casus("casus-e3-geheim", "eindhoven", "wonen", CasusStatus.GEAGENDEERD);
        casus("casus-u3", "utrecht", "wonen", CasusStatus.GEAGENDEERD);

        precedenten.gebruikt(EINDHOVEN, "eindhoven", u.id(), Map.of("casusId", "casus-e3-geheim"));
        Precedent p = precedenten.gebruikt(UTRECHT, "utrecht", u.id(), Map.of("casusId", "casus-u3"));
        precedenten.gebruikt(EINDHOVEN, "eindhoven", u.id(), Map.of("casusId", "casus-e3-geheim"));

        assertThat(zoek(SZW, Map.of())).singleElement().satisfies(m -> assertThat(m).containsEntry("gebruikt", 3L));
        assertThat(precedenten.vanGemeente("utrecht").get(0).gebruikt())
                .containsExactlyInAnyOrderEntriesOf(Map.of("eindhoven", 2L, "utrecht", 1L));
        assertThat(p.voorZoeker(null)).containsEntry("gebruikt", 2L);
        assertThat(alles("utrecht", precedenten.vanGemeente("utrecht").get(0))).doesNotContain("casus-e3-geheim");
        // the core checked that the user may see the casus, in his own name
        assertThat(casuslezers).contains(EINDHOVEN.gebruikersnaam(), UTRECHT.gebruikersnaam());
    }

    @Test
    void gebruikVraagtEenCasusDieDeGebruikerMagZien() {
        Precedent u = doorbraak("h", "utrecht", "wonen", "Kostendelersnorm");
        casus("casus-u4", "utrecht", "wonen", CasusStatus.GEAGENDEERD);

        assertThatThrownBy(() -> precedenten.gebruikt(EINDHOVEN, "eindhoven", u.id(), Map.of()))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .extracting(VeldFout::naam).containsExactly("casusId"));
        // a casus of another gemeente does not exist for him
        assertThatThrownBy(() -> precedenten.gebruikt(EINDHOVEN, "eindhoven", u.id(), Map.of("casusId", "casus-u4")))
                .isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> precedenten.gebruikt(EINDHOVEN, "eindhoven", "p-bestaatniet",
                Map.of("casusId", "casus-u4"))).isInstanceOf(NietGevondenException.class);
        assertThat(precedenten.vanGemeente("utrecht").get(0).gebruikt()).isEmpty();
    }
}
