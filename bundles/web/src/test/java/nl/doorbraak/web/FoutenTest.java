package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.doorbraak.web.TestServer.Antw;

/** Slechte invoer geeft altijd een nette problem+json, nooit een 500 of stacktrace. */
class FoutenTest {

    static TestServer server;
    static final String CASUSSEN = "/api/gemeenten/utrecht/casussen";

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static Antw post(String json) {
        return server.jsonAls("utrecht-regisseur", "POST", CASUSSEN, json);
    }

    private static void isProbleem(Antw a, int status) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/problem+json");
        JsonNode j = a.json();
        assertThat(j.get("status").asInt()).isEqualTo(status);
        assertThat(j.get("type").asText()).isNotBlank();
        assertThat(j.get("title").asText()).isNotBlank();
        assertThat(j.get("detail").asText()).isNotBlank();
        assertThat(j.get("instance").asText()).startsWith("/api/");
        assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void kapotteJsonZegtWaar() {
        Antw a = post("{\n  \"titel\": \"x\",\n  \"hulpvraag\" \"y\"\n}");
        isProbleem(a, 400);
        assertThat(a.json().get("detail").asText()).contains("regel 3").contains("kolom");
        assertThat(a.json().at("/invalidParams/0/code").asText()).isEqualTo("json");

        isProbleem(post("{\"titel\": \"x\""), 400);
        isProbleem(post("{\"titel\": \"x\"} extra"), 400);
        isProbleem(post("{\"titel\": \"a\", \"titel\": \"b\"}"), 400);
        isProbleem(post("[1,2]"), 400);
        isProbleem(post("\"tekst\""), 400);
        isProbleem(post("[".repeat(500)), 400);
    }

    @Test
    void onbekendVerplichtEnType() {
        Antw a = post("{\"tafelId\":\"t-u1\",\"titel\":42,\"kleur\":\"blauw\",\"betrokkenOrganisaties\":\"UWV\"}");
        isProbleem(a, 400);
        JsonNode fouten = a.json().get("invalidParams");
        assertThat(fouten.toString()).contains("\"name\":\"kleur\",\"code\":\"onbekend\"")
                .contains("\"name\":\"titel\",\"code\":\"type\"")
                .contains("\"name\":\"hulpvraag\",\"code\":\"verplicht\"")
                .contains("\"name\":\"betrokkenOrganisaties\",\"code\":\"type\"");
        for (JsonNode f : fouten) {
            assertThat(f.get("reason").asText()).isNotBlank();
        }
        Antw genest = post("{\"tafelId\":\"t-u1\",\"titel\":\"x\",\"hulpvraag\":\"y\",\"inwoner\":{\"bsn\":\"123\"}}");
        isProbleem(genest, 400);
        assertThat(genest.json().at("/invalidParams/0/name").asText()).isEqualTo("inwoner.bsn");
        Antw alleenLezen = post("{\"tafelId\":\"t-u1\",\"titel\":\"x\",\"hulpvraag\":\"y\",\"status\":\"besloten\"}");
        isProbleem(alleenLezen, 400);
        assertThat(alleenLezen.json().at("/invalidParams/0/code").asText()).isEqualTo("alleenLezen");
    }

    @Test
    void ongeldigeInvoerVanDeCoreWordt400MetInvalidParams() {
        Antw a = post("{\"tafelId\":\"t-bestaat-niet\",\"titel\":\"x\",\"hulpvraag\":\"y\"}");
        isProbleem(a, 400);
        assertThat(a.json().at("/invalidParams/0/name").asText()).isEqualTo("tafelId");
    }

    @Test
    void legeBody() {
        isProbleem(server.jsonAls("utrecht-regisseur", "POST", CASUSSEN, ""), 400);
    }

    @Test
    void verkeerdContentType415() {
        Antw a = server.verzoek("POST", CASUSSEN, "titel=x", "Authorization", TestServer.basic("utrecht-regisseur"),
                "Content-Type", "text/plain");
        isProbleem(a, 415);
        Antw geen = server.verzoek("POST", CASUSSEN, "{}", "Authorization", TestServer.basic("utrecht-regisseur"));
        isProbleem(geen, 415);
        Antw login = server.verzoek("POST", "/api/sessies", "x", "Content-Type", "text/xml");
        isProbleem(login, 415);
    }

