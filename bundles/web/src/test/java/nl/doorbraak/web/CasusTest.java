package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.doorbraak.web.TestServer.Antw;

/** Casussen: intake, lezen met ETag, PATCH/PUT met If-Match, statusovergangen, paginering. */
class CasusTest {

    static TestServer server;
    static final String CASUSSEN = "/api/gemeenten/utrecht/casussen";
    static final String R = "utrecht-regisseur";

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
        server.casussen.vul(25);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static Antw intake() {
        return server.jsonAls(R, "POST", CASUSSEN, """
                {"tafelId":"t-u1","titel":"Huurschuld en ontruiming","hulpvraag":"Kan de ontruiming worden gestopt?",
                 "inwoner":{"initialen":"J.B."},"thema":"wonen","betrokkenOrganisaties":["woningcorporatie","CJIB"],
                 "variantData":{"urgentie":"hoog","schemaVersie":7}}""");
    }

    // the verwerkingen of casus routes are the core's work now: CasusToegangTest in bundles/core

    @Test
    void intakeGeeft201MetLocationEnEtag() {
        Antw a = intake();
        assertThat(a.status()).isEqualTo(201);
        JsonNode c = a.json();
        String id = c.get("id").asText();
        assertThat(a.header("Location")).isEqualTo(server.publiek + CASUSSEN + "/" + id);
        assertThat(a.header("ETag")).isEqualTo("\"1\"");
        assertThat(c.get("status").asText()).isEqualTo("aangemeld");
        assertThat(c.get("gemeente").asText()).isEqualTo("utrecht");
        assertThat(c.get("variant").asText()).isEqualTo("standaard");
        assertThat(c.at("/inwoner/initialen").asText()).isEqualTo("J.B.");
        assertThat(c.at("/inwoner/pseudoniem").asText()).startsWith("INW-");
        assertThat(c.at("/historie/0/naar").asText()).isEqualTo("aangemeld");
        assertThat(c.at("/historie/0/van").isNull()).isTrue();
        assertThat(c.at("/historie/0/door").asText()).isEqualTo(R);
        assertThat(c.at("/historie/0/op").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(c.at("/betrokkenOrganisaties/1").asText()).isEqualTo("CJIB");
        assertThat(c.at("/variantData/urgentie").asText()).isEqualTo("hoog");
        // schemaVersie zet de core, niet de client
        assertThat(c.at("/variantData/schemaVersie").asInt()).isEqualTo(1);
        assertThat(c.get("versie").asLong()).isEqualTo(1);
        assertThat(c.get("aangemaakt").asText()).endsWith("Z");
        assertThat(c.has("gewijzigd")).isTrue();
        assertThat(c.get("titel").asText()).isEqualTo("Huurschuld en ontruiming");
        assertThat(c.get("hulpvraag").asText()).startsWith("Kan");
        assertThat(c.get("thema").asText()).isEqualTo("wonen");
        assertThat(c.get("tafelId").asText()).isEqualTo("t-u1");

        Antw lees = server.getAls(R, CASUSSEN + "/" + id);
        assertThat(lees.status()).isEqualTo(200);
        assertThat(lees.header("ETag")).isEqualTo("\"1\"");
        assertThat(lees.json()).isEqualTo(c);

        Antw nietGewijzigd = server.get(CASUSSEN + "/" + id, "Authorization", TestServer.basic(R), "If-None-Match", "\"1\"");
        assertThat(nietGewijzigd.status()).isEqualTo(304);
    }

    @Test
    void patchVraagtIfMatchEnWeigertVerouderdeVersie() {
        String pad = CASUSSEN + "/" + intake().json().get("id").asText();
        Antw zonder = server.jsonAls(R, "PATCH", pad, "{\"titel\":\"Nieuw\"}");
        assertThat(zonder.status()).isEqualTo(428);
        assertThat(zonder.contentType()).startsWith("application/problem+json");

        Antw goed = server.jsonAls(R, "PATCH", pad, "{\"titel\":\"Nieuw\",\"variantData\":{\"extra\":\"ja\"}}",
                "If-Match", "\"1\"");
        assertThat(goed.status()).isEqualTo(200);
        assertThat(goed.header("ETag")).isEqualTo("\"2\"");
        JsonNode c = goed.json();
        assertThat(c.get("titel").asText()).isEqualTo("Nieuw");
        assertThat(c.get("hulpvraag").asText()).startsWith("Kan");
        // merge patch: bestaande variantgegevens blijven
        assertThat(c.at("/variantData/urgentie").asText()).isEqualTo("hoog");
        assertThat(c.at("/variantData/extra").asText()).isEqualTo("ja");

        Antw oud = server.jsonAls(R, "PATCH", pad, "{\"titel\":\"Te laat\"}", "If-Match", "\"1\"");
        assertThat(oud.status()).isEqualTo(409);
        assertThat(oud.contentType()).startsWith("application/problem+json");

        Antw merge = server.verzoek("PATCH", pad, "{\"variantData\":{\"urgentie\":null},\"thema\":null}",
                "Authorization", TestServer.basic(R), "Content-Type", "application/merge-patch+json", "If-Match",
                "W/\"2\"");
        assertThat(merge.status()).as(merge.body()).isEqualTo(200);
        assertThat(merge.json().at("/variantData").has("urgentie")).isFalse();
        assertThat(merge.json().get("thema").asText()).isEmpty();
        assertThat(server.jsonAls(R, "PATCH", pad, "{\"status\":\"besloten\"}", "If-Match", "*").status())
                .isEqualTo(400);
    }

    @Test
    void putVraagtTitelEnHulpvraag() {
        Antw maak = intake();
        String pad = CASUSSEN + "/" + maak.json().get("id").asText();
        Antw zonder = server.jsonAls(R, "PUT", pad, "{\"titel\":\"Alleen titel\"}", "If-Match", "\"1\"");
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(zonder.json().at("/invalidParams/0/name").asText()).isEqualTo("hulpvraag");
        assertThat(zonder.json().at("/invalidParams/0/code").asText()).isEqualTo("verplicht");

        assertThat(server.jsonAls(R, "PUT", pad, "{\"titel\":\"T\",\"hulpvraag\":\"H\"}").status()).isEqualTo(428);

        // rondje GET → PUT: alleen-lezen velden mogen terugkomen
        JsonNode huidig = maak.json();
        String terug = huidig.toString().replace("Huurschuld en ontruiming", "Ander");
        Antw put = server.jsonAls(R, "PUT", pad, terug, "If-Match", maak.header("ETag"));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("titel").asText()).isEqualTo("Ander");

        Antw andereTafel = server.jsonAls(R, "PUT", pad, "{\"titel\":\"T\",\"hulpvraag\":\"H\",\"tafelId\":\"t-u2\"}",
                "If-Match", "\"2\"");
        assertThat(andereTafel.status()).isEqualTo(400);
        assertThat(andereTafel.json().at("/invalidParams/0/code").asText()).isEqualTo("alleenLezen");
    }

