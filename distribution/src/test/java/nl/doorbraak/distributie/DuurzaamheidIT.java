package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Data survives stops and crashes; configuration changes apply while the platform runs. */
class DuurzaamheidIT {

    Platform platform;

    @BeforeEach
    void start() {
        platform = Platform.nieuw().metDemo().start();
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void sigtermStopsCleanlyAndARestartKeepsTheData() {
        Api api = platform.api().als("leeuwarden-regisseur");
        String id = maakCasus(api, "Na herstart nog hier");
        assertThat(platform.stop()).as("exit code na SIGTERM").isIn(0, 143);
        assertThat(platform.log()).contains("Doorbraak stopt");

        platform.start();
        Api.Antwoord a = platform.api().als("leeuwarden-regisseur").get("/api/gemeenten/leeuwarden/casussen/" + id);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("titel").asText()).isEqualTo("Na herstart nog hier");
    }

    @Test
    void aSecondProcessOnTheSameDataIsRefusedAndTheFirstKeepsItsData() throws Exception {
        String id = maakCasus(platform.api().als("leeuwarden-regisseur"), "Van het eerste proces");
        // a second bin/doorbraak of the same installation and data directory, on another port
        Platform.Einde tweede = platform.draaiTotEinde(platform.home.resolve("bin/doorbraak"), List.of(),
                Map.of("DOORBRAAK_PORT", Integer.toString(Platform.vrijePoort())), Duration.ofSeconds(30));
        assertThat(tweede.code()).as("exit code van het tweede proces").isEqualTo(1);
        assertThat(tweede.uitvoer()).contains("is al in gebruik door een ander Doorbraak-proces (pid")
                .doesNotContain("Exception");

        // the first is untouched: it serves, writes, and after a restart (bundle cache, database) still has it all
        String nog = maakCasus(platform.api().als("leeuwarden-regisseur"), "Na de poging");
        platform.stop();
        platform.start();
        Api api = platform.api().als("leeuwarden-regisseur");
        assertThat(api.get("/api/gemeenten/leeuwarden/casussen/" + id).status()).isEqualTo(200);
        assertThat(api.get("/api/gemeenten/leeuwarden/casussen/" + nog).status()).isEqualTo(200);
        assertThat(platform.api().get("/api/health").json().path("waarschuwingen")).isEmpty();
    }

    @Test
    void aMovedInstallationStartsWithItsData() {
        String id = maakCasus(platform.api().als("leeuwarden-regisseur"), "Verhuisd met de installatie");
        platform.stop();
        platform.verplaats();
        platform.start();
        assertThat(platform.api().als("leeuwarden-regisseur").get("/api/gemeenten/leeuwarden/casussen/" + id).status())
                .isEqualTo(200);
    }

    @Test
    void kill9RightAfterAcknowledgedWritesKeepsThem() {
        Api api = platform.api().als("leeuwarden-regisseur");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(maakCasus(api, "Bevestigd " + i));
        }
        String laatste = ids.get(ids.size() - 1);
        Api.Antwoord status = api.post("/api/gemeenten/leeuwarden/casussen/" + laatste + "/status",
                Map.of("status", "in_voorbereiding", "reden", "vlak voor de crash"));
        assertThat(status.status()).isEqualTo(200);
        // a read of personal data just before the crash: its verwerking must survive too
        Api utrecht = platform.api().als("utrecht-regisseur");
        JsonNode casus = utrecht.get("/api/gemeenten/utrecht/casussen?pageSize=1").json().path("results").get(0);
        String pseudoniem = casus.path("inwoner").path("pseudoniem").asText();
        Api.Antwoord gelezen = utrecht.get("/api/gemeenten/utrecht/casussen/" + casus.path("id").asText());
        assertThat(gelezen.status()).isEqualTo(200);
        platform.kill9();

