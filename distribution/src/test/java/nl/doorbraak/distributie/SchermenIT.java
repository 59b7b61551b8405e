package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Plug-in screens over real HTTP: the standaard plug-in's screen "Variantvelden" is in {@code /api/schermen} for the
 * roles it names, its ES module comes from the plug-in's jar under {@code /plugins/...} with immutable caching, and
 * both go away when the jar leaves deploy/ and come back with it.
 */
class SchermenIT {

    static final String JAR = "nl.doorbraak.plugin.standaard.jar";
    static final String PLUGIN = "nl.doorbraak.plugin.standaard";
    static Platform platform;
    static Path bewaard;

    @BeforeAll
    static void start() throws Exception {
        platform = Platform.nieuw().metDemo().start();
        bewaard = Files.copy(platform.home.resolve("deploy").resolve(JAR), platform.home.resolve("standaard.jar"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void hetSchermVanDeStandaardPluginKomtEnGaatMetDePlugin() {
        Api regisseur = platform.api().als("utrecht-regisseur");
        Api tafellid = platform.api().als("utrecht-tafellid");
        Api beheerder = platform.api().als("utrecht-beheerder");
        Api anoniem = platform.api();

        JsonNode scherm = scherm(regisseur);
        assertThat(scherm).as("het scherm van de standaardplug-in voor een casusregisseur").isNotNull();
        assertThat(scherm.path("titel").asText()).isEqualTo("Variantvelden");
        assertThat(scherm.path("variant").asText()).isEqualTo("standaard");
        String versie = scherm.path("versie").asText();
        String module = scherm.path("module").asText();
        assertThat(module).isEqualTo("/plugins/" + PLUGIN + "/" + versie + "/ui/variantvelden.js");
        assertThat(scherm(tafellid)).as("tafellid wordt genoemd").isNotNull();
        assertThat(scherm(beheerder)).as("gemeentebeheerder wordt niet genoemd").isNull();
        assertThat(anoniem.get("/api/schermen").status()).isEqualTo(401);

        // the module: code from the plug-in's jar, no login needed, cached for good (the version is in the path)
        Api.Antwoord js = anoniem.get(module);
        assertThat(js.status()).as(js.body()).isEqualTo(200);
        assertThat(js.header("Content-Type")).startsWith("text/javascript");
        assertThat(js.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(js.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(js.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(js.body()).contains("export default function toon(element, context)");
        // only ui/ of that bundle, in that version
        String basis = "/plugins/" + PLUGIN + "/" + versie + "/";
        for (String pad : List.of(basis + "META-INF/MANIFEST.MF",
                basis + "nl/doorbraak/plugin/standaard/StandaardEndpoint.class", basis + "ui/bestaatniet.js",
                "/plugins/" + PLUGIN + "/0.0.1/ui/variantvelden.js", "/plugins/nl.doorbraak.core/" + versie
                        + "/ui/variantvelden.js")) {
            Api.Antwoord a = anoniem.get(pad);
            assertThat(a.status()).as(pad).isEqualTo(404);
            assertThat(a.body()).as(pad).isEqualTo("Niet gevonden.\n");
        }

        // what the screen itself asks: the variant's fields, through the plug-in's route
        Api.Antwoord velden = regisseur.get("/api/gemeenten/utrecht/standaard/velden");
        assertThat(velden.status()).as(velden.body()).isEqualTo(200);
        List<String> namen = new ArrayList<>();
        velden.json().path("velden").forEach(v -> namen.add(v.path("naam").asText()));
        assertThat(namen).containsExactly("urgentie", "aangebrachtDoor", "domeinen", "regelsInDeWeg");

        // removed: no screen, no module
        platform.undeploy(JAR);
        DuurzaamheidIT.wachtTot(() -> scherm(regisseur) == null && anoniem.get(module).status() == 404);
        assertThat(regisseur.get("/api/schermen").json().path("results").findValuesAsText("plugin"))
                .doesNotContain(PLUGIN);

        // back: both again
        platform.deploy(bewaard, JAR);
        DuurzaamheidIT.wachtTot(() -> scherm(regisseur) != null && anoniem.get(module).status() == 200);
        assertThat(scherm(regisseur).path("module").asText()).isEqualTo(module);
    }

    /** The standaard plug-in's screen in this user's /api/schermen, or null. */
    private static JsonNode scherm(Api api) {
        Api.Antwoord a = api.get("/api/schermen");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        for (JsonNode s : a.json().path("results")) {
            if (PLUGIN.equals(s.path("plugin").asText()) && "variantvelden".equals(s.path("id").asText())) {
                return s;
            }
        }
        return null;
    }
}
