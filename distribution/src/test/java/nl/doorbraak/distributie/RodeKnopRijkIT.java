package nl.doorbraak.distributie;

import static nl.doorbraak.distributie.CasusApiIT.assertProblem;
import static nl.doorbraak.distributie.CasusApiIT.invalidParam;
import static nl.doorbraak.distributie.RodeKnopIT.DEMO;
import static nl.doorbraak.distributie.RodeKnopIT.demoCasus;
import static nl.doorbraak.distributie.RodeKnopIT.demoZaak;
import static nl.doorbraak.distributie.RodeKnopIT.knop;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Rijk side of the rode knop over HTTP (docs/rodeknop.md, "Voor het Rijk"): {@code rijk-szw} sees exactly the
 * shared parts of the demo's zaken addressed to SZW and nothing of the casus, another party's zaak does not exist for
 * it, every view is a line in the gemeente's verwerkingenlog, and it works a zaak from the inbox to the follow-up.
 */
class RodeKnopRijkIT {

    static final String U = "/api/gemeenten/utrecht";
    static Platform platform;
    static Api regisseur;

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
        regisseur = platform.api().als("utrecht-regisseur");
        RodeKnopIT.wachtOpDemo(platform);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** What a Rijk view of a zaak may hold: regel, vraag, the fields the gemeente shares, and the work on it. */
    static final java.util.Set<String> RIJK_VELDEN = java.util.Set.of("id", "gemeente", "gemeenteNaam", "status",
            "ingediend", "deadline", "verlopen", "regel", "vraag", "thema", "geprobeerd", "situatie", "organisaties",
            "partijen", "gedeeld", "overleg", "uitkomst", "followUp", "versie");
    static final List<String> SZW = List.of("utrecht/kostendelersnorm", "utrecht/geen-adres-geen-uitkering",
            "utrecht/tozo-terugvordering", "leeuwarden/mantelzorger-sollicitatieplicht",
            "eindhoven/toeslagen-belastingdienst");
    static final List<String> NIET_SZW = List.of("leeuwarden/statushouder-duo", "leeuwarden/cjib-en-duo",
            "eindhoven/cjib-rijbewijs", "eindhoven/flexwerk-toeslagen");

    /** Checks a Rijk view of one zaak: only allowed keys, a shared field only when shared. */
    static void alleenGedeeld(JsonNode z) {
        List<String> sleutels = new ArrayList<>();
        z.fieldNames().forEachRemaining(sleutels::add);
        assertThat(RIJK_VELDEN).as(z.toString()).containsAll(sleutels);
        List<String> gedeeldeVelden = new ArrayList<>();
        z.path("gedeeld").forEach(g -> gedeeldeVelden.add(g.asText()));
        assertThat(gedeeldeVelden).startsWith("regel", "vraag");
        for (String veld : List.of("thema", "geprobeerd", "situatie", "organisaties")) {
            assertThat(z.has(veld)).as(veld + " in " + z).isEqualTo(gedeeldeVelden.contains(veld));
        }
        assertThat(z.path("partijen").toString()).contains("szw");
    }

    /** Nothing of the casus itself, in any answer to the Rijk: not its id, pseudonym, initials, title or question. */
    static void nietsVanDeCasus(String antwoord) {
        assertThat(antwoord).doesNotContain("\"casusId\"", "\"pseudoniem\"", "\"titel\"", "\"hulpvraag\"",
                "\"initialen\"", "\"inwoner\"", "\"ingediendDoor\"");
        for (List<String> sleutels : DEMO.values()) {
            for (String sleutel : sleutels) {
                String g = sleutel.substring(0, sleutel.indexOf('/'));
                JsonNode c = platform.api().als(g + "-regisseur").get("/api/gemeenten/" + g + "/casussen/"
                        + demoCasus(sleutel)).json();
                assertThat(antwoord).doesNotContain(demoCasus(sleutel), c.path("titel").asText(),
                        c.path("hulpvraag").asText(), c.path("inwoner").path("pseudoniem").asText(),
                        "\"" + c.path("inwoner").path("initialen").asText() + "\"");
            }
        }
    }

