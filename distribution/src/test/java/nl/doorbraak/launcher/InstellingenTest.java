package nl.doorbraak.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What bin/doorbraak's arguments and environment mean (README, docs/configuratie.md). */
class InstellingenTest {

    static final Path HOME = Path.of("/opt/doorbraak");

    static Main.Instellingen lees(Map<String, String> env, String... args) {
        return Main.Instellingen.lees(args, env, HOME);
    }

    @Test
    void withoutAnythingItRunsOn8080WithDataInTheInstallationAndNoDemo() {
        Main.Instellingen i = lees(Map.of());
        assertThat(i.poort()).isEqualTo(8080);
        assertThat(i.data()).isEqualTo(HOME.resolve("data"));
        assertThat(i.logs()).isEqualTo(HOME.resolve("logs"));
        assertThat(i.demo()).isFalse();
    }

    @Test
    void demoComesFromTheOptionOrTheEnvironment() {
        assertThat(lees(Map.of(), "--demo").demo()).isTrue();
        assertThat(lees(Map.of("DOORBRAAK_DEMO", "true")).demo()).isTrue();
        assertThat(lees(Map.of("DOORBRAAK_DEMO", "TRUE")).demo()).isTrue();
        assertThat(lees(Map.of("DOORBRAAK_DEMO", "false")).demo()).isFalse();
        assertThat(lees(Map.of("DOORBRAAK_DEMO", "ja")).demo()).as("alleen true telt").isFalse();
    }

    @Test
    void portAndDataComeFromTheEnvironment() {
        Main.Instellingen i = lees(Map.of("DOORBRAAK_PORT", " 9090 ", "DOORBRAAK_DATA", "/var/lib/doorbraak/../doorbraak"));
        assertThat(i.poort()).isEqualTo(9090);
        assertThat(i.data()).isEqualTo(Path.of("/var/lib/doorbraak"));
        assertThat(lees(Map.of("DOORBRAAK_PORT", "", "DOORBRAAK_DATA", " ")).poort()).isEqualTo(8080);
    }

    @Test
    void aPortOutsideTheRangeOrNoNumberIsRefusedWithTheValue() {
        for (String p : new String[] { "0", "65536", "-1", "acht", "80 80" }) {
            assertThatThrownBy(() -> lees(Map.of("DOORBRAAK_PORT", p))).as(p)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("DOORBRAAK_PORT moet een poortnummer tussen 1 en 65535 zijn, niet '" + p + "'");
        }
    }

    @Test
    void anUnknownOptionIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> lees(Map.of(), "--demo", "-d"))
                .hasMessage("onbekende optie '-d'. Gebruik: bin/doorbraak [--demo]");
    }
}
