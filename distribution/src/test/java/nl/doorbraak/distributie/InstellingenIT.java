package nl.doorbraak.distributie;

import static nl.doorbraak.distributie.CasusApiIT.assertProblem;
import static nl.doorbraak.distributie.CasusApiIT.invalidParam;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The settings of a gemeente over HTTP against the real bin/doorbraak (issue 12: "a beheerder takes a new gemeente
 * into use without editing a file"): the form comes from the real MetaTypeService, a change is written back to the
 * gemeente's file in config/ (its comments stay) and FileInstall, ConfigAdmin and the core put it in force before the
 * answer; bad input changes nothing; a new gemeente is usable at once, with its own huisstijl. One platform; the steps
 * build on each other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstellingenIT {

    static final String UTRECHT = "/api/gemeenten/utrecht/instellingen";
    static Platform platform;
    static Path utrechtCfg;

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
        utrechtCfg = platform.home.resolve("config/nl.doorbraak.gemeente-utrecht.cfg");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @Order(1)
    void deGemeentebeheerderWijzigtDeBewaartermijnEnHetBestandInConfigVolgt() throws Exception {
        Api bea = platform.api().als("utrecht-beheerder");
        Api.Antwoord lees = bea.get(UTRECHT);
        assertThat(lees.status()).as(lees.body()).isEqualTo(200);
        JsonNode veld = veld(lees.json(), "bewaartermijnMaanden");
        // from the Metatype of nl.doorbraak.gemeente, as the MetaTypeService gives it
        assertThat(veld.path("naam").asText()).isEqualTo("Bewaartermijn (maanden)");
        assertThat(veld.path("type").asText()).isEqualTo("geheel getal");
        assertThat(veld.path("min").asLong()).isZero();
        assertThat(veld.path("max").asLong()).isEqualTo(1200);
        assertThat(veld.path("standaard").get(0).asText()).isEqualTo("24");
        assertThat(veld(lees.json(), "id").path("alleenLezen").asBoolean()).isTrue();
        assertThat(veld(lees.json(), "naam").path("verplicht").asBoolean()).isTrue();
        assertThat(veld(lees.json(), "escalatieniveaus").path("lijst").asBoolean()).isTrue();
        assertThat(veld(lees.json(), "escalatieniveaus").path("maxAantal").asInt()).isEqualTo(20);
        assertThat(lees.json().at("/waarden/bewaartermijnMaanden").asLong()).isEqualTo(24);
        assertThat(lees.json().at("/waarden/escalatieniveaus/1").asText()).isEqualTo("directie:10");

        Map<String, Object> waarden = waarden(lees.json());
        waarden.put("bewaartermijnMaanden", 36);
        Api.Antwoord put = bea.verstuur("PUT", UTRECHT, waarden, Map.of("If-Match", lees.header("ETag")));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().at("/waarden/bewaartermijnMaanden").asLong()).isEqualTo(36);
        assertThat(put.header("ETag")).isNotEqualTo(lees.header("ETag"));

        String bestand = Files.readString(utrechtCfg);
        assertThat(bestand).contains("bewaartermijnMaanden = 36\n").doesNotContain("= 24")
                // the beheerder's comments stay, and so does every other line
                .contains("# maanden na afsluiten waarna persoonsgegevens worden gewist\n")
                .contains("# Gemeente Utrecht. Wijzigingen gelden binnen enkele seconden, zonder herstart.")
                .contains("escalatieniveaus = tafel:5,directie:10,bestuur:20\n");
        // the answer came once the running platform had it: no waiting here
        assertThat(platform.api().als("utrecht-regisseur").get("/api/gemeenten/utrecht").json()
                .path("bewaartermijnMaanden").asInt()).isEqualTo(36);
        // a GET gives the same version as the PUT answered
        assertThat(bea.get(UTRECHT).header("ETag")).isEqualTo(put.header("ETag"));
    }

    @Test
    @Order(2)
    void foutieveInvoerGeeftInvalidParamsEnLaatHetBestandOngemoeid() throws Exception {
        Api bea = platform.api().als("utrecht-beheerder");
        Api.Antwoord lees = bea.get(UTRECHT);
        String etag = lees.header("ETag");
        byte[] voor = Files.readAllBytes(utrechtCfg);

        Map<String, Object> fout = waarden(lees.json());
        fout.put("bewaartermijnMaanden", 5000);
        fout.put("escalatieniveaus", List.of("tafel:5", "directie:0", "tafel"));
        fout.put("kleur", "rood");
        fout.put("id", "utreg");
        Api.Antwoord a = bea.verstuur("PUT", UTRECHT, fout, Map.of("If-Match", etag));
        assertProblem(a, 400);
        assertThat(invalidParam(a, "bewaartermijnMaanden").path("reason").asText()).contains("tussen 0 en 1200");
        assertThat(invalidParam(a, "escalatieniveaus").path("reason").asText()).isNotBlank();
        assertThat(invalidParam(a, "kleur").path("reason").asText()).contains("#rrggbb");
        assertThat(invalidParam(a, "id").path("code").asText()).isEqualTo("alleenLezen");
        assertThat(Files.readAllBytes(utrechtCfg)).isEqualTo(voor);

        Map<String, Object> goed = waarden(lees.json());
        assertProblem(bea.put(UTRECHT, goed), 428);
        assertProblem(bea.verstuur("PUT", UTRECHT, goed, Map.of("If-Match", "\"12345\"")), 409);
        assertProblem(platform.api().als("utrecht-regisseur").get(UTRECHT), 403);
        assertProblem(platform.api().als("leeuwarden-regisseur").get(UTRECHT), 404);
        assertProblem(platform.api().als("rijk-szw").get(UTRECHT), 404);
        assertThat(Files.readAllBytes(utrechtCfg)).isEqualTo(voor);
        assertThat(platform.log()).doesNotContain("Exception");
    }

    @Test
    @Order(3)
    void dePlatformbeheerderMaaktEenGemeenteDieMeteenBruikbaarIs() throws Exception {
        Api piet = platform.api().als("platformbeheerder");
        Map<String, Object> zwolle = new LinkedHashMap<>();
        zwolle.put("id", "zwolle");
        zwolle.put("naam", "Gemeente Zwolle");
        zwolle.put("varianten", List.of("standaard"));
        zwolle.put("bewaartermijnMaanden", 30);
        zwolle.put("thema", "eigen");
        zwolle.put("kleur", "#00689e");
        assertProblem(platform.api().als("utrecht-beheerder").post("/api/gemeenten", zwolle), 403);
        Api.Antwoord nieuw = piet.post("/api/gemeenten", zwolle);
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        assertThat(nieuw.header("Location")).endsWith("/api/gemeenten/zwolle");
        Path cfg = platform.home.resolve("config/nl.doorbraak.gemeente-zwolle.cfg");
        assertThat(Files.readString(cfg)).contains("id = zwolle\n").contains("naam = Gemeente Zwolle\n")
                .contains("bewaartermijnMaanden = 30\n").contains("kleur = #00689e\n");
        assertThat(piet.get("/api/gemeenten/zwolle").json().path("thema").asText()).isEqualTo("eigen");
        assertProblem(piet.post("/api/gemeenten", zwolle), 409);
        // a name beyond ASCII goes through the file (escaped there) and FileInstall unchanged
        Api.Antwoord fryslan = piet.post("/api/gemeenten", Map.of("id", "sudwest-fryslan", "naam",
                "Gemeente Súdwest-Fryslân"));
        assertThat(fryslan.status()).as(fryslan.body()).isEqualTo(201);
        assertThat(piet.get("/api/gemeenten/sudwest-fryslan").json().path("naam").asText())
                .isEqualTo("Gemeente Súdwest-Fryslân");

        // at once, without a restart: a gemeentebeheerder for it, who reads its settings
        Api.Antwoord account = piet.post("/api/gemeenten/zwolle/gebruikers", Map.of("gebruikersnaam", "zara.zwolle",
                "naam", "Zara Zwolle", "rollen", List.of("gemeentebeheerder")));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        String code = account.json().path("code").path("code").asText();
        assertThat(platform.api().post("/api/account/herstel", Map.of("gebruikersnaam", "zara.zwolle", "code", code,
                "nieuwWachtwoord", "zara beheert zwolle vanaf vandaag")).status()).isEqualTo(204);
        Api zara = platform.api().als("zara.zwolle", "zara beheert zwolle vanaf vandaag");
        assertThat(zara.get("/api/gemeenten/zwolle/instellingen").json().at("/waarden/naam").asText())
                .isEqualTo("Gemeente Zwolle");
        assertProblem(zara.get(UTRECHT), 404);

        // its own huisstijl: the colours as a stylesheet, a logo placed in the installation
        Api.Antwoord css = zara.get("/api/gemeenten/zwolle/huisstijl.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(css.body()).contains("--utrecht-button-primary-action-background-color: #00689e;");
        assertProblem(zara.get("/api/gemeenten/zwolle/logo"), 404);
        Files.createDirectories(platform.home.resolve("huisstijl"));
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" "
                + "height=\"10\" fill=\"#00689e\"/></svg>";
        Files.writeString(platform.home.resolve("huisstijl/zwolle.svg"), svg);
        Api.Antwoord lees = zara.get("/api/gemeenten/zwolle/instellingen");
        Map<String, Object> metLogo = waarden(lees.json());
        metLogo.put("logo", "huisstijl/zwolle.svg");
        assertThat(zara.verstuur("PUT", "/api/gemeenten/zwolle/instellingen", metLogo,
                Map.of("If-Match", lees.header("ETag"))).status()).isEqualTo(200);
        Api.Antwoord logo = zara.get("/api/gemeenten/zwolle/logo");
        assertThat(logo.status()).isEqualTo(200);
        assertThat(logo.header("Content-Type")).isEqualTo("image/svg+xml");
        assertThat(logo.body()).isEqualTo(svg);
        Map<String, Object> buiten = waarden(zara.get("/api/gemeenten/zwolle/instellingen").json());
        buiten.put("logo", "../data/doorbraak.mv.db");
        assertThat(invalidParam(zara.verstuur("PUT", "/api/gemeenten/zwolle/instellingen", buiten,
                Map.of("If-Match", zara.get("/api/gemeenten/zwolle/instellingen").header("ETag"))), "logo")
                .path("code").asText()).isEqualTo("waarde");
    }

    private static JsonNode veld(JsonNode instellingen, String id) {
        for (JsonNode v : instellingen.path("velden")) {
            if (v.path("id").asText().equals(id)) {
                return v;
            }
        }
        throw new AssertionError("geen veld " + id + " in " + instellingen);
    }

    /** The values of a GET as a form would send them back. */
    private static Map<String, Object> waarden(JsonNode instellingen) {
        Map<String, Object> m = new LinkedHashMap<>();
        instellingen.path("waarden").fields().forEachRemaining(e -> {
            JsonNode w = e.getValue();
            if (w.isArray()) {
                List<String> l = new ArrayList<>();
                w.forEach(x -> l.add(x.asText()));
                m.put(e.getKey(), l);
            } else if (w.isNumber()) {
                m.put(e.getKey(), w.asLong());
            } else {
                m.put(e.getKey(), w.asText());
            }
        });
        return m;
    }
}
