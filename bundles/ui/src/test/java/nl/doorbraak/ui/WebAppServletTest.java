package nl.doorbraak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The servlet with the bundle's real files (target/classes/app, as bnd put them there) in a real Jetty. */
class WebAppServletTest {

    static Server jetty;
    static String basis;
    static WebAppServlet servlet;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        servlet = new WebAppServlet(Bestanden.uit(Path.of("target/classes/app")));
        jetty = new Server();
        ServerConnector c = new ServerConnector(jetty);
        c.setHost("127.0.0.1");
        c.setPort(0);
        jetty.addConnector(c);
        ServletContextHandler ctx = new ServletContextHandler();
        ctx.setContextPath("/");
        ctx.addServlet(new ServletHolder(servlet), "/");
        jetty.setHandler(ctx);
        jetty.start();
        basis = "http://127.0.0.1:" + c.getLocalPort();
    }

    @AfterAll
    static void stop() throws Exception {
        jetty.stop();
    }

    static HttpResponse<byte[]> get(String pad, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(basis + pad));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String tekst(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void deRoutesVanDeAppKrijgenDeIndexZonderCache() throws Exception {
        for (String pad : new String[] { "/", "/index.html", "/casussen", "/casussen/",
                "/casussen/37d8f176-d3aa-3263-9d7f-f34b67c26528",
                "/schermen/nl.doorbraak.plugin.standaard/variantvelden" }) {
            HttpResponse<byte[]> r = get(pad);
            assertThat(r.statusCode()).as(pad).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
            assertThat(r.headers().firstValue("Cache-Control")).as(pad).hasValue("no-store");
            String html = tekst(r);
            assertThat(html).contains("<html lang=\"nl\"", "/app/" + servlet.versie() + "/js/app.js")
                    .doesNotContain(Bestanden.VERSIE_PLEK)
                    // the CSP allows no inline script or style
                    .doesNotContain("<style").doesNotContain(" style=").doesNotContain("<script>")
                    .doesNotContain(" onclick=");
        }
    }

    /** routes.json is the one description: every route's module exists and exports its screen, and gets the index. */
    @Test
    void elkeRouteHeeftZijnModuleEnScherm() throws Exception {
        com.fasterxml.jackson.databind.JsonNode routes = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(get("/app/" + servlet.versie() + "/routes.json").body()).path("routes");
        assertThat(routes.size()).isGreaterThanOrEqualTo(4);
        for (com.fasterxml.jackson.databind.JsonNode r : routes) {
            String module = tekst(get("/app/" + servlet.versie() + "/js/" + r.path("module").asText()));
            assertThat(module).as(r.toString()).containsPattern(
                    "export (async )?function " + Pattern.quote(r.path("scherm").asText()) + "\\(");
            String pad = r.path("pad").asText().replaceAll("\\{[a-zA-Z]+}", "x-1");
            assertThat(get(pad).statusCode()).as(pad).isEqualTo(200);
        }
    }

    @Test
    void andereAdressenZijnEenNederlandse404() throws Exception {
        for (String pad : new String[] { "/bestaat/niet", "/casussen/a/b", "/casussen/%3Cscript%3E",
                "/schermen/nl.doorbraak.plugin.standaard", "/schermen/nl.doorbraak.plugin.standaard/Variant/x",
                "/static/stijl.css",
                "/app/" + servlet.versie() + "/bestaat-niet.js", "/app/0000000000000000/js/app.js", "/app/",
                "/index.htm" }) {
            HttpResponse<byte[]> r = get(pad);
            assertThat(r.statusCode()).as(pad).isEqualTo(404);
            assertThat(tekst(r)).as(pad).contains("lang=\"nl\"", "Deze pagina bestaat niet", "href=\"/\"");
            assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
    }

    @Test
    void elkBestandUitDeIndexBestaatEnBlijftInDeCache() throws Exception {
        String html = tekst(get("/"));
        Matcher m = Pattern.compile("(?:href|src)=\"(/app/[^\"]+)\"").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
            HttpResponse<byte[]> r = get(m.group(1));
            assertThat(r.statusCode()).as(m.group(1)).isEqualTo(200);
            assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
            assertThat(r.body().length).as(m.group(1)).isGreaterThan(100);
            String etag = r.headers().firstValue("ETag").orElseThrow();
            assertThat(get(m.group(1), "If-None-Match", etag).statusCode()).isEqualTo(304);
        }
        // the icon, the NL Design System CSS (3), our CSS, the entry module and its preloaded imports (6)
        assertThat(n).isEqualTo(12);
        assertThat(get("/app/" + servlet.versie() + "/js/app.js").headers().firstValue("Content-Type"))
                .hasValue("text/javascript;charset=utf-8");
        assertThat(tekst(get("/app/" + servlet.versie() + "/nlds/utrecht-theme.css"))).contains(".utrecht-theme");
        assertThat(tekst(get("/app/" + servlet.versie() + "/nlds/voorbeeld-theme.css"))).contains(".voorbeeld-theme");
        assertThat(tekst(get("/app/" + servlet.versie() + "/nlds/componenten.css"))).contains(".utrecht-button");
    }

    @Test
    void gzipAlsDeClientHetAanneemt() throws Exception {
        String pad = "/app/" + servlet.versie() + "/nlds/componenten.css";
        HttpResponse<byte[]> gewoon = get(pad);
        HttpResponse<byte[]> gz = get(pad, "Accept-Encoding", "gzip, deflate, br");
        assertThat(gz.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gz.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(gz.body().length).isLessThan(gewoon.body().length / 5);
        assertThat(gunzip(gz.body())).isEqualTo(gewoon.body());
        assertThat(gewoon.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(get(pad, "Accept-Encoding", "gzip;q=0, identity").headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(WebAppServlet.gzip("br;q=1, gzip;q=0.5")).isTrue();
        assertThat(WebAppServlet.gzip("deflate")).isFalse();
    }

    @Test
    void eenAndereInhoudIsEenAndereVersie() {
        Map<String, byte[]> a = new HashMap<>();
        a.put("index.html", "<script type=module src=/app/{{versie}}/js/app.js></script>".getBytes(StandardCharsets.UTF_8));
        a.put("js/app.js", "console.log(1)".getBytes(StandardCharsets.UTF_8));
        a.put("routes.json", "{\"routes\": [{\"pad\": \"/\"}]}".getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> b = new HashMap<>(a);
        b.put("js/app.js", "console.log(2)".getBytes(StandardCharsets.UTF_8));
        Bestanden va = new Bestanden(a);
        assertThat(va.versie()).isEqualTo(new Bestanden(new HashMap<>(a)).versie()).isNotEqualTo(new Bestanden(b).versie());
        assertThat(new String(va.index().inhoud(), StandardCharsets.UTF_8)).contains("/app/" + va.versie() + "/js/app.js");
    }

    static byte[] gunzip(byte[] b) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
            return in.readAllBytes();
        }
    }
}
