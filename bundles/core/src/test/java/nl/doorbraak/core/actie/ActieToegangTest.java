package nl.doorbraak.core.actie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Actie;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.ActieFilter;
import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuwBesluit;
import nl.doorbraak.api.domein.NieuweActie;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.ActieService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.toegang.Aanroeper;

/** The core decides who sees, adds and finishes which actie, narrows lists and records every read and change. */
class ActieToegangTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static Tafel noord;
    static Tafel zuid;
    static Casus bijNoord;
    static Casus bijZuid;
    static Besluit besluitNoord;
    static Besluit besluitZuid;
    static Actie actieNoord;
    static Actie actieZuid;

    static final Gebruiker REGISSEUR = new Gebruiker("u-regisseur", "R", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of());
    static final Gebruiker BEHEERDER = new Gebruiker("u-beheerder", "B", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER), Set.of());
    static final Gebruiker ELDERS = new Gebruiker("l-regisseur", "L", "leeuwarden", Set.of(Rol.CASUSREGISSEUR), Set.of());
    static Gebruiker tafellid;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        noord = o.tafel("utrecht", "Tafel Noord");
        zuid = o.tafel("utrecht", "Tafel Zuid");
        tafellid = new Gebruiker("u-tafellid", "T", "utrecht", Set.of(Rol.TAFELLID), Set.of(noord.id()));
        bijNoord = geagendeerd(noord);
        bijZuid = geagendeerd(zuid);
        besluitNoord = o.besluiten.neem("utrecht", bijNoord.id(), besluit(), "test");
        besluitZuid = o.besluiten.neem("utrecht", bijZuid.id(), besluit(), "test");
        actieNoord = o.acties.lijst("utrecht", new ActieFilter(bijNoord.id(), null, null, false, false, null), 1, 10)
                .results().get(0);
        actieZuid = o.acties.lijst("utrecht", new ActieFilter(bijZuid.id(), null, null, false, false, null), 1, 10)
                .results().get(0);
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static Casus geagendeerd(Tafel t) {
        Casus k = o.casussen.maak("utrecht", new NieuweCasus(t.id(), "Stapeling", "Schulden bij DUO en CJIB",
                new Inwoner(null, "A.B."), "geld", List.of("DUO"), Map.of("urgentie", "hoog")), "test");
        o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.IN_VOORBEREIDING, null, null, "test");
        Bijeenkomst b = o.bijeenkomsten.plan("utrecht", new NieuweBijeenkomst(t.id(), nl.doorbraak.core.platform.Tijd.vandaag().plusDays(1),
                List.of("Marieke de Vries"), null), "test");
        o.bijeenkomsten.agendeer("utrecht", b.id(), k.id(), "test");
        return o.casussen.zoek("utrecht", k.id()).orElseThrow();
    }

    static NieuweActie actie() {
        return new NieuweActie("Betalingsregeling opstellen", "DUO", null, null, nl.doorbraak.core.platform.Tijd.vandaag().plusDays(30));
    }

    static NieuwBesluit besluit() {
        return new NieuwBesluit(BesluitSoort.REGULIER, "Afspraken met DUO", null, null, List.of("Marieke de Vries"),
                List.of(), null, List.of(actie()), null);
    }

    static ActieService web() {
        return new ActieServiceImpl(o.acties, o.besluiten, new Casustoegang(o.casussen, o.gemeenten,
                o.varianten, o.verwerkingen, Aanroeper.platform()));
    }

    static List<Verwerking> log(Casus c) {
        return o.verwerkingen.vanInwoner("utrecht", c.inwoner().pseudoniem());
    }

    @Test
    void aTafellidWorksOnActiesOfHisOwnTafelsAndEachIsAVerwerking() {
        Casus c = geagendeerd(noord);
        Besluit b = o.besluiten.neem("utrecht", c.id(), besluit(), "test");
        ActieService s = web();
        Namens n = Namens.van(tafellid);
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
        Namens n = Namens.van(tafellid);
        assertThat(s.zoek(n, "utrecht", actieZuid.id())).isEmpty();
        assertThatThrownBy(() -> s.gereed(n, "utrecht", actieZuid.id())).isInstanceOf(NietGevondenException.class)
                .hasMessage("Actie '" + actieZuid.id() + "' niet gevonden.");
        assertThatThrownBy(() -> s.maak(n, "utrecht", besluitZuid.id(), actie()))
                .isInstanceOf(NietGevondenException.class)
                .hasMessage("Besluit '" + besluitZuid.id() + "' niet gevonden.");
        assertThatThrownBy(() -> s.lijst(n, "utrecht", new ActieFilter(bijZuid.id(), null, null, false, false, null),
                1, 10)).isInstanceOf(NietGevondenException.class)
                .hasMessage("Casus '" + bijZuid.id() + "' niet gevonden.");
        assertThat(o.acties.zoek("utrecht", actieZuid.id()).orElseThrow().gereed()).as("niets gewijzigd").isNull();
        assertThat(o.acties.lijst("utrecht", new ActieFilter(bijZuid.id(), null, null, false, false, null), 1, 10)
                .count()).as("niets vastgelegd").isEqualTo(1);
        assertThat(log(bijZuid)).noneMatch(v -> v.door().equals("u-tafellid"));
    }

    @Test
    void theGemeenteListOfATafellidHoldsHisTafelsOnlyAndAFilterNeverWidensIt() {
        ActieService s = web();
        Namens n = Namens.van(tafellid, "Mijn acties volgen");
        List<Actie> eigen = s.lijst(n, "utrecht", ActieFilter.geen(), 1, 100).results();
        assertThat(eigen).isNotEmpty().extracting(Actie::casusId).doesNotContain(bijZuid.id()).contains(bijNoord.id());
        assertThat(s.lijst(n, "utrecht", new ActieFilter(null, null, null, false, false, Set.of(zuid.id())), 1, 100)
                .results()).isEmpty();
        assertThat(s.lijst(Namens.van(REGISSEUR), "utrecht", ActieFilter.geen(), 1, 100).results())
                .extracting(Actie::casusId).contains(bijNoord.id(), bijZuid.id());
        assertThat(log(bijNoord)).anySatisfy(v -> {
            assertThat(v.door()).isEqualTo("u-tafellid");
            assertThat(v.doel()).isEqualTo("Mijn acties volgen");
            assertThat(v.handeling()).isEqualTo(Verwerking.LEZEN);
        });
        assertThat(log(bijZuid)).noneMatch(v -> v.door().equals("u-tafellid"));
    }

    @Test
    void anotherGemeenteIsNotFoundAndARoleWithoutCasusRightsIsRefused() {
        ActieService s = web();
        assertThatThrownBy(() -> s.lijst(Namens.van(ELDERS), "utrecht", ActieFilter.geen(), 1, 10))
                .isInstanceOf(NietGevondenException.class).hasMessage("Gemeente 'utrecht' niet gevonden.");
        assertThatThrownBy(() -> s.zoek(Namens.van(ELDERS), "utrecht", actieNoord.id()))
                .isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> s.lijst(Namens.van(BEHEERDER), "utrecht", ActieFilter.geen(), 1, 10))
                .isInstanceOf(GeenToegangException.class)
                .hasMessage("Uw rol geeft geen toegang tot de inhoud van casussen.");
        assertThatThrownBy(() -> s.gereed(Namens.van(BEHEERDER), "utrecht", actieNoord.id()))
                .isInstanceOf(GeenToegangException.class);
        assertThatThrownBy(() -> s.maak(Namens.van(BEHEERDER), "utrecht", besluitNoord.id(), actie()))
                .isInstanceOf(GeenToegangException.class);
    }

    @Test
    void theConsoleListsAsThePlatformAndAPluginSeesItsOwnVariantOnly() {
        Namens console = Namens.van(Gebruiker.systeem("gogo-shell"), "Open acties overzien (Gogo-shell)");
        assertThat(web().lijst(console, "utrecht", ActieFilter.geen(), 1, 100).results()).extracting(Actie::casusId)
                .contains(bijNoord.id(), bijZuid.id());
        assertThat(log(bijZuid)).anySatisfy(v -> assertThat(v.door()).isEqualTo("systeem:gogo-shell"));

        PluginRechten geen = new PluginRechten("nl.vreemd.plugin", "1.0.0", Set.of(), Set.of(), List.of());
        ActieService vreemd = new ActieServiceImpl(o.acties, o.besluiten, new Casustoegang(o.casussen, o.gemeenten,
                o.varianten, o.verwerkingen, Aanroeper.plugin("nl.vreemd.plugin", geen)));
        Pagina<Actie> niets = vreemd.lijst(Namens.van(REGISSEUR), "utrecht", ActieFilter.geen(), 1, 100);
        assertThat(niets.results()).as("geen casus van zijn variant").isEmpty();
        assertThat(niets.count()).as("ook niet hoeveel er zijn").isZero();

        PluginRechten standaard = new PluginRechten("nl.doorbraak.plugin.standaard", "1.0.0", Set.of(), Set.of(),
                List.of());
        ActieService eigen = new ActieServiceImpl(o.acties, o.besluiten, new Casustoegang(o.casussen, o.gemeenten,
                o.varianten, o.verwerkingen, Aanroeper.plugin("nl.doorbraak.plugin.standaard", standaard)));
        Pagina<Actie> eerste = eigen.lijst(Namens.van(REGISSEUR), "utrecht", ActieFilter.geen(), 1, 1);
        assertThat(eerste.results()).as("een actie van zijn eigen variant").hasSize(1);
        assertThat(eerste.count()).as("de telling klopt met wat hij mag zien")
                .isEqualTo(eigen.lijst(Namens.van(REGISSEUR), "utrecht", ActieFilter.geen(), 1, 100).results().size());
        assertThat(vreemd.zoek(Namens.van(REGISSEUR), "utrecht", actieNoord.id())).isEmpty();
        assertThatThrownBy(() -> vreemd.lijst(console, "utrecht", ActieFilter.geen(), 1, 100))
                .isInstanceOf(GeenToegangException.class);

        PluginRechten alle = new PluginRechten("nl.vreemd.plugin", "1.0.0", Set.of(Recht.CASUSSEN_ALLE),
                Set.of(Recht.CASUSSEN_ALLE), List.of());
        ActieService lezer = new ActieServiceImpl(o.acties, o.besluiten, new Casustoegang(o.casussen, o.gemeenten,
                o.varianten, o.verwerkingen, Aanroeper.plugin("nl.vreemd.plugin", alle)));
        assertThat(lezer.zoek(Namens.van(REGISSEUR), "utrecht", actieNoord.id())).isPresent();
        assertThatThrownBy(() -> lezer.gereed(Namens.van(REGISSEUR), "utrecht", actieNoord.id()))
                .as("casussen.alle is lezen, geen wijzigen").isInstanceOf(NietGevondenException.class);
    }
}
