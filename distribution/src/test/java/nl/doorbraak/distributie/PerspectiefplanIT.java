package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Perspectiefplan and rekentool over HTTP, as a tafel uses them: the inwoner's goal, the costs of doormodderen and
 * doorbreken per organisatie, the saving the platform computes (also when it is negative), versions with If-Match,
 * roles, another gemeente, and every read in the inwoner's verwerkingenrapport.
 */
class PerspectiefplanIT {

    static Platform platform;
    static Api regisseur;
    static Api tafellid;
    static Api beheerder;
    static String overvecht;
    static String ondernemers;
    static final String G = "/api/gemeenten/utrecht";

    /** Eviction stopped with the potje: corporatie and opvang save, Werk & Inkomen pays more (bijzondere bijstand). */
    static final List<Map<String, Object>> KOSTEN = List.of(
            Map.of("organisatie", "Woningcorporatie", "post", "ontruiming, leegstand, incasso", "doormodderen", 12000,
                    "doorbreken", 1650),
            Map.of("organisatie", "Gemeente, maatschappelijke opvang", "post", "opvang moeder en kind",
                    "doormodderen", 35000, "doorbreken", 0),
            Map.of("organisatie", "Werk & Inkomen", "post", "bijzondere bijstand", "doormodderen", 0, "doorbreken",
                    2400.50),
            Map.of("organisatie", "CJIB", "post", "deurwaarderskosten", "doormodderen", 850, "doorbreken", 0));

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
        regisseur = platform.api().als("utrecht-regisseur");
        tafellid = platform.api().als("utrecht-tafellid");
        beheerder = platform.api().als("utrecht-beheerder");
        for (JsonNode t : regisseur.get(G + "/tafels").json().path("results")) {
            if (t.path("naam").asText().equals("Doorbraaktafel Overvecht")) {
                overvecht = t.path("id").asText();
            } else if (t.path("naam").asText().equals("Ondernemers-doorbraaktafel")) {
                ondernemers = t.path("id").asText();
            }
        }
        assertThat(overvecht).as("demo-tafel Overvecht").isNotNull();
        assertThat(ondernemers).as("demo-tafel ondernemers").isNotNull();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    static JsonNode casus(String tafel, String titel) {
        Api.Antwoord c = regisseur.post(G + "/casussen", Map.of("tafelId", tafel, "titel", titel, "hulpvraag",
                "Huurachterstand, ontruiming aangezegd; moeder met dochter van 8.", "inwoner",
                Map.of("initialen", "S.B."), "variantData", Map.of("urgentie", "hoog")));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        return c.json();
    }

    static Map<String, Object> plan(String doel, List<Map<String, Object>> kosten) {
        return Map.of("doel", doel, "stappen", List.of("Regeling met de corporatie tekenen", "Werk zoeken via het "
                + "buurtteam"), "kosten", kosten);
    }

