package nl.doorbraak.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The error handler in a real Jetty 12 (the one Felix HTTP embeds), installed as Felix would: through
 * {@link JettyFouten#createConnector}. The distribution's PerimeterIT does the same against bin/doorbraak.
 */
class FoutantwoordTest {

    Server server;
    int poort;
    Connector draag;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        ServerConnector c = new ServerConnector(server);
        c.setHost("127.0.0.1");
        c.setPort(0);
        server.addConnector(c);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(200);
                response.write(true, java.nio.ByteBuffer.wrap("ok".getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        });
        server.start();
        poort = c.getLocalPort();
        // as Felix's ConnectorFactoryTracker does with a ConnectorFactory service
        draag = new JettyFouten(null).createConnector(server);
        server.addConnector(draag);
        draag.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    String ruw(String verzoek) {
        try (Socket s = new Socket("127.0.0.1", poort)) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(verzoek.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String get(String pad, String... headers) {
        return "GET " + pad + " HTTP/1.1\r\nHost: localhost\r\n" + String.join("", headers) + "Connection: close\r\n\r\n";
    }

    static JsonNode probleem(String antwoord, int status) throws IOException {
        assertThat(antwoord).startsWith("HTTP/1.1 " + status + " ");
        String kop = antwoord.substring(0, antwoord.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(kop).contains("content-type: application/problem+json").contains("x-content-type-options: nosniff")
                .contains("cache-control: no-store").contains("content-security-policy: default-src 'none'");
        JsonNode j = new ObjectMapper().readTree(antwoord.substring(antwoord.indexOf("\r\n\r\n") + 4));
        assertThat(j.get("status").asInt()).isEqualTo(status);
        assertThat(j.get("type").asText()).startsWith("urn:doorbraak:probleem:");
        assertThat(j.get("title").asText()).isNotBlank();
        assertThat(j.get("detail").asText()).isNotBlank().doesNotContain("Exception");
        assertThat(antwoord).doesNotContain("<html").doesNotContain("HTTP ERROR");
        return j;
    }

    @Test
    void eenDubbelzinnigOfOngeldigPadIsProblemJson() throws Exception {
        for (String pad : new String[] { "/api/gemeenten/%2e%2e/x", "/api/gemeenten%2Futrecht", "/api//gemeenten",
                "/api/gemeenten/%00", "/api/gemeenten/%ff", "/api/gemeenten/%zz", "/api/gemeenten\\x",
                "/api/gemeenten/%0a", "/api/gemeenten/%1b[31m" }) {
            JsonNode j = probleem(ruw(get(pad)), 400);
            assertThat(j.get("detail").asText()).as(pad).contains("pad");
            assertThat(j.get("invalidParams")).isEmpty();
        }
    }

    @Test
    void headersDieTeGrootZijn431() throws Exception {
        JsonNode j = probleem(ruw(get("/api/health", "X-Groot: " + "a".repeat(20_000) + "\r\n")), 431);
        assertThat(j.get("type").asText()).isEqualTo("urn:doorbraak:probleem:headers-te-groot");
        assertThat(j.get("instance").asText()).isEqualTo("/api/health");
    }

    @Test
    void eenOngeldigeContentLengthOfHost() throws Exception {
        for (String cl : new String[] { "abc", "-1", "1, 2" }) {
            JsonNode j = probleem(ruw("POST /api/sessies HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + cl
                    + "\r\nConnection: close\r\n\r\n"), 400);
            assertThat(j.get("detail").asText()).as(cl).contains("Content-Length");
        }
        assertThat(probleem(ruw("POST /api/sessies HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\nContent-Length: 3"
                + "\r\nConnection: close\r\n\r\n{}"), 400).get("detail").asText()).contains("Content-Length");
        assertThat(probleem(ruw("POST /api/sessies HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip\r\n"
                + "Connection: close\r\n\r\n"), 400).get("detail").asText()).contains("Transfer-Encoding");
        for (String host : new String[] { "Host: \r\n", "Host: a b\r\n", "" }) {
            JsonNode j = probleem(ruw("GET /api/health HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n"), 400);
            assertThat(j.get("detail").asText()).as(host).contains("Host");
        }
        assertThat(probleem(ruw("GET http://a/api/health HTTP/1.1\r\nHost: b\r\nConnection: close\r\n\r\n"), 400)
                .get("detail").asText()).contains("Host");
    }

    @Test
    void eenTeLangAdresEnEenOnbekendeVersie() throws Exception {
        probleem(ruw(get("/api/" + "a".repeat(20_000))), 414);
        probleem(ruw("GET /api/health HTTP/9.9\r\nHost: localhost\r\n\r\n"), 505);
    }

    @Test
    void eenMethodeMetOngeldigeTekensOokBijPutEnDelete() throws Exception {
        probleem(ruw("GE(T /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400);
        // Jetty's own handler gives PUT and DELETE an empty body; here they get the same answer as GET
        JsonNode j = probleem(ruw("PUT /api/gemeenten/%2e%2e HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n"
                + "Connection: close\r\n\r\n"), 400);
        assertThat(j.get("detail").asText()).contains("pad");
    }

    @Test
    void buitenDeApiEenNederlandseHtmlPagina() {
        String a = ruw(get("/static/x", "X-Groot: " + "a".repeat(20_000) + "\r\n"));
        assertThat(a).startsWith("HTTP/1.1 431").contains("text/html;charset=utf-8").contains("lang=\"nl\"")
                .contains("Headers te groot").contains("X-Frame-Options: DENY").contains("frame-ancestors 'none'")
                .doesNotContain("HTTP ERROR");
        String b = ruw("POST /static/x HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\nConnection: close\r\n\r\n");
        assertThat(b).startsWith("HTTP/1.1 400").contains("text/html").contains("Content-Length");
        // a path Jetty cannot read is not known to be HTML (Jetty hands over neither path nor headers): problem+json
        assertThat(ruw(get("/static/%2e%2e/x", "Accept: text/html\r\n"))).contains("application/problem+json");
    }

    @Test
    void nooitDeAanvraagTerug() {
        String a = ruw(get("/api/x%2F<script>alert(1)</script>"));
        assertThat(a).doesNotContain("<script>");
        String b = ruw(get("/api/health", "X-Groot: <script>" + "a".repeat(20_000) + "\r\n"));
        assertThat(b).doesNotContain("<script>");
    }

    @Test
    void eenGoedVerzoekMerktNiets() {
        assertThat(ruw(get("/api/health"))).startsWith("HTTP/1.1 200").endsWith("ok");
    }

    @Test
    void naHetStoppenIsJettysEigenAntwoordTerug() throws Exception {
        draag.stop();
        server.removeConnector(draag);
        assertThat(ruw(get("/api/gemeenten/%2e%2e/x"))).startsWith("HTTP/1.1 400").contains("HTTP ERROR 400")
                .doesNotContain("problem+json");
    }
}
