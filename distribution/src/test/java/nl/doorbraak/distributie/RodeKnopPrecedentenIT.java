package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The 20 % register of the rode knop over HTTP, against the real platform: a doorbraak taken in Utrecht becomes a
 * precedent Eindhoven finds by rule and theme, without anything of the casus; Utrecht opts out and Eindhoven no longer
 * sees it (Utrecht still does); a tafel records that it used a precedent; the demo's doorbraken are in the register
 * (caught up at activation) and none of them carries a title, hulpvraag, pseudoniem or initialen of a demo casus.
 */
class RodeKnopPrecedentenIT {

    static final String U = "/api/gemeenten/utrecht";
    static final String E = "/api/gemeenten/eindhoven";
    static final String REGEL = "Kostendelersnorm bij een inwonend meerderjarig kind (precedenten-IT)";
    static final String MORGEN = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();

    static Platform platform;
    static Api utrecht;
    static Api beheerder;
    static Api eindhoven;
    static String overvecht;

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
        utrecht = platform.api().als("utrecht-regisseur");
        beheerder = platform.api().als("utrecht-beheerder");
        eindhoven = platform.api().als("eindhoven-regisseur");
        overvecht = tafel(utrecht, "Doorbraaktafel Overvecht");
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    /** Events and the catch-up run in the background: wait for what a user would see shortly after. */
    static void wachtTot(String wat, BooleanSupplier voorwaarde) {
        long tot = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < tot) {
            if (voorwaarde.getAsBoolean()) {
                return;
            }
            Platform.slaap(250);
        }
        throw new AssertionError(wat + ": niet bereikt binnen 90 s");
    }

    static String zoekRegel(String gemeente) {
        return gemeente + "/rodeknop/precedenten?regel=INWONEND%20meerderjarig%20kind";
    }

    record Doorbraak(JsonNode casus, Api.Antwoord signaal, String besluitId) {
    }

    /**
     * Through the real API, as a tafel works: a casus of Overvecht (Utrecht) on tomorrow's agenda, a signaal about the
     * rule that blocks, and a doorbraak on the waardendriehoek. Every text of the casus is marked "IT-...".
     */
    static Doorbraak doorbraakInUtrecht(Api utrecht, String overvecht, String regel) {
        // a casus of Overvecht, on tomorrow's agenda, with a signaal about the rule that blocks
        Map<String, Object> nieuw = new HashMap<>(Map.of("tafelId", overvecht,
                "titel", "Zoon van 23 moet het huis uit door de kostendelersnorm (IT-titel)",
                "hulpvraag", "Moeder in de bijstand verliest bijstand als haar zoon thuis blijft wonen (IT-hulpvraag)",
                "inwoner", Map.of("initialen", "K.W.Z."), "thema", "inkomen",
                "betrokkenOrganisaties", List.of("Werk & Inkomen"), "variantData", Map.of("urgentie", "hoog")));
        Api.Antwoord c = utrecht.post(U + "/casussen", nieuw);
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        JsonNode casus = c.json();
        String casusId = casus.path("id").asText();
        assertThat(utrecht.post(U + "/casussen/" + casusId + "/status", Map.of("status", "in_voorbereiding"))
                .status()).isEqualTo(200);
        Api.Antwoord bijeenkomst = utrecht.post(U + "/bijeenkomsten", Map.of("tafelId", overvecht, "datum", MORGEN,
                "aanwezigen", List.of("Marieke de Vries", "Joost van Leeuwen")));
        assertThat(bijeenkomst.status()).as(bijeenkomst.body()).isEqualTo(201);
        assertThat(utrecht.post(U + "/bijeenkomsten/" + bijeenkomst.json().path("id").asText() + "/agenda",
                Map.of("casusId", casusId)).status()).isEqualTo(200);
        Api.Antwoord signaal = utrecht.post(U + "/signalen", Map.of("regel", regel, "organisatie", "Werk & Inkomen",
                "omschrijving", "Bij deze moeder (IT-signaal) dreigt de zoon dakloos te worden.",
                "casusIds", List.of(casusId)));
        assertThat(signaal.status()).as(signaal.body()).isEqualTo(201);

        // the doorbraak, through the real API
        Api.Antwoord besluit = utrecht.post(U + "/casussen/" + casusId + "/besluiten", Map.of("soort", "doorbraak",
                "omschrijving", "Kostendelersnorm een jaar buiten toepassing voor deze moeder (IT-besluit)",
                "waardendriehoek", Map.of("legitimiteit", "Art. 18 lid 1 Participatiewet: afstemming (IT-legitimiteit)",
                        "rendement", "Geen dakloosheid van de zoon (IT-rendement)", "rendementBedrag", 18000,
                        "betrokkenheid", "Moeder en zoon maken zelf een plan (IT-betrokkenheid)"),
                "deelnemers", List.of("Marieke de Vries", "Joost van Leeuwen"),
                "toezeggingen", List.of(Map.of("organisatie", "Woningcorporatie", "bedrag", 600,
                        "omschrijving", "Huurverlaging een jaar (IT-toezegging)"))));
        assertThat(besluit.status()).as(besluit.body()).isEqualTo(201);
        return new Doorbraak(casus, signaal, besluit.json().path("id").asText());
    }

    static String tafel(Api api, String naam) {
        for (JsonNode t : api.get(U + "/tafels").json().path("results")) {
            if (t.path("naam").asText().equals(naam)) {
                return t.path("id").asText();
            }
        }
        throw new AssertionError("demo-tafel " + naam + " ontbreekt");
    }

    @Test
    void eenDoorbraakInUtrechtIsEenPrecedentVoorEindhovenZonderPersoonsgegevensEnDelenUitVerbergtHet() {
        Doorbraak d = doorbraakInUtrecht(utrecht, overvecht, REGEL);
        JsonNode casus = d.casus();
        String casusId = casus.path("id").asText();
        String besluitId = d.besluitId();
        Api.Antwoord signaal = d.signaal();

        // Eindhoven finds it by (part of) the rule and by theme
        wachtTot("het precedent voor Eindhoven",
                () -> eindhoven.get(zoekRegel(E)).json().path("count").asInt() == 1);
        Api.Antwoord gevonden = eindhoven.get(zoekRegel(E) + "&thema=inkomen&soort=doorbraakbesluit");
        assertThat(gevonden.status()).as(gevonden.body()).isEqualTo(200);
        assertThat(gevonden.json().path("count").asInt()).isEqualTo(1);
        JsonNode p = gevonden.json().path("results").get(0);
        assertThat(p.path("gemeente").asText()).isEqualTo("utrecht");
        assertThat(p.path("gemeenteNaam").asText()).isEqualTo("Gemeente Utrecht");
        assertThat(p.path("soort").asText()).isEqualTo("doorbraakbesluit");
        assertThat(p.path("thema").asText()).isEqualTo("inkomen");
        assertThat(p.path("maand").asText()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString()
                .substring(0, 7));
        assertThat(p.path("regels").get(0).path("omschrijving").asText()).isEqualTo(REGEL);
        assertThat(p.path("kosten").decimalValue()).isEqualByComparingTo("600");
        assertThat(p.path("besparing").decimalValue()).isEqualByComparingTo("18000");
        assertThat(p.path("samenvatting").asText()).contains("Gemeente Utrecht", REGEL, "€ 18.000,00 per jaar");
        assertThat(p.path("gebruikt").asInt()).isZero();
        assertThat(eindhoven.get(E + "/rodeknop/precedenten?thema=wonen&regel=inwonend%20meerderjarig").json()
                .path("count").asInt()).isZero();

        // nothing of the casus or the besluit in the answer: not its ids, nor its texts, nor who decided
        String antwoord = gevonden.body();
        for (String geheim : List.of(casusId, besluitId, casus.path("inwoner").path("pseudoniem").asText(), "K.W.Z.",
                "IT-titel", "IT-hulpvraag", "IT-besluit", "IT-legitimiteit", "IT-rendement", "IT-betrokkenheid",
                "IT-toezegging", "IT-signaal", "Marieke", "Joost", "utrecht-regisseur",
                signaal.json().path("id").asText())) {
            assertThat(antwoord).as("'%s' hoort niet in een precedent", geheim).doesNotContain(geheim);
        }

        // a tafel in Eindhoven uses it while preparing a besluit: counted, without the casus
        String eigenCasus = eindhoven.get(E + "/casussen?pageSize=1").json().path("results").get(0).path("id")
                .asText();
        String gebruikt = E + "/rodeknop/precedenten/" + p.path("id").asText() + "/gebruikt";
        Api.Antwoord telt = eindhoven.post(gebruikt, Map.of("casusId", eigenCasus));
        assertThat(telt.status()).as(telt.body()).isEqualTo(200);
        assertThat(telt.json().path("gebruikt").asInt()).isEqualTo(1);
        assertThat(telt.body()).doesNotContain(eigenCasus);
        // a casus of another gemeente does not exist for Eindhoven, and counts nothing
        Api.Antwoord vreemd = eindhoven.post(gebruikt, Map.of("casusId", casusId));
        assertThat(vreemd.status()).as(vreemd.body()).isEqualTo(404);
        assertThat(vreemd.header("Content-Type")).startsWith("application/problem+json");
        assertThat(utrecht.get(zoekRegel(U)).json().path("results").get(0).path("gebruikt").asInt()).isEqualTo(1);

        // Utrecht stops sharing: at once hidden from Eindhoven, still there for Utrecht itself
        String instellingen = U + "/rodeknop/instellingen";
        assertThat(beheerder.get(instellingen).json().path("precedentenDelen").asBoolean()).isTrue();
        try {
            Api.Antwoord uit = beheerder.put(instellingen, Map.of("precedentenDelen", false));
            assertThat(uit.status()).as(uit.body()).isEqualTo(200);
            assertThat(uit.json().path("precedentenDelen").asBoolean()).isFalse();
            assertThat(eindhoven.get(zoekRegel(E)).json().path("count").asInt()).isZero();
            assertThat(eindhoven.get(E + "/rodeknop/precedenten?pageSize=100").body()).doesNotContain("\"utrecht\"");
            assertThat(eindhoven.post(gebruikt, Map.of("casusId", eigenCasus)).status()).isEqualTo(404);
            JsonNode eigen = utrecht.get(zoekRegel(U)).json();
            assertThat(eigen.path("count").asInt()).isEqualTo(1);
            assertThat(eigen.path("eigenGemeenteDeelt").asBoolean()).isFalse();
        } finally {
            assertThat(beheerder.put(instellingen, Map.of("precedentenDelen", true)).status()).isEqualTo(200);
        }
        assertThat(eindhoven.get(zoekRegel(E)).json().path("count").asInt()).isEqualTo(1);
    }

    @Test
    void deDoorbrakenUitDeDemoStaanInHetRegisterZonderIetsVanHunCasussen() {
        // the demo is loaded straight into the database (no events): the catch-up at activation made them
        wachtTot("precedenten uit de demo", () -> eindhoven.get(E + "/rodeknop/precedenten?soort=doorbraakbesluit")
                .json().path("results").findValuesAsText("gemeente").stream().anyMatch(g -> !g.equals("eindhoven")));

        List<String> antwoorden = new ArrayList<>();
        String volgende = E + "/rodeknop/precedenten?pageSize=100";
        while (volgende != null) {
            Api.Antwoord a = eindhoven.get(volgende);
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            antwoorden.add(a.body());
            JsonNode next = a.json().path("next");
            volgende = next.isNull() ? null : next.asText();
        }
        String alles = String.join("\n", antwoorden);
        int gecontroleerd = 0;
        for (String[] g : new String[][] { { "utrecht", "utrecht-regisseur" }, { "eindhoven", "eindhoven-regisseur" },
                { "leeuwarden", "leeuwarden-regisseur" } }) {
            Api regisseur = platform.api().als(g[1]);
            JsonNode lijst = regisseur.get("/api/gemeenten/" + g[0] + "/casussen?pageSize=100").json();
            for (JsonNode c : lijst.path("results")) {
                for (String geheim : List.of(c.path("id").asText(), c.path("titel").asText(),
                        c.path("hulpvraag").asText(), c.path("inwoner").path("pseudoniem").asText(),
                        c.path("inwoner").path("initialen").asText())) {
                    if (geheim.length() >= 4) {
                        assertThat(alles).as("'%s' (casus van %s) hoort niet in een precedent", geheim, g[0])
                                .doesNotContain(geheim);
                        gecontroleerd++;
                    }
                }
            }
        }
        assertThat(gecontroleerd).as("demo-casussen om mee te vergelijken").isGreaterThan(20);
    }

    @Test
    void foutenRollenEnHetOpenApiDocument() {
        Api.Antwoord soort = eindhoven.get(E + "/rodeknop/precedenten?soort=wonder&page=0");
        assertThat(soort.status()).as(soort.body()).isEqualTo(400);
        assertThat(soort.header("Content-Type")).startsWith("application/problem+json");
        assertThat(soort.json().path("invalidParams").findValuesAsText("name")).containsExactlyInAnyOrder("soort",
                "page");
        assertThat(soort.body()).contains("doorbraakbesluit, doorbraak, omwisselbesluit, geen-oplossing");

        String instellingen = U + "/rodeknop/instellingen";
        Api.Antwoord fout = beheerder.put(instellingen, Map.of("precedentenDelen", "nee"));
        assertThat(fout.status()).as(fout.body()).isEqualTo(400);
        assertThat(fout.json().path("invalidParams").findValuesAsText("name")).containsExactly("precedentenDelen");
        assertThat(beheerder.get(instellingen).json().path("precedentenDelen").asBoolean()).isTrue();
        // only the gemeentebeheerder, only of his own gemeente
        assertThat(utrecht.put(instellingen, Map.of("precedentenDelen", false)).status()).isEqualTo(403);
        assertThat(beheerder.get(E + "/rodeknop/instellingen").status()).isEqualTo(404);
        assertThat(beheerder.get(U + "/rodeknop/precedenten").status()).isEqualTo(403);
        Api.Antwoord zonderCasus = eindhoven.post(E + "/rodeknop/precedenten/p-000000000000000000000000/gebruikt",
                Map.of());
        assertThat(zonderCasus.status()).as(zonderCasus.body()).isEqualTo(400);

        JsonNode paden = platform.api().get("/api/openapi.json").json().path("paths");
        for (String pad : List.of("/precedenten", "/precedenten/{id}/gebruikt", "/instellingen")) {
            assertThat(paden.has("/api/gemeenten/{gemeente}/rodeknop" + pad)).as(pad).isTrue();
        }
    }
}
