package nl.doorbraak.distributie;

import static nl.doorbraak.distributie.CasusApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A plug-in's routes and screen for the Rijk ({@code RijkEndpoint}, {@code /api/rijk/{segment}}) and its parts of the
 * casus screen ({@code VariantEndpoint.casusdelen()}, {@code /api/schermen/casusdelen}) over real HTTP, with the test
 * plug-in tests/plugin-rijkniveau hot deployed into the real distribution with the demo.
 */
class RijkEndpointIT {

    static final String JAR = "rijkniveau.jar";
    static final String PLUGIN = "nl.doorbraak.test.rijkniveau";
    static final String BASIS = "/api/rijk/rijktest";
    static Platform platform;

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** Deploys the test plug-in if it is not there (another test may have removed it) and waits for its routes. */
    static void metDePlugin() {
        if (!Files.exists(platform.home.resolve("deploy").resolve(JAR))) {
            platform.deploy(Platform.fixture("doorbraak-test-plugin-rijkniveau"), JAR);
        }
        Api rijk = platform.api().als("rijk-szw");
        DuurzaamheidIT.wachtTot(() -> rijk.get(BASIS).status() == 200);
    }

    @Test
    void deRoutesVanHetRijkVolgenLoginEnRol() {
        metDePlugin();
        Api rijk = platform.api().als("rijk-szw");
        Api.Antwoord a = rijk.get(BASIS);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("gebruiker").asText()).isEqualTo("rijk-szw");
        assertThat(a.json().has("gemeente")).isTrue();
        assertThat(a.json().path("gemeente").isNull()).as("Verzoek.gemeente() bij het Rijk").isTrue();
        assertThat(rijk.get(BASIS + "/zaken/z-17").json().path("id").asText()).isEqualTo("z-17");

        assertProblem(platform.api().get(BASIS), 401);
        // an account of a gemeente: the route names only rijk
        Api.Antwoord regisseur = platform.api().als("utrecht-regisseur").get(BASIS);
        assertProblem(regisseur, 403);
        assertThat(regisseur.json().path("detail").asText()).contains("rijktest");
        assertProblem(platform.api().als("platformbeheerder").get(BASIS), 403);
        // unknown path in the segment, unknown segment
        assertProblem(rijk.get(BASIS + "/zaken"), 404);
        assertProblem(rijk.get(BASIS + "/zaken/z-1/meer"), 404);
        assertProblem(rijk.get("/api/rijk/bestaatniet"), 404);
        // a method the route does not have
        Api.Antwoord put = rijk.put(BASIS, java.util.Map.of());
        assertProblem(put, 405);
        assertThat(put.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
    }

    @Test
    void deOpenApiBeschrijvingNoemtDeRoutesVanHetRijk() {
        metDePlugin();
        JsonNode paden = platform.api().get("/api/openapi.json").json().path("paths");
        JsonNode lijst = paden.path(BASIS).path("get");
        assertThat(lijst.isMissingNode()).as("GET " + BASIS + " in /api/openapi.json").isFalse();
        assertThat(lijst.path("summary").asText()).isEqualTo("Wie de plug-in van het Rijk ziet");
        assertThat(lijst.path("description").asText()).contains(PLUGIN).contains("Rijk");
        assertThat(lijst.path("x-doorbraak-rollen").toString()).isEqualTo("[\"rijk\"]");
        JsonNode zaak = paden.path(BASIS + "/zaken/{id}").path("get");
        assertThat(zaak.path("parameters").toString()).contains("\"name\":\"id\"").doesNotContain("gemeente");
        // the variant part of the same plug-in, under the gemeente as before
        assertThat(paden.has("/api/gemeenten/{gemeente}/rijktest/casussen/{id}")).isTrue();
    }

