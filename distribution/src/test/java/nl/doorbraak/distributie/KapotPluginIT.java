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
