package nl.doorbraak.core.audit;

import static nl.doorbraak.core.ToegangFixture.BEHEERDER;
import static nl.doorbraak.core.ToegangFixture.ELDERS;
import static nl.doorbraak.core.ToegangFixture.REGISSEUR;
import static nl.doorbraak.core.ToegangFixture.SCHIJF_VOL;
import static nl.doorbraak.core.ToegangFixture.STANDAARD_PLUGIN;
import static nl.doorbraak.core.ToegangFixture.assertCasusNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeenCasusinhoud;
import static nl.doorbraak.core.ToegangFixture.assertGemeenteNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeweigerd;
import static nl.doorbraak.core.ToegangFixture.assertNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertZonderLogNiets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.AudittrailService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.ToegangFixture;
import nl.doorbraak.core.privacy.VerwerkingenSchrijver;
import nl.doorbraak.core.toegang.Aanroeper;

/** Who may see the casus may read its audittrail, whatever bundle calls, and every read is a verwerking. */
class AudittrailToegangTest {

    @RegisterExtension
    static final ToegangFixture w = new ToegangFixture().metJongeren();
    static Casus bijNoord;
    static Casus bijZuid;
    static Casus anderVariant;

    @BeforeAll
    static void start() {
        bijNoord = w.casus(w.noord);
        bijZuid = w.casus(w.zuid);
        anderVariant = w.casus(w.jong);
    }

    static AudittrailService dienst(Aanroeper aanroeper, VerwerkingenSchrijver log) {
        return new AudittrailServiceImpl(w.o.audittrail, w.casustoegang(aanroeper, log));
    }

    static AudittrailService web() {
        return dienst(Aanroeper.platform(), w.o.verwerkingen);
    }

    static AudittrailService plugin(Recht... rechten) {
        return dienst(ToegangFixture.plugin(STANDAARD_PLUGIN, rechten), w.o.verwerkingen);
    }

    @Test
    void aTafellidReadsTheTrailOfHisOwnTafelAndTheReadIsAVerwerkingWithHisDoel() {
        AudittrailService s = web();
        assertThat(s.vanCasus(Namens.van(w.tafellid, "Voorbereiden op de tafel"), "utrecht", bijNoord.id()))
                .extracting(AuditRegel::actie).contains("aangemaakt");
        assertThat(w.log(bijNoord)).filteredOn(v -> v.door().equals("u-tafellid"))
                .as("de toegangscontrole leest de casus zonder eigen regel").singleElement()
                .satisfies(v -> {
                    assertThat(v.object()).isEqualTo("audittrail");
                    assertThat(v.handeling()).isEqualTo(Verwerking.LEZEN);
                    assertThat(v.door()).isEqualTo("u-tafellid");
                    assertThat(v.rol()).isEqualTo("tafellid");
                    assertThat(v.doel()).isEqualTo("Voorbereiden op de tafel");
                    assertThat(v.casusId()).isEqualTo(bijNoord.id());
                });
        assertCasusNietGevonden(bijZuid.id(), () -> s.vanCasus(Namens.van(w.tafellid), "utrecht", bijZuid.id()));
        assertThat(w.log(bijZuid)).isEmpty();
        s.vanCasus(Namens.van(REGISSEUR), "utrecht", bijZuid.id());
        assertThat(w.log(bijZuid)).extracting(Verwerking::doel, Verwerking::door)
                .containsExactly(tuple("Audittrail van de casus bekijken", "u-regisseur"));
    }

    @Test
    void anotherGemeenteIsNotFoundAndARoleWithoutCasusRightsIsRefused() {
        AudittrailService s = web();
        assertGemeenteNietGevonden("utrecht", () -> s.vanCasus(Namens.van(ELDERS), "utrecht", bijNoord.id()));
        assertGeenCasusinhoud(() -> s.vanCasus(Namens.van(BEHEERDER), "utrecht", bijNoord.id()));
        assertNietGevonden(() -> s.vanCasus(Namens.van(REGISSEUR), "utrecht", "bestaat-niet"));
    }

    @Test
    void aPluginNeedsTheRightAndReadsOtherVariantsOnlyWithCasussenAlle() {
        Namens n = Namens.van(REGISSEUR, "Wijzigingen van de casus nalopen");
        assertGeweigerd(() -> plugin(Recht.CASUSSEN).vanCasus(n, "utrecht", bijNoord.id()));
        assertThat(plugin(Recht.CASUSSEN, Recht.AUDITTRAIL).vanCasus(n, "utrecht", bijNoord.id())).isNotEmpty();
        assertThatThrownBy(() -> plugin(Recht.CASUSSEN, Recht.AUDITTRAIL).vanCasus(n, "utrecht", anderVariant.id()))
                .as("andere variant").isInstanceOf(NietGevondenException.class);
        assertThat(plugin(Recht.CASUSSEN, Recht.AUDITTRAIL, Recht.CASUSSEN_ALLE).vanCasus(n, "utrecht",
                anderVariant.id())).isNotEmpty();
        assertThatThrownBy(() -> plugin(Recht.AUDITTRAIL).vanCasus(Namens.van(Gebruiker.systeem("x")), "utrecht",
                bijNoord.id())).as("een plug-in handelt niet als het platform").isInstanceOf(GeenToegangException.class);
    }

    @Test
    void withoutTheLogTheTrailIsNotServed() {
        AudittrailService s = dienst(Aanroeper.platform(), SCHIJF_VOL);
        assertZonderLogNiets(() -> s.vanCasus(Namens.van(REGISSEUR), "utrecht", bijNoord.id()));
    }
}
