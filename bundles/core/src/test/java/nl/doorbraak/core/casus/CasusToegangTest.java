package nl.doorbraak.core.casus;

import static nl.doorbraak.core.ToegangFixture.BEHEERDER;
import static nl.doorbraak.core.ToegangFixture.ELDERS;
import static nl.doorbraak.core.ToegangFixture.REGISSEUR;
import static nl.doorbraak.core.ToegangFixture.SCHIJF_VOL;
import static nl.doorbraak.core.ToegangFixture.STANDAARD_PLUGIN;
import static nl.doorbraak.core.ToegangFixture.assertGemeenteNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeweigerd;
import static nl.doorbraak.core.ToegangFixture.assertNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertZonderLogNiets;
import static nl.doorbraak.core.ToegangFixture.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.CasusWijziging;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.TestOnderdeel;
import nl.doorbraak.core.ToegangFixture;
import nl.doorbraak.core.toegang.Aanroeper;

/** The core decides who sees which casus and records every read and change, whatever bundle calls. */
class CasusToegangTest {

    @RegisterExtension
    static final ToegangFixture w = new ToegangFixture().metJongeren();
    static Casus bijNoord;
    static Casus bijZuid;
    static Casus anderVariant;

    @BeforeAll
    static void start() {
        bijNoord = w.casus(w.noord);
        bijZuid = w.casus(w.zuid);
        anderVariant = w.o.casussen.maak("utrecht", new NieuweCasus(w.jong.id(), "Jong", "Hulp", null, null, null,
                Map.of("urgentie", "laag")), "test");
    }

    static CasusService web() {
        return new CasusServiceImpl(w.o.casussen, w.o.gemeenten, w.o.varianten, w.o.verwerkingen, Aanroeper.platform());
    }

    static CasusService plugin(String bundle, Recht... rechten) {
        return new CasusServiceImpl(w.o.casussen, w.o.gemeenten, w.o.varianten, w.o.verwerkingen,
                ToegangFixture.plugin(bundle, rechten));
    }

    @Test
    void aTafellidSeesHisOwnTafelsOnlyAndEveryReadIsAVerwerking() {
        CasusService s = web();
        Namens n = Namens.van(w.tafellid);
        assertThat(s.zoek(n, "utrecht", bijNoord.id())).isPresent();
        assertThat(s.zoek(n, "utrecht", bijZuid.id())).as("andere tafel: bestaat niet").isEmpty();
        assertThat(s.lijst(n, "utrecht", CasusFilter.geen(), 1, 100).results()).extracting(Casus::tafelId)
                .containsOnly(w.noord.id());
        assertThat(s.lijst(n, "utrecht", new CasusFilter(null, null, Set.of(w.zuid.id())), 1, 100).results())
                .as("een filter verruimt nooit").isEmpty();
        assertThatThrownBy(() -> s.wijzig(n, "utrecht", bijZuid.id(), bijZuid.versie(),
                new CasusWijziging("x", null, null, null, null, null))).isInstanceOf(NietGevondenException.class);
        assertGeweigerd("U kunt alleen casussen aanmelden bij een tafel waar u aan zit.",
                () -> s.maak(n, "utrecht", intake(w.zuid)));

        List<Verwerking> log = w.o.verwerkingen.vanInwoner("utrecht", bijNoord.inwoner().pseudoniem());
        assertThat(log).anySatisfy(v -> {
            assertThat(v.door()).isEqualTo("u-tafellid");
            assertThat(v.rol()).isEqualTo("tafellid");
            assertThat(v.handeling()).isEqualTo(Verwerking.LEZEN);
            assertThat(v.doel()).isEqualTo("Casus bekijken");
        });
        w.assertGeenVerwerkingDoor("u-tafellid", bijZuid);
    }

