package nl.doorbraak.distributie;

import static nl.doorbraak.distributie.CasusApiIT.assertProblem;
import static nl.doorbraak.distributie.CasusApiIT.invalidParam;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The escalatieroute over HTTP on the real platform: the demo's escalaties, escalating a casus up to the highest
 * level with every refusal on the way, who may do what, tenant scope, and a plug-in level (the Rijk, from the rode
 * knop plug-in) that is removed and installed again while the platform runs.
 */
class EscalatieIT {

    static Platform platform;
    static Api regisseur;

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo();
        // a short wait for an absent plug-in level, so the 503 comes quickly
        platform.schrijfConfig("nl.doorbraak.core.cfg", "variantWachttijdMs = 1000\nretryAfterSeconden = 3\n");
        platform.start();
        regisseur = platform.api().als("utrecht-regisseur");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    static String tafel(Api api, String gemeente, String naam) {
        for (JsonNode t : api.get("/api/gemeenten/" + gemeente + "/tafels").json().path("results")) {
            if (t.path("naam").asText().equals(naam)) {
                return t.path("id").asText();
            }
        }
        throw new AssertionError("tafel " + naam + " niet gevonden");
    }

    static String nieuweCasus(Api api, String gemeente, String tafel, String titel) {
        Api.Antwoord a = api.post("/api/gemeenten/" + gemeente + "/casussen", Map.of("tafelId", tafel, "titel", titel,
                "hulpvraag", "Huurachterstand; het UWV-besluit over de WW laat op zich wachten.",
                "variantData", Map.of("urgentie", "hoog", "aangebrachtDoor", "Buurtteam")));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asText();
    }

    /** Presses the rode knop (the plug-in's route) and gives the id of the escalatie at level rijk. */
    static String rodeKnop(Api api, String gemeente, String casus) {
        Api.Antwoord a = api.post("/api/gemeenten/" + gemeente + "/rodeknop/casussen/" + casus, RodeKnopIT.knop());
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("escalatieId").asText();
    }

    static String escalaties(String gemeente, String casus) {
        return "/api/gemeenten/" + gemeente + "/casussen/" + casus + "/escalaties";
    }

    static String escalatie(String gemeente, String id) {
        return "/api/gemeenten/" + gemeente + "/escalaties/" + id;
    }

    @Test
    void deDemoToontDeRouteMetTermijnenEnEenVerlopenEscalatie() {
        JsonNode g = regisseur.get("/api/gemeenten/utrecht").json();
        assertThat(g.path("escalatieniveaus").findValuesAsText("id")).containsExactly("tafel", "directie", "bestuur");
        assertThat(g.path("escalatieniveaus").findValues("reactietermijnDagen")).extracting(JsonNode::asInt)
                .containsExactly(5, 10, 20);

        JsonNode verlopen = regisseur.get("/api/gemeenten/utrecht/escalaties?verlopen=true").json();
        assertThat(verlopen.path("count").asInt()).isEqualTo(1);
        JsonNode e = verlopen.path("results").get(0);
        assertThat(e.path("verlopen").asBoolean()).isTrue();
        assertThat(e.path("status").asText()).isEqualTo("open");
        assertThat(Instant.parse(e.path("deadline").asText())).isBefore(Instant.now());
        assertThat(regisseur.get("/api/gemeenten/utrecht/casussen/" + e.path("casusId").asText()).json()
                .path("titel").asText()).contains("energie");

        JsonNode directie = regisseur.get("/api/gemeenten/utrecht/escalaties?status=open&niveau=directie").json();
        assertThat(directie.path("count").asInt()).isEqualTo(1);
        String vorige = directie.path("results").get(0).path("vorige").asText();
        assertThat(regisseur.get(escalatie("utrecht", vorige)).json().path("status").asText())
                .isEqualTo("doorgeescaleerd");
        // other tests here answer eindhoven escalaties too
        assertThat(platform.api().als("eindhoven-regisseur").get("/api/gemeenten/eindhoven/escalaties?status=beantwoord")
                .json().path("results").findValuesAsText("antwoord")).anyMatch(a -> a.contains("rode knop"));
    }

