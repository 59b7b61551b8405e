package nl.doorbraak.core.privacy;

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

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.NieuweVerwerking;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.VerwerkingenLog;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.casus.CasusServiceImpl;
import nl.doorbraak.core.toegang.Aanroeper;

/** Only a gemeentebeheerder reads an inwoner's verwerkingenrapport, and reading it is itself a verwerking. */
class VerwerkingenrapportToegangTest {

    static final Gebruiker BEHEERDER = new Gebruiker("u-beheerder", "B", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER),
            Set.of());
    static final Gebruiker REGISSEUR = new Gebruiker("u-regisseur", "R", "utrecht", Set.of(Rol.CASUSREGISSEUR),
            Set.of());
    static final Gebruiker ELDERS = new Gebruiker("l-beheerder", "L", "leeuwarden", Set.of(Rol.GEMEENTEBEHEERDER),
            Set.of());

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static Casus casus;
    static String inwoner;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        Tafel t = o.tafel("utrecht", "Tafel Noord");
        casus = o.casussen.maak("utrecht", new NieuweCasus(t.id(), "Stapeling", "Schulden bij DUO",
                new Inwoner(null, "A.B."), "geld", List.of("DUO"), Map.of("urgentie", "hoog")), "test");
        inwoner = casus.inwoner().pseudoniem();
        o.verwerkingen.leg(List.of(new NieuweVerwerking("utrecht", casus.id(), inwoner, Verwerking.LEZEN, "casus",
                "u-regisseur", "casusregisseur", "Casus bekijken", null)));
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static VerwerkingenLog dienst(Aanroeper aanroeper, VerwerkingenSchrijver schrijver) {
        return new VerwerkingenLogServiceImpl(o.verwerkingen, schrijver, o.gemeenten, aanroeper);
    }

    static VerwerkingenLog web() {
        return dienst(Aanroeper.platform(), o.verwerkingen);
    }

    static VerwerkingenLog plugin(Recht... rechten) {
        PluginRechten r = new PluginRechten("nl.doorbraak.plugin.standaard", "1.0.0", Set.of(rechten),
                Set.of(rechten), List.of());
        return dienst(Aanroeper.plugin("nl.doorbraak.plugin.standaard", r), o.verwerkingen);
    }

    static List<Verwerking> rapportregels() {
        return o.verwerkingen.vanInwoner("utrecht", inwoner).stream()
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
        assertThatThrownBy(() -> s.vanInwoner(Namens.van(ELDERS), "utrecht", inwoner))
                .isInstanceOf(NietGevondenException.class).hasMessage("Gemeente 'utrecht' niet gevonden.");
        assertThatThrownBy(() -> s.vanInwoner(Namens.van(REGISSEUR), "utrecht", inwoner))
                .isInstanceOf(GeenToegangException.class)
                .hasMessage("Uw rol geeft geen toegang tot het verwerkingenrapport.");
        assertThatThrownBy(() -> s.vanInwoner(Namens.van(BEHEERDER), "bestaat-niet", inwoner))
                .isInstanceOf(NietGevondenException.class);
        assertThat(rapportregels()).as("geen rapport, geen regel").hasSize(voor);
    }

    @Test
    void aPluginNeedsCasussenAlleAndCannotActAsThePlatform() {
        assertThatThrownBy(() -> plugin(Recht.CASUSSEN).vanInwoner(Namens.van(BEHEERDER), "utrecht", inwoner))
                .isInstanceOf(GeenToegangException.class);
        assertThat(plugin(Recht.CASUSSEN, Recht.CASUSSEN_ALLE).vanInwoner(Namens.van(BEHEERDER, "Inzage via de "
                + "plug-in"), "utrecht", inwoner)).isNotEmpty();
        assertThatThrownBy(() -> plugin(Recht.CASUSSEN, Recht.CASUSSEN_ALLE)
                .vanInwoner(Namens.van(Gebruiker.systeem("x")), "utrecht", inwoner))
                .isInstanceOf(GeenToegangException.class);
        assertThat(web().vanInwoner(Namens.van(Gebruiker.systeem("gogo-shell")), "utrecht", inwoner))
                .as("het platform zelf mag, en wordt vastgelegd").isNotEmpty();
        assertThat(rapportregels()).anySatisfy(v -> assertThat(v.door()).isEqualTo("systeem:gogo-shell"));
    }

    @Test
    void theLogRecordsThroughWhichPluginDataWentAndNothingForThePlatformsOwnDoors() {
        PluginRechten r = new PluginRechten("nl.doorbraak.plugin.standaard", "1.0.0", Set.of(Recht.CASUSSEN),
                Set.of(Recht.CASUSSEN), List.of());
        Aanroeper standaard = Aanroeper.plugin("nl.doorbraak.plugin.standaard", r);
        new CasusServiceImpl(o.casussen, o.gemeenten, o.varianten, o.verwerkingen, standaard)
                .zoek(Namens.van(REGISSEUR, "Gelezen door de plug-in"), "utrecht", casus.id());
        new CasusServiceImpl(o.casussen, o.gemeenten, o.varianten, o.verwerkingen, Aanroeper.platform())
                .zoek(Namens.van(REGISSEUR, "Gelezen via REST"), "utrecht", casus.id());
        // a line the plug-in writes itself names it too: it cannot choose via
        plugin(Recht.CASUSSEN).leg(List.of(new NieuweVerwerking("utrecht", casus.id(), inwoner, Verwerking.LEZEN,
                "casus", "u-regisseur", "casusregisseur", "Eigen regel van de plug-in", null)));

        List<Verwerking> regels = o.verwerkingen.vanInwoner("utrecht", inwoner);
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
        VerwerkingenLog s = dienst(Aanroeper.platform(), (regels, via) -> {
            throw new IllegalStateException("schijf vol");
        });
        assertThatThrownBy(() -> s.vanInwoner(Namens.van(BEHEERDER), "utrecht", inwoner))
                .hasMessageContaining("schijf vol");
    }
}