    @Test
    void statusovergangen() {
        String pad = CASUSSEN + "/" + intake().json().get("id").asText() + "/status";
        Antw goed = server.jsonAls(R, "POST", pad, "{\"status\":\"in_voorbereiding\",\"reden\":\"Alle partijen gevraagd\"}");
        assertThat(goed.status()).as(goed.body()).isEqualTo(200);
        assertThat(goed.json().get("status").asText()).isEqualTo("in_voorbereiding");
        assertThat(goed.json().at("/historie/1/van").asText()).isEqualTo("aangemeld");
        assertThat(goed.json().at("/historie/1/reden").asText()).isEqualTo("Alle partijen gevraagd");
        assertThat(goed.header("ETag")).isEqualTo("\"2\"");

        Antw verboden = server.jsonAls(R, "POST", pad, "{\"status\":\"besloten\"}");
        assertThat(verboden.status()).isEqualTo(409);
        assertThat(verboden.json().get("detail").asText()).contains("in_voorbereiding").contains("besloten");

        assertThat(server.jsonAls(R, "POST", pad, "{\"status\":\"geagendeerd\"}", "If-Match", "\"1\"").status())
                .isEqualTo(409);
        assertThat(server.jsonAls(R, "POST", pad, "{\"status\":\"geagendeerd\"}", "If-Match", "\"2\"").status())
                .isEqualTo(200);
    }

    @Test
    void afsluitenOndanksOpenstaandGaatAlsKeuzeNaarDeCore() {
        String pad = CASUSSEN + "/" + intake().json().get("id").asText() + "/status";
        Antw geenWaarheid = server.jsonAls(R, "POST", pad, "{\"status\":\"afgesloten\",\"reden\":\"r\","
                + "\"resultaat\":\"doorbraak\",\"ondanksOpenstaand\":\"ja\"}");
        assertThat(geenWaarheid.status()).isEqualTo(400);
        assertThat(geenWaarheid.json().at("/invalidParams/0/name").asText()).isEqualTo("ondanksOpenstaand");
        assertThat(geenWaarheid.json().at("/invalidParams/0/code").asText()).isEqualTo("type");

        Antw dicht = server.jsonAls(R, "POST", pad, "{\"status\":\"afgesloten\",\"reden\":\"Escalatie loopt "
                + "buiten de casus door\",\"resultaat\":\"doorbraak\",\"ondanksOpenstaand\":true}");
        assertThat(dicht.status()).as(dicht.body()).isEqualTo(200);
        // the rule (who may, what is open) is the core's; the route passes the choice on
        assertThat(server.casussen.laatsteOndanksOpenstaand).isTrue();
        String ander = CASUSSEN + "/" + intake().json().get("id").asText() + "/status";
        assertThat(server.jsonAls(R, "POST", ander, "{\"status\":\"in_voorbereiding\"}").status()).isEqualTo(200);
        assertThat(server.casussen.laatsteOndanksOpenstaand).isFalse();
    }

