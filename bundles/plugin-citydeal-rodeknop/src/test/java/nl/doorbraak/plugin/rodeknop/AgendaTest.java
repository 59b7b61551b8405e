package nl.doorbraak.plugin.rodeknop;

import static nl.doorbraak.plugin.rodeknop.RodeKnopServiceTest.fake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.doorbraak.api.domein.GekoppeldeCasus;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.SignaalService;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.plugin.rodeknop.Zaak.Overleg;
import nl.doorbraak.plugin.rodeknop.Zaak.Regel;
import nl.doorbraak.plugin.rodeknop.Zaak.Soort;
import nl.doorbraak.plugin.rodeknop.Zaak.Status;
import nl.doorbraak.plugin.rodeknop.Zaak.Uitkomst;

/** Grouping on the blocking rule, anonymisation, proposals, and the agenda items' life cycle. */
@SuppressWarnings("unchecked")
class AgendaTest {

    static final Gebruiker SZW = RodeKnopServiceTest.SZW;
    static final Instant NU = Instant.parse("2026-12-07T09:00:00Z");
    static final String KDN = "Kostendelersnorm (Participatiewet art. 22a)";

    final List<Signaal> signalen = new ArrayList<>();
    final List<Namens> gelezenNamens = new ArrayList<>();
    final TestKlok klok = new TestKlok(NU);
    GeheugenOpslag opslag;
    Zaken zaken;
    Agenda agenda;

    static final Partijen PARTIJEN = new Partijen(List.of(
            new Partij("szw", "Ministerie van SZW", "SZW", List.of("inkomen", "werk"), List.of(), List.of("rijk-szw")),
            new Partij("uwv", "UWV", "UWV", List.of("werk"), List.of(), List.of("rijk-uwv"))));

    static final List<Gemeente> GEMEENTEN = List.of(
            new Gemeente("utrecht", "Gemeente Utrecht", List.of("standaard", "rodeknop"), List.of(), 24, "utrecht"),
            new Gemeente("leeuwarden", "Gemeente Leeuwarden", List.of("standaard", "rodeknop"), List.of(), 24,
                    "leeuwarden"),
            new Gemeente("eindhoven", "Gemeente Eindhoven", List.of("standaard"), List.of(), 24, "eindhoven"));

    static GemeenteService gemeenten() {
        return fake(GemeenteService.class, (m, a) -> switch (m) {
            case "alle" -> GEMEENTEN;
            case "zoek" -> GEMEENTEN.stream().filter(g -> g.id().equals(a[0])).findFirst();
            default -> throw new UnsupportedOperationException(m);
        });
    }

    @BeforeEach
    void maak() {
        opslag = new GeheugenOpslag();
        zaken = new Zaken(opslag, () -> GEMEENTEN);
        SignaalService ss = fake(SignaalService.class, (m, a) -> {
            if (!m.equals("lijst")) {
                throw new UnsupportedOperationException(m);
            }
            gelezenNamens.add((Namens) a[0]);
            int page = (Integer) a[3];
            int size = (Integer) a[4];
            List<Signaal> van = signalen.stream().filter(s -> s.gemeente().equals(a[1])).toList();
            List<Signaal> pagina = van.subList(Math.min(van.size(), (page - 1) * size),
                    Math.min(van.size(), page * size));
            return new Pagina<>(van.size(), page, size, pagina);
        });
        agenda = new Agenda(opslag, ss, gemeenten(), PARTIJEN, 3, klok);
    }

    static Signaal signaal(String gemeente, String regel, SignaalStatus status, String... casusIds) {
        List<GekoppeldeCasus> c = new ArrayList<>();
        for (String id : casusIds) {
            c.add(new GekoppeldeCasus(id, "Titel van casus " + id + " (J.B.)", "t1", "x", NU));
        }
        return new Signaal("s-" + gemeente + "-" + casusIds.length + "-" + regel.hashCode(), gemeente, regel,
                "Werk & Inkomen", "Moeder stuurt zoon het huis uit; geheime omschrijving", status, null, List.of(), c,
                1, NU, NU);
    }

