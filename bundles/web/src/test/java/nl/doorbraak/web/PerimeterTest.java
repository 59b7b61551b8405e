package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.servlet.http.HttpServletRequest;
import nl.doorbraak.web.TestServer.Antw;
import nl.doorbraak.web.http.Perimeter;

/**
 * De perimeter: publieke basis-URL (nooit de Host-header), vertrouwde proxies, Secure-cookies en HSTS, en de
 * beveiligingsheaders op HTML en API.
 */
class PerimeterTest {

    static TestServer server;
    static final String CASUSSEN = "/api/gemeenten/utrecht/casussen";
    static final String NIEUW = "{\"tafelId\":\"t-u1\",\"titel\":\"x\",\"hulpvraag\":\"y\"}";

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @AfterEach
    void standaard() {
        server.perimeter("", "");
    }

    /** Een verzoek over een kale socket: java.net.http laat de Host-header niet kiezen. */
    private static String ruw(String verzoek) {
        try (Socket s = new Socket("127.0.0.1", URI.create(server.basis).getPort())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(verzoek.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String post(String host, String... headers) {
        StringBuilder h = new StringBuilder();
        for (int i = 0; i < headers.length; i += 2) {
            h.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        byte[] body = NIEUW.getBytes(StandardCharsets.UTF_8);
        return ruw("POST " + CASUSSEN + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: "
                + TestServer.basic("utrecht-regisseur") + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n" + h + "Connection: close\r\n\r\n" + NIEUW);
    }

    private static String header(String antwoord, String naam) {
        for (String regel : antwoord.substring(0, antwoord.indexOf("\r\n\r\n")).split("\r\n")) {
            int dp = regel.indexOf(':');
            if (dp > 0 && regel.substring(0, dp).equalsIgnoreCase(naam)) {
                return regel.substring(dp + 1).strip();
            }
        }
        return null;
    }

    @Test
    void zonderInstellingKomenLinksVanDeVerbindingNooitVanDeHostHeader() {
        post("localhost");
        String a = post("aanvaller.example:666");
        assertThat(a).startsWith("HTTP/1.1 201");
        assertThat(header(a, "Location")).startsWith(server.publiek + CASUSSEN + "/").doesNotContain("aanvaller");

        String lijst = ruw("GET " + CASUSSEN + "?pageSize=1 HTTP/1.1\r\nHost: aanvaller.example\r\nAuthorization: "
                + TestServer.basic("utrecht-regisseur") + "\r\nConnection: close\r\n\r\n");
        assertThat(lijst).doesNotContain("aanvaller").contains("\"next\":\"" + server.publiek + CASUSSEN + "?page=2");
        // and no proxy is trusted by default: what a client says about itself is ignored
        String proxy = post("aanvaller.example", "X-Forwarded-Host", "aanvaller.example", "Forwarded",
                "host=aanvaller.example;proto=https", "X-Forwarded-Proto", "https");
        assertThat(header(proxy, "Location")).startsWith(server.publiek + "/");
        assertThat(header(proxy, "Strict-Transport-Security")).isNull();
    }

    @Test
    void eenIngesteldePubliekeUrlGeldtVoorLocationLijstenEnDeLogin() {
        server.perimeter("https://doorbraak.gemeente.nl/tafels/", "");
        Antw a = server.jsonAls("utrecht-regisseur", "POST", CASUSSEN, NIEUW);
        assertThat(a.header("Location")).startsWith("https://doorbraak.gemeente.nl/tafels" + CASUSSEN + "/");
        server.jsonAls("utrecht-regisseur", "POST", CASUSSEN, NIEUW);
        Antw lijst = server.getAls("utrecht-regisseur", CASUSSEN + "?pageSize=1&tafel=t-u1");
        assertThat(lijst.json().get("next").asText())
                .isEqualTo("https://doorbraak.gemeente.nl/tafels" + CASUSSEN + "?page=2&pageSize=1&tafel=t-u1");

        Antw login = server.verzoek("POST", "/api/sessies", "{\"gebruikersnaam\":\"utrecht-regisseur\",\"wachtwoord\":\"demo\"}",
                "Content-Type", "application/json");
        assertThat(login.status()).isEqualTo(201);
        // the public URL is https: the cookie only travels over https, and the browser remembers to use it
        assertThat(login.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Strict").endsWith("; Secure");
        assertThat(login.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        assertThat(login.header("Location")).isEqualTo("https://doorbraak.gemeente.nl/tafels/api/sessies/huidig");
        Antw uit = server.verzoek("DELETE", "/api/sessies/huidig", null);
        assertThat(uit.header("Set-Cookie")).contains("Max-Age=0").endsWith("; Secure");
    }

    @Test
    void overGewoonHttpZonderProxyGeenSecureEnGeenHsts() {
        Antw login = server.verzoek("POST", "/api/sessies", "{\"gebruikersnaam\":\"utrecht-regisseur\",\"wachtwoord\":\"demo\"}",
                "Content-Type", "application/json", "X-Forwarded-Proto", "https");
        assertThat(login.header("Set-Cookie")).doesNotContain("Secure");
        assertThat(login.header("Strict-Transport-Security")).isNull();
        assertThat(server.get("/").header("Strict-Transport-Security")).isNull();
    }

    @Test
    void eenVertrouwdeProxyDieHttpsDoorgeeftGeeftSecureEnHsts() {
        server.perimeter("", "10.0.0.0/8, 127.0.0.1");
        Antw login = server.verzoek("POST", "/api/sessies", "{\"gebruikersnaam\":\"utrecht-regisseur\",\"wachtwoord\":\"demo\"}",
                "Content-Type", "application/json", "X-Forwarded-Proto", "https");
        assertThat(login.header("Set-Cookie")).endsWith("; Secure");
        assertThat(login.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        assertThat(server.get("/", "Forwarded", "for=192.0.2.1;proto=https").header("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000");
        assertThat(server.get("/", "X-Forwarded-Proto", "http").header("Strict-Transport-Security")).isNull();

        // the same headers from a peer that is not a trusted proxy mean nothing
        server.perimeter("", "10.0.0.0/8");
        Antw vreemd = server.verzoek("POST", "/api/sessies", "{\"gebruikersnaam\":\"utrecht-regisseur\",\"wachtwoord\":\"demo\"}",
                "Content-Type", "application/json", "X-Forwarded-Proto", "https");
        assertThat(vreemd.header("Set-Cookie")).doesNotContain("Secure");
        assertThat(vreemd.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void htmlKrijgtEenStrengeCspEnGeenFrames() {
        Antw start = server.get("/");
        assertThat(start.status()).isEqualTo(200);
        String csp = start.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'")
                .contains("object-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(start.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(start.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(start.header("Referrer-Policy")).isEqualTo("no-referrer");
        // the page itself (nothing inline) is the web application's: WebAppServletTest in bundles/ui, PerimeterIT
        Antw nietGevonden = server.get("/bestaat/niet");
        assertThat(nietGevonden.status()).isEqualTo(404);
        assertThat(nietGevonden.header("Content-Security-Policy")).isEqualTo(Beveiligingsheaders.CSP_HTML);
        assertThat(nietGevonden.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void deApiHoudtNoStoreEnNosniffEnLaadtNiets() {
        Antw h = server.get("/api/health");
        assertThat(h.header("Cache-Control")).isEqualTo("no-store");
        assertThat(h.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(h.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        Antw fout = server.get(CASUSSEN);
        assertThat(fout.status()).isEqualTo(401);
        assertThat(fout.header("Content-Security-Policy")).isEqualTo(Beveiligingsheaders.CSP_API);
        assertThat(fout.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void buitenDeApiAlleenGetEnHead() {
        for (String m : new String[] { "POST", "PUT", "DELETE", "TRACE", "OPTIONS" }) {
            Antw a = server.verzoek(m, "/", m.equals("TRACE") || m.equals("OPTIONS") ? null : "x");
            assertThat(a.status()).as(m).isEqualTo(405);
            assertThat(a.header("Allow")).isEqualTo("GET, HEAD");
            assertThat(a.body()).as("TRACE mag niets terugsturen").isEmpty();
        }
        assertThat(server.verzoek("HEAD", "/", null).status()).isEqualTo(200);
    }

    // ---- Perimeter zelf: clientadres en proxies, zonder server ----

    /** Een verzoek zoals Jetty het aanreikt: adres van de verbinding en headers. */
    static HttpServletRequest verzoek(String peer, boolean tls, String... headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(PerimeterTest.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (p, m, args) -> switch (m.getName()) {
                    case "getRemoteAddr" -> peer;
                    case "isSecure" -> tls;
                    case "getLocalAddr" -> "192.0.2.10";
                    case "getLocalPort" -> 8080;
                    case "getHeader" -> {
                        for (int i = 0; i < headers.length; i += 2) {
                            if (headers[i].equalsIgnoreCase((String) args[0])) {
                                yield headers[i + 1];
                            }
                        }
                        yield null;
                    }
                    case "getHeaders" -> {
                        List<String> w = new ArrayList<>();
                        for (int i = 0; i < headers.length; i += 2) {
                            if (headers[i].equalsIgnoreCase((String) args[0])) {
                                w.add(headers[i + 1]);
                            }
                        }
                        yield Collections.enumeration(w);
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void hetClientadresKomtAlleenVanEenVertrouwdeProxy() {
        Perimeter geen = Perimeter.STANDAARD;
        assertThat(geen.clientAdres(verzoek("203.0.113.9", false, "X-Forwarded-For", "1.2.3.4"))).isEqualTo("203.0.113.9");

        Perimeter p = Perimeter.lees("", "10.0.0.0/8, ::1, 192.168.1.5");
        // the client behind one proxy
        assertThat(p.clientAdres(verzoek("10.1.2.3", false, "X-Forwarded-For", "198.51.100.7"))).isEqualTo("198.51.100.7");
        // what the client itself put in front is not believed: read from the right, the first untrusted hop
        assertThat(p.clientAdres(verzoek("10.1.2.3", false, "X-Forwarded-For", "6.6.6.6, 198.51.100.7, 192.168.1.5")))
                .isEqualTo("198.51.100.7");
        assertThat(p.clientAdres(verzoek("10.1.2.3", false, "X-Forwarded-For", "6.6.6.6", "X-Forwarded-For",
                "198.51.100.7"))).isEqualTo("198.51.100.7");
        // not an address: reading stops there
        assertThat(p.clientAdres(verzoek("10.1.2.3", false, "X-Forwarded-For", "198.51.100.7, onzin"))).isEqualTo("10.1.2.3");
        // a peer that is no proxy: its headers are ignored
        assertThat(p.clientAdres(verzoek("203.0.113.9", false, "X-Forwarded-For", "1.2.3.4"))).isEqualTo("203.0.113.9");
        // RFC 7239, with a port and IPv6
        assertThat(p.clientAdres(verzoek("::1", false, "Forwarded", "for=\"[2001:db8::7]:4711\";proto=https, for=10.0.0.2")))
                .isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(p.clientAdres(verzoek("[0:0:0:0:0:0:0:1]", false, "Forwarded", "for=198.51.100.7:1234")))
                .isEqualTo("198.51.100.7");
        // Forwarded wins over X-Forwarded-For when both are there
        assertThat(p.clientAdres(verzoek("10.0.0.1", false, "Forwarded", "for=198.51.100.8", "X-Forwarded-For", "1.1.1.1")))
                .isEqualTo("198.51.100.8");
        // an IPv4 peer on a dual-stack socket
        assertThat(p.clientAdres(verzoek("::ffff:10.0.0.1", false, "X-Forwarded-For", "198.51.100.9"))).isEqualTo("198.51.100.9");
        // only trusted hops: the leftmost
        assertThat(p.clientAdres(verzoek("10.0.0.1", false, "X-Forwarded-For", "10.0.0.3, 10.0.0.2"))).isEqualTo("10.0.0.3");
    }

    @Test
    void httpsVolgtUitDePubliekeUrlDeVerbindingOfEenVertrouwdeProxy() {
        Perimeter p = Perimeter.lees("", "10.0.0.0/8");
        assertThat(p.veilig(verzoek("10.0.0.1", false, "X-Forwarded-Proto", "https"))).isTrue();
        assertThat(p.veilig(verzoek("10.0.0.1", false, "X-Forwarded-Proto", "HTTPS"))).isTrue();
        // the value the nearest proxy wrote counts, not what the client put in front
        assertThat(p.veilig(verzoek("10.0.0.1", false, "X-Forwarded-Proto", "https, http"))).isFalse();
        assertThat(p.veilig(verzoek("10.0.0.1", false, "Forwarded", "for=1.2.3.4;proto=https"))).isTrue();
        assertThat(p.veilig(verzoek("10.0.0.1", false, "Forwarded", "for=1.2.3.4", "X-Forwarded-Proto", "https")))
                .as("Forwarded zonder proto: X-Forwarded-Proto telt dan niet").isFalse();
        assertThat(p.veilig(verzoek("203.0.113.1", false, "X-Forwarded-Proto", "https"))).isFalse();
        assertThat(p.veilig(verzoek("203.0.113.1", true))).as("Jetty met TLS").isTrue();
        assertThat(Perimeter.lees("https://d.nl", "").veilig(verzoek("203.0.113.1", false))).isTrue();
        assertThat(Perimeter.lees("http://d.nl", "").veilig(verzoek("203.0.113.1", false))).isFalse();
    }

    @Test
    void deBasisUrlVanDeVerbindingOfDeInstelling() {
        assertThat(Perimeter.STANDAARD.basisUrl(verzoek("203.0.113.1", false))).isEqualTo("http://192.0.2.10:8080");
        assertThat(Perimeter.STANDAARD.basisUrl(verzoek("203.0.113.1", true))).isEqualTo("https://192.0.2.10:8080");
        assertThat(Perimeter.lees("HTTPS://Doorbraak.Gemeente.NL:8443//", "").basisUrl(verzoek("1.1.1.1", false)))
                .isEqualTo("https://doorbraak.gemeente.nl:8443");
    }

    @Test
    void ongeldigeInstellingenWordenUitgelegdEnDeVorigeBlijft() {
        for (String url : new String[] { "doorbraak.nl", "ftp://d.nl", "https://u:p@d.nl", "https://d.nl/?x=1",
                "https://d.nl/#x", "https://", "http://d .nl" }) {
            assertThatThrownBy(() -> Perimeter.lees(url, "")).as(url).hasMessageContaining("publiekeUrl");
        }
        for (String proxy : new String[] { "proxy.gemeente.nl", "10.0.0.0/33", "::1/129", "10.0.0", "1.2.3.4/x" }) {
            assertThatThrownBy(() -> Perimeter.lees("", proxy)).as(proxy).hasMessageContaining("vertrouwdeProxies")
                    .hasMessageContaining(proxy);
        }
        Perimeter vorige = Perimeter.lees("https://oud.nl", "10.0.0.1");
        List<String> waarschuwingen = new ArrayList<>();
        Perimeter nu = Perimeter.lees("geen url", "ook geen proxy", vorige, waarschuwingen);
        assertThat(nu.toString()).isEqualTo("publiekeUrl=https://oud.nl, vertrouwdeProxies=10.0.0.1");
        assertThat(waarschuwingen).hasSize(2).allMatch(w -> w.contains("nl.doorbraak.web") && w.contains("vorige"));
        // shown in the health, as every invalid setting is
        server.omgeving().perimeter(nu, waarschuwingen);
        assertThat(server.get("/api/health").json().get("waarschuwingen").toString()).contains("publiekeUrl")
                .contains("vertrouwdeProxies");
        server.omgeving().perimeter(Perimeter.STANDAARD, List.of());
    }
}
