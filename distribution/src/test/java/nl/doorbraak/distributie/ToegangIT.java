package nl.doorbraak.distributie;

import static nl.doorbraak.distributie.CasusApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Login, roles and the wall between gemeenten, over HTTP. */
class ToegangIT {

    static Platform platform;

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void withoutLoginIs401() {
        assertProblem(platform.api().get("/api/gemeenten/utrecht/casussen"), 401);
        assertProblem(platform.api().get("/api/gemeenten"), 401);
    }

    @Test
    void wrongPasswordIs401ForExistingAndUnknownUsersAlike() {
        // an account the other tests here do not log in with: after three failures in a row the next one waits
        // (InlogbeveiligingIT), and the other tests should not have to
        Api.Antwoord bestaand = platform.api().login("rijk-szw", "fout");
        Api.Antwoord onbekend = platform.api().login("niemand", "fout");
        assertProblem(bestaand, 401);
        assertProblem(onbekend, 401);
        assertThat(bestaand.json().path("detail").asText()).isEqualTo(onbekend.json().path("detail").asText());
        assertProblem(platform.api().als("rijk-szw", "fout").get("/api/gemeenten"), 401);
    }

    @Test
    void anotherGemeentesDataIs404() {
        Api leeuwarden = platform.api().als("leeuwarden-regisseur");
        Api utrecht = platform.api().als("utrecht-regisseur");
        String casus = utrecht.get("/api/gemeenten/utrecht/casussen").json().path("results").get(0).path("id").asText();
        assertProblem(leeuwarden.get("/api/gemeenten/utrecht/casussen"), 404);
        assertProblem(leeuwarden.get("/api/gemeenten/utrecht/casussen/" + casus), 404);
        assertProblem(leeuwarden.get("/api/gemeenten/utrecht/tafels"), 404);
        // the same answer as for a gemeente that does not exist at all
        assertProblem(leeuwarden.get("/api/gemeenten/atlantis/casussen"), 404);
        assertThat(leeuwarden.get("/api/gemeenten").json().path("results").size()).isEqualTo(1);
    }

    @Test
    void roleWithoutRightIs403() {
        // the gemeentebeheerder manages tafels and users, not casus contents
        assertProblem(platform.api().als("utrecht-beheerder").get("/api/gemeenten/utrecht/casussen"), 403);
        // a casusregisseur does not manage tafels
        Api.Antwoord a = platform.api().als("utrecht-regisseur").post("/api/gemeenten/utrecht/tafels",
                Map.of("naam", "Eigen tafel", "variant", "standaard", "deelnemers", java.util.List.of()));
        assertProblem(a, 403);
    }

    @Test
    void tafellidSeesOnlyCasussenOfItsOwnTafels() {
        Api regisseur = platform.api().als("utrecht-regisseur");
        Api tafellid = platform.api().als("utrecht-tafellid");
        int alle = regisseur.get("/api/gemeenten/utrecht/casussen?pageSize=100").json().path("count").asInt();
        var eigen = tafellid.get("/api/gemeenten/utrecht/casussen?pageSize=100").json();
        assertThat(eigen.path("count").asInt()).isPositive().isLessThan(alle);
        String tafel = eigen.path("results").get(0).path("tafelId").asText();
        eigen.path("results").forEach(c -> assertThat(c.path("tafelId").asText()).isEqualTo(tafel));
        for (var c : regisseur.get("/api/gemeenten/utrecht/casussen?pageSize=100").json().path("results")) {
            if (!c.path("tafelId").asText().equals(tafel)) {
                assertProblem(tafellid.get("/api/gemeenten/utrecht/casussen/" + c.path("id").asText()), 404);
                break;
            }
        }
    }

    @Test
    void cookieSessionNeedsCsrfTokenForChanges() {
        Api browser = platform.api();
        assertThat(browser.login("utrecht-regisseur", "demo").status()).isEqualTo(201);
        String tafel = browser.get("/api/gemeenten/utrecht/tafels").json().path("results").get(0).path("id").asText();
        Map<String, Object> casus = Map.of("tafelId", tafel, "titel", "Via de browser", "hulpvraag",
                "DUO-schuld en CJIB-boete stapelen zich op", "variantData", Map.of("urgentie", "normaal"));
        assertThat(browser.post("/api/gemeenten/utrecht/casussen", casus).status()).isEqualTo(201);
        assertProblem(browser.zonderCsrf().post("/api/gemeenten/utrecht/casussen", casus), 403);
    }

    @Test
    void logoutEndsTheSession() {
        Api browser = platform.api();
        browser.login("eindhoven-regisseur", "demo");
        assertThat(browser.get("/api/sessies/huidig").status()).isEqualTo(200);
        assertThat(browser.verstuur(browser.request("/api/sessies/huidig").DELETE(), Map.of()).status())
                .isBetween(200, 204);
        assertProblem(browser.get("/api/gemeenten"), 401);
    }

    @Test
    void demoAccountsAreRefusedWhenNotStartedWithDemo() {
        platform.stop();
        try {
            platform.zonderDemo().start();
            assertProblem(platform.api().login("utrecht-regisseur", "demo"), 401);
            assertProblem(platform.api().als("platformbeheerder").get("/api/gemeenten"), 401);
        } finally {
            platform.stop();
            platform.metDemo().start();
        }
    }
}
