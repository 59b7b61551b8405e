package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The doorbraakmethode over HTTP, as a tafel works: plan a bijeenkomst, put a casus on the agenda, take a doorbraak
 * on the waardendriehoek within the mandates, draw from the Voorkom Erger Potje, follow up the acties, close with a
 * resultaat. Every refusal a user can run into, tenant isolation, and 60 concurrent draws on one potje.
 */
class DoorbraakmethodeIT {

    static Platform platform;
    static Api regisseur;
    static Api beheerder;
    static Api tafellid;
    static String overvecht;
    static final String G = "/api/gemeenten/utrecht";
    static final String MORGEN = LocalDate.now().plusDays(1).toString();

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
        regisseur = platform.api().als("utrecht-regisseur");
        beheerder = platform.api().als("utrecht-beheerder");
        tafellid = platform.api().als("utrecht-tafellid");
        for (JsonNode t : regisseur.get(G + "/tafels").json().path("results")) {
            if (t.path("naam").asText().equals("Doorbraaktafel Overvecht")) {
                overvecht = t.path("id").asText();
            }
        }
        assertThat(overvecht).as("demo-tafel Overvecht").isNotNull();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** A new casus of Overvecht, in voorbereiding and on the agenda of tomorrow's bijeenkomst. */
    static String geagendeerdeCasus(String titel) {
        Api.Antwoord c = regisseur.post(G + "/casussen", Map.of("tafelId", overvecht, "titel", titel,
                "hulpvraag", "Huurachterstand van €1.900 na wegvallen van werk; ontruiming aangezegd.",
                "thema", "wonen", "betrokkenOrganisaties", List.of("Woningcorporatie", "Werk & Inkomen"),
                "variantData", Map.of("urgentie", "hoog")));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        String id = c.json().path("id").asText();
        assertThat(regisseur.post(G + "/casussen/" + id + "/status", Map.of("status", "in_voorbereiding")).status())
                .isEqualTo(200);
        Api.Antwoord b = regisseur.post(G + "/bijeenkomsten", Map.of("tafelId", overvecht, "datum", MORGEN,
                "aanwezigen", List.of("Marieke de Vries", "Ahmed el Amrani", "Peter Kok", "Joost van Leeuwen")));
        assertThat(b.status()).as(b.body()).isEqualTo(201);
        Api.Antwoord agenda = regisseur.post(G + "/bijeenkomsten/" + b.json().path("id").asText() + "/agenda",
                Map.of("casusId", id));
        assertThat(agenda.status()).as(agenda.body()).isEqualTo(200);
        assertThat(agenda.json().path("agenda").toString()).contains(id);
        assertThat(regisseur.get(G + "/casussen/" + id).json().path("status").asText()).isEqualTo("geagendeerd");
        return id;
    }

    static String potje(String naam, int beginsaldo) {
        Api.Antwoord p = beheerder.post(G + "/potjes", Map.of("naam", naam, "beginsaldo", beginsaldo));
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        return p.json().path("id").asText();
    }

    static Map<String, Object> driehoek() {
        return Map.of("legitimiteit", "Hardheidsclausule art. 4:84 Awb; coulanceregeling corporatie",
                "rendement", "Ontruiming voorkomen: geen maatschappelijke opvang, geen uithuisplaatsing",
                "rendementBedrag", 45000,
                "betrokkenheid", "Mevrouw heeft het plan zelf voorgesteld en tekent de betalingsregeling");
    }

    static List<String> namen(JsonNode invalidParams) {
        List<String> l = new ArrayList<>();
        invalidParams.forEach(p -> l.add(p.path("name").asText() + ":" + p.path("code").asText()));
        return l;
    }

