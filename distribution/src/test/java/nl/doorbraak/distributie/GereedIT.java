package nl.doorbraak.distributie;

import static nl.doorbraak.distributie.CasusApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Ready means ready: while the platform is still starting (here: the first beheerder waits for its password, from a
 * named pipe the test holds shut), health is not UP and a login answers 503 with Retry-After, never 401.
 */
class GereedIT {

    @Test
    void zolangHetPlatformNogStartIsHealthNietUpEnAntwoordtInloggen503() throws Exception {
        try (Platform platform = Platform.nieuw()) {
            Path pijp = platform.home.resolve("wachtwoord.pijp");
            Process mkfifo = new ProcessBuilder("mkfifo", pijp.toString()).inheritIO().start();
            assertThat(mkfifo.waitFor()).as("mkfifo (coreutils)").isZero();
            platform.metOmgeving("DOORBRAAK_BEHEERDER_WACHTWOORD_FILE", pijp.toString()).startTotHttp();

            // Jetty answers before the web bundle is there, and the core before its database is
            Api.Antwoord health = platform.api().get("/api/health");
            for (int i = 0; i < 300 && !kernStart(health); i++) {
                Platform.slaap(100);
                health = platform.api().get("/api/health");
            }
            assertThat(health.status()).as(health.body()).isEqualTo(503);
            assertThat(health.json().path("status").asText()).isEqualTo("STARTEND");
            assertThat(health.header("Retry-After")).isNotNull();
            assertThat(health.json().path("waarschuwingen").toString()).contains("accounts worden nog gecontroleerd");

            Api.Antwoord login = platform.api().login("beheerder", "een zin van twaalf of meer");
            assertProblem(login, 503);
            assertThat(login.header("Retry-After")).isNotNull();
            assertProblem(platform.api().als("beheerder", "een zin van twaalf of meer").get("/api/gemeenten"), 503);

            // the password arrives: the platform becomes ready, and the login works
            try (OutputStream uit = Files.newOutputStream(pijp)) {
                uit.write("een zin van twaalf of meer\n".getBytes(StandardCharsets.UTF_8));
            }
            platform.wachtOpGezond(java.time.Duration.ofSeconds(30));
            Api.Antwoord daarna = platform.api().login("beheerder", "een zin van twaalf of meer");
            assertThat(daarna.status()).as(daarna.body()).isEqualTo(201);
            assertThat(daarna.json().path("wachtwoordWijzigen").asBoolean()).isTrue();
        }
    }

    private static boolean kernStart(Api.Antwoord health) {
        return health.contentType() != null && health.contentType().startsWith("application/json")
                && !health.json().path("componenten").path("core").asText().equals("DOWN");
    }

    @Test
    void metDeDemoIsElkAntwoordVoorHetEersteUpEen503EnNooitEen401() throws IOException {
        try (Platform platform = Platform.nieuw().metDemo().startTotHttp()) {
            List<String> gezien = new ArrayList<>();
            while (true) {
                Api.Antwoord h = platform.api().get("/api/health");
                if (h.contentType() == null || !h.contentType().startsWith("application/json")) {
                    Platform.slaap(20); // the web bundle is not there yet
                    continue;
                }
                JsonNode j = h.json();
                gezien.add(h.status() + " " + j.path("status").asText());
                if (h.status() == 200) {
                    assertThat(j.path("status").asText()).isEqualTo("UP");
                    assertThat(j.path("waarschuwingen").toString()).doesNotContain("nog geladen");
                    break;
                }
                assertThat(h.status()).as(h.body()).isEqualTo(503);
                Api.Antwoord login = platform.api().login("utrecht-regisseur", "demo");
                if (login.status() != 201) {
                    // before the demo accounts exist: "come back later", not "wrong password"
                    assertThat(login.status()).as(login.body()).isEqualTo(503);
                }
                Platform.slaap(20);
            }
            assertThat(gezien).last().isEqualTo("200 UP");
            assertThat(platform.api().login("utrecht-regisseur", "demo").status()).isEqualTo(201);
        }
    }
}
