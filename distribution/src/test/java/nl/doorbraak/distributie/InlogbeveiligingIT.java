package nl.doorbraak.distributie;

import static nl.doorbraak.distributie.CasusApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
 * Brute force and enumeration against the real platform (demo accounts): failed logins slow down, then lock, per
 * account and per client address; an unknown name gets exactly the answers an existing one gets; a beheerder sees
 * and lifts a lock.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InlogbeveiligingIT {

    static Platform platform;

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** Eight wrong logins, waiting as long as Retry-After asks before a lock; each answer as status/Retry-After. */
    private static List<String> pogingen(String naam) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Api.Antwoord a = platform.api().login(naam, "verkeerd wachtwoord " + i);
            assertThat(a.contentType()).startsWith("application/problem+json");
            String retry = a.header("Retry-After");
            l.add(a.status() + "/" + (retry == null ? "-" : Integer.parseInt(retry) > 60 ? "lang" : retry));
            if (a.status() == 429 && Integer.parseInt(retry) <= 60) {
                Platform.slaap(Integer.parseInt(retry) * 1000L + 100);
            }
        }
        return l;
    }

    @Test
    @Order(1)
    void misluktePogingenVertragenEnBlokkerenEnEenOnbekendeNaamMerktHetzelfde() {
        List<String> bestaand = pogingen("leeuwarden-transformaatje");
        assertThat(bestaand).containsExactly("401/-", "401/-", "401/-", "429/1", "401/-", "429/2", "401/-", "429/lang");
        assertThat(pogingen("bestaat-niet-op-dit-platform")).isEqualTo(bestaand);
        Api.Antwoord blok = platform.api().login("leeuwarden-transformaatje", "demo");
        assertProblem(blok, 429);
        assertThat(Integer.parseInt(blok.header("Retry-After"))).isBetween(14 * 60, 15 * 60);
        assertThat(blok.json().path("detail").asText()).contains("Te veel mislukte");
        // Basic is counted the same way
        assertProblem(platform.api().als("leeuwarden-transformaatje").get("/api/gemeenten"), 429);
    }

    @Test
    @Order(2)
    void deBeheerderZietDeBlokkadeEnHeftHemOp() {
        Api beheerder = platform.api().als("utrecht-beheerder");
        // not hers: another gemeente
        assertProblem(beheerder.delete("/api/gemeenten/leeuwarden/gebruikers/leeuwarden-transformaatje/blokkade"), 404);
        Api platformbeheerder = platform.api().als("platformbeheerder");
        // a transformaatje has rights on casus work: the platformbeheerder sees it, but does not lift it
        JsonNode lijst = platformbeheerder.get("/api/gemeenten/leeuwarden/gebruikers?geblokkeerd=true").json();
        assertThat(lijst.path("results")).extracting(r -> r.path("gebruikersnaam").asText())
                .containsExactly("leeuwarden-transformaatje");
        assertThat(lijst.path("results").get(0).path("mislukt").asInt()).isEqualTo(5);
        assertThat(lijst.path("results").get(0).path("geblokkeerdTot").asText()).isNotEmpty();
        assertProblem(platformbeheerder.delete(
                "/api/gemeenten/leeuwarden/gebruikers/leeuwarden-transformaatje/blokkade"), 403);
        // the gemeentebeheerder of leeuwarden does; here: give leeuwarden one through the platformbeheerder
        Api.Antwoord nieuw = platformbeheerder.post("/api/gemeenten/leeuwarden/gebruikers", Map.of("gebruikersnaam",
                "lies.leeuwarden", "naam", "Lies", "rollen", List.of("gemeentebeheerder")));
        assertThat(platform.api().post("/api/account/herstel", Map.of("gebruikersnaam", "lies.leeuwarden", "code",
                nieuw.json().path("code").path("code").asText(), "nieuwWachtwoord", "lies heft blokkades op"))
                .status()).isEqualTo(204);
        Api lies = platform.api().als("lies.leeuwarden", "lies heft blokkades op");
        Api.Antwoord op = lies.delete("/api/gemeenten/leeuwarden/gebruikers/leeuwarden-transformaatje/blokkade");
        assertThat(op.status()).as(op.body()).isEqualTo(200);
        assertThat(op.json().path("geblokkeerdTot").isNull()).isTrue();
        assertThat(platform.api().login("leeuwarden-transformaatje", "demo").status()).isEqualTo(201);
        assertThat(lies.get("/api/gemeenten/leeuwarden/gebruikers/leeuwarden-transformaatje/audittrail").json()
                .path("results").get(0).path("actie").asText()).isEqualTo("gedeblokkeerd");
    }

    @Test
    @Order(3)
    void vanEenAdresMetTeVeelMislukkingenKanNiemandMeerInloggenTotDePlatformbeheerderHetOpheft() {
        Api platformbeheerder = platform.api();
        assertThat(platformbeheerder.login("platformbeheerder", "demo").status()).isEqualTo(201);
        // start from a clean count: the tests above failed from this address too
        for (JsonNode b : platformbeheerder.get("/api/platform/blokkades").json().path("results")) {
            assertThat(platformbeheerder.delete("/api/platform/blokkades/" + b.path("adres").asText()).status())
                    .isEqualTo(204);
        }
        int poging = 0;
        Api.Antwoord a;
        do {
            // another name every time: no single account is slowed down, only the address adds up
            a = platform.api().login("gok-" + poging++, "raden");
        } while (a.status() == 401 && poging < 100);
        assertProblem(a, 429);
        assertThat(poging).isEqualTo(21);
        // now even a right password from this address waits
        assertProblem(platform.api().login("utrecht-regisseur", "demo"), 429);
        JsonNode blokkades = platformbeheerder.get("/api/platform/blokkades").json();
        assertThat(blokkades.path("results")).anySatisfy(b -> {
            assertThat(b.path("mislukt").asInt()).isEqualTo(20);
            assertThat(b.path("geblokkeerdTot").asText()).isNotEmpty();
        });
        String adres = blokkades.path("results").get(0).path("adres").asText();
        assertProblem(platform.api().als("eindhoven-regisseur").get("/api/gemeenten"), 429);
        assertThat(platformbeheerder.delete("/api/platform/blokkades/" + adres).status()).isEqualTo(204);
        assertThat(platform.api().login("utrecht-regisseur", "demo").status()).isEqualTo(201);
        assertProblem(platformbeheerder.delete("/api/platform/blokkades/" + adres), 404);
    }

    @Test
    @Order(4)
    void eenSessieVerlooptNaDeMaximaleDuurOokAlsHijSteedsGebruiktWordt() {
        String origineel = leesConfig();
        platform.schrijfConfig("nl.doorbraak.web.cfg", origineel + "\nsessieMaxMinuten = 1\n");
        try {
            Platform.slaap(2000); // FileInstall and ConfigAdmin
            Api browser = platform.api();
            assertThat(browser.login("eindhoven-regisseur", "demo").status()).isEqualTo(201);
            long start = System.nanoTime();
            int gelukt = 0;
            Api.Antwoord a;
            // every 5 s a request: never idle, yet after a minute the session is gone
            while ((a = browser.get("/api/sessies/huidig")).status() == 200) {
                gelukt++;
                assertThat(System.nanoTime() - start).as("sessie nog geldig na 90 s").isLessThan(90_000_000_000L);
                Platform.slaap(5000);
            }
            assertProblem(a, 401);
            assertThat(gelukt).as("de sessie werkte een minuut").isGreaterThanOrEqualTo(10);
            assertThat(a.json().path("detail").asText()).contains("verlopen");
        } finally {
            platform.schrijfConfig("nl.doorbraak.web.cfg", origineel);
        }
    }

    private static String leesConfig() {
        try {
            return java.nio.file.Files.readString(platform.home.resolve("config/nl.doorbraak.web.cfg"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