    @Test
    void eenDoorbraakMetPotjeEnActiesVanAgendaTotAfsluiten() {
        String potje = potje("Voorkom Erger Potje Overvecht", 500);
        String casus = geagendeerdeCasus("Ontruiming stoppen");
        String besluiten = G + "/casussen/" + casus + "/besluiten";

        // a doorbraak without the waardendriehoek: 400 naming each missing side, nothing recorded
        Api.Antwoord zonder = regisseur.post(besluiten, Map.of("soort", "doorbraak", "omschrijving",
                "Huurachterstand uit het potje", "deelnemers", List.of("Joost van Leeuwen")));
        assertThat(zonder.status()).as(zonder.body()).isEqualTo(400);
        assertThat(zonder.header("Content-Type")).startsWith("application/problem+json");
        assertThat(namen(zonder.json().path("invalidParams"))).containsExactlyInAnyOrder(
                "waardendriehoek.legitimiteit:verplicht", "waardendriehoek.rendement:verplicht",
                "waardendriehoek.rendementBedrag:verplicht", "waardendriehoek.betrokkenheid:verplicht");

        // above the mandate of the deelnemers of that organisatie: 400 with the reason
        Api.Antwoord boven = regisseur.post(besluiten, Map.of("soort", "doorbraak", "omschrijving",
                "Huurachterstand kwijtschelden", "waardendriehoek", driehoek(),
                "deelnemers", List.of("Marieke de Vries"),
                "toezeggingen", List.of(Map.of("organisatie", "Woningcorporatie", "bedrag", 3000))));
        assertThat(boven.status()).as(boven.body()).isEqualTo(400);
        JsonNode fout = boven.json().path("invalidParams").get(0);
        assertThat(fout.path("code").asText()).isEqualTo("mandaat");
        assertThat(fout.path("reason").asText()).contains("€ 3.000,00", "Woningcorporatie", "€ 2.500,00");
        assertThat(regisseur.get(besluiten).json().path("count").asInt()).isZero();

        // the doorbraak: toezegging within mandate, €250 from the potje, two acties, in one go
        Map<String, Object> besluit = new HashMap<>(Map.of("soort", "doorbraak", "omschrijving",
                "Ontruiming opgeschort; huurachterstand deels uit het potje, rest in een regeling",
                "waardendriehoek", driehoek(), "deelnemers", List.of("Marieke de Vries", "Joost van Leeuwen"),
                "toezeggingen", List.of(Map.of("organisatie", "Woningcorporatie", "bedrag", 1650,
                        "omschrijving", "betalingsregeling 24 maanden, geen incassokosten")),
                "uitgave", Map.of("potjeId", potje, "bedrag", 250, "omschrijving", "huurachterstand"),
                "acties", List.of(
                        Map.of("omschrijving", "Ontruiming intrekken bij de deurwaarder", "organisatie",
                                "Woningcorporatie", "eigenaar", "Marieke de Vries", "deadline", MORGEN),
                        Map.of("omschrijving", "Budgetcoach koppelen", "organisatie", "Schuldhulp", "deadline",
                                LocalDate.now().plusDays(14).toString()))));
        Api.Antwoord genomen = regisseur.post(besluiten, besluit);
        assertThat(genomen.status()).as(genomen.body()).isEqualTo(201);
        JsonNode b = genomen.json();
        String besluitId = b.path("id").asText();
        assertThat(genomen.header("Location")).endsWith(G + "/besluiten/" + besluitId);
        assertThat(b.path("deelnemers").get(0).path("mandaatBedrag").asInt()).isEqualTo(2500);
        assertThat(b.path("uitgaven").get(0).path("saldoNa").decimalValue()).isEqualByComparingTo("250");
        assertThat(regisseur.get(G + "/casussen/" + casus).json().path("status").asText()).isEqualTo("besloten");
        assertThat(regisseur.get(G + "/potjes/" + potje).json().path("saldo").decimalValue())
                .isEqualByComparingTo("250");
        JsonNode acties = regisseur.get(G + "/casussen/" + casus + "/acties").json();
        assertThat(acties.path("count").asInt()).isEqualTo(2);
        assertThat(regisseur.get(G + "/acties?organisatie=Schuldhulp&open=true").json().path("results").toString())
                .contains("Budgetcoach koppelen");

        // a besluit is never edited; a correction refers to it
        assertThat(regisseur.verstuur("PUT", G + "/besluiten/" + besluitId, Map.of(), Map.of()).status())
                .isEqualTo(405);
        Api.Antwoord correctie = regisseur.post(besluiten, Map.of("soort", "doorbraak", "omschrijving",
                "Correctie: regeling 30 maanden", "waardendriehoek", driehoek(),
                "deelnemers", List.of("Marieke de Vries"), "corrigeert", besluitId));
        assertThat(correctie.status()).as(correctie.body()).isEqualTo(201);
        assertThat(regisseur.get(G + "/besluiten/" + besluitId).json().path("gecorrigeerdDoor").asText())
                .isEqualTo(correctie.json().path("id").asText());

        // acties are done one by one (and all of them, before the casus closes as doorbraak: MandaatIT)
        for (JsonNode a : acties.path("results")) {
            Api.Antwoord klaar = regisseur.post(G + "/acties/" + a.path("id").asText() + "/gereed", null);
            assertThat(klaar.status()).as(klaar.body()).isEqualTo(200);
            assertThat(klaar.json().path("gereedDoor").asText()).isEqualTo("utrecht-regisseur");
        }

        // closing: resultaat required, doorbraak allowed because there is a doorbraak besluit
        Api.Antwoord zonderResultaat = regisseur.post(G + "/casussen/" + casus + "/status",
                Map.of("status", "afgesloten", "reden", "Woonlasten betaalbaar"));
        assertThat(zonderResultaat.status()).isEqualTo(400);
        assertThat(namen(zonderResultaat.json().path("invalidParams"))).contains("resultaat:verplicht");
        Api.Antwoord dicht = regisseur.post(G + "/casussen/" + casus + "/status",
                Map.of("status", "afgesloten", "reden", "Woonlasten betaalbaar", "resultaat", "doorbraak"));
        assertThat(dicht.status()).as(dicht.body()).isEqualTo(200);
        assertThat(dicht.json().path("resultaat").asText()).isEqualTo("doorbraak");
        Api.Antwoord naAfsluiten = regisseur.post(besluiten, Map.of("soort", "regulier", "omschrijving", "Nog iets",
                "deelnemers", List.of("Marieke de Vries")));
        assertThat(naAfsluiten.status()).isEqualTo(409);
        assertThat(naAfsluiten.json().path("detail").asText()).contains("afgesloten");
    }

