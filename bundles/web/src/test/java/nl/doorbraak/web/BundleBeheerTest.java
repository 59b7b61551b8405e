package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

import com.fasterxml.jackson.databind.JsonNode;

import nl.doorbraak.web.TestServer.Antw;

/**
 * Plug-ins installeren en verwijderen over HTTP: wie mag, wat geweigerd wordt (en dan staat er niets in deploy/), en
 * dat een upload pas antwoordt als de bundle draait. FileInstall en het framework spelen hier een klein nepje dat
 * deploy/ leest zoals FileInstall (verborgen bestanden niet); DeployApiIT doet het echt.
 */
class BundleBeheerTest {

    static final String PAD = "/api/platform/bundles";

    @TempDir
    Path deploy;
    TestServer server;
    NepFileInstall fileInstall;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
        String uri = deploy.toFile().toURI().normalize().toString();
        server.omgeving().deployMap(uri.endsWith("/") ? uri : uri + "/");
        fileInstall = new NepFileInstall(deploy, server.omgeving().deployMap());
        server.omgeving().bundles(fileInstall::bundles);
    }

    @AfterEach
    void stop() throws Exception {
        fileInstall.stop();
        server.close();
    }

    @Test
    void eenNieuwePlugInWordtGeinstalleerdEnEenNieuweVersieVervangtHemTerPlekke() throws Exception {
        Antw a = upload("platformbeheerder", jar("nl.gemeente.jongeren", "1.0.0", true), "application/java-archive");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        JsonNode b = a.json();
        assertThat(b.path("symbolischeNaam").asText()).isEqualTo("nl.gemeente.jongeren");
        assertThat(b.path("versie").asText()).isEqualTo("1.0.0");
        assertThat(b.path("status").asText()).isEqualTo("actief");
        long id = b.path("id").asLong();
        assertThat(bestanden()).containsExactly("nl.gemeente.jongeren.jar");

        Antw update = upload("platformbeheerder", jar("nl.gemeente.jongeren", "1.1.0", true),
                "application/octet-stream");
        assertThat(update.status()).as(update.body()).isEqualTo(200);
        assertThat(update.json().path("versie").asText()).isEqualTo("1.1.0");
        assertThat(update.json().path("id").asLong()).as("dezelfde bundle, bijgewerkt").isEqualTo(id);
        assertThat(bestanden()).containsExactly("nl.gemeente.jongeren.jar");

        JsonNode lijst = server.getAls("platformbeheerder", PAD).json();
        assertThat(lijst.path("results").toString()).contains("\"versie\":\"1.1.0\"").doesNotContain("1.0.0");
    }

    @Test
    void eenUpdateGaatInHetBestandDatInGebruikIs() throws Exception {
        fileInstall.zet("standaard-0.9.jar", jar("nl.doorbraak.plugin.standaard", "0.9.0", true));
        Antw a = upload("platformbeheerder", jar("nl.doorbraak.plugin.standaard", "1.0.0", true), "application/java-archive");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(bestanden()).containsExactly("standaard-0.9.jar");
    }

    @Test
    void eenNieuwePlugInOverschrijftNooitHetBestandVanEenAndereBundle() throws Exception {
        // a file named like the new plug-in, holding another bundle
        fileInstall.zet("nl.gemeente.jongeren.jar", jar("nl.gemeente.ouderen", "2.0.0", true));
        Antw a = upload("platformbeheerder", jar("nl.gemeente.jongeren", "1.0.0", true), "application/java-archive");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(bestanden()).containsExactly("nl.gemeente.jongeren-1.0.0.jar", "nl.gemeente.jongeren.jar");
        assertThat(server.getAls("platformbeheerder", PAD).json().path("results").toString())
                .contains("nl.gemeente.ouderen").contains("nl.gemeente.jongeren");
    }

    @Test
    void verwijderenHaaltHetBestandWegEnAntwoordtAlsDeBundleWegIs() throws Exception {
        fileInstall.zet("jongeren.jar", jar("nl.gemeente.jongeren", "1.0.0", true));
        Antw a = server.verzoek("DELETE", PAD + "/nl.gemeente.jongeren", null, "Authorization",
                TestServer.basic("platformbeheerder"));
        assertThat(a.status()).as(a.body()).isEqualTo(204);
        assertThat(bestanden()).isEmpty();
        assertThat(fileInstall.bundles()).isEmpty();

        Antw weg = server.verzoek("DELETE", PAD + "/nl.gemeente.jongeren", null, "Authorization",
                TestServer.basic("platformbeheerder"));
        assertThat(weg.status()).isEqualTo(404);
        assertThat(weg.contentType()).startsWith("application/problem+json");
        assertThat(weg.json().path("detail").asText()).contains("geen plug-in");
    }

    @Test
    void bundlesVanHetPlatformWordenGeweigerd() throws Exception {
        fileInstall.zet("nl.doorbraak.core.jar", jar("nl.doorbraak.core", "1.0.0", false));
        fileInstall.buitenDeploy("org.apache.felix.scr", "file:/ergens/system/scr.jar");
        List<String> voor = bestanden();
        for (String naam : List.of("nl.doorbraak.core", "nl.doorbraak.web", "nl.doorbraak.api",
                "org.apache.felix.scr")) {
            Antw a = upload("platformbeheerder", jar(naam, "9.0.0", true), "application/java-archive");
            assertThat(a.status()).as(naam + ": " + a.body()).isEqualTo(409);
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat(a.json().path("detail").asText()).contains("bundle van het platform");
            Antw d = server.verzoek("DELETE", PAD + "/" + naam, null, "Authorization",
                    TestServer.basic("platformbeheerder"));
            assertThat(d.status()).as(naam).isEqualTo(409);
        }
        assertThat(bestanden()).isEqualTo(voor);
    }

    @Test
    void ongeldigeJarsGeven400EnErKomtNietsInDeploy() throws Exception {
        Map<String, byte[]> fout = Map.of(
                "geen jar", "dit is tekst".getBytes(),
                "leeg", new byte[0],
                "beschadigd", java.util.Arrays.copyOf(jar("nl.x", "1.0.0", true), 60),
                "zonder manifest", zipZonderManifest(),
                "zonder naam", jar(null, "1.0.0", true),
                "zonder versie", jar("nl.x", null, true),
                "kapotte versie", jar("nl.x", "1.zeven", true),
                "naam met schuine streep", jar("../x", "1.0.0", true),
                "geen plug-in", jar("nl.x", "1.0.0", false));
        for (Map.Entry<String, byte[]> e : fout.entrySet()) {
            Antw a = upload("platformbeheerder", e.getValue(), "application/java-archive");
            assertThat(a.status()).as(e.getKey() + ": " + a.body()).isEqualTo(400);
            assertThat(a.contentType()).as(e.getKey()).startsWith("application/problem+json");
            assertThat(a.json().path("detail").asText()).as(e.getKey()).isNotBlank().doesNotContain("Exception");
            assertThat(a.json().path("invalidParams").size()).as(e.getKey()).isPositive();
        }
        assertThat(bestanden()).isEmpty();
        try (Stream<Path> alles = Files.list(deploy)) {
            assertThat(alles.toList()).as("ook geen tijdelijk bestand").isEmpty();
        }
    }

    @Test
    void verkeerdMediatypeEnTeGrootGevenEenProbleem() throws Exception {
        byte[] jar = jar("nl.x", "1.0.0", true);
        for (String type : new String[] {"application/json", "text/plain", "multipart/form-data; boundary=x"}) {
            Antw a = upload("platformbeheerder", jar, type);
            assertThat(a.status()).as(type).isEqualTo(415);
            assertThat(a.json().path("detail").asText()).contains("application/java-archive");
        }
        Antw zonder = server.stuur(server.bouw("POST", PAD, HttpRequest.BodyPublishers.ofByteArray(jar),
                "Authorization", TestServer.basic("platformbeheerder")).build());
        assertThat(zonder.status()).isEqualTo(415);

        // 413 (over BundleBeheer.MAX_BYTES, 32 MiB) is Aanvraag.body's, as for every route: DeployApiIT sends one
        assertThat(bestanden()).isEmpty();
    }

    @Test
    void alleenDePlatformbeheerder() throws Exception {
        byte[] jar = jar("nl.x", "1.0.0", true);
        assertThat(server.stuur(server.bouw("POST", PAD, HttpRequest.BodyPublishers.ofByteArray(jar),
                "Content-Type", "application/java-archive").build()).status()).isEqualTo(401);
        for (String wie : List.of("utrecht-beheerder", "utrecht-regisseur", "rijk-szw")) {
            Antw a = upload(wie, jar, "application/java-archive");
            assertThat(a.status()).as(wie).isEqualTo(403);
            assertThat(a.json().path("detail").asText()).isEqualTo("Uw rol geeft geen toegang tot het beheer van plug-ins.");
            assertThat(server.verzoek("DELETE", PAD + "/nl.x", null, "Authorization", TestServer.basic(wie)).status())
                    .as(wie).isEqualTo(403);
        }
        // a session needs its CSRF token, as for every change
        TestServer.Login login = server.login("platformbeheerder");
        Antw zonderToken = server.stuur(server.bouw("POST", PAD, HttpRequest.BodyPublishers.ofByteArray(jar),
                "Cookie", login.cookie(), "Content-Type", "application/java-archive").build());
        assertThat(zonderToken.status()).isEqualTo(403);
        assertThat(bestanden()).isEmpty();
        Antw metToken = server.stuur(server.bouw("POST", PAD, HttpRequest.BodyPublishers.ofByteArray(jar),
                "Cookie", login.cookie(), "X-CSRF-Token", login.csrf(), "Content-Type", "application/java-archive")
                .build());
        assertThat(metToken.status()).as(metToken.body()).isEqualTo(201);
    }

    @Test
    void hetOpenApiDocumentBeschrijftDeUploadAlsJar() {
        JsonNode op = server.get("/api/openapi.json").json().at("/paths/~1api~1platform~1bundles/post");
        assertThat(op.at("/requestBody/content").has("application/java-archive")).isTrue();
        assertThat(op.at("/responses").has("201")).isTrue();
        assertThat(op.path("parameters").toString()).doesNotContain("Idempotency-Key");
    }

    // ---- hulp ----

    private Antw upload(String wie, byte[] inhoud, String type) {
        return server.stuur(server.bouw("POST", PAD, HttpRequest.BodyPublishers.ofByteArray(inhoud),
                "Authorization", TestServer.basic(wie), "Content-Type", type).build());
    }

    private List<String> bestanden() throws IOException {
        try (Stream<Path> s = Files.list(deploy)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    /** Een jar met dit manifest; {@code plugin}: importeert nl.doorbraak.api. */
    static byte[] jar(String naam, String versie, boolean plugin) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        if (naam != null) {
            a.putValue("Bundle-SymbolicName", naam);
        }
        if (versie != null) {
            a.putValue("Bundle-Version", versie);
        }
        a.putValue("Import-Package", plugin ? "nl.doorbraak.api.http;version=\"[2.0,3)\"" : "org.slf4j");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (JarOutputStream j = new JarOutputStream(b, m)) {
            j.putNextEntry(new JarEntry("nl/x/Iets.class"));
            j.write(new byte[2000]);
            j.closeEntry();
        }
        return b.toByteArray();
    }

    private static byte[] zipZonderManifest() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(b)) {
            z.putNextEntry(new java.util.zip.ZipEntry("iets.txt"));
            z.write("hallo".getBytes());
            z.closeEntry();
        }
        return b.toByteArray();
    }

    /**
     * FileInstall en het framework in het klein: elke 50 ms leest het deploy/ (verborgen bestanden niet), installeert
     * een nieuw bestand als actieve bundle, werkt een gewijzigd bestand ter plekke bij (zelfde id) en verwijdert de
     * bundle van een weggehaald bestand.
     */
    static final class NepFileInstall {
        private final Path map;
        private final String uri;
        private final Map<String, Bundle> bundles = new ConcurrentHashMap<>();
        private final Map<String, Long> gezien = new ConcurrentHashMap<>();
        private final List<Bundle> buiten = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final AtomicLong ids = new AtomicLong(10);
        private final Thread draad;
        private volatile boolean stop;

        NepFileInstall(Path map, String uri) {
            this.map = map;
            this.uri = uri;
            draad = new Thread(() -> {
                while (!stop) {
                    scan();
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "nep-fileinstall");
            draad.setDaemon(true);
            draad.start();
        }

        Bundle[] bundles() {
            List<Bundle> l = new ArrayList<>(bundles.values());
            l.addAll(buiten);
            return l.toArray(Bundle[]::new);
        }

        /** Zet een bestand in deploy/ en wacht tot het geïnstalleerd is. */
        void zet(String bestand, byte[] inhoud) throws IOException {
            Files.write(map.resolve(bestand), inhoud);
            long tot = System.nanoTime() + 5_000_000_000L;
            while (!bundles.containsKey(uri + bestand) && System.nanoTime() < tot) {
                Thread.onSpinWait();
            }
        }

        void buitenDeploy(String naam, String locatie) {
            buiten.add(bundle(ids.incrementAndGet(), naam, Version.emptyVersion, locatie, 1L));
        }

        void stop() throws InterruptedException {
            stop = true;
            draad.interrupt();
            draad.join();
        }

        private synchronized void scan() {
            try (Stream<Path> s = Files.list(map)) {
                List<String> nu = new ArrayList<>();
                for (Path p : s.toList()) {
                    String naam = p.getFileName().toString();
                    if (naam.startsWith(".")) {
                        continue;
                    }
                    nu.add(naam);
                    long gewijzigd = Files.getLastModifiedTime(p).toMillis() * 1000 + Files.size(p);
                    if (!Long.valueOf(gewijzigd).equals(gezien.get(naam))) {
                        gezien.put(naam, gewijzigd);
                        Manifest m;
                        try (InputStream in = Files.newInputStream(p); JarInputStream j = new JarInputStream(in)) {
                            m = j.getManifest();
                        }
                        Bundle oud = bundles.get(uri + naam);
                        long id = oud == null ? ids.incrementAndGet() : oud.getBundleId();
                        Attributes a = m.getMainAttributes();
                        bundles.put(uri + naam, bundle(id, a.getValue("Bundle-SymbolicName"),
                                Version.parseVersion(a.getValue("Bundle-Version")), uri + naam, System.nanoTime()));
                    }
                }
                bundles.keySet().removeIf(l -> !nu.contains(l.substring(uri.length())));
                gezien.keySet().removeIf(n -> !nu.contains(n));
            } catch (IOException e) {
                // next round
            }
        }

        private static Bundle bundle(long id, String naam, Version versie, String locatie, long gewijzigd) {
            return (Bundle) Proxy.newProxyInstance(BundleBeheerTest.class.getClassLoader(),
                    new Class<?>[] {Bundle.class}, (p, m, args) -> switch (m.getName()) {
                        case "getBundleId" -> id;
                        case "getSymbolicName" -> naam;
                        case "getVersion" -> versie;
                        case "getLocation" -> locatie;
                        case "getState" -> Bundle.ACTIVE;
                        case "getLastModified" -> gewijzigd;
                        case "getHeaders" -> new Hashtable<String, String>();
                        case "hashCode" -> (int) id;
                        case "equals" -> p == args[0];
                        case "toString" -> naam + " " + versie;
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }
    }
}
