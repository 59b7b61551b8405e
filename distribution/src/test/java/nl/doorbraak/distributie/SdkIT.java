package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The outside plug-in developer's start: the distribution's {@code sdk/} holds the api (jar, sources, javadoc, also
 * as a Maven repository) and a template project; the template builds with Maven offline from that folder alone, its
 * unit test runs, and the jar hot-deploys into the running platform and answers on its route.
 */
class SdkIT {

    /** The repository's Maven wrapper (the Maven of the build itself); the test fails when it is missing. */
    static final Path BRON = Path.of(System.getProperty("doorbraak.bron", ".."));
    /** The local Maven repository of this build: read-only for the template build, which has its own. */
    static final Path M2 = Path.of(System.getProperty("doorbraak.m2",
            System.getProperty("user.home") + "/.m2/repository"));
    static final String BUNDLE = "nl.gemeente.doorbraak.voorbeeld";
    static final String G = "/api/gemeenten/utrecht";

    static Platform platform;
    static Path sdk;

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
        sdk = platform.home.resolve("sdk");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void deSdkBevatDeApiMetBronnenJavadocEnEenMavenRepository() throws IOException {
        Path api = sdk.resolve("nl.doorbraak.api.jar");
        Manifest m = manifest(api);
        String versie = m.getMainAttributes().getValue("Bundle-Version");
        assertThat(m.getMainAttributes().getValue("Bundle-SymbolicName")).isEqualTo("nl.doorbraak.api");
        // the very api the platform runs
        assertThat(Files.mismatch(api, platform.home.resolve("system/nl.doorbraak.api.jar"))).isEqualTo(-1L);
        try (JarFile bronnen = new JarFile(sdk.resolve("nl.doorbraak.api-sources.jar").toFile());
                JarFile javadoc = new JarFile(sdk.resolve("nl.doorbraak.api-javadoc.jar").toFile())) {
            assertThat(bronnen.getEntry("nl/doorbraak/api/domein/CasusFilter.java")).isNotNull();
            assertThat(javadoc.getEntry("index.html")).isNotNull();
            assertThat(javadoc.getEntry("nl/doorbraak/api/domein/CasusFilter.html")).isNotNull();
        }
        Path repo = sdk.resolve("repository/nl/doorbraak/nl.doorbraak.api/" + versie);
        assertThat(repo.resolve("nl.doorbraak.api-" + versie + ".jar")).hasSameBinaryContentAs(api);
        assertThat(repo.resolve("nl.doorbraak.api-" + versie + "-sources.jar")).exists();
        assertThat(repo.resolve("nl.doorbraak.api-" + versie + "-javadoc.jar")).exists();
        assertThat(Files.readString(repo.resolve("nl.doorbraak.api-" + versie + ".pom")))
                .contains("<version>" + versie + "</version>").doesNotContain("<parent>");

        String pom = Files.readString(sdk.resolve("template/pom.xml"));
        assertThat(pom).contains("<doorbraak.api.versie>" + versie + "</doorbraak.api.versie>")
                .contains("<finalName>${bundle.naam}</finalName>").contains("<bundle.naam>" + BUNDLE + "</bundle.naam>")
                .contains("Bundle-SymbolicName: ${bundle.naam}").contains("Doorbraak-Rechten: casussen, opslag")
                .doesNotContain("@API_VERSIE@");
        assertThat(Files.readString(sdk.resolve("README.md"))).contains(versie).doesNotContain("@API_VERSIE@");
    }