    @Test
    void rijkSzwZietPreciesDeGedeeldeDelenVanDeZakenVoorSzw() {
        Api szw = platform.api().als("rijk-szw");
        Api.Antwoord inbox = szw.get("/api/rijk/rodeknop/inbox");
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        List<String> ids = inbox.json().path("results").findValuesAsText("id");
        assertThat(ids).containsAll(SZW.stream().map(RodeKnopIT::demoZaak).toList())
                .doesNotContainAnyElementsOf(NIET_SZW.stream().map(RodeKnopIT::demoZaak).toList());
        inbox.json().path("results").forEach(RodeKnopRijkIT::alleenGedeeld);
        nietsVanDeCasus(inbox.body());
        assertThat(inbox.json().path("results").findValuesAsText("gemeente")).contains("utrecht", "leeuwarden",
                "eindhoven");

        // Tozo: Utrecht shares only the thema; Leeuwarden's mantelzorger: everything
        JsonNode tozo = szw.get("/api/rijk/rodeknop/zaken/" + demoZaak("utrecht/tozo-terugvordering")).json();
        alleenGedeeld(tozo);
        assertThat(tozo.path("thema").asText()).isEqualTo("inkomen");
        assertThat(tozo.has("situatie") || tozo.has("geprobeerd") || tozo.has("organisaties")).isFalse();
        assertThat(tozo.path("gemeenteNaam").asText()).isEqualTo("Gemeente Utrecht");
        Api.Antwoord mantelzorg = szw.get("/api/rijk/rodeknop/zaken/"
                + demoZaak("leeuwarden/mantelzorger-sollicitatieplicht"));
        alleenGedeeld(mantelzorg.json());
        assertThat(mantelzorg.json().path("uitkomst").path("soort").asText()).isEqualTo("omwisselbesluit");
        assertThat(mantelzorg.json().has("situatie")).isTrue();
        nietsVanDeCasus(tozo.toString() + mantelzorg.body());

        // a zaak for another party does not exist for SZW; others have no access
        for (String ander : NIET_SZW) {
            assertProblem(szw.get("/api/rijk/rodeknop/zaken/" + demoZaak(ander)), 404);
        }
        assertProblem(szw.get("/api/rijk/rodeknop/zaken/" + UUID.randomUUID()), 404);
        assertProblem(platform.api().get("/api/rijk/rodeknop/inbox"), 401);
        for (String geenRijk : List.of("utrecht-regisseur", "platformbeheerder", "utrecht-beheerder")) {
            assertProblem(platform.api().als(geenRijk).get("/api/rijk/rodeknop/inbox"), 403);
            assertThat(platform.api().als(geenRijk).get("/api/rijk/rodeknop/zaken/"
                    + demoZaak("utrecht/tozo-terugvordering")).status()).as(geenRijk).isIn(403, 404);
        }
        // SZW's due follow-ups: Utrecht's briefadres zaak, unless another test here recorded it
        Api.Antwoord followups = szw.get("/api/rijk/rodeknop/followups");
        assertThat(followups.status()).isEqualTo(200);
        followups.json().path("results").forEach(RodeKnopRijkIT::alleenGedeeld);
        nietsVanDeCasus(followups.body());
    }

    @Test
    void elkeInzageDoorHetRijkStaatInHetVerwerkingenlogVanDeGemeente() {
        String casus = demoCasus("utrecht/kostendelersnorm");
        String pseudoniem = regisseur.get(U + "/casussen/" + casus).json().path("inwoner").path("pseudoniem").asText();
        Api szw = platform.api().als("rijk-szw");
        assertThat(szw.get("/api/rijk/rodeknop/zaken/" + demoZaak("utrecht/kostendelersnorm")).status())
                .isEqualTo(200);
        assertThat(szw.get("/api/rijk/rodeknop/inbox?status=ingediend").status()).isEqualTo(200);

        // the gemeente's report per inwoner: one line per view, by rijk-szw with role rijk, through the plug-in
        Api beheerder = platform.api().als("utrecht-beheerder");
        String rapport = U + "/verwerkingen?inwoner=" + pseudoniem;
        DuurzaamheidIT.wachtTot(() -> beheerder.get(rapport).body().contains("inbox van SZW"));
        List<JsonNode> rijk = new ArrayList<>();
        beheerder.get(rapport).json().path("results").forEach(v -> {
            if (v.path("door").asText().equals("rijk-szw")) {
                rijk.add(v);
            }
        });
        assertThat(rijk).hasSizeGreaterThanOrEqualTo(2).allSatisfy(v -> {
            assertThat(v.path("rol").asText()).isEqualTo("rijk");
            assertThat(v.path("handeling").asText()).isEqualTo("lezen");
            assertThat(v.path("casusId").asText()).isEqualTo(casus);
            assertThat(v.path("doel").asText()).startsWith("Rode-knopzaak behandelen voor het Rijk");
            assertThat(v.path("via").asText()).isEqualTo("nl.doorbraak.plugin.citydeal.rodeknop");
        });
        assertThat(rijk).anySatisfy(v -> assertThat(v.path("doel").asText()).contains("inbox van SZW"));
    }

