package nl.doorbraak.core.rapportage;

import static nl.doorbraak.core.ToegangFixture.BEHEERDER;
import static nl.doorbraak.core.ToegangFixture.ELDERS;
import static nl.doorbraak.core.ToegangFixture.PLATFORMBEHEERDER;
import static nl.doorbraak.core.ToegangFixture.REGISSEUR;
import static nl.doorbraak.core.ToegangFixture.SYSTEEM;
import static nl.doorbraak.core.ToegangFixture.VREEMDE_PLUGIN;
import static nl.doorbraak.core.ToegangFixture.assertGemeenteNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeweigerd;
import static nl.doorbraak.core.ToegangFixture.assertNietGevonden;
import static nl.doorbraak.core.ToegangFixture.plugin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.doorbraak.api.domein.Rapportage;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.RapportageService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.ToegangFixture;
import nl.doorbraak.core.toegang.Aanroeper;

/**
 * The core decides who reads the figures, as the REST API always answered: a gemeente's for its gemeentebeheerder and
 * casusregisseur (without a gemeente 403 first, another gemeente 404, then the role), the platform's for the
 * platformbeheerder.
 */
class RapportageToegangTest {

    /** A tafellid of a tafel that need not exist: the rapportage asks only for the role. */
    static final Gebruiker TAFELLID = new Gebruiker("u-tafellid", "T", "utrecht", Set.of(Rol.TAFELLID), Set.of("t1"));

    @RegisterExtension
    static final ToegangFixture w = new ToegangFixture();
    static RapportageKern kern;
    static RapportageService web;

    @BeforeAll
    static void start() {
        kern = new RapportageKern(w.o.db, w.o.gemeenten);
        web = dienst(Aanroeper.platform());
    }

    static RapportageService dienst(Aanroeper aanroeper) {
        return new RapportageServiceImpl(kern, w.o.gemeenten, aanroeper);
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
        assertGeweigerd("Uw rol geeft geen toegang tot de rapportage.",
                () -> web.rapportage(Namens.van(TAFELLID), "utrecht", 2025, null));
        assertGemeenteNietGevonden("utrecht", () -> web.rapportage(Namens.van(ELDERS), "utrecht", 1999, null));
        assertGemeenteNietGevonden("nergens", () -> web.rapportage(Namens.van(REGISSEUR), "nergens", 2025, null));
    }

    @Test
    void thePlatformbeheerderReadsOnlyThePlatformsFiguresAndNobodyElseDoes() {
        // his role gives a gemeente's figures nowhere: 403, whether the gemeente exists or not
        assertGeweigerd("Uw rol geeft geen toegang tot de rapportage.",
                () -> web.rapportage(Namens.van(PLATFORMBEHEERDER), "utrecht", 2025, null));
        assertGeweigerd(() -> web.rapportage(Namens.van(PLATFORMBEHEERDER), "nergens", 2025, null));
        assertThat(web.platform(Namens.van(PLATFORMBEHEERDER), 2025)).extracting(Rapportage.Totalen::gemeente)
                .containsExactly("eindhoven", "leeuwarden", "utrecht");
        for (Gebruiker g : List.of(BEHEERDER, REGISSEUR, TAFELLID)) {
            assertGeweigerd("Uw rol geeft geen toegang tot de rapportage over alle gemeenten.",
                    () -> web.platform(Namens.van(g), 2025));
        }
    }

    @Test
    void thePlatformItselfReadsBothButAPluginOnlyAsTheUserItActsFor() {
        assertThat(web.rapportage(SYSTEEM, "leeuwarden", 2025, null).gemeente()).isEqualTo("leeuwarden");
        assertThat(web.platform(SYSTEEM, 2025)).hasSize(3);

        RapportageService vreemd = dienst(plugin(VREEMDE_PLUGIN));
        assertGeweigerd(() -> vreemd.rapportage(SYSTEEM, "utrecht", 2025, null));
        assertGeweigerd(() -> vreemd.platform(SYSTEEM, 2025));
        assertThat(vreemd.rapportage(Namens.van(REGISSEUR), "utrecht", 2025, null).gemeente()).isEqualTo("utrecht");
        assertNietGevonden(() -> vreemd.rapportage(Namens.van(REGISSEUR), "leeuwarden", 2025, null));
        assertGeweigerd(() -> vreemd.platform(Namens.van(REGISSEUR), 2025));

        RapportageService verleend = dienst(plugin(VREEMDE_PLUGIN, Recht.PLATFORM));
        assertThat(verleend.platform(SYSTEEM, 2025)).hasSize(3);
    }
}
