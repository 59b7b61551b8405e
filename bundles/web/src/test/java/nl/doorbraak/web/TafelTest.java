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
    void eenDeelnemerUitDeKorteLijnenInEnUitJson() {
        String kok = server.jsonAls("utrecht-beheerder", "POST", "/api/gemeenten/utrecht/contacten", """
                {"organisatie":"CJIB","naam":"Peter Kok","telefoon":"058-233 2301"}""").json().get("id").asText();
        Antw a = server.jsonAls("utrecht-beheerder", "POST", TAFELS, """
                {"naam":"Tafel met korte lijnen","variant":"standaard","deelnemers":[
                 {"contactId":"%s"},
                 {"naam":"Sanne","organisatie":"Werk & Inkomen"}]}""".formatted(kok));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        JsonNode d = a.json().get("deelnemers");
        assertThat(d.at("/0/contactId").asText()).isEqualTo(kok);
        assertThat(d.at("/0/naam").asText()).isEqualTo("Peter Kok");
        assertThat(d.at("/0/organisatie").asText()).isEqualTo("CJIB");
        // always there, null for a deelnemer who is not in the korte lijnen
        assertThat(d.get(1).has("contactId")).isTrue();
        assertThat(d.at("/1/contactId").isNull()).isTrue();
        String pad = TAFELS + "/" + a.json().get("id").asText();
        assertThat(server.getAls("utrecht-tafellid", pad).json().at("/deelnemers/0/contactId").asText()).isEqualTo(kok);

        // a GET comes back in a PUT unchanged, contactId included
        Antw put = server.jsonAls("utrecht-beheerder", "PUT", pad, a.body(), "If-Match", "\"1\"");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("deelnemers")).isEqualTo(d);

        // where does Peter Kok sit: every role of the gemeente may ask; another gemeente gets 404
        Antw waar = server.getAls("utrecht-tafellid", "/api/gemeenten/utrecht/contacten/" + kok + "/tafels");
        assertThat(waar.status()).as(waar.body()).isEqualTo(200);
        assertThat(waar.json().get("count").asInt()).isEqualTo(1);
        assertThat(waar.json().at("/results/0/id").asText()).isEqualTo(a.json().get("id").asText());
        assertThat(waar.json().at("/results/0/naam").asText()).isEqualTo("Tafel met korte lijnen");
        assertThat(server.getAls("leeuwarden-regisseur", "/api/gemeenten/leeuwarden/contacten/" + kok + "/tafels")
                .status()).isEqualTo(404);
        assertThat(server.getAls("utrecht-regisseur", "/api/gemeenten/utrecht/contacten/bestaat-niet/tafels")
                .status()).isEqualTo(404);
        assertThat(server.getAls("platformbeheerder", "/api/gemeenten/utrecht/contacten/" + kok + "/tafels")
                .status()).isEqualTo(403);

        JsonNode schemas = server.get("/api/openapi.json").json().at("/components/schemas");
        assertThat(schemas.at("/Deelnemer/properties/contactId/nullable").asBoolean()).isTrue();
        assertThat(schemas.at("/NieuweTafel/properties/deelnemers/items/$ref").asText())
                .isEqualTo("#/components/schemas/NieuweDeelnemer");
        assertThat(schemas.at("/NieuweDeelnemer/required").isMissingNode()).isTrue();
    }

    @Test
    void eenOnbekendContactAanTafelIs400MetHetIdInDeMelding() {
        Antw a = server.jsonAls("utrecht-beheerder", "POST", TAFELS, """
                {"naam":"Tafel","variant":"standaard","deelnemers":[{"contactId":"c-weg"}]}""");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().get("detail").asText()).contains("Contact 'c-weg' bestaat niet in deze gemeente");
        assertThat(a.json().at("/invalidParams/0/name").asText()).isEqualTo("deelnemers.0.contactId");
        assertThat(a.json().at("/invalidParams/0/code").asText()).isEqualTo("onbekend");

        // without a contactId naam and organisatie are required, as before; a contactId must be text
        Antw zonder = server.jsonAls("utrecht-beheerder", "POST", TAFELS, """
                {"naam":"Tafel","variant":"standaard","deelnemers":[{"mandaat":"x"},{"contactId":7}]}""");
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(zonder.json().get("invalidParams").findValuesAsText("name")).containsExactlyInAnyOrder(
                "deelnemers.0.naam", "deelnemers.0.organisatie", "deelnemers.1.contactId",
                "deelnemers.1.naam", "deelnemers.1.organisatie");
    }

    @Test
    void ongeldigeTafel() {
        Antw a = server.jsonAls("utrecht-beheerder", "POST", TAFELS,
                "{\"naam\":\"\",\"deelnemers\":[{\"naam\":\"X\",\"mandaatBedrag\":\"veel\"}, 3]}");
        assertThat(a.status()).isEqualTo(400);
        String fouten = a.json().get("invalidParams").toString();
        assertThat(fouten).contains("\"name\":\"naam\"").contains("\"name\":\"variant\"")
                .contains("\"name\":\"deelnemers.0.organisatie\"").contains("\"name\":\"deelnemers.0.mandaatBedrag\"")
                .contains("\"name\":\"deelnemers.1\"");
        Antw variant = server.jsonAls("utrecht-beheerder", "POST", TAFELS, "{\"naam\":\"X\",\"variant\":\"onbekend\"}");
        assertThat(variant.status()).isEqualTo(400);
        assertThat(variant.json().at("/invalidParams/0/name").asText()).isEqualTo("variant");
    }
}
