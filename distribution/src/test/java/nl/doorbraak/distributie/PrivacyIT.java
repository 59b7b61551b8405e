package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Privacy by design over HTTP: the audittrail of a casus, a verwerking for every read of personal data and the
 * report per inwoner, and a BSN that is encrypted on disk and never in a URL, log line or error message.
 */
class PrivacyIT {

    static Platform platform;
    static Api regisseur;
    static Api beheerder;
    static String tafel;
    static final String G = "/api/gemeenten/utrecht";
    static final String BSN = "111222333";

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
        regisseur = platform.api().als("utrecht-regisseur");
        beheerder = platform.api().als("utrecht-beheerder");
        tafel = regisseur.get(G + "/tafels").json().path("results").get(0).path("id").asText();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    static JsonNode nieuweCasus(String titel) {
        Api.Antwoord c = regisseur.post(G + "/casussen", Map.of("tafelId", tafel, "titel", titel, "hulpvraag",
                "DUO-schuld en CJIB-boete stapelen zich op", "inwoner", Map.of("initialen", "T.M."),
                "variantData", Map.of("urgentie", "hoog")));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        return c.json();
    }

    @Test
    void deAudittrailToontWieWatWanneerVeranderde() {
        JsonNode c = nieuweCasus("Stapeling");
        String pad = G + "/casussen/" + c.path("id").asText();
        Api.Antwoord patch = regisseur.verstuur("PATCH", pad, Map.of("titel", "Stapeling DUO en CJIB"),
                Map.of("If-Match", "\"1\""));
        assertThat(patch.status()).as(patch.body()).isEqualTo(200);
        regisseur.post(pad + "/status", Map.of("status", "in_voorbereiding", "reden", "DUO en CJIB bellen"));

        Api.Antwoord trail = regisseur.get(pad + "/audittrail");

        assertThat(trail.status()).as(trail.body()).isEqualTo(200);
        JsonNode regels = trail.json().path("results");
        assertThat(regels.size()).isEqualTo(3);
        assertThat(regels.get(1).path("door").asText()).isEqualTo("utrecht-regisseur");
        assertThat(regels.get(1).path("op").asText()).isNotBlank();
        JsonNode titel = regels.get(1).path("wijzigingen").get(0);
        assertThat(titel.path("veld").asText()).isEqualTo("titel");
        assertThat(titel.path("oud").asText()).isEqualTo("Stapeling");
        assertThat(titel.path("nieuw").asText()).isEqualTo("Stapeling DUO en CJIB");
        assertThat(regels.get(2).path("actie").asText()).isEqualTo("status");
        // no casus contents for the beheerder, and nothing of another gemeente
        assertThat(beheerder.get(pad + "/audittrail").status()).isEqualTo(403);
        assertThat(platform.api().als("leeuwarden-regisseur").get(pad + "/audittrail").status()).isEqualTo(404);
    }