    /** A zaak as the service stores it; {@code datum} of the overleg and the soort of outcome optional. */
    static Zaak zaak(String id, String gemeente, String casusId, Regel regel, String thema, Set<String> gedeeld,
            List<String> partijen, Status status, LocalDate overlegDatum, Soort soort, LocalDate followUp) {
        return new Zaak(id, gemeente, casusId, casusId == null ? null : "INW-" + casusId, "e-" + id, NU, "regisseur",
                NU.plusSeconds(86400 * 30), thema, regel, "Geprobeerd: bijzondere bijstand", "Geheime vraag van de "
                        + "gemeente", "Situatie: zoon van 23", List.of("Werk & Inkomen"), partijen, gedeeld, status,
                overlegDatum == null ? null : new Overleg(overlegDatum, partijen, null, NU, "rijk-szw"),
                soort == null ? null : new Uitkomst(soort, "toelichting", soort == Soort.GEEN_OPLOSSING ? "reden" : null,
                        List.of(), null, NU, "rijk-szw"),
                followUp == null ? null : new Zaak.FollowUp(followUp, false, null, null, null, null), 0);
    }

    static Zaak zaak(String id, String gemeente, String casusId, Regel regel) {
        return zaak(id, gemeente, casusId, regel, "inkomen", Set.of("thema"), List.of("szw"), Status.INGEDIEND, null,
                null, null);
    }

    static final Regel KDN_REGEL = new Regel("Kostendelersnorm", "Participatiewet", "art. 22a");

    // --- normalisation ------------------------------------------------------------------------------------------

    @Test
    void deSleutelIsKleineLettersZonderWitruimteAanDeRandenEnEnkeleSpaties() {
        assertThat(Regelgroep.sleutel("  Kostendelersnorm \t (Participatiewet\n art. 22a)  "))
                .isEqualTo("kostendelersnorm (participatiewet art. 22a)");
        assertThat(Regelgroep.sleutel("   ")).isNull();
        assertThat(Regelgroep.sleutel(null)).isNull();
    }

    @Test
    void deRegelVanEenZaakKrijgtDeVormVanEenSignaalZodatZeSamenvallen() {
        assertThat(Regelgroep.tekst(KDN_REGEL)).isEqualTo(KDN);
        assertThat(Regelgroep.tekst(new Regel("Kostendelersnorm", "Participatiewet", "Artikel 22a"))).isEqualTo(KDN);
        assertThat(Regelgroep.tekst(new Regel("Kostendelersnorm", "Participatiewet", "22a"))).isEqualTo(KDN);
        assertThat(Regelgroep.tekst(new Regel("Kostendelersnorm", "Participatiewet", null)))
                .isEqualTo("Kostendelersnorm (Participatiewet)");
        assertThat(Regelgroep.tekst(new Regel("Kostendelersnorm", null, "22a")))
                .isEqualTo("Kostendelersnorm (art. 22a)");
        assertThat(Regelgroep.tekst(new Regel(" Geen adres, geen uitkering ", " ", null)))
                .isEqualTo("Geen adres, geen uitkering");
    }

    // --- grouping -------------------------------------------------------------------------------------------

