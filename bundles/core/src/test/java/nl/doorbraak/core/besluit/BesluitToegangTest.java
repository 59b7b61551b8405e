package nl.doorbraak.core.besluit;

import static nl.doorbraak.core.ToegangFixture.BEHEERDER;
import static nl.doorbraak.core.ToegangFixture.ELDERS;
import static nl.doorbraak.core.ToegangFixture.REGISSEUR;
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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.NieuwBesluit;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.BesluitService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.ToegangFixture;
import nl.doorbraak.core.toegang.Aanroeper;

/** The core decides who sees and takes which besluit, and records every read and besluit, whatever bundle calls. */
class BesluitToegangTest {

    @RegisterExtension
    static final ToegangFixture w = new ToegangFixture().metTafels();
    static Casus bijNoord;
    static Casus bijZuid;
    static Besluit besluitZuid;

    @BeforeAll
    static void start() {
        bijNoord = w.geagendeerd(w.noord);
        bijZuid = w.geagendeerd(w.zuid);
        besluitZuid = w.o.besluiten.neem("utrecht", bijZuid.id(), besluit(), "test");
    }

    static NieuwBesluit besluit() {
        return new NieuwBesluit(BesluitSoort.REGULIER, "Afspraken met DUO", null, null, List.of("Marieke de Vries"),
                List.of(), null, List.of(), null);
    }

    static BesluitService web() {
        return dienst(Aanroeper.platform());
    }

    static BesluitService dienst(Aanroeper aanroeper) {
        return new BesluitServiceImpl(w.o.besluiten, w.casustoegang(aanroeper));
    }

    @Test
    void aTafellidTakesAndSeesBesluitenOfHisOwnTafelsOnlyAndEachIsAVerwerking() {
        BesluitService s = web();
        Namens n = Namens.van(w.tafellid);
        Besluit b = s.neem(n, "utrecht", bijNoord.id(), besluit());
        assertThat(b.door()).isEqualTo("u-tafellid");
        assertThat(s.lijst(n, "utrecht", bijNoord.id())).extracting(Besluit::id).contains(b.id());
        assertThat(s.zoek(n, "utrecht", b.id())).isPresent();

        assertThat(s.zoek(n, "utrecht", besluitZuid.id())).as("besluit van een andere tafel: bestaat niet").isEmpty();
        assertCasusNietGevonden(bijZuid.id(), () -> s.lijst(n, "utrecht", bijZuid.id()));
        assertNietGevonden(() -> s.neem(n, "utrecht", bijZuid.id(), besluit()));
        assertThat(w.o.besluiten.lijst("utrecht", bijZuid.id())).as("niets vastgelegd").hasSize(1);

        assertThat(w.log(bijNoord)).filteredOn(v -> v.door().equals("u-tafellid"))
                .extracting(Verwerking::object, Verwerking::handeling, Verwerking::doel, Verwerking::rol)
                .containsExactly(
                        tuple("besluit", Verwerking.WIJZIGEN, "Besluit vastleggen", "tafellid"),
                        tuple("besluit", Verwerking.LEZEN, "Besluiten over de casus bekijken", "tafellid"),
                        tuple("besluit", Verwerking.LEZEN, "Besluit bekijken", "tafellid"));
        w.assertGeenVerwerkingDoor("u-tafellid", bijZuid);
    }

    @Test
    void anotherGemeenteIsNotFoundAndARoleWithoutCasusRightsIsRefused() {
        BesluitService s = web();
        assertGemeenteNietGevonden("utrecht", () -> s.zoek(Namens.van(ELDERS), "utrecht", besluitZuid.id()));
        assertNietGevonden(() -> s.lijst(Namens.van(ELDERS), "utrecht", bijZuid.id()));
        assertGeenCasusinhoud(() -> s.zoek(Namens.van(BEHEERDER), "utrecht", besluitZuid.id()));
        assertGeweigerd(() -> s.neem(Namens.van(BEHEERDER), "utrecht", bijZuid.id(), besluit()));
        assertThat(s.zoek(Namens.van(BEHEERDER), "utrecht", "bestaat-niet")).as("onbekend: 404 vóór de rol").isEmpty();
    }

    @Test
    void theCallersDoelGoesIntoTheLog() {
        Casus c = w.geagendeerd(w.zuid);
        BesluitService s = web();
        Besluit b = s.neem(Namens.van(REGISSEUR, "Besluit van de tafel van dinsdag vastleggen"), "utrecht", c.id(),
                besluit());
        s.zoek(Namens.van(REGISSEUR, "Actie vastleggen"), "utrecht", b.id());
        assertThat(w.log(c)).filteredOn(v -> v.object().equals("besluit")).extracting(Verwerking::doel)
                .containsExactly("Besluit van de tafel van dinsdag vastleggen", "Actie vastleggen");
    }

    @Test
    void aPluginTakesBesluitenOnlyOnItsOwnVariantAndNeverAsThePlatform() {
        BesluitService vreemd = dienst(plugin(VREEMDE_PLUGIN, Recht.CASUSSEN_ALLE));
        Namens n = Namens.van(REGISSEUR);
        assertThat(vreemd.zoek(n, "utrecht", besluitZuid.id())).as("casussen.alle: lezen").isPresent();
        assertThatThrownBy(() -> vreemd.neem(n, "utrecht", bijZuid.id(), besluit()))
                .as("maar niet besluiten over een andere variant").isInstanceOf(NietGevondenException.class);
        assertGeweigerd(() -> vreemd.lijst(Namens.van(Gebruiker.systeem("x")), "utrecht", bijZuid.id()));
    }
}
