package nl.doorbraak.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void theBindAddressComesFromTheEnvironmentAndIsAllInterfacesWithoutIt() {
        assertThat(lees(Map.of()).bind()).isNull();
        for (String alle : new String[] { "", " ", "0.0.0.0", "::", "[::]", "*" }) {
            assertThat(lees(Map.of("DOORBRAAK_BIND", alle)).bind()).as(alle).isNull();
        }
        assertThat(lees(Map.of("DOORBRAAK_BIND", " 127.0.0.1 ")).bind()).isEqualTo("127.0.0.1");
        assertThat(lees(Map.of("DOORBRAAK_BIND", "::1")).bind()).isEqualTo("::1");
        assertThat(lees(Map.of("DOORBRAAK_BIND", "[::1]")).bind()).isEqualTo("::1");
        assertThat(lees(Map.of("DOORBRAAK_BIND", "localhost")).bind()).isEqualTo("localhost");
    }

    @Test
    void aBindAddressThatIsNoAddressIsRefusedWithTheValue() {
        for (String b : new String[] { "127.0.0.1:8080", "http://127.0.0.1/", "een adres", "bestaat-niet.invalid" }) {
            assertThatThrownBy(() -> lees(Map.of("DOORBRAAK_BIND", b))).as(b)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("DOORBRAAK_BIND moet een IP-adres of hostnaam van deze machine zijn")
                    .hasMessageEndingWith("niet '" + b + "'");
        }
    }

    @Test
    void withoutFelixConfigurationItListensOnHttpOnly(@TempDir Path home) {
        Main.Adressen a = Main.Adressen.van(Main.Instellingen.lees(new String[0], Map.of("DOORBRAAK_PORT", "9090"), home));
        assertThat(a.poorten()).containsExactly(9090);
        assertThat(a.urls()).isEqualTo("http://localhost:9090/");
        assertThat(a.waar()).isEqualTo("luistert op alle netwerkinterfaces");
    }

    @Test
    void httpsFromConfigComesFirstAndTheBindAddressIsNamed(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/org.apache.felix.http.cfg"), "org.apache.felix.https.enable = true\n"
                + "org.osgi.service.http.port.secure = 9443\norg.apache.felix.https.keystore = ${doorbraak.home}/x.p12\n");
        Main.Adressen a = Main.Adressen.van(Main.Instellingen.lees(new String[0],
                Map.of("DOORBRAAK_PORT", "9090", "DOORBRAAK_BIND", "127.0.0.1"), home));
        assertThat(a.poorten()).containsExactly(9443, 9090);
        assertThat(a.urls()).isEqualTo("https://127.0.0.1:9443/ en http://127.0.0.1:9090/");
        assertThat(a.waar()).isEqualTo("luistert alleen op 127.0.0.1");

        Files.writeString(home.resolve("config/org.apache.felix.http.cfg"), "org.apache.felix.https.enable = true\n"
                + "org.apache.felix.http.enable = false\n");
        Main.Adressen alleenHttps = Main.Adressen.van(Main.Instellingen.lees(new String[0], Map.of("DOORBRAAK_BIND", "::1"), home));
        assertThat(alleenHttps.poorten()).containsExactly(8443);
        assertThat(alleenHttps.urls()).isEqualTo("https://[::1]:8443/");

        Files.writeString(home.resolve("config/org.apache.felix.http.cfg"), "org.apache.felix.http.enable = false\n");
        assertThatThrownBy(() -> Main.Adressen.van(Main.Instellingen.lees(new String[0], Map.of(), home)))
                .hasMessageContaining("nergens bereikbaar");
        Files.writeString(home.resolve("config/org.apache.felix.http.cfg"), "org.apache.felix.https.enable = true\n"
                + "org.osgi.service.http.port.secure = veilig\n");
        assertThatThrownBy(() -> Main.Adressen.van(Main.Instellingen.lees(new String[0], Map.of(), home)))
                .hasMessage("org.osgi.service.http.port.secure in config/org.apache.felix.http.cfg moet een poortnummer "
                        + "tussen 1 en 65535 zijn, niet 'veilig'");
    }

    @Test
    void anUnknownOptionIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> lees(Map.of(), "--demo", "-d"))
                .hasMessage("onbekende optie '-d'. Gebruik: bin/doorbraak [--demo]");
    }
}