    @Test
    void signalenEnZakenOverDezelfdeRegelVallenSamenEenCasusTeltEenKeer() {
        signalen.add(signaal("utrecht", KDN, SignaalStatus.IN_BEHANDELING, "u1", "u2"));
        signalen.add(signaal("utrecht", "  kostendelersnorm  (participatiewet art. 22a)", SignaalStatus.NIEUW, "u2"));
        // solved locally: the rule no longer blocks there
        signalen.add(signaal("eindhoven", KDN, SignaalStatus.OPGELOST, "e1"));
        zaken.bewaar(zaak("z1", "utrecht", "u1", KDN_REGEL));
        zaken.bewaar(zaak("z2", "leeuwarden", "l1", new Regel("KOSTENDELERSNORM", "participatiewet", "artikel 22a")));
        zaken.bewaar(zaak("z3", "leeuwarden", "l2", new Regel("Iets anders", null, null)));

        Map<String, Regelgroep> g = agenda.groepen();

        assertThat(g).containsOnlyKeys("kostendelersnorm (participatiewet art. 22a)", "iets anders");
        Regelgroep kdn = g.get("kostendelersnorm (participatiewet art. 22a)");
        assertThat(kdn.regel()).isEqualTo(KDN);
        assertThat(kdn.perGemeente()).containsOnlyKeys("utrecht", "leeuwarden");
        Regelgroep.Telling u = kdn.perGemeente().get("utrecht");
        assertThat(u.signalen).isEqualTo(2);
        assertThat(u.gewicht).isEqualTo(3);
        assertThat(u.zaken).isEqualTo(1);
        assertThat(u.casussen()).as("u1 has a signaal and a zaak, u2 two signalen: two casussen").isEqualTo(2);
        assertThat(kdn.casussen()).isEqualTo(3);
        assertThat(kdn.themas()).containsExactly("inkomen");
        assertThat(kdn.organisaties()).containsExactly("Werk & Inkomen");
        // signalen are read as the platform itself, with a purpose that says only counts leave
        assertThat(gelezenNamens).isNotEmpty().allSatisfy(n -> {
            assertThat(n.gebruiker().isSysteem()).isTrue();
            assertThat(n.doel()).isEqualTo(Agenda.DOEL_SIGNALEN);
        });
    }

    @Test
    void alleSignalenWordenGelezenOokVoorbijDeEerstePagina() {
        for (int i = 0; i < 150; i++) {
            signalen.add(new Signaal("s" + i, "utrecht", KDN, "W&I", "x", SignaalStatus.NIEUW, null, List.of(),
                    List.of(new GekoppeldeCasus("c" + i, null, "t1", "x", NU)), 1, NU, NU));
        }
        Regelgroep kdn = agenda.groepen().get(Regelgroep.sleutel(KDN));
        assertThat(kdn.signalen()).isEqualTo(150);
        assertThat(kdn.casussen()).isEqualTo(150);
    }

    @Test
    void signalenWordenHoogstensEenKeerPerMinuutGelezenZonderTekstEnZakenAltijd() {
        signalen.add(signaal("utrecht", KDN, SignaalStatus.NIEUW, "u1"));
        assertThat(agenda.groepen().get(Regelgroep.sleutel(KDN)).signalen()).isEqualTo(1);
        int gelezen = gelezenNamens.size();

        signalen.add(signaal("utrecht", KDN, SignaalStatus.NIEUW, "u2", "u3"));
        zaken.bewaar(zaak("z1", "utrecht", "u4", KDN_REGEL));
        klok.zet(NU.plusSeconds(59));
        Regelgroep kdn = agenda.groepen().get(Regelgroep.sleutel(KDN));
        assertThat(kdn.signalen()).as("the signalen of a minute ago").isEqualTo(1);
        assertThat(kdn.zaken()).as("zaken are counted live").isEqualTo(1);
        assertThat(gelezenNamens).hasSize(gelezen);

        klok.zet(NU.plusSeconds(61));
        assertThat(agenda.groepen().get(Regelgroep.sleutel(KDN)).signalen()).isEqualTo(2);
        assertThat(gelezenNamens).hasSizeGreaterThan(gelezen);
    }

    @Test
    void eenThemaTeltAlleenAlsDeGemeenteHetDeelt() {
        zaken.bewaar(zaak("z1", "utrecht", "u1", KDN_REGEL, "inkomen", Set.of(), List.of("szw"), Status.INGEDIEND,
                null, null, null));
        zaken.bewaar(zaak("z2", "leeuwarden", "l1", KDN_REGEL, "werk", Set.of("thema"), List.of("szw"),
                Status.INGEDIEND, null, null, null));
        assertThat(agenda.groepen().get(Regelgroep.sleutel(KDN)).themas()).containsExactly("werk");
    }

