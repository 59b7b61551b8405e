package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Casussen over HTTP as a casusregisseur uses them, including every kind of bad input. */
class CasusApiIT {

    static Platform platform;
    static Api regisseur;
    static String tafel;
    static final String CASUSSEN = "/api/gemeenten/utrecht/casussen";

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
        regisseur = platform.api().als("utrecht-regisseur");
        tafel = regisseur.get("/api/gemeenten/utrecht/tafels").json().path("results").get(0).path("id").asText();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    static Map<String, Object> nieuweCasus(String titel) {
        return Map.of("tafelId", tafel, "titel", titel,
                "hulpvraag", "Huurachterstand door gestopte toeslag; ontruiming dreigt over twee weken.",
                "inwoner", Map.of("initialen", "R.B."), "thema", "wonen",
                "betrokkenOrganisaties", List.of("woningcorporatie", "Werk & Inkomen"),
                "variantData", Map.of("urgentie", "hoog", "aangebrachtDoor", "buurtteam Overvecht"));
    }

    @Test
    void intakeReadUpdateAndStatusChange() {
        Api.Antwoord aangemaakt = regisseur.post(CASUSSEN, nieuweCasus("Ontruiming dreigt"));
        assertThat(aangemaakt.status()).as(aangemaakt.body()).isEqualTo(201);
        JsonNode c = aangemaakt.json();
        String id = c.path("id").asText();
        assertThat(aangemaakt.header("Location")).endsWith(CASUSSEN + "/" + id);
        assertThat(c.path("status").asText()).isEqualTo("aangemeld");
        assertThat(c.path("inwoner").path("pseudoniem").asText()).isNotBlank();
        assertThat(c.path("variantData").path("urgentie").asText()).isEqualTo("hoog");
        assertThat(c.path("variantData").path("schemaVersie").asInt()).isEqualTo(2);

        Api.Antwoord gelezen = regisseur.get(CASUSSEN + "/" + id);
        assertThat(gelezen.status()).isEqualTo(200);
        String etag = gelezen.header("ETag");
        assertThat(etag).isNotBlank();

        Api.Antwoord gewijzigd = regisseur.verstuur("PATCH", CASUSSEN + "/" + id,
                Map.of("titel", "Ontruiming dreigt, huurachterstand €1.900"), Map.of("If-Match", etag));
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);
        assertThat(gewijzigd.json().path("titel").asText()).isEqualTo("Ontruiming dreigt, huurachterstand €1.900");
        assertThat(gewijzigd.header("ETag")).isNotEqualTo(etag);

