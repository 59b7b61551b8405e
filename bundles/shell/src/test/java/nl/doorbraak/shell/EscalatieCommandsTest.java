package nl.doorbraak.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieFilter;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.domein.EscalatieWijziging;
import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.service.EscalatieService;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.toegang.Namens;

/** What a beheerder sees with doorbraak:escalaties; the services are small in-memory stand-ins. */
class EscalatieCommandsTest {

    static final Instant NU = Instant.parse("2026-11-25T12:00:00Z");
    final List<Escalatie> alle = new ArrayList<>();
    final List<EscalatieFilter> filters = new ArrayList<>();
    final List<Namens> namensen = new ArrayList<>();
    final EscalatieCommands commands = new EscalatieCommands(new NepGemeenten(), new Escalaties());

    static Escalatie escalatie(String id, EscalatieStatus status, Instant deadline) {
        return new Escalatie(id, "utrecht", "casus-" + id, "directie", "directie", 10, "geheime reden van " + id,
                status, deadline, status == EscalatieStatus.OPEN && deadline.isBefore(NU), null, null, null,
                List.of(new EscalatieWijziging(null, EscalatieStatus.OPEN, "r", NU, "x")), 1, NU, "r", NU);
    }

    @Test
    void toontAlleEscalatiesMetVerlopenEnZonderVrijeTekst() {
        for (int i = 0; i < 120; i++) {
            alle.add(escalatie("e" + i, i < 3 ? EscalatieStatus.OPEN : EscalatieStatus.OPGELOST,
                    NU.minus(Duration.ofDays(4))));
        }
        String uit = commands.toon("utrecht", false, NU);
        assertThat(uit.lines().filter(l -> l.startsWith("e")).count()).isEqualTo(120);
        assertThat(uit).endsWith("120 escalatie(s), waarvan 3 verlopen");
        assertThat(uit.lines().filter(l -> l.startsWith("e1 ")).findFirst().orElseThrow())
                .contains("casus-e1", "directie", "open", "verlopen (4 d)");
        assertThat(uit).doesNotContain("geheime reden");
        assertThat(filters.get(0).alleenVerlopen()).isFalse();
        // the console lists as the platform itself, so the core records the read as systeem:gogo-shell
        assertThat(namensen.get(0).gebruiker().gebruikersnaam()).isEqualTo("systeem:gogo-shell");
    }

    @Test
    void verlopenVraagtAlleenVerlopenOp() {
        assertThat(commands.toon("utrecht", true, NU)).isEqualTo("Geen verlopen escalaties in utrecht.");
        assertThat(filters.get(0).alleenVerlopen()).isTrue();
        assertThat(commands.escalaties(false, "utrecht")).isEqualTo("Geen escalaties in utrecht.");
    }

    @Test
    void eenOnbekendeGemeenteNoemtDeBekende() {
        assertThat(commands.toon("atlantis", false, NU)).isEqualTo("Onbekende gemeente 'atlantis'. Bekend: utrecht");
    }

    private final class Escalaties implements EscalatieService {
        @Override
        public Pagina<Escalatie> lijst(Namens namens, String gemeente, EscalatieFilter filter, int page, int pageSize) {
            namensen.add(namens);
            filters.add(filter);
            List<Escalatie> l = alle.stream().filter(e -> !filter.alleenVerlopen() || e.verlopen()).toList();
            int van = (page - 1) * pageSize;
            return new Pagina<>(l.size(), page, pageSize, l.subList(Math.min(van, l.size()),
                    Math.min(van + pageSize, l.size())));
        }

        @Override
        public List<Escalatieniveau> route(Namens namens, String gemeente) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Escalatie> vanCasus(Namens namens, String gemeente, String casusId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Escalatie> zoek(Namens namens, String gemeente, String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Escalatie escaleer(Namens namens, String gemeente, String casusId, String niveau,
                String reden) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Escalatie beantwoord(Namens namens, String gemeente, String id, Long versie,
                String antwoord) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Escalatie losOp(Namens namens, String gemeente, String id, Long versie,
                String toelichting) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Escalatie escaleerDoor(Namens namens, String gemeente, String id, Long versie,
                String reden) {
            throw new UnsupportedOperationException();
        }
    }
}
