package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.doorbraak.api.domein.Wisresultaat;
import nl.doorbraak.api.service.BewaartermijnService;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.web.TestServer.Antw;

/** De bewaartermijn over HTTP: wie mag, proef of echt, en dat het de core is die het doet (in wiens naam). */
class BewaartermijnRouteTest {

    static TestServer server;
    static final Nep nep = new Nep();

    /** Onthoudt elke aanroep; de core zelf toetst hetzelfde nog eens (BewaartermijnTest in bundles/core). */
    static final class Nep implements BewaartermijnService {
        final List<String> aanroepen = new CopyOnWriteArrayList<>();

        @Override
        public List<Wisresultaat> voerUit(Namens namens, String gemeente, boolean proef) {
            aanroepen.add(namens.gebruiker().gebruikersnaam() + " " + gemeente + " " + proef);
            List<String> gemeenten = gemeente == null ? List.of("eindhoven", "leeuwarden", "utrecht") : List.of(gemeente);
            return gemeenten.stream().map(g -> new Wisresultaat(g, 24, Instant.parse("2024-12-07T00:00:00Z"),
                    proef ? 3 : 2, 1, proef)).toList();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
        server.servlet.bindBewaartermijnService(nep);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @BeforeEach
    void leeg() {
        nep.aanroepen.clear();
    }

    @Test
    void deGemeentebeheerderTeltEnWistVoorZijnGemeente() {
        Antw proef = server.jsonAls("utrecht-beheerder", "POST", "/api/gemeenten/utrecht/bewaartermijn?proef=true", null);
        assertThat(proef.status()).as(proef.body()).isEqualTo(200);
        JsonNode j = proef.json();
        assertThat(j.path("count").asInt()).isEqualTo(1);
        assertThat(j.at("/results/0/gemeente").asText()).isEqualTo("utrecht");
        assertThat(j.at("/results/0/casussen").asInt()).isEqualTo(3);
        assertThat(j.at("/results/0/proef").asBoolean()).isTrue();
        assertThat(j.at("/results/0/grens").asText()).isEqualTo("2024-12-07T00:00:00Z");

        Antw echt = server.jsonAls("utrecht-beheerder", "POST", "/api/gemeenten/utrecht/bewaartermijn", null);
        assertThat(echt.status()).isEqualTo(200);
        assertThat(echt.json().at("/results/0/proef").asBoolean()).isFalse();
        assertThat(nep.aanroepen).containsExactly("utrecht-beheerder utrecht true", "utrecht-beheerder utrecht false");
    }

    @Test
    void dePlatformbeheerderMagElkeGemeenteEnAlleTegelijk() {
        assertThat(server.jsonAls("platformbeheerder", "POST", "/api/gemeenten/leeuwarden/bewaartermijn?proef=true",
                null).status()).isEqualTo(200);
        Antw alle = server.jsonAls("platformbeheerder", "POST", "/api/platform/bewaartermijn?proef=false", null);
        assertThat(alle.status()).isEqualTo(200);
        assertThat(alle.json().path("count").asInt()).isEqualTo(3);
        assertThat(nep.aanroepen).containsExactly("platformbeheerder leeuwarden true", "platformbeheerder null false");
    }

    @Test
    void andereRollenEnAndereGemeentenNiet() {
        assertThat(server.jsonAls("utrecht-beheerder", "POST", "/api/gemeenten/leeuwarden/bewaartermijn", null)
                .status()).isEqualTo(404);
        Antw regisseur = server.jsonAls("utrecht-regisseur", "POST", "/api/gemeenten/utrecht/bewaartermijn", null);
        assertThat(regisseur.status()).isEqualTo(403);
        assertThat(regisseur.json().path("detail").asText()).isEqualTo("Uw rol geeft geen toegang tot de bewaartermijn.");
        assertThat(server.jsonAls("utrecht-beheerder", "POST", "/api/platform/bewaartermijn", null).status())
                .isEqualTo(403);
        assertThat(server.verzoek("POST", "/api/platform/bewaartermijn", null).status()).isEqualTo(401);
        assertThat(nep.aanroepen).isEmpty();
    }

    @Test
    void proefIsTrueOfFalse() {
        Antw a = server.jsonAls("utrecht-beheerder", "POST", "/api/gemeenten/utrecht/bewaartermijn?proef=ja", null);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().at("/invalidParams/0/name").asText()).isEqualTo("proef");
        assertThat(nep.aanroepen).isEmpty();
    }
}
