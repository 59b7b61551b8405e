package nl.doorbraak.distributie;

import static nl.doorbraak.distributie.DuurzaamheidIT.wachtTot;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Plug-ins installed, updated and removed over HTTP against the real bin/doorbraak, as the beheer screen does: the jar
 * lands in deploy/, FileInstall does the rest, and the answer comes when the bundle runs. What is refused leaves
 * deploy/ as it was. And the bewaartermijn run over HTTP, with its lines in the audittrail.
 */
class DeployApiIT {

    static final String BUNDLES = "/api/platform/bundles";
    static final String STANDAARD = "nl.doorbraak.plugin.standaard";
    static final String URGENTIE = "/api/gemeenten/utrecht/standaard/urgentie";
    static final String BEREIK = "/api/gemeenten/utrecht/grens/bereik";
    static final String GRENSGANGER = "nl.doorbraak.test.grensganger";

    @Test
    void eenPlugInInstallerenBijwerkenEnVerwijderenOverHttp() throws Exception {
        try (Platform p = Platform.nieuw().metDemo().start()) {
            long gestart = System.nanoTime();
            // a removed plug-in's routes wait this long before their 503 (the hot-swap grace), not the default 10 s
            p.schrijfConfig("nl.doorbraak.web.cfg", "variantWachttijdMs = 1000\n");
            Api beheer = p.api().als("platformbeheerder");
            Api regisseur = p.api().als("utrecht-regisseur");
            List<String> deploy = deploy(p);
            long kern = bundleId(beheer, "nl.doorbraak.core");

            // refused: not a jar, a platform bundle, no plug-in, the wrong type, a role without the right
            Api.Antwoord geenJar = upload(beheer, "dit is geen jar".getBytes(), "application/java-archive");
            assertProbleem(geenJar, 400, "geen jar-bestand");
            Api.Antwoord core = upload(beheer, Files.readAllBytes(Platform.deployBundle("nl.doorbraak.core.jar")),
                    "application/java-archive");
            assertProbleem(core, 409, "bundle van het platform");
            Api.Antwoord api = upload(beheer, Files.readAllBytes(Platform.DIST.resolve("system/nl.doorbraak.api.jar")),
                    "application/octet-stream");
            assertProbleem(api, 409, "bundle van het platform");
            assertProbleem(upload(beheer, jar("nl.gemeente.bibliotheek", "1.0.0", "org.slf4j"),
                    "application/java-archive"), 400, "geen plug-in");
            assertProbleem(upload(beheer, Files.readAllBytes(Platform.fixture("doorbraak-test-plugin-grensganger")),
                    "text/plain"), 415, "application/java-archive");
            assertProbleem(upload(p.api().als("utrecht-beheerder"),
                    Files.readAllBytes(Platform.fixture("doorbraak-test-plugin-grensganger")),
                    "application/java-archive"), 403, "beheer van plug-ins");
            byte[] groot = new byte[33 * 1024 * 1024];
            groot[0] = 'P';
            groot[1] = 'K';
            assertThat(upload(beheer, groot, "application/java-archive").status()).isEqualTo(413);
            assertProbleem(beheer.delete(BUNDLES + "/nl.doorbraak.web"), 409, "bundle van het platform");
            assertProbleem(beheer.delete(BUNDLES + "/nl.bestaat.niet"), 404, "geen plug-in");
            assertThat(deploy(p)).as("niets in deploy/, ook geen tijdelijk bestand").isEqualTo(deploy);

            // a new plug-in: 201 when it runs, and its routes answer
            assertThat(regisseur.get(BEREIK).status()).isEqualTo(404);
            Api.Antwoord nieuw = upload(beheer, Files.readAllBytes(Platform.fixture("doorbraak-test-plugin-grensganger")),
                    "application/java-archive");
            assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
            assertThat(nieuw.json().path("symbolischeNaam").asText()).isEqualTo(GRENSGANGER);
            assertThat(nieuw.json().path("status").asText()).isEqualTo("actief");
            assertThat(nieuw.json().path("rechten").path("gevraagd").toString()).contains("bsn");
            assertThat(deploy(p)).contains(GRENSGANGER + ".jar").hasSize(deploy.size() + 1);
            wachtTot(() -> regisseur.get(BEREIK).status() == 200);

            // an older, then the newer version of the standaard variant: updated in place, in the file it came in
            Api.Antwoord oud = upload(beheer, Files.readAllBytes(Platform.fixture("doorbraak-test-plugin-standaard-v1")),
                    "application/java-archive");
            assertThat(oud.status()).as(oud.body()).isEqualTo(200);
            assertThat(oud.json().path("versie").asText()).isEqualTo("0.9.0");
            assertThat(oud.json().path("status").asText()).isEqualTo("actief");
            long id = oud.json().path("id").asLong();
            assertThat(deploy(p)).as("geen tweede bestand").contains(STANDAARD + ".jar").hasSize(deploy.size() + 1);
            wachtTot(() -> regisseur.get(URGENTIE).json().path("versie").asInt() == 1);
            Api.Antwoord terug = upload(beheer, Files.readAllBytes(Platform.deployBundle(STANDAARD + ".jar")),
                    "application/java-archive");
            assertThat(terug.status()).as(terug.body()).isEqualTo(200);
            assertThat(terug.json().path("versie").asText()).isEqualTo(DeployVersiesIT.HOOG);
            assertThat(terug.json().path("id").asLong()).as("ter plekke bijgewerkt: dezelfde bundle").isEqualTo(id);
            assertThat(versies(beheer, STANDAARD)).containsExactly(DeployVersiesIT.HOOG);
            wachtTot(() -> regisseur.get(URGENTIE).json().has("open"));

            // a plug-in that cannot start: the answer says so, and it is in the list as it is
            Api.Antwoord kapot = upload(beheer, jar("nl.gemeente.kapot", "1.0.0",
                    "nl.doorbraak.api.http;version=\"[2.0,3)\",nl.bestaat.niet"), "application/java-archive");
            assertProbleem(kapot, 409, "start niet");
            assertThat(kapot.json().path("detail").asText()).contains("afhankelijkheden ontbreken");
            assertThat(versies(beheer, "nl.gemeente.kapot")).containsExactly("1.0.0");
            assertThat(beheer.delete(BUNDLES + "/nl.gemeente.kapot").status()).isEqualTo(204);

            // removal: the file goes, the bundle goes, its routes stop (503 after the grace), the core is untouched
            Api.Antwoord weg = beheer.delete(BUNDLES + "/" + GRENSGANGER);
            assertThat(weg.status()).as(weg.body()).isEqualTo(204);
            assertThat(versies(beheer, GRENSGANGER)).isEmpty();
            assertThat(deploy(p)).isEqualTo(deploy);
            Api.Antwoord route = regisseur.get(BEREIK);
            assertThat(route.status()).isEqualTo(503);
            assertThat(route.header("Retry-After")).isNotBlank();
            assertThat(bundleId(beheer, "nl.doorbraak.core")).as("de core is niet herstart").isEqualTo(kern);
            assertThat(p.api().get("/api/health").json().path("status").asText()).isEqualTo("UP");
            assertThat(regisseur.get("/api/gemeenten/utrecht/casussen").status()).isEqualTo(200);

            bewaartermijn(p, gestart);
        }
    }