    @Test
    void eenTafelMaaktHetPlanEnZietDeBesparingOokAlsEenOrganisatieMeerBetaalt() {
        String pad = G + "/casussen/" + casus(overvecht, "Perspectiefplan").path("id").asText() + "/perspectiefplan";
        assertThat(regisseur.get(pad).status()).isEqualTo(404);

        Api.Antwoord gemaakt = regisseur.verstuur("PUT", pad, plan("Over een jaar wonen mijn dochter en ik nog in ons "
                + "huis en heb ik werk.", KOSTEN), Map.of());

        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        assertThat(gemaakt.header("ETag")).isEqualTo("\"1\"");
        assertThat(gemaakt.header("Location")).endsWith(pad);
        JsonNode p = gemaakt.json();
        assertThat(p.path("doel").asText()).startsWith("Over een jaar");
        assertThat(p.path("besparing").path("doormodderen").decimalValue()).isEqualByComparingTo("47850");
        assertThat(p.path("besparing").path("doorbreken").decimalValue()).isEqualByComparingTo("4050.50");
        assertThat(p.path("besparing").path("totaal").decimalValue()).isEqualByComparingTo("43799.50");
        JsonNode werk = p.path("besparing").path("perOrganisatie").get(2);
        assertThat(werk.path("organisatie").asText()).isEqualTo("Werk & Inkomen");
        assertThat(werk.path("besparing").decimalValue()).isEqualByComparingTo("-2400.50");
        assertThat(p.path("kosten").get(2).path("besparing").decimalValue()).isEqualByComparingTo("-2400.50");
        assertThat(p.path("voorRendement").path("rendementBedrag").decimalValue()).isEqualByComparingTo("43799.50");
        assertThat(p.path("voorRendement").path("tekst").asText()).contains("€ 43.799,50");

        Api.Antwoord gelezen = tafellid.get(pad);
        assertThat(gelezen.status()).isEqualTo(200);
        assertThat(gelezen.json().path("stappen").size()).isEqualTo(2);
        assertThat(tafellid.verstuur(tafellid.request(pad).GET(), Map.of("If-None-Match", "\"1\"")).status()).isEqualTo(304);

        // replacing needs the version read; a new plan over an existing one is not silently overwritten
        Api.Antwoord zonder = regisseur.verstuur("PUT", pad, plan("Ander doel", KOSTEN), Map.of());
        assertThat(zonder.status()).isEqualTo(428);
        assertThat(zonder.contentType()).startsWith("application/problem+json");
        // the tafellid of Overvecht changes it: breaking through now costs more than it saves
        Api.Antwoord duurder = tafellid.verstuur("PUT", pad, plan("Over een jaar wonen we nog samen.", List.of(
                Map.of("organisatie", "Zorgverzekeraar", "post", "begeleid wonen", "doormodderen", 8000,
                        "doorbreken", 11000.25))), Map.of("If-Match", "\"1\""));
        assertThat(duurder.status()).as(duurder.body()).isEqualTo(200);
        assertThat(duurder.header("ETag")).isEqualTo("\"2\"");
        assertThat(duurder.json().path("besparing").path("totaal").decimalValue()).isEqualByComparingTo("-3000.25");
        assertThat(duurder.json().path("voorRendement").path("rendementBedrag").decimalValue()).isEqualByComparingTo("0");
        assertThat(duurder.json().path("gewijzigdDoor").asText()).isEqualTo("utrecht-tafellid");
        assertThat(duurder.json().path("aangemaaktDoor").asText()).isEqualTo("utrecht-regisseur");
        Api.Antwoord verouderd = regisseur.verstuur("PUT", pad, plan("Oud doel", KOSTEN), Map.of("If-Match", "\"1\""));
        assertThat(verouderd.status()).isEqualTo(409);
        assertThat(verouderd.json().path("detail").asText()).contains("versie 2");
        assertThat(regisseur.get(pad).json().path("doel").asText()).isEqualTo("Over een jaar wonen we nog samen.");

        // a GET → PUT round trip: the computed fields may come back and are ignored
        Map<String, Object> terug = new HashMap<>();
        regisseur.get(pad).json().fields().forEachRemaining(e -> terug.put(e.getKey(), e.getValue()));
        terug.put("doel", "Over een jaar wonen we nog samen, en ik heb een vaste baan.");
        Api.Antwoord rond = regisseur.verstuur("PUT", pad, terug, Map.of("If-Match", "\"2\""));
        assertThat(rond.status()).as(rond.body()).isEqualTo(200);
        assertThat(rond.json().path("besparing").path("totaal").decimalValue()).isEqualByComparingTo("-3000.25");

        JsonNode trail = regisseur.get(pad.replace("/perspectiefplan", "/audittrail")).json().path("results");
        List<String> regels = new ArrayList<>();
        trail.forEach(r -> {
            if (r.path("object").asText().equals("perspectiefplan")) {
                regels.add(r.path("actie").asText() + " door " + r.path("door").asText());
            }
        });
        assertThat(regels).containsExactly("aangemaakt door utrecht-regisseur", "gewijzigd door utrecht-tafellid",
                "gewijzigd door utrecht-regisseur");
    }

