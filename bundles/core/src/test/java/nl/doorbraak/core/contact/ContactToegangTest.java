package nl.doorbraak.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.ContactFilter;
import nl.doorbraak.api.domein.NieuwContact;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.service.ContactService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.toegang.Aanroeper;

/** The core decides who reads and who keeps the korte lijnen, in the order the REST API always answered. */
class ContactToegangTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static ContactService web;

    static final Gebruiker REGISSEUR = new Gebruiker("u-regisseur", "R", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of());
    static final Gebruiker TRANSFORMAATJE = new Gebruiker("u-tf", "T", "utrecht", Set.of(Rol.TRANSFORMAATJE), Set.of());
    static final Gebruiker RIJK = new Gebruiker("rijk", "Rijk", null, Set.of(Rol.RIJK), Set.of());
    static final Gebruiker ELDERS = new Gebruiker("l-beheerder", "L", "leeuwarden", Set.of(Rol.GEMEENTEBEHEERDER),
            Set.of());

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        web = new ContactServiceImpl(o.contacten, o.gemeenten, Aanroeper.platform());
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static NieuwContact contact(String naam) {
        return new NieuwContact("CJIB", naam, "teamleider incasso", null, null, null, "058 233 2323", null, true,
                false, null, null);
    }

    @Test
    void aCasusregisseurKeepsThemAndTheChangeIsInHisName() {
        Contact k = web.maak(Namens.van(REGISSEUR), "utrecht", contact("Ahmed Yilmaz"));
        Contact uit = web.deactiveer(Namens.van(REGISSEUR), "utrecht", k.id(), k.versie());
        assertThat(uit.actief()).isFalse();
        assertThat(web.zoek(Namens.van(TRANSFORMAATJE), "utrecht", k.id())).contains(uit);
        assertThat(web.lijst(Namens.van(TRANSFORMAATJE), "utrecht", new ContactFilter(null, null, null, null, null),
                1, 100).results()).extracting(Contact::id).contains(k.id());
    }

    @Test
    void aTransformaatjeReadsButDoesNotKeepAndOthersAreRefusedOrNotFound() {
        assertThatThrownBy(() -> web.maak(Namens.van(TRANSFORMAATJE), "utrecht", contact("Peter Kok")))
                .isInstanceOf(GeenToegangException.class)
                .hasMessage("Uw rol geeft geen toegang tot het beheer van contacten.");
        assertThat(web.lijst(Namens.van(REGISSEUR), "utrecht", new ContactFilter(null, null, "Peter Kok", null, null),
                1, 10).count()).as("niets vastgelegd").isZero();
        assertThatThrownBy(() -> web.trekkersEnAanjagers(Namens.van(RIJK), "utrecht"))
                .isInstanceOf(GeenToegangException.class).hasMessage("Uw rol geeft geen toegang tot de contacten.");
        assertThatThrownBy(() -> web.lijst(Namens.van(ELDERS), "utrecht", ContactFilter.actieve(), 1, 10))
                .isInstanceOf(NietGevondenException.class).hasMessage("Gemeente 'utrecht' niet gevonden.");
    }

    @Test
    void aPluginActsForTheUserNotAsThePlatform() {
        PluginRechten geen = new PluginRechten("nl.vreemd.plugin", "1.0.0", Set.of(), Set.of(), List.of());
        ContactService vreemd = new ContactServiceImpl(o.contacten, o.gemeenten,
                Aanroeper.plugin("nl.vreemd.plugin", geen));
        assertThat(vreemd.trekkersEnAanjagers(Namens.van(REGISSEUR), "utrecht")).isNotNull();
        assertThatThrownBy(() -> vreemd.maak(Namens.van(Gebruiker.systeem("x")), "utrecht", contact("Els")))
                .isInstanceOf(GeenToegangException.class);
        assertThat(web.maak(Namens.van(Gebruiker.systeem("demo")), "utrecht", contact("Els")).naam()).isEqualTo("Els");
    }
}
