package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Inloggen via de identity provider van een gemeente (issue 10, punt 4), van begin tot eind: het echte
 * {@code bin/doorbraak --demo} en een echte Keycloak (realm utrecht, zie docs/sso-test.md), één van elk voor de hele
 * klasse. Een "persoon" hier is een browser: Keycloaks cookies in {@link Keycloak.Browser}, die van het platform
 * (de bindcookie van de aanmelding, de sessiecookie) in {@link Persoon}. De configuratie schrijft de test live in
 * {@code config/}, zoals een beheerder.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SsoIT {

    static final String CONFIG = "nl.doorbraak.sso-utrecht.cfg";
    static Keycloak idp;
    static Platform platform;
    /** Alleen voor het controleren achteraf (demo-account, HTTP Basic): de gemeentebeheerder van Utrecht. */
    static Api beheer;

    @BeforeAll
    static void start() {
        idp = Keycloak.start();
        platform = Platform.nieuw().metDemo().start();
        beheer = platform.api().als("utrecht-beheerder");
        // before the file exists: no SSO anywhere
        assertThat(platform.api().get("/api/sso").json().path("count").asInt()).isZero();
        assertThat(platform.api().get("/api/sso/utrecht/start").status()).isEqualTo(404);
        platform.schrijfConfig(CONFIG, config("utrecht", idp.issuer().toString(), idp.clientSecretBestand()));
        DuurzaamheidIT.wachtTot(() -> platform.api().get("/api/sso").json().path("count").asInt() == 1);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
        if (idp != null) {
            idp.close();
        }
    }

    static String config(String gemeente, String issuer, Path geheim) {
        return "gemeente = " + gemeente + "\nissuer = " + issuer + "\nclientId = " + Keycloak.CLIENT_ID
                + "\nclientSecretBestand = " + geheim + "\n";
    }

    /** Een persoon met een browser: de cookies van Keycloak en die van het platform. */
    static final class Persoon {
        final Keycloak.Browser bijIdp = idp.browser();
        final Api http = platform.api();
        /** DOORBRAAK_SSO=..., gezet bij het begin van een aanmelding. */
        String bindcookie;
        /** DOORBRAAK_SESSIE=..., na een gelukte aanmelding. */
        String sessie;

        /** GET /api/sso/{gemeente}/start, zoals een klik op "inloggen via de gemeente". */
        Api.Antwoord begin(String gemeente, String terug) {
            String pad = "/api/sso/" + gemeente + "/start"
                    + (terug == null ? "" : "?terug=" + URLEncoder.encode(terug, StandardCharsets.UTF_8));
            Api.Antwoord a = http.verstuur(http.request(pad).GET(), bindcookie == null ? Map.of()
                    : Map.of("Cookie", bindcookie));
            String setCookie = a.header("Set-Cookie");
            if (setCookie != null && setCookie.startsWith("DOORBRAAK_SSO=")) {
                bindcookie = setCookie.substring(0, setCookie.indexOf(';'));
            }
            return a;
        }

        /** Terug op het platform met wat de identity provider in de adresbalk zette, zoals een browser navigeert. */
        Api.Antwoord terug(URI callback, String accept) {
            Map<String, String> h = new LinkedHashMap<>();
            h.put("Accept", accept);
            if (bindcookie != null) {
                h.put("Cookie", bindcookie);
            }
            Api.Antwoord a = http.verstuur(http.request(callback.toString()).GET(), h);
            String setCookie = a.header("Set-Cookie");
            if (a.status() == 200 && setCookie != null && setCookie.startsWith("DOORBRAAK_SESSIE=")) {
                sessie = setCookie.substring(0, setCookie.indexOf(';'));
            }
            return a;
        }

        /** Het hele inloggen: begin, het formulier van Keycloak, terug als browser. */
        Api.Antwoord logIn(String gebruiker, String terug) {
            Api.Antwoord start = begin("utrecht", terug);
            assertThat(start.status()).as(start.toString()).isEqualTo(302);
            URI callback = bijIdp.login(URI.create(start.header("Location")), gebruiker, Keycloak.WACHTWOORD)
                    .callback();
            return terug(callback, "text/html,application/xhtml+xml");
        }

        /** De API met de sessie van deze browser (cookie en het CSRF-token uit /api/sessies/huidig). */
        Api api() {
            Api a = platform.api().metSessie(sessie, null);
            String csrf = a.get("/api/sessies/huidig").json().path("csrfToken").asText();
            return a.metSessie(sessie, csrf);
        }
    }

    static Map<String, String> query(String uri) {
        Map<String, String> p = new LinkedHashMap<>();
        String q = URI.create(uri).getRawQuery();
        for (String deel : q.split("&")) {
            int is = deel.indexOf('=');
            p.put(URLDecoder.decode(deel.substring(0, is), StandardCharsets.UTF_8),
                    URLDecoder.decode(deel.substring(is + 1), StandardCharsets.UTF_8));
        }
        return p;
    }

    static List<JsonNode> ssoAccounts() {
        List<JsonNode> l = new ArrayList<>();
        beheer.get("/api/gemeenten/utrecht/gebruikers?pageSize=100").json().path("results").forEach(a -> {
            if ("sso".equals(a.path("bron").asText())) {
                l.add(a);
            }
        });
        return l;
    }

    @Test
    @Order(1)
    void deRegisseurLogtInViaDeGemeenteEnWerktMetDeRollenUitDeClaims() {
        JsonNode lijst = platform.api().get("/api/sso").json().path("results");
        assertThat(lijst).hasSize(1);
        assertThat(lijst.get(0).path("gemeente").asText()).isEqualTo("utrecht");
        assertThat(lijst.get(0).path("naam").asText()).isEqualTo("Gemeente Utrecht");
        assertThat(lijst.get(0).path("start").asText()).isEqualTo(platform.uri("/api/sso/utrecht/start").toString());
        assertThat(platform.api().get("/api/health").json().path("waarschuwingen")).isEmpty();

        Persoon rosa = new Persoon();
        Api.Antwoord start = rosa.begin("utrecht", "/casussen?tafel=overvecht");
        assertThat(start.status()).isEqualTo(302);
        String naar = start.header("Location");
        assertThat(naar).startsWith(idp.issuer() + "/protocol/openid-connect/auth?");
        Map<String, String> verzoek = query(naar);
        assertThat(verzoek).containsEntry("response_type", "code").containsEntry("client_id", Keycloak.CLIENT_ID)
                .containsEntry("redirect_uri", platform.uri("/api/sso/utrecht/terug").toString())
                .containsEntry("code_challenge_method", "S256").containsKeys("state", "nonce", "code_challenge");
        assertThat(verzoek.get("scope").split(" ")).contains("openid", "profile");
        assertThat(verzoek.get("state")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(start.header("Set-Cookie")).startsWith("DOORBRAAK_SSO=").contains("HttpOnly", "SameSite=Lax",
                "Path=/api/sso", "Max-Age=600");

        URI callback = rosa.bijIdp.login(URI.create(naar), Keycloak.REGISSEUR, Keycloak.WACHTWOORD).callback();
        assertThat(callback.toString()).startsWith(platform.uri("/api/sso/utrecht/terug?").toString());
        Api.Antwoord terug = rosa.terug(callback, "text/html,application/xhtml+xml");
        assertThat(terug.status()).as(terug.toString()).isEqualTo(200);
        assertThat(terug.contentType()).startsWith("text/html");
        assertThat(terug.header("Location")).isNull();
        assertThat(terug.header("Set-Cookie")).startsWith("DOORBRAAK_SESSIE=").contains("HttpOnly", "SameSite=Strict")
                .doesNotContain("Secure");
        // the landing page moves the browser on within this site, so the SameSite=Strict cookie goes along
        Document pagina = Jsoup.parse(terug.body());
        String doel = platform.uri("/casussen?tafel=overvecht").toString();
        assertThat(pagina.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=" + doel);
        assertThat(pagina.selectFirst("a").attr("href")).isEqualTo(doel);
        assertThat(pagina.select("script")).isEmpty();

        Api als = rosa.api();
        JsonNode sessie = als.get("/api/sessies/huidig").json();
        assertThat(sessie.path("gebruiker").path("gemeente").asText()).isEqualTo("utrecht");
        assertThat(sessie.path("gebruiker").path("rollen").toString()).isEqualTo("[\"casusregisseur\"]");
        assertThat(sessie.path("gebruiker").path("naam").asText()).isEqualTo("Rosa Regisseur");
        assertThat(sessie.path("sso").path("gemeente").asText()).isEqualTo("utrecht");
        assertThat(sessie.path("sso").path("uitloggen").asText())
                .isEqualTo(platform.uri("/api/sso/uitloggen").toString());
        Api.Antwoord casussen = als.get("/api/gemeenten/utrecht/casussen?pageSize=5");
        assertThat(casussen.status()).isEqualTo(200);
        assertThat(casussen.json().path("count").asInt()).isGreaterThan(20);
        assertThat(als.get("/api/gemeenten/leeuwarden/casussen").status()).isEqualTo(404);

        // an account from the identity provider never logs in with a Doorbraak password
        String naam = sessie.path("gebruiker").path("gebruikersnaam").asText();
        assertThat(platform.api().als(naam, Keycloak.WACHTWOORD).get("/api/sessies/huidig").status()).isEqualTo(401);
        assertThat(platform.api().post("/api/sessies", Map.of("gebruikersnaam", naam, "wachtwoord",
                Keycloak.WACHTWOORD)).status()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void eenTafellidZietAlleenDeCasussenVanZijnTafelEnEenApiClientKrijgtJson() {
        Persoon tom = new Persoon();
        Api.Antwoord start = tom.begin("utrecht", null);
        URI callback = tom.bijIdp.login(URI.create(start.header("Location")), Keycloak.TAFELLID, Keycloak.WACHTWOORD)
                .callback();
        Api.Antwoord terug = tom.terug(callback, "application/json");
        assertThat(terug.status()).as(terug.toString()).isEqualTo(200);
        assertThat(terug.contentType()).startsWith("application/json");
        JsonNode j = terug.json();
        assertThat(j.path("terug").asText()).isEqualTo(platform.uri("/").toString());
        assertThat(j.path("gebruiker").path("rollen").toString()).isEqualTo("[\"tafellid\"]");
        assertThat(j.path("gebruiker").path("tafels").toString()).isEqualTo("[\"" + Keycloak.TAFEL_OVERVECHT + "\"]");

        Api als = platform.api().metSessie(tom.sessie, j.path("csrfToken").asText());
        JsonNode casussen = als.get("/api/gemeenten/utrecht/casussen?pageSize=100").json();
        assertThat(casussen.path("count").asInt()).isPositive();
        casussen.path("results").forEach(c -> assertThat(c.path("tafelId").asText()).isEqualTo(Keycloak.TAFEL_OVERVECHT));
        int alle = beheerRegisseur().get("/api/gemeenten/utrecht/casussen?pageSize=1").json().path("count").asInt();
        assertThat(casussen.path("count").asInt()).isLessThan(alle);
    }

    /** De demo-regisseur van Utrecht, om te vergelijken wat iedereen ziet. */
    static Api beheerRegisseur() {
        return platform.api().als("utrecht-regisseur");
    }

    @Test
    @Order(3)
    void eenGemeentebeheerderViaSsoBeheertDeAccountsEnZietDeSsoAccounts() {
        Persoon bea = new Persoon();
        assertThat(bea.logIn(Keycloak.BEHEERDER, "/beheer").status()).isEqualTo(200);
        Api als = bea.api();
        JsonNode ik = als.get("/api/sessies/huidig").json().path("gebruiker");
        assertThat(ik.path("rollen").toString()).isEqualTo("[\"gemeentebeheerder\"]");
        JsonNode accounts = als.get("/api/gemeenten/utrecht/gebruikers?pageSize=100").json();
        List<String> sso = new ArrayList<>();
        accounts.path("results").forEach(a -> {
            if ("sso".equals(a.path("bron").asText())) {
                sso.add(a.path("naam").asText());
                assertThat(a.path("wachtwoordGezet").asBoolean()).isFalse();
            }
        });
        assertThat(sso).contains("Rosa Regisseur", "Tom Tafellid", "Bea Beheerder");
        // and casus contents are not hers to see
        assertThat(als.get("/api/gemeenten/utrecht/casussen").status()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void wieGeenRolInDoorbraakHeeftKomtNietBinnenEnKrijgtGeenAccount() {
        int voor = ssoAccounts().size();
        Persoon zonder = new Persoon();
        Api.Antwoord terug = zonder.logIn(Keycloak.ZONDER_ROL, null);
        assertThat(terug.status()).isEqualTo(403);
        assertThat(terug.contentType()).startsWith("application/problem+json");
        assertThat(terug.json().path("detail").asText()).contains("geen rol in Doorbraak", "gedeactiveerd");
        assertThat(terug.header("Set-Cookie")).isNull();
        assertThat(ssoAccounts()).hasSize(voor);
    }

    @Test
    @Order(5)
    void eenGeblokkeerdeGebruikerKomtNietVoorbijKeycloak() {
        Persoon g = new Persoon();
        Api.Antwoord start = g.begin("utrecht", null);
        Keycloak.Antwoord a = g.bijIdp.login(URI.create(start.header("Location")), Keycloak.GEBLOKKEERD,
                Keycloak.WACHTWOORD);
        assertThat(a.doorgestuurdNaar()).isNull();
        assertThat(a.melding()).containsIgnoringCase("geblokkeerd");
        assertThat(ssoAccounts()).noneMatch(x -> x.path("gebruikersnaam").asText().equals(Keycloak.GEBLOKKEERD));
    }

    @Test
    @Order(6)
    void eenVerzonnenHergebruikteOfEldersBegonnenStateWordtGeweigerd() {
        Persoon p = new Persoon();
        Api.Antwoord start = p.begin("utrecht", null);
        URI callback = p.bijIdp.login(URI.create(start.header("Location")), Keycloak.REGISSEUR, Keycloak.WACHTWOORD)
                .callback();
        Map<String, String> q = query(callback.toString());

        // a state nobody made, with a real code
        URI verzonnen = URI.create(platform.uri("/api/sso/utrecht/terug") + "?code="
                + URLEncoder.encode(q.get("code"), StandardCharsets.UTF_8) + "&state=verzonnen-state");
        Api.Antwoord a = p.terug(verzonnen, "text/html");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().path("detail").asText()).contains("onbekend, verlopen", "opnieuw");

        // the real callback, but from another browser (without this browser's cookie): refused, and used up
        Persoon ander = new Persoon();
        Api.Antwoord elders = ander.terug(callback, "text/html");
        assertThat(elders.status()).isEqualTo(400);
        assertThat(elders.json().path("detail").asText()).contains("andere browser");
        assertThat(ander.sessie).isNull();
        Api.Antwoord opnieuw = p.terug(callback, "text/html");
        assertThat(opnieuw.status()).as("state al gebruikt").isEqualTo(400);
        assertThat(p.sessie).isNull();

        // a fresh sign-in works, and its callback a second time does not
        Persoon q2 = new Persoon();
        Api.Antwoord s2 = q2.begin("utrecht", null);
        URI cb2 = q2.bijIdp.login(URI.create(s2.header("Location")), Keycloak.REGISSEUR, Keycloak.WACHTWOORD).callback();
        assertThat(q2.terug(cb2, "text/html").status()).isEqualTo(200);
        assertThat(q2.terug(cb2, "text/html").status()).isEqualTo(400);

        // the identity provider says no (e.g. the person cancelled): 403, and the state is used up
        Persoon r = new Persoon();
        Map<String, String> s3 = query(r.begin("utrecht", null).header("Location"));
        URI nee = URI.create(platform.uri("/api/sso/utrecht/terug") + "?error=access_denied&error_description="
                + URLEncoder.encode("<b>verzonnen tekst</b>", StandardCharsets.UTF_8) + "&state=" + s3.get("state"));
        Api.Antwoord geweigerd = r.terug(nee, "text/html");
        assertThat(geweigerd.status()).isEqualTo(403);
        assertThat(geweigerd.body()).contains("access_denied").doesNotContain("verzonnen tekst");
    }

    @Test
    @Order(7)
    void uitloggenBeeindigtDeSessieVanHetPlatformEnDieVanKeycloak() {
        Persoon rosa = new Persoon();
        assertThat(rosa.logIn(Keycloak.REGISSEUR, null).status()).isEqualTo(200);
        assertThat(rosa.bijIdp.heeftSessie()).isTrue();
        // while Keycloak's session lasts, signing in again needs no form
        Api.Antwoord weer = rosa.begin("utrecht", null);
        assertThat(rosa.bijIdp.open(URI.create(weer.header("Location"))).doorgestuurdNaar()).isNotNull();

        String sessie = rosa.sessie;
        Api.Antwoord uit = rosa.http.verstuur(rosa.http.request("/api/sso/uitloggen").GET(),
                Map.of("Cookie", sessie, "Accept", "text/html"));
        assertThat(uit.status()).isEqualTo(302);
        assertThat(uit.header("Set-Cookie")).startsWith("DOORBRAAK_SESSIE=;").contains("Max-Age=0");
        String eind = uit.header("Location");
        assertThat(eind).startsWith(idp.issuer() + "/protocol/openid-connect/logout?");
        Map<String, String> q = query(eind);
        assertThat(q).containsEntry("client_id", Keycloak.CLIENT_ID)
                .containsEntry("post_logout_redirect_uri", platform.uri("/").toString()).containsKey("id_token_hint");
        // the platform session is over at once
        assertThat(platform.api().metSessie(sessie, null).get("/api/sessies/huidig").status()).isEqualTo(401);

        Keycloak.Antwoord terug = rosa.bijIdp.logout(URI.create(eind));
        assertThat(terug.callback().toString()).isEqualTo(platform.uri("/").toString());
        assertThat(rosa.bijIdp.heeftSessie()).isFalse();
        Api.Antwoord opnieuw = rosa.begin("utrecht", null);
        assertThat(rosa.bijIdp.open(URI.create(opnieuw.header("Location"))).isLoginformulier())
                .as("na uitloggen vraagt Keycloak weer om naam en wachtwoord").isTrue();

        // without a session: just to the start page
        Api.Antwoord zonder = platform.api().verstuur(platform.api().request("/api/sso/uitloggen").GET(), Map.of());
        assertThat(zonder.status()).isEqualTo(302);
        assertThat(zonder.header("Location")).isEqualTo(platform.uri("/").toString());
    }

    @Test
    @Order(8)
    void configuratieGeldtLiveEnFoutenBlijvenBinnenDeGezondheid() throws Exception {
        // a gemeente without SSO
        assertThat(platform.api().get("/api/sso/eindhoven/start").status()).isEqualTo(404);

        // a new file: Leeuwarden gets SSO (the same identity provider will do for this test)
        String leeuwarden = "nl.doorbraak.sso-leeuwarden.cfg";
        platform.schrijfConfig(leeuwarden, config("leeuwarden", idp.issuer().toString(), idp.clientSecretBestand()));
        DuurzaamheidIT.wachtTot(() -> platform.api().get("/api/sso").json().path("count").asInt() == 2);
        Api.Antwoord start = platform.api().get("/api/sso/leeuwarden/start");
        assertThat(start.status()).isEqualTo(302);
        assertThat(query(start.header("Location"))).containsEntry("redirect_uri",
                platform.uri("/api/sso/leeuwarden/terug").toString());

        // an invalid change: the previous setting stays, the reason is in the log and in /api/health
        platform.schrijfConfig(leeuwarden, config("leeuwarden", "http://idp.elders.example/realms/x",
                idp.clientSecretBestand()));
        DuurzaamheidIT.wachtTot(() -> platform.api().get("/api/health").json().path("waarschuwingen").toString()
                .contains("config/" + leeuwarden));
        assertThat(platform.api().get("/api/health").json().path("waarschuwingen").toString())
                .contains("moet met https beginnen", "vorige instelling");
        assertThat(platform.api().get("/api/sso/leeuwarden/start").status()).isEqualTo(302);
        assertThat(platform.log()).contains("config/" + leeuwarden);

        // the identity provider unreachable: 503 with Retry-After, a warning, nothing crashes
        Path geheim = Files.createTempFile(platform.home, "geheim-", ".txt");
        platform.schrijfConfig(leeuwarden, config("leeuwarden", "http://127.0.0.1:" + Platform.vrijePoort()
                + "/realms/weg", geheim.resolveSibling("bestaat-niet")));
        DuurzaamheidIT.wachtTot(() -> platform.api().get("/api/health").json().path("waarschuwingen").toString()
                .contains("ontbreekt of is niet leesbaar"));
        Api.Antwoord plat = platform.api().get("/api/sso/leeuwarden/start");
        assertThat(plat.status()).isEqualTo(503);
        assertThat(plat.header("Retry-After")).isNotNull();
        assertThat(plat.json().path("detail").asText()).contains("niet bereikbaar");
        JsonNode health = platform.api().get("/api/health").json();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("waarschuwingen").toString()).contains("SSO van gemeente leeuwarden",
                "niet bereikbaar");

        // the file removed: Leeuwarden has no SSO again, Utrecht still has
        Files.delete(platform.home.resolve("config").resolve(leeuwarden));
        DuurzaamheidIT.wachtTot(() -> platform.api().get("/api/sso/leeuwarden/start").status() == 404);
        assertThat(platform.api().get("/api/sso").json().path("count").asInt()).isEqualTo(1);
        assertThat(platform.api().get("/api/health").json().path("waarschuwingen")).isEmpty();
    }

    @Test
    @Order(9)
    void eenGedeactiveerdSsoAccountIsMeteenUitgelogdEnKomtNietMeerBinnen() {
        Persoon rosa = new Persoon();
        assertThat(rosa.logIn(Keycloak.REGISSEUR, null).status()).isEqualTo(200);
        Api rosaApi = rosa.api();
        String naam = rosaApi.get("/api/sessies/huidig").json().path("gebruiker").path("gebruikersnaam").asText();
        assertThat(rosaApi.get("/api/gemeenten/utrecht/casussen?pageSize=1").status()).isEqualTo(200);

        // Bea, gemeentebeheerder through SSO herself, deactivates Rosa's account
        Persoon bea = new Persoon();
        assertThat(bea.logIn(Keycloak.BEHEERDER, null).status()).isEqualTo(200);
        Api beaApi = bea.api();
        Api.Antwoord weg = beaApi.delete("/api/gemeenten/utrecht/gebruikers/" + naam);
        assertThat(weg.status()).as(weg.toString()).isEqualTo(200);
        assertThat(weg.json().path("actief").asBoolean()).isFalse();

        // her session ends at once, and the identity provider cannot bring her back in
        assertThat(rosaApi.get("/api/gemeenten/utrecht/casussen?pageSize=1").status()).isEqualTo(401);
        Persoon weer = new Persoon();
        Api.Antwoord geweigerd = weer.logIn(Keycloak.REGISSEUR, null);
        assertThat(geweigerd.status()).isEqualTo(403);
        assertThat(weer.sessie).isNull();

        // until a beheerder activates the account again
        Api.Antwoord account = beaApi.get("/api/gemeenten/utrecht/gebruikers/" + naam);
        Map<String, Object> wijziging = new LinkedHashMap<>();
        wijziging.put("naam", account.json().path("naam").asText());
        wijziging.put("rollen", List.of("casusregisseur"));
        wijziging.put("actief", true);
        Api.Antwoord actief = beaApi.verstuur("PUT", "/api/gemeenten/utrecht/gebruikers/" + naam, wijziging,
                Map.of("If-Match", account.header("ETag")));
        assertThat(actief.status()).as(actief.toString()).isEqualTo(200);
        assertThat(new Persoon().logIn(Keycloak.REGISSEUR, null).status()).isEqualTo(200);
    }

    /**
     * What only a browser decides: after signing in at another site (Keycloak on localhost, the platform on
     * 127.0.0.1), the landing page takes the browser to {@code terug} with the SameSite=Strict session cookie. A
     * redirect straight from the callback would arrive without it (a redirect chain that began at another site does
     * not carry Strict cookies; see docs/decisions.md).
     */
    @Test
    @Order(10)
    void inEenEchteBrowserKomtDeSessiecookieMeeNaarHetTerugpad() throws Exception {
        Path webCfg = platform.home.resolve("config/nl.doorbraak.web.cfg");
        String origineel = Files.readString(webCfg);
        String publiek = "http://127.0.0.1:" + platform.poort;
        platform.schrijfConfig("nl.doorbraak.web.cfg", origineel + "\npubliekeUrl = " + publiek + "\n");
        try (Chromium chromium = Chromium.start()) {
            DuurzaamheidIT.wachtTot(() -> platform.api().get("/api/sso").json().path("results").path(0).path("start")
                    .asText().startsWith(publiek));
            var browser = chromium.driver;
            browser.get(publiek + "/api/sso/utrecht/start?terug=/api/sessies/huidig");
            assertThat(browser.getCurrentUrl()).startsWith(idp.issuer() + "/protocol/openid-connect/auth?");
            browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(Keycloak.TAFELLID);
            browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(Keycloak.WACHTWOORD);
            browser.findElement(org.openqa.selenium.By.id("kc-login")).click();
            long tot = System.nanoTime() + 30_000_000_000L;
            while (!browser.getCurrentUrl().equals(publiek + "/api/sessies/huidig") && System.nanoTime() < tot) {
                Platform.slaap(100);
            }
            assertThat(browser.getCurrentUrl()).isEqualTo(publiek + "/api/sessies/huidig");
            JsonNode sessie = Api.JSON.readTree(browser.findElement(org.openqa.selenium.By.tagName("body")).getText());
            assertThat(sessie.path("gebruiker").path("naam").asText()).isEqualTo("Tom Tafellid");
            assertThat(sessie.path("sso").path("uitloggen").asText()).isEqualTo(publiek + "/api/sso/uitloggen");
            org.openqa.selenium.Cookie c = browser.manage().getCookieNamed("DOORBRAAK_SESSIE");
            assertThat(c.getSameSite()).isEqualTo("Strict");
            assertThat(c.isHttpOnly()).isTrue();
        } finally {
            platform.schrijfConfig("nl.doorbraak.web.cfg", origineel);
            DuurzaamheidIT.wachtTot(() -> platform.api().get("/api/sso").json().path("results").path(0).path("start")
                    .asText().startsWith(platform.uri("/").toString()));
        }
    }

    @Test
    @Order(11)
    void deLogBevatGeenGeheimCodeOfToken() {
        String log = platform.log() + platform.uitvoer();
        assertThat(log).contains("SSO");
        assertThat(log).doesNotContain(Keycloak.CLIENT_SECRET).doesNotContain("eyJ");
        assertThat(log).doesNotContain("code_verifier").doesNotContain("id_token_hint");
    }
}
