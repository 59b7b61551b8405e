package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.doorbraak.api.domein.ContactFunctie;
import nl.doorbraak.web.TestServer.Antw;

/** Contacten (korte lijnen): lezen voor iedere rol van de gemeente, wijzigen door beheerder en regisseur. */
class ContactTest {

    static TestServer server;
    static final String CONTACTEN = "/api/gemeenten/utrecht/contacten";
    static final String B = "utrecht-beheerder";

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static Antw maak(String gebruiker, String naam) {
        return server.jsonAls(gebruiker, "POST", CONTACTEN, """
                {"organisatie":"CJIB","naam":"%s","rol":"teamleider incasso","mandaat":"Invordering opschorten",
                 "mandaatBedrag":2500,"wijk":"Overvecht","telefoon":"06-12345678","email":"p.kok@cjib.nl",
                 "trekker":true,"aanjager":false,"onderwerp":"boetes"}""".formatted(naam));
    }

    @Test
    void aanmakenLezenEnWijzigenMetIfMatch() {
        Antw a = maak(B, "Peter Kok");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        JsonNode k = a.json();
        String id = k.get("id").asText();
        assertThat(a.header("Location")).isEqualTo(server.publiek + CONTACTEN + "/" + id);
        assertThat(a.header("ETag")).isEqualTo("\"1\"");
        assertThat(k.get("mandaatBedrag").decimalValue()).isEqualByComparingTo("2500");
        assertThat(k.get("trekker").asBoolean()).isTrue();
        assertThat(k.get("aanjager").asBoolean()).isFalse();
        assertThat(k.get("actief").asBoolean()).isTrue();
        assertThat(k.get("email").asText()).isEqualTo("p.kok@cjib.nl");

        // every role of the gemeente reads
        for (String g : new String[] { "utrecht-regisseur", "utrecht-tafellid", B }) {
            assertThat(server.getAls(g, CONTACTEN + "/" + id).json()).as(g).isEqualTo(k);
        }
        assertThat(server.get(CONTACTEN + "/" + id, "Authorization", TestServer.basic(B), "If-None-Match", "\"1\"")
                .status()).isEqualTo(304);

        String pad = CONTACTEN + "/" + id;
        assertThat(server.jsonAls(B, "PUT", pad, "{\"organisatie\":\"CJIB\",\"naam\":\"P. Kok\"}").status())
                .isEqualTo(428);
        // round trip GET → PUT: read-only fields may come back
        String terug = k.toString().replace("\"Peter Kok\"", "\"P. Kok\"");
        Antw gewijzigd = server.jsonAls("utrecht-regisseur", "PUT", pad, terug, "If-Match", "\"1\"");
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);
        assertThat(gewijzigd.header("ETag")).isEqualTo("\"2\"");
        assertThat(gewijzigd.json().get("naam").asText()).isEqualTo("P. Kok");
        Antw oud = server.jsonAls(B, "PUT", pad, terug, "If-Match", "\"1\"");
        assertThat(oud.status()).isEqualTo(409);
        assertThat(oud.contentType()).startsWith("application/problem+json");
    }

    @Test
    void deactiverenHoudtHetContactLeesbaar() {
        String id = maak(B, "Vertrekt binnenkort").json().get("id").asText();
        Antw weg = server.verzoek("DELETE", CONTACTEN + "/" + id, null, "Authorization", TestServer.basic(B));
        assertThat(weg.status()).as(weg.body()).isEqualTo(200);
        assertThat(weg.json().get("actief").asBoolean()).isFalse();
        assertThat(server.getAls("utrecht-tafellid", CONTACTEN + "/" + id).json().get("actief").asBoolean()).isFalse();
        assertThat(server.verzoek("DELETE", CONTACTEN + "/" + id, null, "Authorization", TestServer.basic(B),
                "If-Match", "\"1\"").status()).isEqualTo(409);
        // a tafellid may read, not change
        assertThat(server.verzoek("DELETE", CONTACTEN + "/" + id, null, "Authorization",
                TestServer.basic("utrecht-tafellid")).status()).isEqualTo(403);
    }

    @Test
    void lijstFilterIsDoorgegevenEnFoutenZijn400() {
        maak(B, "Lijstpersoon");
        Antw a = server.getAls("utrecht-tafellid", CONTACTEN + "?organisatie=CJIB&wijk=Overvecht&q=lijst"
                + "&functie=trekker&actief=alle&pageSize=1");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().get("results").size()).isEqualTo(1);
        var f = server.contacten.laatsteFilter;
        assertThat(f.organisatie()).isEqualTo("CJIB");
        assertThat(f.wijk()).isEqualTo("Overvecht");
        assertThat(f.tekst()).isEqualTo("lijst");
        assertThat(f.functie()).isEqualTo(ContactFunctie.TREKKER);
        assertThat(f.actief()).isNull();
        server.getAls(B, CONTACTEN);
        assertThat(server.contacten.laatsteFilter.actief()).isTrue();

        Antw fout = server.getAls(B, CONTACTEN + "?functie=baas");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.json().at("/invalidParams/0/name").asText()).isEqualTo("functie");
        assertThat(server.getAls(B, CONTACTEN + "?actief=misschien").status()).isEqualTo(400);
    }

    @Test
    void trekkersEnAanjagersOverzicht() {
        maak(B, "Trekker Overvecht");
        Antw a = server.getAls("utrecht-tafellid", CONTACTEN + "/trekkers");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode groep = a.json().at("/results/0");
        assertThat(groep.get("organisatie").asText()).isEqualTo("CJIB");
        assertThat(groep.get("wijk").asText()).isEqualTo("Overvecht");
        assertThat(groep.get("trekkers").size()).isPositive();
        assertThat(groep.get("aanjagers").isArray()).isTrue();
    }

    @Test
    void invoerfoutenAllemaalTegelijk() {
        Antw a = server.jsonAls(B, "POST", CONTACTEN, """
                {"naam":42,"trekker":"ja","mandaatBedrag":"veel","id":"zelf","kleur":"rood"}""");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().get("invalidParams").findValuesAsText("name")).containsExactlyInAnyOrder("kleur", "id",
                "organisatie", "naam", "mandaatBedrag", "trekker");
        // the service's own checks come through as invalidParams too
        Antw onbereikbaar = server.jsonAls(B, "POST", CONTACTEN, "{\"organisatie\":\"UWV\",\"naam\":\"Sandra\"}");
        assertThat(onbereikbaar.status()).isEqualTo(400);
        assertThat(onbereikbaar.json().at("/invalidParams/0/name").asText()).isEqualTo("telefoon");
    }

    @Test
    void rollenEnGemeenten() {
        // tafellid and transformaatje read but do not change
        assertThat(maak("utrecht-tafellid", "X").status()).isEqualTo(403);
        assertThat(server.jsonAls("leeuwarden-transformaatje", "POST", "/api/gemeenten/leeuwarden/contacten",
                "{\"organisatie\":\"Wijkteam\",\"naam\":\"X\",\"telefoon\":\"0582332323\"}").status()).isEqualTo(403);
        assertThat(server.getAls("leeuwarden-transformaatje", "/api/gemeenten/leeuwarden/contacten").status())
                .isEqualTo(200);
        // the casusregisseur changes too
        assertThat(maak("utrecht-regisseur", "Door de regisseur").status()).isEqualTo(201);
        // another gemeente: 404, also for a contact id that exists
        String id = maak(B, "Alleen Utrecht").json().get("id").asText();
        assertThat(server.getAls("leeuwarden-regisseur", CONTACTEN).status()).isEqualTo(404);
        assertThat(server.getAls("leeuwarden-regisseur", "/api/gemeenten/leeuwarden/contacten/" + id).status())
                .isEqualTo(404);
        // platform-wide roles have no gemeente: 403
        assertThat(server.getAls("platformbeheerder", CONTACTEN).status()).isEqualTo(403);
        assertThat(server.getAls("rijk-szw", CONTACTEN + "/trekkers").status()).isEqualTo(403);
        assertThat(server.get(CONTACTEN).status()).isEqualTo(401);
    }
}
