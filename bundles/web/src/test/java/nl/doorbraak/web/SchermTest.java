package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

import com.fasterxml.jackson.databind.JsonNode;

import nl.doorbraak.api.http.Route;
import nl.doorbraak.api.http.Scherm;
import nl.doorbraak.api.http.VariantEndpoint;
import nl.doorbraak.api.toegang.Rol;

/**
 * Schermen van plug-ins: {@code /api/schermen} volgt variant van de gemeente en rol, en {@code /plugins/...} serveert
 * alleen de modules van actieve plug-ins in hun huidige versie.
 */
class SchermTest {

    private static final String UTRECHT = "nl.doorbraak.plugin.utrecht";
    private static final String STANDAARD = "nl.doorbraak.plugin.standaard";

    static TestServer server;

    @TempDir
    Path map;

    private final List<VariantEndpoint> gebonden = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @AfterEach
    void ontbind() {
        gebonden.forEach(server.omgeving().endpoints::verwijder);
    }

    private static VariantEndpoint endpoint(String segment, String variant, Scherm... schermen) {
        return new VariantEndpoint() {
            @Override
            public String segment() {
                return segment;
            }

            @Override
            public String variant() {
                return variant;
            }

            @Override
            public List<Route> routes() {
                return List.of();
            }

            @Override
            public List<Scherm> schermen() {
                return List.of(schermen);
            }
        };
    }

    private VariantEndpoint bind(VariantEndpoint ep, String bundle, String versie, Function<String, URL> bestanden) {
        server.omgeving().endpoints.voegToe(ep, bundle, Version.parseVersion(versie), bestanden);
        gebonden.add(ep);
        return ep;
    }

    private VariantEndpoint bind(VariantEndpoint ep, String bundle, String versie) {
        return bind(ep, bundle, versie, null);
    }

