package nl.doorbraak.core.contact;

import static nl.doorbraak.core.ToegangFixture.ELDERS_BEHEERDER;
import static nl.doorbraak.core.ToegangFixture.REGISSEUR;
import static nl.doorbraak.core.ToegangFixture.RIJK;
import static nl.doorbraak.core.ToegangFixture.TRANSFORMAATJE;
import static nl.doorbraak.core.ToegangFixture.VREEMDE_PLUGIN;
import static nl.doorbraak.core.ToegangFixture.assertGemeenteNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeweigerd;
import static nl.doorbraak.core.ToegangFixture.plugin;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.ContactFilter;
import nl.doorbraak.api.domein.NieuwContact;
import nl.doorbraak.api.service.ContactService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.ToegangFixture;
import nl.doorbraak.core.toegang.Aanroeper;

/** The core decides who reads and who keeps the korte lijnen, in the order the REST API always answered. */
class ContactToegangTest {

    @RegisterExtension
    static final ToegangFixture w = new ToegangFixture();
    static ContactService web;

    @BeforeAll
    static void start() {
        web = dienst(Aanroeper.platform());
    }

    static ContactService dienst(Aanroeper aanroeper) {
        return new ContactServiceImpl(w.o.contacten, w.o.gemeenten, aanroeper);
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
        assertGeweigerd("Uw rol geeft geen toegang tot het beheer van contacten.",
                () -> web.maak(Namens.van(TRANSFORMAATJE), "utrecht", contact("Peter Kok")));
        assertThat(web.lijst(Namens.van(REGISSEUR), "utrecht", new ContactFilter(null, null, "Peter Kok", null, null),
                1, 10).count()).as("niets vastgelegd").isZero();
        assertGeweigerd("Uw rol geeft geen toegang tot de contacten.",
                () -> web.trekkersEnAanjagers(Namens.van(RIJK), "utrecht"));
        assertGemeenteNietGevonden("utrecht",
                () -> web.lijst(Namens.van(ELDERS_BEHEERDER), "utrecht", ContactFilter.actieve(), 1, 10));
    }

    @Test
    void aPluginActsForTheUserNotAsThePlatform() {
        ContactService vreemd = dienst(plugin(VREEMDE_PLUGIN));
        assertThat(vreemd.trekkersEnAanjagers(Namens.van(REGISSEUR), "utrecht")).isNotNull();
        assertGeweigerd(() -> vreemd.maak(Namens.van(Gebruiker.systeem("x")), "utrecht", contact("Els")));
        assertThat(web.maak(Namens.van(Gebruiker.systeem("demo")), "utrecht", contact("Els")).naam()).isEqualTo("Els");
    }
}
