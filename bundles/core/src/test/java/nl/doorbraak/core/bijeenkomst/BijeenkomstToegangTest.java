package nl.doorbraak.core.bijeenkomst;

import static nl.doorbraak.core.ToegangFixture.BEHEERDER;
import static nl.doorbraak.core.ToegangFixture.ELDERS;
import static nl.doorbraak.core.ToegangFixture.REGISSEUR;
import static nl.doorbraak.core.ToegangFixture.assertCasusNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeenCasusinhoud;
import static nl.doorbraak.core.ToegangFixture.assertGemeenteNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeweigerd;
import static nl.doorbraak.core.ToegangFixture.assertNietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.service.BijeenkomstService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.ToegangFixture;

/** The core decides who plans and sees which bijeenkomst, and records putting a casus on the agenda. */
class BijeenkomstToegangTest {

    @RegisterExtension
    static final ToegangFixture w = new ToegangFixture().metTafels();
    static Bijeenkomst vanNoord;
    static Bijeenkomst vanZuid;
    static Gebruiker aanTweeTafels;

    @BeforeAll
    static void start() {
        aanTweeTafels = ToegangFixture.tafellid("u-twee", w.noord, w.zuid);
        vanNoord = w.o.bijeenkomsten.plan("utrecht", nieuw(w.noord), "test");
        vanZuid = w.o.bijeenkomsten.plan("utrecht", nieuw(w.zuid), "test");
    }

    static NieuweBijeenkomst nieuw(Tafel t) {
        return new NieuweBijeenkomst(t.id(), nl.doorbraak.core.platform.Tijd.vandaag().plusDays(7), List.of("Marieke de Vries"), null);
    }

    static BijeenkomstService web() {
        return new BijeenkomstServiceImpl(w.o.bijeenkomsten, w.casustoegang());
    }

    @Test
    void aTafellidPlansAndSeesTheBijeenkomstenOfHisOwnTafelsOnly() {
        BijeenkomstService s = web();
        Namens n = Namens.van(w.tafellid);
        Bijeenkomst b = s.plan(n, "utrecht", nieuw(w.noord));
        assertThat(b.tafelId()).isEqualTo(w.noord.id());
        assertGeweigerd("U kunt alleen bijeenkomsten plannen van een tafel waar u aan zit.",
                () -> s.plan(n, "utrecht", nieuw(w.zuid)));

        assertThat(s.zoek(n, "utrecht", vanNoord.id())).isPresent();
        assertThat(s.zoek(n, "utrecht", vanZuid.id())).as("andere tafel: bestaat niet").isEmpty();
        assertNietGevonden(() -> s.wijzig(n, "utrecht", vanZuid.id(), vanZuid.versie(), nieuw(w.zuid)))
                .hasMessage("Bijeenkomst '" + vanZuid.id() + "' niet gevonden.");
        assertThat(w.o.bijeenkomsten.zoek("utrecht", vanZuid.id()).orElseThrow().versie()).as("niets gewijzigd")
                .isEqualTo(vanZuid.versie());

        assertThat(s.lijst(n, "utrecht", null, 1, 100).results()).as("zonder tafel: zijn enige tafel")
                .isNotEmpty().extracting(Bijeenkomst::tafelId).containsOnly(w.noord.id());
        assertThat(s.lijst(n, "utrecht", w.zuid.id(), 1, 100).results()).as("een andere tafel: niets").isEmpty();
        assertThatThrownBy(() -> s.lijst(Namens.van(aanTweeTafels), "utrecht", null, 1, 100))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessage("Kies een van uw tafels.");
        assertThat(s.lijst(Namens.van(REGISSEUR), "utrecht", null, 1, 100).results()).extracting(Bijeenkomst::tafelId)
                .contains(w.noord.id(), w.zuid.id());
    }

    @Test
    void anotherGemeenteIsNotFoundAndARoleWithoutCasusRightsIsRefused() {
        BijeenkomstService s = web();
        assertGemeenteNietGevonden("utrecht", () -> s.zoek(Namens.van(ELDERS), "utrecht", vanNoord.id()));
        assertNietGevonden(() -> s.lijst(Namens.van(ELDERS), "utrecht", null, 1, 10));
        assertGeenCasusinhoud(() -> s.zoek(Namens.van(BEHEERDER), "utrecht", vanNoord.id()));
        assertThatThrownBy(() -> s.zoek(Namens.van(BEHEERDER), "utrecht", "bestaat-niet"))
                .as("de rol eerst, zoals altijd").isInstanceOf(GeenToegangException.class);
        assertGeweigerd(() -> s.plan(Namens.van(BEHEERDER), "utrecht", nieuw(w.noord)));
        assertGeweigerd(() -> s.lijst(Namens.van(BEHEERDER), "utrecht", null, 1, 10));
    }

    @Test
    void puttingACasusOnTheAgendaIsAVerwerkingWithTheCallersDoelAndAnotherTafelsCasusDoesNotExist() {
        BijeenkomstService s = web();
        Casus eigen = w.inVoorbereiding(w.noord);
        Casus ander = w.inVoorbereiding(w.zuid);
        Namens n = Namens.van(w.tafellid, "Casus voor dinsdag agenderen");
        Bijeenkomst b = s.agendeer(n, "utrecht", vanNoord.id(), eigen.id());
        assertThat(b.agenda()).contains(eigen.id());
        assertThat(w.o.casussen.zoek("utrecht", eigen.id()).orElseThrow().status()).isEqualTo(CasusStatus.GEAGENDEERD);
        assertThat(w.log(eigen)).anySatisfy(v -> {
            assertThat(v.door()).isEqualTo("u-tafellid");
            assertThat(v.object()).isEqualTo("bijeenkomst");
            assertThat(v.handeling()).isEqualTo(Verwerking.WIJZIGEN);
            assertThat(v.doel()).isEqualTo("Casus voor dinsdag agenderen");
        });

        assertCasusNietGevonden(ander.id(), () -> s.agendeer(n, "utrecht", vanNoord.id(), ander.id()));
        assertNietGevonden(() -> s.agendeer(n, "utrecht", vanZuid.id(), ander.id()))
                .hasMessage("Bijeenkomst '" + vanZuid.id() + "' niet gevonden.");
        assertThat(w.o.casussen.zoek("utrecht", ander.id()).orElseThrow().status())
                .isEqualTo(CasusStatus.IN_VOORBEREIDING);
        w.assertGeenVerwerkingDoor("u-tafellid", ander);
    }
}