    @Test
    void escalerenTotHetHoogsteNiveauMetElkeWeigering() {
        String casus = nieuweCasus(regisseur, "utrecht", tafel(regisseur, "utrecht", "Doorbraaktafel Overvecht"),
                "Ontruiming dreigt, UWV beslist niet");
        String pad = escalaties("utrecht", casus);

        Api.Antwoord zonderReden = regisseur.post(pad, Map.of("niveau", "directie"));
        assertProblem(zonderReden, 400);
        assertThat(invalidParam(zonderReden, "reden").path("reason").asText()).contains("Geef een reden");
        Api.Antwoord onbekend = regisseur.post(pad, Map.of("reden", "x", "niveau", "wethouder"));
        assertProblem(onbekend, 400);
        assertThat(invalidParam(onbekend, "niveau").path("reason").asText()).contains("tafel, directie, bestuur");
        assertProblem(regisseur.post(pad, Map.of("reden", 5, "extra", true)), 400);
        // the Rijk is on the route, but is reached with the rode knop (the plug-in's own questions)
        Api.Antwoord rijkDirect = regisseur.post(pad, Map.of("reden", "Naar het Rijk", "niveau", "rijk"));
        assertProblem(rijkDirect, 400);
        assertThat(invalidParam(rijkDirect, "niveau").path("reason").asText()).contains("rode knop");
        assertThat(regisseur.get(pad).json().path("count").asInt()).isZero();

        Instant voor = Instant.now();
        Api.Antwoord tafel = regisseur.post(pad, Map.of("reden", "De tafel krijgt UWV niet in beweging"));
        assertThat(tafel.status()).as(tafel.body()).isEqualTo(201);
        JsonNode t = tafel.json();
        assertThat(t.path("niveau").asText()).isEqualTo("tafel");
        assertThat(Duration.between(voor, Instant.parse(t.path("deadline").asText())))
                .isBetween(Duration.ofDays(5).minusMinutes(1), Duration.ofDays(5).plusMinutes(1));
        assertThat(tafel.header("Location")).endsWith(escalatie("utrecht", t.path("id").asText()));

        Api.Antwoord tweede = regisseur.post(pad, Map.of("reden", "Nog een"));
        assertProblem(tweede, 409);
        assertThat(tweede.json().path("detail").asText()).contains("al een open escalatie");

        Api.Antwoord antwoord = regisseur.post(escalatie("utrecht", t.path("id").asText()) + "/antwoord",
                Map.of("antwoord", "UWV belt de inwoner deze week"));
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        assertThat(antwoord.json().path("historie").get(1).path("door").asText()).isEqualTo("utrecht-regisseur");
        assertProblem(regisseur.post(escalatie("utrecht", t.path("id").asText()) + "/opgelost", Map.of()), 409);

        // the answer did not help: without a level the next escalation goes one higher
        JsonNode directie = regisseur.post(pad, Map.of("reden", "UWV belde niet; ontruiming overmorgen")).json();
        assertThat(directie.path("niveau").asText()).isEqualTo("directie");
        Api.Antwoord bestuur = regisseur.post(escalatie("utrecht", directie.path("id").asText()) + "/doorescaleren",
                Map.of("reden", "Directie kan de corporatie niet bewegen"));
        assertThat(bestuur.status()).as(bestuur.body()).isEqualTo(201);
        assertThat(bestuur.json().path("niveau").asText()).isEqualTo("bestuur");
        assertThat(bestuur.json().path("vorige").asText()).isEqualTo(directie.path("id").asText());
        String bestuurId = bestuur.json().path("id").asText();
        // above the bestuur: the Rijk, from the rode knop plug-in that Utrecht switches on; the core's route does not
        // go there, the rode knop does (the Rijk needs its questions), and it takes the open bestuur escalation along
        Api.Antwoord direct = regisseur.post(escalatie("utrecht", bestuurId) + "/doorescaleren",
                Map.of("reden", "Het bestuur kan de wet niet buigen"));
        assertProblem(direct, 409);
        assertThat(direct.json().path("detail").asText()).contains("rode knop", "Rode knop (Rijk)");
        assertThat(regisseur.get(escalatie("utrecht", bestuurId)).json().path("status").asText()).isEqualTo("open");
        String rijkId = rodeKnop(regisseur, "utrecht", casus);
        assertThat(regisseur.get(escalatie("utrecht", bestuurId)).json().path("volgende").asText()).isEqualTo(rijkId);
        Api.Antwoord hoger = regisseur.post(escalatie("utrecht", rijkId) + "/doorescaleren",
                Map.of("reden", "Nog hoger"));
        assertProblem(hoger, 409);
        assertThat(hoger.json().path("detail").asText()).contains("hoogste niveau");

        assertThat(regisseur.post(escalatie("utrecht", rijkId) + "/opgelost",
                Map.of("toelichting", "Wethouder belde de corporatie")).status()).isEqualTo(200);
        assertThat(regisseur.get(pad).json().path("results").findValuesAsText("status"))
                .containsExactly("beantwoord", "doorgeescaleerd", "doorgeescaleerd", "opgelost");

        // a closed casus cannot be escalated
        assertThat(regisseur.post("/api/gemeenten/utrecht/casussen/" + casus + "/status",
                Map.of("status", "afgesloten", "reden", "Ontruiming van de baan", "resultaat", "opgelost_zonder_doorbraak"))
                .status()).isEqualTo(200);
        Api.Antwoord dicht = regisseur.post(pad, Map.of("reden", "Toch nog"));
        assertProblem(dicht, 409);
        assertThat(dicht.json().path("detail").asText()).contains("afgesloten");
    }