    @Test
    void teGroteBodyMetContentLength413() throws IOException {
        String groot = "{\"titel\":\"" + "x".repeat(70_000) + "\"}";
        Antw a = post(groot);
        isProbleem(a, 413);
        // de rest van de body is niet gelezen: de client moet deze verbinding niet hergebruiken
        assertThat(a.header("Connection")).isEqualTo("close");
        assertThat(post("{}").status()).isEqualTo(400);
    }

    @Test
    void teGroteChunkedBody413() {
        byte[] groot = ("{\"titel\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest r = HttpRequest.newBuilder(URI.create(server.basis + CASUSSEN))
                .header("Authorization", TestServer.basic("utrecht-regisseur"))
                .header("Content-Type", "application/json")
                // onbekende lengte: de client stuurt chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(groot))).build();
        isProbleem(server.stuur(r), 413);
    }

    /** Een verzoek over een kale socket, voor wat java.net.http niet wil sturen. */
    private static String ruw(String verzoek) {
        try (Socket s = new Socket("127.0.0.1", URI.create(server.basis).getPort())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(verzoek.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readNBytes(2000), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void reuzeContentLengthWordtNietGelezen() {
        String antwoord = ruw("POST " + CASUSSEN + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + TestServer.basic("utrecht-regisseur") + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 900000000\r\nConnection: close\r\n\r\n{");
        assertThat(antwoord).startsWith("HTTP/1.1 413").contains("application/problem+json");
    }

    @Test
    void kapotteChunkedCodering400() {
        String antwoord = ruw("POST " + CASUSSEN + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + TestServer.basic("utrecht-regisseur") + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
        assertThat(antwoord).startsWith("HTTP/1.1 400").contains("application/problem+json");
    }

    @Test
    void slechtePaginering400() {
        for (String q : new String[] { "page=0", "page=x", "pageSize=0", "pageSize=1000", "page=-1", "status=weg" }) {
            Antw a = server.getAls("utrecht-regisseur", CASUSSEN + "?" + q);
            isProbleem(a, 400);
            assertThat(a.json().get("invalidParams")).isNotEmpty();
        }
        String ruw = ruw("GET " + CASUSSEN + "?page=%zz HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + TestServer.basic("utrecht-regisseur") + "\r\nConnection: close\r\n\r\n");
        assertThat(ruw).startsWith("HTTP/1.1 400").contains("application/problem+json");
    }

    @Test
    void onbekendeRoutesEnMethoden() {
        isProbleem(server.getAls("utrecht-regisseur", "/api/gemeenten/utrecht/casussen/c-1/onzin"), 404);
        isProbleem(server.verzoek("DELETE", CASUSSEN, null, "Authorization", TestServer.basic("utrecht-regisseur")), 405);
        isProbleem(server.verzoek("PUT", "/api/sessies", "{}", "Content-Type", "application/json"), 405);
    }

    @Test
    void verkeerdTypeInPatchEnStatus() {
        Antw maak = post("{\"tafelId\":\"t-u1\",\"titel\":\"x\",\"hulpvraag\":\"y\"}");
        String pad = CASUSSEN + "/" + maak.json().get("id").asText();
        String etag = maak.header("ETag");
        isProbleem(server.jsonAls("utrecht-regisseur", "PATCH", pad, "{\"titel\":true}", "If-Match", etag), 400);
        isProbleem(server.jsonAls("utrecht-regisseur", "PATCH", pad, "{\"titel\":null}", "If-Match", etag), 400);
        isProbleem(server.jsonAls("utrecht-regisseur", "POST", pad + "/status", "{\"status\":\"vliegend\"}"), 400);
        isProbleem(server.jsonAls("utrecht-regisseur", "POST", pad + "/status", "{\"status\":3}"), 400);
        isProbleem(server.jsonAls("utrecht-regisseur", "POST", pad + "/status", "{}"), 400);
    }
}
