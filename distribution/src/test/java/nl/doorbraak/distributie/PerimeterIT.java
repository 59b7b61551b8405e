package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The hardened perimeter against the real bin/doorbraak: Jetty's own errors as problem+json, the security headers,
 * 415 for forms, amounts and control characters, the public URL and trusted proxies, file permissions; and in a
 * second installation, started the way a build script does, the bind address, HTTPS by Jetty with a keystore from
 * config/, and the start line's own timing.
 */
class PerimeterIT {

    static final String G = "/api/gemeenten/utrecht";
    static final Set<PosixFilePermission> GROEP_EN_ANDEREN = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    static Platform demo;

    @BeforeAll
    static void start() {
        demo = Platform.nieuw().metDemo().start();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    // ---- raw HTTP, for what no client library sends ----

    static String ruw(int poort, String verzoek) {
        try (Socket s = new Socket("127.0.0.1", poort)) {
            return ruw(s, verzoek);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String ruw(Socket s, String verzoek) throws IOException {
        s.setSoTimeout(10_000);
        OutputStream out = s.getOutputStream();
        out.write(verzoek.getBytes(StandardCharsets.UTF_8));
        out.flush();
        InputStream in = s.getInputStream();
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    static String header(String antwoord, String naam) {
        for (String regel : antwoord.substring(0, antwoord.indexOf("\r\n\r\n")).split("\r\n")) {
            int dp = regel.indexOf(':');
            if (dp > 0 && regel.substring(0, dp).equalsIgnoreCase(naam)) {
                return regel.substring(dp + 1).strip();
            }
        }
        return null;
    }

    /** A problem+json answer with this status, a Dutch detail and nothing of Jetty's own page. */
    static JsonNode probleem(String antwoord, int status) {
        assertThat(antwoord).as(antwoord).startsWith("HTTP/1.1 " + status + " ");
        assertThat(header(antwoord, "Content-Type")).isEqualTo("application/problem+json");
        assertThat(header(antwoord, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(antwoord, "Cache-Control")).isEqualTo("no-store");
        assertThat(antwoord).doesNotContain("HTTP ERROR").doesNotContain("<html").doesNotContain("Exception")
                .doesNotContain("Jetty");
        try {
            JsonNode j = Api.JSON.readTree(antwoord.substring(antwoord.indexOf("\r\n\r\n") + 4));
            assertThat(j.path("status").asInt()).isEqualTo(status);
            assertThat(j.path("type").asText()).startsWith("urn:doorbraak:probleem:");
            assertThat(j.path("title").asText()).isNotBlank();
            assertThat(j.path("detail").asText()).isNotBlank();
            return j;
        } catch (IOException e) {
            throw new AssertionError("geen JSON: " + antwoord, e);
        }
    }

    static String get(String pad) {
        return "GET " + pad + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    }

    // ---- point 6: the errors Jetty produces itself ----

    @Test
    void everyErrorJettyProducesItselfUnderApiIsProblemJsonInDutch() {
        int p = demo.poort;
        Map<String, String> paden = Map.of("/api/gemeenten/%2e%2e/x", "pad", "/api/gemeenten%2Futrecht", "pad",
                "/api//gemeenten", "pad", "/api/gemeenten/%00", "pad", "/api/gemeenten/%zz", "pad",
                "/api/gemeenten/%0d%0aX:1", "pad");
        paden.forEach((pad, woord) -> assertThat(probleem(ruw(p, get(pad)), 400).path("detail").asText()).as(pad)
                .contains(woord));

        JsonNode groot = probleem(ruw(p, "GET /api/health HTTP/1.1\r\nHost: localhost\r\nCookie: "
                + "x".repeat(20_000) + "\r\nConnection: close\r\n\r\n"), 431);
        assertThat(groot.path("detail").asText()).contains("headers");
        assertThat(groot.path("instance").asText()).isEqualTo("/api/health");

        for (String cl : new String[] { "abc", "-5", "1, 2" }) {
            assertThat(probleem(ruw(p, "POST /api/sessies HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                    + "\r\nContent-Length: " + cl + "\r\nConnection: close\r\n\r\n{}"), 400).path("detail").asText())
                    .as(cl).contains("Content-Length");
        }
        for (String host : new String[] { "Host: \r\n", "Host: a b c\r\n", "" }) {
            assertThat(probleem(ruw(p, "GET /api/health HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n"), 400)
                    .path("detail").asText()).as(host).contains("Host");
        }
        probleem(ruw(p, get("/api/" + "a".repeat(20_000))), 414);
        probleem(ruw(p, "GET /api/health HTTP/7.0\r\nHost: localhost\r\n\r\n"), 505);

        // an unknown method reaches the API, which answers it like any other
        JsonNode methode = probleem(ruw(p, "FROBNICATE /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close"
                + "\r\n\r\n"), 405);
        assertThat(methode.path("detail").asText()).contains("FROBNICATE");
        probleem(ruw(p, "GE(T /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400);

        // and the platform carries on
        assertThat(demo.api().get("/api/health").status()).isEqualTo(200);
    }

    // ---- point 5: headers ----

    @Test
    void htmlAnswersGetTheSecurityHeadersAndTheApiKeepsNoStore() {
        String start = ruw(demo.poort, get("/"));
        assertThat(start).startsWith("HTTP/1.1 200");
        String csp = header(start, "Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(header(start, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(start, "Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(header(start, "X-Content-Type-Options")).isEqualTo("nosniff");
        // the web application (bundle nl.doorbraak.ui): scripts and styles only from files, never inline
        assertThat(start).contains("<script type=\"module\" src=\"/app/").doesNotContain("<style")
                .doesNotContain(" style=").doesNotContain(" onclick=");
        assertThat(java.util.regex.Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(start).find()).isFalse();
        assertThat(header(start, "Cache-Control")).isEqualTo("no-store");
        java.util.regex.Matcher stijl = java.util.regex.Pattern.compile("href=\"(/app/[^\"]+\\.css)\"").matcher(start);
        assertThat(stijl.find()).isTrue();

        String css = ruw(demo.poort, get(stijl.group(1)));
        assertThat(css).startsWith("HTTP/1.1 200");
        assertThat(header(css, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(css, "Content-Security-Policy")).isEqualTo(csp);
        String weg = ruw(demo.poort, get("/static/bestaat-niet.js"));
        assertThat(weg).startsWith("HTTP/1.1 404").contains("lang=\"nl\"").doesNotContain("HTTP ERROR");
        assertThat(header(weg, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(ruw(demo.poort, "TRACE / HTTP/1.1\r\nHost: localhost\r\nX-Geheim: 1\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 405").doesNotContain("X-Geheim");

        String api = ruw(demo.poort, get("/api/health"));
        assertThat(header(api, "Cache-Control")).isEqualTo("no-store");
        assertThat(header(api, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(api, "Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(header(api, "Strict-Transport-Security")).as("gewoon http").isNull();
    }

    // ---- point 7: 415 ----

    @Test
    void writeRoutesRefuseFormsMultipartAndTextButTheLoginFormWorks() {
        Api regisseur = demo.api().als("utrecht-regisseur");
        String actie = null;
        for (JsonNode x : regisseur.get(G + "/acties?pageSize=100").json().path("results")) {
            if (x.path("gereed").isNull()) {
                actie = x.path("id").asText();
            }
        }
        assertThat(actie).as("een open actie in de demo").isNotNull();
        String casus = regisseur.get(G + "/casussen?pageSize=1").json().path("results").get(0).path("id").asText();
        for (String type : new String[] { "application/x-www-form-urlencoded", "multipart/form-data; boundary=--x",
                "text/plain" }) {
            for (String pad : new String[] { G + "/acties/" + actie + "/gereed", G + "/casussen",
                    G + "/casussen/" + casus + "/status", G + "/signalen", G + "/standaard/x" }) {
                Api.Antwoord a = regisseur.verstuur("POST", pad, "a=b", Map.of("Content-Type", type));
                assertThat(a.status()).as(type + " " + pad + " " + a.body()).isEqualTo(415);
                assertThat(a.contentType()).isEqualTo("application/problem+json");
            }
        }
        // the action is still open: nothing happened
        assertThat(regisseur.get(G + "/acties/" + actie).json().path("gereed").isNull()).isTrue();
        Api.Antwoord login = demo.api().verstuur("POST", "/api/sessies", "gebruikersnaam=utrecht-regisseur&wachtwoord=demo",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(login.status()).as(login.body()).isEqualTo(201);
    }

    // ---- point 8: numbers ----

    @Test
    void everyAmountFieldAnswers400ToNumbersOutOfRange() {
        Api beheerder = demo.api().als("utrecht-beheerder");
        Api regisseur = demo.api().als("utrecht-regisseur");
        String potje = regisseur.get(G + "/potjes").json().path("results").get(0).path("id").asText();
        String besluit = regisseur.get(G + "/acties?pageSize=1").json().path("results").get(0).path("besluitId").asText();
        String casus = regisseur.get(G + "/casussen?pageSize=1&status=in_voorbereiding").json().path("results").get(0)
                .path("id").asText();
        assertThat(potje).isNotBlank();
        assertThat(casus).isNotBlank();
        for (String n : new String[] { "1e400", "-1e400", "1e-400", "1e999999999", "-1e-999999999", "1e300", "0.001" }) {
            List<String[]> velden = List.of(
                    new String[] { "beheerder", "POST", G + "/potjes", "{\"naam\":\"P\",\"beginsaldo\":" + n + "}", "beginsaldo" },
                    new String[] { "beheerder", "POST", G + "/potjes/" + potje + "/stortingen", "{\"bedrag\":" + n + "}", "bedrag" },
                    new String[] { "regisseur", "POST", G + "/potjes/" + potje + "/uitgaven", "{\"besluitId\":\"" + besluit + "\",\"bedrag\":" + n + "}", "bedrag" },
                    new String[] { "beheerder", "POST", G + "/contacten", "{\"organisatie\":\"CJIB\",\"naam\":\"P\","
                            + "\"email\":\"p@cjib.nl\",\"mandaatBedrag\":" + n + "}", "mandaatBedrag" },
                    new String[] { "beheerder", "POST", G + "/tafels", "{\"naam\":\"T\",\"variant\":\"standaard\","
                            + "\"deelnemers\":[{\"naam\":\"A\",\"organisatie\":\"CJIB\",\"mandaatBedrag\":" + n + "}]}",
                            "deelnemers.0.mandaatBedrag" },
                    new String[] { "regisseur", "POST", G + "/casussen/" + casus + "/besluiten", "{\"soort\":\"doorbraak\","
                            + "\"omschrijving\":\"x\",\"waardendriehoek\":{\"legitimiteit\":\"a\",\"rendement\":\"b\","
                            + "\"betrokkenheid\":\"c\",\"rendementBedrag\":" + n + "}}", "waardendriehoek.rendementBedrag" },
                    new String[] { "regisseur", "POST", G + "/casussen/" + casus + "/besluiten", "{\"soort\":\"regulier\","
                            + "\"omschrijving\":\"x\",\"toezeggingen\":[{\"organisatie\":\"CJIB\",\"bedrag\":" + n + "}]}",
                            "toezeggingen.0.bedrag" },
                    new String[] { "regisseur", "POST", G + "/casussen/" + casus + "/besluiten", "{\"soort\":\"regulier\","
                            + "\"omschrijving\":\"x\",\"uitgave\":{\"potjeId\":\"" + potje + "\",\"bedrag\":" + n + "}}",
                            "uitgave.bedrag" },
                    new String[] { "regisseur", "PUT", G + "/casussen/" + casus + "/perspectiefplan", "{\"doel\":\"x\","
                            + "\"kosten\":[{\"organisatie\":\"CJIB\",\"doormodderen\":" + n + ",\"doorbreken\":1}]}",
                            "kosten.0.doormodderen" });
            for (String[] v : velden) {
                Api api = v[0].equals("beheerder") ? beheerder : regisseur;
                Api.Antwoord a = api.verstuur(v[1], v[2], v[3], Map.of());
                assertThat(a.status()).as(n + " in " + v[4] + " van " + v[1] + " " + v[2] + ": " + a.body()).isEqualTo(400);
                assertThat(a.contentType()).isEqualTo("application/problem+json");
                List<String> namen = new ArrayList<>();
                a.json().path("invalidParams").forEach(f -> namen.add(f.path("name").asText()));
                assertThat(namen).as(n + " " + a.body()).contains(v[4]);
            }
        }
        assertThat(demo.log()).doesNotContain("NumberFormatException").doesNotContain("Onverwachte fout");
    }

    // ---- point 9: control characters ----

    @Test
    void controlCharactersAreRefusedWithTheFieldNameAndForgeNoLogLine() {
        Api regisseur = demo.api().als("utrecht-regisseur");
        String tafel = regisseur.get(G + "/tafels").json().path("results").get(0).path("id").asText();
        String[][] fout = {
                { "{\"tafelId\":\"" + tafel + "\",\"titel\":\"\\u001b[2J\\u001b[31mrood\",\"hulpvraag\":\"x\"}", "titel" },
                { "{\"tafelId\":\"" + tafel + "\",\"titel\":\"a\\u0000b\",\"hulpvraag\":\"x\"}", "titel" },
                { "{\"tafelId\":\"" + tafel + "\",\"titel\":\"regel\\r\\nnog een\",\"hulpvraag\":\"x\"}", "titel" },
                { "{\"tafelId\":\"" + tafel + "\",\"titel\":\"\\ud800\",\"hulpvraag\":\"x\"}", "titel" },
                { "{\"tafelId\":\"" + tafel + "\",\"titel\":\"t\",\"hulpvraag\":\"\\u009b31m\"}", "hulpvraag" },
                { "{\"tafelId\":\"" + tafel + "\",\"titel\":\"t\",\"hulpvraag\":\"x\",\"variantData\":{\"urgentie\":"
                        + "\"hoog\\u001b]0;x\\u0007\"}}", "variantData.urgentie" } };
        for (String[] f : fout) {
            Api.Antwoord a = regisseur.post(G + "/casussen", f[0]);
            assertThat(a.status()).as(f[0] + " " + a.body()).isEqualTo(400);
            JsonNode params = a.json().path("invalidParams");
            assertThat(params.toString()).as(a.body()).contains("\"name\":\"" + f[1] + "\"").contains("\"code\":\"tekens\"");
        }
        // a multi-line field keeps its lines
        Api.Antwoord goed = regisseur.post(G + "/casussen", "{\"tafelId\":\"" + tafel + "\",\"titel\":\"Titel\","
                + "\"hulpvraag\":\"Eerste regel\\nTweede regel\\r\\n\\tingesprongen\",\"variantData\":{\"urgentie\":\"normaal\"}}");
        assertThat(goed.status()).as(goed.body()).isEqualTo(201);
        assertThat(goed.json().path("hulpvraag").asText()).isEqualTo("Eerste regel\nTweede regel\r\n\tingesprongen");

        // a user name that would write a line of its own into the log
        String nep = "2026-01-01T00:00:00.000+0000 [main] INFO Nep - platformbeheerder ingelogd";
        Api.Antwoord login = demo.api().verstuur("POST", "/api/sessies", "gebruikersnaam=x%0D%0A"
                + java.net.URLEncoder.encode(nep, StandardCharsets.UTF_8) + "&wachtwoord=demo",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(login.status()).isEqualTo(400);
        assertThat(login.json().path("invalidParams").get(0).path("name").asText()).isEqualTo("gebruikersnaam");
        assertThat(demo.log().lines()).noneMatch(l -> l.startsWith(nep));
    }

    // ---- points 3 and 4: public URL, trusted proxies, live ----

    @Test
    void locationAndPagingUseThePublicUrlNeverTheHostHeaderAndProxiesCountOnlyWhenTrusted() throws Exception {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("utrecht-regisseur:demo".getBytes());
        String lijst = "GET " + G + "/casussen?pageSize=2 HTTP/1.1\r\nHost: aanvaller.example\r\nAuthorization: " + basic
                + "\r\nX-Forwarded-Host: aanvaller.example\r\nX-Forwarded-Proto: https\r\nConnection: close\r\n\r\n";
        // without settings: the connection's own address; the Host header and an untrusted proxy's headers ignored
        String a = ruw(demo.poort, lijst);
        assertThat(a).startsWith("HTTP/1.1 200").doesNotContain("aanvaller")
                .contains("\"next\":\"http://localhost:" + demo.poort + G + "/casussen?page=2");
        assertThat(header(a, "Strict-Transport-Security")).isNull();

        String origineel = Files.readString(demo.home.resolve("config/nl.doorbraak.web.cfg"));
        demo.schrijfConfig("nl.doorbraak.web.cfg", "publiekeUrl = https://doorbraak.gemeente.example/tafels\n"
                + "vertrouwdeProxies = 10.0.0.0/8\n");
        try {
            // both the links (servlet) and HSTS (headers filter) follow the new configuration, from one Perimeter
            String b = wacht(() -> ruw(demo.poort, lijst), s -> s.contains("doorbraak.gemeente.example")
                    && header(s, "Strict-Transport-Security") != null);
            assertThat(b).contains("\"next\":\"https://doorbraak.gemeente.example/tafels" + G + "/casussen?page=2");
            assertThat(header(b, "Strict-Transport-Security")).isEqualTo("max-age=31536000");
            Api.Antwoord login = demo.api().login("utrecht-regisseur", "demo");
            assertThat(login.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Strict").contains("Secure");
            assertThat(login.header("Location")).isEqualTo("https://doorbraak.gemeente.example/tafels/api/sessies/huidig");

            // this test talks from 127.0.0.1: trusted now, its X-Forwarded-Proto counts
            demo.schrijfConfig("nl.doorbraak.web.cfg", "vertrouwdeProxies = 127.0.0.1, ::1\n");
            String c = wacht(() -> ruw(demo.poort, lijst), s -> s.contains("\"next\":\"http://localhost:")
                    && header(s, "Strict-Transport-Security") != null);
            assertThat(header(c, "Strict-Transport-Security")).isEqualTo("max-age=31536000");
            assertThat(c).doesNotContain("aanvaller");
            Api.Antwoord viaProxy = demo.api().verstuur("POST", "/api/sessies",
                    "{\"gebruikersnaam\":\"utrecht-regisseur\",\"wachtwoord\":\"demo\"}", Map.of("X-Forwarded-Proto", "https"));
            assertThat(viaProxy.header("Set-Cookie")).contains("Secure");
            Api.Antwoord zonder = demo.api().verstuur("POST", "/api/sessies",
                    "{\"gebruikersnaam\":\"utrecht-regisseur\",\"wachtwoord\":\"demo\"}", Map.of("X-Forwarded-Proto", "http"));
            assertThat(zonder.header("Set-Cookie")).doesNotContain("Secure");

            // an invalid value is refused, with a warning in the health, and the last valid one stays
            demo.schrijfConfig("nl.doorbraak.web.cfg", "vertrouwdeProxies = proxy.gemeente.example\n");
            JsonNode health = wacht(() -> demo.api().get("/api/health").json(),
                    h -> h.path("waarschuwingen").toString().contains("vertrouwdeProxies"));
            assertThat(health.path("waarschuwingen").toString()).contains("proxy.gemeente.example").contains("vorige");
            assertThat(header(ruw(demo.poort, lijst), "Strict-Transport-Security")).isEqualTo("max-age=31536000");
        } finally {
            demo.schrijfConfig("nl.doorbraak.web.cfg", origineel);
        }
        wacht(() -> ruw(demo.poort, lijst), s -> header(s, "Strict-Transport-Security") == null);
    }

    // ---- point 10: file permissions ----

    @Test
    void nothingUnderDataOrLogsIsReadableByGroupOrOthers() throws IOException {
        assertPrive(demo.data, demo.home.resolve("logs"));
    }

    static void assertPrive(Path... mappen) throws IOException {
        int bestanden = 0;
        for (Path map : mappen) {
            try (Stream<Path> s = Files.walk(map)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    if (Files.isSymbolicLink(p)) {
                        continue;
                    }
                    Set<PosixFilePermission> r = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
                    assertThat(Collections.disjoint(r, GROEP_EN_ANDEREN)).as(p + " " + r).isTrue();
                    bestanden++;
                }
            }
        }
        // the database, the bundle cache, ConfigAdmin, the journal, the lock and the log were all looked at
        assertThat(bestanden).isGreaterThan(20);
    }

    // ---- a second installation: sh -c, bind address, HTTPS ----

    @Test
    void startedThroughAScriptWithABindAddressAndHttpsFromConfig() throws Exception {
        try (Platform p = Platform.nieuw()) {
            int https = Platform.vrijePoort();
            String wachtwoord = "geheim-" + System.nanoTime();
            Path keystore = p.home.resolve("config/doorbraak.p12");
            keytool("-genkeypair", "-alias", "doorbraak", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                    "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", keystore.toString(), "-storepass", wachtwoord);
            // the password from the environment, not in the file
            p.schrijfConfig("org.apache.felix.http.cfg", "org.apache.felix.https.enable = true\n"
                    + "org.osgi.service.http.port.secure = " + https + "\n"
                    + "org.apache.felix.https.keystore = ${doorbraak.home}/config/doorbraak.p12\n"
                    + "org.apache.felix.https.keystore.password = ${env:DOORBRAAK_KEYSTORE_WACHTWOORD}\n");
            p.metOmgeving("DOORBRAAK_KEYSTORE_WACHTWOORD", wachtwoord).metOmgeving("DOORBRAAK_BIND", "127.0.0.1");

            // as `./mvnw ... && bin/doorbraak` in one shell: the shell started 5 s before the JVM
            long shGestart = System.nanoTime();
            p.startVia(List.of("/bin/sh", "-c", "sleep 5; exec " + p.home.resolve("bin/doorbraak")));
            String regel = wachtOpStartregel(p);
            long sindsSh = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - shGestart);

            // the start line: where it listens, HTTPS first, and a time that does not count the sleep
            assertThat(regel).contains("https://127.0.0.1:" + https + "/ en http://127.0.0.1:" + p.poort + "/")
                    .contains("luistert alleen op 127.0.0.1");
            Matcher m = Pattern.compile("framework gestart in (\\d+) ms").matcher(regel);
            assertThat(m.find()).as(regel).isTrue();
            long gemeld = Long.parseLong(m.group(1));
            assertThat(gemeld).as("gemeld %d ms, %d ms sinds sh begon", gemeld, sindsSh).isLessThan(sindsSh - 4000);

            // bound to loopback only: not reachable on another address of this machine
            assertThat(luistertOp(p.poort)).containsOnly("127.0.0.1");
            InetAddress ander = anderAdres();
            if (ander != null) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(ander, p.poort), 2000);
                    fail("verbinding op " + ander + " had geweigerd moeten worden");
                } catch (ConnectException e) {
                    // refused, as it should be
                }
            }

            // HTTPS by Jetty with the keystore from config/, trusting only that certificate
            SSLContext tls = vertrouw(keystore, wachtwoord);
            HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + https
                    + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + https
                    + "/api/sessies")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                            .ofString("{\"gebruikersnaam\":\"niemand\",\"wachtwoord\":\"fout\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(401);
            // the session cookie over HTTPS is Secure: clear it (logout) and look at the header
            HttpResponse<String> uit = client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + https
                    + "/api/sessies/huidig")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(uit.statusCode()).isEqualTo(204);
            assertThat(uit.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly").endsWith("; Secure");
            assertThat(client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + https + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).headers().firstValue("Strict-Transport-Security"))
                    .contains("max-age=31536000");
            // plain HTTP still answers, without HSTS
            assertThat(ruw(p.poort, get("/api/health"))).startsWith("HTTP/1.1 200").doesNotContain("Strict-Transport");

            // Jetty's own errors over TLS too: the error handler survived Felix's restart of Jetty for HTTPS
            try (Socket s = tls.getSocketFactory().createSocket("localhost", https)) {
                JsonNode j = probleem(ruw(s, get("/api/gemeenten/%2e%2e/x")), 400);
                assertThat(j.path("detail").asText()).contains("pad");
            }
            assertThat(p.log()).doesNotContain("Exception while initializing Jetty").doesNotContain("Failed starting connector");

            assertPrive(p.data, p.home.resolve("logs"));
        }
    }

    private static String wachtOpStartregel(Platform p) {
        long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < tot) {
            for (String l : p.uitvoer().lines().toList()) {
                if (l.startsWith("Doorbraak draait op")) {
                    return l;
                }
            }
            Platform.slaap(100);
        }
        return fail("geen startregel:\n" + p.uitvoer());
    }

    /** The local addresses with a listening TCP socket on this port, from /proc/net/tcp and tcp6. */
    private static List<String> luistertOp(int poort) throws IOException {
        List<String> adressen = new ArrayList<>();
        String hex = String.format("%04X", poort);
        for (String bestand : new String[] { "/proc/net/tcp", "/proc/net/tcp6" }) {
            Path f = Path.of(bestand);
            if (!Files.exists(f)) {
                continue;
            }
            for (String regel : Files.readAllLines(f)) {
                String[] d = regel.trim().split("\\s+");
                // local_address is "ADDR:PORT" in hex, st 0A is LISTEN
                if (d.length > 3 && d[1].endsWith(":" + hex) && d[3].equals("0A")) {
                    String a = d[1].substring(0, d[1].indexOf(':'));
                    // 127.0.0.1, also as ::ffff:127.0.0.1 on a dual-stack socket
                    adressen.add(a.equals("0100007F") || a.equals("0000000000000000FFFF00000100007F") ? "127.0.0.1" : a);
                }
            }
        }
        if (adressen.isEmpty()) {
            fail("/proc/net/tcp toont niemand die op poort " + poort + " luistert");
        }
        return adressen;
    }

    private static InetAddress anderAdres() throws IOException {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!ni.isUp() || ni.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a instanceof Inet4Address) {
                    return a;
                }
            }
        }
        return null;
    }

    private static void keytool(String... args) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        if (!Files.isExecutable(keytool)) {
            fail("keytool ontbreekt in " + keytool.getParent() + ": installeer een volledige JDK 17");
        }
        List<String> cmd = new ArrayList<>(List.of(keytool.toString()));
        cmd.addAll(List.of(args));
        Process k = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String uit = new String(k.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(k.waitFor()).as(uit).isZero();
    }

    private static SSLContext vertrouw(Path keystore, String wachtwoord) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, wachtwoord.toCharArray());
        }
        Certificate cert = ks.getCertificate("doorbraak");
        KeyStore vertrouwd = KeyStore.getInstance(KeyStore.getDefaultType());
        vertrouwd.load(null, null);
        vertrouwd.setCertificateEntry("doorbraak", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(vertrouwd);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    /** Waits (at most 15 s) for a live configuration change to show. */
    static <T> T wacht(java.util.function.Supplier<T> vraag, java.util.function.Predicate<T> klaar) {
        long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        T laatste = null;
        while (System.nanoTime() < tot) {
            laatste = vraag.get();
            if (klaar.test(laatste)) {
                return laatste;
            }
            Platform.slaap(200);
        }
        return fail("de wijziging werd niet zichtbaar; laatste antwoord:\n" + laatste);
    }
}
