package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.doorbraak.web.TestServer.Antw;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.route.Router;

/**
 * Elke schrijfroute weigert een formulier, multipart en platte tekst met 415, centraal in de {@link Router} en vóór
 * de route iets doet: zulke verzoeken stuurt een browser zonder CORS-preflight vanaf elke website. Alleen het
 * inloggen neemt (gedocumenteerd) ook een formulier.
 */
class MediatypeTest {

    static TestServer server;
    static final List<String> GEWEIGERD = List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "text/plain", "text/plain;charset=UTF-8", "text/xml", "application/xml");
    static final Set<String> SCHRIJVEND = Set.of("POST", "PUT", "PATCH", "DELETE");

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static String pad(String sjabloon) {
        return "/api" + sjabloon.replace("{gemeente}", "utrecht").replaceAll("\\{[a-zA-Z]+\\}", "x1");
    }

    @Test
    void elkeSchrijfrouteVanDeKernWeigertFormulierMultipartEnTekst() {
        int getest = 0;
        for (Router.KernRoute r : new Router(server.omgeving()).routes()) {
            for (String methode : r.methoden().keySet()) {
                if (!SCHRIJVEND.contains(methode)) {
                    continue;
                }
                for (String type : GEWEIGERD) {
                    boolean login = r.methoden().get(methode).bodyTypes().contains(Aanvraag.FORM);
                    // the upload of a plug-in takes a jar, and says so
                    boolean jar = r.methoden().get(methode).bodyTypes().contains("application/java-archive");
                    if (login && type.equals(Aanvraag.FORM)) {
                        continue;
                    }
                    // as a user who is logged in, and as anyone: the type is refused before anything else
                    for (String[] wie : new String[][] { { "Authorization", TestServer.basic("utrecht-regisseur") },
                            { "X-Niemand", "1" } }) {
                        Antw a = server.verzoek(methode, pad(r.sjabloon()), "titel=x&hulpvraag=y", "Content-Type", type,
                                wie[0], wie[1], "If-Match", "\"1\"");
                        assertThat(a.status()).as(methode + " " + r.sjabloon() + " met " + type + " " + wie[0])
                                .isEqualTo(415);
                        assertThat(a.contentType()).startsWith("application/problem+json");
                        assertThat(a.json().get("detail").asText()).contains("wordt hier niet ondersteund")
                                .contains(login ? "application/json of application/x-www-form-urlencoded"
                                        : jar ? "gebruik application/java-archive" : "gebruik application/json.");
                    }
                    getest++;
                }
            }
        }
        assertThat(getest).as("schrijfroutes x types").isGreaterThan(30 * GEWEIGERD.size());
    }

    @Test
    void eenActieGereedMeldenDieGeenBodyLeestOok() {
        Antw a = server.verzoek("POST", "/api/gemeenten/utrecht/acties/a-1/gereed", "", "Content-Type", "text/plain",
                "Authorization", TestServer.basic("utrecht-regisseur"));
        assertThat(a.status()).isEqualTo(415);
    }

    @Test
    void eenRouteVanEenPluginOok() {
        Antw a = server.verzoek("POST", "/api/gemeenten/utrecht/toekomstgesprekken/gesprekken", "x=1", "Content-Type",
                "application/x-www-form-urlencoded", "Authorization", TestServer.basic("utrecht-regisseur"));
        assertThat(a.status()).isEqualTo(415);
    }

    @Test
    void inloggenMetEenFormulierBlijftKunnen() {
        Antw a = server.verzoek("POST", "/api/sessies", "gebruikersnaam=utrecht-regisseur&wachtwoord=demo",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(a.status()).isEqualTo(201);
        assertThat(server.verzoek("POST", "/api/sessies", "gebruikersnaam=utrecht-regisseur&wachtwoord=demo",
                "Content-Type", "text/plain").status()).isEqualTo(415);
    }

    @Test
    void jsonEnGeenContentTypeZonderBodyGaanDoor() {
        Antw json = server.jsonAls("utrecht-regisseur", "POST", "/api/gemeenten/utrecht/casussen",
                "{\"tafelId\":\"t-u1\",\"titel\":\"x\",\"hulpvraag\":\"y\"}");
        assertThat(json.status()).isEqualTo(201);
        Antw probleemJson = server.verzoek("POST", "/api/gemeenten/utrecht/casussen",
                "{\"tafelId\":\"t-u1\",\"titel\":\"x\",\"hulpvraag\":\"y\"}", "Content-Type",
                "application/merge-patch+json; charset=utf-8", "Authorization", TestServer.basic("utrecht-regisseur"));
        assertThat(probleemJson.status()).isEqualTo(201);
        // no body and no type: not refused for its type (here: the action does not exist)
        Antw leeg = server.verzoek("POST", "/api/gemeenten/utrecht/acties/a-bestaat-niet/gereed", null, "Authorization",
                TestServer.basic("utrecht-regisseur"));
        assertThat(leeg.status()).isNotEqualTo(415);
    }
}
