package nl.doorbraak.core.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.toegang.Aanroeper;

/**
 * Who sees which gemeente: his own, the platformbeheerder and the platform itself all of them; without Namens a
 * plug-in only the gemeenten that use one of its variants.
 */
class GemeenteToegangTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static GemeenteService web;

    static final Gebruiker REGISSEUR = new Gebruiker("u-regisseur", "R", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of());
    static final Gebruiker PLATFORMBEHEERDER = new Gebruiker("p", "P", null, Set.of(Rol.PLATFORMBEHEERDER), Set.of());
    static final Gebruiker RIJK = new Gebruiker("rijk", "SZW", null, Set.of(Rol.RIJK), Set.of());
    static final Namens SYSTEEM = Namens.van(Gebruiker.systeem("gogo-shell"));
    static final PluginRechten GEEN = new PluginRechten("nl.vreemd.plugin", "1.0.0", Set.of(), Set.of(), List.of());

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        o.varianten.aanmelden(new TestVariant("vreemd", 1), 2, 0, "nl.vreemd.plugin", "1.0.0");
        o.gemeente("zwolle", "Gemeente Zwolle", "standaard,vreemd");
        web = new GemeenteServiceImpl(o.gemeenten, o.varianten, Aanroeper.platform());
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static List<String> ids(List<Gemeente> l) {
        return l.stream().map(Gemeente::id).toList();
    }

    @Test
    void aUserSeesHisOwnGemeenteAndAnotherIsEmptyAsIfItDidNotExist() {
        assertThat(ids(web.zichtbaar(Namens.van(REGISSEUR)))).containsExactly("utrecht");
        assertThat(web.zoek(Namens.van(REGISSEUR), "utrecht")).map(Gemeente::naam).contains("Gemeente Utrecht");
        assertThat(web.zoek(Namens.van(REGISSEUR), "leeuwarden")).isEmpty();
        assertThat(web.zoek(Namens.van(REGISSEUR), "nergens")).isEmpty();
        assertThat(web.zoek(Namens.van(REGISSEUR), null)).isEmpty();
        // Rijk belongs to no gemeente: none, as GET /api/gemeenten answered
        assertThat(web.zichtbaar(Namens.van(RIJK))).isEmpty();
        assertThat(web.zoek(Namens.van(RIJK), "utrecht")).isEmpty();
    }

    @Test
    void thePlatformbeheerderAndThePlatformItselfSeeEveryGemeente() {
        assertThat(ids(web.zichtbaar(Namens.van(PLATFORMBEHEERDER))))
                .containsExactly("eindhoven", "leeuwarden", "utrecht", "zwolle");
        assertThat(web.zoek(Namens.van(PLATFORMBEHEERDER), "leeuwarden")).isPresent();
        assertThat(ids(web.zichtbaar(SYSTEEM))).containsExactly("eindhoven", "leeuwarden", "utrecht", "zwolle");
        assertThat(ids(web.alle())).containsExactly("eindhoven", "leeuwarden", "utrecht", "zwolle");
        assertThat(web.zoek("leeuwarden")).isPresent();
    }

    @Test
    void aPluginWithoutNamensSeesOnlyTheGemeentenThatUseItsVariant() {
        GemeenteService vreemd = new GemeenteServiceImpl(o.gemeenten, o.varianten,
                Aanroeper.plugin("nl.vreemd.plugin", GEEN));
        assertThat(ids(vreemd.alle())).containsExactly("zwolle");
        assertThat(vreemd.zoek("zwolle")).isPresent();
        assertThat(vreemd.zoek("utrecht")).isEmpty();
        // a plug-in without a variant serves no gemeente
        GemeenteService zonder = new GemeenteServiceImpl(o.gemeenten, o.varianten,
                Aanroeper.plugin("nl.zonder.variant", GEEN));
        assertThat(zonder.alle()).isEmpty();
        assertThat(zonder.zoek("zwolle")).isEmpty();
        // on a user's behalf it sees what the user sees, no more
        assertThat(ids(vreemd.zichtbaar(Namens.van(REGISSEUR)))).containsExactly("utrecht");
        assertThat(vreemd.zoek(Namens.van(REGISSEUR), "zwolle")).isEmpty();
    }

    @Test
    void aPluginAsksInTheNameOfThePlatformOnlyWithTheRightPlatform() {
        GemeenteService vreemd = new GemeenteServiceImpl(o.gemeenten, o.varianten,
                Aanroeper.plugin("nl.vreemd.plugin", GEEN));
        assertThatThrownBy(() -> vreemd.zichtbaar(SYSTEEM)).isInstanceOf(GeenToegangException.class);
        assertThatThrownBy(() -> vreemd.zoek(SYSTEEM, "utrecht")).isInstanceOf(GeenToegangException.class);
        PluginRechten platform = new PluginRechten("nl.vreemd.plugin", "1.0.0", Set.of(Recht.PLATFORM),
                Set.of(Recht.PLATFORM), List.of());
        GemeenteService verleend = new GemeenteServiceImpl(o.gemeenten, o.varianten,
                Aanroeper.plugin("nl.vreemd.plugin", platform));
        assertThat(ids(verleend.zichtbaar(SYSTEEM))).containsExactly("eindhoven", "leeuwarden", "utrecht", "zwolle");
        assertThat(ids(verleend.alle())).containsExactly("eindhoven", "leeuwarden", "utrecht", "zwolle");
    }
}
