package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import nl.doorbraak.web.TestServer.Antw;
import nl.doorbraak.web.sessie.Authenticatie;
import nl.doorbraak.web.http.Probleem;
import nl.doorbraak.web.sso.SsoInstellingTest;
import nl.doorbraak.web.sso.SsoKoppeling;
import nl.doorbraak.web.sso.SsoPogingen;
import nl.doorbraak.web.sso.SsoRoutes;

/**
 * De SSO-routes zonder identity provider: wat een gemeente zonder SSO, een onbereikbare identity provider, een
 * onbekende state, een ongeldig terugpad en een fout in de configuratie opleveren, en wat {@code /api/health} dan
 * zegt. De hele aanmelding tegen een echte identity provider staat in SsoIT (distributie, Keycloak).
 */
class SsoTest {

    static TestServer server;
    @TempDir
    static Path map;
    static Path geheim;
    /** Een poort op 127.0.0.1 waar niemand luistert: de identity provider is "plat". */
    static String onbereikbaar;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
        geheim = map.resolve("geheim");
        Files.writeString(geheim, "s3cr3t\n");
        Files.setPosixFilePermissions(geheim, PosixFilePermissions.fromString("rw-------"));
        try (ServerSocket s = new ServerSocket(0)) {
            onbereikbaar = "http://127.0.0.1:" + s.getLocalPort() + "/realms/utrecht";
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @AfterEach
    void zonderKoppelingen() {
        for (SsoKoppeling k : server.omgeving().sso.alle()) {
            server.servlet.unbindSsoKoppeling(k);
        }
    }

    static SsoKoppeling koppeling(Map<String, String> waarden) {
        return new SsoKoppeling("config/nl.doorbraak.sso-test.cfg", null, SsoInstellingTest.config(waarden));
    }

    static SsoKoppeling utrecht() {
        SsoKoppeling k = koppeling(SsoInstellingTest.utrecht(onbereikbaar, geheim));
        server.servlet.bindSsoKoppeling(k);
        return k;
    }

    static JsonNode health() {
        return server.get("/api/health").json();
    }

    @Test
    void eenGemeenteZonderSsoGeeft404() {
        assertThat(server.get("/api/sso").json().path("count").asInt()).isZero();
        Antw a = server.get("/api/sso/utrecht/start");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().path("detail").asText()).contains("utrecht", "Doorbraak-account");
        assertThat(server.get("/api/sso/utrecht/terug?state=x&code=y").status()).isEqualTo(404);
    }

    @Test
    void deLijstNoemtDeGemeentenMetSsoMetHunNaamEnStartadres() {
        utrecht();
        JsonNode l = server.get("/api/sso").json();
        assertThat(l.path("count").asInt()).isEqualTo(1);
        assertThat(l.path("results").get(0).path("gemeente").asText()).isEqualTo("utrecht");
        assertThat(l.path("results").get(0).path("naam").asText()).isEqualTo("Gemeente Utrecht");
        assertThat(l.path("results").get(0).path("start").asText())
                .isEqualTo(server.publiek + "/api/sso/utrecht/start");
        assertThat(server.get("/api/sso/leeuwarden/start").status()).isEqualTo(404);
    }

