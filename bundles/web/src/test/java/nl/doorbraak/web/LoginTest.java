package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.web.TestServer.Antw;
import nl.doorbraak.web.TestServer.Login;
import nl.doorbraak.web.sessie.Authenticatie;
import nl.doorbraak.web.sessie.Sessie;

/** Inloggen met cookie en CSRF-token, HTTP Basic met cache, uitloggen. */
class LoginTest {

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void inloggenMetJsonGeeftCookieEnCsrfToken() {
        Antw a = server.verzoek("POST", "/api/sessies", "{\"gebruikersnaam\":\"utrecht-regisseur\",\"wachtwoord\":\"demo\"}",
                "Content-Type", "application/json");
        assertThat(a.status()).isEqualTo(201);
        String setCookie = a.header("Set-Cookie");
        assertThat(setCookie).startsWith("DOORBRAAK_SESSIE=").contains("Path=/").contains("HttpOnly")
                .contains("SameSite=Strict");
        String token = TestServer.cookieWaarde(setCookie).orElseThrow();
        // 256 bits, base64url zonder opvulling
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        JsonNode j = a.json();
        assertThat(j.at("/gebruiker/gebruikersnaam").asText()).isEqualTo("utrecht-regisseur");
        assertThat(j.at("/gebruiker/gemeente").asText()).isEqualTo("utrecht");
        assertThat(j.at("/gebruiker/rollen/0").asText()).isEqualTo("casusregisseur");
        assertThat(j.get("csrfToken").asText()).hasSize(43);

        Antw huidig = server.get("/api/sessies/huidig", "Cookie", "DOORBRAAK_SESSIE=" + token);
        assertThat(huidig.status()).isEqualTo(200);
        assertThat(huidig.json().get("csrfToken").asText()).isEqualTo(j.get("csrfToken").asText());
    }

    @Test
    void inloggenMetFormulier() {
        Antw a = server.verzoek("POST", "/api/sessies", "gebruikersnaam=utrecht-beheerder&wachtwoord=demo",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(a.status()).isEqualTo(201);
        assertThat(a.json().at("/gebruiker/rollen/0").asText()).isEqualTo("gemeentebeheerder");

        Antw leeg = server.verzoek("POST", "/api/sessies", "gebruikersnaam=utrecht-beheerder", "Content-Type",
                "application/x-www-form-urlencoded");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.json().at("/invalidParams/0/name").asText()).isEqualTo("wachtwoord");
        assertThat(leeg.json().at("/invalidParams/0/code").asText()).isEqualTo("verplicht");
    }

    @Test
    void verkeerdWachtwoordEnOnbekendeGebruikerGevenDezelfde401() {
        Antw fout = server.verzoek("POST", "/api/sessies", "{\"gebruikersnaam\":\"utrecht-regisseur\",\"wachtwoord\":\"x\"}",
                "Content-Type", "application/json");
        Antw onbekend = server.verzoek("POST", "/api/sessies", "{\"gebruikersnaam\":\"niemand\",\"wachtwoord\":\"demo\"}",
                "Content-Type", "application/json");
        assertThat(fout.status()).isEqualTo(401);
        assertThat(onbekend.status()).isEqualTo(401);
        assertThat(fout.contentType()).startsWith("application/problem+json");
        assertThat(fout.json().get("detail")).isEqualTo(onbekend.json().get("detail"));
        assertThat(fout.header("Set-Cookie")).isNull();
    }

    @Test
    void onveiligeMethodeMetCookieVraagtCsrfToken() {
        Login login = server.login("utrecht-regisseur");
        String body = "{\"tafelId\":\"t-u1\",\"titel\":\"Huurschuld\",\"hulpvraag\":\"Ontruiming dreigt\"}";
        Antw zonder = server.verzoek("POST", "/api/gemeenten/utrecht/casussen", body, "Cookie", login.cookie(),
                "Content-Type", "application/json");
        assertThat(zonder.status()).isEqualTo(403);
        assertThat(zonder.json().get("detail").asText()).contains("X-CSRF-Token");

        Antw verkeerd = server.verzoek("POST", "/api/gemeenten/utrecht/casussen", body, "Cookie", login.cookie(),
                "Content-Type", "application/json", "X-CSRF-Token", "verzonnen");
        assertThat(verkeerd.status()).isEqualTo(403);

        Antw goed = server.verzoek("POST", "/api/gemeenten/utrecht/casussen", body, "Cookie", login.cookie(),
                "Content-Type", "application/json", "X-CSRF-Token", login.csrf());
        assertThat(goed.status()).isEqualTo(201);

        // GET met cookie heeft geen token nodig
        assertThat(server.get("/api/gemeenten/utrecht/casussen", "Cookie", login.cookie()).status()).isEqualTo(200);
    }

