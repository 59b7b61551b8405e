package nl.doorbraak.plugin.rodeknop;

import static nl.doorbraak.plugin.rodeknop.AgendaTest.KDN_REGEL;
import static nl.doorbraak.plugin.rodeknop.AgendaTest.NU;
import static nl.doorbraak.plugin.rodeknop.AgendaTest.PARTIJEN;
import static nl.doorbraak.plugin.rodeknop.AgendaTest.zaak;
import static nl.doorbraak.plugin.rodeknop.RodeKnopServiceTest.fake;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.service.SignaalService;
import nl.doorbraak.plugin.rodeknop.Zaak.Regel;
import nl.doorbraak.plugin.rodeknop.Zaak.Soort;
import nl.doorbraak.plugin.rodeknop.Zaak.Status;

/** The figures: counts per partij, thema and gemeente, time to overleg, outcomes, follow-ups and lessons. */
@SuppressWarnings("unchecked")
class CijfersTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 12, 7);
    static final Regel ANDERE = new Regel("Rijbewijs ingevorderd", null, null);

    GeheugenOpslag opslag;
    Zaken zaken;
    Agenda agenda;
    Cijfers cijfers;

    @BeforeEach
    void maak() {
        opslag = new GeheugenOpslag();
        zaken = new Zaken(opslag, () -> AgendaTest.GEMEENTEN);
        SignaalService geen = fake(SignaalService.class, (m, a) -> new Pagina<>(0, 1, 100, List.of()));
        Clock klok = Clock.fixed(NU, ZoneOffset.UTC);
        agenda = new Agenda(opslag, geen, AgendaTest.gemeenten(), PARTIJEN, 3, klok);
        cijfers = new Cijfers(opslag, AgendaTest.gemeenten(), PARTIJEN, agenda, klok);

        // ingediend on 2026-12-07 (NU); overleg after 3, 10 and 20 days
        zaken.bewaar(zaak("z1", "utrecht", "u1", KDN_REGEL, "inkomen", Set.of("thema"), List.of("szw", "uwv"),
                Status.AFGEROND, VANDAAG.plusDays(3), Soort.DOORBRAAK, VANDAAG.minusDays(1)));
        zaken.bewaar(zaak("z2", "utrecht", "u2", ANDERE, "werk", Set.of(), List.of("uwv"), Status.UITKOMST,
                VANDAAG.plusDays(10), Soort.OMWISSELBESLUIT, VANDAAG));
        zaken.bewaar(zaak("z3", "leeuwarden", "l1", KDN_REGEL, "inkomen", Set.of("thema"), List.of("szw"),
                Status.UITKOMST, VANDAAG.plusDays(20), Soort.GEEN_OPLOSSING, VANDAAG.plusDays(60)));
        zaken.bewaar(zaak("z4", "leeuwarden", "l2", KDN_REGEL, "inkomen", Set.of("thema"), List.of("szw"),
                Status.INGEDIEND, null, null, null));
    }

    static Map<String, Object> m(Object o) {
        return (Map<String, Object>) o;
    }

    static List<Map<String, Object>> l(Object o) {
        return (List<Map<String, Object>>) o;
    }

    @Test
    void hetRijkZietAantallenOverAlleGemeenten() {
        AgendaPunt p = agenda.maak(AgendaTest.SZW, AgendaTest.body(AgendaTest.KDN, "Kostendelersnorm", "szw"));
        agenda.wijzigStatus(AgendaTest.SZW, p.id(), Map.of("status", "geagendeerd"));

        Map<String, Object> c = cijfers.platform();

        assertThat(c).containsEntry("bereik", "platform");
        assertThat(m(c.get("zaken"))).containsEntry("totaal", 4).containsEntry("open", 3L)
                .containsEntry("afgerond", 1L);
        assertThat(m(m(c.get("zaken")).get("perStatus"))).containsEntry("ingediend", 1L)
                .containsEntry("overleg-gepland", 0L).containsEntry("uitkomst", 2L).containsEntry("afgerond", 1L);
        // a zaak for two parties counts for both
        assertThat(l(c.get("perPartij"))).extracting(r -> r.get("partij") + "=" + r.get("zaken"))
                .containsExactly("szw=3", "uwv=2");
        // the Rijk does not see a thema the gemeente did not share
        assertThat(l(c.get("perThema"))).extracting(r -> r.get("thema") + "=" + r.get("zaken"))
                .containsExactly("inkomen=3", "niet-gedeeld=1");
        assertThat(l(c.get("perGemeente"))).extracting(r -> r.get("gemeente") + "=" + r.get("zaken"))
                .containsExactly("eindhoven=0", "leeuwarden=2", "utrecht=2");
        assertThat(m(c.get("tijdTotOverleg"))).containsEntry("aantal", 3).containsEntry("mediaanDagen", 10L)
                .containsEntry("gemiddeldeDagen", 11L);
        assertThat(m(c.get("uitkomsten"))).containsEntry("doorbraak", 1L).containsEntry("omwisselbesluit", 1L)
                .containsEntry("geen-oplossing", 1L);
        // z2's follow-up is due today, z3's in 60 days, z1's is recorded
        assertThat(m(c.get("followUps"))).containsEntry("aanDeBeurt", 1L).containsEntry("gepland", 1L)
                .containsEntry("vastgelegd", 1L);
        assertThat(m(c.get("lessen"))).containsEntry("totaal", 1);
        assertThat(m(m(c.get("lessen")).get("perStatus"))).containsEntry("voorgesteld", 0L)
                .containsEntry("geagendeerd", 1L).containsEntry("in-behandeling", 0L).containsEntry("afgerond", 0L);
        assertThat(c.toString()).doesNotContain("u1", "l1", "INW-", "Geheime vraag");
    }

    @Test
    void eenGemeenteZietAlleenHaarEigenZakenEnDeLessenOverHaarRegels() {
        agenda.maak(AgendaTest.SZW, AgendaTest.body(AgendaTest.KDN, "Kostendelersnorm", "szw"));
        agenda.maak(AgendaTest.SZW, AgendaTest.body("Een regel die in Leeuwarden niet knelt", "Elders", "szw"));

        Map<String, Object> c = cijfers.gemeente("leeuwarden");

        assertThat(c).containsEntry("bereik", "gemeente").containsEntry("gemeente", "leeuwarden")
                .containsEntry("naam", "Gemeente Leeuwarden").doesNotContainKey("perGemeente");
        assertThat(m(c.get("zaken"))).containsEntry("totaal", 2);
        assertThat(l(c.get("perPartij"))).extracting(r -> r.get("partij") + "=" + r.get("zaken"))
                .containsExactly("szw=2", "uwv=0");
        assertThat(m(c.get("tijdTotOverleg"))).containsEntry("aantal", 1).containsEntry("mediaanDagen", 20L);
        assertThat(m(c.get("lessen"))).containsEntry("totaal", 1);

        // its own unshared thema counts under its name
        Map<String, Object> utrecht = cijfers.gemeente("utrecht");
        assertThat(l(utrecht.get("perThema"))).extracting(r -> r.get("thema") + "=" + r.get("zaken"))
                .containsExactly("inkomen=1", "werk=1");
    }

    @Test
    void tijdTotOverlegMetEenEvenAantalEnZonderOverleg() {
        List<Zaak> twee = List.of(
                zaak("a", "utrecht", "a", KDN_REGEL, "inkomen", Set.of(), List.of("szw"), Status.OVERLEG_GEPLAND,
                        VANDAAG.plusDays(4), null, null),
                zaak("b", "utrecht", "b", KDN_REGEL, "inkomen", Set.of(), List.of("szw"), Status.OVERLEG_GEPLAND,
                        VANDAAG.plusDays(7), null, null));
        assertThat(Cijfers.tijdTotOverleg(twee)).containsEntry("aantal", 2).containsEntry("mediaanDagen", 5.5)
                .containsEntry("gemiddeldeDagen", 5.5);
        assertThat(Cijfers.tijdTotOverleg(List.of())).containsEntry("aantal", 0).containsEntry("mediaanDagen", null)
                .containsEntry("gemiddeldeDagen", null);
    }
}