    @Test
    void aPluginNamesTheUserButTheCoreTakesHisRolesAndTafelsFromTheStoredAccount() {
        PluginRechten r = new PluginRechten(STANDAARD_PLUGIN, "1.0.0", Set.of(), Set.of(), List.of());
        // the stored accounts: only the tafellid exists
        CasusService s = new CasusServiceImpl(w.o.casussen, w.o.gemeenten, w.o.varianten, w.o.verwerkingen,
                Aanroeper.plugin(STANDAARD_PLUGIN, r,
                        naam -> naam.equals(w.tafellid.gebruikersnaam()) ? Optional.of(w.tafellid) : Optional.empty()));
        Gebruiker opgeblazen = new Gebruiker(w.tafellid.gebruikersnaam(), "T", "utrecht", Set.of(Rol.CASUSREGISSEUR),
                Set.of(w.noord.id(), w.zuid.id()));

        assertThat(s.lijst(Namens.van(opgeblazen), "utrecht", CasusFilter.geen(), 1, 100).results())
                .as("de rollen en tafels van het account, niet die de plug-in noemt").extracting(Casus::tafelId)
                .containsOnly(w.noord.id());
        assertThat(s.zoek(Namens.van(opgeblazen), "utrecht", bijZuid.id())).isEmpty();
        assertThatThrownBy(() -> s.zoek(Namens.van(REGISSEUR), "utrecht", bijNoord.id()))
                .as("een gebruiker zonder account").isInstanceOf(GeenToegangException.class)
                .hasMessage("Een plug-in handelt alleen in naam van een bestaande, actieve gebruiker.");
        assertThat(w.o.verwerkingen.vanInwoner("utrecht", bijNoord.inwoner().pseudoniem()))
                .anySatisfy(v -> {
                    assertThat(v.door()).isEqualTo("u-tafellid");
                    assertThat(v.rol()).as("de rol van het account").isEqualTo("tafellid");
                });
    }

    @Test
    void anotherGemeenteIsNotFoundAndARoleWithoutCasusRightsIsRefused() {
        CasusService s = web();
        assertGemeenteNietGevonden("utrecht", () -> s.zoek(Namens.van(ELDERS), "utrecht", bijNoord.id()));
        assertNietGevonden(() -> s.lijst(Namens.van(ELDERS), "utrecht", CasusFilter.geen(), 1, 10));
        assertGeweigerd(() -> s.zoek(Namens.van(BEHEERDER), "utrecht", bijNoord.id()));
        assertNietGevonden(() -> s.zoek(Namens.van(REGISSEUR), "bestaat-niet", bijNoord.id()));
    }

    @Test
    void aChangeIsRecordedWithTheDoelOfTheCaller() {
        CasusService s = web();
        Casus c = s.maak(Namens.van(REGISSEUR), "utrecht", intake(w.zuid));
        Casus na = s.wijzigStatus(Namens.van(REGISSEUR, "Casus voorbereiden voor de tafel"), "utrecht", c.id(),
                c.versie(), CasusStatus.IN_VOORBEREIDING, null, null, false);
        assertThat(na.status()).isEqualTo(CasusStatus.IN_VOORBEREIDING);
        assertThat(w.o.verwerkingen.vanInwoner("utrecht", c.inwoner().pseudoniem())).extracting(Verwerking::doel)
                .containsExactly("Casus behandelen", "Casus voorbereiden voor de tafel");
    }

