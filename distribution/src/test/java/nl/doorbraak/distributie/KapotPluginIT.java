package nl.doorbraak.distributie;

import static nl.doorbraak.distributie.CasusApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A plug-in that throws in its activation or in its requests leaves the core serving. */
class KapotPluginIT {

    static Platform platform;

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
        platform.deploy(Platform.fixture("doorbraak-test-plugin-kapot"), "kapot.jar");
        Api api = platform.api().als("utrecht-regisseur");
        DuurzaamheidIT.wachtTot(() -> api.get("/api/gemeenten/utrecht/kapot/onzin").status() != 404);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void aThrowingActivationIsLoggedAndTheCoreKeepsServing() {
        DuurzaamheidIT.wachtTot(() -> platform.log().contains("kapot bij activatie"));
        assertThat(platform.api().get("/api/health").json().path("status").asText()).isEqualTo("UP");
        assertThat(platform.api().als("utrecht-regisseur").get("/api/gemeenten/utrecht/casussen").status())
                .isEqualTo(200);
    }

    @Test
    void aPluginThatCannotResolveIsAHealthWarning() throws Exception {
        java.util.jar.Manifest m = new java.util.jar.Manifest();
        m.getMainAttributes().putValue("Manifest-Version", "1.0");
        m.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        m.getMainAttributes().putValue("Bundle-SymbolicName", "nl.doorbraak.test.onoplosbaar");
        m.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        m.getMainAttributes().putValue("Import-Package", "com.example.ontbreekt");
        java.nio.file.Path jar = java.nio.file.Files.createTempFile("onoplosbaar", ".jar");
        try (var uit = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar), m)) {
            // a manifest is all it takes
        }
        platform.deploy(jar, "onoplosbaar.jar");
        DuurzaamheidIT.wachtTot(() -> platform.api().get("/api/health").json().path("waarschuwingen").toString()
                .contains("nl.doorbraak.test.onoplosbaar"));
        assertThat(platform.api().get("/api/health").json().path("status").asText()).isEqualTo("UP");
        platform.undeploy("onoplosbaar.jar");
        DuurzaamheidIT.wachtTot(() -> !platform.api().get("/api/health").json().path("waarschuwingen").toString()
                .contains("nl.doorbraak.test.onoplosbaar"));
    }

    @Test
    void aThrowingRequestIsAProblemAndTheNextRequestWorks() {
        Api api = platform.api().als("utrecht-regisseur");
        for (String pad : new String[] {"exceptie", "error", "onzin"}) {
            Api.Antwoord a = api.get("/api/gemeenten/utrecht/kapot/" + pad);
            assertProblem(a, 500);
            assertThat(a.json().path("detail").asText()).contains("kapot");
            assertThat(api.get("/api/gemeenten/utrecht/casussen").status()).isEqualTo(200);
        }
        assertThat(platform.api().get("/api/health").status()).isEqualTo(200);
    }
}