    @Test
    void eenVoorstelKneltInTweeGemeentenOfInTenMinsteDeDrempelCasussen() {
        // two gemeenten, one casus each
        zaken.bewaar(zaak("z1", "utrecht", "u1", KDN_REGEL));
        zaken.bewaar(zaak("z2", "leeuwarden", "l1", KDN_REGEL));
        // one gemeente, three casussen (drempel 3)
        signalen.add(signaal("eindhoven", "Rijbewijs ingevorderd", SignaalStatus.NIEUW, "e1", "e2"));
        zaken.bewaar(zaak("z3", "eindhoven", "e3", new Regel("Rijbewijs ingevorderd", null, null)));
        // one gemeente, two casussen: no proposal
        signalen.add(signaal("utrecht", "Geen adres, geen uitkering", SignaalStatus.NIEUW, "u7", "u8"));

        List<Regelgroep> v = agenda.voorstellen();

        assertThat(v).extracting(Regelgroep::sleutel).containsExactly(Regelgroep.sleutel(KDN),
                "rijbewijs ingevorderd");
    }

    @Test
    void watNaarBuitenGaatBevatGeenCasusIdsPseudoniemenOfTekstUitCasussen() {
        signalen.add(signaal("utrecht", KDN, SignaalStatus.NIEUW, "casus-u1"));
        zaken.bewaar(zaak("z1", "leeuwarden", "casus-l1", KDN_REGEL));

        Map<String, Object> json = agenda.voorstellen().get(0).naarJson(agenda::gemeenteNaam);
        String tekst = json.toString();

        assertThat(tekst).doesNotContain("casus-u1", "casus-l1", "INW-", "J.B.", "Titel van casus", "geheime",
                "Geheime vraag", "Situatie", "Geprobeerd", "z1");
        assertThat(json).containsEntry("regel", KDN).containsEntry("gemeenten", 2).containsEntry("casussen", 2);
        assertThat(json.get("perGemeente")).asList().hasSize(2).allSatisfy(r -> assertThat(((Map<?, ?>) r).keySet().stream().map(Object::toString))
                .containsExactlyInAnyOrder("gemeente", "naam", "signalen", "gewicht", "zaken", "casussen"));

        AgendaPunt p = agenda.maak(SZW, body(KDN, "Kostendelersnorm", "szw"));
        for (boolean rijk : List.of(true, false)) {
            String punt = agenda.naarJson(p, agenda.groepen(), rijk).toString();
            assertThat(punt).doesNotContain("casus-u1", "casus-l1", "INW-", "Titel van casus", "geheime",
                    "Geheime vraag");
        }
    }

    // --- agenda items -------------------------------------------------------------------------------------------

    static Map<String, Object> body(String regel, String titel, String trekker) {
        Map<String, Object> b = new HashMap<>();
        b.put("regel", regel);
        b.put("titel", titel);
        b.put("trekker", trekker);
        return b;
    }

    @Test
    void eenAgendapuntToontDeAantallenVanNuEnDeGemeenteZietNietWieWatDeed() {
        zaken.bewaar(zaak("z1", "utrecht", "u1", KDN_REGEL));
        Map<String, Object> b = body("  KOSTENDELERSNORM   (Participatiewet art. 22a) ", "Kostendelersnorm "
                + "laten vervallen voor jongeren", "SZW");
        b.put("toelichting", "Drie gemeenten lopen ertegenaan.");
        AgendaPunt p = agenda.maak(SZW, b);

        assertThat(p.status()).isEqualTo(AgendaPunt.Status.VOORGESTELD);
        assertThat(p.trekker()).isEqualTo(new AgendaPunt.Trekker("partij", "szw"));
        assertThat(p.partij()).isEqualTo("szw");
        assertThat(p.versie()).isEqualTo(1);
        Map<String, Object> rijk = agenda.naarJson(p, agenda.groepen(), true);
        assertThat(rijk).containsEntry("sleutel", Regelgroep.sleutel(KDN)).containsEntry("door", "rijk-szw");
        assertThat((Map<String, Object>) rijk.get("trekker")).containsEntry("naam", "Ministerie van SZW");
        assertThat((Map<String, Object>) rijk.get("aantallen")).containsEntry("gemeenten", 1)
                .containsEntry("zaken", 1);

        // a new zaak elsewhere shows at once
        zaken.bewaar(zaak("z2", "leeuwarden", "l1", KDN_REGEL));
        Map<String, Object> gemeente = agenda.naarJson(agenda.punt(p.id()), agenda.groepen(), false);
        assertThat((Map<String, Object>) gemeente.get("aantallen")).containsEntry("gemeenten", 2)
                .containsEntry("zaken", 2);
        assertThat(gemeente).doesNotContainKey("door");
        assertThat(gemeente.toString()).doesNotContain("rijk-szw");
    }

