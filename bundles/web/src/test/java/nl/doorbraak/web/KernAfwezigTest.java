package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.doorbraak.web.TestServer.Antw;

/** Zonder core blijft de web-bundle staan: health DOWN, verder 503 met Retry-After; komt de core terug, dan werkt alles. */
class KernAfwezigTest {

    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer(new Instellingen(65536, 60, 720, 1000, 4, 60), false);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void zonderKern503() {
        Antw health = server.get("/api/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().get("status").asText()).isEqualTo("DOWN");
        assertThat(health.json().at("/componenten/core").asText()).isEqualTo("DOWN");
        assertThat(health.json().at("/componenten/web").asText()).isEqualTo("UP");

        assertThat(server.get("/api/openapi.json").status()).isEqualTo(200);

        Antw login = server.verzoek("POST", "/api/sessies", "{\"gebruikersnaam\":\"a\",\"wachtwoord\":\"b\"}",
                "Content-Type", "application/json");
        assertThat(login.status()).isEqualTo(503);
        assertThat(login.header("Retry-After")).isEqualTo("4");
        assertThat(login.contentType()).startsWith("application/problem+json");
        assertThat(server.getAls("utrecht-regisseur", "/api/gemeenten").status()).isEqualTo(503);
    }

    @Test
    void coreDieWordtVervangenWachtKort() throws Exception {
        server.bindKern();
        assertThat(server.getAls("utrecht-regisseur", "/api/gemeenten/utrecht/casussen").status()).isEqualTo(200);
        server.ontbindKern();
        CompletableFuture<Antw> bezig = server.verzoekAsync("GET", "/api/gemeenten/utrecht/tafels", "Authorization",
                TestServer.basic("utrecht-regisseur"));
        Thread.sleep(200);
        server.bindKern();
        assertThat(bezig.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(server.get("/api/health").status()).isEqualTo(200);
    }

    @Test
    void greedyVervangingOntbindtNietDeNieuwe() {
        Nep.Casussen nieuw = new Nep.Casussen(server.tafels);
        server.bindKern();
        // SCR bij een betere service: eerst bind(nieuw), dan unbind(oud)
        server.servlet.bindCasusService(nieuw);
        server.servlet.unbindCasusService(server.casussen);
        assertThat(server.omgeving().casussen.huidig()).isSameAs(nieuw);
    }
}