    @Test
    void wieWatMagEnGemeentescheiding() {
        String overvecht = tafel(regisseur, "utrecht", "Doorbraaktafel Overvecht");
        String ondernemers = tafel(regisseur, "utrecht", "Ondernemers-doorbraaktafel");
        String eigen = nieuweCasus(regisseur, "utrecht", overvecht, "Casus van de tafel van het tafellid");
        String ander = nieuweCasus(regisseur, "utrecht", ondernemers, "Casus van een andere tafel");
        String anderEscalatie = regisseur.post(escalaties("utrecht", ander), Map.of("reden", "Belastingdienst"))
                .json().path("id").asText();

        Api tafellid = platform.api().als("utrecht-tafellid");
        Api.Antwoord doorTafellid = tafellid.post(escalaties("utrecht", eigen), Map.of("reden", "CJIB reageert niet"));
        assertThat(doorTafellid.status()).as(doorTafellid.body()).isEqualTo(201);
        String eigenEscalatie = doorTafellid.json().path("id").asText();
        assertThat(tafellid.get(escalatie("utrecht", eigenEscalatie)).status()).isEqualTo(200);
        assertProblem(tafellid.post(escalatie("utrecht", eigenEscalatie) + "/antwoord", Map.of("antwoord", "x")), 403);
        assertProblem(tafellid.get(escalatie("utrecht", anderEscalatie)), 404);
        assertProblem(tafellid.post(escalaties("utrecht", ander), Map.of("reden", "x")), 404);
        assertThat(tafellid.get("/api/gemeenten/utrecht/escalaties?pageSize=100").json().path("results")
                .findValuesAsText("id")).contains(eigenEscalatie).doesNotContain(anderEscalatie);

        Api beheerder = platform.api().als("utrecht-beheerder");
        assertThat(beheerder.get(escalatie("utrecht", anderEscalatie)).status()).isEqualTo(200);
        assertProblem(beheerder.post(escalaties("utrecht", eigen), Map.of("reden", "x")), 403);
        assertProblem(beheerder.post(escalatie("utrecht", anderEscalatie) + "/opgelost", Map.of()), 403);

        for (String buiten : List.of("eindhoven-regisseur", "rijk-szw", "platformbeheerder")) {
            Api api = platform.api().als(buiten);
            assertProblem(api.get(escalatie("utrecht", anderEscalatie)), 404);
            assertProblem(api.post(escalaties("utrecht", ander), Map.of("reden", "x")), 404);
        }
        // the id under the other gemeente's own path: not found either
        assertProblem(platform.api().als("eindhoven-regisseur").get(escalatie("eindhoven", anderEscalatie)), 404);
        assertProblem(platform.api().als("eindhoven-regisseur")
                .post(escalatie("eindhoven", anderEscalatie) + "/antwoord", Map.of("antwoord", "x")), 404);
        assertProblem(platform.api().als("leeuwarden-transformaatje").get("/api/gemeenten/leeuwarden/escalaties"), 403);
        assertProblem(platform.api().get("/api/gemeenten/utrecht/escalaties"), 401);
        assertThat(regisseur.get(escalatie("utrecht", anderEscalatie)).json().path("status").asText()).isEqualTo("open");
    }