    @Test
    void eenGemeenteKanTrekkerZijn() {
        AgendaPunt p = agenda.maak(SZW, body(KDN, "Omwisselbesluit Leeuwarden", "leeuwarden"));
        assertThat(p.trekker()).isEqualTo(new AgendaPunt.Trekker("gemeente", "leeuwarden"));
        assertThat((Map<String, Object>) agenda.naarJson(p, Map.of(), false).get("trekker"))
                .containsEntry("naam", "Gemeente Leeuwarden");
    }

    @Test
    void fouteInvoerNoemtElkVeldEnLegtNietsVast() {
        Map<String, Object> b = new HashMap<>();
        b.put("regel", "   ");
        b.put("trekker", "ministerie-van-nergens");
        b.put("toelichting", "Betreft BSN 111222333 in Utrecht");
        assertThatThrownBy(() -> agenda.maak(SZW, b)).isInstanceOfSatisfying(OngeldigeInvoerException.class,
                e -> assertThat(e.fouten()).extracting(VeldFout::naam)
                        .containsExactlyInAnyOrder("regel", "titel", "trekker", "toelichting"));
        assertThat(agenda.punten(null)).isEmpty();
    }

    @Test
    void eenRijkAccountZonderPartijMaaktGeenAgendapunt() {
        assertThatThrownBy(() -> agenda.maak(RodeKnopServiceTest.ZONDER_PARTIJ, body(KDN, "t", "szw")))
                .isInstanceOf(GeenToegangException.class);
        assertThat(agenda.punten(null)).isEmpty();
    }

    @Test
    void eenRegelStaatEenKeerOpenOpDeAgenda() {
        AgendaPunt p = agenda.maak(SZW, body(KDN, "Eerste", "szw"));
        assertThatThrownBy(() -> agenda.maak(SZW, body(KDN.toUpperCase(), "Tweede", "uwv")))
                .isInstanceOf(ConflictException.class).hasMessageContaining(p.id());
        agenda.wijzigStatus(SZW, p.id(), Map.of("status", "afgerond", "uitkomst", "Wet aangepast per 2027"));
        assertThat(agenda.maak(SZW, body(KDN, "Tweede keer", "uwv")).status())
                .isEqualTo(AgendaPunt.Status.VOORGESTELD);
        assertThat(agenda.punten(null)).hasSize(2);
    }

