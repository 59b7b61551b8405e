package nl.doorbraak.core.perspectiefplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.Kostenregel;
import nl.doorbraak.api.domein.NieuwPerspectiefplan;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Perspectiefplan;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.PerspectiefplanService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.privacy.VerwerkingenSchrijver;
import nl.doorbraak.core.toegang.Aanroeper;

/** Who may see the casus may read and write its plan, whatever bundle calls; the doel read or written is recorded. */
class PerspectiefplanToegangTest {

    static final Gebruiker REGISSEUR = new Gebruiker("u-regisseur", "R", "utrecht", Set.of(Rol.CASUSREGISSEUR),
            Set.of());
    static final Gebruiker BEHEERDER = new Gebruiker("u-beheerder", "B", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER),
            Set.of());
    static final Gebruiker ELDERS = new Gebruiker("l-regisseur", "L", "leeuwarden", Set.of(Rol.CASUSREGISSEUR),
            Set.of());
    static final List<Kostenregel> KOSTEN = List.of(new Kostenregel("CJIB", "Boetes", new BigDecimal("900"),
            new BigDecimal("100")));

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static Casus bijNoord;
    static Casus bijZuid;
    static Casus anderVariant;
    static Gebruiker tafellid;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        o.varianten.aanmelden(new TestVariant("jongeren", 1), 2, 0, "nl.utrecht.jongeren", "1.0.0");
        Tafel noord = o.tafel("utrecht", "Tafel Noord");
        Tafel zuid = o.tafel("utrecht", "Tafel Zuid");
        Tafel jong = o.tafels.maak("utrecht", new NieuweTafel("Jongerentafel", "jongeren", List.of(new Deelnemer(
                "Marieke de Vries", "Woningcorporatie", "Ontruiming opschorten", null))), "test");
        tafellid = new Gebruiker("u-tafellid", "T", "utrecht", Set.of(Rol.TAFELLID), Set.of(noord.id()));
        bijNoord = o.casussen.maak("utrecht", intake(noord), "test");
        bijZuid = o.casussen.maak("utrecht", intake(zuid), "test");
        anderVariant = o.casussen.maak("utrecht", intake(jong), "test");
        o.perspectiefplannen.bewaar("utrecht", bijZuid.id(), null, plan("Rust."), "test");
        o.perspectiefplannen.bewaar("utrecht", anderVariant.id(), null, plan("Een eigen kamer."), "test");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static NieuweCasus intake(Tafel t) {
        return new NieuweCasus(t.id(), "Stapeling", "Schulden bij DUO", new Inwoner(null, "A.B."), "geld",
                List.of("DUO"), Map.of("urgentie", "hoog"));
    }

    static NieuwPerspectiefplan plan(String doel) {
        return new NieuwPerspectiefplan(doel, List.of("Regeling treffen"), KOSTEN);
    }

    static PerspectiefplanService dienst(Aanroeper aanroeper, VerwerkingenSchrijver log) {
        return new PerspectiefplanServiceImpl(o.perspectiefplannen,
                new Casustoegang(o.casussen, o.gemeenten, o.varianten, log, aanroeper));
    }

    static PerspectiefplanService web() {
        return dienst(Aanroeper.platform(), o.verwerkingen);
    }

    static PerspectiefplanService plugin(Recht... rechten) {
        PluginRechten r = new PluginRechten("nl.doorbraak.plugin.standaard", "1.0.0", Set.of(rechten),
                Set.of(rechten), List.of());
        return dienst(Aanroeper.plugin("nl.doorbraak.plugin.standaard", r), o.verwerkingen);
    }

    static List<Verwerking> log(Casus c) {
        return o.verwerkingen.vanInwoner("utrecht", c.inwoner().pseudoniem());
    }

    @Test
    void aTafellidWritesAndReadsThePlanOfHisOwnTafelAndEachIsAVerwerkingWithHisDoel() {
        PerspectiefplanService s = web();
        assertThat(s.zoek(Namens.van(tafellid), "utrecht", bijNoord.id())).as("nog geen plan").isEmpty();
        Perspectiefplan p = s.bewaar(Namens.van(tafellid), "utrecht", bijNoord.id(), null, plan("Samen wonen."));
        assertThat(p.aangemaaktDoor()).isEqualTo("u-tafellid");
        assertThat(s.zoek(Namens.van(tafellid, "Gesprek met de inwoner voorbereiden"), "utrecht", bijNoord.id())
                .orElseThrow().doel()).isEqualTo("Samen wonen.");
        assertThat(s.besparing(Namens.van(tafellid), "utrecht", bijNoord.id()).orElseThrow().totaal())
                .isEqualByComparingTo("800");

        assertThat(log(bijNoord)).filteredOn(v -> v.door().equals("u-tafellid"))
                .as("een lege zoek, de toegangscontrole en de bedragen zijn geen verwerking")
                .extracting(Verwerking::object, Verwerking::handeling, Verwerking::doel)
                .containsExactly(tuple("perspectiefplan", Verwerking.WIJZIGEN, "Perspectiefplan van de inwoner vastleggen"),
                        tuple("perspectiefplan", Verwerking.LEZEN, "Gesprek met de inwoner voorbereiden"));

        assertThatThrownBy(() -> s.zoek(Namens.van(tafellid), "utrecht", bijZuid.id())).as("andere tafel")
                .isInstanceOf(NietGevondenException.class).hasMessage("Casus '" + bijZuid.id() + "' niet gevonden.");
        assertThatThrownBy(() -> s.bewaar(Namens.van(tafellid), "utrecht", bijZuid.id(), 1L, plan("Anders.")))
                .isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> s.besparing(Namens.van(tafellid), "utrecht", bijZuid.id()))
                .isInstanceOf(NietGevondenException.class);
        assertThat(o.perspectiefplannen.zoek("utrecht", bijZuid.id()).orElseThrow().doel()).isEqualTo("Rust.");
        assertThat(log(bijZuid)).noneMatch(v -> v.door().equals("u-tafellid"));
    }

    @Test
    void anotherGemeenteIsNotFoundAndARoleWithoutCasusRightsIsRefused() {
        PerspectiefplanService s = web();
        assertThatThrownBy(() -> s.zoek(Namens.van(ELDERS), "utrecht", bijZuid.id()))
                .isInstanceOf(NietGevondenException.class).hasMessage("Gemeente 'utrecht' niet gevonden.");
        assertThatThrownBy(() -> s.besparingInJaar(Namens.van(ELDERS), "utrecht", 2026))
                .isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> s.zoek(Namens.van(BEHEERDER), "utrecht", bijZuid.id()))
                .isInstanceOf(GeenToegangException.class)
                .hasMessage("Uw rol geeft geen toegang tot de inhoud van casussen.");
        assertThatThrownBy(() -> s.bewaar(Namens.van(BEHEERDER), "utrecht", bijZuid.id(), 1L, plan("x")))
                .isInstanceOf(GeenToegangException.class);
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
        assertThat(o.perspectiefplannen.zoek("utrecht", anderVariant.id()).orElseThrow().doel())
                .isEqualTo("Een eigen kamer.");
        assertThatThrownBy(() -> alle.zoek(Namens.van(Gebruiker.systeem("x")), "utrecht", bijZuid.id()))
                .as("een plug-in handelt niet als het platform").isInstanceOf(GeenToegangException.class);
    }

    @Test
    void withoutTheLogThePlanIsNotServed() {
        PerspectiefplanService s = dienst(Aanroeper.platform(), (regels, via) -> {
            throw new IllegalStateException("schijf vol");
        });
        assertThatThrownBy(() -> s.zoek(Namens.van(REGISSEUR), "utrecht", bijZuid.id()))
                .hasMessageContaining("schijf vol");
    }
}
