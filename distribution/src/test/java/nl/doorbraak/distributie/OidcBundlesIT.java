package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Jar;
import nl.doorbraak.distributie.oidcproef.OidcProefActivator;

/**
 * The OpenID Connect library (issue 10) is infrastructure: Nimbus and what it imports are bundles in {@code system/}
 * that start with the platform, next to everything that was there, and a bundle that imports Nimbus as the web
 * bundle will wires to them and runs the sign-in steps inside Felix.
 */
class OidcBundlesIT {

    /** Bundle-SymbolicName and version of each library the OpenID Connect sign-in needs at run time. */
    static final Map<String, String> OIDC = new LinkedHashMap<>();
    static {
        OIDC.put("oauth2-oidc-sdk", "11.39.0");
        OIDC.put("com.nimbusds.nimbus-jose-jwt", "10.10.0");
        OIDC.put("com.nimbusds.content-type", "2.3.0");
        OIDC.put("lang-tag", "1.7.0");
        OIDC.put("net.minidev.json-smart", "2.6.0");
        OIDC.put("net.minidev.accessors-smart", "2.6.0");
        OIDC.put("org.objectweb.asm", "9.7.1");
        OIDC.put("com.io7m.jcip.annotations", "1.0.2");
    }

    static final String PROEF = "nl.doorbraak.test.oidcproef";

    static Platform platform;

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void theOpenIdConnectLibrariesAreActiveAndEveryOtherBundleIsAsBefore() {
        Map<String, JsonNode> bundles = bundles();
        OIDC.forEach((naam, versie) -> {
            assertThat(bundles).as("bundle " + naam).containsKey(naam);
            assertThat(bundles.get(naam).path("versie").asText()).as(naam).isEqualTo(versie);
            assertThat(bundles.get(naam).path("status").asText()).as(naam).isEqualTo("actief");
        });
        // the rest of the platform: everything active, the Flyway fragment resolved (attached to Flyway)
        bundles.forEach((naam, b) -> {
            if (!naam.equals(PROEF)) {
                assertThat(b.path("status").asText()).as(naam)
                        .isEqualTo(naam.equals("nl.doorbraak.flyway.gson") ? "opgelost" : "actief");
            }
        });
        assertThat(bundles).containsKeys("nl.doorbraak.core", "nl.doorbraak.web", "nl.doorbraak.shell",
                "nl.doorbraak.api", "nl.doorbraak.plugin.standaard", "org.apache.felix.http.jetty12");
        JsonNode health = platform.api().get("/api/health").json();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("waarschuwingen")).as(health.toString()).isEmpty();
        assertThat(platform.uitvoer()).doesNotContain("start niet");
    }

    @Test
    void aBundleImportingNimbusAsTheWebBundleWillWiresAndSignsInInsideFelix() throws Exception {
        Path jar = Files.createTempFile(platform.home, "oidc-proef-", ".jar");
        String imports = bouwProefbundle(jar);
        StringBuilder lijst = new StringBuilder();
        new Parameters(imports).forEach((pakket, attributen) -> lijst.append("\n  ").append(pakket)
                .append(attributen.isEmpty() ? "" : ";" + attributen));
        System.out.println("Import-Package van een bundle die Nimbus gebruikt zoals de web-bundle dat zal doen:" + lijst);
        // the ranges bnd derives from the exports in system/: a consumer accepts minor updates, not the next major
        assertThat(imports).contains("com.nimbusds.openid.connect.sdk;version=\"[11.39,12)\"",
                "com.nimbusds.oauth2.sdk;version=\"[11.39,12)\"", "com.nimbusds.jose;version=\"[10.10,11)\"",
                "com.nimbusds.jwt;version=\"[10.10,11)\"");

        Map<String, Long> idsVoor = ids(bundles());
        platform.deploy(jar, "oidc-proef.jar");
        DuurzaamheidIT.wachtTot(() -> bundles().containsKey(PROEF)
                && bundles().get(PROEF).path("status").asText().equals("actief"));
        DuurzaamheidIT.wachtTot(() -> platform.uitvoer().contains("oidc-proef: in orde"));
        assertThat(platform.uitvoer()).contains("rollen [tafellid]");

        // installing a consumer refreshed nothing: the platform's bundles kept their ids
        Map<String, Long> idsNa = ids(bundles());
        idsVoor.forEach((naam, id) -> assertThat(idsNa.get(naam)).as("bundle-id van " + naam).isEqualTo(id));
    }

    /** Builds the test bundle from {@link OidcProefActivator} with bnd against system/, as bnd-maven-plugin would. */
    static String bouwProefbundle(Path doel) throws Exception {
        Path testklassen = Path.of(OidcProefActivator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Builder b = new Builder()) {
            b.setProperty(Constants.BUNDLE_SYMBOLICNAME, PROEF);
            b.setProperty(Constants.BUNDLE_VERSION, "1.0.0");
            b.setProperty(Constants.BUNDLE_ACTIVATOR, OidcProefActivator.class.getName());
            b.setProperty(Constants.PRIVATEPACKAGE, OidcProefActivator.class.getPackageName());
            b.addClasspath(testklassen.toFile());
            try (Stream<Path> s = Files.list(Platform.DIST.resolve("system"))) {
                for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".jar"))::iterator) {
                    b.addClasspath(p.toFile());
                }
            }
            b.addClasspath(new File(Platform.DIST.resolve("bin/felix.jar").toString()));
            Jar jar = b.build();
            assertThat(b.getErrors()).as("bnd").isEmpty();
            jar.write(doel.toFile());
            return jar.getManifest().getMainAttributes().getValue(Constants.IMPORT_PACKAGE);
        }
    }

    static Map<String, JsonNode> bundles() {
        Api.Antwoord a = platform.api().als("platformbeheerder").get("/api/platform/bundles?pageSize=100");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("next").isNull()).as("alle bundles op één pagina").isTrue();
        Map<String, JsonNode> bundles = new HashMap<>();
        for (JsonNode b : a.json().path("results")) {
            bundles.put(b.path("symbolischeNaam").asText(), b);
        }
        return bundles;
    }

    static Map<String, Long> ids(Map<String, JsonNode> bundles) {
        Map<String, Long> ids = new HashMap<>();
        bundles.forEach((naam, b) -> ids.put(naam, b.path("id").asLong()));
        return ids;
    }
}
