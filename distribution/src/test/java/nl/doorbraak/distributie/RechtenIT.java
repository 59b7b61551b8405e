package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Least privilege for plug-ins through the real distribution: a plug-in that asks for the BSN and looks up more
 * than it asked gets only its non-sensitive rights until a file in config/ grants more; the platformbeheerder sees
 * what each plug-in asked and got.
 */
class RechtenIT {

    static final String BEREIK = "/api/gemeenten/utrecht/grens/bereik";
    static final String CONFIG = "nl.doorbraak.rechten-grensganger.cfg";
    static Platform platform;

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
        platform.deploy(Platform.fixture("doorbraak-test-plugin-grensganger"), "grensganger.jar");
        Api api = platform.api().als("utrecht-regisseur");
        DuurzaamheidIT.wachtTot(() -> api.get(BEREIK).status() == 200);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void withoutAGrantThePluginReachesNothingSensitive() {
        JsonNode bereik = bereik();
        assertThat(bereik.path("CasusService").asBoolean()).as("gevraagd, niet gevoelig").isTrue();
        for (String dienst : new String[] { "BsnService", "AudittrailService", "AccountService", "GebruikerService",
                "Idempotentie", "VariantOpslag" }) {
            assertThat(bereik.path(dienst).asBoolean()).as(dienst).isFalse();
        }
        assertThat(bereik.path("bsnLezerActief").asBoolean()).as("verplichte referentie blijft onvervuld").isFalse();
    }

    @Test
    void theBeheerderSeesWhatEachPluginAskedAndGot() {
        JsonNode bundles = platform.api().als("platformbeheerder").get("/api/platform/bundles?pageSize=100").json()
                .path("results");
        JsonNode grens = bundel(bundles, "nl.doorbraak.test.grensganger");
        if (!Files.exists(platform.home.resolve("config").resolve(CONFIG))
                && !Files.exists(platform.home.resolve("config").resolve("nl.doorbraak.rechten-grensganger-alle.cfg"))) {
            assertThat(tekst(grens.path("rechten").path("gevraagd")))
                    .isEqualTo("[\"casussen\",\"casussen.alle\",\"bsn\"]");
            assertThat(tekst(grens.path("rechten").path("verleend"))).isEqualTo("[\"casussen\"]");
            assertThat(tekst(grens.path("rechten").path("geweigerd"))).isEqualTo("[\"casussen.alle\",\"bsn\"]");
        }
        assertThat(tekst(bundel(bundles, "nl.doorbraak.plugin.standaard").path("rechten").path("verleend")))
                .isEqualTo("[\"casussen\"]");
        assertThat(bundel(bundles, "nl.doorbraak.core").path("rechten").isNull()).as("platform-bundle").isTrue();
        assertThat(bundel(bundles, "nl.doorbraak.api").path("rechten").isNull()).as("de api is geen plug-in").isTrue();

        JsonNode varianten = platform.api().als("utrecht-regisseur").get("/api/varianten").json().path("results");
        JsonNode standaard = null;
        for (JsonNode v : varianten) {
            if ("standaard".equals(v.path("id").asText())) {
                standaard = v;
            }
        }
        assertThat(standaard).isNotNull();
        assertThat(tekst(standaard.path("rechten").path("gevraagd"))).isEqualTo("[\"casussen\"]");
    }

    @Test
    void aGrantInConfigRestartsThePluginWithTheRightAndWithdrawingItTakesItAway() {
        platform.schrijfConfig(CONFIG, "# het BSN voor de grensganger (test)\nplugin = nl.doorbraak.test.grensganger\n"
                + "rechten = bsn\n");
        try {
            DuurzaamheidIT.wachtTot(() -> bereikOfNull() != null && bereikOfNull().path("bsnLezerActief").asBoolean());
            JsonNode bereik = bereik();
            assertThat(bereik.path("BsnService").asBoolean()).isTrue();
            assertThat(bereik.path("AccountService").asBoolean()).as("niet gevraagd, niet toegekend").isFalse();
            assertThat(platform.log()).contains("nl.doorbraak.test.grensganger").contains("wordt herstart");
        } finally {
            platform.verwijderConfig(CONFIG);
        }
        DuurzaamheidIT.wachtTot(() -> bereikOfNull() != null && !bereikOfNull().path("BsnService").asBoolean());
        assertThat(bereik().path("bsnLezerActief").asBoolean()).isFalse();
    }

