package nl.doorbraak.core.variant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.doorbraak.core.TestVariant;

/** Which registration serves a variant when more than one bundle offers it. */
class VariantVolgerTest {

    private final VariantVolger volger = new VariantVolger();
    private final List<String> gemeld = new ArrayList<>();

    VariantVolgerTest() {
        volger.luister(r -> gemeld.add(r.bundle() + " " + r.bundleVersie()));
    }

    @Test
    void vanTweeVersiesVanDezelfdeBundleWintDeHoogsteOokAlsDieLaterKwam() {
        TestVariant oud = new TestVariant("standaard", 1);
        TestVariant nieuw = new TestVariant("standaard", 2);
        volger.aanmelden(oud, 10, 0, "nl.doorbraak.plugin.standaard", "0.9.0");
        volger.aanmelden(nieuw, 11, 0, "nl.doorbraak.plugin.standaard", "1.0.0.SNAPSHOT");

        assertThat(volger.huidige("standaard").orElseThrow().variant()).isSameAs(nieuw);
        assertThat(volger.alle()).hasSize(1);

        // the higher one goes: the lower one serves again, and the schema rewriter hears of it
        volger.afmelden(11);
        assertThat(volger.huidige("standaard").orElseThrow().variant()).isSameAs(oud);
        assertThat(gemeld).containsExactly("nl.doorbraak.plugin.standaard 0.9.0",
                "nl.doorbraak.plugin.standaard 1.0.0.SNAPSHOT", "nl.doorbraak.plugin.standaard 0.9.0");
    }

    @Test
    void eenLagereVersieDieLaterKomtVerdringtDeHogereNiet() {
        TestVariant nieuw = new TestVariant("standaard", 2);
        volger.aanmelden(nieuw, 20, 0, "nl.doorbraak.plugin.standaard", "1.2.0");
        volger.aanmelden(new TestVariant("standaard", 1), 21, 0, "nl.doorbraak.plugin.standaard", "1.10.0.beta");
        volger.aanmelden(new TestVariant("standaard", 1), 22, 0, "nl.doorbraak.plugin.standaard", "1.1.9");

        // OSGi versions compare numerically: 1.10.0 is higher than 1.2.0
        assertThat(volger.huidige("standaard").orElseThrow().bundleVersie()).isEqualTo("1.10.0.beta");
        assertThat(gemeld).containsExactly("nl.doorbraak.plugin.standaard 1.2.0",
                "nl.doorbraak.plugin.standaard 1.10.0.beta");
    }

    @Test
    void tussenVerschillendeBundlesGeldtDeOsgiVolgorde() {
        TestVariant eerste = new TestVariant("standaard", 1);
        volger.aanmelden(eerste, 30, 0, "nl.a.standaard", "1.0.0");
        volger.aanmelden(new TestVariant("standaard", 2), 31, 0, "nl.b.standaard", "9.0.0");
        assertThat(volger.huidige("standaard").orElseThrow().variant()).isSameAs(eerste);

        TestVariant gerangschikt = new TestVariant("standaard", 1);
        volger.aanmelden(gerangschikt, 32, 5, "nl.c.standaard", "0.1.0");
        assertThat(volger.huidige("standaard").orElseThrow().variant()).isSameAs(gerangschikt);
    }
}