    @Test
    void eenPlugInUitHetTemplateBouwtOfflineTestZichzelfEnDraaitHotGedeployed() throws Exception {
        // the gemeente enables the variant before the plug-in is there: a health warning until it arrives
        Path cfg = platform.home.resolve("config/nl.doorbraak.gemeente-utrecht.cfg");
        platform.schrijfConfig(cfg.getFileName().toString(), Files.readString(cfg)
                .replace("varianten = standaard", "varianten = standaard,voorbeeld"));
        DuurzaamheidIT.wachtTot(() -> waarschuwingen().contains("Gemeente 'utrecht' heeft variant 'voorbeeld' aangezet"));

        Path template = sdk.resolve("template");
        String uitvoer = maven(template, "package");
        assertThat(uitvoer).contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0").contains("BUILD SUCCESS");
        Path jar = template.resolve("target/" + BUNDLE + ".jar");
        // the build compiled against sdk/'s api: fetched from sdk/repository into its own local repository, or (if
        // this machine's ~/.m2 already has that version, e.g. as the api's baseline) the very same bytes from there
        String versie = manifest(sdk.resolve("nl.doorbraak.api.jar")).getMainAttributes().getValue("Bundle-Version");
        String pad = "nl/doorbraak/nl.doorbraak.api/" + versie + "/nl.doorbraak.api-" + versie + ".jar";
        Path gebruikt = Files.exists(template.resolve("target/m2").resolve(pad)) ? template.resolve("target/m2")
                .resolve(pad) : M2.resolve(pad);
        assertThat(gebruikt).as("de api waartegen het template bouwde (" + gebruikt + "); is het een andere "
                + "nl.doorbraak:nl.doorbraak.api:" + versie + " in " + M2 + ", verwijder die").exists()
                .hasSameBinaryContentAs(sdk.resolve("nl.doorbraak.api.jar"));
        Manifest m = manifest(jar);
        assertThat(m.getMainAttributes().getValue("Bundle-SymbolicName")).isEqualTo(BUNDLE);
        assertThat(m.getMainAttributes().getValue("Doorbraak-Rechten")).isEqualTo("casussen, opslag");
        // only java.* and the api; domein 1.2 because it uses CasusFilter's variant
        assertThat(m.getMainAttributes().getValue("Import-Package")).contains("nl.doorbraak.api.domein;version=\"[1.2,2)\"")
                .doesNotContain("nl.doorbraak.core").doesNotContain("nl.doorbraak.web");

        // the same project copied elsewhere, told where sdk/ is (README.md): the same bundle
        Path elders = platform.home.resolve("mijn-variant");
        kopieer(template.resolve("pom.xml"), elders.resolve("pom.xml"));
        kopieer(template.resolve(".mvn"), elders.resolve(".mvn"));
        kopieer(template.resolve("src"), elders.resolve("src"));
        maven(elders, "package", "-Ddoorbraak.sdk=" + sdk.toAbsolutePath());
        assertThat(elders.resolve("target/" + BUNDLE + ".jar")).hasSameBinaryContentAs(jar);

        platform.deploy(jar, BUNDLE + ".jar");
        Api regisseur = platform.api().als("utrecht-regisseur");
        DuurzaamheidIT.wachtTot(() -> regisseur.get(G + "/voorbeeld/casussen").status() == 200);
        assertThat(platform.api().als("utrecht-beheerder").get("/api/varianten").json().path("results").toString())
                .contains("\"id\":\"voorbeeld\"").contains("\"bundle\":\"" + BUNDLE + "\"");
        DuurzaamheidIT.wachtTot(() -> !waarschuwingen().contains("'voorbeeld'"));
        assertThat(regisseur.get(G + "/voorbeeld/casussen").json().path("count").asInt()).isZero();

        // a tafel and a casus of the new variant, through the core's routes
        Api beheerder = platform.api().als("utrecht-beheerder");
        Api.Antwoord tafel = beheerder.post(G + "/tafels", Map.of("naam", "Voorbeeldtafel Zuilen", "variant",
                "voorbeeld", "deelnemers", List.of(Map.of("naam", "S. de Vries", "organisatie", "Werk & Inkomen",
                        "mandaat", "Bijstand zonder zoektermijn"))));
        assertThat(tafel.status()).as(tafel.body()).isEqualTo(201);
        String tafelId = tafel.json().path("id").asText();
        Api.Antwoord zonderToelichting = regisseur.post(G + "/casussen", Map.of("tafelId", tafelId, "titel",
                "Vervoer naar werk", "hulpvraag", "Geen vervoer, dus geen werk", "variantData",
                Map.of("leefgebied", "anders")));
        CasusApiIT.assertProblem(zonderToelichting, 400);
        assertThat(CasusApiIT.invalidParam(zonderToelichting, "variantData.toelichting").path("reason").asText())
                .contains("toelichting");
        Api.Antwoord casus = regisseur.post(G + "/casussen", Map.of("tafelId", tafelId, "titel",
                "Schulden na ontslag", "hulpvraag", "Betalingsregelingen bundelen", "variantData",
                Map.of("leefgebied", "schulden")));
        assertThat(casus.status()).as(casus.body()).isEqualTo(201);
        String casusId = casus.json().path("id").asText();

        // the plug-in's own route lists only its variant's casussen (filtered by the core), not the demo's
        JsonNode eigen = regisseur.get(G + "/voorbeeld/casussen").json();
        assertThat(eigen.path("count").asInt()).isEqualTo(1);
        assertThat(eigen.path("results").get(0).path("id").asText()).isEqualTo(casusId);
        assertThat(eigen.path("results").get(0).path("leefgebied").asText()).isEqualTo("schulden");
        // and so does GET /casussen?variant=
        JsonNode perVariant = regisseur.get(G + "/casussen?variant=voorbeeld").json();
        assertThat(perVariant.path("count").asInt()).isEqualTo(1);
        assertThat(perVariant.path("results").get(0).path("id").asText()).isEqualTo(casusId);
        long alle = regisseur.get(G + "/casussen").json().path("count").asLong();
        long standaard = regisseur.get(G + "/casussen?variant=standaard&pageSize=1").json().path("count").asLong();
        assertThat(standaard).isEqualTo(alle - 1).isPositive();
        assertThat(regisseur.get(G + "/casussen?variant=standaard&pageSize=1").json().path("next").asText())
                .contains("variant=standaard");

        // its note is kept in VariantOpslag
        Api.Antwoord notitie = regisseur.put(G + "/voorbeeld/casussen/" + casusId + "/notitie",
                Map.of("tekst", "Budgetcoach gebeld; intake volgende week."));
        assertThat(notitie.status()).as(notitie.body()).isEqualTo(200);
        assertThat(regisseur.get(G + "/voorbeeld/casussen/" + casusId + "/notitie").json().path("tekst").asText())
                .isEqualTo("Budgetcoach gebeld; intake volgende week.");
        assertThat(platform.log()).contains("Tafelvariant 'voorbeeld' schema 1 aangemeld door " + BUNDLE + " 1.0.0");
    }