        platform.start();
        Api na = platform.api().als("leeuwarden-regisseur");
        for (String id : ids) {
            assertThat(na.get("/api/gemeenten/leeuwarden/casussen/" + id).status()).as(id).isEqualTo(200);
        }
        assertThat(na.get("/api/gemeenten/leeuwarden/casussen/" + laatste).json().path("status").asText())
                .isEqualTo("in_voorbereiding");
        JsonNode rapport = platform.api().als("utrecht-beheerder")
                .get("/api/gemeenten/utrecht/verwerkingen?inwoner=" + pseudoniem).json().path("results");
        assertThat(rapport).anySatisfy(v -> {
            assertThat(v.path("doel").asText()).isEqualTo("Casus bekijken");
            assertThat(v.path("door").asText()).isEqualTo("utrecht-regisseur");
        });
    }

    @Test
    void aChangedGemeenteFileAppliesWithoutRestart() {
        Api beheer = platform.api().als("platformbeheerder");
        platform.schrijfConfig("nl.doorbraak.gemeente-eindhoven.cfg", """
                id = eindhoven
                naam = Gemeente Eindhoven (Brainport)
                varianten = standaard
                escalatieniveaus = tafel,directie,bestuur
                bewaartermijnMaanden = 12
                thema = eindhoven
                """);
        wachtTot(() -> beheer.get("/api/gemeenten/eindhoven").json().path("naam").asText()
                .equals("Gemeente Eindhoven (Brainport)"));
        assertThat(beheer.get("/api/gemeenten/eindhoven").json().path("bewaartermijnMaanden").asInt()).isEqualTo(12);
    }

    @Test
    void anInvalidGemeenteFileIsRefusedAndTheLastValidOneStays() {
        Api beheer = platform.api().als("platformbeheerder");
        platform.schrijfConfig("nl.doorbraak.gemeente-eindhoven.cfg", """
                id = eindhoven
                naam = Gemeente Eindhoven
                varianten = standaard
                bewaartermijnMaanden = twee jaar
                """);
        wachtTot(() -> platform.api().get("/api/health").json().path("waarschuwingen").toString().contains("eindhoven"));
        assertThat(beheer.get("/api/gemeenten/eindhoven").json().path("bewaartermijnMaanden").asInt()).isEqualTo(18);
        assertThat(platform.log()).contains("eindhoven");
    }

    @Test
    void aNewGemeenteFileAddsAGemeente() {
        Api beheer = platform.api().als("platformbeheerder");
        platform.schrijfConfig("nl.doorbraak.gemeente-zwolle.cfg", """
                id = zwolle
                naam = Gemeente Zwolle
                varianten = standaard
                escalatieniveaus = tafel,bestuur
                bewaartermijnMaanden = 24
                """);
        wachtTot(() -> beheer.get("/api/gemeenten/zwolle").status() == 200);
        assertThat(beheer.get("/api/gemeenten/zwolle").json().path("naam").asText()).isEqualTo("Gemeente Zwolle");
    }

    static String maakCasus(Api api, String titel) {
        String tafel = api.get("/api/gemeenten/leeuwarden/tafels").json().path("results").get(0).path("id").asText();
        return maakCasusIn(api, "leeuwarden", tafel, titel);
    }

    static String maakCasusIn(Api api, String gemeente, String tafel, String titel) {
        Api.Antwoord a = api.post("/api/gemeenten/" + gemeente + "/casussen", Map.of("tafelId", tafel, "titel", titel,
                "hulpvraag", "Geen adres, dus geen uitkering; geen inkomen, dus geen huurwoning.",
                "variantData", Map.of("urgentie", "normaal")));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asText();
    }

    static void wachtTot(BooleanSupplier voorwaarde) {
        long tot = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < tot) {
            if (voorwaarde.getAsBoolean()) {
                return;
            }
            Platform.slaap(200);
        }
        throw new AssertionError("voorwaarde niet binnen 15 s bereikt");
    }
}