    @Test
    void aPluginSeesItsOwnVariantAndOthersOnlyWithCasussenAlle() {
        CasusService eigen = plugin(STANDAARD_PLUGIN, Recht.CASUSSEN);
        Namens n = Namens.van(REGISSEUR, "Open casussen per urgentie bekijken");
        assertThat(eigen.zoek(n, "utrecht", bijNoord.id())).isPresent();
        assertThat(eigen.zoek(n, "utrecht", anderVariant.id())).as("andere variant").isEmpty();
        assertThat(eigen.lijst(n, "utrecht", CasusFilter.geen(), 1, 100).results()).extracting(Casus::variant)
                .containsOnly("standaard");

        // a plug-in that provides no variant sees no casus, and not how many there are
        CasusService zonderVariant = plugin("nl.example.zonder.variant", Recht.CASUSSEN);
        assertThat(zonderVariant.lijst(n, "utrecht", CasusFilter.geen(), 1, 100).count()).isZero();
        assertThat(zonderVariant.zoek(n, "utrecht", bijNoord.id())).isEmpty();

        CasusService alle = plugin(STANDAARD_PLUGIN, Recht.CASUSSEN, Recht.CASUSSEN_ALLE);
        assertThat(alle.zoek(n, "utrecht", anderVariant.id())).isPresent();
        assertThatThrownBy(() -> alle.wijzig(n, "utrecht", anderVariant.id(), anderVariant.versie(),
                new CasusWijziging("x", null, null, null, null, null)))
                .as("casussen.alle is lezen, geen wijzigen").isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> alle.maak(n, "utrecht", new NieuweCasus(anderVariant.tafelId(), "T", "H", null,
                null, null, Map.of("urgentie", "laag")))).isInstanceOf(GeenToegangException.class);
    }

    @Test
    void anOnderdeelMakesNoCasusThePluginsOwn() {
        String knop = "nl.doorbraak.plugin.citydeal.rodeknop";
        w.o.varianten.aanmeldenOnderdeel(TestOnderdeel.rodeknop(), 70, 0, knop, "1.0.0");
        try {
            Namens n = Namens.van(REGISSEUR, "Casus naar het Rijk escaleren");
            // without casussen.alle: as a plug-in without a variant, no casus and not how many
            CasusService zonderAlle = plugin(knop, Recht.CASUSSEN);
            assertThat(zonderAlle.lijst(n, "utrecht", CasusFilter.geen(), 1, 100).count()).isZero();
            assertThat(zonderAlle.lijst(n, "utrecht", CasusFilter.vanVariant("rodeknop"), 1, 100).count()).isZero();
            assertThat(zonderAlle.zoek(n, "utrecht", bijNoord.id())).isEmpty();
            // with casussen.alle it reads every casus, but changes none: none is of its variant
            CasusService alle = plugin(knop, Recht.CASUSSEN, Recht.CASUSSEN_ALLE);
            assertThat(alle.zoek(n, "utrecht", bijNoord.id())).isPresent();
            assertThatThrownBy(() -> alle.wijzig(n, "utrecht", bijNoord.id(), bijNoord.versie(),
                    new CasusWijziging("x", null, null, null, null, null))).isInstanceOf(NietGevondenException.class);
        } finally {
            w.o.varianten.afmeldenOnderdeel(70);
        }
    }

    @Test
    void aPluginsListIsFilteredOnItsVariantInSqlSoCountAndPagesAreRight() {
        CasusService eigen = plugin(STANDAARD_PLUGIN, Recht.CASUSSEN);
        Namens n = Namens.van(REGISSEUR, "Open casussen per urgentie bekijken");
        long standaard = web().lijst(Namens.van(REGISSEUR), "utrecht", CasusFilter.vanVariant("standaard"), 1, 100)
                .count();
        assertThat(standaard).isGreaterThanOrEqualTo(2);
        // without a filter, and with its own variant: the same count, the other variant's casus not counted
        for (CasusFilter f : List.of(CasusFilter.geen(), CasusFilter.vanVariant("standaard"))) {
            var eerste = eigen.lijst(n, "utrecht", f, 1, 1);
            assertThat(eerste.count()).isEqualTo(standaard);
            assertThat(eerste.results()).hasSize(1).extracting(Casus::variant).containsOnly("standaard");
        }
        // another variant's casussen: none, and it is not counted either
        assertThat(eigen.lijst(n, "utrecht", CasusFilter.vanVariant("jongeren"), 1, 10).count()).isZero();
        // with casussen.alle it may ask for them
        // a plug-in that provides no variant sees no casus, and not how many there are
        CasusService zonderVariant = plugin("nl.example.zonder.variant", Recht.CASUSSEN);
        assertThat(zonderVariant.lijst(n, "utrecht", CasusFilter.geen(), 1, 100).count()).isZero();
        assertThat(zonderVariant.zoek(n, "utrecht", bijNoord.id())).isEmpty();

        CasusService alle = plugin(STANDAARD_PLUGIN, Recht.CASUSSEN, Recht.CASUSSEN_ALLE);
        assertThat(alle.lijst(n, "utrecht", CasusFilter.vanVariant("jongeren"), 1, 10).results())
                .extracting(Casus::id).containsExactly(anderVariant.id());
    }

    @Test
    void thePlatformItselfActsOnlyFromThePlatformsOwnBundles() {
        Namens systeem = Namens.van(Gebruiker.systeem("shell"), "Casussen bekijken op de beheerconsole");
        assertThat(web().lijst(systeem, "utrecht", CasusFilter.geen(), 1, 100).count()).isGreaterThanOrEqualTo(3);
        assertThat(w.o.verwerkingen.vanInwoner("utrecht", bijNoord.inwoner().pseudoniem()))
                .anySatisfy(v -> assertThat(v.door()).isEqualTo("systeem:shell"));
        // a plug-in cannot pass the platform's identity
        CasusService p = plugin(STANDAARD_PLUGIN, Recht.CASUSSEN);
        assertThatThrownBy(() -> p.lijst(systeem, "utrecht", CasusFilter.geen(), 1, 100))
                .isInstanceOf(GeenToegangException.class);
    }

    @Test
    void withoutTheLogNothingIsServed() {
        CasusService s = new CasusServiceImpl(w.o.casussen, w.o.gemeenten, w.o.varianten, SCHIJF_VOL, Aanroeper.platform());
        assertZonderLogNiets(() -> s.zoek(Namens.van(REGISSEUR), "utrecht", bijNoord.id()));
    }
}