    /**
     * docs/plugin-guide.md, as shipped in sdk/, followed as written: its pom and classes, built against the
     * installation's sdk/ (found through {@code DOORBRAAK}, as step 0 exports it), give a jar named after the bundle
     * (finalName), built against this platform's api, that deploys under that name and answers on the guide's route.
     */
    @Test
    void deGidsBouwtZoAlsHijZegt() throws Exception {
        Path gids = sdk.resolve("plugin-guide.md");
        assertThat(gids).as("sdk/ hoort de gids mee te leveren").exists();
        Map<String, String> bestanden = bestandenUitGids(Files.readString(gids));
        assertThat(bestanden).containsKeys("pom.xml",
                "src/main/java/nl/utrecht/doorbraak/jongeren/JongerenVariant.java",
                "src/main/java/nl/utrecht/doorbraak/jongeren/JongerencoachEndpoint.java");
        String versie = manifest(sdk.resolve("nl.doorbraak.api.jar")).getMainAttributes().getValue("Bundle-Version");
        assertThat(bestanden.get("pom.xml")).as("de pom van de gids bouwt tegen de api in sdk/repository/")
                .contains("<doorbraak.api.versie>" + versie + "</doorbraak.api.versie>")
                .contains("<finalName>${bundle.naam}</finalName>");
        Path project = platform.home.resolve("gids-variant");
        for (Map.Entry<String, String> b : bestanden.entrySet()) {
            Files.createDirectories(project.resolve(b.getKey()).getParent());
            Files.writeString(project.resolve(b.getKey()), b.getValue());
        }
        // offline, but the file: repository in sdk/ allowed (what the template's .mvn/maven.config says)
        maven(project, Map.of("DOORBRAAK", platform.home.toAbsolutePath().toString()), "package",
                "-Daether.offline.protocols=file");
        String bundle = "nl.utrecht.doorbraak.jongeren";
        Path jar = project.resolve("target/" + bundle + ".jar");
        assertThat(jar).as("de jar heet zoals de bundle (finalName), zo gaat hij in deploy/").exists();
        assertThat(manifest(jar).getMainAttributes().getValue("Bundle-SymbolicName")).isEqualTo(bundle);

        Path cfg = platform.home.resolve("config/nl.doorbraak.gemeente-utrecht.cfg");
        platform.schrijfConfig(cfg.getFileName().toString(), Files.readString(cfg)
                .replace("varianten = standaard", "varianten = standaard,jongeren"));
        platform.deploy(jar, bundle + ".jar");
        Api regisseur = platform.api().als("utrecht-regisseur");
        String onbekend = G + "/jongerencoach/casussen/00000000-0000-0000-0000-000000000000/notities";
        // the plug-in's own answer (it asked the core for the casus), not the web bundle's "Onbekend pad."
        DuurzaamheidIT.wachtTot(() -> regisseur.get(onbekend).body().contains("geen casus van de jongerentafel"));
        assertThat(regisseur.get(onbekend).status()).isEqualTo(404);
        assertThat(platform.api().als("utrecht-beheerder").get("/api/varianten").json().path("results").toString())
                .contains("\"id\":\"jongeren\"").contains("\"bundle\":\"" + bundle + "\"");
    }