    /** Two Rijk users put the same rule on the agenda at the same moment: one item, the other gets the 409. */
    @Test
    void tweeGelijktijdigeVerzoekenMakenEenAgendapunt() throws Exception {
        for (int ronde = 0; ronde < 20; ronde++) {
            String regel = "Gelijktijdig " + ronde;
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService twee = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<String>> uit = new ArrayList<>();
                for (String trekker : List.of("szw", "uwv")) {
                    uit.add(twee.submit(() -> {
                        start.await();
                        try {
                            return agenda.maak(SZW, body(regel, "Punt", trekker)).id();
                        } catch (ConflictException e) {
                            return "409";
                        }
                    }));
                }
                List<String> ids = new ArrayList<>();
                for (java.util.concurrent.Future<String> f : uit) {
                    ids.add(f.get());
                }
                assertThat(ids).as("ronde %d", ronde).containsOnlyOnce("409");
            } finally {
                twee.shutdownNow();
            }
            assertThat(agenda.punten(null).stream().filter(p -> p.regel().equals(regel))).hasSize(1);
        }
    }

    @Test
    void deStatusGaatAlleenVooruitEnAfgerondVraagtDeUitkomst() {
        AgendaPunt p = agenda.maak(SZW, body(KDN, "Kostendelersnorm", "szw"));
        p = agenda.wijzigStatus(SZW, p.id(), Map.of("status", "geagendeerd", "versie", 1));
        assertThat(p.status()).isEqualTo(AgendaPunt.Status.GEAGENDEERD);

        String id = p.id();
        assertThatThrownBy(() -> agenda.wijzigStatus(SZW, id, Map.of("status", "voorgesteld")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> agenda.wijzigStatus(SZW, id, Map.of("status", "geagendeerd")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> agenda.wijzigStatus(SZW, id, Map.of("status", "in-behandeling", "versie", 1)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("versie 2");
        assertThatThrownBy(() -> agenda.wijzigStatus(SZW, id, Map.of("status", "afgerond")))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class,
                        e -> assertThat(e.fouten()).extracting(VeldFout::naam).containsExactly("uitkomst"));
        assertThatThrownBy(() -> agenda.wijzigStatus(SZW, id, Map.of("status", "in-behandeling", "uitkomst", "x")))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class,
                        e -> assertThat(e.fouten()).extracting(VeldFout::naam).containsExactly("uitkomst"));
        assertThatThrownBy(() -> agenda.wijzigStatus(SZW, id, Map.of("status", "besproken")))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class,
                        e -> assertThat(e.fouten()).extracting(VeldFout::naam).containsExactly("status"));
        assertThat(agenda.punt(id).versie()).as("nothing written").isEqualTo(2);

        agenda.wijzigStatus(SZW, id, Map.of("status", "in-behandeling"));
        p = agenda.wijzigStatus(SZW, id, Map.of("status", "afgerond", "uitkomst", "Omwisselbesluit: lokale norm"));
        assertThat(p.uitkomst()).isEqualTo("Omwisselbesluit: lokale norm");
        assertThat(p.historie()).extracting(AgendaPunt.Stap::status).containsExactly(AgendaPunt.Status.VOORGESTELD,
                AgendaPunt.Status.GEAGENDEERD, AgendaPunt.Status.IN_BEHANDELING, AgendaPunt.Status.AFGEROND);
        assertThatThrownBy(() -> agenda.wijzigStatus(SZW, id, Map.of("status", "afgerond", "uitkomst", "anders")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> agenda.wijzigStatus(SZW, "bestaat-niet", Map.of("status", "geagendeerd")))
                .isInstanceOf(NietGevondenException.class);
    }

    @Test
    void eenStapOverslaanMagVanVoorgesteldNaarAfgerond() {
        AgendaPunt p = agenda.maak(SZW, body(KDN, "Kostendelersnorm", "szw"));
        p = agenda.wijzigStatus(SZW, p.id(), Map.of("status", "afgerond", "uitkomst",
                "Geen wijziging: de Tweede Kamer besloot al anders"));
        assertThat(p.status()).isEqualTo(AgendaPunt.Status.AFGEROND);
        assertThat(agenda.punten(AgendaPunt.Status.AFGEROND)).hasSize(1);
        assertThat(agenda.punten(AgendaPunt.Status.VOORGESTELD)).isEmpty();
    }

    @Test
    void eenAgendapuntOverleeftDeOpslag() {
        AgendaPunt p = agenda.maak(SZW, body(KDN, "Kostendelersnorm", "utrecht"));
        AgendaPunt gelezen = agenda.punt(p.id());
        assertThat(gelezen).isEqualTo(p);
        assertThat(opslag.lees(RodeKnopOnderdeel.LANDELIJK, AgendaPunt.COLLECTIE, p.id())).isPresent();
        assertThat(opslag.lees("utrecht", AgendaPunt.COLLECTIE, p.id())).isEmpty();
    }
}
