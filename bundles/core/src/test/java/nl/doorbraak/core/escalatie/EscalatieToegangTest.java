package nl.doorbraak.core.escalatie;

import static nl.doorbraak.core.ToegangFixture.BEHEERDER;
import static nl.doorbraak.core.ToegangFixture.ELDERS;
import static nl.doorbraak.core.ToegangFixture.REGISSEUR;
import static nl.doorbraak.core.ToegangFixture.STANDAARD_PLUGIN;
import static nl.doorbraak.core.ToegangFixture.VREEMDE_PLUGIN;
import static nl.doorbraak.core.ToegangFixture.ZONDER_ROL;
import static nl.doorbraak.core.ToegangFixture.assertCasusNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGemeenteNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeweigerd;
import static nl.doorbraak.core.ToegangFixture.assertNietGevonden;
import static nl.doorbraak.core.ToegangFixture.plugin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieFilter;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.service.EscalatieService;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.ToegangFixture;
import nl.doorbraak.core.gemeente.GemeenteConfiguratie;
import nl.doorbraak.core.toegang.Aanroeper;

/** The core decides who sees, raises and handles which escalatie, and records every read and change. */
class EscalatieToegangTest {

    @RegisterExtension
    static final ToegangFixture w = new ToegangFixture().metTafels();
    static EscalatieKern kern;
    static Casus bijNoord;
    static Casus bijZuid;

    @BeforeAll
    static void start() {
        new GemeenteConfiguratie(w.o.gemeenten, Map.of("service.pid", "nl.doorbraak.gemeente~utrecht", "id", "utrecht",
                "naam", "Gemeente Utrecht", "varianten", "standaard", "escalatieniveaus", "tafel:5,directie:10"));
        kern = new EscalatieKern(w.o.db, new NiveauVolger(w.o.gemeenten), w.o.gemeenten, w.o.gebeurtenissen);
        bijNoord = casus(w.noord);
        bijZuid = casus(w.zuid);
    }

    static Casus casus(Tafel t) {
        return w.o.casussen.maak("utrecht", new NieuweCasus(t.id(), "Ontruiming", "Huurachterstand",
                new Inwoner(null, "S.B."), "wonen", List.of("UWV"), Map.of("urgentie", "hoog")), "test");
    }

    static EscalatieService web() {
        return dienst(Aanroeper.platform());
    }

    static EscalatieService dienst(Aanroeper aanroeper) {
        return new EscalatieServiceImpl(kern, w.o.casussen, w.casustoegang(aanroeper));
    }

    static List<Verwerking> log(Casus c) {
        return w.log(c);
    }

    @Test
    void aTafellidEscalatesAndSeesHisOwnTafelsOnlyAndOnlyTheCasusregisseurHandles() {
        EscalatieService s = web();
        Namens t = Namens.van(w.tafellid);
        Escalatie eigen = s.escaleer(t, "utrecht", bijNoord.id(), null, "UWV beslist niet");
        assertThat(eigen.aangemaaktDoor()).isEqualTo("u-tafellid");
        assertCasusNietGevonden(bijZuid.id(), () -> s.escaleer(t, "utrecht", bijZuid.id(), null, "x"));
        Escalatie ander = s.escaleer(Namens.van(REGISSEUR), "utrecht", bijZuid.id(), null, "Ontruiming dreigt");

        assertThat(s.zoek(t, "utrecht", eigen.id())).isPresent();
        assertThat(s.zoek(t, "utrecht", ander.id())).as("van een andere tafel: bestaat niet").isEmpty();
        assertNietGevonden(() -> s.vanCasus(t, "utrecht", bijZuid.id()));
        assertThat(s.lijst(t, "utrecht", EscalatieFilter.geen(), 1, 50).results()).extracting(Escalatie::id)
                .containsExactly(eigen.id());
        assertThat(s.lijst(Namens.van(BEHEERDER), "utrecht", EscalatieFilter.geen(), 1, 50).results())
                .extracting(Escalatie::id).contains(eigen.id(), ander.id());

        assertGeweigerd("Alleen een casusregisseur handelt escalaties af (beantwoorden, oplossen, doorescaleren).",
                () -> s.losOp(t, "utrecht", eigen.id(), null, null));
        assertGeweigerd("Escaleren kan een casusregisseur, of een tafellid voor een casus van zijn tafel.",
                () -> s.escaleer(Namens.van(BEHEERDER), "utrecht", bijNoord.id(), null, "x"));
        assertGeweigerd(() -> s.beantwoord(Namens.van(BEHEERDER), "utrecht", ander.id(), null, "x"));
        assertThat(s.beantwoord(Namens.van(REGISSEUR), "utrecht", eigen.id(), null, "Directie betaalt").status())
                .isEqualTo(EscalatieStatus.BEANTWOORD);

        assertThat(log(bijNoord)).filteredOn(v -> v.object().equals("escalatie"))
                .extracting(Verwerking::door, Verwerking::handeling, Verwerking::doel).contains(
                        tuple("u-tafellid", Verwerking.WIJZIGEN, "Escalatie behandelen"),
                        tuple("u-tafellid", Verwerking.LEZEN, "Escalatie bekijken"),
                        tuple("u-tafellid", Verwerking.LEZEN, "Escalaties van de gemeente volgen"),
                        tuple("u-beheerder", Verwerking.LEZEN, "Escalaties van de gemeente volgen"),
                        tuple("u-regisseur", Verwerking.WIJZIGEN, "Escalatie behandelen"));
        w.assertGeenVerwerkingDoor("u-tafellid", bijZuid);
    }

