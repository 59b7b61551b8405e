package nl.doorbraak.core.bewaartermijn;

import static nl.doorbraak.core.ToegangFixture.PLATFORMBEHEERDER;
import static nl.doorbraak.core.ToegangFixture.RIJK;
import static nl.doorbraak.core.ToegangFixture.SYSTEEM;
import static nl.doorbraak.core.ToegangFixture.assertGemeenteNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeweigerd;
import static nl.doorbraak.core.ToegangFixture.assertNietGevonden;
import static nl.doorbraak.core.ToegangFixture.gebruiker;
import static nl.doorbraak.core.ToegangFixture.plugin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Wisresultaat;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.BewaartermijnService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.ToegangFixture;
import nl.doorbraak.core.toegang.Aanroeper;

/**
 * The core decides who runs the bewaartermijn: the platform itself and the platformbeheerder for every gemeente or
 * one, a gemeentebeheerder for his own; the audittrail names who did.
 */
class BewaartermijnToegangTest {

    // eindhoven's own people; utrecht's gemeentebeheerder is the one of another gemeente here
    static final Gebruiker BEHEERDER = gebruiker("e-beheerder", "eindhoven", Rol.GEMEENTEBEHEERDER);
    static final Gebruiker REGISSEUR = gebruiker("e-regisseur", "eindhoven", Rol.CASUSREGISSEUR);
    static final Gebruiker ELDERS = ToegangFixture.BEHEERDER;

    @RegisterExtension
    static final ToegangFixture w = new ToegangFixture().metStandaardVariant();
    static BewaartermijnService web;

    @BeforeAll
    static void start() {
        web = dienst(Aanroeper.platform());
    }

    static BewaartermijnService dienst(Aanroeper aanroeper) {
        return new BewaartermijnServiceImpl(w.o.bewaartermijn, w.o.gemeenten, aanroeper);
    }

    /** A casus of this gemeente, closed three years ago: past the default bewaartermijn of 24 months. */
    static Casus langGeledenAfgesloten(String gemeente) {
        Tafel t = w.o.tafel(gemeente, "Tafel " + System.nanoTime());
        Casus k = w.o.casussen.maak(gemeente, new NieuweCasus(t.id(), "Boete mevrouw De Boer", "Een CJIB-boete",
                new Inwoner(null, "J.d.B."), "schulden", List.of("CJIB"),
                Map.of("urgentie", "hoog", "aangebrachtDoor", "wijkteam")), "r");
        w.o.sql("UPDATE casus SET status = 'afgesloten', resultaat = 'terugverwezen', afgesloten = ? WHERE id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusMonths(36), k.id());
        return k;
    }

    @Test
    void aGemeentebeheerderWipesHisOwnGemeenteInHisName() {
        Casus k = langGeledenAfgesloten("eindhoven");
        Wisresultaat proef = web.voerUit(Namens.van(BEHEERDER), "eindhoven", true).get(0);
        assertThat(proef.gemeente()).isEqualTo("eindhoven");
        assertThat(proef.casussen()).isPositive();
        assertThat(w.o.casussen.zoek("eindhoven", k.id()).orElseThrow().titel()).isEqualTo("Boete mevrouw De Boer");

        assertThat(web.voerUit(Namens.van(BEHEERDER), "eindhoven", false)).extracting(Wisresultaat::casussen)
                .containsExactly(proef.casussen());
        assertThat(w.o.casussen.zoek("eindhoven", k.id()).orElseThrow().titel()).isEqualTo(BewaartermijnKern.GEWIST);
        // the audittrail names who ran it, as it named the 'door' before
        assertThat(w.o.tel("SELECT COUNT(*) FROM audit WHERE casus_id = ? AND actie = 'gewist' AND door = ?", k.id(),
                "e-beheerder")).isEqualTo(1);
    }

    @Test
    void anotherGemeenteIsNotFoundAndOtherRolesAreRefused() {
        Casus k = langGeledenAfgesloten("eindhoven");
        assertGemeenteNietGevonden("eindhoven", () -> web.voerUit(Namens.van(ELDERS), "eindhoven", false));
        assertGeweigerd("Uw rol geeft geen toegang tot de bewaartermijn.",
                () -> web.voerUit(Namens.van(REGISSEUR), "eindhoven", false));
        // every gemeente at once is the platform's
        assertGeweigerd("Uw rol geeft geen toegang tot de bewaartermijn van alle gemeenten.",
                () -> web.voerUit(Namens.van(BEHEERDER), null, true));
        assertGeweigerd(() -> web.voerUit(Namens.van(RIJK), "eindhoven", true));
        assertGeweigerd(() -> web.voerUit(Namens.van(RIJK), null, true));
        assertThat(w.o.casussen.zoek("eindhoven", k.id()).orElseThrow().titel()).isEqualTo("Boete mevrouw De Boer");
    }

    @Test
    void thePlatformbeheerderAndThePlatformItselfRunItForEveryGemeenteOrOne() {
        assertThat(web.voerUit(Namens.van(PLATFORMBEHEERDER), null, true)).extracting(Wisresultaat::gemeente)
                .containsExactly("eindhoven", "leeuwarden", "utrecht");
        assertThat(web.voerUit(Namens.van(PLATFORMBEHEERDER), "utrecht", true)).extracting(Wisresultaat::gemeente)
                .containsExactly("utrecht");
        assertGemeenteNietGevonden("nergens", () -> web.voerUit(Namens.van(PLATFORMBEHEERDER), "nergens", true));
        Casus k = langGeledenAfgesloten("utrecht");
        assertThat(web.voerUit(SYSTEEM, null, false)).filteredOn(w -> w.gemeente().equals("utrecht"))
                .extracting(Wisresultaat::casussen).containsExactly(1);
        assertThat(w.o.casussen.zoek("utrecht", k.id()).orElseThrow().titel()).isEqualTo(BewaartermijnKern.GEWIST);
        assertThat(w.o.tel("SELECT COUNT(*) FROM audit WHERE casus_id = ? AND actie = 'gewist' AND door = ?", k.id(),
                "systeem:gogo-shell")).isEqualTo(1);
    }

    @Test
    void aPluginWithTheRightActsForAUserAndAsThePlatformOnlyWithPlatform() {
        BewaartermijnService plugin = dienst(plugin("nl.archief.plugin", Recht.BEWAARTERMIJN));
        assertGeweigerd(() -> plugin.voerUit(SYSTEEM, null, true));
        assertNietGevonden(() -> plugin.voerUit(Namens.van(ELDERS), "eindhoven", true));
        assertThat(plugin.voerUit(Namens.van(BEHEERDER), "eindhoven", true)).hasSize(1);

        BewaartermijnService verleend = dienst(plugin("nl.archief.plugin", Recht.BEWAARTERMIJN, Recht.PLATFORM));
        assertThat(verleend.voerUit(SYSTEEM, null, true)).hasSize(3);
    }
}
