package nl.doorbraak.core.casus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.CasusWijziging;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.toegang.Aanroeper;

/** The core decides who sees which casus and records every read and change, whatever bundle calls. */
class CasusToegangTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static Tafel noord;
    static Tafel zuid;
    static Casus bijNoord;
    static Casus bijZuid;
    static Casus anderVariant;

    static final Gebruiker REGISSEUR = new Gebruiker("u-regisseur", "R", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of());
    static final Gebruiker BEHEERDER = new Gebruiker("u-beheerder", "B", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER), Set.of());
    static final Gebruiker ELDERS = new Gebruiker("l-regisseur", "L", "leeuwarden", Set.of(Rol.CASUSREGISSEUR), Set.of());
    static Gebruiker tafellid;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        o.varianten.aanmelden(new TestVariant("jongeren", 1), 2, 0, "nl.utrecht.jongeren", "1.0.0");
        noord = o.tafel("utrecht", "Tafel Noord");
        zuid = o.tafel("utrecht", "Tafel Zuid");
        Tafel jong = o.tafels.maak("utrecht", new nl.doorbraak.api.domein.NieuweTafel("Jongerentafel", "jongeren",
                List.of(new nl.doorbraak.api.domein.Deelnemer("Marieke de Vries", "Woningcorporatie", "Ontruiming opschorten",
                        null))), "test");
        tafellid = new Gebruiker("u-tafellid", "T", "utrecht", Set.of(Rol.TAFELLID), Set.of(noord.id()));
        bijNoord = o.casussen.maak("utrecht", intake(noord), "test");
        bijZuid = o.casussen.maak("utrecht", intake(zuid), "test");
        anderVariant = o.casussen.maak("utrecht", new NieuweCasus(jong.id(), "Jong", "Hulp", null, null, null,
                Map.of("urgentie", "laag")), "test");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static NieuweCasus intake(Tafel t) {
        return new NieuweCasus(t.id(), "Stapeling", "Schulden bij DUO en CJIB", new Inwoner(null, "A.B."), "geld",
                List.of("DUO"), Map.of("urgentie", "hoog"));
    }

    static CasusService web() {
        return new CasusServiceImpl(o.casussen, o.gemeenten, o.varianten, o.verwerkingen, Aanroeper.platform());
    }

    static CasusService plugin(String bundle, Recht... rechten) {
        PluginRechten r = new PluginRechten(bundle, "1.0.0", Set.of(rechten), Set.of(rechten), List.of());
        return new CasusServiceImpl(o.casussen, o.gemeenten, o.varianten, o.verwerkingen, Aanroeper.plugin(bundle, r));
    }

    @Test
    void aTafellidSeesHisOwnTafelsOnlyAndEveryReadIsAVerwerking() {
        CasusService s = web();
        Namens n = Namens.van(tafellid);
        assertThat(s.zoek(n, "utrecht", bijNoord.id())).isPresent();
        assertThat(s.zoek(n, "utrecht", bijZuid.id())).as("andere tafel: bestaat niet").isEmpty();
        assertThat(s.lijst(n, "utrecht", CasusFilter.geen(), 1, 100).results()).extracting(Casus::tafelId)
                .containsOnly(noord.id());
        assertThat(s.lijst(n, "utrecht", new CasusFilter(null, null, Set.of(zuid.id())), 1, 100).results())
                .as("een filter verruimt nooit").isEmpty();
        assertThatThrownBy(() -> s.wijzig(n, "utrecht", bijZuid.id(), bijZuid.versie(),
                new CasusWijziging("x", null, null, null, null, null))).isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> s.maak(n, "utrecht", intake(zuid))).isInstanceOf(GeenToegangException.class)
                .hasMessage("U kunt alleen casussen aanmelden bij een tafel waar u aan zit.");

        List<Verwerking> log = o.verwerkingen.vanInwoner("utrecht", bijNoord.inwoner().pseudoniem());
        assertThat(log).anySatisfy(v -> {
            assertThat(v.door()).isEqualTo("u-tafellid");
            assertThat(v.rol()).isEqualTo("tafellid");
            assertThat(v.handeling()).isEqualTo(Verwerking.LEZEN);
            assertThat(v.doel()).isEqualTo("Casus bekijken");
        });
        assertThat(o.verwerkingen.vanInwoner("utrecht", bijZuid.inwoner().pseudoniem()))
                .noneMatch(v -> v.door().equals("u-tafellid"));
    }

    @Test
    void aPluginNamesTheUserButTheCoreTakesHisRolesAndTafelsFromTheStoredAccount() {
        PluginRechten r = new PluginRechten("nl.doorbraak.plugin.standaard", "1.0.0", Set.of(), Set.of(), List.of());
        // the stored accounts: only the tafellid exists
        CasusService s = new CasusServiceImpl(o.casussen, o.gemeenten, o.varianten, o.verwerkingen,
                Aanroeper.plugin("nl.doorbraak.plugin.standaard", r,
                        naam -> naam.equals(tafellid.gebruikersnaam()) ? Optional.of(tafellid) : Optional.empty()));
        Gebruiker opgeblazen = new Gebruiker(tafellid.gebruikersnaam(), "T", "utrecht", Set.of(Rol.CASUSREGISSEUR),
                Set.of(noord.id(), zuid.id()));

        assertThat(s.lijst(Namens.van(opgeblazen), "utrecht", CasusFilter.geen(), 1, 100).results())
                .as("de rollen en tafels van het account, niet die de plug-in noemt").extracting(Casus::tafelId)
                .containsOnly(noord.id());
        assertThat(s.zoek(Namens.van(opgeblazen), "utrecht", bijZuid.id())).isEmpty();
        assertThatThrownBy(() -> s.zoek(Namens.van(REGISSEUR), "utrecht", bijNoord.id()))
                .as("een gebruiker zonder account").isInstanceOf(GeenToegangException.class)
                .hasMessage("Een plug-in handelt alleen in naam van een bestaande, actieve gebruiker.");
        assertThat(o.verwerkingen.vanInwoner("utrecht", bijNoord.inwoner().pseudoniem()))
                .anySatisfy(v -> {
                    assertThat(v.door()).isEqualTo("u-tafellid");
                    assertThat(v.rol()).as("de rol van het account").isEqualTo("tafellid");
                });
    }

    @Test
    void anotherGemeenteIsNotFoundAndARoleWithoutCasusRightsIsRefused() {
        CasusService s = web();
        assertThatThrownBy(() -> s.zoek(Namens.van(ELDERS), "utrecht", bijNoord.id()))
                .isInstanceOf(NietGevondenException.class).hasMessage("Gemeente 'utrecht' niet gevonden.");
        assertThatThrownBy(() -> s.lijst(Namens.van(ELDERS), "utrecht", CasusFilter.geen(), 1, 10))
                .isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> s.zoek(Namens.van(BEHEERDER), "utrecht", bijNoord.id()))
                .isInstanceOf(GeenToegangException.class);
        assertThatThrownBy(() -> s.zoek(Namens.van(REGISSEUR), "bestaat-niet", bijNoord.id()))
                .isInstanceOf(NietGevondenException.class);
    }

    @Test
    void aChangeIsRecordedWithTheDoelOfTheCaller() {
        CasusService s = web();
        Casus c = s.maak(Namens.van(REGISSEUR), "utrecht", intake(zuid));
        Casus na = s.wijzigStatus(Namens.van(REGISSEUR, "Casus voorbereiden voor de tafel"), "utrecht", c.id(),
                c.versie(), CasusStatus.IN_VOORBEREIDING, null, null, false);
        assertThat(na.status()).isEqualTo(CasusStatus.IN_VOORBEREIDING);
        assertThat(o.verwerkingen.vanInwoner("utrecht", c.inwoner().pseudoniem())).extracting(Verwerking::doel)
                .containsExactly("Casus behandelen", "Casus voorbereiden voor de tafel");
    }

    @Test
    void aPluginSeesItsOwnVariantAndOthersOnlyWithCasussenAlle() {
        CasusService eigen = plugin("nl.doorbraak.plugin.standaard", Recht.CASUSSEN);
        Namens n = Namens.van(REGISSEUR, "Open casussen per urgentie bekijken");
        assertThat(eigen.zoek(n, "utrecht", bijNoord.id())).isPresent();
        assertThat(eigen.zoek(n, "utrecht", anderVariant.id())).as("andere variant").isEmpty();
        assertThat(eigen.lijst(n, "utrecht", CasusFilter.geen(), 1, 100).results()).extracting(Casus::variant)
                .containsOnly("standaard");

        // a plug-in that provides no variant sees no casus, and not how many there are
        CasusService zonderVariant = plugin("nl.example.zonder.variant", Recht.CASUSSEN);
        assertThat(zonderVariant.lijst(n, "utrecht", CasusFilter.geen(), 1, 100).count()).isZero();
        assertThat(zonderVariant.zoek(n, "utrecht", bijNoord.id())).isEmpty();

        CasusService alle = plugin("nl.doorbraak.plugin.standaard", Recht.CASUSSEN, Recht.CASUSSEN_ALLE);
        assertThat(alle.zoek(n, "utrecht", anderVariant.id())).isPresent();
        assertThatThrownBy(() -> alle.wijzig(n, "utrecht", anderVariant.id(), anderVariant.versie(),
                new CasusWijziging("x", null, null, null, null, null)))
                .as("casussen.alle is lezen, geen wijzigen").isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> alle.maak(n, "utrecht", new NieuweCasus(anderVariant.tafelId(), "T", "H", null,
                null, null, Map.of("urgentie", "laag")))).isInstanceOf(GeenToegangException.class);
    }

    @Test
    void aPluginsListIsFilteredOnItsVariantInSqlSoCountAndPagesAreRight() {
        CasusService eigen = plugin("nl.doorbraak.plugin.standaard", Recht.CASUSSEN);
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

        CasusService alle = plugin("nl.doorbraak.plugin.standaard", Recht.CASUSSEN, Recht.CASUSSEN_ALLE);
        assertThat(alle.lijst(n, "utrecht", CasusFilter.vanVariant("jongeren"), 1, 10).results())
                .extracting(Casus::id).containsExactly(anderVariant.id());
    }

    @Test
    void thePlatformItselfActsOnlyFromThePlatformsOwnBundles() {
        Namens systeem = Namens.van(Gebruiker.systeem("shell"), "Casussen bekijken op de beheerconsole");
        assertThat(web().lijst(systeem, "utrecht", CasusFilter.geen(), 1, 100).count()).isGreaterThanOrEqualTo(3);
        assertThat(o.verwerkingen.vanInwoner("utrecht", bijNoord.inwoner().pseudoniem()))
                .anySatisfy(v -> assertThat(v.door()).isEqualTo("systeem:shell"));
        // a plug-in cannot pass the platform's identity
        CasusService p = plugin("nl.doorbraak.plugin.standaard", Recht.CASUSSEN);
        assertThatThrownBy(() -> p.lijst(systeem, "utrecht", CasusFilter.geen(), 1, 100))
                .isInstanceOf(GeenToegangException.class);
    }

    @Test
    void withoutTheLogNothingIsServed() {
        CasusService s = new CasusServiceImpl(o.casussen, o.gemeenten, o.varianten, (regels, via) -> {
            throw new IllegalStateException("schijf vol");
        }, Aanroeper.platform());
        assertThatThrownBy(() -> s.zoek(Namens.van(REGISSEUR), "utrecht", bijNoord.id()))
                .hasMessageContaining("schijf vol");
    }
}
