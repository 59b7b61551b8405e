package nl.doorbraak.distributie;

import static nl.doorbraak.distributie.CasusApiIT.assertProblem;
import static nl.doorbraak.distributie.CasusApiIT.invalidParam;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The City Deal rode knop over HTTP on the real platform with the demo (docs/rodeknop.md): the demo's zaken in three
 * gemeenten, pressing the knop with every refusal, who sees what, the verwerkingenlog, and the follow-ups that are due
 * in the API and in the Gogo shell.
 */
class RodeKnopIT {

    static final String U = "/api/gemeenten/utrecht";
    static Platform platform;
    static Api regisseur;

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
        regisseur = platform.api().als("utrecht-regisseur");
        wachtOpDemo(platform);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** The plug-in loads its demo in the background after the core's; waits until every gemeente has its zaken. */
    static void wachtOpDemo(Platform platform) {
        for (String g : List.of("utrecht", "leeuwarden", "eindhoven")) {
            Api api = platform.api().als(g + "-regisseur");
            DuurzaamheidIT.wachtTot(() -> api.get("/api/gemeenten/" + g + "/rodeknop/zaken").json().path("count")
                    .asInt() >= 3);
        }
    }

    /** The demo's zaken per gemeente, by the key of their casus (the plug-in's DemoZaken). */
    static final Map<String, List<String>> DEMO = Map.of(
            "utrecht", List.of("utrecht/kostendelersnorm", "utrecht/geen-adres-geen-uitkering",
                    "utrecht/tozo-terugvordering"),
            "leeuwarden", List.of("leeuwarden/statushouder-duo", "leeuwarden/mantelzorger-sollicitatieplicht",
                    "leeuwarden/cjib-en-duo"),
            "eindhoven", List.of("eindhoven/toeslagen-belastingdienst", "eindhoven/cjib-rijbewijs",
                    "eindhoven/flexwerk-toeslagen"));

