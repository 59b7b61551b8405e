package nl.doorbraak.core.bewaartermijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Wisresultaat;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.BewaartermijnService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.toegang.Aanroeper;

/**
 * The core decides who runs the bewaartermijn: the platform itself and the platformbeheerder for every gemeente or
 * one, a gemeentebeheerder for his own; the audittrail names who did.
 */
class BewaartermijnToegangTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static BewaartermijnService web;

    static final Gebruiker BEHEERDER = new Gebruiker("e-beheerder", "B", "eindhoven", Set.of(Rol.GEMEENTEBEHEERDER),
            Set.of());
    static final Gebruiker REGISSEUR = new Gebruiker("e-regisseur", "R", "eindhoven", Set.of(Rol.CASUSREGISSEUR),
            Set.of());
    static final Gebruiker ELDERS = new Gebruiker("u-beheerder", "U", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER),
            Set.of());
    static final Gebruiker PLATFORMBEHEERDER = new Gebruiker("p", "P", null, Set.of(Rol.PLATFORMBEHEERDER), Set.of());
    static final Gebruiker RIJK = new Gebruiker("rijk", "SZW", null, Set.of(Rol.RIJK), Set.of());
    static final Namens SYSTEEM = Namens.van(Gebruiker.systeem("gogo-shell"));

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        web = new BewaartermijnServiceImpl(o.bewaartermijn, o.gemeenten, Aanroeper.platform());
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    /** A casus of this gemeente, closed three years ago: past the default bewaartermijn of 24 months. */
    static Casus langGeledenAfgesloten(String gemeente) {
        Tafel t = o.tafel(gemeente, "Tafel " + System.nanoTime());
        Casus k = o.casussen.maak(gemeente, new NieuweCasus(t.id(), "Boete mevrouw De Boer", "Een CJIB-boete",
                new Inwoner(null, "J.d.B."), "schulden", List.of("CJIB"),
                Map.of("urgentie", "hoog", "aangebrachtDoor", "wijkteam")), "r");
        o.sql("UPDATE casus SET status = 'afgesloten', resultaat = 'terugverwezen', afgesloten = ? WHERE id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusMonths(36), k.id());
        return k;
    }

    @Test
    void aGemeentebeheerderWipesHisOwnGemeenteInHisName() {
        Casus k = langGeledenAfgesloten("eindhoven");
        Wisresultaat proef = web.voerUit(Namens.van(BEHEERDER), "eindhoven", true).get(0);
        assertThat(proef.gemeente()).isEqualTo("eindhoven");
        assertThat(proef.casussen()).isPositive();
        assertThat(o.casussen.zoek("eindhoven", k.id()).orElseThrow().titel()).isEqualTo("Boete mevrouw De Boer");

        assertThat(web.voerUit(Namens.van(BEHEERDER), "eindhoven", false)).extracting(Wisresultaat::casussen)
                .containsExactly(proef.casussen());
        assertThat(o.casussen.zoek("eindhoven", k.id()).orElseThrow().titel()).isEqualTo(BewaartermijnKern.GEWIST);
        // the audittrail names who ran it, as it named the 'door' before
        assertThat(o.tel("SELECT COUNT(*) FROM audit WHERE casus_id = ? AND actie = 'gewist' AND door = ?", k.id(),
                "e-beheerder")).isEqualTo(1);
    }

    @Test
    void anotherGemeenteIsNotFoundAndOtherRolesAreRefused() {
        Casus k = langGeledenAfgesloten("eindhoven");
        assertThatThrownBy(() -> web.voerUit(Namens.van(ELDERS), "eindhoven", false))
                .isInstanceOf(NietGevondenException.class).hasMessage("Gemeente 'eindhoven' niet gevonden.");
        assertThatThrownBy(() -> web.voerUit(Namens.van(REGISSEUR), "eindhoven", false))
                .isInstanceOf(GeenToegangException.class).hasMessage("Uw rol geeft geen toegang tot de bewaartermijn.");
        // every gemeente at once is the platform's
        assertThatThrownBy(() -> web.voerUit(Namens.van(BEHEERDER), null, true))
                .isInstanceOf(GeenToegangException.class)
                .hasMessage("Uw rol geeft geen toegang tot de bewaartermijn van alle gemeenten.");
        assertThatThrownBy(() -> web.voerUit(Namens.van(RIJK), "eindhoven", true))
                .isInstanceOf(GeenToegangException.class);
        assertThatThrownBy(() -> web.voerUit(Namens.van(RIJK), null, true)).isInstanceOf(GeenToegangException.class);
        assertThat(o.casussen.zoek("eindhoven", k.id()).orElseThrow().titel()).isEqualTo("Boete mevrouw De Boer");
    }

    @Test
    void thePlatformbeheerderAndThePlatformItselfRunItForEveryGemeenteOrOne() {
        assertThat(web.voerUit(Namens.van(PLATFORMBEHEERDER), null, true)).extracting(Wisresultaat::gemeente)
                .containsExactly("eindhoven", "leeuwarden", "utrecht");
        assertThat(web.voerUit(Namens.van(PLATFORMBEHEERDER), "utrecht", true)).extracting(Wisresultaat::gemeente)
                .containsExactly("utrecht");
        assertThatThrownBy(() -> web.voerUit(Namens.van(PLATFORMBEHEERDER), "nergens", true))
                .isInstanceOf(NietGevondenException.class).hasMessage("Gemeente 'nergens' niet gevonden.");
        Casus k = langGeledenAfgesloten("utrecht");
        assertThat(web.voerUit(SYSTEEM, null, false)).filteredOn(w -> w.gemeente().equals("utrecht"))
                .extracting(Wisresultaat::casussen).containsExactly(1);
        assertThat(o.casussen.zoek("utrecht", k.id()).orElseThrow().titel()).isEqualTo(BewaartermijnKern.GEWIST);
        assertThat(o.tel("SELECT COUNT(*) FROM audit WHERE casus_id = ? AND actie = 'gewist' AND door = ?", k.id(),
                "systeem:gogo-shell")).isEqualTo(1);
    }

    @Test
    void aPluginWithTheRightActsForAUserAndAsThePlatformOnlyWithPlatform() {
        PluginRechten bewaartermijn = new PluginRechten("nl.archief.plugin", "1.0.0", Set.of(Recht.BEWAARTERMIJN),
                Set.of(Recht.BEWAARTERMIJN), List.of());
        BewaartermijnService plugin = new BewaartermijnServiceImpl(o.bewaartermijn, o.gemeenten,
                Aanroeper.plugin("nl.archief.plugin", bewaartermijn));
        assertThatThrownBy(() -> plugin.voerUit(SYSTEEM, null, true)).isInstanceOf(GeenToegangException.class);
        assertThatThrownBy(() -> plugin.voerUit(Namens.van(ELDERS), "eindhoven", true))
                .isInstanceOf(NietGevondenException.class);
        assertThat(plugin.voerUit(Namens.van(BEHEERDER), "eindhoven", true)).hasSize(1);

        PluginRechten platform = new PluginRechten("nl.archief.plugin", "1.0.0",
                Set.of(Recht.BEWAARTERMIJN, Recht.PLATFORM), Set.of(Recht.BEWAARTERMIJN, Recht.PLATFORM), List.of());
        BewaartermijnService verleend = new BewaartermijnServiceImpl(o.bewaartermijn, o.gemeenten,
                Aanroeper.plugin("nl.archief.plugin", platform));
        assertThat(verleend.voerUit(SYSTEEM, null, true)).hasSize(3);
    }
}
