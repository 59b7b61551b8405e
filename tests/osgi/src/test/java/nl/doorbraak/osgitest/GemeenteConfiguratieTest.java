package nl.doorbraak.osgitest;

import static nl.doorbraak.osgitest.OsgiTestHulp.gemeente;
import static nl.doorbraak.osgitest.OsgiTestHulp.wachtTot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;

import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.Gezondheid;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;

/** Gemeenten come from ConfigAdmin factory configurations and follow them live. */
class GemeenteConfiguratieTest {

    /**
     * The test bundle provides no variant, so without Namens it serves no gemeente; it asks as the platformbeheerder,
     * who sees every gemeente.
     */
    static final Namens BEHEERDER = Namens.van(new Gebruiker("p", "P", null, Set.of(Rol.PLATFORMBEHEERDER), Set.of()));
    static final Namens ELDERS = Namens.van(new Gebruiker("u", "U", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER),
            Set.of()));

    @InjectService
    ConfigurationAdmin cm;

    @InjectService(timeout = 30_000)
    GemeenteService gemeenten;

    @InjectService(timeout = 30_000)
    Gezondheid gezondheid;

    @Test
    void aConfigurationAddsChangesAndRemovesAGemeente() throws Exception {
        Configuration c = gemeente(cm, "zwolle", "Gemeente Zwolle", "24");
        try {
            wachtTot("zwolle verschijnt", () -> gemeenten.zoek(BEHEERDER, "zwolle").isPresent());
            assertThat(gemeenten.zoek(BEHEERDER, "zwolle").orElseThrow().naam()).isEqualTo("Gemeente Zwolle");
            // a user of another gemeente does not see it
            assertThat(gemeenten.zoek(ELDERS, "zwolle")).isEmpty();
            assertThat(gemeenten.zoek(BEHEERDER, "zwolle").orElseThrow().varianten()).containsExactly("standaard");
            // a level without days gets the documented default
            assertThat(gemeenten.zoek(BEHEERDER, "zwolle").orElseThrow().escalatieniveaus())
                    .extracting(n -> n.id() + ":"
                    + n.reactietermijnDagen()).containsExactly("tafel:5", "directie:10", "bestuur:10");

            gemeente(cm, "zwolle", "Gemeente Zwolle aan de IJssel", "36");
            wachtTot("nieuwe naam",
                    () -> gemeenten.zoek(BEHEERDER, "zwolle").orElseThrow().naam()
                            .equals("Gemeente Zwolle aan de IJssel"));
            assertThat(gemeenten.zoek(BEHEERDER, "zwolle").orElseThrow().bewaartermijnMaanden()).isEqualTo(36);
        } finally {
            c.delete();
        }
        wachtTot("zwolle verdwijnt", () -> gemeenten.zoek(BEHEERDER, "zwolle").isEmpty());
    }

    @Test
    void anInvalidChangeIsRefusedWithAWarningAndTheLastValidOneStays() throws Exception {
        Configuration c = gemeente(cm, "deventer", "Gemeente Deventer", "24");
        try {
            wachtTot("deventer verschijnt", () -> gemeenten.zoek(BEHEERDER, "deventer").isPresent());
            assertThat(waarschuwingenOver("deventer")).isEmpty();

            gemeente(cm, "deventer", "Gemeente Deventer (ongeldig)", "twee jaar");
            wachtTot("waarschuwing", () -> !waarschuwingenOver("deventer").isEmpty());
            assertThat(waarschuwingenOver("deventer")).singleElement().asString()
                    .contains("bewaartermijnMaanden", "twee jaar", "blijft van kracht");
            assertThat(gemeenten.zoek(BEHEERDER, "deventer").orElseThrow().bewaartermijnMaanden()).isEqualTo(24);
            assertThat(gemeenten.zoek(BEHEERDER, "deventer").orElseThrow().naam()).isEqualTo("Gemeente Deventer");

            gemeente(cm, "deventer", "Gemeente Deventer", "30");
            wachtTot("waarschuwing weg", () -> waarschuwingenOver("deventer").isEmpty());
            assertThat(gemeenten.zoek(BEHEERDER, "deventer").orElseThrow().bewaartermijnMaanden()).isEqualTo(30);
        } finally {
            c.delete();
        }
        wachtTot("deventer verdwijnt", () -> gemeenten.zoek(BEHEERDER, "deventer").isEmpty());
    }

    private List<String> waarschuwingenOver(String id) {
        return gezondheid.waarschuwingen().stream().filter(w -> w.contains(id)).toList();
    }
}
