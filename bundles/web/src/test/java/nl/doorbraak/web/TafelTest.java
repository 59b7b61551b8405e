package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.doorbraak.web.TestServer.Antw;

/** Tafels: lezen voor wie aan tafels werkt, aanmaken en wijzigen door de gemeentebeheerder. */
class TafelTest {

    static TestServer server;
    static final String TAFELS = "/api/gemeenten/utrecht/tafels";

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void lezenPerRol() {
        for (String g : new String[] { "utrecht-regisseur", "utrecht-tafellid", "utrecht-beheerder" }) {
            Antw a = server.getAls(g, TAFELS);
            assertThat(a.status()).as(g).isEqualTo(200);
            assertThat(a.json().get("results").size()).isGreaterThanOrEqualTo(2);
        }
        assertThat(server.getAls("leeuwarden-transformaatje", "/api/gemeenten/leeuwarden/tafels").status())
                .isEqualTo(200);
        assertThat(server.getAls("eindhoven-regisseur", TAFELS).status()).isEqualTo(404);
        Antw een = server.getAls("utrecht-tafellid", TAFELS + "/t-u1");
        assertThat(een.status()).isEqualTo(200);
        assertThat(een.header("ETag")).isEqualTo("\"1\"");
        assertThat(een.json().get("naam").asText()).isEqualTo("Doorbraaktafel Utrecht Noord");
        assertThat(server.getAls("utrecht-tafellid", TAFELS + "/t-l1").status()).isEqualTo(404);
    }

    @Test
    void aanmakenEnWijzigenAlleenDoorGemeentebeheerder() {
        String nieuw = """
                {"naam":"Ondernemerstafel","variant":"utrecht-ondernemers","deelnemers":[
                 {"naam":"Sanne","organisatie":"Werk & Inkomen","mandaat":"Schuld kwijtschelden","mandaatBedrag":2500.50}]}""";
        assertThat(server.jsonAls("utrecht-regisseur", "POST", TAFELS, nieuw).status()).isEqualTo(403);
        Antw a = server.jsonAls("utrecht-beheerder", "POST", TAFELS, nieuw);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        JsonNode t = a.json();
        assertThat(a.header("Location")).endsWith(TAFELS + "/" + t.get("id").asText());
        assertThat(t.at("/deelnemers/0/mandaatBedrag").decimalValue()).isEqualByComparingTo("2500.50");
        assertThat(t.get("variant").asText()).isEqualTo("utrecht-ondernemers");

        String pad = TAFELS + "/" + t.get("id").asText();
        String wijzig = "{\"naam\":\"Ondernemerstafel Oost\",\"variant\":\"utrecht-ondernemers\"}";
        assertThat(server.jsonAls("utrecht-beheerder", "PUT", pad, wijzig).status()).isEqualTo(428);
        Antw put = server.jsonAls("utrecht-beheerder", "PUT", pad, wijzig, "If-Match", "\"1\"");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("naam").asText()).isEqualTo("Ondernemerstafel Oost");
        assertThat(put.header("ETag")).isEqualTo("\"2\"");
        assertThat(server.jsonAls("utrecht-beheerder", "PUT", pad, wijzig, "If-Match", "\"1\"").status()).isEqualTo(409);
        assertThat(server.jsonAls("utrecht-tafellid", "PUT", pad, wijzig, "If-Match", "\"2\"").status()).isEqualTo(403);
    }

    @Test
    void ongeldigeTafel() {
        Antw a = server.jsonAls("utrecht-beheerder", "POST", TAFELS,
                "{\"naam\":\"\",\"deelnemers\":[{\"naam\":\"X\",\"mandaatBedrag\":\"veel\"}, 3]}");
        assertThat(a.status()).isEqualTo(400);
        String fouten = a.json().get("invalidParams").toString();
        assertThat(fouten).contains("\"name\":\"naam\"").contains("\"name\":\"variant\"")
                .contains("\"name\":\"deelnemers[0].organisatie\"").contains("\"name\":\"deelnemers[0].mandaatBedrag\"")
                .contains("\"name\":\"deelnemers[1]\"");
        Antw variant = server.jsonAls("utrecht-beheerder", "POST", TAFELS, "{\"naam\":\"X\",\"variant\":\"onbekend\"}");
        assertThat(variant.status()).isEqualTo(400);
        assertThat(variant.json().at("/invalidParams/0/name").asText()).isEqualTo("variant");
    }
}