    /**
     * The run over HTTP: a dry run counts, the run wipes and writes its lines in the audittrail in the name of who
     * asked. With a bewaartermijn of 0 months every closed casus is due; set after the core's own first round (a
     * minute after its start), so that round does not do it first.
     */
    private static void bewaartermijn(Platform p, long gestart) throws IOException {
        long wacht = 70_000 - (System.nanoTime() - gestart) / 1_000_000;
        if (wacht > 0) {
            Platform.slaap(wacht);
        }
        Path cfg = p.home.resolve("config/nl.doorbraak.gemeente-utrecht.cfg");
        p.schrijfConfig("nl.doorbraak.gemeente-utrecht.cfg", Files.readString(cfg)
                .replace("bewaartermijnMaanden = 24", "bewaartermijnMaanden = 0"));
        Api beheerder = p.api().als("utrecht-beheerder");
        wachtTot(() -> beheerder.get("/api/gemeenten/utrecht").json().path("bewaartermijnMaanden").asInt() == 0);
        Api regisseur = p.api().als("utrecht-regisseur");
        JsonNode afgesloten = regisseur.get("/api/gemeenten/utrecht/casussen?status=afgesloten&pageSize=100").json();
        int aantal = afgesloten.path("count").asInt();
        assertThat(aantal).as("de demo heeft afgesloten casussen").isPositive();
        String casus = afgesloten.at("/results/0/id").asText();

        Api.Antwoord proef = beheerder.post("/api/gemeenten/utrecht/bewaartermijn?proef=true", Map.of());
        assertThat(proef.status()).as(proef.body()).isEqualTo(200);
        assertThat(proef.json().at("/results/0/gemeente").asText()).isEqualTo("utrecht");
        assertThat(proef.json().at("/results/0/proef").asBoolean()).isTrue();
        assertThat(proef.json().at("/results/0/casussen").asInt()).isEqualTo(aantal);
        assertThat(regisseur.get("/api/gemeenten/utrecht/casussen/" + casus).json().path("titel").asText())
                .as("een proef wist niets").isNotEqualTo("(gewist)");

        Api.Antwoord echt = beheerder.post("/api/gemeenten/utrecht/bewaartermijn", Map.of());
        assertThat(echt.status()).as(echt.body()).isEqualTo(200);
        assertThat(echt.json().at("/results/0/proef").asBoolean()).isFalse();
        assertThat(echt.json().at("/results/0/casussen").asInt()).isEqualTo(aantal);
        assertThat(regisseur.get("/api/gemeenten/utrecht/casussen/" + casus).json().path("titel").asText())
                .isEqualTo("(gewist)");
        JsonNode trail = regisseur.get("/api/gemeenten/utrecht/casussen/" + casus + "/audittrail").json();
        boolean gewist = false;
        for (JsonNode r : trail.path("results")) {
            gewist |= r.path("actie").asText().equals("gewist") && r.path("door").asText().equals("utrecht-beheerder");
        }
        assertThat(gewist).as("audittrail " + trail).isTrue();
        assertThat(beheerder.post("/api/gemeenten/utrecht/bewaartermijn?proef=true", Map.of()).json()
                .at("/results/0/casussen").asInt()).as("niets meer te wissen").isZero();

        // another gemeente's beheerder does not reach it; the platformbeheerder runs it for all
        assertThat(beheerder.post("/api/gemeenten/leeuwarden/bewaartermijn?proef=true", Map.of()).status())
                .isEqualTo(404);
        Api.Antwoord alle = p.api().als("platformbeheerder").post("/api/platform/bewaartermijn?proef=true", Map.of());
        assertThat(alle.status()).isEqualTo(200);
        assertThat(alle.json().path("count").asInt()).isEqualTo(3);
    }

