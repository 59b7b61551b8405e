package nl.doorbraak.osgitest;

import static nl.doorbraak.osgitest.OsgiTestHulp.gemeente;
import static nl.doorbraak.osgitest.OsgiTestHulp.wachtTot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;

import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.Gezondheid;

/** Gemeenten come from ConfigAdmin factory configurations and follow them live. */
class GemeenteConfiguratieTest {

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
            wachtTot("zwolle verschijnt", () -> gemeenten.zoek("zwolle").isPresent());
            assertThat(gemeenten.zoek("zwolle").orElseThrow().naam()).isEqualTo("Gemeente Zwolle");
            assertThat(gemeenten.zoek("zwolle").orElseThrow().varianten()).containsExactly("standaard");
            // a level without days gets the documented default
            assertThat(gemeenten.zoek("zwolle").orElseThrow().escalatieniveaus()).extracting(n -> n.id() + ":"
                    + n.reactietermijnDagen()).containsExactly("tafel:5", "directie:10", "bestuur:10");

            gemeente(cm, "zwolle", "Gemeente Zwolle aan de IJssel", "36");
            wachtTot("nieuwe naam",
                    () -> gemeenten.zoek("zwolle").orElseThrow().naam().equals("Gemeente Zwolle aan de IJssel"));
            assertThat(gemeenten.zoek("zwolle").orElseThrow().bewaartermijnMaanden()).isEqualTo(36);
        } finally {
            c.delete();
        }
        wachtTot("zwolle verdwijnt", () -> gemeenten.zoek("zwolle").isEmpty());
    }

    @Test
    void anInvalidChangeIsRefusedWithAWarningAndTheLastValidOneStays() throws Exception {
        Configuration c = gemeente(cm, "deventer", "Gemeente Deventer", "24");
        try {
            wachtTot("deventer verschijnt", () -> gemeenten.zoek("deventer").isPresent());
            assertThat(waarschuwingenOver("deventer")).isEmpty();

            gemeente(cm, "deventer", "Gemeente Deventer (ongeldig)", "twee jaar");
            wachtTot("waarschuwing", () -> !waarschuwingenOver("deventer").isEmpty());
            assertThat(waarschuwingenOver("deventer")).singleElement().asString()
                    .contains("bewaartermijnMaanden", "twee jaar", "blijft van kracht");
            assertThat(gemeenten.zoek("deventer").orElseThrow().bewaartermijnMaanden()).isEqualTo(24);
            assertThat(gemeenten.zoek("deventer").orElseThrow().naam()).isEqualTo("Gemeente Deventer");

            gemeente(cm, "deventer", "Gemeente Deventer", "30");
            wachtTot("waarschuwing weg", () -> waarschuwingenOver("deventer").isEmpty());
            assertThat(gemeenten.zoek("deventer").orElseThrow().bewaartermijnMaanden()).isEqualTo(30);
        } finally {
            c.delete();
        }
        wachtTot("deventer verdwijnt", () -> gemeenten.zoek("deventer").isEmpty());
    }

    private List<String> waarschuwingenOver(String id) {
        return gezondheid.waarschuwingen().stream().filter(w -> w.contains(id)).toList();
    }
}
