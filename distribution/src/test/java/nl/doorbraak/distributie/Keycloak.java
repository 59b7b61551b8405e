package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A real Keycloak, the identity provider a gemeente could run, as a process of its own for the SSO tests: the
 * {@code keycloak-quarkus-dist} that Maven unpacked into {@code target/keycloak}, started on Java 21 or newer with the
 * realm {@value #REALM} from {@code src/test/resources/keycloak/utrecht-realm.json}, in memory, on free ports of
 * 127.0.0.1. Nothing is faked: tokens, PKCE, login pages and logout are Keycloak's own. See docs/sso-test.md.
 *
 * <pre>
 * try (Keycloak idp = Keycloak.start()) {
 *     URI auth = ...; // an authorization request to idp.issuer()'s authorization endpoint
 *     URI callback = idp.browser().login(auth, Keycloak.TAFELLID, Keycloak.WACHTWOORD).callback();
 * }
 * </pre>
 */
final class Keycloak implements AutoCloseable {

    static final String VERSIE = System.getProperty("doorbraak.keycloak.versie", "26.7.3");
    static final Path DIST = Path.of(System.getProperty("doorbraak.keycloak", "target/keycloak/keycloak-" + VERSIE));
    /** Java for Keycloak (a JDK or JRE directory, or its bin/java); otherwise found under /usr/lib/jvm. */
    static final String JAVA_OMGEVING = "DOORBRAAK_KEYCLOAK_JAVA";
    static final int MIN_JAVA = 21;

    static final String REALM = "utrecht";
    static final String CLIENT_ID = "doorbraak";
    static final String CLIENT_SECRET = "doorbraak-utrecht-testgeheim";
    /** Claims in the ID token (and access token, userinfo) that carry Doorbraak's roles and tafel ids. */
    static final String CLAIM_ROLLEN = "doorbraak_rollen";
    static final String CLAIM_TAFELS = "doorbraak_tafels";
    /** The password of every user of the test realm. */
    static final String WACHTWOORD = "doorbraak-sso";
    /** Users of the realm: their roles are client roles of {@value #CLIENT_ID}. */
    static final String REGISSEUR = "regisseur";
    static final String TAFELLID = "tafellid";
    static final String BEHEERDER = "beheerder";
    static final String ZONDER_ROL = "zonderrol";
    static final String GEBLOKKEERD = "geblokkeerd";
    /** The tafel of {@value #TAFELLID}: the id of the demo tafel Overvecht (utrecht-overvecht), as with --demo. */
    static final String TAFEL_OVERVECHT = "a9cf4c93-f609-398a-9e63-d957f48101e9";

    private static final Duration START_MAX = Duration.ofSeconds(240);

    private final Path home;
    private final int poort;
    private final Process proces;
    private final Process waakhond;
    private final Thread opruimer;
    private final Duration starttijd;

    private Keycloak(Path home, int poort, Process proces, Process waakhond, Thread opruimer, Duration starttijd) {
        this.home = home;
        this.poort = poort;
        this.proces = proces;
        this.waakhond = waakhond;
        this.opruimer = opruimer;
        this.starttijd = starttijd;
    }

    /**
     * Starts Keycloak with the test realm in a fresh temporary home and waits until the realm's discovery document
     * answers. The first start on a new unpack re-augments Keycloak for this configuration (some 20 s extra, once).
     */
    static Keycloak start() {
        if (!Files.isRegularFile(DIST.resolve("lib/quarkus-run.jar"))) {
            fail("Keycloak ontbreekt in " + DIST.toAbsolutePath() + ". De SSO-tests pakken keycloak-quarkus-dist "
                    + VERSIE + " uit in de fase pre-integration-test: draai ./mvnw verify (niet met -DskipTests)."
                    + " / Keycloak is missing; run ./mvnw verify, which unpacks it.");
        }
        Path java = java();
        try {
            Path home = Files.createTempDirectory("doorbraak-keycloak-");
            for (String map : List.of("data/import", "providers", "conf", "themes")) {
                Files.createDirectories(home.resolve(map));
            }
            // Keycloak finds its build (lib/quarkus) through kc.home.dir; the data stays in this home
            Files.createSymbolicLink(home.resolve("lib"), DIST.resolve("lib").toAbsolutePath());
            try (InputStream realm = Keycloak.class.getResourceAsStream("/keycloak/" + REALM + "-realm.json")) {
                if (realm == null) {
                    fail("Testbron /keycloak/" + REALM + "-realm.json ontbreekt op het class path");
                }
                Files.copy(realm, home.resolve("data/import/" + REALM + "-realm.json"));
            }
            Path geheim = home.resolve("doorbraak-client-secret");
            Files.writeString(geheim, CLIENT_SECRET + "\n");
            Files.setPosixFilePermissions(geheim, PosixFilePermissions.fromString("rw-------"));

            int poort = Platform.vrijePoort();
            List<String> cmd = List.of("/bin/sh", DIST.resolve("bin/kc.sh").toAbsolutePath().toString(), "start",
                    // build options (a change re-augments once): in-memory H2, so every start imports a fresh
                    // realm; local caches, no cluster discovery
                    "--db=dev-mem", "--cache=local",
                    "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + poort,
                    "--http-management-port=" + Platform.vrijePoort(),
                    // a fixed issuer, whichever host name the caller uses
                    "--hostname=http://localhost:" + poort,
                    "--import-realm", "--log-console-color=false",
                    // after kc.sh's own -Dkc.home.dir, so this one wins
                    "-Dkc.home.dir=" + home);
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(home.resolve("keycloak.log").toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("JAVA_OPTS") || k.equals("JAVA_ADD_OPENS"));
            env.put("JAVA", java.toString());
            env.put("JAVA_HOME", java.getParent().getParent().toString());
            // C1 only: the tests log in a few times; the C2 compiler would spend a core during the start
            env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");

            long t0 = System.nanoTime();
            // two starts that both re-augment the same unpack would write lib/quarkus at the same time
            try (FileChannel kanaal = FileChannel.open(DIST.resolveSibling(".doorbraak-start.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock slot = kanaal.lock()) {
                Process proces = pb.start();
                Process waakhond = waakhond(proces);
                Thread opruimer = new Thread(() -> stopProces(proces, waakhond), "keycloak-opruimer");
                Runtime.getRuntime().addShutdownHook(opruimer);
                try {
                    wachtTotKlaar(proces, URI.create("http://localhost:" + poort + "/realms/" + REALM), home);
                } catch (RuntimeException | Error e) {
                    stopProces(proces, waakhond);
                    Runtime.getRuntime().removeShutdownHook(opruimer);
                    verwijder(home);
                    throw e;
                }
                return new Keycloak(home, poort, proces, waakhond, opruimer, Duration.ofNanos(System.nanoTime() - t0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A second process that ends Keycloak when the test JVM disappears without closing it (killed, or crashed), so
     * no Keycloak is ever left behind: SIGTERM, and SIGKILL for kc.sh and its JVM if they still run 30 s later (a
     * Keycloak that gets SIGTERM while it is still starting does not stop; seen with 26.7.3).
     */
    private static Process waakhond(Process keycloak) throws IOException {
        long test = ProcessHandle.current().pid();
        long kc = keycloak.pid();
        String script = "while kill -0 " + test + " 2>/dev/null && kill -0 " + kc + " 2>/dev/null; do sleep 1; done; "
                + "kill -0 " + kc + " 2>/dev/null || exit 0; "
                + "kinderen=$(ps -o pid= --ppid " + kc + " 2>/dev/null); kill -TERM " + kc + " 2>/dev/null; "
                + "for i in $(seq 30); do kill -0 " + kc + " 2>/dev/null || exit 0; sleep 1; done; "
                + "kill -KILL " + kc + " $kinderen 2>/dev/null; exit 0";
        return new ProcessBuilder("/bin/sh", "-c", script).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void wachtTotKlaar(Process proces, URI issuer, Path home) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI discovery = URI.create(issuer + "/.well-known/openid-configuration");
        long tot = System.nanoTime() + START_MAX.toNanos();
        while (System.nanoTime() < tot) {
            if (!proces.isAlive()) {
                fail("Keycloak stopte bij het starten (exit " + proces.exitValue() + "):\n" + log(home));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Platform.slaap(250);
        }
        fail("Keycloak was niet klaar binnen " + START_MAX.toSeconds() + " s:\n" + log(home));
    }

    /** The realm's issuer, as in its discovery document and in every token. */
    URI issuer() {
        return URI.create(basis() + "/realms/" + REALM);
    }

    /** http://localhost:port, where Keycloak listens (on 127.0.0.1 only). */
    URI basis() {
        return URI.create("http://localhost:" + poort);
    }

    String clientId() {
        return CLIENT_ID;
    }

    String clientSecret() {
        return CLIENT_SECRET;
    }

    /** A file (mode 600) that holds the client secret and a newline, as the platform is given it. */
    Path clientSecretBestand() {
        return home.resolve("doorbraak-client-secret");
    }

    /** From launching kc.sh until the realm's discovery document answered. */
    Duration starttijd() {
        return starttijd;
    }

    /** Resident memory of the Keycloak JVM in KiB (from /proc), for the figures the tests print. */
    long rssKiB() {
        ProcessHandle jvm = Stream.concat(Stream.of(proces.toHandle()), proces.descendants())
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst()
                .orElse(proces.toHandle());
        try {
            for (String regel : Files.readAllLines(Path.of("/proc", Long.toString(jvm.pid()), "status"))) {
                if (regel.startsWith("VmRSS:")) {
                    return Long.parseLong(regel.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            // gone
        }
        return -1;
    }

    /** CPU time of kc.sh and its JVM so far. */
    Duration cpuTijd() {
        return Stream.concat(Stream.of(proces.toHandle()), proces.descendants())
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus);
    }

    /** A new browser: its own cookies, so its own Keycloak session. */
    Browser browser() {
        return new Browser(basis());
    }

    /** What Keycloak printed (its console log). */
    String log() {
        return log(home);
    }

    private static String log(Path home) {
        try {
            return Files.readString(home.resolve("keycloak.log"));
        } catch (IOException e) {
            return "(geen log: " + e + ")";
        }
    }

    /** Stops Keycloak (SIGTERM, as kc.sh passes on to its JVM) and removes its temporary home. */
    @Override
    public void close() {
        stopProces(proces, waakhond);
        try {
            Runtime.getRuntime().removeShutdownHook(opruimer);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already
        }
        verwijder(home);
    }

    private static void verwijder(Path home) {
        // lib is a symbolic link to the unpacked Keycloak: File.delete removes the link, walk does not follow it
        try (Stream<Path> s = Files.walk(home)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp dir left behind is not worth failing a test for
        }
    }

    private static void stopProces(Process proces, Process waakhond) {
        List<ProcessHandle> alle = new ArrayList<>(proces.descendants().toList());
        alle.add(0, proces.toHandle());
        try {
            // SIGTERM: kc.sh passes it on to its JVM and waits for it (or it is the JVM, after kc.sh exec'd it)
            proces.destroy();
            if (!proces.waitFor(30, TimeUnit.SECONDS)) {
                alle.forEach(ProcessHandle::destroyForcibly);
            }
            for (ProcessHandle p : alle) {
                try {
                    p.onExit().get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                    p.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            alle.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        } finally {
            waakhond.destroyForcibly();
        }
    }

    /** Path of {@code bin/java} of a Java 21 or newer, or a failure that says what to install. */
    static Path java() {
        return java(System.getenv(JAVA_OMGEVING), Path.of(System.getProperty("java.home")),
                Runtime.version().feature(), Path.of("/usr/lib/jvm"));
    }

    /**
     * @param gezet the value of {@value #JAVA_OMGEVING} (a JDK directory or its bin/java), or null
     * @param eigen java.home of the JVM running the tests, used when it is new enough
     * @param jvms the directory with installed JDKs, each with its {@code release} file
     */
    static Path java(String gezet, Path eigen, int eigenVersie, Path jvms) {
        if (gezet != null && !gezet.isBlank()) {
            Path p = Path.of(gezet);
            Path bin = Files.isDirectory(p) ? p.resolve("bin/java") : p;
            int v = versie(bin);
            if (v < MIN_JAVA) {
                fail(JAVA_OMGEVING + "=" + gezet + " is geen Java " + MIN_JAVA + " of nieuwer (gevonden: "
                        + (v < 0 ? "geen java" : "Java " + v) + "). Keycloak " + VERSIE + " heeft Java "
                        + MIN_JAVA + "+ nodig.");
            }
            return echt(bin);
        }
        if (eigenVersie >= MIN_JAVA) {
            return echt(eigen.resolve("bin/java"));
        }
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> s = Files.list(jvms)) {
                Optional<Path> beste = s.map(d -> d.resolve("bin/java"))
                        .filter(b -> versie(b) >= MIN_JAVA)
                        .max(Comparator.comparingInt(Keycloak::versie).thenComparing(Comparator.naturalOrder()));
                if (beste.isPresent()) {
                    return echt(beste.get());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fail("Keycloak " + VERSIE + " (de identity provider van de SSO-tests) heeft Java " + MIN_JAVA
                + " of nieuwer nodig, en die is er niet: niet in " + JAVA_OMGEVING + ", niet in " + jvms + "/*."
                + " Installeer er een (Debian 13: apt-get install -y openjdk-21-jdk-headless; of een Temurin 21/25"
                + " onder /usr/lib/jvm) of zet " + JAVA_OMGEVING + "=/pad/naar/jdk."
                + " / Keycloak needs Java " + MIN_JAVA + "+: install one under /usr/lib/jvm or set " + JAVA_OMGEVING
                + ". .ci/run does this.");
    }

    private static Path echt(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feature version of the Java at {@code bin} from its release file (without starting it), or -1. */
    static int versie(Path bin) {
        if (!Files.isExecutable(bin)) {
            return -1;
        }
        Path release;
        try {
            release = bin.toRealPath().getParent().getParent().resolve("release");
        } catch (IOException e) {
            return -1;
        }
        try {
            for (String regel : Files.readAllLines(release)) {
                if (regel.startsWith("JAVA_VERSION=")) {
                    String v = regel.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String eerste = v.startsWith("1.") ? v.substring(2) : v;
                    return Integer.parseInt(eerste.split("[.+\\-_]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /**
     * A browser as far as Keycloak's pages need one: a cookie jar, redirects followed while they stay at Keycloak,
     * forms posted. A redirect that leaves Keycloak (to the platform's callback, or after logout) is not followed
     * but returned, so the test plays the platform's part.
     */
    static final class Browser {

        private final URI keycloak;
        private final HttpClient http;
        private final CookieStore cookies = new CookieManager().getCookieStore();

        Browser(URI keycloak) {
            this.keycloak = keycloak;
            this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }

        /** GET, following redirects within Keycloak. */
        Antwoord open(URI uri) {
            return volg(verstuur(HttpRequest.newBuilder(uri).GET(), uri));
        }

        /**
         * Opens an authorization request and logs in on Keycloak's login form ({@code form#kc-form-login}) as a
         * person would; returns where Keycloak sent the browser (the callback with code and state), or the page
         * it showed instead (e.g. an error). With a Keycloak session in this browser there is no form: Keycloak
         * redirects at once, and that is returned.
         */
        Antwoord login(URI autorisatieverzoek, String gebruiker, String wachtwoord) {
            Antwoord a = open(autorisatieverzoek);
            if (a.doorgestuurdNaar() != null) {
                return a;
            }
            Element form = a.document().selectFirst("form#kc-form-login");
            if (form == null) {
                return a;
            }
            Map<String, String> velden = velden(form);
            velden.put("username", gebruiker);
            velden.put("password", wachtwoord);
            return post(URI.create(form.absUrl("action")), velden);
        }

        /**
         * RP-initiated logout: opens the end-session request; if Keycloak asks to confirm (without an
         * id_token_hint it does), confirms as a person would. Returns the redirect to the post-logout URI, or the
         * page Keycloak ended on.
         */
        Antwoord logout(URI endSessionVerzoek) {
            Antwoord a = open(endSessionVerzoek);
            if (a.doorgestuurdNaar() == null && a.status() == 200) {
                Element form = a.document().selectFirst("form[action*=logout-confirm]");
                if (form != null) {
                    Map<String, String> velden = velden(form);
                    Element knop = form.selectFirst("button[name], input[type=submit][name]");
                    if (knop != null) {
                        velden.put(knop.attr("name"), knop.hasAttr("value") ? knop.attr("value") : "");
                    }
                    return post(URI.create(form.absUrl("action")), velden);
                }
            }
            return a;
        }

        /** Whether this browser holds a Keycloak login session (its KEYCLOAK_IDENTITY cookie). */
        boolean heeftSessie() {
            return cookies.getCookies().stream().anyMatch(c -> c.getName().equals("KEYCLOAK_IDENTITY")
                    && !c.getValue().isEmpty() && !c.hasExpired());
        }

        private Antwoord post(URI actie, Map<String, String> velden) {
            String body = velden.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return volg(verstuur(HttpRequest.newBuilder(actie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), actie));
        }

        private static Map<String, String> velden(Element form) {
            Map<String, String> velden = new LinkedHashMap<>();
            for (Element input : form.select("input[name]")) {
                velden.put(input.attr("name"), input.attr("value"));
            }
            return velden;
        }

        private Antwoord volg(Antwoord a) {
            for (int i = 0; i < 10 && a.status() / 100 == 3; i++) {
                URI naar = a.uri().resolve(a.locatie());
                if (!isKeycloak(naar)) {
                    return new Antwoord(a.status(), a.uri(), a.html(), naar);
                }
                a = verstuur(HttpRequest.newBuilder(naar).GET(), naar);
            }
            return a;
        }

        private boolean isKeycloak(URI uri) {
            return keycloak.getScheme().equals(uri.getScheme()) && keycloak.getHost().equalsIgnoreCase(uri.getHost())
                    && keycloak.getPort() == uri.getPort();
        }

        private Antwoord verstuur(HttpRequest.Builder b, URI uri) {
            String cookie = cookieHeader(uri);
            if (!cookie.isEmpty()) {
                b.header("Cookie", cookie);
            }
            b.header("Accept", "text/html").header("Accept-Language", "nl").timeout(Duration.ofSeconds(30));
            try {
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                for (String setCookie : r.headers().allValues("Set-Cookie")) {
                    for (HttpCookie c : HttpCookie.parse(setCookie)) {
                        if (c.getPath() == null) {
                            c.setPath("/");
                        }
                        // a cookie with the same name, domain and path replaces the old one; Max-Age=0 removes it
                        cookies.add(uri, c);
                    }
                }
                return new Antwoord(r.statusCode(), uri, r.body(), null,
                        r.headers().firstValue("Location").orElse(null));
            } catch (IOException e) {
                throw new UncheckedIOException("Verzoek aan Keycloak mislukt: " + uri, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /**
         * Cookies for this request, as a browser sends them: name=value for those whose path fits. Keycloak marks
         * its cookies Secure; browsers count http://localhost as a secure context and send them there, which
         * java.net.CookieManager does not, hence this header.
         */
        private String cookieHeader(URI uri) {
            String pad = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            URI alsBeveiligd = URI.create("https://" + uri.getHost() + ":" + uri.getPort() + pad);
            return cookies.get("localhost".equals(uri.getHost()) ? alsBeveiligd : uri).stream()
                    .filter(c -> !c.hasExpired() && pad.startsWith(c.getPath()))
                    .map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
        }
    }

    /**
     * What the browser ended on: a page of Keycloak ({@code status}, {@code html}) or, when Keycloak sent it away,
     * the address it was sent to ({@code doorgestuurdNaar}), not followed.
     */
    record Antwoord(int status, URI uri, String html, URI doorgestuurdNaar, String locatie) {

        Antwoord(int status, URI uri, String html, URI doorgestuurdNaar) {
            this(status, uri, html, doorgestuurdNaar, doorgestuurdNaar == null ? null : doorgestuurdNaar.toString());
        }

        /** The redirect that left Keycloak, e.g. to the callback with code and state; fails with the page's message. */
        URI callback() {
            if (doorgestuurdNaar == null) {
                fail("Keycloak stuurde niet door maar toonde een pagina (" + status + "): " + melding());
            }
            return doorgestuurdNaar;
        }

        /** The query parameters of the redirect, decoded (code, state, error, iss, ...). */
        Map<String, String> parameters() {
            Map<String, String> p = new LinkedHashMap<>();
            String query = callback().getRawQuery();
            if (query != null) {
                for (String deel : query.split("&")) {
                    int is = deel.indexOf('=');
                    String k = is < 0 ? deel : deel.substring(0, is);
                    String v = is < 0 ? "" : deel.substring(is + 1);
                    p.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
                }
            }
            return p;
        }

        Document document() {
            return Jsoup.parse(html == null ? "" : html, uri.toString());
        }

        /** Whether the page is Keycloak's login form. */
        boolean isLoginformulier() {
            return doorgestuurdNaar == null && document().selectFirst("form#kc-form-login") != null;
        }

        /** The message Keycloak shows on the page (an error or notice), or the page title. */
        String melding() {
            if (doorgestuurdNaar != null) {
                return "doorgestuurd naar " + doorgestuurdNaar;
            }
            Document d = document();
            for (String selector : List.of(".kc-feedback-text", "#input-error", "#kc-error-message",
                    "[id^=input-error]", "#kc-page-title")) {
                Element e = d.selectFirst(selector);
                if (e != null && !e.text().isBlank()) {
                    return e.text().strip();
                }
            }
            return d.title();
        }
    }
}
