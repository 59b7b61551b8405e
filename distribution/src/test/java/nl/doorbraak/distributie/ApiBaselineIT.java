package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The api's baseline bites: a copy of bundles/api (with the root pom, .mvn and the wrapper) built by Maven offline
 * builds with a new package added, fails when a method disappears from an api interface without a major version of
 * its package, and builds again once the package takes the major version the baseline asks for (the bundle is
 * already 2.0.0, since nl.doorbraak.api.service took 2.0). The comparison is with the released api kept in
 * bundles/api/baseline/ (bundles/api/README.md).
 */
class ApiBaselineIT {

    /** A package still at 1.x (service took 2.0 with Namens, so a removal there would already be covered). */
    static final String OPSLAG = "bundles/api/src/main/java/nl/doorbraak/api/opslag/";
    static final String LIJST = "    /** Alle documenten van een collectie, op id gesorteerd. */\n"
            + "    List<Document> lijst(String gemeente, String collectie);\n";

    @TempDir
    Path kopie;

    @Test
    void eenMethodeWeghalenZonderHoofdversieBreektDeBouw() throws Exception {
        kopieerApi();
        // a new package is "added" for the baseline: fine, it asks only a higher minor of the bundle
        apiVersie("2.1.0");
        Path nieuw = kopie.resolve("bundles/api/src/main/java/nl/doorbraak/api/nieuw");
        Files.createDirectories(nieuw);
        Files.writeString(nieuw.resolve("package-info.java"),
                "@org.osgi.annotation.versioning.Version(\"1.0.0\")\npackage nl.doorbraak.api.nieuw;\n");
        Files.writeString(nieuw.resolve("Iets.java"), "package nl.doorbraak.api.nieuw;\n\npublic record Iets(String naam) {\n}\n");
        Uitkomst toegevoegd = bouw();
        assertThat(toegevoegd.exit()).as(toegevoegd.uitvoer()).isZero();
        assertThat(toegevoegd.uitvoer()).contains("Baseline check succeeded");

        Path opslag = kopie.resolve(OPSLAG + "VariantOpslag.java");
        String bron = Files.readString(opslag);
        assertThat(bron).as("VariantOpslag.lijst, de methode die deze test weghaalt").contains(LIJST);
        Files.writeString(opslag, bron.replace(LIJST, ""));

        Uitkomst weg = bouw();
        assertThat(weg.exit()).as(weg.uitvoer()).isNotZero();
        assertThat(weg.uitvoer()).contains("Baseline problems detected")
                // the package, its old version and the major version it needs
                .containsPattern("\\* nl\\.doorbraak\\.api\\.opslag +PACKAGE +MAJOR +1\\.0\\.0 +1\\.0\\.0 +2\\.0\\.0")
                .contains("REMOVED").contains("lijst(java.lang.String,java.lang.String)");

        // with the major version the baseline asks for (the package's, and so the bundle's), the same change builds
        Path info = kopie.resolve(OPSLAG + "package-info.java");
        Files.writeString(info, Files.readString(info).replace("@org.osgi.annotation.versioning.Version(\"1.0.0\")",
                "@org.osgi.annotation.versioning.Version(\"2.0.0\")"));
        apiVersie("3.0.0");
        Uitkomst major = bouw();
        assertThat(major.exit()).as(major.uitvoer()).isZero();
        assertThat(major.uitvoer()).contains("Baseline check succeeded");
    }

    /** The bundle version of the copied api (api.versie in the root pom). */
    private void apiVersie(String versie) throws IOException {
        Path pom = kopie.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replaceFirst("<api\\.versie>[^<]*</api\\.versie>",
                "<api.versie>" + versie + "</api.versie>"));
    }

    record Uitkomst(int exit, String uitvoer) {
    }

    private void kopieerApi() throws IOException {
        Path bron = SdkIT.BRON.toAbsolutePath().normalize();
        for (String p : List.of("pom.xml", "mvnw", ".mvn", "bundles/api/pom.xml", "bundles/api/bnd.bnd",
                "bundles/api/src/main", "bundles/api/baseline")) {
            kopieer(bron.resolve(p), kopie.resolve(p));
        }
    }

    private static void kopieer(Path van, Path naar) throws IOException {
        if (!Files.exists(van)) {
            fail(van + " ontbreekt: draai de tests vanuit de broncode van Doorbraak, of geef die met -Ddoorbraak.bron");
        }
        try (Stream<Path> s = Files.walk(van)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path doel = naar.resolve(van.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(doel);
                } else {
                    Files.createDirectories(doel.getParent());
                    Files.copy(p, doel, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** {@code ./mvnw -o verify} of the copied api, without tests, javadoc and sources (not what is checked here). */
    private Uitkomst bouw() throws IOException, InterruptedException {
        Path mvnw = kopie.resolve("mvnw");
        List<String> cmd = new ArrayList<>(List.of(mvnw.toString(), "-o", "-B", "-f", "bundles/api/pom.xml",
                "verify", "-DskipTests", "-Ddoorbraak.api.javadoc.skip=true", "-Dmaven.source.skip=true",
                "-Dmaven.repo.local=" + kopie.resolve("m2"), "-Dmaven.repo.local.tail=" + SdkIT.M2.toAbsolutePath()));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(kopie.toFile()).redirectErrorStream(true);
        for (String v : List.of("MAVEN_OPTS", "MAVEN_ARGS", "MAVEN_CONFIG", "MAVEN_PROJECTBASEDIR", "MAVEN_BASEDIR")) {
            pb.environment().remove(v);
        }
        Path log = Files.createTempFile(kopie, "maven-", ".txt");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("Maven liep na 10 minuten nog:\n" + Files.readString(log));
        }
        return new Uitkomst(p.exitValue(), Files.readString(log));
    }
}
