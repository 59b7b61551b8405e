package nl.doorbraak.core.actie;

import static nl.doorbraak.core.ToegangFixture.BEHEERDER;
import static nl.doorbraak.core.ToegangFixture.ELDERS;
import static nl.doorbraak.core.ToegangFixture.REGISSEUR;
import static nl.doorbraak.core.ToegangFixture.STANDAARD_PLUGIN;
import static nl.doorbraak.core.ToegangFixture.VREEMDE_PLUGIN;
import static nl.doorbraak.core.ToegangFixture.assertCasusNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeenCasusinhoud;
import static nl.doorbraak.core.ToegangFixture.assertGemeenteNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeweigerd;
import static nl.doorbraak.core.ToegangFixture.assertNietGevonden;
import static nl.doorbraak.core.ToegangFixture.plugin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.doorbraak.api.domein.Actie;
import nl.doorbraak.api.domein.ActieFilter;
import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.NieuwBesluit;
import nl.doorbraak.api.domein.NieuweActie;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.ActieService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.ToegangFixture;
import nl.doorbraak.core.toegang.Aanroeper;

/** The core decides who sees, adds and finishes which actie, narrows lists and records every read and change. */
class ActieToegangTest {

    @RegisterExtension
    static final ToegangFixture w = new ToegangFixture().metTafels();
    static Casus bijNoord;
    static Casus bijZuid;
    static Besluit besluitNoord;
    static Besluit besluitZuid;
    static Actie actieNoord;
    static Actie actieZuid;

    @BeforeAll
    static void start() {
        bijNoord = w.geagendeerd(w.noord);
        bijZuid = w.geagendeerd(w.zuid);
        besluitNoord = w.o.besluiten.neem("utrecht", bijNoord.id(), besluit(), "test");
        besluitZuid = w.o.besluiten.neem("utrecht", bijZuid.id(), besluit(), "test");
        actieNoord = w.o.acties.lijst("utrecht", new ActieFilter(bijNoord.id(), null, null, false, false, null), 1, 10)
                .results().get(0);
        actieZuid = w.o.acties.lijst("utrecht", new ActieFilter(bijZuid.id(), null, null, false, false, null), 1, 10)
                .results().get(0);
    }

    static NieuweActie actie() {
        return new NieuweActie("Betalingsregeling opstellen", "DUO", null, null, nl.doorbraak.core.platform.Tijd.vandaag().plusDays(30));
    }

    static NieuwBesluit besluit() {
        return new NieuwBesluit(BesluitSoort.REGULIER, "Afspraken met DUO", null, null, List.of("Marieke de Vries"),
                List.of(), null, List.of(actie()), null);
    }

    static ActieService web() {
        return dienst(Aanroeper.platform());
    }

    static ActieService dienst(Aanroeper aanroeper) {
        return new ActieServiceImpl(w.o.acties, w.o.besluiten, w.casustoegang(aanroeper));
    }

    static List<Verwerking> log(Casus c) {
        return w.log(c);
    }

    @Test
    void aTafellidWorksOnActiesOfHisOwnTafelsAndEachIsAVerwerking() {
        Casus c = w.geagendeerd(w.noord);
        Besluit b = w.o.besluiten.neem("utrecht", c.id(), besluit(), "test");
        ActieService s = web();
        Namens n = Namens.van(w.tafellid);
        Actie nieuw = s.maak(n, "utrecht", b.id(), actie());
        assertThat(nieuw.casusId()).isEqualTo(c.id());
        assertThat(nieuw.door()).isEqualTo("u-tafellid");
        assertThat(s.lijst(n, "utrecht", new ActieFilter(c.id(), null, null, false, false, null), 1, 10).count())
                .isEqualTo(2);
        assertThat(s.zoek(n, "utrecht", nieuw.id())).isPresent();
        assertThat(s.gereed(n, "utrecht", nieuw.id()).gereedDoor()).isEqualTo("u-tafellid");

        assertThat(log(c)).filteredOn(v -> v.door().equals("u-tafellid"))
                .extracting(Verwerking::object, Verwerking::handeling, Verwerking::doel, Verwerking::rol)
                .containsExactly(
                        tuple("actie", Verwerking.WIJZIGEN, "Actie vastleggen", "tafellid"),
                        tuple("actie", Verwerking.LEZEN, "Acties van de casus bekijken", "tafellid"),
                        tuple("actie", Verwerking.LEZEN, "Actie bekijken", "tafellid"),
                        tuple("actie", Verwerking.WIJZIGEN, "Actie gereed melden", "tafellid"));
    }