    @Test
    void pagineringMetAbsoluteLinks() {
        Antw eerste = server.getAls(R, CASUSSEN + "?pageSize=10&status=aangemeld&tafel=t-u1");
        assertThat(eerste.status()).isEqualTo(200);
        JsonNode j = eerste.json();
        long count = j.get("count").asLong();
        assertThat(count).isGreaterThan(10);
        assertThat(j.get("results")).hasSize(10);
        assertThat(j.get("previous").isNull()).isTrue();
        String next = j.get("next").asText();
        assertThat(next).startsWith(server.publiek + CASUSSEN + "?").contains("page=2").contains("pageSize=10")
                .contains("status=aangemeld").contains("tafel=t-u1");
        for (JsonNode c : j.get("results")) {
            assertThat(c.get("tafelId").asText()).isEqualTo("t-u1");
        }

        Antw tweede = server.getAls(R, next.substring(server.publiek.length()));
        JsonNode t = tweede.json();
        assertThat(t.get("previous").asText()).contains("page=1");
        assertThat(server.getAls(R, CASUSSEN + "?page=99").json().get("results")).isEmpty();
        assertThat(server.getAls(R, CASUSSEN).json().get("results").size()).isEqualTo(20);

        // ?variant= goes to the core's filter and stays in the links
        JsonNode standaard = server.getAls(R, CASUSSEN + "?pageSize=5&variant=standaard").json();
        assertThat(standaard.get("count").asLong()).isEqualTo(server.getAls(R, CASUSSEN).json().get("count").asLong());
        assertThat(standaard.get("next").asText()).contains("variant=standaard");
        assertThat(server.getAls(R, CASUSSEN + "?variant=jongeren").json().get("count").asLong()).isZero();
    }

    @Test
    void tafellidZietAlleenEigenTafels() {
        String tl = "utrecht-tafellid";
        JsonNode lijst = server.getAls(tl, CASUSSEN + "?pageSize=100").json();
        assertThat(lijst.get("count").asInt()).isPositive();
        for (JsonNode c : lijst.get("results")) {
            assertThat(c.get("tafelId").asText()).isEqualTo("t-u1");
        }
        String vanT2 = server.casussen.alle.values().stream().filter(c -> c.tafelId().equals("t-u2")).findFirst()
                .orElseThrow().id();
        Antw ander = server.getAls(tl, CASUSSEN + "/" + vanT2);
        assertThat(ander.status()).isEqualTo(404);
        assertThat(server.jsonAls(tl, "PATCH", CASUSSEN + "/" + vanT2, "{\"titel\":\"x\"}", "If-Match", "\"1\"").status())
                .isEqualTo(404);

        Antw eigen = server.jsonAls(tl, "POST", CASUSSEN, "{\"tafelId\":\"t-u1\",\"titel\":\"T\",\"hulpvraag\":\"H\"}");
        assertThat(eigen.status()).isEqualTo(201);
        assertThat(server.jsonAls(tl, "PATCH", CASUSSEN + "/" + eigen.json().get("id").asText(), "{\"titel\":\"U\"}",
                "If-Match", "\"1\"").status()).isEqualTo(200);
        Antw nietEigen = server.jsonAls(tl, "POST", CASUSSEN, "{\"tafelId\":\"t-u2\",\"titel\":\"T\",\"hulpvraag\":\"H\"}");
        assertThat(nietEigen.status()).isEqualTo(403);
    }

    @Test
    void gemeentebeheerderZietGeenCasusinhoud() {
        Antw a = server.getAls("utrecht-beheerder", CASUSSEN);
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(server.getAls("utrecht-beheerder", CASUSSEN + "/c-0001").status()).isEqualTo(403);
    }

    @Test
    void andereGemeenteKrijgt404() {
        String id = server.casussen.alle.keySet().iterator().next();
        assertThat(server.getAls("eindhoven-regisseur", CASUSSEN + "/" + id).status()).isEqualTo(404);
        assertThat(server.getAls("eindhoven-regisseur", CASUSSEN).status()).isEqualTo(404);
        assertThat(server.getAls("platformbeheerder", CASUSSEN).status()).isEqualTo(404);
        assertThat(server.getAls("rijk-szw", CASUSSEN).status()).isEqualTo(404);
        assertThat(server.jsonAls("eindhoven-regisseur", "POST", CASUSSEN, "{\"tafelId\":\"t-u1\"}").status())
                .isEqualTo(404);
        // ook een casus van een andere gemeente onder de eigen gemeente: 404
        assertThat(server.getAls("leeuwarden-regisseur", "/api/gemeenten/leeuwarden/casussen/" + id).status())
                .isEqualTo(404);
        assertThat(server.getAls(R, CASUSSEN + "/bestaat-niet").status()).isEqualTo(404);
    }
}