    /** De bestanden van een "bundle" in een map, zoals {@code Bundle.getEntry}: null als het er niet is. */
    private Function<String, URL> bestanden(Path wortel) {
        return pad -> {
            Path p = wortel.resolve(pad);
            try {
                return Files.isRegularFile(p) ? p.toUri().toURL() : null;
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static List<String> ids(String gebruiker) {
        TestServer.Antw a = server.getAls(gebruiker, "/api/schermen");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode json = a.json();
        List<String> ids = new ArrayList<>();
        json.get("results").forEach(s -> ids.add(s.get("plugin").asText() + "/" + s.get("id").asText()));
        assertThat(json.get("count").asInt()).isEqualTo(ids.size());
        return ids;
    }

    private void bindDrie() {
        bind(endpoint("toekomstgesprekken", "utrecht-ondernemers",
                new Scherm("gesprekken", "Toekomstgesprekken", Set.of(Rol.CASUSREGISSEUR), "ui/gesprekken.js")),
                UTRECHT, "1.0.0");
        bind(endpoint("standaard", "standaard",
                new Scherm("velden", "Variantvelden", Set.of(Rol.CASUSREGISSEUR, Rol.TAFELLID), "ui/velden.js",
                        "De velden van de standaardtafel")),
                STANDAARD, "1.0.0");
        bind(endpoint("transformaatjes", "leeuwarden-transformaatjes",
                new Scherm("overzicht", "Transformaatjes", Set.of(Rol.TRANSFORMAATJE), "ui/overzicht.js"),
                new Scherm("beheer", "Transformaatjes beheren", Set.of(Rol.PLATFORMBEHEERDER), "ui/beheer.js"),
                new Scherm("niemand", "Voor niemand", Set.of(), "ui/niemand.js")),
                "nl.doorbraak.plugin.leeuwarden", "2.0.0");
    }

    @Test
    void schermenVolgenDeVariantenVanDeGemeenteEnDeRol() {
        bindDrie();
        // utrecht uses standaard and utrecht-ondernemers
        assertThat(ids("utrecht-regisseur")).containsExactlyInAnyOrder(UTRECHT + "/gesprekken",
                STANDAARD + "/velden");
        assertThat(ids("utrecht-tafellid")).containsExactly(STANDAARD + "/velden");
        assertThat(ids("utrecht-beheerder")).isEmpty();
        // leeuwarden does not use utrecht-ondernemers
        assertThat(ids("leeuwarden-regisseur")).containsExactly(STANDAARD + "/velden");
        assertThat(ids("leeuwarden-transformaatje")).containsExactly("nl.doorbraak.plugin.leeuwarden/overzicht");
        assertThat(ids("eindhoven-regisseur")).containsExactly(STANDAARD + "/velden");
        // the platformbeheerder: every variant, but only screens naming his role
        assertThat(ids("platformbeheerder")).containsExactly("nl.doorbraak.plugin.leeuwarden/beheer");
        assertThat(ids("rijk-szw")).isEmpty();
        assertThat(server.get("/api/schermen").status()).isEqualTo(401);
    }

    @Test
    void eenSchermNoemtPluginVersieVariantEnModuleMetVersie() {
        bindDrie();
        JsonNode s = server.getAls("utrecht-tafellid", "/api/schermen").json().get("results").get(0);
        assertThat(s.get("id").asText()).isEqualTo("velden");
        assertThat(s.get("plugin").asText()).isEqualTo(STANDAARD);
        assertThat(s.get("versie").asText()).isEqualTo("1.0.0");
        assertThat(s.get("variant").asText()).isEqualTo("standaard");
        assertThat(s.get("titel").asText()).isEqualTo("Variantvelden");
        assertThat(s.get("beschrijving").asText()).isEqualTo("De velden van de standaardtafel");
        assertThat(s.get("module").asText()).isEqualTo("/plugins/" + STANDAARD + "/1.0.0/ui/velden.js");
    }

    @Test
    void weg_terug_enEenUpdateVervangtHetScherm() {
        VariantEndpoint v1 = bind(endpoint("standaard", "standaard",
                new Scherm("velden", "Variantvelden", Set.of(Rol.TAFELLID), "ui/velden.js")), STANDAARD, "1.0.0");
        assertThat(ids("utrecht-tafellid")).containsExactly(STANDAARD + "/velden");
        server.omgeving().endpoints.verwijder(v1);
        assertThat(ids("utrecht-tafellid")).isEmpty();
        bind(endpoint("standaard", "standaard",
                new Scherm("velden", "Variantvelden", Set.of(Rol.TAFELLID), "ui/velden.js")), STANDAARD, "1.1.0");
        JsonNode s = server.getAls("utrecht-tafellid", "/api/schermen").json().get("results").get(0);
        assertThat(s.get("module").asText()).isEqualTo("/plugins/" + STANDAARD + "/1.1.0/ui/velden.js");
    }

    @Test
    void onbruikbareSchermenLatenDeRoutesStaan() {
        VariantEndpoint gooit = new VariantEndpoint() {
            @Override
            public String segment() {
                return "gooit";
            }

            @Override
            public String variant() {
                return "standaard";
            }

            @Override
            public List<Route> routes() {
                return List.of(new Route("GET", "", "Werkt", Set.of(Rol.CASUSREGISSEUR),
                        v -> nl.doorbraak.api.http.Antwoord.ok(java.util.Map.of("ok", true))));
            }

            @Override
            public List<Scherm> schermen() {
                throw new IllegalStateException("stuk");
            }
        };
        bind(gooit, "gooier", "1.0.0");
        bind(endpoint("dubbel", "standaard",
                new Scherm("a", "A", Set.of(Rol.CASUSREGISSEUR), "ui/a.js"),
                new Scherm("a", "A weer", Set.of(Rol.CASUSREGISSEUR), "ui/b.js")), "dubbelaar", "1.0.0");
        assertThat(ids("utrecht-regisseur")).isEmpty();
        assertThat(server.getAls("utrecht-regisseur", "/api/gemeenten/utrecht/gooit").status()).isEqualTo(200);
    }

    @Test
    void eenModuleKomtUitDeUiMapVanDeActieveVersie() throws IOException {
        Path v1 = Files.createDirectories(map.resolve("v1"));
        Files.createDirectories(v1.resolve("ui/deel"));
        Files.writeString(v1.resolve("ui/velden.js"), "export default function toon(e) { e.textContent = 'v1'; }\n");
        Files.writeString(v1.resolve("ui/deel/stijl.css"), ".x { color: red; }\n");
        Files.writeString(v1.resolve("ui/leesmij.txt"), "tekst\n");
        Files.writeString(v1.resolve("ui/index.html"), "<p>html</p>\n");
        Files.createDirectories(v1.resolve("META-INF"));
        Files.writeString(v1.resolve("META-INF/geheim.js"), "geheim\n");
        Files.writeString(v1.resolve("buiten.js"), "buiten\n");
        VariantEndpoint ep = bind(endpoint("standaard", "standaard",
                new Scherm("velden", "Variantvelden", Set.of(Rol.TAFELLID), "ui/velden.js")), STANDAARD, "1.0.0",
                bestanden(v1));
        String basis = "/plugins/" + STANDAARD + "/1.0.0/";

        TestServer.Antw js = server.get(basis + "ui/velden.js");
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.contentType()).isEqualTo("text/javascript;charset=utf-8");
        assertThat(js.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(js.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(js.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(js.body()).contains("'v1'");
        assertThat(server.verzoek("HEAD", basis + "ui/velden.js", null).status()).isEqualTo(200);
        TestServer.Antw css = server.get(basis + "ui/deel/stijl.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).isEqualTo("text/css;charset=utf-8");

        for (String pad : List.of(basis + "ui/bestaatniet.js", basis + "ui/leesmij.txt", basis + "ui/index.html",
                basis + "META-INF/geheim.js", basis + "buiten.js", basis + "ui/../buiten.js",
                basis + "ui/%2e%2e/buiten.js", basis + "ui/deel/..%2f..%2fbuiten.js", basis + "ui",
                "/plugins/" + STANDAARD + "/0.9.0/ui/velden.js", "/plugins/onbekend/1.0.0/ui/velden.js",
                "/plugins/" + STANDAARD, "/plugins/")) {
            TestServer.Antw a = server.get(pad);
            assertThat(a.status()).as(pad).isIn(400, 404);
            assertThat(a.body()).as(pad).doesNotContain("geheim", "buiten", "Exception", "at nl.");
            if (a.status() == 404) {
                assertThat(a.body()).as(pad).isEqualTo("Niet gevonden.\n");
                assertThat(a.header("Cache-Control")).as(pad).isEqualTo("no-store");
            }
        }
        // nothing but GET and HEAD outside /api (the perimeter's filter)
        assertThat(server.verzoek("POST", basis + "ui/velden.js", "x").status()).isEqualTo(405);

        // removed: gone; the new version under its own URL, the old one gone
        server.omgeving().endpoints.verwijder(ep);
        assertThat(server.get(basis + "ui/velden.js").status()).isEqualTo(404);
        Path v2 = Files.createDirectories(map.resolve("v2/ui"));
        Files.writeString(v2.resolve("velden.js"), "export default function toon(e) { e.textContent = 'v2'; }\n",
                StandardCharsets.UTF_8);
        bind(endpoint("standaard", "standaard",
                new Scherm("velden", "Variantvelden", Set.of(Rol.TAFELLID), "ui/velden.js")), STANDAARD, "1.1.0",
                bestanden(map.resolve("v2")));
        assertThat(server.get("/plugins/" + STANDAARD + "/1.1.0/ui/velden.js").body()).contains("'v2'");
        assertThat(server.get(basis + "ui/velden.js").status()).isEqualTo(404);
    }
}