    @Test
    void onjuisteBedragenEnTeLangeTekstenGevenEen400PerVeld() {
        String pad = G + "/casussen/" + casus(overvecht, "Foute invoer").path("id").asText() + "/perspectiefplan";
        List<Map<String, Object>> fout = List.of(
                Map.of("organisatie", "Woningcorporatie", "doormodderen", -5, "doorbreken", 0),
                Map.of("organisatie", "", "doormodderen", 10.005, "doorbreken", 0),
                Map.of("organisatie", "DUO", "doorbreken", 10));

        Api.Antwoord a = regisseur.verstuur("PUT", pad, Map.of("doel", "x".repeat(4001), "kosten", fout), Map.of());

        assertThat(a.status()).as(a.body()).isEqualTo(400);
        List<String> velden = new ArrayList<>();
        a.json().path("invalidParams").forEach(f -> {
            velden.add(f.path("name").asText() + ":" + f.path("code").asText());
            assertThat(f.path("reason").asText()).isNotBlank();
        });
        assertThat(velden).containsExactlyInAnyOrder("doel:lengte", "kosten.0.doormodderen:waarde",
                "kosten.1.organisatie:verplicht", "kosten.1.doormodderen:waarde", "kosten.2.doormodderen:verplicht");
        Api.Antwoord teVeel = regisseur.verstuur("PUT", pad, Map.of("doel", "Rust", "kosten", Collections.nCopies(31,
                Map.of("organisatie", "CJIB", "doormodderen", 1, "doorbreken", 0))), Map.of());
        assertThat(teVeel.status()).isEqualTo(400);
        assertThat(teVeel.json().path("invalidParams").get(0).path("reason").asText()).contains("30");
        assertThat(regisseur.verstuur("PUT", pad, Map.of("kosten", List.of()), Map.of()).status()).isEqualTo(400);
        assertThat(regisseur.verstuur("PUT", pad, Map.of("doel", "Rust", "onbekend", 1), Map.of()).status())
                .isEqualTo(400);
        // nothing was recorded, so there is no version to match yet
        assertThat(regisseur.get(pad).status()).isEqualTo(404);
        assertThat(regisseur.verstuur("PUT", pad, plan("Rust", KOSTEN), Map.of("If-Match", "\"1\"")).status())
                .isEqualTo(409);
    }

    @Test
    void alleenWieDeCasusMagZienZietHetPlanEnEenAndereGemeenteKrijgt404() {
        String pad = G + "/casussen/" + casus(ondernemers, "Ondernemer met plan").path("id").asText()
                + "/perspectiefplan";
        assertThat(regisseur.verstuur("PUT", pad, plan("Mijn zaak houden.", KOSTEN), Map.of()).status())
                .isEqualTo(201);

        // the tafellid sits at Overvecht, not at the ondernemerstafel
        assertThat(tafellid.get(pad).status()).isEqualTo(404);
        assertThat(tafellid.verstuur("PUT", pad, plan("Overschreven", KOSTEN), Map.of("If-Match", "\"1\"")).status())
                .isEqualTo(404);
        assertThat(beheerder.get(pad).status()).isEqualTo(403);
        Api leeuwarden = platform.api().als("leeuwarden-regisseur");
        assertThat(leeuwarden.get(pad).status()).isEqualTo(404);
        assertThat(leeuwarden.get(pad.replace("/utrecht/", "/leeuwarden/")).status()).isEqualTo(404);
        assertThat(leeuwarden.verstuur("PUT", pad.replace("/utrecht/", "/leeuwarden/"), plan("Overschreven", KOSTEN),
                Map.of()).status()).isEqualTo(404);
        assertThat(platform.api().get(pad).status()).isEqualTo(401);
        assertThat(regisseur.get(pad).json().path("doel").asText()).isEqualTo("Mijn zaak houden.");
    }

