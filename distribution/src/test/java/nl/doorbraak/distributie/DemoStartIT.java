package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** A new user runs {@code bin/doorbraak --demo} and finds three gemeenten with tafels and casussen. */
class DemoStartIT {

    static Platform platform;

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void healthIsUpWithoutLogin() {
        Api.Antwoord a = platform.api().get("/api/health");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("status").asText()).isEqualTo("UP");
    }

    /** A clean start says nothing alarming: every WARN or ERROR line in the log would send a beheerder searching. */
    @Test
    void eenSchoneStartLogtGeenWaarschuwingOfFout() {
        platform.api().get("/api/health");
        List<String> alarm = platform.alarmregels();
        assertThat(alarm).as("waarschuwingen en fouten in logs/doorbraak.log na een schone start").isEmpty();
    }

    @Test
    void platformbeheerderSeesTheThreeDemoGemeenten() {
        JsonNode g = platform.api().als("platformbeheerder").get("/api/gemeenten").json();
        List<String> ids = new ArrayList<>();
        resultaten(g).forEach(n -> ids.add(n.path("id").asText()));
        assertThat(ids).containsExactlyInAnyOrder("utrecht", "leeuwarden", "eindhoven");
    }

    @Test
    void eachDemoGemeenteHasADozenCasussenAndTafels() {
        for (String[] r : new String[][] {{"utrecht", "utrecht-regisseur"}, {"leeuwarden", "leeuwarden-regisseur"},
                {"eindhoven", "eindhoven-regisseur"}}) {
            Api api = platform.api().als(r[1]);
            Api.Antwoord casussen = api.get("/api/gemeenten/" + r[0] + "/casussen?pageSize=100");
            assertThat(casussen.status()).as(r[0]).isEqualTo(200);
            assertThat(casussen.json().path("count").asInt()).as("casussen van " + r[0]).isGreaterThanOrEqualTo(12);
            JsonNode eerste = casussen.json().path("results").get(0);
            assertThat(eerste.path("variant").asText()).isEqualTo("standaard");
            assertThat(eerste.path("inwoner").path("pseudoniem").asText()).isNotBlank();

            Api.Antwoord tafels = api.get("/api/gemeenten/" + r[0] + "/tafels");
            assertThat(tafels.status()).isEqualTo(200);
            assertThat(tafels.json().path("count").asInt()).as("tafels van " + r[0]).isGreaterThanOrEqualTo(1);
            assertThat(tafels.json().path("results").get(0).path("deelnemers").size()).isGreaterThanOrEqualTo(3);
        }
    }

    /** The demo looks like a year of seed 001: about 60 casussen, about 89 doorbraken, potjes, bijeenkomsten. */
    @Test
    void utrechtShowsAYearOfTheDoorbraaktafel() {
        Api regisseur = platform.api().als("utrecht-regisseur");
        String g = "/api/gemeenten/utrecht";
        java.time.Instant jaarGeleden = java.time.Instant.now().minus(java.time.Duration.ofDays(365));
        int inJaar = 0;
        int doorbraken = 0;
        String metDoorbraak = null;
        for (int page = 1; page <= 2; page++) {
            for (JsonNode k : regisseur.get(g + "/casussen?pageSize=100&page=" + page).json().path("results")) {
                if (java.time.Instant.parse(k.path("aangemaakt").asText()).isAfter(jaarGeleden)) {
                    inJaar++;
                }
                if (k.path("resultaat").asText().equals("doorbraak")) {
                    doorbraken++;
                    metDoorbraak = k.path("id").asText();
                }
            }
        }
        assertThat(inJaar).as("casussen van Utrecht in de laatste 365 dagen").isBetween(55, 65);
        assertThat(doorbraken).as("casussen afgesloten met een doorbraak").isGreaterThan(20);

        // a closed doorbraak has a besluit on the waardendriehoek, taken at a bijeenkomst, with its acties done
        JsonNode besluiten = regisseur.get(g + "/casussen/" + metDoorbraak + "/besluiten").json();
        JsonNode doorbraak = null;
        for (JsonNode b : resultaten(besluiten)) {
            if (b.path("soort").asText().equals("doorbraak")) {
                doorbraak = b;
            }
        }
        assertThat(doorbraak).as("doorbraakbesluit in " + besluiten).isNotNull();
        assertThat(doorbraak.path("waardendriehoek").path("legitimiteit").asText()).isNotBlank();
        assertThat(doorbraak.path("waardendriehoek").path("rendementBedrag").asDouble()).isPositive();
        Api.Antwoord bijeenkomst = regisseur.get(g + "/bijeenkomsten/" + doorbraak.path("bijeenkomstId").asText());
        assertThat(bijeenkomst.status()).isEqualTo(200);
        assertThat(bijeenkomst.json().path("agenda").toString()).contains(metDoorbraak);
        assertThat(bijeenkomst.json().path("aanwezigen").size()).isGreaterThanOrEqualTo(3);
        for (JsonNode a : resultaten(regisseur.get(g + "/casussen/" + metDoorbraak + "/acties").json())) {
            assertThat(a.path("gereed").isNull()).as("actie van een afgesloten casus").isFalse();
        }

        // bijeenkomsten every other week, potjes that never went below zero, some acties overdue
        assertThat(regisseur.get(g + "/bijeenkomsten").json().path("count").asInt()).isGreaterThan(20);
        JsonNode potjes = regisseur.get(g + "/potjes").json();
        int aantalPotjes = 0;
        for (JsonNode p : resultaten(potjes)) {
            aantalPotjes++;
            assertThat(p.path("saldo").decimalValue()).isNotNegative();
            assertThat(p.path("uitgegeven").decimalValue()).isPositive();
        }
        assertThat(aantalPotjes).isEqualTo(3);
        assertThat(regisseur.get(g + "/acties?verlopen=true").json().path("count").asInt()).isPositive();
    }

    @Test
    void leeuwardenShowsTheStackedCjibAndDuoDebtWithACorrection() {
        Api regisseur = platform.api().als("leeuwarden-regisseur");
        String casus = java.util.UUID.nameUUIDFromBytes("doorbraak-demo/leeuwarden/cjib-en-duo"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        Api.Antwoord a = regisseur.get("/api/gemeenten/leeuwarden/casussen/" + casus + "/besluiten");
        assertThat(a.body()).contains("\"organisatie\":\"CJIB\"", "\"organisatie\":\"DUO\"", "Wahv", "WSF 2000");
        int gecorrigeerd = 0;
        for (JsonNode b : resultaten(a.json())) {
            if (!b.path("gecorrigeerdDoor").isNull()) {
                gecorrigeerd++;
            }
        }
        assertThat(gecorrigeerd).as("gecorrigeerde besluiten in " + a.body()).isEqualTo(1);
    }

    @Test
    void everyDemoAccountCanLogInWithPasswordDemo() {
        for (String naam : List.of("utrecht-regisseur", "utrecht-tafellid", "utrecht-beheerder", "leeuwarden-regisseur",
                "leeuwarden-transformaatje", "eindhoven-regisseur", "rijk-szw", "platformbeheerder")) {
            Api.Antwoord a = platform.api().login(naam, "demo");
            assertThat(a.status()).as(naam + ": " + a.body()).isEqualTo(201);
            assertThat(a.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Strict");
        }
    }

    @Test
    void theStandaardVariantIsInstalledAndActive() {
        JsonNode v = platform.api().als("platformbeheerder").get("/api/varianten").json();
        JsonNode standaard = null;
        for (JsonNode n : resultaten(v)) {
            if (n.path("id").asText().equals("standaard")) {
                standaard = n;
            }
        }
        assertThat(standaard).as("variant standaard in " + v).isNotNull();
        assertThat(standaard.path("status").asText()).isEqualTo("actief");
        assertThat(standaard.path("bundle").asText()).isEqualTo("nl.doorbraak.plugin.standaard");
    }

    @Test
    void openApiDescribesCoreAndPluginRoutes() {
        Api.Antwoord a = platform.api().get("/api/openapi.json");
        assertThat(a.status()).isEqualTo(200);
        JsonNode paths = a.json().path("paths");
        assertThat(a.json().path("openapi").asText()).startsWith("3.");
        assertThat(paths.has("/api/gemeenten/{gemeente}/casussen")).isTrue();
        assertThat(paths.has("/api/gemeenten/{gemeente}/casussen/{id}")).isTrue();
        assertThat(paths.has("/api/gemeenten/{gemeente}/standaard/urgentie")).as("plug-in-route").isTrue();
    }

    @Test
    void withoutATerminalTheGogoShellNeitherBlocksNorSpins() {
        // started with stdin from /dev/null, as under a process manager: the platform answers (it did not block)
        // and, left alone, uses next to no CPU (a shell spinning on a closed stdin would use a whole core)
        assertThat(platform.api().get("/api/health").status()).isEqualTo(200);
        Platform.slaap(2000); // let start-up work (JIT, background schema rewrite) settle
        java.time.Duration voor = platform.cpuTijd();
        Platform.slaap(3000);
        java.time.Duration gebruikt = platform.cpuTijd().minus(voor);
        assertThat(gebruikt).as("CPU-tijd in 3 s zonder verzoeken").isLessThan(java.time.Duration.ofMillis(1500));
        assertThat(platform.uitvoer()).doesNotContain("g! ");
    }

    @Test
    void demoDataIsLoadedOnlyOnceAcrossRestarts() {
        Api api = platform.api().als("eindhoven-regisseur");
        int voor = api.get("/api/gemeenten/eindhoven/casussen").json().path("count").asInt();
        platform.stop();
        platform.start();
        int na = platform.api().als("eindhoven-regisseur").get("/api/gemeenten/eindhoven/casussen").json()
                .path("count").asInt();
        assertThat(na).isEqualTo(voor);
    }

    static Iterable<JsonNode> resultaten(JsonNode n) {
        return n.isArray() ? n : n.path("results");
    }
}
