package nl.doorbraak.core.privacy;

import static nl.doorbraak.core.ToegangFixture.BEHEERDER;
import static nl.doorbraak.core.ToegangFixture.ELDERS_BEHEERDER;
import static nl.doorbraak.core.ToegangFixture.REGISSEUR;
import static nl.doorbraak.core.ToegangFixture.SCHIJF_VOL;
import static nl.doorbraak.core.ToegangFixture.STANDAARD_PLUGIN;
import static nl.doorbraak.core.ToegangFixture.assertGemeenteNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeweigerd;
import static nl.doorbraak.core.ToegangFixture.assertNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertZonderLogNiets;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.NieuweVerwerking;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.VerwerkingenLog;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.ToegangFixture;
import nl.doorbraak.core.casus.CasusServiceImpl;
import nl.doorbraak.core.toegang.Aanroeper;

/** Only a gemeentebeheerder reads an inwoner's verwerkingenrapport, and reading it is itself a verwerking. */
class VerwerkingenrapportToegangTest {

    @RegisterExtension
    static final ToegangFixture w = new ToegangFixture().metTafels();
    static Casus casus;
    static String inwoner;

    @BeforeAll
    static void start() {
        casus = w.casus(w.noord);
        inwoner = casus.inwoner().pseudoniem();
        w.o.verwerkingen.leg(List.of(new NieuweVerwerking("utrecht", casus.id(), inwoner, Verwerking.LEZEN, "casus",
                "u-regisseur", "casusregisseur", "Casus bekijken", null)));
    }

    static VerwerkingenLog dienst(Aanroeper aanroeper, VerwerkingenSchrijver schrijver) {
        return new VerwerkingenLogServiceImpl(w.o.verwerkingen, schrijver, w.o.gemeenten, aanroeper);
    }

    static VerwerkingenLog web() {
        return dienst(Aanroeper.platform(), w.o.verwerkingen);
    }

    static VerwerkingenLog plugin(Recht... rechten) {
        return dienst(ToegangFixture.plugin(STANDAARD_PLUGIN, rechten), w.o.verwerkingen);
    }

    static List<Verwerking> rapportregels() {
        return w.o.verwerkingen.vanInwoner("utrecht", inwoner).stream()
                .filter(v -> v.object().equals("verwerkingenrapport")).toList();
    }

    @Test
    void theGemeentebeheerderReadsTheReportAndThatReadIsTheNextLineWithHisDoel() {
        VerwerkingenLog s = web();
        int voor = rapportregels().size();
        List<Verwerking> rapport = s.vanInwoner(Namens.van(BEHEERDER), "utrecht", inwoner);
        assertThat(rapport).anySatisfy(v -> assertThat(v.doel()).isEqualTo("Casus bekijken"));
        assertThat(rapportregels()).hasSize(voor + 1).last().satisfies(v -> {
            assertThat(v.handeling()).isEqualTo(Verwerking.LEZEN);
            assertThat(v.door()).isEqualTo("u-beheerder");
            assertThat(v.rol()).isEqualTo("gemeentebeheerder");
            assertThat(v.doel()).isEqualTo("Verzoek van de inwoner om inzage (AVG art. 15)");
            assertThat(v.casusId()).isNull();
        });
        s.vanInwoner(Namens.van(BEHEERDER, "Klacht van de inwoner behandelen"), "utrecht", inwoner);
        assertThat(rapportregels()).last().extracting(Verwerking::doel).isEqualTo("Klacht van de inwoner behandelen");
    }

    @Test
    void anotherGemeenteIsNotFoundAndOtherRolesAreRefused() {
        VerwerkingenLog s = web();
        int voor = rapportregels().size();
        assertGemeenteNietGevonden("utrecht", () -> s.vanInwoner(Namens.van(ELDERS_BEHEERDER), "utrecht", inwoner));
        assertGeweigerd("Uw rol geeft geen toegang tot het verwerkingenrapport.",
                () -> s.vanInwoner(Namens.van(REGISSEUR), "utrecht", inwoner));
        assertNietGevonden(() -> s.vanInwoner(Namens.van(BEHEERDER), "bestaat-niet", inwoner));
        assertThat(rapportregels()).as("geen rapport, geen regel").hasSize(voor);
    }

    @Test
    void aPluginNeedsCasussenAlleAndCannotActAsThePlatform() {
        assertGeweigerd(() -> plugin(Recht.CASUSSEN).vanInwoner(Namens.van(BEHEERDER), "utrecht", inwoner));
        assertThat(plugin(Recht.CASUSSEN, Recht.CASUSSEN_ALLE).vanInwoner(Namens.van(BEHEERDER, "Inzage via de "
                + "plug-in"), "utrecht", inwoner)).isNotEmpty();
        assertGeweigerd(() -> plugin(Recht.CASUSSEN, Recht.CASUSSEN_ALLE)
                .vanInwoner(Namens.van(Gebruiker.systeem("x")), "utrecht", inwoner));
        assertThat(web().vanInwoner(Namens.van(Gebruiker.systeem("gogo-shell")), "utrecht", inwoner))
                .as("het platform zelf mag, en wordt vastgelegd").isNotEmpty();
        assertThat(rapportregels()).anySatisfy(v -> assertThat(v.door()).isEqualTo("systeem:gogo-shell"));
    }

    @Test
    void theLogRecordsThroughWhichPluginDataWentAndNothingForThePlatformsOwnDoors() {
        Aanroeper standaard = ToegangFixture.plugin(STANDAARD_PLUGIN, Recht.CASUSSEN);
        new CasusServiceImpl(w.o.casussen, w.o.gemeenten, w.o.varianten, w.o.verwerkingen, standaard)
                .zoek(Namens.van(REGISSEUR, "Gelezen door de plug-in"), "utrecht", casus.id());
        new CasusServiceImpl(w.o.casussen, w.o.gemeenten, w.o.varianten, w.o.verwerkingen, Aanroeper.platform())
                .zoek(Namens.van(REGISSEUR, "Gelezen via REST"), "utrecht", casus.id());
        // a line the plug-in writes itself names it too: it cannot choose via
        plugin(Recht.CASUSSEN).leg(List.of(new NieuweVerwerking("utrecht", casus.id(), inwoner, Verwerking.LEZEN,
                "casus", "u-regisseur", "casusregisseur", "Eigen regel van de plug-in", null)));

        List<Verwerking> regels = w.o.verwerkingen.vanInwoner("utrecht", inwoner);
        assertThat(regels).filteredOn(v -> v.doel().equals("Gelezen door de plug-in")).singleElement()
                .extracting(Verwerking::via).isEqualTo("nl.doorbraak.plugin.standaard");
        assertThat(regels).filteredOn(v -> v.doel().equals("Eigen regel van de plug-in")).singleElement()
                .extracting(Verwerking::via).isEqualTo("nl.doorbraak.plugin.standaard");
        assertThat(regels).filteredOn(v -> v.doel().equals("Gelezen via REST")).singleElement()
                .extracting(Verwerking::via).isNull();
        assertThat(regels).filteredOn(v -> v.doel().equals("Casus bekijken")).isNotEmpty()
                .allSatisfy(v -> assertThat(v.via()).isNull());
    }

    @Test
    void withoutTheLogNoReport() {
        VerwerkingenLog s = dienst(Aanroeper.platform(), SCHIJF_VOL);
        assertZonderLogNiets(() -> s.vanInwoner(Namens.van(BEHEERDER), "utrecht", inwoner));
    }
}
