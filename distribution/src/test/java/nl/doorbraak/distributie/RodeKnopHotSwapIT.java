package nl.doorbraak.distributie;

import static nl.doorbraak.distributie.CasusApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rode knop plug-in is updated to a newer version, removed and installed again by replacing its file in deploy/,
 * while a busy tafel works on casussen (the load of {@link HotSwapIT}) and others read the rode knop: the core never
 * fails a request, the zaken survive, removal takes the level Rijk off the escalatieroute and the plug-in's routes away
 * while the escalations at that level stay readable, and core, web and api keep their bundle ids.
 */
class RodeKnopHotSwapIT {

    static final String JAR = "nl.doorbraak.plugin.citydeal.rodeknop.jar";
    static final String BSN = "nl.doorbraak.plugin.citydeal.rodeknop";
    static final String U = "/api/gemeenten/utrecht";
    static Platform platform;
    static Path huidig;
    static Path nieuwer;

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
        RodeKnopIT.wachtOpDemo(platform);
        try {
            huidig = Files.copy(platform.home.resolve("deploy").resolve(JAR), platform.home.resolve("rodeknop.jar"));
            nieuwer = metVersie(huidig, "99.0.0", platform.home.resolve("rodeknop-99.jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** The same bundle with another Bundle-Version: a newer build as a beheerder would drop it into deploy/. */
    static Path metVersie(Path jar, String versie, Path doel) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
            Manifest m = new Manifest(in.getManifest());
            m.getMainAttributes().putValue("Bundle-Version", versie);
            try (JarOutputStream uit = new JarOutputStream(Files.newOutputStream(doel), m)) {
                for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                    uit.putNextEntry(new JarEntry(e.getName()));
                    in.transferTo(uit);
                    uit.closeEntry();
                }
            }
        }
        return doel;
    }

