package nl.doorbraak.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.BsnService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.toegang.Aanroeper;

/** Only a casusregisseur reaches the BSN, whatever bundle calls, and every use of it is a verwerking. */
class BsnToegangTest {

    static final String BSN = "111222333";
    static final Gebruiker REGISSEUR = new Gebruiker("u-regisseur", "R", "utrecht", Set.of(Rol.CASUSREGISSEUR),
            Set.of());
    static final Gebruiker ELDERS = new Gebruiker("l-regisseur", "L", "leeuwarden", Set.of(Rol.CASUSREGISSEUR),
            Set.of());

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static Casus eigen;
    static Casus anderVariant;
    static Gebruiker tafellid;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        o.varianten.aanmelden(new TestVariant("jongeren", 1), 2, 0, "nl.utrecht.jongeren", "1.0.0");
        Tafel noord = o.tafel("utrecht", "Tafel Noord");
        Tafel jong = o.tafels.maak("utrecht", new NieuweTafel("Jongerentafel", "jongeren", List.of(new Deelnemer(
                "Marieke de Vries", "Woningcorporatie", "Ontruiming opschorten", null))), "test");
        tafellid = new Gebruiker("u-tafellid", "T", "utrecht", Set.of(Rol.TAFELLID), Set.of(noord.id()));
        eigen = o.casussen.maak("utrecht", new NieuweCasus(noord.id(), "Stapeling", "Schulden bij DUO",
                new Inwoner(null, "A.B."), "geld", List.of("DUO"), Map.of("urgentie", "hoog")), "test");
        anderVariant = o.casussen.maak("utrecht", new NieuweCasus(jong.id(), "Jong", "Hulp", null, null, null,
                Map.of("urgentie", "laag")), "test");
        o.bsn.legVast("utrecht", anderVariant.id(), BSN, "test");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static BsnService dienst(Aanroeper aanroeper, VerwerkingenSchrijver log) {
        return new BsnServiceImpl(o.bsn, new Casustoegang(o.casussen, o.gemeenten, o.varianten, log, aanroeper));
    }

    static BsnService web() {
        return dienst(Aanroeper.platform(), o.verwerkingen);
    }

    static BsnService plugin(Recht... rechten) {
        PluginRechten r = new PluginRechten("nl.doorbraak.plugin.standaard", "1.0.0", Set.of(rechten),
                Set.of(rechten), List.of());
        return dienst(Aanroeper.plugin("nl.doorbraak.plugin.standaard", r), o.verwerkingen);
    }

    static List<Verwerking> log(Casus c) {
        return o.verwerkingen.vanInwoner("utrecht", c.inwoner().pseudoniem()).stream()
                .filter(v -> v.object().equals("bsn")).toList();
    }

    @Test
    void aCasusregisseurWritesReadsAndDeletesAndEachIsAVerwerkingWithHisDoel() {
        BsnService s = web();
        s.legVast(Namens.van(REGISSEUR), "utrecht", eigen.id(), "111 22 2333");
        assertThat(s.isVastgelegd(Namens.van(REGISSEUR), "utrecht", eigen.id())).isTrue();
        assertThat(s.lees(Namens.van(REGISSEUR, "Schuld bij het CJIB opzoeken"), "utrecht", eigen.id()))
                .contains(BSN);
        s.wis(Namens.van(REGISSEUR), "utrecht", eigen.id());
        assertThat(s.lees(Namens.van(REGISSEUR), "utrecht", eigen.id())).as("gewist").isEmpty();

        assertThat(log(eigen)).extracting(Verwerking::handeling, Verwerking::doel, Verwerking::door, Verwerking::rol)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Verwerking.WIJZIGEN, "BSN vastleggen", "u-regisseur",
                                "casusregisseur"),
                        org.assertj.core.groups.Tuple.tuple(Verwerking.LEZEN, "Schuld bij het CJIB opzoeken",
                                "u-regisseur", "casusregisseur"),
                        org.assertj.core.groups.Tuple.tuple(Verwerking.WISSEN, "BSN wissen", "u-regisseur",
                                "casusregisseur"));
        assertThat(o.verwerkingen.vanInwoner("utrecht", eigen.inwoner().pseudoniem()))
                .as("de toegangscontrole leest de casus zonder eigen regel").noneMatch(v -> v.object().equals("casus"));
    }

    @Test
    void anotherGemeenteIsNotFoundAndOtherRolesAreRefused() {
        BsnService s = web();
        assertThatThrownBy(() -> s.lees(Namens.van(ELDERS), "utrecht", anderVariant.id()))
                .isInstanceOf(NietGevondenException.class).hasMessage("Gemeente 'utrecht' niet gevonden.");
        assertThatThrownBy(() -> s.lees(Namens.van(tafellid), "utrecht", anderVariant.id()))
                .isInstanceOf(GeenToegangException.class).hasMessage("Uw rol geeft geen toegang tot het BSN.");
        Gebruiker beheerder = new Gebruiker("u-beheerder", "B", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER), Set.of());
        assertThatThrownBy(() -> s.legVast(Namens.van(beheerder), "utrecht", eigen.id(), BSN))
                .isInstanceOf(GeenToegangException.class);
        assertThatThrownBy(() -> s.wis(Namens.van(REGISSEUR), "utrecht", "bestaat-niet"))
                .isInstanceOf(NietGevondenException.class).hasMessage("Casus 'bestaat-niet' niet gevonden.");
        assertThatThrownBy(() -> s.lees(Namens.van(REGISSEUR), "leeuwarden", anderVariant.id()))
                .isInstanceOf(NietGevondenException.class);
    }

    @Test
    void aPluginNeedsTheRightAndReadsOtherVariantsOnlyWithCasussenAlle() {
        Namens n = Namens.van(REGISSEUR, "Schuld bij DUO opzoeken");
        assertThatThrownBy(() -> plugin(Recht.CASUSSEN).lees(n, "utrecht", anderVariant.id()))
                .isInstanceOf(GeenToegangException.class);
        BsnService metBsn = plugin(Recht.CASUSSEN, Recht.BSN);
        assertThatThrownBy(() -> metBsn.lees(n, "utrecht", anderVariant.id())).as("andere variant")
                .isInstanceOf(NietGevondenException.class);
        BsnService alle = plugin(Recht.CASUSSEN, Recht.BSN, Recht.CASUSSEN_ALLE);
        assertThat(alle.lees(n, "utrecht", anderVariant.id())).contains(BSN);
        assertThatThrownBy(() -> alle.wis(n, "utrecht", anderVariant.id())).as("casussen.alle is alleen lezen")
                .isInstanceOf(NietGevondenException.class);
        assertThat(o.bsn.lees("utrecht", anderVariant.id())).contains(BSN);
        assertThatThrownBy(() -> alle.lees(Namens.van(Gebruiker.systeem("plugin")), "utrecht", anderVariant.id()))
                .as("een plug-in handelt niet als het platform").isInstanceOf(GeenToegangException.class);
    }

    @Test
    void withoutTheLogTheBsnIsNotServed() {
        BsnService s = dienst(Aanroeper.platform(), (regels, via) -> {
            throw new IllegalStateException("schijf vol");
        });
        assertThatThrownBy(() -> s.lees(Namens.van(REGISSEUR), "utrecht", anderVariant.id()))
                .hasMessageContaining("schijf vol");
    }
}
