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
 * Utrecht (a rode-knopzaak and a signaal) and in Leeuwarden (a rode-knopzaak) becomes one anonymised group; the
 * gemeenten read the agenda and their own figures only.
 */
class RodeKnopAgendaIT {

    static Platform platform;
    static Api utrecht;
    static Api leeuwarden;
    /** A rule of this run only, so demo data (now or later) does not change the counts. */
    static final String REGEL = "Agenda-IT-norm " + UUID.randomUUID().toString().substring(0, 8);
    static final String SLEUTEL = REGEL.toLowerCase() + " (participatiewet art. 22a)";
    static final List<String> CASUSSEN = new ArrayList<>();

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo();
        platform.start();
        utrecht = platform.api().als("utrecht-regisseur");
        leeuwarden = platform.api().als("leeuwarden-regisseur");
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
}