    @Test
    void bijwerkenVerwijderenEnTerugzettenOnderLast() {
        Api regisseur = platform.api().als("utrecht-regisseur");
        Api beheer = platform.api().als("platformbeheerder");
        String tafel = EscalatieIT.tafel(regisseur, "utrecht", "Doorbraaktafel Overvecht");
        JsonNode zakenVoor = regisseur.get(U + "/rodeknop/zaken").json();
        String demoZaak = RodeKnopIT.demoZaak("utrecht/kostendelersnorm");
        String demoEscalatie = regisseur.get(U + "/rodeknop/zaken/" + demoZaak).json().path("escalatieId").asText();
        Map<String, Long> idsVoor = HotSwapIT.platformBundels(beheer);
        assertThat(versie(beheer)).isEqualTo("1.0.0.SNAPSHOT");

        RodeKnopLezer lezer = new RodeKnopLezer(regisseur, demoZaak);
        Thread lezen = new Thread(lezer, "rodeknop-lezer");
        String inV2;
        try (Last last = new Last(platform, "utrecht", tafel, 6, 150).start("utrecht-regisseur", Duration.ofMinutes(3))) {
            lezen.start();
            last.fase = lezer.fase = "v1";
            Platform.slaap(3000);

            last.fase = lezer.fase = "update";
            platform.deploy(nieuwer, JAR);
            DuurzaamheidIT.wachtTot(() -> "99.0.0".equals(versie(beheer)) && regisseur.get(U + "/rodeknop/zaken")
                    .status() == 200);
            last.fase = lezer.fase = "v2";
            // the newer version works: a press during v2 is kept through removal and return
            String casus = EscalatieIT.nieuweCasus(regisseur, "utrecht", tafel, "Rode knop tijdens de update");
            Api.Antwoord knop = regisseur.post(U + "/rodeknop/casussen/" + casus, RodeKnopIT.knop());
            assertThat(knop.status()).as(knop.body()).isEqualTo(201);
            inV2 = knop.json().path("id").asText();
            Platform.slaap(3000);

            // the plug-in's screens are there: the Rijk's inbox and the part of the casus screen
            Api szw = platform.api().als("rijk-szw");
            assertThat(szw.get("/api/schermen").body()).contains("rijk-inbox").contains(BSN);
            assertThat(regisseur.get("/api/schermen/casusdelen").body()).contains(BSN);
            assertThat(szw.get("/api/rijk/rodeknop/inbox").json().path("results").findValuesAsText("id"))
                    .contains(inV2);

            last.fase = lezer.fase = "verwijderd";
            platform.undeploy(JAR);
            DuurzaamheidIT.wachtTot(() -> versie(beheer) == null && !regisseur.get(U + "/escalatieroute").json()
                    .path("niveaus").findValuesAsText("id").contains("rijk"));
            // its routes are gone (503 with Retry-After while the gemeente still switches it on) ...
            Api.Antwoord weg = regisseur.get(U + "/rodeknop/zaken");
            assertThat(weg.status()).as(weg.body()).isIn(404, 503);
            assertProblem(weg, weg.status());
            if (weg.status() == 503) {
                assertThat(weg.header("Retry-After")).isNotBlank();
            }
            assertThat(regisseur.get("/api/openapi.json").json().path("paths").has(
                    "/api/gemeenten/{gemeente}/rodeknop/zaken")).isFalse();
            assertThat(regisseur.get("/api/schermen").body()).doesNotContain(BSN);
            assertThat(regisseur.get("/api/schermen/casusdelen").body()).doesNotContain(BSN);
            assertThat(szw.get("/api/schermen").body()).doesNotContain(BSN).doesNotContain("rijk-inbox");
            Api.Antwoord inbox = szw.get("/api/rijk/rodeknop/inbox");
            assertThat(inbox.status()).as(inbox.body()).isIn(404, 503);
            assertProblem(inbox, inbox.status());
            if (inbox.status() == 503) {
                assertThat(inbox.header("Retry-After")).isNotBlank();
            }
            assertThat(regisseur.get("/api/openapi.json").json().path("paths").has("/api/rijk/rodeknop/inbox"))
                    .isFalse();
            // ... the escalations at level Rijk stay readable, and no new one can be made
            Api.Antwoord escalatie = regisseur.get(U + "/escalaties/" + demoEscalatie);
            assertThat(escalatie.status()).as(escalatie.body()).isEqualTo(200);
            assertThat(escalatie.json().path("niveau").asText()).isEqualTo("rijk");
            assertThat(escalatie.json().path("niveauNaam").asText()).isEqualTo("Rijk (rode knop)");
            String ander = EscalatieIT.nieuweCasus(regisseur, "utrecht", tafel, "Rode knop terwijl hij weg is");
            Api.Antwoord naarRijk = regisseur.post(EscalatieIT.escalaties("utrecht", ander),
                    Map.of("reden", "Rode knop", "niveau", "rijk"));
            assertProblem(naarRijk, 503);
            assertThat(regisseur.get(EscalatieIT.escalaties("utrecht", ander)).json().path("count").asInt()).isZero();
            Platform.slaap(2000);

            last.fase = lezer.fase = "terug";
            platform.deploy(huidig, JAR);
            DuurzaamheidIT.wachtTot(() -> regisseur.get(U + "/escalatieroute").json().path("niveaus")
                    .findValuesAsText("id").contains("rijk") && regisseur.get(U + "/rodeknop/zaken").status() == 200);
            last.fase = lezer.fase = "terug-actief";
            Platform.slaap(3000);
            last.close();
            lezer.stop();
            lezen.join(30_000);

            System.out.printf("rode knop hot swap: %d kernverzoeken, %d fouten; %d rode-knopverzoeken, fouten: %s%n",
                    last.verzoeken.get(), last.fouten.size(), lezer.verzoeken.get(), lezer.fouten);
            // the core never fails: not while the plug-in is updated, nor while it is away
            assertThat(last.fouten).as("mislukte kernverzoeken").isEmpty();
            assertThat(last.verzoeken.get()).isGreaterThan(300);
            // the plug-in's own routes only fail while it is away (sent or answered then), with the documented
            // answer; an update fails nothing, and the escalations at level Rijk are always readable
            for (String f : lezer.fouten) {
                assertThat(f).as("rode-knopverzoek (verzonden>beantwoord:verzoek:status)")
                        .matches("[a-z0-9-]+>[a-z0-9-]+:(GET zaken|GET zaak):(404|503)")
                        .matches("(verwijderd|terug)>.*|.*>(verwijderd|terug):.*");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }

        // nothing of the plug-in's data is lost: the demo's zaken and the one pressed during v2
        JsonNode zakenNa = regisseur.get(U + "/rodeknop/zaken").json();
        assertThat(zakenNa.path("count").asInt()).isEqualTo(zakenVoor.path("count").asInt() + 1);
        assertThat(zakenNa.path("results").findValuesAsText("id")).contains(inV2)
                .containsAll(zakenVoor.path("results").findValuesAsText("id"));
        assertThat(regisseur.get(U + "/rodeknop/zaken/" + demoZaak).json().path("status").asText())
                .isEqualTo("ingediend");
        assertThat(platform.api().als("rijk-szw").get("/api/rijk/rodeknop/inbox").json().path("results")
                .findValuesAsText("id")).contains(inV2, demoZaak);
        assertThat(platform.api().als("rijk-szw").get("/api/schermen").body()).contains("rijk-inbox");
        // loading the demo again on each start of the plug-in added nothing twice
        for (String g : List.of("leeuwarden", "eindhoven")) {
            assertThat(platform.api().als(g + "-regisseur").get("/api/gemeenten/" + g + "/rodeknop/zaken").json()
                    .path("count").asInt()).as(g).isEqualTo(3);
        }
        assertThat(regisseur.get(U + "/escalatieroute").json().path("niveaus").findValuesAsText("plugin"))
                .contains(BSN);

        Map<String, Long> idsNa = HotSwapIT.platformBundels(beheer);
        for (String b : List.of("nl.doorbraak.core", "nl.doorbraak.web", "nl.doorbraak.api")) {
            assertThat(idsNa.get(b)).as("bundle-id van " + b + " (geen refresh)").isEqualTo(idsVoor.get(b));
        }
    }

    /** The version of the installed rode knop bundle, or {@code null} when it is not installed. */
    static String versie(Api beheer) {
        for (int p = 1; p <= 10; p++) {
            JsonNode lijst = beheer.get("/api/platform/bundles?pageSize=100&page=" + p).json();
            for (JsonNode b : lijst.path("results")) {
                if (b.path("symbolischeNaam").asText().equals(BSN)) {
                    return b.path("versie").asText();
                }
            }
            if (lijst.path("next").isNull() || lijst.path("next").isMissingNode()) {
                return null;
            }
        }
        return null;
    }

    /** Reads the rode knop and the escalations of a demo casus, as a casusregisseur following the zaken would. */
    static final class RodeKnopLezer implements Runnable {
        private final Api api;
        private final String zaak;
        private final AtomicBoolean stoppen = new AtomicBoolean();
        final AtomicLong verzoeken = new AtomicLong();
        final List<String> fouten = Collections.synchronizedList(new ArrayList<>());
        volatile String fase = "start";

        RodeKnopLezer(Api api, String zaak) {
            this.api = api;
            this.zaak = zaak;
        }

        @Override
        public void run() {
            String casus = RodeKnopIT.demoCasus("utrecht/kostendelersnorm");
            while (!stoppen.get()) {
                tel(fase, "GET zaken", U + "/rodeknop/zaken");
                tel(fase, "GET zaak", U + "/rodeknop/zaken/" + zaak);
                tel(fase, "GET escalaties", EscalatieIT.escalaties("utrecht", casus));
                Platform.slaap(50);
            }
        }

        private void tel(String f, String naam, String pad) {
            verzoeken.incrementAndGet();
            try {
                Api.Antwoord a = api.get(pad);
                if (a.status() != 200) {
                    fouten.add(f + ">" + fase + ":" + naam + ":" + a.status()
                            + (a.status() == 503 && a.header("Retry-After") == null ? " zonder Retry-After" : ""));
                }
            } catch (RuntimeException e) {
                fouten.add(f + ">" + fase + ":" + naam + ":verbinding " + e);
            }
        }

        void stop() {
            stoppen.set(true);
        }
    }
}
