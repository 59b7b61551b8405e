package nl.doorbraak.distributie;

import static nl.doorbraak.distributie.CasusApiIT.assertProblem;
import static nl.doorbraak.distributie.CasusApiIT.invalidParam;
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
 * The rode knop's agenda of the Bestuurstafel and its figures over HTTP on the real platform: a rule that blocks in
 * Utrecht (a signaal and a rode-knopzaak on one casus) and in Leeuwarden (a rode-knopzaak, written differently) is one
 * anonymised proposal for rijk-szw, who puts it on the agenda and takes it to afgerond; the gemeenten read the agenda
 * without who did what, and each sees only its own figures.
 */
class RodeKnopAgendaIT {

    static Platform platform;
    static Api utrecht;
    static Api leeuwarden;
    /** A rule of this run only, so demo data (now or later) does not change the counts. */
    static final String REGEL = "Agenda-IT-norm " + UUID.randomUUID().toString().substring(0, 8);
    static final String SLEUTEL = REGEL.toLowerCase() + " (participatiewet art. 22a)";
    static final List<String> CASUSSEN = new ArrayList<>();
    static final String RIJK_REGEL = "Agenda-IT-rijksnorm " + UUID.randomUUID().toString().substring(0, 8);
    static final String RIJK_SLEUTEL = RIJK_REGEL.toLowerCase() + " (participatiewet art. 22a)";
    /** A Utrecht casus with a signaal about {@link #RIJK_REGEL}, made before anything counts signalen. */
    static String RIJK_CASUS;

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo();
        platform.start();
        utrecht = platform.api().als("utrecht-regisseur");
        leeuwarden = platform.api().als("leeuwarden-regisseur");
        RIJK_CASUS = casus(utrecht, "utrecht", "Doorbraaktafel Overvecht");
        Api.Antwoord signaal = utrecht.post("/api/gemeenten/utrecht/signalen", Map.of("regel", "  " + RIJK_REGEL
                + "   (Participatiewet art. 22a) ", "organisatie", "Werk & Inkomen", "omschrijving",
                "Geheime omschrijving van het signaal Agenda-IT.", "casusIds", List.of(RIJK_CASUS)));
        assertThat(signaal.status()).as(signaal.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    static String casus(Api api, String gemeente, String tafel) {
        String casus = EscalatieIT.nieuweCasus(api, gemeente, EscalatieIT.tafel(api, gemeente, tafel),
                "Agenda-IT casus " + gemeente);
        CASUSSEN.add(casus);
        return casus;
    }

    static String druk(Api api, String gemeente, String tafel, String thema, List<String> delen) {
        return druk(api, gemeente, casus(api, gemeente, tafel), REGEL, thema, delen);
    }

    static String druk(Api api, String gemeente, String casus, String regel, String thema, List<String> delen) {
        Api.Antwoord a = api.post("/api/gemeenten/" + gemeente + "/rodeknop/casussen/" + casus, Map.of(
                "thema", thema,
                // the same rule, written differently: it groups on the normalised text
                "regel", Map.of("omschrijving", "utrecht".equals(gemeente) ? regel : "  " + regel.toUpperCase(),
                        "wet", "Participatiewet", "artikel", "utrecht".equals(gemeente) ? "art. 22a" : "22a"),
                "geprobeerd", "Bijzondere bijstand; de wet laat geen uitzondering toe.",
                "vraag", "Sta een uitzondering toe voor deze inwoner.",
                "situatie", "Geheime situatie van de inwoner Agenda-IT.",
                "delen", delen));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return casus;
    }

    static JsonNode cijfers(Api api, String gemeente) {
        Api.Antwoord a = api.get("/api/gemeenten/" + gemeente + "/rodeknop/cijfers");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    static int perPartij(JsonNode cijfers, String partij) {
        for (JsonNode r : cijfers.path("perPartij")) {
            if (r.path("partij").asText().equals(partij)) {
                return r.path("zaken").asInt();
            }
        }
        throw new AssertionError("partij " + partij + " ontbreekt in " + cijfers);
    }

    @Test
    void deGemeenteZietDeAgendaEnHaarEigenCijfersNietDieVanEenAndere() {
        Api beheerder = platform.api().als("utrecht-beheerder");
        JsonNode voor = cijfers(beheerder, "utrecht");
        int zakenVoor = voor.path("zaken").path("totaal").asInt();
        int szwVoor = perPartij(voor, "szw");
        JsonNode leeuwardenVoor = cijfers(leeuwarden, "leeuwarden");

        druk(utrecht, "utrecht", "Doorbraaktafel Overvecht", "inkomen", List.of("thema"));

        JsonNode na = cijfers(beheerder, "utrecht");
        assertThat(na.path("bereik").asText()).isEqualTo("gemeente");
        assertThat(na.path("gemeente").asText()).isEqualTo("utrecht");
        assertThat(na.path("zaken").path("totaal").asInt()).isEqualTo(zakenVoor + 1);
        assertThat(na.path("zaken").path("perStatus").path("ingediend").asInt())
                .isEqualTo(voor.path("zaken").path("perStatus").path("ingediend").asInt() + 1);
        assertThat(perPartij(na, "szw")).isEqualTo(szwVoor + 1);
        assertThat(na.has("tijdTotOverleg") && na.has("uitkomsten") && na.has("followUps") && na.has("lessen"))
                .as(na.toString()).isTrue();
        assertThat(na.has("perGemeente")).as("a gemeente sees no other gemeente").isFalse();
        assertThat(na.toString()).doesNotContain(CASUSSEN.get(0)).doesNotContain("Geheime situatie");
        // Leeuwarden's figures did not change, and Utrecht's do not exist for Leeuwarden
        assertThat(cijfers(leeuwarden, "leeuwarden").path("zaken")).isEqualTo(leeuwardenVoor.path("zaken"));
        assertProblem(leeuwarden.get("/api/gemeenten/utrecht/rodeknop/cijfers"), 404);

        Api.Antwoord agenda = beheerder.get("/api/gemeenten/utrecht/rodeknop/agenda");
        assertThat(agenda.status()).as(agenda.body()).isEqualTo(200);
        assertThat(agenda.json().path("count").asInt()).isEqualTo(agenda.json().path("results").size());
        assertThat(utrecht.get("/api/gemeenten/utrecht/rodeknop/agenda?status=afgerond").status()).isEqualTo(200);
    }

    @Test
    void deAgendaIsAlleenTeLezenDoorRegisseurEnBeheerderEnZegtWatErMisIs() {
        Api tafellid = platform.api().als("utrecht-tafellid");
        assertProblem(tafellid.get("/api/gemeenten/utrecht/rodeknop/agenda"), 403);
        assertProblem(tafellid.get("/api/gemeenten/utrecht/rodeknop/cijfers"), 403);
        assertProblem(platform.api().get("/api/gemeenten/utrecht/rodeknop/agenda"), 401);
        assertProblem(utrecht.get("/api/gemeenten/utrecht/rodeknop/agenda/bestaat-niet"), 404);
        Api.Antwoord status = utrecht.get("/api/gemeenten/utrecht/rodeknop/agenda?status=besproken");
        assertProblem(status, 400);
        assertThat(invalidParam(status, "status").path("reason").asText()).contains("besproken", "geagendeerd");
        // the gemeente reads only: no route to write
        Api.Antwoord schrijven = utrecht.post("/api/gemeenten/utrecht/rodeknop/agenda",
                Map.of("regel", REGEL, "titel", "t", "trekker", "utrecht"));
        assertThat(schrijven.status()).as(schrijven.body()).isEqualTo(405);
    }

    @Test
    void deRoutesStaanInHetOpenApiDocument() {
        JsonNode paden = utrecht.get("/api/openapi.json").json().path("paths");
        assertThat(paden.has("/api/gemeenten/{gemeente}/rodeknop/agenda")).as(paden.toString()).isTrue();
        assertThat(paden.has("/api/gemeenten/{gemeente}/rodeknop/agenda/{id}")).isTrue();
        assertThat(paden.has("/api/gemeenten/{gemeente}/rodeknop/cijfers")).isTrue();
    }

    // --- the Rijk (needs /api/rijk routing) -------------------------------------------------------------------------

    static JsonNode groep(JsonNode voorstellen, String sleutel) {
        for (JsonNode g : voorstellen.path("results")) {
            if (g.path("sleutel").asText().equals(sleutel)) {
                return g;
            }
        }
        throw new AssertionError("geen voorstel '" + sleutel + "' in " + voorstellen);
    }

    static JsonNode perGemeente(JsonNode groep, String gemeente) {
        for (JsonNode r : groep.path("perGemeente")) {
            if (r.path("gemeente").asText().equals(gemeente)) {
                return r;
            }
        }
        throw new AssertionError("geen " + gemeente + " in " + groep);
    }

    static void geenCasusgegevens(Api.Antwoord a) {
        for (String casus : CASUSSEN) {
            assertThat(a.body()).doesNotContain(casus);
        }
        assertThat(a.body()).doesNotContain("Geheime").doesNotContain("Agenda-IT casus").doesNotContain("INW-");
    }

    @Test
    void hetRijkZetEenRegelUitTweeGemeentenOpDeAgendaEnDeGemeentenLezenMee() {
        Api rijk = platform.api().als("rijk-szw");
        JsonNode eindhovenVoor = cijfers(eindhoven(), "eindhoven").path("lessen");
        // Utrecht: a signaal (made before anything counted signalen) and a rode-knopzaak on the same casus, thema
        // not shared; Leeuwarden: a zaak with the rule in capitals, thema shared
        druk(utrecht, "utrecht", RIJK_CASUS, RIJK_REGEL, "inkomen", List.of());
        druk(leeuwarden, "leeuwarden", casus(leeuwarden, "leeuwarden", "Doorbraaktafel Leeuwarden-Oost"), RIJK_REGEL,
                "werk", List.of("thema"));

        Api.Antwoord voorstellen = rijk.get("/api/rijk/rodeknop/agenda/voorstellen");
        assertThat(voorstellen.status()).as(voorstellen.body()).isEqualTo(200);
        assertThat(voorstellen.json().path("drempel").asInt()).isEqualTo(3);
        JsonNode g = groep(voorstellen.json(), RIJK_SLEUTEL);
        assertThat(g.path("gemeenten").asInt()).isEqualTo(2);
        assertThat(g.path("casussen").asInt()).as("the Utrecht casus with a signaal and a zaak counts once")
                .isEqualTo(2);
        assertThat(g.path("themas").toString()).isEqualTo("[\"werk\"]");
        assertThat(g.path("organisaties").toString()).isEqualTo("[\"Werk & Inkomen\"]");
        JsonNode u = perGemeente(g, "utrecht");
        assertThat(u.path("naam").asText()).isNotBlank();
        assertThat(List.of(u.path("signalen").asInt(), u.path("gewicht").asInt(), u.path("zaken").asInt(),
                u.path("casussen").asInt())).containsExactly(1, 1, 1, 1);
        JsonNode l = perGemeente(g, "leeuwarden");
        assertThat(List.of(l.path("signalen").asInt(), l.path("zaken").asInt())).containsExactly(0, 1);
        geenCasusgegevens(voorstellen);

        // bad input names every field; then the item
        Api.Antwoord fout = rijk.post("/api/rijk/rodeknop/agenda", Map.of("regel", " ", "trekker", "nergens"));
        assertProblem(fout, 400);
        assertThat(invalidParam(fout, "trekker").path("reason").asText()).contains("szw", "leeuwarden");
        invalidParam(fout, "regel");
        invalidParam(fout, "titel");
        Api.Antwoord gemaakt = rijk.post("/api/rijk/rodeknop/agenda", Map.of("regel", RIJK_SLEUTEL, "titel",
                "Norm laten vervallen voor jongeren", "trekker", "leeuwarden", "toelichting",
                "Knelt in twee gemeenten."));
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        JsonNode punt = gemaakt.json();
        String id = punt.path("id").asText();
        assertThat(gemaakt.header("Location")).endsWith("/api/rijk/rodeknop/agenda/" + id);
        assertThat(punt.path("status").asText()).isEqualTo("voorgesteld");
        assertThat(punt.path("trekker").path("soort").asText()).isEqualTo("gemeente");
        assertThat(punt.path("door").asText()).isEqualTo("rijk-szw");
        assertThat(punt.path("partij").asText()).isEqualTo("szw");
        assertThat(punt.path("aantallen").path("gemeenten").asInt()).isEqualTo(2);
        assertProblem(rijk.post("/api/rijk/rodeknop/agenda", Map.of("regel", RIJK_REGEL.toUpperCase()
                + " (Participatiewet art. 22a)", "titel", "Nog eens", "trekker", "szw")), 409);

        String status = "/api/rijk/rodeknop/agenda/" + id + "/status";
        Api.Antwoord zonderUitkomst = rijk.post(status, Map.of("status", "afgerond"));
        assertProblem(zonderUitkomst, 400);
        invalidParam(zonderUitkomst, "uitkomst");
        Api.Antwoord geagendeerd = rijk.post(status, Map.of("status", "geagendeerd", "versie", 1));
        assertThat(geagendeerd.status()).as(geagendeerd.body()).isEqualTo(200);
        assertThat(geagendeerd.json().path("versie").asInt()).isEqualTo(2);
        assertProblem(rijk.post(status, Map.of("status", "in-behandeling", "versie", 1)), 409);
        assertProblem(rijk.post(status, Map.of("status", "voorgesteld")), 409);
        assertThat(rijk.get("/api/rijk/rodeknop/agenda?status=geagendeerd").json().path("results")
                .findValuesAsText("id")).contains(id);
        assertProblem(rijk.get("/api/rijk/rodeknop/agenda/bestaat-niet"), 404);

        // the gemeenten read it, without who did what; the Rijk routes are not theirs
        Api.Antwoord gelezen = platform.api().als("utrecht-beheerder").get("/api/gemeenten/utrecht/rodeknop/agenda/"
                + id);
        assertThat(gelezen.status()).as(gelezen.body()).isEqualTo(200);
        assertThat(gelezen.json().path("status").asText()).isEqualTo("geagendeerd");
        assertThat(gelezen.json().path("aantallen").path("gemeenten").asInt()).isEqualTo(2);
        assertThat(gelezen.json().has("door")).isFalse();
        assertThat(gelezen.body()).doesNotContain("rijk-szw");
        geenCasusgegevens(gelezen);
        assertThat(leeuwarden.get("/api/gemeenten/leeuwarden/rodeknop/agenda").json().path("results")
                .findValuesAsText("id")).contains(id);
        assertProblem(utrecht.get("/api/rijk/rodeknop/agenda/voorstellen"), 403);
        assertProblem(utrecht.post(status, Map.of("status", "afgerond", "uitkomst", "x")), 403);

        // the figures: the lesson counts for Utrecht and the platform, not for Eindhoven where the rule does not block
        Api.Antwoord platformCijfers = rijk.get("/api/rijk/rodeknop/cijfers");
        assertThat(platformCijfers.status()).as(platformCijfers.body()).isEqualTo(200);
        JsonNode c = platformCijfers.json();
        assertThat(c.path("bereik").asText()).isEqualTo("platform");
        assertThat(c.path("lessen").path("perStatus").path("geagendeerd").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(c.path("perGemeente").findValuesAsText("gemeente")).contains("utrecht", "leeuwarden",
                "eindhoven");
        assertThat(c.path("perThema").findValuesAsText("thema")).contains("werk", "niet-gedeeld");
        geenCasusgegevens(platformCijfers);
        assertThat(cijfers(utrecht, "utrecht").path("lessen").path("perStatus").path("geagendeerd").asInt())
                .isGreaterThanOrEqualTo(1);
        assertThat(cijfers(eindhoven(), "eindhoven").path("lessen")).isEqualTo(eindhovenVoor);

        Api.Antwoord af = rijk.post(status, Map.of("status", "afgerond", "uitkomst", "Omwisselbesluit: lokale norm"));
        assertThat(af.status()).as(af.body()).isEqualTo(200);
        assertThat(af.json().path("historie").findValuesAsText("status")).containsExactly("voorgesteld",
                "geagendeerd", "afgerond");
        assertThat(rijk.get("/api/rijk/rodeknop/agenda/" + id).json().path("uitkomst").asText())
                .isEqualTo("Omwisselbesluit: lokale norm");
    }

    static Api eindhoven() {
        return platform.api().als("eindhoven-regisseur");
    }

    @Test
    void deRijkRoutesStaanInHetOpenApiDocument() {
        JsonNode paden = utrecht.get("/api/openapi.json").json().path("paths");
        for (String pad : List.of("/api/rijk/rodeknop/agenda/voorstellen", "/api/rijk/rodeknop/agenda",
                "/api/rijk/rodeknop/agenda/{id}", "/api/rijk/rodeknop/agenda/{id}/status",
                "/api/rijk/rodeknop/cijfers")) {
            assertThat(paden.has(pad)).as(pad).isTrue();
        }
    }
}