    @Test
    void rijkSzwWerktEenZaakVanInboxTotFollowUp() {
        Api leeuwarden = platform.api().als("leeuwarden-regisseur");
        String tafel = EscalatieIT.tafel(leeuwarden, "leeuwarden", "Doorbraaktafel Leeuwarden-Oost");
        String casus = EscalatieIT.nieuweCasus(leeuwarden, "leeuwarden", tafel, "Bijstand en zorg voor een ouder");
        Map<String, Object> knop = knop();
        knop.put("thema", "werk");
        knop.put("partijen", List.of("szw"));
        knop.put("delen", List.of("situatie"));
        Api.Antwoord gedrukt = leeuwarden.post("/api/gemeenten/leeuwarden/rodeknop/casussen/" + casus, knop);
        assertThat(gedrukt.status()).as(gedrukt.body()).isEqualTo(201);
        String id = gedrukt.json().path("id").asText();
        String escalatie = gedrukt.json().path("escalatieId").asText();
        String zaak = "/api/rijk/rodeknop/zaken/" + id;

        Api szw = platform.api().als("rijk-szw");
        assertThat(szw.get("/api/rijk/rodeknop/inbox?status=ingediend").json().path("results")
                .findValuesAsText("id")).contains(id);
        JsonNode gelezen = szw.get(zaak).json();
        alleenGedeeld(gelezen);
        assertThat(gelezen.has("thema")).isFalse();
        assertThat(gelezen.path("situatie").asText()).contains("volwassen kind");

        Api.Antwoord tevroeg = szw.post(zaak + "/uitkomst", Map.of("soort", "doorbraak", "toelichting", "x"));
        assertProblem(tevroeg, 409);
        Api.Antwoord fout = szw.post(zaak + "/overleg", Map.of("datum", "morgen", "partijen", List.of("mars")));
        assertProblem(fout, 400);
        assertThat(invalidParam(fout, "datum").path("reason").asText()).contains("jjjj-mm-dd");
        assertThat(invalidParam(fout, "partijen.0").path("reason").asText()).contains("mars");
        String datum = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(7).toString();
        Api.Antwoord overleg = szw.post(zaak + "/overleg", Map.of("datum", datum, "toelichting",
                "Met SZW en UWV"));
        assertThat(overleg.status()).as(overleg.body()).isEqualTo(200);
        assertThat(overleg.json().path("status").asText()).isEqualTo("overleg-gepland");
        // SZW proposed the parties covering werk: SZW and UWV
        assertThat(overleg.json().path("overleg").path("partijen").toString()).contains("szw", "uwv");
        long versie = overleg.json().path("versie").asLong();

        Api.Antwoord zonderReden = szw.post(zaak + "/uitkomst", Map.of("soort", "geen-oplossing", "toelichting",
                "Kan niet"));
        assertProblem(zonderReden, 400);
        assertThat(invalidParam(zonderReden, "reden").path("reason").asText()).isNotBlank();
        assertProblem(szw.post(zaak + "/uitkomst", Map.of("soort", "doorbraak", "toelichting", "x",
                "versie", versie + 5)), 409);
        Api.Antwoord uitkomst = szw.post(zaak + "/uitkomst", Map.of("soort", "doorbraak", "toelichting",
                "Ontheffing van de arbeidsverplichtingen zolang de zorg duurt.", "afspraken",
                List.of("Ontheffing een jaar", "Gesprek na een half jaar"), "besparing", 12000, "versie", versie));
        assertThat(uitkomst.status()).as(uitkomst.body()).isEqualTo(200);
        assertThat(uitkomst.json().path("status").asText()).isEqualTo("uitkomst");
        assertThat(uitkomst.json().path("followUp").path("vervalt").asText()).isEqualTo(
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(90).toString());
        // the escalation in the core is answered with the outcome
        JsonNode e = leeuwarden.get("/api/gemeenten/leeuwarden/escalaties/" + escalatie).json();
        assertThat(e.path("status").asText()).isEqualTo("beantwoord");
        assertThat(e.path("antwoord").asText()).contains("doorbraak");

        Api.Antwoord followUp = szw.post(zaak + "/followup", Map.of("opgelost", true, "bevinding",
                "De ontheffing werkt; de inwoner zoekt werk naast de zorg."));
        assertThat(followUp.status()).as(followUp.body()).isEqualTo(200);
        assertThat(followUp.json().path("status").asText()).isEqualTo("afgerond");
        alleenGedeeld(followUp.json());
        assertProblem(szw.post(zaak + "/followup", Map.of("opgelost", true, "bevinding", "Nog eens")), 409);
        nietsVanDeCasus(followUp.body());
        assertThat(leeuwarden.get("/api/gemeenten/leeuwarden/rodeknop/zaken/" + id).json().path("followUp")
                .path("door").asText()).isEqualTo("rijk-szw");
        // a new rode knop on the casus is possible again
        assertThat(leeuwarden.post("/api/gemeenten/leeuwarden/rodeknop/casussen/" + casus, knop).status())
                .isEqualTo(201);
    }
}
