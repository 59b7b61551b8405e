package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.doorbraak.web.TestServer.Antw;
import nl.doorbraak.web.route.Router;

/** Gezondheid, OpenAPI, varianten, gemeenten, startpagina, onbekende routes en methoden. */
class PlatformTest {

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void healthZonderLoginIsUp() {
        server.gezondheid.lijst = List.of("Configuratie van gemeente x geweigerd.");
        Antw a = server.get("/api/health");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        JsonNode j = a.json();
        assertThat(j.get("status").asText()).isEqualTo("UP");
        assertThat(j.at("/componenten/core").asText()).isEqualTo("UP");
        assertThat(j.at("/componenten/web").asText()).isEqualTo("UP");
        assertThat(j.get("waarschuwingen").get(0).asText()).contains("gemeente x");
        server.gezondheid.lijst = List.of();
    }

    @Test
    void openApiIsOpenApi303MetKernroutesEnSchemas() {
        Antw a = server.get("/api/openapi.json");
        assertThat(a.status()).isEqualTo(200);
        JsonNode j = a.json();
        assertThat(j.get("openapi").asText()).isEqualTo("3.0.3");
        JsonNode paden = j.get("paths");
        assertThat(paden.has("/api/gemeenten/{gemeente}/casussen/{id}")).isTrue();
        assertThat(paden.at("/~1api~1gemeenten~1{gemeente}~1casussen~1{id}/patch/operationId").asText())
                .isEqualTo("casusWijzigen");
        assertThat(paden.has("/api/gemeenten/{gemeente}/casussen/{id}/status")).isTrue();
        assertThat(paden.has("/api/sessies")).isTrue();
        assertThat(paden.has("/api/health")).isTrue();
        JsonNode schemas = j.at("/components/schemas");
        for (String s : List.of("Casus", "Tafel", "Gemeente", "Problem", "CasusLijst", "TafelLijst", "GemeenteLijst")) {
            assertThat(schemas.has(s)).as(s).isTrue();
        }
        assertThat(schemas.at("/Casus/properties/status/enum").toString()).contains("in_voorbereiding");
    }

    @Test
    void elkeKernrouteStaatInHetOpenApiDocument() {
        JsonNode paden = server.get("/api/openapi.json").json().get("paths");
        Router router = new Router(server.omgeving());
        for (Router.KernRoute r : router.routes()) {
            JsonNode pad = paden.get("/api" + r.sjabloon());
            assertThat(pad).as(r.sjabloon()).isNotNull();
            for (String methode : r.methoden().keySet()) {
                assertThat(pad.has(methode.toLowerCase(java.util.Locale.ROOT))).as(methode + " " + r.sjabloon()).isTrue();
            }
        }
    }

    @Test
    void elkeVerwijzingInHetOpenApiDocumentBestaat() {
        // a dangling $ref makes the document invalid and a generated client uncompilable (OpenApiClientIT)
        JsonNode j = server.get("/api/openapi.json").json();
        List<String> los = new java.util.ArrayList<>();
        List<JsonNode> refs = j.findValues("$ref");
        for (JsonNode ref : refs) {
            String r = ref.asText();
            if (!r.startsWith("#/") || j.at(r.substring(1)).isMissingNode()) {
                los.add(r);
            }
        }
        assertThat(refs).isNotEmpty();
        assertThat(los).as("verwijzingen naar niets").isEmpty();
    }

