package nl.doorbraak.core.besluit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuwBesluit;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.BesluitService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.toegang.Aanroeper;

/** The core decides who sees and takes which besluit, and records every read and besluit, whatever bundle calls. */
class BesluitToegangTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static Tafel noord;
    static Tafel zuid;
    static Casus bijNoord;
    static Casus bijZuid;
    static Besluit besluitZuid;

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
        besluitZuid = o.besluiten.neem("utrecht", bijZuid.id(), besluit(), "test");
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

    static NieuwBesluit besluit() {
        return new NieuwBesluit(BesluitSoort.REGULIER, "Afspraken met DUO", null, null, List.of("Marieke de Vries"),
                List.of(), null, List.of(), null);
    }

    static BesluitService web() {
        return new BesluitServiceImpl(o.besluiten, new Casustoegang(o.casussen, o.gemeenten,
                o.varianten, o.verwerkingen, Aanroeper.platform()));
    }

    static List<Verwerking> log(Casus c) {
        return o.verwerkingen.vanInwoner("utrecht", c.inwoner().pseudoniem());
    }

    @Test
    void aTafellidTakesAndSeesBesluitenOfHisOwnTafelsOnlyAndEachIsAVerwerking() {
        BesluitService s = web();
        Namens n = Namens.van(tafellid);
        Besluit b = s.neem(n, "utrecht", bijNoord.id(), besluit());
        assertThat(b.door()).isEqualTo("u-tafellid");
        assertThat(s.lijst(n, "utrecht", bijNoord.id())).extracting(Besluit::id).contains(b.id());
        assertThat(s.zoek(n, "utrecht", b.id())).isPresent();

        assertThat(s.zoek(n, "utrecht", besluitZuid.id())).as("besluit van een andere tafel: bestaat niet").isEmpty();
        assertThatThrownBy(() -> s.lijst(n, "utrecht", bijZuid.id())).isInstanceOf(NietGevondenException.class)
                .hasMessage("Casus '" + bijZuid.id() + "' niet gevonden.");
        assertThatThrownBy(() -> s.neem(n, "utrecht", bijZuid.id(), besluit()))
                .isInstanceOf(NietGevondenException.class);
        assertThat(o.besluiten.lijst("utrecht", bijZuid.id())).as("niets vastgelegd").hasSize(1);

        assertThat(log(bijNoord)).filteredOn(v -> v.door().equals("u-tafellid"))
                .extracting(Verwerking::object, Verwerking::handeling, Verwerking::doel, Verwerking::rol)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("besluit", Verwerking.WIJZIGEN, "Besluit vastleggen", "tafellid"),
                        org.assertj.core.groups.Tuple.tuple("besluit", Verwerking.LEZEN, "Besluiten over de casus bekijken", "tafellid"),
                        org.assertj.core.groups.Tuple.tuple("besluit", Verwerking.LEZEN, "Besluit bekijken", "tafellid"));
        assertThat(log(bijZuid)).noneMatch(v -> v.door().equals("u-tafellid"));
    }

    @Test
    void anotherGemeenteIsNotFoundAndARoleWithoutCasusRightsIsRefused() {
        BesluitService s = web();
        assertThatThrownBy(() -> s.zoek(Namens.van(ELDERS), "utrecht", besluitZuid.id()))
                .isInstanceOf(NietGevondenException.class).hasMessage("Gemeente 'utrecht' niet gevonden.");
        assertThatThrownBy(() -> s.lijst(Namens.van(ELDERS), "utrecht", bijZuid.id()))
                .isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> s.zoek(Namens.van(BEHEERDER), "utrecht", besluitZuid.id()))
                .isInstanceOf(GeenToegangException.class)
                .hasMessage("Uw rol geeft geen toegang tot de inhoud van casussen.");
        assertThatThrownBy(() -> s.neem(Namens.van(BEHEERDER), "utrecht", bijZuid.id(), besluit()))
                .isInstanceOf(GeenToegangException.class);
        assertThat(s.zoek(Namens.van(BEHEERDER), "utrecht", "bestaat-niet")).as("onbekend: 404 vóór de rol").isEmpty();
    }

    @Test
    void theCallersDoelGoesIntoTheLog() {
        Casus c = geagendeerd(zuid);
        BesluitService s = web();
        Besluit b = s.neem(Namens.van(REGISSEUR, "Besluit van de tafel van dinsdag vastleggen"), "utrecht", c.id(),
                besluit());
        s.zoek(Namens.van(REGISSEUR, "Actie vastleggen"), "utrecht", b.id());
        assertThat(log(c)).filteredOn(v -> v.object().equals("besluit")).extracting(Verwerking::doel)
                .containsExactly("Besluit van de tafel van dinsdag vastleggen", "Actie vastleggen");
    }

    @Test
    void aPluginTakesBesluitenOnlyOnItsOwnVariantAndNeverAsThePlatform() {
        PluginRechten r = new PluginRechten("nl.vreemd.plugin", "1.0.0", Set.of(Recht.CASUSSEN_ALLE),
                Set.of(Recht.CASUSSEN_ALLE), List.of());
        BesluitService vreemd = new BesluitServiceImpl(o.besluiten, new Casustoegang(o.casussen, o.gemeenten,
                o.varianten, o.verwerkingen, Aanroeper.plugin("nl.vreemd.plugin", r)));
        Namens n = Namens.van(REGISSEUR);
        assertThat(vreemd.zoek(n, "utrecht", besluitZuid.id())).as("casussen.alle: lezen").isPresent();
        assertThatThrownBy(() -> vreemd.neem(n, "utrecht", bijZuid.id(), besluit()))
                .as("maar niet besluiten over een andere variant").isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> vreemd.lijst(Namens.van(Gebruiker.systeem("x")), "utrecht", bijZuid.id()))
                .isInstanceOf(GeenToegangException.class);
    }
}
