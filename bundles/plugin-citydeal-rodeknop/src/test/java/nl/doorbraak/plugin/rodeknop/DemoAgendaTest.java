package nl.doorbraak.plugin.rodeknop;

import static nl.doorbraak.plugin.rodeknop.RodeKnopServiceTest.fake;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.service.SignaalService;

/** The demo's agenda items: about rules of the demo zaken, in three states, loaded once and then left alone. */
class DemoAgendaTest {

    @Test
    void dePuntenGaanOverRegelsVanDeDemozakenEnWordenEenKeerVastgelegd() {
        Instant nu = Instant.parse("2026-12-07T09:00:00Z");
        List<AgendaPunt> plan = DemoAgenda.plan(nu);
        Set<String> regelsVanZaken = Set.copyOf(DemoZaken.plan(nu).stream()
                .map(z -> Regelgroep.sleutel(Regelgroep.tekst(z.regel()))).toList());
        assertThat(plan).extracting(AgendaPunt::sleutel).allSatisfy(s -> assertThat(regelsVanZaken).contains(s));
        assertThat(plan).extracting(AgendaPunt::status).containsExactly(AgendaPunt.Status.GEAGENDEERD,
                AgendaPunt.Status.IN_BEHANDELING, AgendaPunt.Status.AFGEROND);
        assertThat(plan.get(2).uitkomst()).startsWith("Omwisselbesluit");

        GeheugenOpslag opslag = new GeheugenOpslag();
        SignaalService geen = fake(SignaalService.class, (m, a) -> new Pagina<>(0, 1, 100, List.of()));
        Agenda agenda = new Agenda(opslag, geen, AgendaTest.gemeenten(), AgendaTest.PARTIJEN, 3,
                Clock.fixed(nu, ZoneOffset.UTC));
        DemoAgenda demo = new DemoAgenda(agenda);
        assertThat(demo.laad(() -> false)).startsWith("3 ");
        String id = plan.get(0).id();
        agenda.wijzigStatus(AgendaTest.SZW, id, Map.of("status", "in-behandeling"));
        assertThat(demo.laad(() -> false)).startsWith("0 ");
        assertThat(agenda.punt(id).status()).as("changed by a demo user: stays").isEqualTo(
                AgendaPunt.Status.IN_BEHANDELING);
        assertThat(agenda.punten(null)).hasSize(3);
    }
}