    /**
     * The rode knop plug-in (deployed by default, switched on for the three demo gemeenten) puts the Rijk on top of the
     * route; removed while the platform runs, what sits at that level stays readable and escalating to it is a 503
     * until it is back.
     */
    @Test
    void eenPluginZetHetRijkBovenDeRouteEnMagTijdensHetDraaienWeg() {
        Api eindhoven = platform.api().als("eindhoven-regisseur");
        String route = "/api/gemeenten/eindhoven/escalatieroute";
        JsonNode niveaus = eindhoven.get(route).json().path("niveaus");
        assertThat(niveaus.findValuesAsText("id")).containsExactly("tafel", "directie", "bestuur", "rijk");
        assertThat(niveaus.get(3).path("plugin").asText()).isEqualTo("nl.doorbraak.plugin.citydeal.rodeknop");
        assertThat(niveaus.get(3).path("naam").asText()).isEqualTo("Rijk (rode knop)");
        // every gemeente that switches the rode knop on (varianten = standaard,rodeknop), Utrecht too
        assertThat(regisseur.get("/api/gemeenten/utrecht/escalatieroute").json().path("niveaus")
                .findValuesAsText("id")).containsExactly("tafel", "directie", "bestuur", "rijk");
        // the route says the Rijk is reached another way, in the plug-in's words (a form does not offer it)
        JsonNode ingangen = eindhoven.get(route).json().path("ingangen");
        assertThat(ingangen.size()).isEqualTo(1);
        assertThat(ingangen.path("rijk").asText()).contains("rode knop", "Rode knop (Rijk)");

        String woensel = tafel(eindhoven, "eindhoven", "Doorbraaktafel Woensel");
        String casus = nieuweCasus(eindhoven, "eindhoven", woensel, "Terugvordering toeslagen");
        String bestuur = eindhoven.post(escalaties("eindhoven", casus), Map.of("reden", "Gemeente kan dit niet alleen",
                "niveau", "bestuur")).json().path("id").asText();
        assertThat(bestuur).isNotBlank();
        String rijkId = rodeKnop(eindhoven, "eindhoven", casus);
        JsonNode rijk = eindhoven.get(escalatie("eindhoven", rijkId)).json();
        assertThat(rijk.path("niveau").asText()).isEqualTo("rijk");
        assertThat(rijk.path("niveauNaam").asText()).isEqualTo("Rijk (rode knop)");
        assertThat(rijk.path("reactietermijnDagen").asInt()).isEqualTo(30);
        assertThat(rijk.path("vorige").asText()).isEqualTo(bestuur);

        String jar = "nl.doorbraak.plugin.citydeal.rodeknop.jar";
        java.nio.file.Path bewaard = platform.home.resolve("rodeknop-bewaard.jar");
        try {
            java.nio.file.Files.copy(platform.home.resolve("deploy").resolve(jar), bewaard,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        platform.undeploy(jar);
        try {
            DuurzaamheidIT.wachtTot(() -> !eindhoven.get(route).json().path("niveaus").findValuesAsText("id")
                    .contains("rijk"));
            assertThat(eindhoven.get(route).json().path("ingangen").size()).isZero();
            // what sits at the level stays readable
            Api.Antwoord gelezen = eindhoven.get(escalatie("eindhoven", rijkId));
            assertThat(gelezen.status()).isEqualTo(200);
            assertThat(gelezen.json().path("niveauNaam").asText()).isEqualTo("Rijk (rode knop)");
            assertThat(gelezen.json().path("status").asText()).isEqualTo("open");
            // escalating to it: a short wait, then 503 with Retry-After, and nothing written
            String tweede = nieuweCasus(eindhoven, "eindhoven", woensel, "Tweede rode knop");
            Api.Antwoord weg = eindhoven.post(escalaties("eindhoven", tweede), Map.of("reden", "Rode knop", "niveau",
                    "rijk"));
            assertProblem(weg, 503);
            assertThat(weg.header("Retry-After")).isEqualTo("3");
            assertThat(eindhoven.get(escalaties("eindhoven", tweede)).json().path("count").asInt()).isZero();
            String top = eindhoven.post(escalaties("eindhoven", tweede), Map.of("reden", "Eerst het bestuur",
                    "niveau", "bestuur")).json().path("id").asText();
            assertProblem(eindhoven.post(escalatie("eindhoven", top) + "/doorescaleren", Map.of("reden", "Rode knop")),
                    503);
            // its own answer can still be recorded
            assertThat(eindhoven.post(escalatie("eindhoven", rijkId) + "/antwoord",
                    Map.of("antwoord", "Belastingdienst schort de terugvordering op")).status()).isEqualTo(200);

            platform.deploy(bewaard, jar);
            DuurzaamheidIT.wachtTot(() -> eindhoven.get(route).json().path("niveaus").findValuesAsText("id")
                    .contains("rijk"));
            DuurzaamheidIT.wachtTot(() -> eindhoven.get("/api/gemeenten/eindhoven/rodeknop/partijen").status() == 200);
            String terug = rodeKnop(eindhoven, "eindhoven", tweede);
            assertThat(eindhoven.get(escalatie("eindhoven", terug)).json().path("niveau").asText()).isEqualTo("rijk");
            assertThat(eindhoven.get(escalatie("eindhoven", top)).json().path("status").asText())
                    .isEqualTo("doorgeescaleerd");
        } finally {
            if (!java.nio.file.Files.exists(platform.home.resolve("deploy").resolve(jar))) {
                platform.deploy(bewaard, jar);
            }
        }
    }

    @Test
    void deOpenApiBeschrijvingNoemtElkeEscalatieroute() {
        JsonNode paden = platform.api().get("/api/openapi.json").json().path("paths");
        for (String pad : List.of("/api/gemeenten/{gemeente}/escalatieroute",
                "/api/gemeenten/{gemeente}/casussen/{id}/escalaties", "/api/gemeenten/{gemeente}/escalaties",
                "/api/gemeenten/{gemeente}/escalaties/{id}", "/api/gemeenten/{gemeente}/escalaties/{id}/antwoord",
                "/api/gemeenten/{gemeente}/escalaties/{id}/opgelost",
                "/api/gemeenten/{gemeente}/escalaties/{id}/doorescaleren")) {
            assertThat(paden.has(pad)).as(pad).isTrue();
        }
    }
}