    @Test
    void aPluginReadsNoCasusOfAnotherVariantUntilCasussenAlleIsGranted() {
        Api regisseur = platform.api().als("utrecht-regisseur");
        JsonNode alle = regisseur.get("/api/gemeenten/utrecht/casussen?pageSize=100").json();
        assertThat(alle.path("count").asInt()).as("de demo heeft standaard-casussen").isPositive();
        String id = alle.path("results").get(0).path("id").asText();
        String pad = "/api/gemeenten/utrecht/grens/casussen?id=" + id;

        JsonNode zonder = regisseur.get(pad).json();
        assertThat(zonder.path("gelezen").asInt()).as("geen casus van een andere variant").isZero();
        assertThat(zonder.path("opId").asBoolean()).isFalse();

        platform.schrijfConfig("nl.doorbraak.rechten-grensganger-alle.cfg",
                "plugin = nl.doorbraak.test.grensganger\nrechten = casussen.alle\n");
        try {
            // not a service the hooks hide: it holds at the next call, without a restart
            DuurzaamheidIT.wachtTot(() -> regisseur.get(pad).json().path("gelezen").asInt() > 0);
            assertThat(regisseur.get(pad).json().path("opId").asBoolean()).isTrue();
        } finally {
            platform.verwijderConfig("nl.doorbraak.rechten-grensganger-alle.cfg");
        }
        DuurzaamheidIT.wachtTot(() -> regisseur.get(pad).json().path("gelezen").asInt() == 0);
    }

    @Test
    void aPluginThatClaimsMoreRolesForItsUserGetsWhatTheStoredAccountMay() {
        Api tafellid = platform.api().als("utrecht-tafellid");
        int eigen = tafellid.get("/api/gemeenten/utrecht/casussen?pageSize=1").json().path("count").asInt();
        int alle = platform.api().als("utrecht-regisseur").get("/api/gemeenten/utrecht/casussen?pageSize=1").json()
                .path("count").asInt();
        assertThat(eigen).as("de tafellid ziet minder dan de regisseur").isPositive().isLessThan(alle);
        platform.schrijfConfig("nl.doorbraak.rechten-grensganger-als.cfg",
                "plugin = nl.doorbraak.test.grensganger\nrechten = casussen.alle\n");
        try {
            String pad = "/api/gemeenten/utrecht/grens/als-regisseur";
            DuurzaamheidIT.wachtTot(() -> tafellid.get(pad).json().path("gelezen").asInt() > 0);
            assertThat(tafellid.get(pad).json().path("gelezen").asInt())
                    .as("de rollen en tafels van het account, niet die de plug-in noemt").isEqualTo(eigen);
            Api.Antwoord verzonnen = tafellid.get(pad + "?naam=verzonnen");
            assertThat(verzonnen.status()).isEqualTo(403);
            assertThat(verzonnen.json().path("detail").asText())
                    .isEqualTo("Een plug-in handelt alleen in naam van een bestaande, actieve gebruiker.");
        } finally {
            platform.verwijderConfig("nl.doorbraak.rechten-grensganger-als.cfg");
        }
        // gone again before the next test looks (ConfigAdmin tells the core a moment after the file went)
        DuurzaamheidIT.wachtTot(() -> tafellid.get("/api/gemeenten/utrecht/grens/als-regisseur").json().path("gelezen")
                .asInt() == 0);
    }

    @Test
    void aBadGrantIsAHealthWarningAndGrantsNothing() {
        platform.schrijfConfig("nl.doorbraak.rechten-fout.cfg", "plugin = nl.doorbraak.test.grensganger\n"
                + "rechten = bsn, alles\n");
        try {
            DuurzaamheidIT.wachtTot(() -> platform.api().get("/api/health").json().path("waarschuwingen").toString()
                    .contains("onbekend recht 'alles'"));
            assertThat(bereik().path("BsnService").asBoolean()).isFalse();
        } finally {
            platform.verwijderConfig("nl.doorbraak.rechten-fout.cfg");
        }
        DuurzaamheidIT.wachtTot(() -> !platform.api().get("/api/health").json().path("waarschuwingen").toString()
                .contains("onbekend recht"));
    }

    private static JsonNode bereik() {
        Api.Antwoord a = platform.api().als("utrecht-regisseur").get(BEREIK);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    /** While the plug-in restarts its route is briefly gone. */
    private static JsonNode bereikOfNull() {
        Api.Antwoord a = platform.api().als("utrecht-regisseur").get(BEREIK);
        return a.status() == 200 ? a.json() : null;
    }

    private static JsonNode bundel(JsonNode bundles, String naam) {
        for (JsonNode b : bundles) {
            if (naam.equals(b.path("symbolischeNaam").asText())) {
                return b;
            }
        }
        throw new AssertionError("bundle " + naam + " niet in " + bundles);
    }

    private static String tekst(JsonNode n) {
        return n.toString();
    }
}
