package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.doorbraak.web.TestServer.Antw;

/**
 * Stuurtekens in tekst en getallen buiten bereik zijn een 400 met de naam van het veld, nooit een 500 en nooit een
 * waarde die een log of terminal kan beïnvloeden.
 */
class InvoerTekensTest {

    static TestServer server;
    static final String CASUSSEN = "/api/gemeenten/utrecht/casussen";
    static final String CONTACTEN = "/api/gemeenten/utrecht/contacten";

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static Antw casus(String titel, String hulpvraag, String extra) {
        return server.jsonAls("utrecht-regisseur", "POST", CASUSSEN, "{\"tafelId\":\"t-u1\",\"titel\":" + titel
                + ",\"hulpvraag\":" + hulpvraag + extra + "}");
    }

    /** Eén fout, voor dit veld, met code en een Nederlandse reden. */
    private static JsonNode fout(Antw a, String veld, String code) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        for (JsonNode f : a.json().get("invalidParams")) {
            if (f.get("name").asText().equals(veld)) {
                assertThat(f.get("code").asText()).isEqualTo(code);
                assertThat(f.get("reason").asText()).isNotBlank();
                return f;
            }
        }
        throw new AssertionError("geen fout voor " + veld + ": " + a.body());
    }

    @Test
    void stuurtekensInEenVeldVanEenRegel() {
        fout(casus("\"\\u001b[31mrood\\u001b[0m\"", "\"x\"", ""), "titel", "tekens");
        fout(casus("\"a\\u0000b\"", "\"x\"", ""), "titel", "tekens");
        fout(casus("\"a\\u0085b\"", "\"x\"", ""), "titel", "tekens");
        fout(casus("\"\\ud800\"", "\"x\"", ""), "titel", "tekens");
        fout(casus("\"\\udc00x\"", "\"x\"", ""), "titel", "tekens");
        JsonNode regel = fout(casus("\"regel 1\\nregel 2\"", "\"x\"", ""), "titel", "tekens");
        assertThat(regel.get("reason").asText()).contains("één regel");
        fout(casus("\"a\\r\\nb\"", "\"x\"", ""), "titel", "tekens");
        fout(casus("\"a\\tb\"", "\"x\"", ""), "titel", "tekens");
        fout(casus("\"x\"", "\"y\"", ",\"betrokkenOrganisaties\":[\"UWV\",\"CJIB\\r\\nINFO nep\"]"),
                "betrokkenOrganisaties.1", "tekens");
    }

    @Test
    void eenVeldVanMeerdereRegelsHoudtZijnRegels() {
        Antw a = casus("\"Schulden 🏠 en DUO\"", "\"Eerste regel\\nTweede\\r\\n\\tingesprongen\"", "");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().get("hulpvraag").asText()).isEqualTo("Eerste regel\nTweede\r\n\tingesprongen");
        // but no escape, NUL, C1, lone surrogate or lone CR
        fout(casus("\"x\"", "\"\\u001b]0;titel\\u0007\"", ""), "hulpvraag", "tekens");
        fout(casus("\"x\"", "\"a\\rb\"", ""), "hulpvraag", "tekens");
        fout(casus("\"x\"", "\"a\\u009bb\"", ""), "hulpvraag", "tekens");
    }

    @Test
    void ookInGenesteVeldenLijstenNamenEnVariantgegevens() {
        fout(casus("\"x\"", "\"y\"", ",\"variantData\":{\"urgentie\":\"hoog\\u001b[2J\"}"), "variantData.urgentie",
                "tekens");
        fout(casus("\"x\"", "\"y\"", ",\"variantData\":{\"lijst\":[\"a\",\"\\u0000\"]}"), "variantData.lijst.1",
                "tekens");
        Antw naam = casus("\"x\"", "\"y\"", ",\"variantData\":{\"a\\nb\":1}");
        fout(naam, "variantData.a\\nb", "tekens");
        // all errors at once
        Antw twee = casus("\"\\u0000\"", "\"\\u001b\"", "");
        assertThat(twee.json().get("invalidParams")).hasSize(2);
    }

    @Test
    void ookInDeQueryEnHetPad() {
        Antw q = server.getAls("utrecht-regisseur", CASUSSEN + "?status=%1B%5B31m");
        fout(q, "status", "tekens");
        fout(server.getAls("utrecht-regisseur", CASUSSEN + "?tafel=a%0Ab"), "tafel", "tekens");
        // Jetty refuses C0 in a path itself; C1 gets through to us
        Antw pad = server.getAls("utrecht-regisseur", CASUSSEN + "/%C2%85");
        fout(pad, "pad", "tekens");
    }

    @Test
    void eenGebruikersnaamMetEenRegelovergangKomtNietVerder() {
        // what would otherwise end up in a log line at login as a forged line of its own
        String naam = "utrecht-regisseur\r\n2026-01-01T00:00:00.000+0000 [main] INFO nep - beheerder ingelogd";
        fout(server.verzoek("POST", "/api/sessies", "gebruikersnaam=" + java.net.URLEncoder.encode(naam,
                StandardCharsets.UTF_8) + "&wachtwoord=demo", "Content-Type", "application/x-www-form-urlencoded"),
                "gebruikersnaam", "tekens");
        fout(server.verzoek("POST", "/api/sessies", "{\"gebruikersnaam\":\"a\\nb\",\"wachtwoord\":\"demo\"}",
                "Content-Type", "application/json"), "gebruikersnaam", "tekens");
    }

    @Test
    void getallenBuitenBereikZijnEen400() {
        for (String getal : new String[] { "1e400", "-1e400", "1e-400", "-1e-400", "1e999999999", "1E+309",
                "123456789e-400" }) {
            Antw a = server.jsonAls("utrecht-beheerder", "POST", CONTACTEN,
                    "{\"organisatie\":\"CJIB\",\"naam\":\"P. Kok\",\"mandaatBedrag\":" + getal + "}");
            fout(a, "mandaatBedrag", "bereik");
            Antw genest = server.jsonAls("utrecht-beheerder", "POST", "/api/gemeenten/utrecht/tafels",
                    "{\"naam\":\"T\",\"variant\":\"standaard\",\"deelnemers\":[{\"naam\":\"A\",\"organisatie\":\"B\","
                            + "\"mandaatBedrag\":" + getal + "}]}");
            fout(genest, "deelnemers.0.mandaatBedrag", "bereik");
            fout(casus("\"x\"", "\"y\"", ",\"variantData\":{\"bedrag\":" + getal + "}"), "variantData.bedrag",
                    "bereik");
        }
        // an exponent beyond what a number can hold at all: still a 400
        Antw reus = server.jsonAls("utrecht-beheerder", "POST", CONTACTEN,
                "{\"organisatie\":\"CJIB\",\"naam\":\"P. Kok\",\"mandaatBedrag\":1e99999999999}");
        assertThat(reus.status()).as(reus.body()).isEqualTo(400);
        // an exact amount stays exact: 0.1 is not 0.1000000000000000055511151231257827
        Antw exact = server.jsonAls("utrecht-beheerder", "POST", CONTACTEN,
                "{\"organisatie\":\"CJIB\",\"naam\":\"P. Kok\",\"email\":\"p@cjib.nl\",\"mandaatBedrag\":2500.10}");
        assertThat(exact.status()).as(exact.body()).isEqualTo(201);
        assertThat(exact.json().get("mandaatBedrag").decimalValue()).isEqualByComparingTo("2500.10");
        Antw groot = server.jsonAls("utrecht-beheerder", "POST", CONTACTEN,
                "{\"organisatie\":\"CJIB\",\"naam\":\"P. Kok\",\"email\":\"p@cjib.nl\",\"mandaatBedrag\":1e300}");
        assertThat(groot.status()).as("binnen bereik: wat te groot is voor een mandaat zegt de core").isEqualTo(201);
    }

    @Test
    void nietsVanDitLevertEen500() {
        for (String body : new String[] { "{\"titel\":1e400}", "{\"titel\":\"\\ud83d\"}", "{\"\\u0000\":1}",
                "{\"titel\":[1e-999]}", "{\"titel\":NaN}", "{\"titel\":Infinity}", "{\"titel\":-Infinity}" }) {
            Antw a = server.jsonAls("utrecht-regisseur", "POST", CASUSSEN, body);
            assertThat(a.status()).as(body + " " + a.body()).isEqualTo(400);
        }
    }

    @Test
    void eenKapotteUtf8SequentieIsGeenTekst() throws IOException {
        byte[] kop = ("POST " + CASUSSEN + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + TestServer.basic("utrecht-regisseur") + "\r\nContent-Type: application/json\r\nContent-Length: 14\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = { '{', '"', 't', 'i', 't', 'e', 'l', '"', ':', '"', (byte) 0xc3, (byte) 0x28, '"', '}' };
        try (Socket s = new Socket("127.0.0.1", URI.create(server.basis).getPort())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(kop);
            out.write(body);
            InputStream in = s.getInputStream();
            String antwoord = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(antwoord).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("UTF-8");
        }
    }
}
