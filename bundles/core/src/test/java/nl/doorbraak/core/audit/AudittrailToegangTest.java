package nl.doorbraak.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.AudittrailService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.privacy.VerwerkingenSchrijver;
import nl.doorbraak.core.toegang.Aanroeper;

/** Who may see the casus may read its audittrail, whatever bundle calls, and every read is a verwerking. */
class AudittrailToegangTest {

    static final Gebruiker REGISSEUR = new Gebruiker("u-regisseur", "R", "utrecht", Set.of(Rol.CASUSREGISSEUR),
            Set.of());
    static final Gebruiker BEHEERDER = new Gebruiker("u-beheerder", "B", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER),
            Set.of());
    static final Gebruiker ELDERS = new Gebruiker("l-regisseur", "L", "leeuwarden", Set.of(Rol.CASUSREGISSEUR),
            Set.of());

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static Casus bijNoord;
    static Casus bijZuid;
    static Casus anderVariant;
    static Gebruiker tafellid;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        o.varianten.aanmelden(new TestVariant("jongeren", 1), 2, 0, "nl.utrecht.jongeren", "1.0.0");
        Tafel noord = o.tafel("utrecht", "Tafel Noord");
        Tafel zuid = o.tafel("utrecht", "Tafel Zuid");
        Tafel jong = o.tafels.maak("utrecht", new NieuweTafel("Jongerentafel", "jongeren", List.of(new Deelnemer(
                "Marieke de Vries", "Woningcorporatie", "Ontruiming opschorten", null))), "test");
        tafellid = new Gebruiker("u-tafellid", "T", "utrecht", Set.of(Rol.TAFELLID), Set.of(noord.id()));
        bijNoord = o.casussen.maak("utrecht", intake(noord), "test");
        bijZuid = o.casussen.maak("utrecht", intake(zuid), "test");
        anderVariant = o.casussen.maak("utrecht", intake(jong), "test");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static NieuweCasus intake(Tafel t) {
        return new NieuweCasus(t.id(), "Stapeling", "Schulden bij DUO", new Inwoner(null, "A.B."), "geld",
                List.of("DUO"), Map.of("urgentie", "hoog"));
    }

    static AudittrailService dienst(Aanroeper aanroeper, VerwerkingenSchrijver log) {
        return new AudittrailServiceImpl(o.audittrail,
                new Casustoegang(o.casussen, o.gemeenten, o.varianten, log, aanroeper));
    }

    static AudittrailService web() {
        return dienst(Aanroeper.platform(), o.verwerkingen);
    }

    static AudittrailService plugin(Recht... rechten) {
        PluginRechten r = new PluginRechten("nl.doorbraak.plugin.standaard", "1.0.0", Set.of(rechten),
                Set.of(rechten), List.of());
        return dienst(Aanroeper.plugin("nl.doorbraak.plugin.standaard", r), o.verwerkingen);
    }

    static List<Verwerking> log(Casus c) {
        return o.verwerkingen.vanInwoner("utrecht", c.inwoner().pseudoniem());
    }

    @Test
    void aTafellidReadsTheTrailOfHisOwnTafelAndTheReadIsAVerwerkingWithHisDoel() {
        AudittrailService s = web();
        assertThat(s.vanCasus(Namens.van(tafellid, "Voorbereiden op de tafel"), "utrecht", bijNoord.id()))
                .extracting(AuditRegel::actie).contains("aangemaakt");
        assertThat(log(bijNoord)).filteredOn(v -> v.door().equals("u-tafellid"))
                .as("de toegangscontrole leest de casus zonder eigen regel").singleElement()
                .satisfies(v -> {
                    assertThat(v.object()).isEqualTo("audittrail");
                    assertThat(v.handeling()).isEqualTo(Verwerking.LEZEN);
                    assertThat(v.door()).isEqualTo("u-tafellid");
                    assertThat(v.rol()).isEqualTo("tafellid");
                    assertThat(v.doel()).isEqualTo("Voorbereiden op de tafel");
                    assertThat(v.casusId()).isEqualTo(bijNoord.id());
                });
        assertThatThrownBy(() -> s.vanCasus(Namens.van(tafellid), "utrecht", bijZuid.id())).as("andere tafel")
                .isInstanceOf(NietGevondenException.class).hasMessage("Casus '" + bijZuid.id() + "' niet gevonden.");
        assertThat(log(bijZuid)).isEmpty();
        s.vanCasus(Namens.van(REGISSEUR), "utrecht", bijZuid.id());
        assertThat(log(bijZuid)).extracting(Verwerking::doel, Verwerking::door)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Audittrail van de casus bekijken", "u-regisseur"));
    }

    @Test
    void anotherGemeenteIsNotFoundAndARoleWithoutCasusRightsIsRefused() {
        AudittrailService s = web();
        assertThatThrownBy(() -> s.vanCasus(Namens.van(ELDERS), "utrecht", bijNoord.id()))
                .isInstanceOf(NietGevondenException.class).hasMessage("Gemeente 'utrecht' niet gevonden.");
        assertThatThrownBy(() -> s.vanCasus(Namens.van(BEHEERDER), "utrecht", bijNoord.id()))
                .isInstanceOf(GeenToegangException.class)
                .hasMessage("Uw rol geeft geen toegang tot de inhoud van casussen.");
        assertThatThrownBy(() -> s.vanCasus(Namens.van(REGISSEUR), "utrecht", "bestaat-niet"))
                .isInstanceOf(NietGevondenException.class);
    }

    @Test
    void aPluginNeedsTheRightAndReadsOtherVariantsOnlyWithCasussenAlle() {
        Namens n = Namens.van(REGISSEUR, "Wijzigingen van de casus nalopen");
        assertThatThrownBy(() -> plugin(Recht.CASUSSEN).vanCasus(n, "utrecht", bijNoord.id()))
                .isInstanceOf(GeenToegangException.class);
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
        AudittrailService s = dienst(Aanroeper.platform(), (regels, via) -> {
            throw new IllegalStateException("schijf vol");
        });
        assertThatThrownBy(() -> s.vanCasus(Namens.van(REGISSEUR), "utrecht", bijNoord.id()))
                .hasMessageContaining("schijf vol");
    }
}