        Api.Antwoord status = regisseur.post(CASUSSEN + "/" + id + "/status",
                Map.of("status", "in_voorbereiding", "reden", "Corporatie en W&I uitgenodigd"));
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        JsonNode historie = status.json().path("historie");
        assertThat(historie.size()).isEqualTo(2);
        JsonNode laatste = historie.get(1);
        assertThat(laatste.path("van").asText()).isEqualTo("aangemeld");
        assertThat(laatste.path("naar").asText()).isEqualTo("in_voorbereiding");
        assertThat(laatste.path("door").asText()).isEqualTo("utrecht-regisseur");
        assertThat(laatste.path("reden").asText()).isEqualTo("Corporatie en W&I uitgenodigd");
        assertThat(laatste.path("op").asText()).isNotBlank();
    }

    @Test
    void listPagesAndFilters() {
        JsonNode p1 = regisseur.get(CASUSSEN + "?page=1&pageSize=5").json();
        assertThat(p1.path("results").size()).isEqualTo(5);
        assertThat(p1.path("count").asInt()).isGreaterThan(5);
        assertThat(p1.path("previous").isNull()).isTrue();
        assertThat(p1.path("next").asText()).contains("page=2");
        JsonNode p2 = regisseur.get(p1.path("next").asText()).json();
        assertThat(p2.path("results").get(0).path("id").asText())
                .isNotEqualTo(p1.path("results").get(0).path("id").asText());

        JsonNode aangemeld = regisseur.get(CASUSSEN + "?status=aangemeld&pageSize=100").json();
        aangemeld.path("results").forEach(c -> assertThat(c.path("status").asText()).isEqualTo("aangemeld"));
        JsonNode vanTafel = regisseur.get(CASUSSEN + "?tafel=" + tafel + "&pageSize=100").json();
        vanTafel.path("results").forEach(c -> assertThat(c.path("tafelId").asText()).isEqualTo(tafel));
        assertThat(vanTafel.path("count").asInt()).isPositive();
    }

    @Test
    void malformedJsonIs400ProblemInDutch() {
        Api.Antwoord a = regisseur.verstuur("POST", CASUSSEN, "{\"titel\": \"half", Map.of());
        assertProblem(a, 400);
        assertNietsBijgekomen(a);
    }

    @Test
    void unknownFieldIs400WithInvalidParams() {
        Map<String, Object> c = new java.util.HashMap<>(nieuweCasus("Onbekend veld"));
        c.put("bsn", "123456782");
        Api.Antwoord a = regisseur.post(CASUSSEN, c);
        assertProblem(a, 400);
        assertThat(invalidParam(a, "bsn").path("code").asText()).isEqualTo("onbekend");
        assertNietsBijgekomen(a);
    }

    @Test
    void missingRequiredFieldIs400() {
        Map<String, Object> c = new java.util.HashMap<>(nieuweCasus("x"));
        c.remove("titel");
        Api.Antwoord a = regisseur.post(CASUSSEN, c);
        assertProblem(a, 400);
        assertThat(invalidParam(a, "titel").path("code").asText()).isEqualTo("verplicht");
    }

    @Test
    void wrongTypeIs400() {
        Map<String, Object> c = new java.util.HashMap<>(nieuweCasus("x"));
        c.put("titel", 42);
        Api.Antwoord a = regisseur.post(CASUSSEN, c);
        assertProblem(a, 400);
        assertThat(invalidParam(a, "titel").path("code").asText()).isEqualTo("type");
    }

    @Test
    void invalidVariantDataIs400NamingTheField() {
        Map<String, Object> c = new java.util.HashMap<>(nieuweCasus("Verkeerde urgentie"));
        c.put("variantData", Map.of("urgentie", "gisteren"));
        Api.Antwoord a = regisseur.post(CASUSSEN, c);
        assertProblem(a, 400);
        assertThat(invalidParam(a, "variantData.urgentie").path("reason").asText()).isNotBlank();
        assertNietsBijgekomen(a);
    }

    @Test
    void tooLargeBodyIs413() {
        Map<String, Object> c = new java.util.HashMap<>(nieuweCasus("Te groot"));
        c.put("hulpvraag", "x".repeat(200_000));
        assertProblem(regisseur.post(CASUSSEN, c), 413);
    }

    @Test
    void wrongContentTypeIs415() {
        Api.Antwoord a = regisseur.verstuur("POST", CASUSSEN, "titel=x", Map.of("Content-Type", "text/plain"));
        assertProblem(a, 415);
    }

    @Test
    void illegalStatusChangeIs409AndNothingChanges() {
        String id = regisseur.post(CASUSSEN, nieuweCasus("Illegale overgang")).json().path("id").asText();
        Api.Antwoord a = regisseur.post(CASUSSEN + "/" + id + "/status", Map.of("status", "besloten", "reden", "te snel"));
        assertProblem(a, 409);
        JsonNode c = regisseur.get(CASUSSEN + "/" + id).json();
        assertThat(c.path("status").asText()).isEqualTo("aangemeld");
        assertThat(c.path("historie").size()).isEqualTo(1);
    }

    @Test
    void staleIfMatchIs409AndMissingIfMatchIs428() {
        String id = regisseur.post(CASUSSEN, nieuweCasus("Twee regisseurs")).json().path("id").asText();
        String etag = regisseur.get(CASUSSEN + "/" + id).header("ETag");
        assertThat(regisseur.verstuur("PATCH", CASUSSEN + "/" + id, Map.of("thema", "geld"), Map.of("If-Match", etag))
                .status()).isEqualTo(200);
        Api.Antwoord oud = regisseur.verstuur("PATCH", CASUSSEN + "/" + id, Map.of("thema", "werk"),
                Map.of("If-Match", etag));
        assertProblem(oud, 409);
        assertProblem(regisseur.verstuur("PATCH", CASUSSEN + "/" + id, Map.of("thema", "werk"), Map.of()), 428);
        assertThat(regisseur.get(CASUSSEN + "/" + id).json().path("thema").asText()).isEqualTo("geld");
    }

    @Test
    void unknownCasusIs404AndBadPagingIs400() {
        assertProblem(regisseur.get(CASUSSEN + "/bestaat-niet"), 404);
        assertProblem(regisseur.get(CASUSSEN + "?pageSize=100000"), 400);
        assertProblem(regisseur.get(CASUSSEN + "?page=nul"), 400);
        assertProblem(regisseur.get(CASUSSEN + "?status=zoek"), 400);
    }

    @Test
    void wrongMethodIs405() {
        Api.Antwoord a = regisseur.verstuur(regisseur.request("/api/gemeenten/utrecht/casussen")
                .method("DELETE", HttpRequest.BodyPublishers.noBody()), Map.of());
        assertProblem(a, 405);
    }

    static void assertProblem(Api.Antwoord a, int status) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/problem+json");
        JsonNode p = a.json();
        assertThat(p.path("status").asInt()).isEqualTo(status);
        assertThat(p.path("title").asText()).isNotBlank();
        assertThat(p.path("detail").asText()).isNotBlank();
        assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    static JsonNode invalidParam(Api.Antwoord a, String naam) {
        for (JsonNode p : a.json().path("invalidParams")) {
            if (p.path("name").asText().equals(naam)) {
                return p;
            }
        }
        throw new AssertionError("geen invalidParam '" + naam + "' in " + a.body());
    }

    private void assertNietsBijgekomen(Api.Antwoord a) {
        assertThat(a.header("Location")).isNull();
    }
}
