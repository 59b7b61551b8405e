package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.doorbraak.web.TestServer.Antw;

/**
 * De instellingen van een gemeente over HTTP: wie ze mag lezen en wijzigen (de router: 404 voor een andere gemeente,
 * 403 voor een rol zonder beheer), If-Match (428, 409), invalidParams per veld, een nieuwe gemeente (201, Location,
 * 409) en de eigen huisstijl (CSS, logo). Wat de core beslist, doet {@link NepBeheer}; het echte bestand in config/
 * test {@code InstellingenIT} in de distributie.
 */
class InstellingenTest {

    static TestServer server;
    static NepBeheer beheer;
    static final String UTRECHT = "/api/gemeenten/utrecht/instellingen";

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
        beheer = new NepBeheer(server.gemeenten);
        server.servlet.bindGemeenteBeheer(beheer);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void lezenDoorDeBeheerdersMetVeldenWaardenEnEtag() {
        Antw a = server.getAls("utrecht-beheerder", UTRECHT);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.header("ETag")).matches("\"\\d+\"");
        JsonNode j = a.json();
        assertThat(j.get("gemeente").asText()).isEqualTo("utrecht");
        JsonNode bewaartermijn = j.get("velden").get(3);
        assertThat(bewaartermijn.get("id").asText()).isEqualTo("bewaartermijnMaanden");
        assertThat(bewaartermijn.get("type").asText()).isEqualTo("geheel getal");
        assertThat(bewaartermijn.get("min").asLong()).isZero();
        assertThat(bewaartermijn.get("max").asLong()).isEqualTo(1200);
        assertThat(j.at("/velden/0/alleenLezen").asBoolean()).isTrue();
        assertThat(j.at("/velden/2/lijst").asBoolean()).isTrue();
        assertThat(j.at("/waarden/naam").asText()).isEqualTo("Gemeente Utrecht");
        assertThat(j.at("/waarden/varianten/0").asText()).isEqualTo("standaard");
        // in the order of the fields
        assertThat(j.get("waarden").fieldNames().next()).isEqualTo("id");