    @Test
    void anotherGemeenteIsNotFoundAndARoleWithoutEscalatiesIsRefused() {
        EscalatieService s = web();
        assertGemeenteNietGevonden("utrecht", () -> s.route(Namens.van(ELDERS), "utrecht"));
        assertGeweigerd("Uw rol geeft geen toegang tot escalaties.", () -> s.route(Namens.van(ZONDER_ROL), "utrecht"));
        assertGeweigerd(() -> s.lijst(Namens.van(ZONDER_ROL), "utrecht", null, 1, 10));
        assertThat(s.route(Namens.van(BEHEERDER), "utrecht")).isNotEmpty();
        assertNietGevonden(() -> s.escaleer(Namens.van(REGISSEUR), "utrecht", "bestaat-niet", null, "x"))
                .hasMessage("Casus 'bestaat-niet' bestaat niet.");
    }

    @Test
    void aPluginListsTheEscalatiesOfItsOwnVariantOnlyAndCountsOnlyThose() {
        EscalatieService s = web();
        Casus c = casus(w.o.tafel("utrecht", "Tafel Plug-in"));
        s.escaleer(Namens.van(REGISSEUR), "utrecht", c.id(), null, "Voor de plug-in");
        Namens r = Namens.van(REGISSEUR);

        EscalatieService vreemd = dienst(plugin(VREEMDE_PLUGIN));
        Pagina<Escalatie> niets = vreemd.lijst(r, "utrecht", EscalatieFilter.geen(), 1, 50);
        assertThat(niets.results()).as("geen escalatie van zijn variant").isEmpty();
        assertThat(niets.count()).as("ook niet hoeveel er zijn").isZero();

        EscalatieService eigen = dienst(plugin(STANDAARD_PLUGIN));
        Pagina<Escalatie> alle = eigen.lijst(r, "utrecht", EscalatieFilter.geen(), 1, 50);
        assertThat(alle.results()).isNotEmpty();
        assertThat(alle.count()).isEqualTo(alle.results().size());
    }

    @Test
    void theCallersDoelGoesIntoTheLog() {
        EscalatieService s = web();
        Casus c = casus(w.o.tafel("utrecht", "Tafel Doel"));
        s.escaleer(Namens.van(REGISSEUR), "utrecht", c.id(), null, "Spoed");
        s.vanCasus(Namens.van(REGISSEUR, "Voorbereiden van de directievergadering"), "utrecht", c.id());
        assertThat(log(c)).extracting(Verwerking::handeling, Verwerking::doel).contains(
                tuple(Verwerking.LEZEN, "Voorbereiden van de directievergadering"),
                tuple(Verwerking.WIJZIGEN, "Escalatie behandelen"));
    }
}