    @Test
    void elkeOperatieNoemtDeParametersVanHaarPadPreciesEenKeer() {
        // a client generator needs every {naam} of a path as a required path parameter, once, in path order
        JsonNode paden = server.get("/api/openapi.json").json().get("paths");
        paden.fields().forEachRemaining(pad -> {
            List<String> verwacht = new java.util.ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(pad.getKey());
            while (m.find()) {
                verwacht.add(m.group(1));
            }
            pad.getValue().fields().forEachRemaining(op -> {
                List<String> gegeven = new java.util.ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    if (p.path("in").asText().equals("path")) {
                        assertThat(p.path("required").asBoolean()).as(op.getKey() + " " + pad.getKey()).isTrue();
                        gegeven.add(p.path("name").asText());
                    }
                }
                assertThat(gegeven).as(op.getKey() + " " + pad.getKey()).isEqualTo(verwacht);
            });
        });
    }

    @Test
    void variantenNaLogin() {
        assertThat(server.get("/api/varianten").status()).isEqualTo(401);
        Antw a = server.getAls("platformbeheerder", "/api/varianten");
        assertThat(a.status()).isEqualTo(200);
        JsonNode j = a.json();
        assertThat(j.get("count").asInt()).isEqualTo(2);
        assertThat(j.at("/results/0/bundle").asText()).isEqualTo("nl.doorbraak.plugin.standaard");
        assertThat(j.at("/results/0/versie").asText()).isEqualTo("1.0.0");
        assertThat(j.at("/results/0/status").asText()).isEqualTo("actief");
        assertThat(j.at("/results/1/status").asText()).isEqualTo("afwezig");
        // the fields of each variant, for the intake form of the web app
        assertThat(j.at("/results/0/velden/0/naam").asText()).isEqualTo("urgentie");
        assertThat(j.at("/results/0/velden/0/type").asText()).isEqualTo("keuze");
        assertThat(j.at("/results/0/velden/0/verplicht").asBoolean()).isTrue();
        assertThat(j.at("/results/0/velden/0/waarden/1").asText()).isEqualTo("hoog");
        assertThat(j.at("/results/1/velden").size()).isZero();
    }

    @Test
    void gemeentenPerRol() {
        assertThat(server.getAls("platformbeheerder", "/api/gemeenten").json().get("count").asInt()).isEqualTo(3);
        JsonNode utrecht = server.getAls("utrecht-regisseur", "/api/gemeenten").json();
        assertThat(utrecht.get("count").asInt()).isEqualTo(1);
        assertThat(utrecht.at("/results/0/id").asText()).isEqualTo("utrecht");
        assertThat(utrecht.at("/results/0/varianten/1").asText()).isEqualTo("utrecht-ondernemers");
        assertThat(server.getAls("rijk-szw", "/api/gemeenten").json().get("count").asInt()).isZero();

        assertThat(server.getAls("utrecht-regisseur", "/api/gemeenten/utrecht").json().get("naam").asText())
                .isEqualTo("Gemeente Utrecht");
        assertThat(server.getAls("platformbeheerder", "/api/gemeenten/leeuwarden").status()).isEqualTo(200);
        Antw ander = server.getAls("utrecht-regisseur", "/api/gemeenten/leeuwarden");
        Antw bestaatNiet = server.getAls("utrecht-regisseur", "/api/gemeenten/atlantis");
        assertThat(ander.status()).isEqualTo(404);
        assertThat(bestaatNiet.status()).isEqualTo(404);
        // dezelfde tekst: niet te zien of de gemeente bestaat
        assertThat(ander.json().get("detail").asText().replace("leeuwarden", "X"))
                .isEqualTo(bestaatNiet.json().get("detail").asText().replace("atlantis", "X"));
    }

    @Test
    void onbekendeRoute404EnVerkeerdeMethode405MetAllow() {
        Antw a = server.get("/api/bestaat-niet");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.contentType()).startsWith("application/problem+json");
        JsonNode p = a.json();
        assertThat(p.get("type").asText()).startsWith("urn:doorbraak:probleem:");
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("status").asInt()).isEqualTo(404);
        assertThat(p.get("detail").asText()).isNotBlank();
        assertThat(p.get("instance").asText()).isEqualTo("/api/bestaat-niet");

        Antw m = server.verzoek("DELETE", "/api/health", null);
        assertThat(m.status()).isEqualTo(405);
        assertThat(m.header("Allow")).contains("GET");
        assertThat(m.json().get("status").asInt()).isEqualTo(405);

        Antw o = server.verzoek("OPTIONS", "/api/gemeenten/utrecht/casussen/c-1", null);
        assertThat(o.status()).isEqualTo(204);
        assertThat(o.header("Allow")).contains("GET", "PUT", "PATCH");

        assertThat(server.get("/api").status()).isEqualTo(404);
        assertThat(server.getAls("utrecht-regisseur", "/api/gemeenten/utrecht/tafels/t-u1/extra").status())
                .isEqualTo(404);
    }

    @Test
    void headGeeftGeenBody() {
        Antw a = server.verzoek("HEAD", "/api/health", null);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).isEmpty();
    }

    @Test
    void startpagina() {
        Antw a = server.get("/");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("text/html");
        assertThat(a.body()).contains("Doorbraak");
        assertThat(server.get("/bestaat-niet").status()).isEqualTo(404);
    }

    @Test
    void antwoordenWordenNietGecachet() {
        Antw a = server.get("/api/health");
        assertThat(a.header("Cache-Control")).isEqualTo("no-store");
        assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