        assertThat(server.getAls("platformbeheerder", UTRECHT).status()).isEqualTo(200);
        assertThat(server.get(UTRECHT, "Authorization", TestServer.basic("utrecht-beheerder"), "If-None-Match",
                a.header("ETag")).status()).isEqualTo(304);
    }

    @Test
    void andereRollenEnGemeentenNiet() {
        Antw regisseur = server.getAls("utrecht-regisseur", UTRECHT);
        assertThat(regisseur.status()).isEqualTo(403);
        assertThat(regisseur.json().get("detail").asText()).contains("instellingen van de gemeente");
        // another gemeente's settings: as if it did not exist
        assertThat(server.getAls("leeuwarden-regisseur", UTRECHT).status()).isEqualTo(404);
        assertThat(server.getAls("rijk-szw", UTRECHT).status()).isEqualTo(404);
        assertThat(server.getAls("platformbeheerder", "/api/gemeenten/nergens/instellingen").status()).isEqualTo(404);
        assertThat(server.get(UTRECHT).status()).isEqualTo(401);
        assertThat(server.jsonAls("utrecht-regisseur", "PUT", UTRECHT, "{}", "If-Match", "\"1\"").status())
                .isEqualTo(403);
    }

    @Test
    void wijzigenMetIfMatchEnInvalidParams() {
        String pad = "/api/gemeenten/leeuwarden/instellingen";
        server.gebruikers.zet(new nl.doorbraak.api.toegang.Gebruiker("leeuwarden-beheerder", "Lotte", "leeuwarden",
                java.util.Set.of(nl.doorbraak.api.toegang.Rol.GEMEENTEBEHEERDER), null));
        Antw lees = server.getAls("leeuwarden-beheerder", pad);
        String etag = lees.header("ETag");
        String goed = "{\"id\":\"leeuwarden\",\"naam\":\"Gemeente Leeuwarden\",\"varianten\":[\"standaard\"],"
                + "\"bewaartermijnMaanden\":36,\"thema\":\"leeuwarden\"}";
        assertThat(server.jsonAls("leeuwarden-beheerder", "PUT", pad, goed).status()).isEqualTo(428);
        Antw fout = server.jsonAls("leeuwarden-beheerder", "PUT", pad,
                "{\"id\":\"friesland\",\"naam\":\"\",\"bewaartermijnMaanden\":5000,\"kleurtje\":\"rood\"}",
                "If-Match", etag);
        assertThat(fout.status()).as(fout.body()).isEqualTo(400);
        assertThat(fout.contentType()).startsWith("application/problem+json");
        assertThat(fout.json().get("invalidParams").findValuesAsText("name"))
                .containsExactlyInAnyOrder("id", "naam", "bewaartermijnMaanden", "kleurtje");
        assertThat(beheer.waarden.get("leeuwarden").get("bewaartermijnMaanden")).isEqualTo(24L);

        Antw put = server.jsonAls("leeuwarden-beheerder", "PUT", pad, goed, "If-Match", etag);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().at("/waarden/bewaartermijnMaanden").asLong()).isEqualTo(36);
        assertThat(put.header("ETag")).isNotEqualTo(etag);
        // the old ETag is stale now: 409, nothing changed
        Antw oud = server.jsonAls("leeuwarden-beheerder", "PUT", pad, goed.replace("36", "48"), "If-Match", etag);
        assertThat(oud.status()).isEqualTo(409);
        assertThat(beheer.waarden.get("leeuwarden").get("bewaartermijnMaanden")).isEqualTo(36L);
        assertThat(server.verzoek("PUT", pad, goed, "Authorization", TestServer.basic("leeuwarden-beheerder"),
                "Content-Type", "text/plain", "If-Match", put.header("ETag")).status()).isEqualTo(415);
    }

    @Test
    void eenNieuweGemeenteAlleenDoorDePlatformbeheerder() {
        String nieuw = "{\"id\":\"zwolle\",\"naam\":\"Gemeente Zwolle\",\"varianten\":[\"standaard\"]}";
        Antw geweigerd = server.jsonAls("utrecht-beheerder", "POST", "/api/gemeenten", nieuw);
        assertThat(geweigerd.status()).isEqualTo(403);
        Antw a = server.jsonAls("platformbeheerder", "POST", "/api/gemeenten", nieuw);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.header("Location")).endsWith("/api/gemeenten/zwolle");
        assertThat(a.header("ETag")).isNotNull();
        assertThat(a.json().at("/waarden/naam").asText()).isEqualTo("Gemeente Zwolle");
        assertThat(server.getAls("platformbeheerder", "/api/gemeenten/zwolle").status()).isEqualTo(200);
        assertThat(server.jsonAls("platformbeheerder", "POST", "/api/gemeenten", nieuw).status()).isEqualTo(409);
        Antw zonderNaam = server.jsonAls("platformbeheerder", "POST", "/api/gemeenten", "{\"id\":\"kampen\"}");
        assertThat(zonderNaam.status()).isEqualTo(400);
        assertThat(zonderNaam.json().get("invalidParams").findValuesAsText("name")).containsExactly("naam");
    }

    @Test
    void eigenHuisstijlAlsCssEnLogo() {
        Antw css = server.getAls("eindhoven-regisseur", "/api/gemeenten/eindhoven/huisstijl.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
        assertThat(css.body()).contains(".doorbraak-huisstijl {")
                .contains("--utrecht-button-primary-action-background-color: #ffcc00;")
                // yellow: black text contrasts more than white
                .contains("--utrecht-button-primary-action-color: #000000;");
        Antw logo = server.getAls("eindhoven-regisseur", "/api/gemeenten/eindhoven/logo");
        assertThat(logo.status()).isEqualTo(200);
        assertThat(logo.contentType()).isEqualTo("image/svg+xml");
        // no huisstijl of its own: an empty stylesheet, and no logo
        Antw leeg = server.getAls("utrecht-regisseur", "/api/gemeenten/utrecht/huisstijl.css");
        assertThat(leeg.status()).isEqualTo(200);
        assertThat(leeg.body()).doesNotContain("{");
        assertThat(server.getAls("utrecht-regisseur", "/api/gemeenten/utrecht/logo").status()).isEqualTo(404);
        assertThat(server.getAls("utrecht-regisseur", "/api/gemeenten/eindhoven/huisstijl.css").status())
                .isEqualTo(404);
    }

    @Test
    void tekstOpDeHoofdkleurHeeftHetMeesteContrast() {
        assertThat(nl.doorbraak.web.routes.InstellingenRoutes.tekstOp("#00689e")).isEqualTo("#ffffff");
        assertThat(nl.doorbraak.web.routes.InstellingenRoutes.tekstOp("#ffcc00")).isEqualTo("#000000");
    }
}
