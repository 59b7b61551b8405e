package nl.doorbraak.core.tafel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.TafelService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.toegang.Aanroeper;

/** The core decides who reads and who keeps the tafels: gemeente first (404), then the role (403). */
class TafelToegangTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static TafelService web;

    static final Gebruiker BEHEERDER = new Gebruiker("u-beheerder", "B", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER), Set.of());
    static final Gebruiker REGISSEUR = new Gebruiker("u-regisseur", "R", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of());
    static final Gebruiker TRANSFORMAATJE = new Gebruiker("u-tf", "T", "utrecht", Set.of(Rol.TRANSFORMAATJE), Set.of());
    static final Gebruiker PLATFORMBEHEERDER = new Gebruiker("p", "P", null, Set.of(Rol.PLATFORMBEHEERDER), Set.of());
    static final Gebruiker ELDERS = new Gebruiker("l-beheerder", "L", "leeuwarden", Set.of(Rol.GEMEENTEBEHEERDER),
            Set.of());

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        web = new TafelServiceImpl(o.tafels, o.gemeenten, Aanroeper.platform());
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static NieuweTafel tafel(String naam) {
        return new NieuweTafel(naam, "standaard", List.of(new Deelnemer("Marieke de Vries", "woningcorporatie",
                null, null)));
    }

    @Test
    void theGemeentebeheerderKeepsTafelsInHisNameAndWhoWorksAtTafelsReadsThem() {
        Tafel t = web.maak(Namens.van(BEHEERDER), "utrecht", tafel("Tafel Noord"));
        Tafel w = web.wijzig(Namens.van(BEHEERDER), "utrecht", t.id(), t.versie(), tafel("Tafel Noord-Oost"));
        assertThat(web.zoek(Namens.van(TRANSFORMAATJE), "utrecht", t.id())).contains(w);
        assertThat(web.lijst(Namens.van(REGISSEUR), "utrecht", 1, 100).results()).extracting(Tafel::id)
                .contains(t.id());
        assertThat(web.metContact(Namens.van(REGISSEUR), "utrecht", "onbekend")).isEmpty();
    }

    @Test
    void aCasusregisseurDoesNotKeepTafelsAndAnotherGemeenteIsNotFoundEvenWithoutOne() {
        assertThatThrownBy(() -> web.maak(Namens.van(REGISSEUR), "utrecht", tafel("Tafel Zuid")))
                .isInstanceOf(GeenToegangException.class).hasMessage("Uw rol geeft geen toegang tot het beheer van tafels.");
        assertThat(o.tafels.lijst("utrecht", 1, 100).results()).extracting(Tafel::naam).doesNotContain("Tafel Zuid");
        assertThatThrownBy(() -> web.lijst(Namens.van(ELDERS), "utrecht", 1, 10))
                .isInstanceOf(NietGevondenException.class).hasMessage("Gemeente 'utrecht' niet gevonden.");
        assertThatThrownBy(() -> web.lijst(Namens.van(PLATFORMBEHEERDER), "utrecht", 1, 10))
                .isInstanceOf(NietGevondenException.class).hasMessage("Gemeente 'utrecht' niet gevonden.");
    }

    @Test
    void aPluginMakesTafelsAsThePlatformOnlyWithTheRightPlatform() {
        PluginRechten geen = new PluginRechten("nl.vreemd.plugin", "1.0.0", Set.of(), Set.of(), List.of());
        TafelService vreemd = new TafelServiceImpl(o.tafels, o.gemeenten, Aanroeper.plugin("nl.vreemd.plugin", geen));
        Namens systeem = Namens.van(Gebruiker.systeem("osgi-test"));
        assertThatThrownBy(() -> vreemd.maak(systeem, "utrecht", tafel("Tafel West")))
                .isInstanceOf(GeenToegangException.class);
        PluginRechten platform = new PluginRechten("nl.vreemd.plugin", "1.0.0", Set.of(Recht.PLATFORM),
                Set.of(Recht.PLATFORM), List.of());
        TafelService verleend = new TafelServiceImpl(o.tafels, o.gemeenten,
                Aanroeper.plugin("nl.vreemd.plugin", platform));
        assertThat(verleend.maak(systeem, "utrecht", tafel("Tafel West")).naam()).isEqualTo("Tafel West");
    }
}
