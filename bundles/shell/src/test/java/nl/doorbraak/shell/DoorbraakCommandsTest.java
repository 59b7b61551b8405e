package nl.doorbraak.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.CasusWijziging;
import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.VariantInfo;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.service.GemeenteService;

/** What a beheerder sees at the Gogo prompt; the services are small in-memory stand-ins. */
class DoorbraakCommandsTest {

    static final Gemeente UTRECHT = new Gemeente("utrecht", "Gemeente Utrecht", List.of("standaard"),
            List.of(Escalatieniveau.geconfigureerd("tafel", 5), Escalatieniveau.geconfigureerd("directie", 10),
                    Escalatieniveau.geconfigureerd("bestuur", 20)), 24, "utrecht");

    final List<Casus> casussen = new ArrayList<>();
    final List<String> waarschuwingen = new ArrayList<>();
    final List<Namens> namens = new ArrayList<>();
    final DoorbraakCommands commands = new DoorbraakCommands(new Gemeenten(),
            () -> List.of(new VariantInfo("standaard", "Doorbraaktafel (City Deal)", "nl.doorbraak.plugin.standaard",
                    "1.0.0", 2, "actief"), new VariantInfo("rodeknop", "Rode knop", null, null, 1, "afwezig")),
            new Casussen(), () -> waarschuwingen);

    @Test
    void gemeentenShowsTheEscalatieroute() {
        assertThat(commands.gemeenten()).contains("utrecht", "Gemeente Utrecht", "tafel (5 d) > directie (10 d) > bestuur (20 d)",
                "24 mnd");
    }

    @Test
    void variantenShowsActiveAndAbsent() {
        String uit = commands.varianten();
        assertThat(uit).contains("standaard", "nl.doorbraak.plugin.standaard", "actief");
        assertThat(uit.lines().filter(l -> l.startsWith("rodeknop")).findFirst().orElseThrow()).contains("afwezig", "-");
    }

    @Test
    void casussenWalksAllPagesAndCountsPerStatusWithoutPersonalData() {
        for (int i = 0; i < 130; i++) {
            casussen.add(casus("c" + i, i % 2 == 0 ? CasusStatus.AANGEMELD : CasusStatus.BESLOTEN));
        }
        String uit = commands.casussen("utrecht");
        assertThat(uit.lines().filter(l -> l.startsWith("c")).count()).isEqualTo(130);
        assertThat(uit).endsWith("130 casussen, 65 aangemeld, 65 besloten");
        // the shell acts as platformbeheerder: no casus contents, no titel
        assertThat(uit).doesNotContain("INW-").doesNotContain("hulpvraag van").doesNotContain("Titel");
        assertThat(uit.lines().findFirst().orElseThrow()).contains("ID", "STATUS", "VARIANT", "TAFEL", "GEWIJZIGD");
    }

    @Test
    void theShellListsAsThePlatformWithItsDoelSoTheCoreRecordsIt() {
        casussen.add(casus("c1", CasusStatus.AANGEMELD));
        commands.casussen("utrecht");
        assertThat(namens).isNotEmpty().allSatisfy(n -> {
            assertThat(n.gebruiker().isSysteem()).isTrue();
            assertThat(n.gebruiker().gebruikersnaam()).isEqualTo("systeem:gogo-shell");
            assertThat(n.doel()).contains("Gogo-shell");
        });
    }

    @Test
    void withoutItsVerwerkingTheListIsNotShown() {
        // the core refuses to return casussen it could not record
        casussen.add(casus("c1", CasusStatus.AANGEMELD));
        logFaalt = true;
        assertThatThrownBy(() -> commands.casussen("utrecht")).hasMessageContaining("journaal vol");
    }

    @Test
    void anUnknownGemeenteIsNamedWithTheKnownOnes() {
        assertThat(commands.casussen("atlantis")).isEqualTo("Onbekende gemeente 'atlantis'. Bekend: utrecht");
    }

    @Test
    void gezondheidListsWarnings() {
        assertThat(commands.gezondheid()).isEqualTo("Alles in orde.");
        waarschuwingen.add("Configuratie van gemeente 'ede' geweigerd");
        assertThat(commands.gezondheid()).contains("Waarschuwingen:", "ede");
    }

    @Test
    void noControlCharacterFromTheDataOrTheCommandLineReachesTheTerminal() {
        // e.g. stored before the platform refused them, or by a plug-in: an escape that would clear the screen and
        // a line break that would forge a row
        casussen.add(new Casus("c1", "utrecht", "t1", "\u001b[2J\u001b]0;gekaapt\u0007Titel\nc9  nep", "Titel",
                "x", new Inwoner("INW-1", "A.B."), "wonen", CasusStatus.AANGEMELD, null, List.of(), List.of(), Map.of(),
                1, Instant.now(), Instant.now()));
        waarschuwingen.add("Gemeenteconfiguratie \u001b[31mrood\r\nnep");
        String uit = commands.casussen("utrecht") + commands.casussen("\u001b[5mknipper") + commands.gezondheid();
        assertThat(uit.chars().filter(c -> c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f)))).isEmpty();
        assertThat(uit).contains("\\u001b[2J").contains("Titel\\nc9  nep").contains("'\\u001b[5mknipper'")
                .contains("\\u001b[31mrood\\r\\nnep");
        assertThat(uit.lines().filter(l -> l.startsWith("c9"))).isEmpty();
    }

    private static Casus casus(String id, CasusStatus status) {
        return new Casus(id, "utrecht", "t1", "standaard", "Titel " + id, "hulpvraag van " + id,
                new Inwoner("INW-" + id, "A.B."), "wonen", status, null, List.of(), List.of(), Map.of(), 1, Instant.now(),
                Instant.now());
    }

    boolean logFaalt;


    private static final class Gemeenten implements GemeenteService {
        @Override
        public List<Gemeente> alle() {
            return List.of(UTRECHT);
        }

        @Override
        public Optional<Gemeente> zoek(String id) {
            return UTRECHT.id().equals(id) ? Optional.of(UTRECHT) : Optional.empty();
        }

        @Override
        public List<Gemeente> zichtbaar(Namens namens) {
            return alle();
        }

        @Override
        public Optional<Gemeente> zoek(Namens namens, String id) {
            return zoek(id);
        }
    }

    private final class Casussen implements CasusService {
        @Override
        public Pagina<Casus> lijst(Namens n, String gemeente, CasusFilter filter, int page, int pageSize) {
            if (logFaalt) {
                throw new IllegalStateException("journaal vol");
            }
            namens.add(n);
            int van = (page - 1) * pageSize;
            return new Pagina<>(casussen.size(), page, pageSize,
                    casussen.subList(Math.min(van, casussen.size()), Math.min(van + pageSize, casussen.size())));
        }

        @Override
        public Optional<Casus> zoek(Namens namens, String gemeente, String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Casus maak(Namens namens, String gemeente, NieuweCasus casus) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Casus wijzig(Namens namens, String gemeente, String id, long verwachteVersie, CasusWijziging wijziging) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Casus wijzigStatus(Namens namens, String gemeente, String id, Long verwachteVersie, CasusStatus naar,
                String reden, nl.doorbraak.api.domein.Resultaat resultaat, boolean ondanksOpenstaand) {
            throw new UnsupportedOperationException();
        }
    }
}