    @Test
    void elkeInzageVanHetPlanStaatInHetVerwerkingenrapportVanDeInwoner() {
        JsonNode c = casus(overvecht, "Inzage plan");
        String pad = G + "/casussen/" + c.path("id").asText() + "/perspectiefplan";
        regisseur.verstuur("PUT", pad, plan("Schuldenvrij over een jaar.", KOSTEN), Map.of());
        tafellid.get(pad);
        // the PUT reads the plan first (for If-Match), with the doel its route describes
        assertThat(regisseur.verstuur("PUT", pad, plan("Schuldenvrij over tien maanden.", KOSTEN),
                Map.of("If-Match", "\"1\"")).status()).isEqualTo(200);

        JsonNode rapport = beheerder.get(G + "/verwerkingen?inwoner=" + c.path("inwoner").path("pseudoniem").asText())
                .json().path("results");

        List<String> regels = new ArrayList<>();
        rapport.forEach(v -> {
            if (v.path("object").asText().equals("perspectiefplan")) {
                regels.add(v.path("handeling").asText() + " door " + v.path("door").asText() + " ("
                        + v.path("rol").asText() + "): " + v.path("doel").asText());
            }
        });
        assertThat(regels).containsExactly(
                "wijzigen door utrecht-regisseur (casusregisseur): Perspectiefplan van de inwoner vastleggen",
                "lezen door utrecht-tafellid (tafellid): Perspectiefplan van de inwoner bekijken",
                "lezen door utrecht-regisseur (casusregisseur): Perspectiefplan van de inwoner vastleggen",
                "wijzigen door utrecht-regisseur (casusregisseur): Perspectiefplan van de inwoner vastleggen");
    }

    @Test
    void eenDoorbraakZonderRendementBedragWijstOpHetPlanEnNeemtHetNietStilletjesOver() {
        String id = casus(overvecht, "Besluit met plan").path("id").asText();
        String c = G + "/casussen/" + id;
        assertThat(regisseur.verstuur("PUT", c + "/perspectiefplan", plan("Thuis blijven wonen.", KOSTEN), Map.of())
                .status()).isEqualTo(201);
        regisseur.post(c + "/status", Map.of("status", "in_voorbereiding"));
        Api.Antwoord b = regisseur.post(G + "/bijeenkomsten", Map.of("tafelId", overvecht, "datum",
                LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(1).toString(), "aanwezigen", List.of("Marieke de Vries")));
        assertThat(regisseur.post(G + "/bijeenkomsten/" + b.json().path("id").asText() + "/agenda",
                Map.of("casusId", id)).status()).isEqualTo(200);
        Map<String, Object> driehoek = new HashMap<>(Map.of("legitimiteit", "Hardheidsclausule art. 4:84 Awb",
                "rendement", "Geen ontruiming, geen opvang", "betrokkenheid", "Mevrouw stelde het zelf voor"));
        Map<String, Object> besluit = new HashMap<>(Map.of("soort", "doorbraak", "omschrijving",
                "Ontruiming opgeschort", "deelnemers", List.of("Marieke de Vries"), "waardendriehoek", driehoek));

        Api.Antwoord zonder = regisseur.post(c + "/besluiten", besluit);

        assertThat(zonder.status()).as(zonder.body()).isEqualTo(400);
        JsonNode f = zonder.json().path("invalidParams").get(0);
        assertThat(f.path("name").asText()).isEqualTo("waardendriehoek.rendementBedrag");
        assertThat(f.path("reason").asText()).contains("perspectiefplan").contains("€ 43.799,50");
        driehoek.put("rendementBedrag", 43799.50);
        Api.Antwoord met = regisseur.post(c + "/besluiten", besluit);
        assertThat(met.status()).as(met.body()).isEqualTo(201);
        assertThat(met.json().path("waardendriehoek").path("rendementBedrag").decimalValue())
                .isEqualByComparingTo("43799.50");

        JsonNode paden = platform.api().get("/api/openapi.json").json().path("paths");
        JsonNode route = paden.path("/api/gemeenten/{gemeente}/casussen/{id}/perspectiefplan");
        assertThat(route.path("put").path("responses").has("428")).isTrue();
        assertThat(route.path("get").path("responses").path("200").toString()).contains("Perspectiefplan");
    }
}
