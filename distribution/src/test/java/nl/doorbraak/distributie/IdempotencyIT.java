package nl.doorbraak.distributie;

import static nl.doorbraak.distributie.CasusApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Retries without duplicates: a POST that creates, repeated with the same Idempotency-Key after a lost answer, gets the
 * original object, also after a kill -9 right after the commit and when the retries come at the same time.
 */
class IdempotencyIT {

    static Platform platform;
    static String tafel;

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
        tafel = platform.api().als("utrecht-regisseur").get("/api/gemeenten/utrecht/tafels").json().path("results")
                .get(0).path("id").asText();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    static Map<String, Object> casus(String titel) {
        return Map.of("tafelId", tafel, "titel", titel, "hulpvraag", "Een retry mag geen tweede casus maken.",
                "variantData", Map.of("urgentie", "normaal"));
    }

    static Api.Antwoord post(String pad, Object body, String sleutel) {
        return platform.api().als("utrecht-regisseur").verstuur("POST", pad, body, Map.of("Idempotency-Key", sleutel));
    }

    static long aantal(String titel) {
        JsonNode l = platform.api().als("utrecht-regisseur").get("/api/gemeenten/utrecht/casussen?pageSize=100").json();
        long n = 0;
        for (JsonNode c : l.path("results")) {
            n += c.path("titel").asText().equals(titel) ? 1 : 0;
        }
        return n;
    }

    @Test
    void eenHerhalingMetDezelfdeSleutelGeeftDeEersteCasusOokNaKill9() {
        String sleutel = UUID.randomUUID().toString();
        Api.Antwoord eerste = post("/api/gemeenten/utrecht/casussen", casus("Na een verloren antwoord"), sleutel);
        assertThat(eerste.status()).as(eerste.body()).isEqualTo(201);
        assertThat(eerste.header("Idempotent-Replayed")).isNull();
        String id = eerste.json().path("id").asText();

        // the answer got lost, and the platform went down hard right after the commit
        platform.kill9();
        platform.start();

        Api.Antwoord herhaling = post("/api/gemeenten/utrecht/casussen", casus("Na een verloren antwoord"), sleutel);
        assertThat(herhaling.status()).as(herhaling.body()).isEqualTo(201);
        assertThat(herhaling.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(herhaling.json().path("id").asText()).isEqualTo(id);
        assertThat(herhaling.header("Location")).isEqualTo(eerste.header("Location"));
        assertThat(aantal("Na een verloren antwoord")).isEqualTo(1);
    }

    @Test
    void dezelfdeSleutelVoorEenAnderVerzoekIs422EnZonderSleutelKomtErGewoonEenBij() {
        String sleutel = UUID.randomUUID().toString();
        assertThat(post("/api/gemeenten/utrecht/casussen", casus("Eerste verzoek"), sleutel).status()).isEqualTo(201);
        Api.Antwoord ander = post("/api/gemeenten/utrecht/casussen", casus("Een ander verzoek"), sleutel);
        assertProblem(ander, 422);
        assertThat(aantal("Een ander verzoek")).isZero();
        // another user's same key is another key
        Api.Antwoord tom = platform.api().als("utrecht-tafellid").verstuur("POST", "/api/gemeenten/utrecht/casussen",
                casus("Eerste verzoek"), Map.of("Idempotency-Key", sleutel));
        assertThat(tom.status()).isIn(201, 403);
        assertProblem(post("/api/gemeenten/utrecht/casussen", casus("x"), "te lang ".repeat(40)), 400);

        Api regisseur = platform.api().als("utrecht-regisseur");
        regisseur.post("/api/gemeenten/utrecht/casussen", casus("Zonder sleutel"));
        regisseur.post("/api/gemeenten/utrecht/casussen", casus("Zonder sleutel"));
        assertThat(aantal("Zonder sleutel")).isEqualTo(2);
    }

    @Test
    void gelijktijdigeHerhalingenMakenSamenEenCasus() {
        String sleutel = UUID.randomUUID().toString();
        List<CompletableFuture<Api.Antwoord>> pogingen = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pogingen.add(CompletableFuture.supplyAsync(() -> post("/api/gemeenten/utrecht/casussen",
                    casus("Acht keer tegelijk"), sleutel)));
        }
        Set<String> ids = pogingen.stream().map(CompletableFuture::join).peek(a -> assertThat(a.status())
                .as(a.body()).isEqualTo(201)).map(a -> a.json().path("id").asText()).collect(Collectors.toSet());
        assertThat(ids).hasSize(1);
        assertThat(aantal("Acht keer tegelijk")).isEqualTo(1);
    }

    @Test
    void eenStortingMetDezelfdeSleutelTeltEenKeer() {
        Api beheerder = platform.api().als("utrecht-beheerder");
        String potje = beheerder.get("/api/gemeenten/utrecht/potjes").json().path("results").get(0).path("id").asText();
        BigDecimal voor = beheerder.get("/api/gemeenten/utrecht/potjes/" + potje).json().path("saldo").decimalValue();
        String sleutel = UUID.randomUUID().toString();
        Map<String, Object> storting = Map.of("bedrag", 100, "omschrijving", "Aanvulling december");
        Api.Antwoord een = beheerder.verstuur("POST", "/api/gemeenten/utrecht/potjes/" + potje + "/stortingen",
                storting, Map.of("Idempotency-Key", sleutel));
        Api.Antwoord twee = beheerder.verstuur("POST", "/api/gemeenten/utrecht/potjes/" + potje + "/stortingen",
                storting, Map.of("Idempotency-Key", sleutel));
        assertThat(een.status()).as(een.body()).isEqualTo(201);
        assertThat(twee.status()).as(twee.body()).isEqualTo(201);
        assertThat(twee.json().path("volgnummer").asLong()).isEqualTo(een.json().path("volgnummer").asLong());
        BigDecimal na = beheerder.get("/api/gemeenten/utrecht/potjes/" + potje).json().path("saldo").decimalValue();
        assertThat(na.subtract(voor)).isEqualByComparingTo("100");
    }

    @Test
    void hetOpenApiDocumentNoemtDeSleutelBijElkePostDieIetsAanmaakt() {
        JsonNode paden = platform.api().get("/api/openapi.json").json().path("paths");
        for (String pad : List.of("/api/gemeenten/{gemeente}/casussen", "/api/gemeenten/{gemeente}/tafels",
                "/api/gemeenten/{gemeente}/potjes/{id}/stortingen", "/api/gemeenten/{gemeente}/gebruikers")) {
            assertThat(paden.path(pad).path("post").path("parameters").toString()).as(pad).contains("Idempotency-Key");
            assertThat(paden.path(pad).path("post").path("responses").has("422")).as(pad).isTrue();
        }
        assertThat(paden.path("/api/sessies").path("post").path("parameters").toString())
                .doesNotContain("Idempotency-Key");
    }
}