    @Test
    void elkeInzageIsEenVerwerkingInHetRapportVanDeInwoner() {
        JsonNode c = nieuweCasus("Inzage");
        String pseudoniem = c.path("inwoner").path("pseudoniem").asText();
        String pad = G + "/casussen/" + c.path("id").asText();
        assertThat(regisseur.get(pad).status()).isEqualTo(200);
        assertThat(platform.api().als("utrecht-tafellid").get(pad).status()).isIn(200, 404);

        Api.Antwoord rapport = beheerder.get(G + "/verwerkingen?inwoner=" + pseudoniem);

        assertThat(rapport.status()).as(rapport.body()).isEqualTo(200);
        JsonNode regels = rapport.json().path("results");
        assertThat(regels.size()).isGreaterThanOrEqualTo(2);
        assertThat(regels).anySatisfy(v -> {
            assertThat(v.path("handeling").asText()).isEqualTo("lezen");
            assertThat(v.path("door").asText()).isEqualTo("utrecht-regisseur");
            assertThat(v.path("rol").asText()).isEqualTo("casusregisseur");
            assertThat(v.path("doel").asText()).isEqualTo("Casus bekijken");
            assertThat(v.path("grondslag").asText()).contains("AVG");
        });
        assertThat(regels).anySatisfy(v -> assertThat(v.path("handeling").asText()).isEqualTo("wijzigen"));
        // a plug-in that changes the casus records its verwerking too (the standaard variant's spoed route)
        Api.Antwoord spoed = regisseur.post(G + "/standaard/casussen/" + c.path("id").asText() + "/spoed",
                Map.of("aangebrachtDoor", "Buurtteam Kanaleneiland"));
        assertThat(spoed.status()).as(spoed.body()).isEqualTo(200);
        // a tafellid only for casussen of his own tafel, also on a plug-in route
        String andereTafel = regisseur.get(G + "/tafels").json().path("results").get(1).path("id").asText();
        String elders = regisseur.post(G + "/casussen", Map.of("tafelId", andereTafel, "titel", "Andere tafel",
                "hulpvraag", "x", "variantData", Map.of("urgentie", "laag"))).json().path("id").asText();
        assertThat(platform.api().als("utrecht-tafellid").post(G + "/standaard/casussen/" + elders + "/spoed",
                Map.of("aangebrachtDoor", "iemand")).status()).isEqualTo(404);
        regels = beheerder.get(G + "/verwerkingen?inwoner=" + pseudoniem).json().path("results");
        assertThat(regels).anySatisfy(v -> assertThat(v.path("doel").asText()).isEqualTo("Casus als spoed op de "
                + "agenda zetten"));
        // asking for the report is itself a verwerking
        int eerst = regels.size();
        assertThat(beheerder.get(G + "/verwerkingen?inwoner=" + pseudoniem).json().path("count").asInt())
                .isEqualTo(eerst + 1);
        assertThat(regisseur.get(G + "/verwerkingen?inwoner=" + pseudoniem).status()).isEqualTo(403);
        assertThat(beheerder.get(G + "/verwerkingen").status()).isEqualTo(400);
        Api.Antwoord bsnInUrl = beheerder.get(G + "/verwerkingen?inwoner=" + BSN);
        assertThat(bsnInUrl.status()).isEqualTo(400);
    }

    @Test
    void eenBsnIsVersleuteldEnNooitTeZienInLogOfFoutmelding() throws Exception {
        JsonNode c = nieuweCasus("Met BSN");
        String pad = G + "/casussen/" + c.path("id").asText() + "/bsn";
        assertThat(regisseur.get(pad).status()).isEqualTo(404);

        Api.Antwoord fout = regisseur.verstuur("PUT", pad, Map.of("bsn", "123456789"), Map.of());
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).doesNotContain("123456789");
        assertThat(regisseur.verstuur("PUT", pad, Map.of("bsn", BSN), Map.of()).status()).isEqualTo(204);
        Api.Antwoord gelezen = regisseur.get(pad);
        assertThat(gelezen.status()).isEqualTo(200);
        assertThat(gelezen.json().path("bsn").asText()).isEqualTo(BSN);
        // only the casusregisseur, and never as part of the casus itself
        assertThat(platform.api().als("utrecht-tafellid").get(pad).status()).isIn(403, 404);
        assertThat(regisseur.get(G + "/casussen/" + c.path("id").asText()).body()).doesNotContain(BSN);
        assertThat(regisseur.get(G + "/casussen/" + c.path("id").asText() + "/audittrail").body())
                .doesNotContain(BSN).contains("bsn");
        assertThat(beheerder.get(G + "/verwerkingen?inwoner=" + c.path("inwoner").path("pseudoniem").asText()).body())
                .contains("\"object\":\"bsn\"");

        // not on disk in the clear (database files), nor in the log
        try (Stream<Path> bestanden = Files.walk(platform.home)) {
            for (Path p : bestanden.filter(Files::isRegularFile).toList()) {
                byte[] inhoud = Files.readAllBytes(p);
                assertThat(new String(inhoud, java.nio.charset.StandardCharsets.ISO_8859_1)).as(p.toString())
                        .doesNotContain(BSN);
            }
        }
        assertThat(regisseur.verstuur("DELETE", pad, null, Map.of()).status()).isEqualTo(204);
        assertThat(regisseur.get(pad).status()).isEqualTo(404);
    }

    @Test
    void deNieuweRoutesStaanInHetOpenApiDocument() {
        JsonNode paden = platform.api().get("/api/openapi.json").json().path("paths");
        assertThat(paden.has("/api/gemeenten/{gemeente}/casussen/{id}/audittrail")).isTrue();
        assertThat(paden.has("/api/gemeenten/{gemeente}/casussen/{id}/bsn")).isTrue();
        assertThat(paden.has("/api/gemeenten/{gemeente}/verwerkingen")).isTrue();
    }
}