    static String demoCasus(String sleutel) {
        return UUID.nameUUIDFromBytes(("doorbraak-demo/" + sleutel).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String demoZaak(String sleutel) {
        return UUID.nameUUIDFromBytes(("doorbraak-demo/rodeknop/" + sleutel).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static Map<String, Object> knop() {
        Map<String, Object> m = new HashMap<>();
        m.put("thema", "inkomen");
        m.put("regel", Map.of("omschrijving", "Kostendelersnorm in de bijstand", "wet", "Participatiewet",
                "artikel", "art. 22a"));
        m.put("geprobeerd", "Bijzondere bijstand bekeken; de wet laat de gemeente geen uitzondering toe.");
        m.put("vraag", "Sta een jaar uitzondering toe op de kostendelersnorm.");
        m.put("situatie", "Ouder in de bijstand; volwassen kind woont na een opname tijdelijk thuis.");
        m.put("delen", List.of("thema", "geprobeerd"));
        return m;
    }

    @Test
    void deDemoHeeftZakenInElkeStandInDrieGemeenten() {
        List<String> standen = new ArrayList<>();
        List<String> uitkomsten = new ArrayList<>();
        for (String g : List.of("utrecht", "leeuwarden", "eindhoven")) {
            JsonNode zaken = platform.api().als(g + "-regisseur").get("/api/gemeenten/" + g + "/rodeknop/zaken").json();
            // other tests here press the knop in Utrecht too
            assertThat(zaken.path("results").findValuesAsText("id")).as(g).containsAll(DEMO.get(g).stream()
                    .map(RodeKnopIT::demoZaak).toList());
            zaken.path("results").forEach(z -> {
                standen.add(z.path("status").asText());
                if (!z.path("uitkomst").isNull()) {
                    uitkomsten.add(z.path("uitkomst").path("soort").asText());
                }
            });
        }
        assertThat(standen).contains("ingediend", "overleg-gepland", "uitkomst", "afgerond");
        assertThat(uitkomsten).contains("doorbraak", "omwisselbesluit", "geen-oplossing");

        // the casus of the kostendelersnorm lies with the Rijk: an open escalation at level rijk
        JsonNode zaak = regisseur.get(U + "/rodeknop/zaken/" + demoZaak("utrecht/kostendelersnorm")).json();
        assertThat(zaak.path("status").asText()).isEqualTo("ingediend");
        assertThat(zaak.path("casusId").asText()).isEqualTo(demoCasus("utrecht/kostendelersnorm"));
        JsonNode escalaties = regisseur.get(U + "/casussen/" + demoCasus("utrecht/kostendelersnorm") + "/escalaties")
                .json().path("results");
        assertThat(escalaties).anySatisfy(e -> {
            assertThat(e.path("id").asText()).isEqualTo(zaak.path("escalatieId").asText());
            assertThat(e.path("niveau").asText()).isEqualTo("rijk");
            assertThat(e.path("status").asText()).isEqualTo("open");
        });
        // a zaak with an outcome answered its escalation
        JsonNode metUitkomst = regisseur.get(U + "/rodeknop/zaken/" + demoZaak("utrecht/geen-adres-geen-uitkering"))
                .json();
        assertThat(regisseur.get(U + "/escalaties/" + metUitkomst.path("escalatieId").asText()).json()
                .path("status").asText()).isEqualTo("beantwoord");
    }

    @Test
    void deRodeKnopIndrukkenMetElkeWeigering() {
        String tafel = EscalatieIT.tafel(regisseur, "utrecht", "Doorbraaktafel Overvecht");
        String casus = EscalatieIT.nieuweCasus(regisseur, "utrecht", tafel, "Kostendelersnorm bij herstel thuis");
        String pad = U + "/rodeknop/casussen/" + casus;

        Api.Antwoord leeg = regisseur.post(pad, Map.of());
        assertProblem(leeg, 400);
        for (String veld : List.of("regel", "geprobeerd", "vraag", "thema")) {
            assertThat(invalidParam(leeg, veld).path("reason").asText()).as(veld).isNotBlank();
        }
        Map<String, Object> metBsn = knop();
        metBsn.put("situatie", "Het gaat om BSN 111222333 in de bijstand.");
        metBsn.put("thema", "ruimtevaart");
        Api.Antwoord bsn = regisseur.post(pad, metBsn);
        assertProblem(bsn, 400);
        assertThat(invalidParam(bsn, "situatie").path("reason").asText()).contains("BSN");
        assertThat(invalidParam(bsn, "thema").path("reason").asText()).contains("Kies uit").contains("inkomen");
        assertThat(bsn.body()).doesNotContain("111222333");
        Map<String, Object> onbekend = knop();
        onbekend.put("partijen", List.of("szw", "nasa"));
        onbekend.put("delen", List.of("hulpvraag"));
        Api.Antwoord partij = regisseur.post(pad, onbekend);
        assertProblem(partij, 400);
        assertThat(invalidParam(partij, "partijen.1").path("reason").asText()).contains("nasa");
        assertThat(invalidParam(partij, "delen.0").path("reason").asText()).contains("kan niet worden gedeeld");
        // nothing was written: no zaak, no escalation
        assertThat(regisseur.get(pad).json().path("count").asInt()).isZero();
        assertThat(regisseur.get(EscalatieIT.escalaties("utrecht", casus)).json().path("count").asInt()).isZero();

        Api.Antwoord gedrukt = regisseur.post(pad, knop());
        assertThat(gedrukt.status()).as(gedrukt.body()).isEqualTo(201);
        JsonNode zaak = gedrukt.json();
        assertThat(zaak.path("status").asText()).isEqualTo("ingediend");
        // no parties chosen: those covering the thema (inkomen: SZW)
        assertThat(zaak.path("partijen").toString()).isEqualTo("[\"szw\"]");
        assertThat(zaak.path("gedeeld").toString()).isEqualTo("[\"regel\",\"vraag\",\"thema\",\"geprobeerd\"]");
        assertThat(gedrukt.header("Location")).endsWith(U + "/rodeknop/zaken/" + zaak.path("id").asText());
        JsonNode escalaties = regisseur.get(EscalatieIT.escalaties("utrecht", casus)).json();
        assertThat(escalaties.path("count").asInt()).isEqualTo(1);
        JsonNode e = escalaties.path("results").get(0);
        assertThat(e.path("id").asText()).isEqualTo(zaak.path("escalatieId").asText());
        assertThat(e.path("niveau").asText()).isEqualTo("rijk");
        assertThat(e.path("niveauNaam").asText()).isEqualTo("Rijk (rode knop)");
        assertThat(e.path("reactietermijnDagen").asInt()).isEqualTo(30);
        assertThat(e.path("status").asText()).isEqualTo("open");
        assertThat(regisseur.get(pad).json().path("results").findValuesAsText("id"))
                .containsExactly(zaak.path("id").asText());

        Api.Antwoord tweede = regisseur.post(pad, knop());
        assertProblem(tweede, 409);
        assertThat(tweede.json().path("detail").asText()).contains("al bij het Rijk");

        // a tafellid of another tafel, and another gemeente: the casus and the zaak do not exist for them
        String ondernemers = EscalatieIT.tafel(regisseur, "utrecht", "Ondernemers-doorbraaktafel");
        String elders = EscalatieIT.nieuweCasus(regisseur, "utrecht", ondernemers, "Tozo en kostendelersnorm");
        Api tafellid = platform.api().als("utrecht-tafellid");
        assertProblem(tafellid.post(U + "/rodeknop/casussen/" + elders, knop()), 404);
        assertProblem(tafellid.get(U + "/rodeknop/casussen/" + elders), 404);
        assertThat(regisseur.get(U + "/rodeknop/casussen/" + elders).json().path("count").asInt()).isZero();
        Api leeuwarden = platform.api().als("leeuwarden-regisseur");
        assertProblem(leeuwarden.get(U + "/rodeknop/zaken/" + zaak.path("id").asText()), 404);
        assertProblem(leeuwarden.get("/api/gemeenten/leeuwarden/rodeknop/zaken/" + zaak.path("id").asText()), 404);
        assertProblem(leeuwarden.post(U + "/rodeknop/casussen/" + elders, knop()), 404);
        assertProblem(platform.api().als("utrecht-beheerder").post(pad, knop()), 403);
        assertProblem(platform.api().post(pad, knop()), 401);
    }

    @Test
    void elkeInzageVanEenZaakStaatInHetVerwerkingenlog() {
        String casus = demoCasus("utrecht/tozo-terugvordering");
        String pseudoniem = regisseur.get(U + "/casussen/" + casus).json().path("inwoner").path("pseudoniem").asText();
        assertThat(regisseur.get(U + "/rodeknop/zaken?status=overleg-gepland").json().path("results")
                .findValuesAsText("casusId")).contains(casus);

        Api beheerder = platform.api().als("utrecht-beheerder");
        String rapport = U + "/verwerkingen?inwoner=" + pseudoniem;
        DuurzaamheidIT.wachtTot(() -> beheerder.get(rapport).body().contains("rodeknop-zaak"));
        JsonNode regels = beheerder.get(rapport).json().path("results");
        assertThat(regels).anySatisfy(v -> {
            assertThat(v.path("door").asText()).isEqualTo("utrecht-regisseur");
            assertThat(v.path("handeling").asText()).isEqualTo("lezen");
            assertThat(v.path("casusId").asText()).isEqualTo(casus);
            assertThat(v.path("doel").asText()).isEqualTo("Rode-knopzaken van de gemeente volgen");
            assertThat(v.path("via").asText()).isEqualTo("nl.doorbraak.plugin.citydeal.rodeknop");
        });
        // the demo escalated through the platform itself: that read of the casus is in the report too
        assertThat(regels).anySatisfy(v -> assertThat(v.path("door").asText()).isEqualTo("systeem:rodeknop"));
    }

    @Test
    void followUpsDieAanDeBeurtZijn() {
        JsonNode lijst = regisseur.get(U + "/rodeknop/followups").json();
        assertThat(lijst.path("results").findValuesAsText("id")).contains(demoZaak("utrecht/geen-adres-geen-uitkering"));
        for (JsonNode z : lijst.path("results")) {
            assertThat(z.path("status").asText()).isEqualTo("uitkomst");
        }
        // Leeuwarden's follow-ups are not Utrecht's
        assertThat(platform.api().als("leeuwarden-regisseur").get("/api/gemeenten/leeuwarden/rodeknop/followups")
                .json().path("results").findValuesAsText("id"))
                .doesNotContain(demoZaak("utrecht/geen-adres-geen-uitkering"));
        assertProblem(platform.api().als("utrecht-tafellid").get(U + "/rodeknop/followups"), 403);

        // recorded by the gemeente, the zaak is done and no longer due
        String id = demoZaak("utrecht/geen-adres-geen-uitkering");
        Api.Antwoord onvolledig = regisseur.post(U + "/rodeknop/zaken/" + id + "/followup", Map.of("opgelost", "ja"));
        assertProblem(onvolledig, 400);
        assertThat(invalidParam(onvolledig, "bevinding").path("reason").asText()).isNotBlank();
        assertThat(invalidParam(onvolledig, "opgelost").path("reason").asText()).contains("true of false");
        Api.Antwoord klaar = regisseur.post(U + "/rodeknop/zaken/" + id + "/followup", Map.of("opgelost", true,
                "bevinding", "Briefadres geregeld, de uitkering liep door; inmiddels een eigen kamer."));
        assertThat(klaar.status()).as(klaar.body()).isEqualTo(200);
        assertThat(klaar.json().path("status").asText()).isEqualTo("afgerond");
        assertThat(regisseur.get(U + "/rodeknop/followups").json().path("results").findValuesAsText("id"))
                .doesNotContain(id);
        assertProblem(regisseur.post(U + "/rodeknop/zaken/" + id + "/followup", Map.of("opgelost", true,
                "bevinding", "Nog eens")), 409);
    }

    @Test
    void eenGemeenteDieDeRodeKnopNietAanzetHeeftHemNiet() {
        Api eindhoven = platform.api().als("eindhoven-regisseur");
        String route = "/api/gemeenten/eindhoven/escalatieroute";
        String casus = demoCasus("eindhoven/wmo-wlz");
        String gemeente = "nl.doorbraak.gemeente-eindhoven.cfg";
        String config;
        try {
            config = Files.readString(platform.home.resolve("config").resolve(gemeente));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(config).contains("varianten = standaard,rodeknop");
        try {
            platform.schrijfConfig(gemeente, config.replace("varianten = standaard,rodeknop", "varianten = standaard"));
            DuurzaamheidIT.wachtTot(() -> !eindhoven.get(route).json().path("niveaus").findValuesAsText("id")
                    .contains("rijk"));
            Api.Antwoord knop = eindhoven.post("/api/gemeenten/eindhoven/rodeknop/casussen/" + casus, knop());
            assertProblem(knop, 404);
            assertProblem(eindhoven.get("/api/gemeenten/eindhoven/rodeknop/zaken"), 404);
            assertThat(eindhoven.get(EscalatieIT.escalaties("eindhoven", casus)).json().path("count").asInt()).isZero();
            // its zaken stay: the escalations at level rijk are still readable
            String toeslagen = demoCasus("eindhoven/toeslagen-belastingdienst");
            assertThat(eindhoven.get(EscalatieIT.escalaties("eindhoven", toeslagen)).json().path("results")
                    .findValuesAsText("niveau")).contains("rijk");
            // and Utrecht still has it
            assertThat(regisseur.get(U + "/rodeknop/zaken").status()).isEqualTo(200);
        } finally {
            platform.schrijfConfig(gemeente, config);
        }
        DuurzaamheidIT.wachtTot(() -> eindhoven.get(route).json().path("niveaus").findValuesAsText("id")
                .contains("rijk"));
        assertThat(eindhoven.get("/api/gemeenten/eindhoven/rodeknop/zaken").json().path("count").asInt())
                .isGreaterThanOrEqualTo(3);
    }

    /** A beheerder on a terminal: {@code rodeknop:followups} lists the due follow-up without casus or text. */
    @Test
    void deGogoShellToontDeFollowUpsDieAanDeBeurtZijn() throws Exception {
        try (Platform shell = Platform.nieuw().metDemo()) {
            Process terminal = shell.startOpTerminal();
            try {
                wachtOpDemo(shell);
                Path uitvoer = shell.home.resolve("uitvoer.txt");
                OutputStream toetsenbord = terminal.getOutputStream();
                typ(toetsenbord, "rodeknop:followups");
                typ(toetsenbord, "rodeknop:partijen");
                DuurzaamheidIT.wachtTot(() -> lees(uitvoer).contains("follow-up(s) aan de beurt")
                        && lees(uitvoer).contains("fin-toeslagen"));
                String scherm = lees(uitvoer);
                String zaak = demoZaak("utrecht/geen-adres-geen-uitkering");
                assertThat(scherm).contains("ZAAK", "GEMEENTE", "FOLLOW-UP", "1 follow-up(s) aan de beurt.");
                assertThat(scherm).containsPattern(zaak + " +utrecht +\\d{4}-\\d{2}-\\d{2} +(ja|nee) +bzk,szw");
                assertThat(scherm).doesNotContain(demoCasus("utrecht/geen-adres-geen-uitkering"))
                        .doesNotContain("briefadres bij het buurtteam");
                assertThat(scherm).contains("szw", "SZW", "inkomen");

                typ(toetsenbord, "exit");
                toetsenbord.close();
                assertThat(terminal.waitFor(40, TimeUnit.SECONDS)).as("exit stopt het platform").isTrue();
            } finally {
                terminal.destroyForcibly();
            }
        }
    }

    static void typ(OutputStream toetsenbord, String regel) throws IOException {
        toetsenbord.write((regel + "\n").getBytes(StandardCharsets.UTF_8));
        toetsenbord.flush();
    }

    static String lees(Path f) {
        try {
            return Files.readString(f, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }
}
