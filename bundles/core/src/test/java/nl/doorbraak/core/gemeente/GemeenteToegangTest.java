package nl.doorbraak.core.gemeente;

import static nl.doorbraak.core.ToegangFixture.PLATFORMBEHEERDER;
import static nl.doorbraak.core.ToegangFixture.REGISSEUR;
import static nl.doorbraak.core.ToegangFixture.RIJK;
import static nl.doorbraak.core.ToegangFixture.SYSTEEM;
import static nl.doorbraak.core.ToegangFixture.VREEMDE_PLUGIN;
import static nl.doorbraak.core.ToegangFixture.assertGeweigerd;
import static nl.doorbraak.core.ToegangFixture.plugin;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.TestOnderdeel;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.ToegangFixture;
import nl.doorbraak.core.toegang.Aanroeper;

/**
 * Who sees which gemeente: his own, the platformbeheerder and the platform itself all of them; without Namens a
 * plug-in only the gemeenten that use one of its variants.
 */
class GemeenteToegangTest {

    @RegisterExtension
    static final ToegangFixture w = new ToegangFixture().metStandaardVariant();
    static GemeenteService web;

    @BeforeAll
    static void start() {
        w.o.varianten.aanmelden(new TestVariant("vreemd", 1), 2, 0, VREEMDE_PLUGIN, "1.0.0");
        w.o.gemeente("zwolle", "Gemeente Zwolle", "standaard,vreemd");
        web = dienst(Aanroeper.platform());
    }

    static GemeenteService dienst(Aanroeper aanroeper) {
        return new GemeenteServiceImpl(w.o.gemeenten, w.o.varianten, aanroeper);
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
        GemeenteService vreemd = dienst(plugin(VREEMDE_PLUGIN));
        assertThat(ids(vreemd.alle())).containsExactly("zwolle");
        assertThat(vreemd.zoek("zwolle")).isPresent();
        assertThat(vreemd.zoek("utrecht")).isEmpty();
        // a plug-in without a variant serves no gemeente
        PluginRechten geen = new PluginRechten(VREEMDE_PLUGIN, "1.0.0", Set.of(), Set.of(), List.of());
        GemeenteService zonder = dienst(Aanroeper.plugin("nl.zonder.variant", geen));
        assertThat(zonder.alle()).isEmpty();
        assertThat(zonder.zoek("zwolle")).isEmpty();
        // on a user's behalf it sees what the user sees, no more
        assertThat(ids(vreemd.zichtbaar(Namens.van(REGISSEUR)))).containsExactly("utrecht");
        assertThat(vreemd.zoek(Namens.van(REGISSEUR), "zwolle")).isEmpty();
    }

    @Test
    void aPluginAsksInTheNameOfThePlatformOnlyWithTheRightPlatform() {
        GemeenteService vreemd = dienst(plugin(VREEMDE_PLUGIN));
        assertGeweigerd(() -> vreemd.zichtbaar(SYSTEEM));
        assertGeweigerd(() -> vreemd.zoek(SYSTEEM, "utrecht"));
        GemeenteService verleend = dienst(plugin(VREEMDE_PLUGIN, Recht.PLATFORM));
        assertThat(ids(verleend.zichtbaar(SYSTEEM))).containsExactly("eindhoven", "leeuwarden", "utrecht", "zwolle");
        assertThat(ids(verleend.alle())).containsExactly("eindhoven", "leeuwarden", "utrecht", "zwolle");
    }

    @Test
    void aPluginWhoseOnderdeelAGemeenteSwitchedOnSeesThatGemeenteWhileItProvidesIt() {
        String knop = "nl.doorbraak.plugin.citydeal.rodeknop";
        GemeenteService plugin = dienst(plugin(knop));
        w.o.gemeente("leeuwarden", "Gemeente Leeuwarden", "standaard,rodeknop");
        try {
            assertThat(plugin.alle()).as("nog geen onderdeel").isEmpty();
            w.o.varianten.aanmeldenOnderdeel(TestOnderdeel.rodeknop(), 30, 0, knop, "1.0.0");
            assertThat(ids(plugin.alle())).containsExactly("leeuwarden");
            assertThat(plugin.zoek("leeuwarden")).isPresent();
            assertThat(plugin.zoek("utrecht")).isEmpty();
            w.o.varianten.afmeldenOnderdeel(30);
            assertThat(plugin.alle()).isEmpty();
            assertThat(plugin.zoek("leeuwarden")).isEmpty();
        } finally {
            w.o.varianten.afmeldenOnderdeel(30);
            w.o.gemeente("leeuwarden", "Gemeente Leeuwarden", "standaard");
        }
    }
}
