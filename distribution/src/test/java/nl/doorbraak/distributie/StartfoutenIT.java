package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an administrator sees when bin/doorbraak cannot start as asked: one Dutch line and a non-zero exit code,
 * at once, instead of a stack trace and a process that runs on without HTTP.
 */
class StartfoutenIT {

    static Platform installatie;

    @BeforeAll
    static void kopieer() {
        installatie = Platform.nieuw();
    }

    @AfterAll
    static void ruimOp() {
        installatie.close();
    }

    @Test
    void aPortInUseIsReportedAndTheProcessStops() throws Exception {
        try (ServerSocket bezet = new ServerSocket()) {
            bezet.setReuseAddress(true);
            bezet.bind(new InetSocketAddress(0));
            Platform.Einde u = start(List.of(), Map.of("DOORBRAAK_PORT", Integer.toString(bezet.getLocalPort())));
            assertThat(u.code()).isEqualTo(1);
            assertThat(u.uitvoer()).contains("poort " + bezet.getLocalPort() + " is al in gebruik")
                    .doesNotContain("Exception").doesNotContain("Doorbraak draait op");
        }
    }

    @Test
    void aPortThatIsNoNumberIsReported() throws Exception {
        Platform.Einde u = start(List.of(), Map.of("DOORBRAAK_PORT", "acht"));
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.uitvoer()).contains("DOORBRAAK_PORT moet een poortnummer tussen 1 en 65535 zijn, niet 'acht'");
    }

    @Test
    void anUnknownOptionIsReportedWithTheUsage() throws Exception {
        Platform.Einde u = start(List.of("--demo", "--snel"), Map.of());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.uitvoer()).contains("onbekende optie '--snel'").contains("Gebruik: bin/doorbraak [--demo]");
    }

    @Test
    void aDataDirectoryThatCannotBeWrittenIsReported() throws Exception {
        Path bestand = Files.createTempFile("doorbraak-geen-map-", ".txt");
        Platform.Einde u = start(List.of(), Map.of("DOORBRAAK_DATA", bestand.resolve("data").toString()));
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.uitvoer()).contains("in de gegevensmap " + bestand.resolve("data") + " kan dit proces niet schrijven")
                .contains("DOORBRAAK_DATA").doesNotContain("Exception");
    }

    @Test
    void aJavaOlderThan17IsReportedBeforeItStarts() throws Exception {
        // a JDK directory as an administrator's JAVA_HOME would be: bin/java and the release file saying 11
        Path jdk = Files.createTempDirectory("doorbraak-oude-java-");
        Files.createDirectories(jdk.resolve("bin"));
        Path java = jdk.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nexec " + Path.of(System.getProperty("java.home"), "bin", "java") + " \"$@\"\n");
        java.toFile().setExecutable(true);
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"11.0.2\"\n");
        Platform.Einde u = start(List.of(), Map.of("JAVA_HOME", jdk.toString()));
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.uitvoer()).contains("Java 17 of nieuwer is nodig").contains("Java 11.0.2");
    }

    @Test
    void startedThroughASymlinkItFindsItsInstallation() throws Exception {
        // as an administrator links it into the PATH: ln -s /opt/doorbraak/bin/doorbraak /usr/local/bin/doorbraak
        Path map = Files.createTempDirectory("doorbraak-pad-");
        Path link = Files.createSymbolicLink(map.resolve("doorbraak"), installatie.home.resolve("bin/doorbraak"));
        Platform.Einde u = start(link, List.of("--snel"), Map.of());
        assertThat(u.code()).as(u.uitvoer()).isEqualTo(2);
        assertThat(u.uitvoer()).contains("onbekende optie '--snel'");
    }

    private static Platform.Einde start(List<String> args, Map<String, String> env) {
        return start(installatie.home.resolve("bin/doorbraak"), args, env);
    }

    private static Platform.Einde start(Path script, List<String> args, Map<String, String> env) {
        return installatie.draaiTotEinde(script, args, env, Duration.ofSeconds(30));
    }
}