    @Test
    void anotherTafelsActieDoesNotExistForATafellid() {
        ActieService s = web();
        Namens n = Namens.van(w.tafellid);
        assertThat(s.zoek(n, "utrecht", actieZuid.id())).isEmpty();
        assertNietGevonden(() -> s.gereed(n, "utrecht", actieZuid.id()))
                .hasMessage("Actie '" + actieZuid.id() + "' niet gevonden.");
        assertNietGevonden(() -> s.maak(n, "utrecht", besluitZuid.id(), actie()))
                .hasMessage("Besluit '" + besluitZuid.id() + "' niet gevonden.");
        assertCasusNietGevonden(bijZuid.id(), () -> s.lijst(n, "utrecht",
                new ActieFilter(bijZuid.id(), null, null, false, false, null), 1, 10));
        assertThat(w.o.acties.zoek("utrecht", actieZuid.id()).orElseThrow().gereed()).as("niets gewijzigd").isNull();
        assertThat(w.o.acties.lijst("utrecht", new ActieFilter(bijZuid.id(), null, null, false, false, null), 1, 10)
                .count()).as("niets vastgelegd").isEqualTo(1);
        w.assertGeenVerwerkingDoor("u-tafellid", bijZuid);
    }

    @Test
    void theGemeenteListOfATafellidHoldsHisTafelsOnlyAndAFilterNeverWidensIt() {
        ActieService s = web();
        Namens n = Namens.van(w.tafellid, "Mijn acties volgen");
        List<Actie> eigen = s.lijst(n, "utrecht", ActieFilter.geen(), 1, 100).results();
        assertThat(eigen).isNotEmpty().extracting(Actie::casusId).doesNotContain(bijZuid.id()).contains(bijNoord.id());
        assertThat(s.lijst(n, "utrecht", new ActieFilter(null, null, null, false, false, Set.of(w.zuid.id())), 1, 100)
                .results()).isEmpty();
        assertThat(s.lijst(Namens.van(REGISSEUR), "utrecht", ActieFilter.geen(), 1, 100).results())
                .extracting(Actie::casusId).contains(bijNoord.id(), bijZuid.id());
        assertThat(log(bijNoord)).anySatisfy(v -> {
            assertThat(v.door()).isEqualTo("u-tafellid");
            assertThat(v.doel()).isEqualTo("Mijn acties volgen");
            assertThat(v.handeling()).isEqualTo(Verwerking.LEZEN);
        });
        w.assertGeenVerwerkingDoor("u-tafellid", bijZuid);
    }

    @Test
    void anotherGemeenteIsNotFoundAndARoleWithoutCasusRightsIsRefused() {
        ActieService s = web();
        assertGemeenteNietGevonden("utrecht", () -> s.lijst(Namens.van(ELDERS), "utrecht", ActieFilter.geen(), 1, 10));
        assertNietGevonden(() -> s.zoek(Namens.van(ELDERS), "utrecht", actieNoord.id()));
        assertGeenCasusinhoud(() -> s.lijst(Namens.van(BEHEERDER), "utrecht", ActieFilter.geen(), 1, 10));
        assertGeweigerd(() -> s.gereed(Namens.van(BEHEERDER), "utrecht", actieNoord.id()));
        assertGeweigerd(() -> s.maak(Namens.van(BEHEERDER), "utrecht", besluitNoord.id(), actie()));
    }

    @Test
    void theConsoleListsAsThePlatformAndAPluginSeesItsOwnVariantOnly() {
        Namens console = Namens.van(Gebruiker.systeem("gogo-shell"), "Open acties overzien (Gogo-shell)");
        assertThat(web().lijst(console, "utrecht", ActieFilter.geen(), 1, 100).results()).extracting(Actie::casusId)
                .contains(bijNoord.id(), bijZuid.id());
        assertThat(log(bijZuid)).anySatisfy(v -> assertThat(v.door()).isEqualTo("systeem:gogo-shell"));

        ActieService vreemd = dienst(plugin(VREEMDE_PLUGIN));
        Pagina<Actie> niets = vreemd.lijst(Namens.van(REGISSEUR), "utrecht", ActieFilter.geen(), 1, 100);
        assertThat(niets.results()).as("geen casus van zijn variant").isEmpty();
        assertThat(niets.count()).as("ook niet hoeveel er zijn").isZero();

        ActieService eigen = dienst(plugin(STANDAARD_PLUGIN));
        Pagina<Actie> eerste = eigen.lijst(Namens.van(REGISSEUR), "utrecht", ActieFilter.geen(), 1, 1);
        assertThat(eerste.results()).as("een actie van zijn eigen variant").hasSize(1);
        assertThat(eerste.count()).as("de telling klopt met wat hij mag zien")
                .isEqualTo(eigen.lijst(Namens.van(REGISSEUR), "utrecht", ActieFilter.geen(), 1, 100).results().size());
        assertThat(vreemd.zoek(Namens.van(REGISSEUR), "utrecht", actieNoord.id())).isEmpty();
        assertGeweigerd(() -> vreemd.lijst(console, "utrecht", ActieFilter.geen(), 1, 100));

        ActieService lezer = dienst(plugin(VREEMDE_PLUGIN, Recht.CASUSSEN_ALLE));
        assertThat(lezer.zoek(Namens.van(REGISSEUR), "utrecht", actieNoord.id())).isPresent();
        assertThatThrownBy(() -> lezer.gereed(Namens.van(REGISSEUR), "utrecht", actieNoord.id()))
                .as("casussen.alle is lezen, geen wijzigen").isInstanceOf(NietGevondenException.class);
    }
}