    @Test
    void statussenDieDeTafelZetGaanNietMetDeHand() {
        String casus = regisseur.post(G + "/casussen", Map.of("tafelId", overvecht, "titel", "Handmatig",
                "hulpvraag", "x", "variantData", Map.of("urgentie", "laag"))).json().path("id").asText();
        regisseur.post(G + "/casussen/" + casus + "/status", Map.of("status", "in_voorbereiding"));
        Api.Antwoord geagendeerd = regisseur.post(G + "/casussen/" + casus + "/status", Map.of("status", "geagendeerd"));
        assertThat(geagendeerd.status()).isEqualTo(409);
        assertThat(geagendeerd.json().path("detail").asText()).contains("agenda");
        // a casus not ready for the tafel cannot be on the agenda
        String aangemeld = regisseur.post(G + "/casussen", Map.of("tafelId", overvecht, "titel", "Nog niet klaar",
                "hulpvraag", "x", "variantData", Map.of("urgentie", "laag"))).json().path("id").asText();
        String bijeenkomst = regisseur.post(G + "/bijeenkomsten", Map.of("tafelId", overvecht, "datum", MORGEN))
                .json().path("id").asText();
        Api.Antwoord teVroeg = regisseur.post(G + "/bijeenkomsten/" + bijeenkomst + "/agenda",
                Map.of("casusId", aangemeld));
        assertThat(teVroeg.status()).isEqualTo(409);
        Api.Antwoord datum = regisseur.post(G + "/bijeenkomsten", Map.of("tafelId", overvecht, "datum", "1-12-2026",
                "aanwezigen", List.of("Iemand Anders")));
        assertThat(datum.status()).isEqualTo(400);
        assertThat(namen(datum.json().path("invalidParams"))).contains("datum:type");
    }