    @Test
    void basicZonderCsrfEnMetCache() {
        int voor = server.gebruikers.authenticaties.get();
        for (int i = 0; i < 5; i++) {
            assertThat(server.getAls("eindhoven-regisseur", "/api/gemeenten/eindhoven/casussen").status()).isEqualTo(200);
        }
        // de trage controle één keer; daarna uit de cache
        assertThat(server.gebruikers.authenticaties.get() - voor).isEqualTo(1);

        Antw post = server.jsonAls("utrecht-regisseur", "POST", "/api/gemeenten/utrecht/casussen",
                "{\"tafelId\":\"t-u1\",\"titel\":\"Via Basic\",\"hulpvraag\":\"Geen CSRF nodig\"}");
        assertThat(post.status()).isEqualTo(201);

        Antw huidig = server.getAls("eindhoven-regisseur", "/api/sessies/huidig");
        assertThat(huidig.status()).isEqualTo(200);
        assertThat(huidig.json().get("csrfToken").isNull()).isTrue();
    }

    @Test
    void mislukteBasicWordtNietOnthouden() {
        int voor = server.gebruikers.authenticaties.get();
        for (int i = 0; i < 3; i++) {
            Antw a = server.get("/api/gemeenten", "Authorization", TestServer.basic("utrecht-regisseur", "fout"));
            assertThat(a.status()).isEqualTo(401);
            assertThat(a.header("WWW-Authenticate")).startsWith("Basic");
        }
        assertThat(server.gebruikers.authenticaties.get() - voor).isEqualTo(3);
        assertThat(server.get("/api/gemeenten", "Authorization", "Basic !!!geen-base64").status()).isEqualTo(401);
        assertThat(server.get("/api/gemeenten", "Authorization", "Bearer abc").status()).isEqualTo(401);
    }

    @Test
    void nietIngelogd401() {
        Antw a = server.get("/api/gemeenten");
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.contentType()).startsWith("application/problem+json");
        // de eigen UI (X-Requested-With) krijgt geen Basic-uitdaging, dus geen inlogvenster van de browser
        assertThat(server.get("/api/gemeenten", "X-Requested-With", "fetch").header("WWW-Authenticate")).isNull();
        Antw onbekendeCookie = server.get("/api/gemeenten", "Cookie", "DOORBRAAK_SESSIE=bestaatniet");
        assertThat(onbekendeCookie.status()).isEqualTo(401);
        assertThat(onbekendeCookie.header("Set-Cookie")).contains("Max-Age=0");
    }

    @Test
    void uitloggen() {
        Login login = server.login("utrecht-tafellid");
        assertThat(server.verzoek("DELETE", "/api/sessies/huidig", null, "Cookie", login.cookie()).status())
                .isEqualTo(403);
        Antw uit = server.verzoek("DELETE", "/api/sessies/huidig", null, "Cookie", login.cookie(), "X-CSRF-Token",
                login.csrf());
        assertThat(uit.status()).isEqualTo(204);
        assertThat(uit.header("Set-Cookie")).contains("Max-Age=0");
        assertThat(server.get("/api/sessies/huidig", "Cookie", login.cookie()).status()).isEqualTo(401);
    }

    @Test
    void sessieVerlooptNaStilteEnNaDeMaximaleDuurOokAlsHijSteedsGebruiktWordt() {
        long minuut = 60_000_000_000L;
        long uur = 60 * minuut;
        Sessie s = new Sessie("k", "c", new Gebruiker("a", "A", "utrecht", Set.of(Rol.TAFELLID), null), false, 0);
        assertThat(s.verlopen(59 * minuut / 60, minuut, 12 * uur)).isFalse();
        assertThat(s.verlopen(61 * minuut / 60, minuut, 12 * uur)).isTrue();
        s.gebruikt(61 * minuut / 60);
        assertThat(s.verlopen(100 * minuut / 60, minuut, 12 * uur)).isFalse();
        // steeds gebruikt, elke halve minuut, tot voorbij de maximale duur
        for (long t = 0; t <= 12 * uur; t += minuut / 2) {
            s.gebruikt(t);
        }
        assertThat(s.verlopen(12 * uur, minuut, 12 * uur)).isFalse();
        assertThat(s.verlopen(12 * uur + minuut / 2, minuut, 12 * uur)).isTrue();
    }

    @Test
    void cookieUitHeaderZonderCookieObjecten() {
        assertThat(Authenticatie.setCookie("abc", true)).endsWith("; Secure");
        assertThat(Authenticatie.gelijk("a", "a")).isTrue();
        assertThat(Authenticatie.gelijk("a", null)).isFalse();
    }
}
