package nl.doorbraak.core.rapportage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Rapportage;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.RapportageService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.toegang.Aanroeper;

/**
 * The core decides who reads the figures, as the REST API always answered: a gemeente's for its gemeentebeheerder and
 * casusregisseur (without a gemeente 403 first, another gemeente 404, then the role), the platform's for the
 * platformbeheerder.
 */
class RapportageToegangTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static RapportageKern kern;
    static RapportageService web;

    static final Gebruiker BEHEERDER = new Gebruiker("u-beheerder", "B", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER), Set.of());
    static final Gebruiker REGISSEUR = new Gebruiker("u-regisseur", "R", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of());
    static final Gebruiker TAFELLID = new Gebruiker("u-tafellid", "T", "utrecht", Set.of(Rol.TAFELLID), Set.of("t1"));
    static final Gebruiker PLATFORMBEHEERDER = new Gebruiker("p", "P", null, Set.of(Rol.PLATFORMBEHEERDER), Set.of());
    static final Gebruiker ELDERS = new Gebruiker("l-regisseur", "L", "leeuwarden", Set.of(Rol.CASUSREGISSEUR),
            Set.of());
    static final Namens SYSTEEM = Namens.van(Gebruiker.systeem("gogo-shell"));

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        kern = new RapportageKern(o.db, o.gemeenten);
        web = new RapportageServiceImpl(kern, o.gemeenten, Aanroeper.platform());
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    @Test
    void theGemeentebeheerderAndTheCasusregisseurReadTheirGemeentesFigures() {
        assertThat(web.rapportage(Namens.van(BEHEERDER), "utrecht", 2025, null).gemeente()).isEqualTo("utrecht");
        assertThat(web.rapportage(Namens.van(REGISSEUR), "utrecht", 2024, null).jaar()).isEqualTo(2024);
        // bad input is still the kern's answer, after the access checks
        assertThatThrownBy(() -> web.rapportage(Namens.van(REGISSEUR), "utrecht", 1999, null))
                .isInstanceOf(OngeldigeInvoerException.class);
    }

    @Test
    void aTafellidIsRefusedAndAnotherGemeenteIsNotFoundBeforeItsYearIsChecked() {
        assertThatThrownBy(() -> web.rapportage(Namens.van(TAFELLID), "utrecht", 2025, null))
                .isInstanceOf(GeenToegangException.class).hasMessage("Uw rol geeft geen toegang tot de rapportage.");
        assertThatThrownBy(() -> web.rapportage(Namens.van(ELDERS), "utrecht", 1999, null))
                .isInstanceOf(NietGevondenException.class).hasMessage("Gemeente 'utrecht' niet gevonden.");
        assertThatThrownBy(() -> web.rapportage(Namens.van(REGISSEUR), "nergens", 2025, null))
                .isInstanceOf(NietGevondenException.class).hasMessage("Gemeente 'nergens' niet gevonden.");
    }

    @Test
    void thePlatformbeheerderReadsOnlyThePlatformsFiguresAndNobodyElseDoes() {
        // his role gives a gemeente's figures nowhere: 403, whether the gemeente exists or not
        assertThatThrownBy(() -> web.rapportage(Namens.van(PLATFORMBEHEERDER), "utrecht", 2025, null))
                .isInstanceOf(GeenToegangException.class).hasMessage("Uw rol geeft geen toegang tot de rapportage.");
        assertThatThrownBy(() -> web.rapportage(Namens.van(PLATFORMBEHEERDER), "nergens", 2025, null))
                .isInstanceOf(GeenToegangException.class);
        assertThat(web.platform(Namens.van(PLATFORMBEHEERDER), 2025)).extracting(Rapportage.Totalen::gemeente)
                .containsExactly("eindhoven", "leeuwarden", "utrecht");
        for (Gebruiker g : List.of(BEHEERDER, REGISSEUR, TAFELLID)) {
            assertThatThrownBy(() -> web.platform(Namens.van(g), 2025)).isInstanceOf(GeenToegangException.class)
                    .hasMessage("Uw rol geeft geen toegang tot de rapportage over alle gemeenten.");
        }
    }

    @Test
    void thePlatformItselfReadsBothButAPluginOnlyAsTheUserItActsFor() {
        assertThat(web.rapportage(SYSTEEM, "leeuwarden", 2025, null).gemeente()).isEqualTo("leeuwarden");
        assertThat(web.platform(SYSTEEM, 2025)).hasSize(3);

        PluginRechten geen = new PluginRechten("nl.vreemd.plugin", "1.0.0", Set.of(), Set.of(), List.of());
        RapportageService vreemd = new RapportageServiceImpl(kern, o.gemeenten,
                Aanroeper.plugin("nl.vreemd.plugin", geen));
        assertThatThrownBy(() -> vreemd.rapportage(SYSTEEM, "utrecht", 2025, null))
                .isInstanceOf(GeenToegangException.class);
        assertThatThrownBy(() -> vreemd.platform(SYSTEEM, 2025)).isInstanceOf(GeenToegangException.class);
        assertThat(vreemd.rapportage(Namens.van(REGISSEUR), "utrecht", 2025, null).gemeente()).isEqualTo("utrecht");
        assertThatThrownBy(() -> vreemd.rapportage(Namens.van(REGISSEUR), "leeuwarden", 2025, null))
                .isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> vreemd.platform(Namens.van(REGISSEUR), 2025))
                .isInstanceOf(GeenToegangException.class);

        PluginRechten platform = new PluginRechten("nl.vreemd.plugin", "1.0.0", Set.of(Recht.PLATFORM),
                Set.of(Recht.PLATFORM), List.of());
        RapportageService verleend = new RapportageServiceImpl(kern, o.gemeenten,
                Aanroeper.plugin("nl.vreemd.plugin", platform));
        assertThat(verleend.platform(SYSTEEM, 2025)).hasSize(3);
    }
}
