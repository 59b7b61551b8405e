package nl.doorbraak.distributie;

import static nl.doorbraak.distributie.DuurzaamheidIT.wachtTot;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two files of one plug-in in deploy/ (a 0.9.0 of the standaard variant next to the 1.x, instead of over it): the
 * platform uses the highest version only, whichever came first, also after a restart; the lower one serves again
 * when the higher one's file goes. /api/health names both files, and the log says which won and which is ignored.
 */
class DeployVersiesIT {

    static final String OUD = "nl.doorbraak.plugin.standaard-0.9.0.jar";
    static final String NIEUW = "nl.doorbraak.plugin.standaard.jar";
    static final String HOOG = "1.0.0.SNAPSHOT";
    static final String URGENTIE = "/api/gemeenten/utrecht/standaard/urgentie";

    @Test
    void vanTweeVersiesInDeployDraaitAlleenDeHoogste() {
        try (Platform p = Platform.nieuw().metDemo().start()) {
            Api regisseur = p.api().als("utrecht-regisseur");
            assertThat(regisseur.get(URGENTIE).json().has("open")).isTrue();

            // the old version dropped next to the running new one: it never starts
            p.deploy(Platform.fixture("doorbraak-test-plugin-standaard-v1"), OUD);
            wachtTot(() -> waarschuwingen(p).contains(OUD));
            assertThat(waarschuwingen(p)).contains("In deploy/ staan 2 versies van bundle nl.doorbraak.plugin.standaard: "
                    + NIEUW + " (" + HOOG + ") is in gebruik, " + OUD + " (0.9.0) wordt genegeerd.");
            assertGebruikt(p, HOOG, 2);
            assertThat(regisseur.get(URGENTIE).json().has("open")).as("de route van 1.x").isTrue();
            assertThat(bundleStatus(p, "0.9.0")).isEqualTo("geïnstalleerd");
            assertThat(bundleStatus(p, HOOG)).isEqualTo("actief");
            wachtTot(() -> p.log().contains("In deploy/ staan twee versies van nl.doorbraak.plugin.standaard: " + NIEUW
                    + " (" + HOOG + ") wordt gebruikt, " + OUD + " (0.9.0) wordt genegeerd"));
            assertThat(p.log()).doesNotContain("aangemeld door nl.doorbraak.plugin.standaard 0.9.0")
                    .doesNotContain("Plug-in-routes van nl.doorbraak.plugin.standaard 0.9.0 actief");
            // not also "kan niet starten": that is for bundles whose imports are missing
            assertThat(waarschuwingen(p)).doesNotContain("kan niet starten");

            // the new one's file goes: the old one serves, and the warning goes
            p.undeploy(NIEUW);
            wachtTot(() -> regisseur.get(URGENTIE).json().path("versie").asInt() == 1);
            assertGebruikt(p, "0.9.0", 1);
            wachtTot(() -> !waarschuwingen(p).contains("versies van bundle"));
            // the launcher notices a moment after FileInstall removed the bundle
            wachtTot(() -> p.log().contains("nl.doorbraak.plugin.standaard 0.9.0 (" + OUD + ") wordt weer gebruikt"));

            // the new one comes back while the old one runs: it takes over, the old one stops
            p.deploy(Platform.deployBundle(NIEUW), NIEUW);
            wachtTot(() -> regisseur.get(URGENTIE).json().has("open"));
            wachtTot(() -> "geïnstalleerd".equals(bundleStatus(p, "0.9.0")));
            assertGebruikt(p, HOOG, 2);
            wachtTot(() -> waarschuwingen(p).contains(OUD + " (0.9.0) wordt genegeerd"));
            wachtTot(() -> p.log().contains("Tafelvariant 'standaard' schema 2 aangemeld door "
                    + "nl.doorbraak.plugin.standaard " + HOOG + " (in plaats van nl.doorbraak.plugin.standaard 0.9.0, een "
                    + "lagere versie)"));

            // a restart with both files: the highest from the start
            p.stop();
            p.start();
            assertGebruikt(p, HOOG, 2);
            assertThat(bundleStatus(p, "0.9.0")).isEqualTo("geïnstalleerd");
            assertThat(p.api().als("utrecht-regisseur").get(URGENTIE).json().has("open")).isTrue();
            assertThat(waarschuwingen(p)).contains(OUD + " (0.9.0) wordt genegeerd");
            // FileInstall's failed start of the ignored one: one line saying what is missing, no stack trace
            assertThat(p.log()).contains("Error while starting bundle: ").contains(OUD + ": Unable to resolve")
                    .doesNotContain("\tat org.apache.felix");
        }
    }

    private static String waarschuwingen(Platform p) {
        return p.api().get("/api/health").json().path("waarschuwingen").toString();
    }

    /** The standaard variant as /api/varianten reports it: served by this bundle version, with this schema. */
    private static void assertGebruikt(Platform p, String versie, int schema) {
        JsonNode v = null;
        for (JsonNode r : p.api().als("utrecht-beheerder").get("/api/varianten").json().path("results")) {
            if (r.path("id").asText().equals("standaard")) {
                v = r;
            }
        }
        assertThat(v).as("variant standaard in /api/varianten").isNotNull();
        assertThat(v.path("versie").asText()).isEqualTo(versie);
        assertThat(v.path("schemaVersie").asInt()).isEqualTo(schema);
        assertThat(v.path("status").asText()).isEqualTo("actief");
    }

    /** The state of the standaard plug-in of this version in /api/platform/bundles, or null. */
    private static String bundleStatus(Platform p, String versie) {
        for (JsonNode b : p.api().als("platformbeheerder").get("/api/platform/bundles?pageSize=100").json()
                .path("results")) {
            if (b.path("symbolischeNaam").asText().equals("nl.doorbraak.plugin.standaard")
                    && b.path("versie").asText().equals(versie)) {
                return b.path("status").asText();
            }
        }
        return null;
    }
}
