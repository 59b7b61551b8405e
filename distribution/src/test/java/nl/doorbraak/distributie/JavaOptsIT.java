package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An administrator adds JVM options with JAVA_OPTS (docs/configuratie.md): they come after the defaults of
 * bin/doorbraak, so what they set wins and what they do not mention keeps its measured default.
 */
class JavaOptsIT {

    static Platform platform;

    @BeforeAll
    static void start() {
        platform = Platform.nieuw()
                .metOmgeving("JAVA_OPTS", "-Xmx384m -Dorg.slf4j.simpleLogger.log.nl.doorbraak=warn")
                .start();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void javaOptsComeAfterTheDefaultsSoTheyWin() {
        List<String> cmd = platform.opdrachtregel();
        assertThat(cmd).contains("-XX:+UseSerialGC", "-Xms16m", "-XX:CompileThresholdScaling=3");
        assertThat(cmd.indexOf("-Xmx384m")).as("de optie uit JAVA_OPTS staat na de standaard")
                .isGreaterThan(cmd.indexOf("-Xmx512m"));
    }

    @Test
    void aLogLevelGivenInJavaOptsApplies() {
        // the core logs each gemeente it reads from config/ at info; at warn for nl.doorbraak that line is gone,
        // Jetty's own info line stays
        assertThat(platform.log()).contains("INFO http - Started Jetty").doesNotContain("INFO GemeenteRegister");
        assertThat(platform.api().get("/api/health").status()).isEqualTo(200);
    }

    @Test
    void theNativeHeapIsGivenBackWhenTheJdkKnowsHow() {
        // the flag exists from 17.0.9 (bin/doorbraak reads the JDK release file); the platform runs on the java this
        // test runs on (JAVA_HOME or the PATH, both inherited from the build)
        Runtime.Version v = Runtime.version();
        boolean kent = v.feature() > 17 || v.update() >= 9;
        if (kent) {
            assertThat(platform.opdrachtregel()).contains("-XX:TrimNativeHeapInterval=1000");
        } else {
            assertThat(platform.opdrachtregel()).noneMatch(o -> o.startsWith("-XX:TrimNativeHeapInterval"));
        }
    }
}
