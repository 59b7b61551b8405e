package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
            // read through the platform's own door (REST), not through a plug-in
            assertThat(v.has("via")).isTrue();
            assertThat(v.path("via").isNull()).isTrue();
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
        assertThat(regels).anySatisfy(v -> {
            assertThat(v.path("doel").asText()).isEqualTo("Casus als spoed op de agenda zetten");
            // the log names the plug-in the data went through
            assertThat(v.path("via").asText()).isEqualTo("nl.doorbraak.plugin.standaard");
        });
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

    /** A problem+json 400 with exactly this field and code, that never repeats the refused value. */
    static void geweigerd(Api.Antwoord a, String veld, String code, String... nietHerhaald) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        JsonNode fouten = a.json().path("invalidParams");
        assertThat(fouten.size()).as(a.body()).isEqualTo(1);
        assertThat(fouten.get(0).path("name").asText()).as(a.body()).isEqualTo(veld);
        assertThat(fouten.get(0).path("code").asText()).as(a.body()).isEqualTo(code);
        assertThat(a.json().path("detail").asText()).isNotBlank();
        for (String waarde : nietHerhaald) {
            assertThat(a.body()).doesNotContain(waarde);
        }
    }

    static int aantalCasussen() {
        return regisseur.get(G + "/casussen?pageSize=1").json().path("count").asInt();
    }

    @Test
    void hetPlatformKentHetPseudoniemToe() {
        JsonNode bestaand = nieuweCasus("Eerste inwoner");
        String zijnPseudoniem = bestaand.path("inwoner").path("pseudoniem").asText();
        int voor = aantalCasussen();

        // choosing another inwoner's pseudoniem would file this casus under that inwoner's report
        for (String gekozen : List.of("INW-000000", zijnPseudoniem)) {
            Api.Antwoord a = regisseur.post(G + "/casussen", Map.of("tafelId", tafel, "titel", "Gekozen pseudoniem",
                    "hulpvraag", "x", "inwoner", Map.of("pseudoniem", gekozen, "initialen", "X.Y."), "variantData",
                    Map.of("urgentie", "laag")));
            geweigerd(a, "inwoner.pseudoniem", "alleenLezen");
        }
        assertThat(aantalCasussen()).isEqualTo(voor);
        assertThat(beheerder.get(G + "/verwerkingen?inwoner=INW-000000").json().path("count").asInt()).isZero();

        // GET, then PUT of the whole casus keeps working; another pseudoniem in a PUT or PATCH is refused
        String pad = G + "/casussen/" + bestaand.path("id").asText();
        Api.Antwoord gelezen = regisseur.get(pad);
        ObjectNode terug = (ObjectNode) gelezen.json();
        terug.put("titel", "Eerste inwoner, gewijzigd");
        Api.Antwoord put = regisseur.verstuur("PUT", pad, terug.toString(), Map.of("If-Match", gelezen.header("ETag")));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().path("inwoner").path("pseudoniem").asText()).isEqualTo(zijnPseudoniem);
        ((ObjectNode) terug.path("inwoner")).put("pseudoniem", "INW-000000");
        geweigerd(regisseur.verstuur("PUT", pad, terug.toString(), Map.of("If-Match", put.header("ETag"))),
                "inwoner.pseudoniem", "alleenLezen");
        geweigerd(regisseur.verstuur("PATCH", pad, Map.of("inwoner", Map.of("pseudoniem", "INW-000000")),
                Map.of("If-Match", put.header("ETag"))), "inwoner.pseudoniem", "alleenLezen");
        assertThat(regisseur.get(pad).json().path("inwoner").path("pseudoniem").asText()).isEqualTo(zijnPseudoniem);
        // the report per inwoner still finds everything about this casus
        assertThat(beheerder.get(G + "/verwerkingen?inwoner=" + zijnPseudoniem).json().path("results"))
                .anySatisfy(v -> assertThat(v.path("handeling").asText()).isEqualTo("wijzigen"));
        // a BSN in the URL of the report is refused, also in full-width digits
        assertThat(beheerder.get(G + "/verwerkingen?inwoner=%EF%BC%91%EF%BC%91%EF%BC%91%EF%BC%92%EF%BC%92%EF%BC%92"
                + "%EF%BC%93%EF%BC%93%EF%BC%93").status()).isEqualTo(400);
    }

    /** The examples and the usual tricks; each is the valid BSN 111222333. */
    static final List<String> BSN_ACHTIG = List.of("111222333", "111_222_333", "BSN111222333", "１１１２２２３３３",
            "١١١٢٢٢٣٣٣", "111\u200B222\u200B333", "111\u00A0222\u00A0333", "111.222.333");

    @Test
    void eenBsnInVrijeTekstWordtGeweigerdHoeHetOokGeschrevenIs() throws Exception {
        int voor = aantalCasussen();
        for (String bsn : BSN_ACHTIG) {
            Map<String, Object> basis = Map.of("tafelId", tafel, "titel", "Schulden", "hulpvraag", "Huur en boetes",
                    "variantData", Map.of("urgentie", "laag"));
            Map<String, Object> titel = new java.util.HashMap<>(basis);
            titel.put("titel", "Schulden van " + bsn);
            geweigerd(regisseur.post(G + "/casussen", titel), "titel", "bsn", bsn, "111222333");
            Map<String, Object> hulpvraag = new java.util.HashMap<>(basis);
            hulpvraag.put("hulpvraag", "Mevrouw (BSN " + bsn + ") belde over haar huur.");
            geweigerd(regisseur.post(G + "/casussen", hulpvraag), "hulpvraag", "bsn", bsn, "111222333");
            Map<String, Object> initialen = new java.util.HashMap<>(basis);
            initialen.put("inwoner", Map.of("initialen", bsn.length() <= 10 ? bsn : "111222333"));
            geweigerd(regisseur.post(G + "/casussen", initialen), "inwoner.initialen", "bsn", bsn, "111222333");
            // a text field the standaard plug-in declares
            Map<String, Object> variant = new java.util.HashMap<>(basis);
            variant.put("variantData", Map.of("urgentie", "laag", "aangebrachtDoor", "Buurtteam, " + bsn));
            geweigerd(regisseur.post(G + "/casussen", variant), "variantData.aangebrachtDoor", "bsn", bsn,
                    "111222333");
        }
        assertThat(aantalCasussen()).isEqualTo(voor);

        // also when a plug-in's own route changes the casus: the core refuses it, whatever the door
        String id = nieuweCasus("Spoed").path("id").asText();
        geweigerd(regisseur.post(G + "/standaard/casussen/" + id + "/spoed", Map.of("aangebrachtDoor",
                "Buurtteam 111_222_333")), "variantData.aangebrachtDoor", "bsn", "111_222_333");
        // and in a PATCH
        geweigerd(regisseur.verstuur("PATCH", G + "/casussen/" + id, Map.of("titel", "BSN111222333"),
                Map.of("If-Match", "\"1\"")), "titel", "bsn", "111222333");
        assertThat(regisseur.get(G + "/casussen/" + id).json().path("versie").asInt()).isEqualTo(1);

        // numbers a tafel does write down stay possible: a date, amounts, a postcode, phone numbers
        Api.Antwoord gewoon = regisseur.post(G + "/casussen", Map.of("tafelId", tafel, "titel",
                "Huur € 1.900 achter sinds 01-03-2026", "hulpvraag", "Bel 06-12345678 of +31 6 12345678; "
                        + "3511 AB; € 1.250.000,00; dossier 123456789.", "inwoner", Map.of("initialen", "J.B."),
                "variantData", Map.of("urgentie", "laag", "aangebrachtDoor", "Buurtteam, 030 123 4567")));
        assertThat(gewoon.status()).as(gewoon.body()).isEqualTo(201);

        // the refused values went nowhere: not in the log either
        try (Stream<Path> bestanden = Files.walk(platform.home.resolve("logs"))) {
            for (Path p : bestanden.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1)).as(p.toString())
                        .doesNotContain("111_222_333", "111222333", "111.222.333");
            }
        }
    }

    /** A casus of this tafel on the agenda of tomorrow's bijeenkomst, ready for a besluit; returns casus and besluit. */
    static String[] besluitMetCasus(String tafelId, String titel) {
        JsonNode t = regisseur.get(G + "/tafels/" + tafelId).json();
        String deelnemer = t.path("deelnemers").get(0).path("naam").asText();
        Api.Antwoord c = regisseur.post(G + "/casussen", Map.of("tafelId", tafelId, "titel", titel, "hulpvraag",
                "Huurachterstand", "variantData", Map.of("urgentie", "hoog")));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        String id = c.json().path("id").asText();
        assertThat(regisseur.post(G + "/casussen/" + id + "/status", Map.of("status", "in_voorbereiding")).status())
                .isEqualTo(200);
        Api.Antwoord b = regisseur.post(G + "/bijeenkomsten", Map.of("tafelId", tafelId, "datum",
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(1).toString(), "aanwezigen", List.of(deelnemer)));
        assertThat(b.status()).as(b.body()).isEqualTo(201);
        assertThat(regisseur.post(G + "/bijeenkomsten/" + b.json().path("id").asText() + "/agenda",
                Map.of("casusId", id)).status()).isEqualTo(200);
        Api.Antwoord besluit = regisseur.post(G + "/casussen/" + id + "/besluiten", Map.of("soort", "regulier",
                "omschrijving", "Huur betalen uit het potje", "deelnemers", List.of(deelnemer)));
        assertThat(besluit.status()).as(besluit.body()).isEqualTo(201);
        return new String[] { id, besluit.json().path("id").asText(), c.json().path("inwoner").path("pseudoniem")
                .asText() };
    }

    @Test
    void deOmschrijvingVanEenUitgaveLeestAlleenWieDeCasusMagZien() {
        Api tafellid = platform.api().als("utrecht-tafellid");
        String eigenTafel = null;
        String andereTafel = null;
        for (JsonNode t : regisseur.get(G + "/tafels").json().path("results")) {
            if (t.path("naam").asText().equals("Doorbraaktafel Overvecht")) {
                eigenTafel = t.path("id").asText();
            } else if (t.path("naam").asText().equals("Ondernemers-doorbraaktafel")) {
                andereTafel = t.path("id").asText();
            }
        }
        assertThat(eigenTafel).as("demo-tafel van utrecht-tafellid").isNotNull();
        assertThat(andereTafel).as("andere demo-tafel").isNotNull();
        String[] eigen = besluitMetCasus(eigenTafel, "Uitgave aan de eigen tafel");
        String[] ander = besluitMetCasus(andereTafel, "Uitgave aan een andere tafel");
        Api.Antwoord potje = beheerder.post(G + "/potjes", Map.of("naam", "Potje voor privacy", "beginsaldo", 500));
        assertThat(potje.status()).as(potje.body()).isEqualTo(201);
        String mutaties = G + "/potjes/" + potje.json().path("id").asText() + "/mutaties";
        String uitgaven = G + "/potjes/" + potje.json().path("id").asText() + "/uitgaven";
        assertThat(regisseur.post(uitgaven, Map.of("besluitId", eigen[1], "bedrag", 20, "omschrijving",
                "Huur van mevrouw aan de Vechtstraat")).status()).isEqualTo(201);
        assertThat(regisseur.post(uitgaven, Map.of("besluitId", ander[1], "bedrag", 30, "omschrijving",
                "Boete van de bakker op de hoek")).status()).isEqualTo(201);

        // the tafellid of Overvecht: his own tafel's description, not the other tafel's; amounts for both
        Api.Antwoord gelezen = tafellid.get(mutaties);
        assertThat(gelezen.status()).as(gelezen.body()).isEqualTo(200);
        assertThat(gelezen.body()).contains("Huur van mevrouw aan de Vechtstraat")
                .doesNotContain("Boete van de bakker");
        JsonNode regels = gelezen.json().path("results");
        assertThat(regels.size()).isEqualTo(3);
        assertThat(regels).anySatisfy(m -> {
            assertThat(m.path("besluitId").asText()).isEqualTo(ander[1]);
            assertThat(m.path("bedrag").decimalValue()).isEqualByComparingTo("30");
            assertThat(m.path("omschrijving").isNull()).isTrue();
        });
        // the gemeentebeheerder sees no casus contents: no description of any uitgave; the casusregisseur sees all
        assertThat(beheerder.get(mutaties).body()).doesNotContain("Vechtstraat").doesNotContain("bakker");
        assertThat(regisseur.get(mutaties).body()).contains("Vechtstraat", "bakker");

        // the read of a description is a verwerking in that inwoner's report; nothing where nothing was shown
        DuurzaamheidIT.wachtTot(() -> beheerder.get(G + "/verwerkingen?inwoner=" + eigen[2]).body()
                .contains("\"door\":\"utrecht-tafellid\""));
        assertThat(beheerder.get(G + "/verwerkingen?inwoner=" + eigen[2]).json().path("results")).anySatisfy(v -> {
            assertThat(v.path("door").asText()).isEqualTo("utrecht-tafellid");
            assertThat(v.path("object").asText()).isEqualTo("uitgave");
            assertThat(v.path("handeling").asText()).isEqualTo("lezen");
            assertThat(v.path("casusId").asText()).isEqualTo(eigen[0]);
        });
        JsonNode anderRapport = beheerder.get(G + "/verwerkingen?inwoner=" + ander[2]).json().path("results");
        assertThat(anderRapport).noneSatisfy(v -> {
            assertThat(v.path("object").asText()).isEqualTo("uitgave");
            assertThat(v.path("door").asText()).isIn("utrecht-tafellid", "utrecht-beheerder");
        });
        assertThat(anderRapport).anySatisfy(v -> {
            assertThat(v.path("door").asText()).isEqualTo("utrecht-regisseur");
            assertThat(v.path("object").asText()).isEqualTo("uitgave");
        });
    }

    @Test
    void deNieuweRoutesStaanInHetOpenApiDocument() {
        JsonNode paden = platform.api().get("/api/openapi.json").json().path("paths");
        assertThat(paden.has("/api/gemeenten/{gemeente}/casussen/{id}/audittrail")).isTrue();
        assertThat(paden.has("/api/gemeenten/{gemeente}/casussen/{id}/bsn")).isTrue();
        assertThat(paden.has("/api/gemeenten/{gemeente}/verwerkingen")).isTrue();
    }
}
