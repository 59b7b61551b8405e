package nl.doorbraak.core.privacy;

import static nl.doorbraak.core.ToegangFixture.BEHEERDER;
import static nl.doorbraak.core.ToegangFixture.ELDERS;
import static nl.doorbraak.core.ToegangFixture.REGISSEUR;
import static nl.doorbraak.core.ToegangFixture.SCHIJF_VOL;
import static nl.doorbraak.core.ToegangFixture.STANDAARD_PLUGIN;
import static nl.doorbraak.core.ToegangFixture.assertGemeenteNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeweigerd;
import static nl.doorbraak.core.ToegangFixture.assertNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertZonderLogNiets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.BsnService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.ToegangFixture;
import nl.doorbraak.core.toegang.Aanroeper;

/** Only a casusregisseur reaches the BSN, whatever bundle calls, and every use of it is a verwerking. */
class BsnToegangTest {

    static final String BSN = "111222333";

    @RegisterExtension
    static final ToegangFixture w = new ToegangFixture().metJongeren();
    static Casus eigen;
    static Casus anderVariant;

    @BeforeAll
    static void start() {
        eigen = w.casus(w.noord);
        anderVariant = w.o.casussen.maak("utrecht", new NieuweCasus(w.jong.id(), "Jong", "Hulp", null, null, null,
                Map.of("urgentie", "laag")), "test");
        w.o.bsn.legVast("utrecht", anderVariant.id(), BSN, "test");
    }

    static BsnService dienst(Aanroeper aanroeper, VerwerkingenSchrijver log) {
        return new BsnServiceImpl(w.o.bsn, w.casustoegang(aanroeper, log));
    }

    static BsnService web() {
        return dienst(Aanroeper.platform(), w.o.verwerkingen);
    }

    static BsnService plugin(Recht... rechten) {
        return dienst(ToegangFixture.plugin(STANDAARD_PLUGIN, rechten), w.o.verwerkingen);
    }

    static List<Verwerking> log(Casus c) {
        return w.log(c).stream().filter(v -> v.object().equals("bsn")).toList();
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
                        tuple(Verwerking.WIJZIGEN, "BSN vastleggen", "u-regisseur", "casusregisseur"),
                        tuple(Verwerking.LEZEN, "Schuld bij het CJIB opzoeken", "u-regisseur", "casusregisseur"),
                        tuple(Verwerking.WISSEN, "BSN wissen", "u-regisseur", "casusregisseur"));
        assertThat(w.log(eigen)).as("de toegangscontrole leest de casus zonder eigen regel")
                .noneMatch(v -> v.object().equals("casus"));
    }

    @Test
    void anotherGemeenteIsNotFoundAndOtherRolesAreRefused() {
        BsnService s = web();
        assertGemeenteNietGevonden("utrecht", () -> s.lees(Namens.van(ELDERS), "utrecht", anderVariant.id()));
        assertGeweigerd("Uw rol geeft geen toegang tot het BSN.",
                () -> s.lees(Namens.van(w.tafellid), "utrecht", anderVariant.id()));
        assertGeweigerd(() -> s.legVast(Namens.van(BEHEERDER), "utrecht", eigen.id(), BSN));
        assertNietGevonden(() -> s.wis(Namens.van(REGISSEUR), "utrecht", "bestaat-niet"))
                .hasMessage("Casus 'bestaat-niet' niet gevonden.");
        assertNietGevonden(() -> s.lees(Namens.van(REGISSEUR), "leeuwarden", anderVariant.id()));
    }

    @Test
    void aPluginNeedsTheRightAndReadsOtherVariantsOnlyWithCasussenAlle() {
        Namens n = Namens.van(REGISSEUR, "Schuld bij DUO opzoeken");
        assertGeweigerd(() -> plugin(Recht.CASUSSEN).lees(n, "utrecht", anderVariant.id()));
        BsnService metBsn = plugin(Recht.CASUSSEN, Recht.BSN);
        assertThatThrownBy(() -> metBsn.lees(n, "utrecht", anderVariant.id())).as("andere variant")
                .isInstanceOf(NietGevondenException.class);
        BsnService alle = plugin(Recht.CASUSSEN, Recht.BSN, Recht.CASUSSEN_ALLE);
        assertThat(alle.lees(n, "utrecht", anderVariant.id())).contains(BSN);
        assertThatThrownBy(() -> alle.wis(n, "utrecht", anderVariant.id())).as("casussen.alle is alleen lezen")
                .isInstanceOf(NietGevondenException.class);
        assertThat(w.o.bsn.lees("utrecht", anderVariant.id())).contains(BSN);
        assertThatThrownBy(() -> alle.lees(Namens.van(Gebruiker.systeem("plugin")), "utrecht", anderVariant.id()))
                .as("een plug-in handelt niet als het platform").isInstanceOf(GeenToegangException.class);
    }

    @Test
    void withoutTheLogTheBsnIsNotServed() {
        BsnService s = dienst(Aanroeper.platform(), SCHIJF_VOL);
        assertZonderLogNiets(() -> s.lees(Namens.van(REGISSEUR), "utrecht", anderVariant.id()));
    }
}
