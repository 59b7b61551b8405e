package nl.doorbraak.core.variant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.doorbraak.api.variant.Onderdeel;
import nl.doorbraak.core.TestOnderdeel;
import nl.doorbraak.core.TestVariant;

/** Which registration serves a variant when more than one bundle offers it; onderdelen next to tafelvarianten. */
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

    static final String KNOP = "nl.doorbraak.plugin.citydeal.rodeknop";

    @Test
    void eenOnderdeelTeltAlsVariantVanZijnPlugInMaarIsGeenTafelvariant() {
        volger.aanmelden(new TestVariant("spoed", 1), 40, 0, KNOP, "1.0.0");
        volger.aanmeldenOnderdeel(TestOnderdeel.rodeknop(), 41, 0, KNOP, "1.0.0");

        // the plug-in's variants for the gemeenten it serves: both; its own tafels and casussen: only the tafelvariant
        assertThat(volger.vanBundle(KNOP)).containsExactlyInAnyOrder("spoed", "rodeknop");
        assertThat(volger.tafelvariantenVanBundle(KNOP)).containsExactly("spoed");
        assertThat(volger.huidige("rodeknop")).isEmpty();
        assertThat(volger.alle()).extracting(Registratie::id).containsExactly("spoed");
        assertThat(volger.onderdeel("rodeknop")).map(OnderdeelRegistratie::naam).contains("City Deal rode knop");
        assertThat(gemeld).as("the schema rewriter hears only of tafelvarianten")
                .containsExactly(KNOP + " 1.0.0");

        // the plug-in goes: no longer its variant, but the core remembers it was an onderdeel
        volger.afmeldenOnderdeel(41);
        assertThat(volger.vanBundle(KNOP)).containsExactly("spoed");
        assertThat(volger.onderdeel("rodeknop")).isEmpty();
        assertThat(volger.bekendOnderdeel("rodeknop")).contains("City Deal rode knop");
        assertThat(volger.bekendOnderdeel("spoed")).isEmpty();
    }

    @Test
    void eenOnderdeelDatFaaltOfGeenIdHeeftWordtGenegeerd() {
        Onderdeel kapot = new Onderdeel() {
            @Override
            public String id() {
                throw new IllegalStateException("kapot");
            }

            @Override
            public String naam() {
                return "Kapot";
            }
        };
        assertThat(volger.aanmeldenOnderdeel(kapot, 50, 0, "nl.kapot", "1.0.0")).isEmpty();
        assertThat(volger.aanmeldenOnderdeel(new TestOnderdeel(" ", "Zonder id"), 51, 0, "nl.kapot", "1.0.0"))
                .isEmpty();
        assertThat(volger.vanBundle("nl.kapot")).isEmpty();
        // unregistering what was ignored is harmless too
        volger.afmeldenOnderdeel(50);

        // a naam that is missing is the id
        volger.aanmeldenOnderdeel(new TestOnderdeel("knop", null), 52, 0, "nl.heel", "1.0.0");
        assertThat(volger.onderdeel("knop")).map(OnderdeelRegistratie::naam).contains("knop");
        assertThat(volger.vanBundle("nl.heel")).containsExactly("knop");
    }

    @Test
    void vanTweeBundlesMetHetzelfdeOnderdeelTeltEenTotHijGaat() {
        volger.aanmeldenOnderdeel(new TestOnderdeel("rodeknop", "Oud"), 60, 0, KNOP, "1.0.0");
        volger.aanmeldenOnderdeel(new TestOnderdeel("rodeknop", "Nieuw"), 61, 0, KNOP, "1.1.0");
        assertThat(volger.onderdeel("rodeknop")).map(OnderdeelRegistratie::naam).contains("Nieuw");

        // an update: the new one goes first, the old one serves until it goes too
        volger.afmeldenOnderdeel(61);
        assertThat(volger.onderdeel("rodeknop")).map(OnderdeelRegistratie::naam).contains("Oud");
        assertThat(volger.vanBundle(KNOP)).containsExactly("rodeknop");
        volger.afmeldenOnderdeel(60);
        assertThat(volger.vanBundle(KNOP)).isEmpty();
    }
}