    @Test
    void hetSchermVanHetRijkStaatInDeSchermenVanAccountsZonderGemeente() {
        metDePlugin();
        JsonNode scherm = scherm(platform.api().als("rijk-szw"), "rijktest");
        assertThat(scherm).as("het scherm van de testplug-in voor rijk-szw").isNotNull();
        assertThat(scherm.path("titel").asText()).isEqualTo("Rijktest");
        assertThat(scherm.path("variant").isNull()).isTrue();
        String module = scherm.path("module").asText();
        assertThat(module).startsWith("/plugins/" + PLUGIN + "/").endsWith("/ui/rijktest.js");
        Api.Antwoord js = platform.api().get(module);
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.header("Content-Type")).startsWith("text/javascript");
        assertThat(js.body()).contains("export default function toon(element, context)");
        // not for an account of a gemeente, nor for the platformbeheerder (the screen names only rijk)
        assertThat(scherm(platform.api().als("utrecht-regisseur"), "rijktest")).isNull();
        assertThat(scherm(platform.api().als("platformbeheerder"), "rijktest")).isNull();
    }

    @Test
    void deDelenVanHetCasusschermVolgenVariantEnRol() {
        metDePlugin();
        Api.Antwoord a = platform.api().als("utrecht-regisseur").get("/api/schermen/casusdelen");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        List<String> ids = ids(a.json());
        assertThat(ids).contains("rijktest", "kapot");
        JsonNode deel = deel(a.json(), "rijktest");
        assertThat(deel.path("titel").asText()).isEqualTo("Rijktest op de casus");
        assertThat(deel.path("variant").asText()).isEqualTo("standaard");
        assertThat(deel.path("plugin").asText()).isEqualTo(PLUGIN);
        assertThat(platform.api().get(deel.path("module").asText()).status()).isEqualTo(200);
        // the menu does not list casus parts
        assertThat(scherm(platform.api().als("utrecht-regisseur"), "rijktest")).isNull();
        // a role the part does not name, an account without gemeente, no login
        assertThat(ids(platform.api().als("utrecht-tafellid").get("/api/schermen/casusdelen").json()))
                .doesNotContain("rijktest");
        assertThat(ids(platform.api().als("rijk-szw").get("/api/schermen/casusdelen").json())).isEmpty();
        assertProblem(platform.api().get("/api/schermen/casusdelen"), 401);
        // what the part asks: the plug-in's own route with the casus id
        String casus = platform.api().als("utrecht-regisseur").get("/api/gemeenten/utrecht/casussen").json()
                .path("results").get(0).path("id").asText();
        JsonNode eigen = platform.api().als("utrecht-regisseur")
                .get("/api/gemeenten/utrecht/rijktest/casussen/" + casus).json();
        assertThat(eigen.path("casus").asText()).isEqualTo(casus);
        assertThat(eigen.path("gemeente").asText()).isEqualTo("utrecht");
    }

    @Test
    void hetVerwijderenVanDePluginHaaltRoutesSchermenEnDelenWeg() {
        metDePlugin();
        Api rijk = platform.api().als("rijk-szw");
        String module = scherm(rijk, "rijktest").path("module").asText();
        platform.undeploy(JAR);
        try {
            DuurzaamheidIT.wachtTot(() -> scherm(rijk, "rijktest") == null);
            // once known, the segment is a plug-in being updated or gone: a short wait, then 503 with Retry-After
            Api.Antwoord weg = rijk.get(BASIS);
            assertProblem(weg, 503);
            assertThat(weg.header("Retry-After")).isNotBlank();
            assertThat(platform.api().get("/api/openapi.json").json().path("paths").has(BASIS)).isFalse();
            assertThat(platform.api().get(module).status()).isEqualTo(404);
            assertThat(ids(platform.api().als("utrecht-regisseur").get("/api/schermen/casusdelen").json()))
                    .doesNotContain("rijktest", "kapot");
            // the platform goes on
            assertThat(platform.api().als("utrecht-regisseur").get("/api/gemeenten/utrecht/casussen").status())
                    .isEqualTo(200);
            assertThat(platform.api().get("/api/health").json().path("status").asText()).isEqualTo("UP");
        } finally {
            metDePlugin();
        }
        // and back: routes and screen again
        assertThat(rijk.get(BASIS).status()).isEqualTo(200);
        assertThat(scherm(rijk, "rijktest")).isNotNull();
    }

    static JsonNode scherm(Api api, String id) {
        Api.Antwoord a = api.get("/api/schermen");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        for (JsonNode s : a.json().path("results")) {
            if (id.equals(s.path("id").asText()) && PLUGIN.equals(s.path("plugin").asText())) {
                return s;
            }
        }
        return null;
    }

    private static JsonNode deel(JsonNode lijst, String id) {
        for (JsonNode s : lijst.path("results")) {
            if (id.equals(s.path("id").asText()) && PLUGIN.equals(s.path("plugin").asText())) {
                return s;
            }
        }
        return null;
    }

    private static List<String> ids(JsonNode lijst) {
        List<String> ids = new ArrayList<>();
        for (JsonNode s : lijst.path("results")) {
            if (PLUGIN.equals(s.path("plugin").asText())) {
                ids.add(s.path("id").asText());
            }
        }
        return ids;
    }
}
