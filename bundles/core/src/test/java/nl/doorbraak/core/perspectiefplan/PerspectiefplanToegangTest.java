package nl.doorbraak.core.perspectiefplan;

import static nl.doorbraak.core.ToegangFixture.BEHEERDER;
import static nl.doorbraak.core.ToegangFixture.ELDERS;
import static nl.doorbraak.core.ToegangFixture.REGISSEUR;
import static nl.doorbraak.core.ToegangFixture.SCHIJF_VOL;
import static nl.doorbraak.core.ToegangFixture.STANDAARD_PLUGIN;
import static nl.doorbraak.core.ToegangFixture.assertCasusNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeenCasusinhoud;
import static nl.doorbraak.core.ToegangFixture.assertGemeenteNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeweigerd;
import static nl.doorbraak.core.ToegangFixture.assertNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertZonderLogNiets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.Kostenregel;
import nl.doorbraak.api.domein.NieuwPerspectiefplan;
import nl.doorbraak.api.domein.Perspectiefplan;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.PerspectiefplanService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.ToegangFixture;
import nl.doorbraak.core.privacy.VerwerkingenSchrijver;
import nl.doorbraak.core.toegang.Aanroeper;

/** Who may see the casus may read and write its plan, whatever bundle calls; the doel read or written is recorded. */
class PerspectiefplanToegangTest {

    static final List<Kostenregel> KOSTEN = List.of(new Kostenregel("CJIB", "Boetes", new BigDecimal("900"),
            new BigDecimal("100")));

    @RegisterExtension
    static final ToegangFixture w = new ToegangFixture().metJongeren();
    static Casus bijNoord;
    static Casus bijZuid;
    static Casus anderVariant;

    @BeforeAll
    static void start() {
        bijNoord = w.casus(w.noord);
        bijZuid = w.casus(w.zuid);
        anderVariant = w.casus(w.jong);
        w.o.perspectiefplannen.bewaar("utrecht", bijZuid.id(), null, plan("Rust."), "test");
        w.o.perspectiefplannen.bewaar("utrecht", anderVariant.id(), null, plan("Een eigen kamer."), "test");
    }

    static NieuwPerspectiefplan plan(String doel) {
        return new NieuwPerspectiefplan(doel, List.of("Regeling treffen"), KOSTEN);
    }

    static PerspectiefplanService dienst(Aanroeper aanroeper, VerwerkingenSchrijver log) {
        return new PerspectiefplanServiceImpl(w.o.perspectiefplannen, w.casustoegang(aanroeper, log));
    }

    static PerspectiefplanService web() {
        return dienst(Aanroeper.platform(), w.o.verwerkingen);
    }

    static PerspectiefplanService plugin(Recht... rechten) {
        return dienst(ToegangFixture.plugin(STANDAARD_PLUGIN, rechten), w.o.verwerkingen);
    }

    @Test
    void aTafellidWritesAndReadsThePlanOfHisOwnTafelAndEachIsAVerwerkingWithHisDoel() {
        PerspectiefplanService s = web();
        Gebruiker tafellid = w.tafellid;
        assertThat(s.zoek(Namens.van(tafellid), "utrecht", bijNoord.id())).as("nog geen plan").isEmpty();
        Perspectiefplan p = s.bewaar(Namens.van(tafellid), "utrecht", bijNoord.id(), null, plan("Samen wonen."));
        assertThat(p.aangemaaktDoor()).isEqualTo("u-tafellid");
        assertThat(s.zoek(Namens.van(tafellid, "Gesprek met de inwoner voorbereiden"), "utrecht", bijNoord.id())
                .orElseThrow().doel()).isEqualTo("Samen wonen.");
        assertThat(s.besparing(Namens.van(tafellid), "utrecht", bijNoord.id()).orElseThrow().totaal())
                .isEqualByComparingTo("800");

        assertThat(w.log(bijNoord)).filteredOn(v -> v.door().equals("u-tafellid"))
                .as("een lege zoek, de toegangscontrole en de bedragen zijn geen verwerking")
                .extracting(Verwerking::object, Verwerking::handeling, Verwerking::doel)
                .containsExactly(tuple("perspectiefplan", Verwerking.WIJZIGEN, "Perspectiefplan van de inwoner vastleggen"),
                        tuple("perspectiefplan", Verwerking.LEZEN, "Gesprek met de inwoner voorbereiden"));

        assertCasusNietGevonden(bijZuid.id(), () -> s.zoek(Namens.van(tafellid), "utrecht", bijZuid.id()));
        assertNietGevonden(() -> s.bewaar(Namens.van(tafellid), "utrecht", bijZuid.id(), 1L, plan("Anders.")));
        assertNietGevonden(() -> s.besparing(Namens.van(tafellid), "utrecht", bijZuid.id()));
        assertThat(w.o.perspectiefplannen.zoek("utrecht", bijZuid.id()).orElseThrow().doel()).isEqualTo("Rust.");
        w.assertGeenVerwerkingDoor("u-tafellid", bijZuid);
    }

    @Test
    void anotherGemeenteIsNotFoundAndARoleWithoutCasusRightsIsRefused() {
        PerspectiefplanService s = web();
        assertGemeenteNietGevonden("utrecht", () -> s.zoek(Namens.van(ELDERS), "utrecht", bijZuid.id()));
        assertNietGevonden(() -> s.besparingInJaar(Namens.van(ELDERS), "utrecht", 2026));
        assertGeenCasusinhoud(() -> s.zoek(Namens.van(BEHEERDER), "utrecht", bijZuid.id()));
        assertGeweigerd(() -> s.bewaar(Namens.van(BEHEERDER), "utrecht", bijZuid.id(), 1L, plan("x")));
        assertThat(s.besparingInJaar(Namens.van(BEHEERDER), "utrecht", 2026).gemeente()).isEqualTo("utrecht");
    }

    @Test
    void aPluginReadsOtherVariantsOnlyWithCasussenAlleAndWritesOnlyItsOwn() {
        Namens n = Namens.van(REGISSEUR, "Plan bij de spoedvraag tonen");
        assertThat(plugin(Recht.CASUSSEN).zoek(n, "utrecht", bijZuid.id())).isPresent();
        assertThatThrownBy(() -> plugin(Recht.CASUSSEN).zoek(n, "utrecht", anderVariant.id())).as("andere variant")
                .isInstanceOf(NietGevondenException.class);
        PerspectiefplanService alle = plugin(Recht.CASUSSEN, Recht.CASUSSEN_ALLE);
        assertThat(alle.zoek(n, "utrecht", anderVariant.id()).orElseThrow().doel()).isEqualTo("Een eigen kamer.");
        assertThatThrownBy(() -> alle.bewaar(n, "utrecht", anderVariant.id(), 1L, plan("Overschreven.")))
                .as("casussen.alle is alleen lezen").isInstanceOf(NietGevondenException.class);
        assertThat(w.o.perspectiefplannen.zoek("utrecht", anderVariant.id()).orElseThrow().doel())
                .isEqualTo("Een eigen kamer.");
        assertThatThrownBy(() -> alle.zoek(Namens.van(Gebruiker.systeem("x")), "utrecht", bijZuid.id()))
                .as("een plug-in handelt niet als het platform").isInstanceOf(GeenToegangException.class);
    }

    @Test
    void withoutTheLogThePlanIsNotServed() {
        PerspectiefplanService s = dienst(Aanroeper.platform(), SCHIJF_VOL);
        assertZonderLogNiets(() -> s.zoek(Namens.van(REGISSEUR), "utrecht", bijZuid.id()));
    }
}
