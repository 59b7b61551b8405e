package nl.doorbraak.core.escalatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieFilter;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.service.EscalatieService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.gemeente.GemeenteConfiguratie;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.core.toegang.Aanroeper;

/** The core decides who sees, raises and handles which escalatie, and records every read and change. */
class EscalatieToegangTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static EscalatieKern kern;
    static Casus bijNoord;
    static Casus bijZuid;

    static final Gebruiker REGISSEUR = new Gebruiker("u-regisseur", "R", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of());
    static final Gebruiker BEHEERDER = new Gebruiker("u-beheerder", "B", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER), Set.of());
    static final Gebruiker ELDERS = new Gebruiker("l-regisseur", "L", "leeuwarden", Set.of(Rol.CASUSREGISSEUR), Set.of());
    static final Gebruiker ZONDER = new Gebruiker("u-niemand", "N", "utrecht", Set.of(), Set.of());
    static Gebruiker tafellid;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        new GemeenteConfiguratie(o.gemeenten, Map.of("service.pid", "nl.doorbraak.gemeente~utrecht", "id", "utrecht",
                "naam", "Gemeente Utrecht", "varianten", "standaard", "escalatieniveaus", "tafel:5,directie:10"));
        kern = new EscalatieKern(o.db, new NiveauVolger(o.gemeenten), o.gemeenten, o.gebeurtenissen);
        Tafel noord = o.tafel("utrecht", "Tafel Noord");
        Tafel zuid = o.tafel("utrecht", "Tafel Zuid");
        tafellid = new Gebruiker("u-tafellid", "T", "utrecht", Set.of(Rol.TAFELLID), Set.of(noord.id()));
        bijNoord = casus(noord);
        bijZuid = casus(zuid);
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static Casus casus(Tafel t) {
        return o.casussen.maak("utrecht", new NieuweCasus(t.id(), "Ontruiming", "Huurachterstand",
                new Inwoner(null, "S.B."), "wonen", List.of("UWV"), Map.of("urgentie", "hoog")), "test");
    }

    static EscalatieService web() {
        return new EscalatieServiceImpl(kern, o.casussen, new Casustoegang(o.casussen, o.gemeenten, o.varianten,
                o.verwerkingen, Aanroeper.platform()));
    }

    static List<Verwerking> log(Casus c) {
        return o.verwerkingen.vanInwoner("utrecht", c.inwoner().pseudoniem());
    }

    @Test
    void aTafellidEscalatesAndSeesHisOwnTafelsOnlyAndOnlyTheCasusregisseurHandles() {
        EscalatieService s = web();
        Namens t = Namens.van(tafellid);
        Escalatie eigen = s.escaleer(t, "utrecht", bijNoord.id(), null, "UWV beslist niet");
        assertThat(eigen.aangemaaktDoor()).isEqualTo("u-tafellid");
        assertThatThrownBy(() -> s.escaleer(t, "utrecht", bijZuid.id(), null, "x"))
                .isInstanceOf(NietGevondenException.class).hasMessage("Casus '" + bijZuid.id() + "' niet gevonden.");
        Escalatie ander = s.escaleer(Namens.van(REGISSEUR), "utrecht", bijZuid.id(), null, "Ontruiming dreigt");

        assertThat(s.zoek(t, "utrecht", eigen.id())).isPresent();
        assertThat(s.zoek(t, "utrecht", ander.id())).as("van een andere tafel: bestaat niet").isEmpty();
        assertThatThrownBy(() -> s.vanCasus(t, "utrecht", bijZuid.id())).isInstanceOf(NietGevondenException.class);
        assertThat(s.lijst(t, "utrecht", EscalatieFilter.geen(), 1, 50).results()).extracting(Escalatie::id)
                .containsExactly(eigen.id());
        assertThat(s.lijst(Namens.van(BEHEERDER), "utrecht", EscalatieFilter.geen(), 1, 50).results())
                .extracting(Escalatie::id).contains(eigen.id(), ander.id());

        assertThatThrownBy(() -> s.losOp(t, "utrecht", eigen.id(), null, null)).isInstanceOf(GeenToegangException.class)
                .hasMessage("Alleen een casusregisseur handelt escalaties af (beantwoorden, oplossen, doorescaleren).");
        assertThatThrownBy(() -> s.escaleer(Namens.van(BEHEERDER), "utrecht", bijNoord.id(), null, "x"))
                .isInstanceOf(GeenToegangException.class)
                .hasMessage("Escaleren kan een casusregisseur, of een tafellid voor een casus van zijn tafel.");
        assertThatThrownBy(() -> s.beantwoord(Namens.van(BEHEERDER), "utrecht", ander.id(), null, "x"))
                .isInstanceOf(GeenToegangException.class);
        assertThat(s.beantwoord(Namens.van(REGISSEUR), "utrecht", eigen.id(), null, "Directie betaalt").status())
                .isEqualTo(EscalatieStatus.BEANTWOORD);

        assertThat(log(bijNoord)).filteredOn(v -> v.object().equals("escalatie"))
                .extracting(Verwerking::door, Verwerking::handeling, Verwerking::doel).contains(
                        tuple("u-tafellid", Verwerking.WIJZIGEN, "Escalatie behandelen"),
                        tuple("u-tafellid", Verwerking.LEZEN, "Escalatie bekijken"),
                        tuple("u-tafellid", Verwerking.LEZEN, "Escalaties van de gemeente volgen"),
                        tuple("u-beheerder", Verwerking.LEZEN, "Escalaties van de gemeente volgen"),
                        tuple("u-regisseur", Verwerking.WIJZIGEN, "Escalatie behandelen"));
        assertThat(log(bijZuid)).noneMatch(v -> v.door().equals("u-tafellid"));
    }

    @Test
    void anotherGemeenteIsNotFoundAndARoleWithoutEscalatiesIsRefused() {
        EscalatieService s = web();
        assertThatThrownBy(() -> s.route(Namens.van(ELDERS), "utrecht")).isInstanceOf(NietGevondenException.class)
                .hasMessage("Gemeente 'utrecht' niet gevonden.");
        assertThatThrownBy(() -> s.route(Namens.van(ZONDER), "utrecht")).isInstanceOf(GeenToegangException.class)
                .hasMessage("Uw rol geeft geen toegang tot escalaties.");
        assertThatThrownBy(() -> s.lijst(Namens.van(ZONDER), "utrecht", null, 1, 10))
                .isInstanceOf(GeenToegangException.class);
        assertThat(s.route(Namens.van(BEHEERDER), "utrecht")).isNotEmpty();
        assertThatThrownBy(() -> s.escaleer(Namens.van(REGISSEUR), "utrecht", "bestaat-niet", null, "x"))
                .isInstanceOf(NietGevondenException.class).hasMessage("Casus 'bestaat-niet' bestaat niet.");
    }

    @Test
    void aPluginListsTheEscalatiesOfItsOwnVariantOnlyAndCountsOnlyThose() {
        EscalatieService s = web();
        Casus c = casus(o.tafel("utrecht", "Tafel Plug-in"));
        s.escaleer(Namens.van(REGISSEUR), "utrecht", c.id(), null, "Voor de plug-in");
        Namens r = Namens.van(REGISSEUR);

        EscalatieService vreemd = new EscalatieServiceImpl(kern, o.casussen, new Casustoegang(o.casussen, o.gemeenten,
                o.varianten, o.verwerkingen, Aanroeper.plugin("nl.vreemd.plugin",
                        new PluginRechten("nl.vreemd.plugin", "1.0.0", Set.of(), Set.of(), List.of()))));
        Pagina<Escalatie> niets = vreemd.lijst(r, "utrecht", EscalatieFilter.geen(), 1, 50);
        assertThat(niets.results()).as("geen escalatie van zijn variant").isEmpty();
        assertThat(niets.count()).as("ook niet hoeveel er zijn").isZero();

        EscalatieService eigen = new EscalatieServiceImpl(kern, o.casussen, new Casustoegang(o.casussen, o.gemeenten,
                o.varianten, o.verwerkingen, Aanroeper.plugin("nl.doorbraak.plugin.standaard",
                        new PluginRechten("nl.doorbraak.plugin.standaard", "1.0.0", Set.of(), Set.of(), List.of()))));
        Pagina<Escalatie> alle = eigen.lijst(r, "utrecht", EscalatieFilter.geen(), 1, 50);
        assertThat(alle.results()).isNotEmpty();
        assertThat(alle.count()).isEqualTo(alle.results().size());
    }

    @Test
    void theCallersDoelGoesIntoTheLog() {
        EscalatieService s = web();
        Casus c = casus(o.tafel("utrecht", "Tafel Doel"));
        s.escaleer(Namens.van(REGISSEUR), "utrecht", c.id(), null, "Spoed");
        s.vanCasus(Namens.van(REGISSEUR, "Voorbereiden van de directievergadering"), "utrecht", c.id());
        assertThat(log(c)).extracting(Verwerking::handeling, Verwerking::doel).contains(
                tuple(Verwerking.LEZEN, "Voorbereiden van de directievergadering"),
                tuple(Verwerking.WIJZIGEN, "Escalatie behandelen"));
    }
}