    /** The files the guide shows in full: a bold {@code `path`} line followed by a fenced block. */
    static Map<String, String> bestandenUitGids(String gids) {
        Map<String, String> bestanden = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\*\\*`([^` ]+)`\\*\\*\n\n```\\w+\n(.*?)```", java.util.regex.Pattern.DOTALL).matcher(gids);
        while (m.find()) {
            bestanden.put(m.group(1), m.group(2));
        }
        return bestanden;
    }

    private static String waarschuwingen() {
        return platform.api().get("/api/health").json().path("waarschuwingen").toString();
    }

    static Manifest manifest(Path jar) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            return j.getManifest();
        }
    }

    /**
     * Runs Maven offline in {@code project}, as an outside developer would, with the Maven wrapper of this repository;
     * the template build gets its own local repository and reads this build's one only for Maven's plug-ins (the api
     * must come from sdk/). Fails with Maven's output when the build fails.
     */
    static String maven(Path project, String... goals) throws IOException, InterruptedException {
        return maven(project, Map.of(), goals);
    }

    /** As {@link #maven(Path, String...)}, with these environment variables set for Maven. */
    static String maven(Path project, Map<String, String> omgeving, String... goals)
            throws IOException, InterruptedException {
        Path mvnw = BRON.resolve("mvnw").toAbsolutePath().normalize();
        if (!Files.isExecutable(mvnw)) {
            fail("Maven ontbreekt: " + mvnw + " is er niet. Draai de tests vanuit de broncode van Doorbraak "
                    + "(./mvnw verify), of geef de map ervan met -Ddoorbraak.bron=<map>.");
        }
        if (!Files.isDirectory(M2)) {
            fail("De lokale Maven-repository " + M2 + " ontbreekt: bouw eerst met ./mvnw install -DskipTests.");
        }
        List<String> cmd = new ArrayList<>(List.of(mvnw.toString(), "-o", "-B",
                "-Dmaven.repo.local=" + project.resolve("target/m2").toAbsolutePath(),
                "-Dmaven.repo.local.tail=" + M2.toAbsolutePath()));
        cmd.addAll(List.of(goals));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true);
        // the surrounding build's settings must not leak into the developer's build
        for (String v : List.of("MAVEN_OPTS", "MAVEN_ARGS", "MAVEN_CONFIG", "MAVEN_PROJECTBASEDIR", "MAVEN_BASEDIR")) {
            pb.environment().remove(v);
        }
        pb.environment().putAll(omgeving);
        Path log = Files.createTempFile("sdk-maven-", ".txt");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("Maven in " + project + " liep na 10 minuten nog:\n" + lees(log));
        }
        String uitvoer = lees(log);
        Files.deleteIfExists(log);
        if (p.exitValue() != 0) {
            fail("Maven in " + project + " mislukte (exit " + p.exitValue() + "):\n" + uitvoer);
        }
        return uitvoer;
    }

    private static void kopieer(Path van, Path naar) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.walk(van)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path doel = naar.resolve(van.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(doel);
                } else {
                    Files.createDirectories(doel.getParent());
                    Files.copy(p, doel);
                }
            }
        }
    }

    private static String lees(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