    static Api.Antwoord upload(Api api, byte[] jar, String type) {
        return api.verstuur(api.request(BUNDLES).POST(HttpRequest.BodyPublishers.ofByteArray(jar)),
                Map.of("Content-Type", type));
    }

    private static void assertProbleem(Api.Antwoord a, int status, String tekst) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().path("detail").asText()).contains(tekst);
    }

    /** All files in deploy/, hidden ones included. */
    private static List<String> deploy(Platform p) {
        try (Stream<Path> s = Files.list(p.home.resolve("deploy"))) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> versies(Api beheer, String naam) {
        List<String> l = new java.util.ArrayList<>();
        for (JsonNode b : beheer.get(BUNDLES + "?pageSize=100").json().path("results")) {
            if (b.path("symbolischeNaam").asText().equals(naam)) {
                l.add(b.path("versie").asText());
            }
        }
        return l;
    }

    private static long bundleId(Api beheer, String naam) {
        for (JsonNode b : beheer.get(BUNDLES + "?pageSize=100").json().path("results")) {
            if (b.path("symbolischeNaam").asText().equals(naam)) {
                return b.path("id").asLong();
            }
        }
        throw new AssertionError("geen bundle " + naam);
    }

    /** A bundle with only a manifest: enough for the framework to install it, and to fail to resolve it. */
    static byte[] jar(String naam, String versie, String imports) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", naam);
        a.putValue("Bundle-Version", versie);
        a.putValue("Import-Package", imports);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (JarOutputStream j = new JarOutputStream(b, m)) {
            j.putNextEntry(new JarEntry("leesmij.txt"));
            j.write("test".getBytes());
            j.closeEntry();
        }
        return b.toByteArray();
    }
}
