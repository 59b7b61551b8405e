package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The standaard variant is updated (schema 1 → 2, a field added), removed and installed again by replacing files
 * in deploy/, under concurrent reads and writes on its casussen. No request fails except the documented 503s while
 * the variant is absent; nothing is lost; core and web keep their bundle ids.
 */
class HotSwapIT {

    static final String JAR = "nl.doorbraak.plugin.standaard.jar";
    static Platform platform;
    static Path nieuw;

    @BeforeAll
    static void start() throws Exception {
        platform = Platform.nieuw().metDemo().start();
        nieuw = Files.copy(platform.home.resolve("deploy").resolve(JAR), platform.home.resolve("standaard-v2.jar"));
        platform.deploy(Platform.fixture("doorbraak-test-plugin-standaard-v1"), JAR);
        wachtOpVariant("actief", 1);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void updateRemoveAndReinstallUnderLoad() {
        Api regisseur = platform.api().als("utrecht-regisseur");
        Api beheer = platform.api().als("platformbeheerder");
        String tafel = regisseur.get("/api/gemeenten/utrecht/tafels").json().path("results").get(0).path("id").asText();
        String oud = DuurzaamheidIT.maakCasusIn(regisseur, "utrecht", tafel, "Vastgelopen onder schema 1");
        assertThat(regisseur.get("/api/gemeenten/utrecht/casussen/" + oud).json().path("variantData")
                .has("regelsInDeWeg")).isFalse();
        Map<String, Long> idsVoor = platformBundels(beheer);

        try (Last last = new Last(platform, "utrecht", tafel, 8, 200).start("utrecht-regisseur", Duration.ofMinutes(3))) {
            last.fase = "v1";
            Platform.slaap(3000);

            last.fase = "update";
            long t0 = System.nanoTime();
            platform.deploy(nieuw, JAR);
            wachtOpVariant("actief", 2);
            System.out.printf("hot swap: update zichtbaar na %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            last.fase = "v2";
            Platform.slaap(3000);

            last.fase = "verwijderd";
            platform.undeploy(JAR);
            wachtOpVariant("afwezig", -1);
            // reads keep working, the variant's own routes and writes answer 503 with Retry-After
            assertThat(regisseur.get("/api/gemeenten/utrecht/casussen/" + oud).status()).isEqualTo(200);
            Api.Antwoord route = regisseur.get("/api/gemeenten/utrecht/standaard/urgentie");
            assertThat(route.status()).as(route.body()).isEqualTo(503);
            assertThat(route.header("Retry-After")).isNotBlank();
            Platform.slaap(2000);

            last.fase = "terug";
            platform.deploy(nieuw, JAR);
            wachtOpVariant("actief", 2);
            last.fase = "terug-actief";
            Platform.slaap(3000);
            last.close();

            System.out.printf("hot swap: %d verzoeken, %d fouten: %s%n", last.verzoeken.get(), last.fouten.size(),
                    last.fouten.stream().map(f -> f.fase() + ":" + f.verzoek() + ":" + f.status()).distinct().toList());
            // a write sent at the very end of v2 may still be running when the variant is removed: it then waits and
            // gets the documented 503, like a write sent while it is away
            List<String> afwezig = List.of("verwijderd", "terug");
            for (String fase : List.of("v1", "update", "v2", "terug-actief")) {
                assertThat(last.fouten(fase, afwezig)).as("mislukte verzoeken in fase " + fase).isEmpty();
            }
            List<Last.Fout> rondAfwezig = new java.util.ArrayList<>(last.fouten("verwijderd"));
            rondAfwezig.addAll(last.fouten("terug"));
            rondAfwezig.addAll(last.fouten("v2").stream().filter(f -> afwezig.contains(f.eindFase())).toList());
            for (Last.Fout f : rondAfwezig) {
                assertThat(f.status()).as(f.toString()).isEqualTo(503);
                assertThat(f.retryAfter()).as(f.toString()).isNotBlank();
                assertThat(f.verzoek()).as("lezen faalt nooit: " + f).doesNotStartWith("GET");
            }
            assertThat(last.verzoeken.get()).isGreaterThan(500);

            // nothing acknowledged is lost
            Map<String, String> bevestigd = new HashMap<>(last.bevestigd);
            assertThat(bevestigd).isNotEmpty();
            bevestigd.forEach((id, titel) -> assertThat(regisseur.get("/api/gemeenten/utrecht/casussen/" + id).json()
                    .path("titel").asText()).as(id).isEqualTo(titel));
        }

        // the old casus is upgraded to schema 2 with the new field
        JsonNode data = regisseur.get("/api/gemeenten/utrecht/casussen/" + oud).json().path("variantData");
        assertThat(data.path("schemaVersie").asInt()).isEqualTo(2);
        assertThat(data.has("regelsInDeWeg")).isTrue();
        // and the variant's route works again
        assertThat(regisseur.get("/api/gemeenten/utrecht/standaard/urgentie").status()).isEqualTo(200);

        Map<String, Long> idsNa = platformBundels(beheer);
        for (String bsn : List.of("nl.doorbraak.core", "nl.doorbraak.web", "nl.doorbraak.api")) {
            assertThat(idsNa.get(bsn)).as("bundle-id van " + bsn + " (geen refresh)").isEqualTo(idsVoor.get(bsn));
        }
    }

    static Map<String, Long> platformBundels(Api beheer) {
        Api.Antwoord a = beheer.get("/api/platform/bundles");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        Map<String, Long> ids = new HashMap<>();
        for (JsonNode b : a.json().path("results")) {
            ids.put(b.path("symbolischeNaam").asText(), b.path("id").asLong());
        }
        return ids;
    }

    /** Waits until /api/varianten shows standaard in this state (and schema, if not -1). */
    static void wachtOpVariant(String status, int schema) {
        Api beheer = platform.api().als("platformbeheerder");
        DuurzaamheidIT.wachtTot(() -> {
            for (JsonNode v : beheer.get("/api/varianten").json().path("results")) {
                if (v.path("id").asText().equals("standaard") && v.path("status").asText().equals(status)
                        && (schema < 0 || v.path("schemaVersie").asInt() == schema)) {
                    return true;
                }
            }
            return false;
        });
    }
}