    @Test
    void eenOnbereikbareIdentityProviderGeeft503MetRetryAfterEnEenWaarschuwing() {
        utrecht();
        Antw a = server.get("/api/sso/utrecht/start?terug=/casussen");
        assertThat(a.status()).isEqualTo(503);
        assertThat(a.header("Retry-After")).isEqualTo("5");
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().path("detail").asText()).contains("niet bereikbaar", "Doorbraak-account")
                .doesNotContain("127.0.0.1");
        assertThat(a.header("Location")).isNull();
        assertThat(health().path("waarschuwingen").toString()).contains("SSO van gemeente utrecht",
                "niet bereikbaar");
        assertThat(server.omgeving().ssoPogingen.aantal()).as("niets bewaard").isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://elders.example/", "//elders.example/x", "/\\elders.example", "elders",
            "/a/../../b", "/%2e%2e/b", "/a/%2E/b", "/a%2fb", "/a#b", "/a b", "/\"><script>", "javascript:alert(1)" })
    void eenTerugpadBuitenHetPlatformGeeft400(String terug) {
        utrecht();
        Antw a = server.get("/api/sso/utrecht/start?terug=" + java.net.URLEncoder.encode(terug,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("invalidParams").get(0).path("name").asText()).isEqualTo("terug");
    }

    @Test
    void eenGeldigTerugpadBlijftZoals() {
        assertThat(SsoRoutes.terugpad(null)).isEqualTo("/");
        assertThat(SsoRoutes.terugpad("")).isEqualTo("/");
        assertThat(SsoRoutes.terugpad("/")).isEqualTo("/");
        assertThat(SsoRoutes.terugpad("/casussen?tafel=t-1&status=nieuw")).isEqualTo("/casussen?tafel=t-1&status=nieuw");
        assertThat(SsoRoutes.terugpad("/a/..b/%C3%A9")).isEqualTo("/a/..b/%C3%A9");
        assertThatThrownBy(() -> SsoRoutes.terugpad("/" + "a".repeat(SsoRoutes.MAX_TERUG))).isInstanceOf(Probleem.class);
    }

    @Test
    void eenOnbekendeOfOntbrekendeStateGeeft400() {
        utrecht();
        for (String pad : new String[] { "/api/sso/utrecht/terug?state=verzonnen&code=abc", "/api/sso/utrecht/terug",
                "/api/sso/utrecht/terug?error=access_denied" }) {
            Antw a = server.get(pad);
            assertThat(a.status()).as(pad).isEqualTo(400);
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat(a.json().path("detail").asText()).contains("onbekend, verlopen", "opnieuw");
            assertThat(a.header("Set-Cookie")).isNull();
        }
    }

    @Test
    void eenTerugkeerZonderAanvaardbaarTypeIs406EnLaatDeAanmeldingStaan() {
        utrecht();
        SsoPogingen p = server.omgeving().ssoPogingen;
        p.bewaar("state-406", new SsoPogingen.Poging("utrecht", "verifier", "nonce", "/", Authenticatie.hash("b"),
                p.nu()));
        Antw a = server.get("/api/sso/utrecht/terug?state=state-406&code=abc", "Accept", "application/xml",
                "Cookie", SsoRoutes.BROWSER_COOKIE + "=b");
        assertThat(a.status()).isEqualTo(406);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().path("detail").asText()).contains("application/json of text/html");
        assertThat(p.aantal()).as("de aanmelding kan nog verder").isEqualTo(1);
        assertThat(p.neem("state-406")).isNotNull();
    }

    @Test
    void uitloggenZonderSessieStuurtNaarDeStartpagina() {
        Antw a = server.get("/api/sso/uitloggen");
        assertThat(a.status()).isEqualTo(302);
        assertThat(a.header("Location")).isEqualTo(server.publiek + "/");
        assertThat(a.header("Set-Cookie")).startsWith(Authenticatie.COOKIE + "=;").contains("Max-Age=0");
    }

    @Test
    void uitloggenMetEenGewoneSessieBeeindigtHaarEnGaatNaarDeStartpagina() {
        TestServer.Login l = server.login("utrecht-regisseur");
        assertThat(server.get("/api/sessies/huidig", "Cookie", l.cookie()).json().has("sso")).isFalse();
        Antw a = server.get("/api/sso/uitloggen", "Cookie", l.cookie());
        assertThat(a.status()).isEqualTo(302);
        assertThat(a.header("Location")).isEqualTo(server.publiek + "/");
        assertThat(server.get("/api/sessies/huidig", "Cookie", l.cookie()).status()).isEqualTo(401);
    }

    @Test
    void eenOngeldigBestandLaatDeVorigeInstellingGeldenMetEenWaarschuwing() {
        SsoKoppeling k = utrecht();
        Map<String, String> fout = SsoInstellingTest.utrecht("http://login.example/realms/x", geheim);
        k.gewijzigd(SsoInstellingTest.config(fout));
        assertThat(k.instelling().issuer()).isEqualTo(onbereikbaar);
        assertThat(server.get("/api/sso").json().path("count").asInt()).isEqualTo(1);
        assertThat(health().path("waarschuwingen").toString()).contains("config/nl.doorbraak.sso-test.cfg",
                "moet met https beginnen", "vorige instelling");

        k.gewijzigd(SsoInstellingTest.config(SsoInstellingTest.utrecht(onbereikbaar, geheim)));
        assertThat(health().path("waarschuwingen")).isEmpty();
    }

    @Test
    void eenOngeldigEersteBestandZetSsoUitMetEenWaarschuwing() {
        Map<String, String> m = SsoInstellingTest.utrecht(onbereikbaar, geheim);
        m.remove("clientId");
        server.servlet.bindSsoKoppeling(koppeling(m));
        assertThat(server.get("/api/sso/utrecht/start").status()).isEqualTo(404);
        assertThat(health().path("waarschuwingen").toString()).contains("clientId ontbreekt", "staat uit");
    }

    @Test
    void eenOntbrekendOfVoorAnderenLeesbaarGeheimIsEenWaarschuwingGeenCrash() throws IOException {
        Map<String, String> m = SsoInstellingTest.utrecht(onbereikbaar, map.resolve("bestaat-niet"));
        server.servlet.bindSsoKoppeling(koppeling(m));
        assertThat(server.get("/api/sso").json().path("count").asInt()).isEqualTo(1);
        assertThat(health().path("status").asText()).isEqualTo("UP");
        assertThat(health().path("waarschuwingen").toString()).contains("clientgeheim", "ontbreekt of is niet leesbaar");
        zonderKoppelingen();

        Path open = map.resolve("open");
        Files.writeString(open, "s3cr3t\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        server.servlet.bindSsoKoppeling(koppeling(SsoInstellingTest.utrecht(onbereikbaar, open)));
        assertThat(health().path("waarschuwingen").toString()).contains("ook voor anderen leesbaar", "chmod 600")
                .doesNotContain("s3cr3t");
    }

    @Test
    void tweeBestandenVoorEenGemeenteEnEenOnbekendeGemeenteGevenEenWaarschuwing() {
        utrecht();
        server.servlet.bindSsoKoppeling(new SsoKoppeling("config/nl.doorbraak.sso-nog-een.cfg", null,
                SsoInstellingTest.config(SsoInstellingTest.utrecht(onbereikbaar, geheim))));
        Map<String, String> atlantis = SsoInstellingTest.utrecht(onbereikbaar, geheim);
        atlantis.put("gemeente", "atlantis");
        server.servlet.bindSsoKoppeling(koppeling(atlantis));
        String w = health().path("waarschuwingen").toString();
        assertThat(w).contains("config/nl.doorbraak.sso-nog-een.cfg: gemeente utrecht heeft al SSO");
        assertThat(w).contains("gemeente atlantis bestaat niet");
        assertThat(server.get("/api/sso").json().path("count").asInt()).isEqualTo(1);
        assertThat(server.get("/api/sso/atlantis/start").status()).isEqualTo(404);
    }

    @Test
    void deLandingspaginaStuurtDoorZonderScriptEnCodeertDeUrl() {
        String html = SsoRoutes.landingspagina("http://localhost:8080/casussen?a=1&b=2");
        assertThat(html).contains("<meta http-equiv=\"refresh\" content=\"0; url=http://localhost:8080/casussen?a=1&amp;b=2\">")
                .contains("<a href=\"http://localhost:8080/casussen?a=1&amp;b=2\">").doesNotContain("<script");
    }
}