    @Test
    void hetPotjeKomtNooitOnderNulBijZestigGelijktijdigeUitgaven() throws Exception {
        String potje = potje("Potje voor drukte", 1000);
        String casus = geagendeerdeCasus("Veel tegelijk");
        // Werk & Inkomen's mandate (€ 5.000) carries the € 1.000 of uitgaven; the potje is what runs out here
        String besluit = regisseur.post(G + "/casussen/" + casus + "/besluiten", Map.of("soort", "regulier",
                "omschrijving", "Kleine noodbedragen", "deelnemers", List.of("Ahmed el Amrani"))).json().path("id")
                .asText();

        int aantal = 60;
        ExecutorService pool = Executors.newFixedThreadPool(aantal);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Api.Antwoord>> uit = new ArrayList<>();
        try {
            for (int i = 0; i < aantal; i++) {
                uit.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return regisseur.post(G + "/potjes/" + potje + "/uitgaven",
                            Map.of("besluitId", besluit, "bedrag", 50, "omschrijving", "noodgeval"));
                }, pool));
            }
            start.countDown();
            Map<Integer, Integer> perStatus = new HashMap<>();
            for (CompletableFuture<Api.Antwoord> f : uit) {
                Api.Antwoord a = f.get();
                perStatus.merge(a.status(), 1, Integer::sum);
                if (a.status() == 409) {
                    assertThat(a.json().path("detail").asText()).contains("past er niet meer uit");
                }
            }
            assertThat(perStatus).containsOnlyKeys(201, 409).containsEntry(201, 20).containsEntry(409, 40);
        } finally {
            pool.shutdownNow();
        }
        JsonNode p = regisseur.get(G + "/potjes/" + potje).json();
        assertThat(p.path("saldo").decimalValue()).isEqualByComparingTo("0");
        assertThat(p.path("uitgegeven").decimalValue()).isEqualByComparingTo("1000");
        JsonNode historie = regisseur.get(G + "/potjes/" + potje + "/mutaties?pageSize=100").json();
        assertThat(historie.path("count").asInt()).isEqualTo(21);
        for (JsonNode m : historie.path("results")) {
            assertThat(m.path("saldoNa").decimalValue()).isNotNegative();
        }
    }

    @Test
    void rollenEnGemeentenBlijvenGescheiden() {
        String potje = potje("Potje rollen", 100);
        String casus = geagendeerdeCasus("Gescheiden");
        String besluit = regisseur.post(G + "/casussen/" + casus + "/besluiten", Map.of("soort", "regulier",
                "omschrijving", "Regeling", "deelnemers", List.of("Marieke de Vries"))).json().path("id").asText();

        // only the gemeentebeheerder creates potjes and deposits
        assertThat(regisseur.post(G + "/potjes", Map.of("naam", "Eigen potje")).status()).isEqualTo(403);
        assertThat(regisseur.post(G + "/potjes/" + potje + "/stortingen", Map.of("bedrag", 10)).status())
                .isEqualTo(403);
        assertThat(beheerder.post(G + "/potjes/" + potje + "/stortingen", Map.of("bedrag", 10)).status())
                .isEqualTo(201);
        // the beheerder sees potjes, not casus contents
        assertThat(beheerder.get(G + "/besluiten/" + besluit).status()).isEqualTo(403);
        // another gemeente: 404 for everything, as if it does not exist
        Api leeuwarden = platform.api().als("leeuwarden-regisseur");
        assertThat(leeuwarden.get(G + "/besluiten/" + besluit).status()).isEqualTo(404);
        assertThat(leeuwarden.get("/api/gemeenten/leeuwarden/besluiten/" + besluit).status()).isEqualTo(404);
        assertThat(leeuwarden.get("/api/gemeenten/leeuwarden/potjes/" + potje).status()).isEqualTo(404);
        Api.Antwoord vreemd = leeuwarden.post("/api/gemeenten/leeuwarden/potjes/" + potje + "/uitgaven",
                Map.of("besluitId", besluit, "bedrag", 10));
        assertThat(vreemd.status()).isEqualTo(404);
        assertThat(regisseur.get(G + "/potjes/" + potje).json().path("saldo").decimalValue())
                .isEqualByComparingTo("110");
        // the tafellid of Overvecht sees the bijeenkomsten of that tafel
        assertThat(tafellid.get(G + "/bijeenkomsten?tafel=" + overvecht).status()).isEqualTo(200);
    }

    @Test
    void deNieuweRoutesStaanInHetOpenApiDocument() {
        JsonNode paden = platform.api().get("/api/openapi.json").json().path("paths");
        for (String pad : List.of("/bijeenkomsten", "/bijeenkomsten/{id}/agenda", "/casussen/{id}/besluiten",
                "/besluiten/{id}", "/acties", "/acties/{id}/gereed", "/potjes", "/potjes/{id}/uitgaven",
                "/potjes/{id}/mutaties")) {
            assertThat(paden.has(G.replace("utrecht", "{gemeente}") + pad)).as(pad).isTrue();
        }
    }
}
