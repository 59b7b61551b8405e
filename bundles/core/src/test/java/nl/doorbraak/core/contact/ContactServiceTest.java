package nl.doorbraak.core.contact;

import static nl.doorbraak.core.InvoerFouten.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.ContactFilter;
import nl.doorbraak.api.domein.ContactFunctie;
import nl.doorbraak.api.domein.ContactGroep;
import nl.doorbraak.api.domein.NieuwContact;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.core.CoreOmgeving;

class ContactServiceTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static NieuwContact contact(String organisatie, String naam, String wijk, boolean trekker, boolean aanjager) {
        return new NieuwContact(organisatie, naam, "teamleider incasso", "Invordering opschorten", null, wijk,
                "06-12345678", null, trekker, aanjager, trekker || aanjager ? "schulden" : null, null);
    }

    @Test
    void eenContactWordtVastgelegdEnIsTeVinden() {
        Contact k = o.contacten.maak("utrecht", new NieuwContact(" CJIB ", "Peter Kok", "teamleider incasso",
                "Invordering opschorten en betalingsregeling op maat", new BigDecimal("2500"), "Overvecht",
                "+31 58 233 2323", "p.kok@cjib.nl", true, false, "boetes en schulden", null), "utrecht-beheerder");

        assertThat(k.organisatie()).isEqualTo("CJIB");
        assertThat(k.mandaatBedrag()).isEqualByComparingTo("2500");
        assertThat(k.mandaatBedrag().scale()).isEqualTo(2);
        assertThat(k.actief()).isTrue();
        assertThat(k.versie()).isEqualTo(1);
        assertThat(o.contacten.zoek("utrecht", k.id())).contains(k);
        // another gemeente does not find it
        assertThat(o.contacten.zoek("leeuwarden", k.id())).isEmpty();
        assertThat(o.events(DoorbraakEvents.CONTACT_AANGEMAAKT)).anySatisfy(e -> {
            assertThat(e.getProperty(DoorbraakEvents.CONTACT_ID)).isEqualTo(k.id());
            assertThat(e.getProperty(DoorbraakEvents.GEMEENTE)).isEqualTo("utrecht");
            assertThat(e.getProperty(DoorbraakEvents.DOOR)).isEqualTo("utrecht-beheerder");
        });
    }

    @Test
    void velden_telefoonEnEmailWordenGecontroleerd() {
        long voor = o.tel("SELECT COUNT(*) FROM contact");
        assertThat(codes(() -> o.contacten.maak("utrecht", new NieuwContact(" ", null, "r".repeat(201), null,
                new BigDecimal("-1"), null, null, " ", false, false, null, null), "x")))
                .containsExactlyInAnyOrder(tuple("organisatie", "verplicht"), tuple("naam", "verplicht"),
                        tuple("rol", "lengte"), tuple("mandaatBedrag", "waarde"), tuple("telefoon", "verplicht"),
                        tuple("email", "verplicht"));
        assertThat(codes(() -> o.contacten.maak("utrecht", new NieuwContact("UWV", "Sandra", null, null,
                new BigDecimal("10.001"), null, "bel me", "sandra-at-uwv.nl", false, false, null, null), "x")))
                .containsExactlyInAnyOrder(tuple("mandaatBedrag", "waarde"), tuple("telefoon", "waarde"),
                        tuple("email", "waarde"));
        // too few digits, letters, an @ without a domain
        assertThat(ContactKern.geldigTelefoonnummer("0612")).isFalse();
        assertThat(ContactKern.geldigTelefoonnummer("06-CJIB-BELT")).isFalse();
        assertThat(ContactKern.geldigTelefoonnummer("06-12345678")).isTrue();
        assertThat(ContactKern.geldigTelefoonnummer("+31 (0)58 233 2323")).isTrue();
        assertThat(codes(() -> o.contacten.maak("utrecht", new NieuwContact("UWV", "Sandra", null, null, null, null,
                null, "sandra@uwv", false, false, null, null), "x"))).containsExactly(tuple("email", "waarde"));
        // e-mail alone is enough
        assertThat(o.contacten.maak("utrecht", new NieuwContact("UWV", "Sandra Bakker", null, null, null, null, null,
                "s.bakker@uwv.nl", false, false, null, null), "x").telefoon()).isNull();
        assertThat(o.tel("SELECT COUNT(*) FROM contact")).isEqualTo(voor + 1);
    }

    @Test
    void zoekenOpOrganisatieWijkTekstEnFunctie() {
        o.contacten.maak("eindhoven", contact("Woonbedrijf", "Anouk de Wit", "Woensel", true, false), "x");
        o.contacten.maak("eindhoven", contact("Woonbedrijf", "Bram Claes", "Stratum", false, true), "x");
        o.contacten.maak("eindhoven", contact("DUO", "Chris 100%_Janssen", null, false, false), "x");
        o.contacten.maak("eindhoven", contact("Werk & Inkomen", "Dewi Pranoto", "Woensel", true, true), "x");

        assertThat(namen(new ContactFilter("woonbedrijf", null, null, null, true)))
                .containsExactly("Anouk de Wit", "Bram Claes");
        assertThat(namen(new ContactFilter(null, "WOENSEL", null, null, true)))
                .containsExactly("Dewi Pranoto", "Anouk de Wit");
        // q matches naam, rol, organisatie and wijk, case-insensitive
        assertThat(namen(new ContactFilter(null, null, "STRAT", null, true))).containsExactly("Bram Claes");
        assertThat(namen(new ContactFilter(null, null, "inkomen", null, true))).containsExactly("Dewi Pranoto");
        assertThat(namen(new ContactFilter(null, null, "Incasso", null, true))).hasSize(4);
        // LIKE wildcards typed by the user are plain characters
        assertThat(namen(new ContactFilter(null, null, "100%_", null, true))).containsExactly("Chris 100%_Janssen");
        assertThat(namen(new ContactFilter(null, null, "%", null, true))).containsExactly("Chris 100%_Janssen");
        assertThat(namen(new ContactFilter(null, null, "_", null, true))).containsExactly("Chris 100%_Janssen");
        assertThat(namen(new ContactFilter(null, null, null, ContactFunctie.TREKKER, true)))
                .containsExactly("Dewi Pranoto", "Anouk de Wit");
        assertThat(namen(new ContactFilter(null, null, null, ContactFunctie.AANJAGER, true)))
                .containsExactly("Dewi Pranoto", "Bram Claes");

        Pagina<Contact> p = o.contacten.lijst("eindhoven", ContactFilter.actieve(), 2, 3);
        assertThat(p.count()).isEqualTo(4);
        assertThat(p.results()).extracting(Contact::naam).containsExactly("Bram Claes");
        assertThat(codes(() -> o.contacten.lijst("eindhoven", null, 0, 10))).containsExactly(tuple("page", "waarde"));
    }

    @Test
    void trekkersEnAanjagersPerOrganisatieEnWijk() {
        o.contacten.maak("leeuwarden", contact("Wijkteam", "Froukje", "Heechterp", true, false), "x");
        o.contacten.maak("leeuwarden", contact("Wijkteam", "Sjoerd", "Heechterp", false, true), "x");
        o.contacten.maak("leeuwarden", contact("Wijkteam", "Tjitske", null, true, false), "x");
        o.contacten.maak("leeuwarden", contact("CJIB", "Klaas", null, false, true), "x");
        o.contacten.maak("leeuwarden", contact("CJIB", "Geen functie", null, false, false), "x");
        Contact weg = o.contacten.maak("leeuwarden", contact("CJIB", "Vertrokken", null, true, false), "x");
        o.contacten.deactiveer("leeuwarden", weg.id(), null, "x");

        List<ContactGroep> groepen = o.contacten.trekkersEnAanjagers("leeuwarden");
        assertThat(groepen).extracting(ContactGroep::organisatie, ContactGroep::wijk).containsExactly(
                tuple("CJIB", null), tuple("Wijkteam", null), tuple("Wijkteam", "Heechterp"));
        assertThat(groepen.get(0).trekkers()).isEmpty();
        assertThat(groepen.get(0).aanjagers()).extracting(Contact::naam).containsExactly("Klaas");
        assertThat(groepen.get(2).trekkers()).extracting(Contact::naam).containsExactly("Froukje");
        assertThat(groepen.get(2).aanjagers()).extracting(Contact::naam).containsExactly("Sjoerd");
    }

    @Test
    void wijzigenMetVersieEnDeactiverenHoudtHetContactVindbaar() {
        Contact k = o.contacten.maak("utrecht", contact("Zorgverzekeraar", "Hanneke Smit", null, false, false), "x");
        NieuwContact w = new NieuwContact("Zorgverzekeraar", "Hanneke Smit", "teamleider premie-inning",
                "Premieachterstand bevriezen", new BigDecimal("1500.00"), "Overvecht", null, "h.smit@zv.nl", true,
                false, "wanbetalersregeling", null);
        Contact gewijzigd = o.contacten.wijzig("utrecht", k.id(), 1, w, "utrecht-regisseur");
        assertThat(gewijzigd.versie()).isEqualTo(2);
        assertThat(gewijzigd.telefoon()).isNull();
        assertThat(gewijzigd.actief()).isTrue();
        assertThat(o.contacten.zoek("utrecht", k.id())).contains(gewijzigd);

        assertThatThrownBy(() -> o.contacten.wijzig("utrecht", k.id(), 1, w, "x"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("versie 2");
        assertThatThrownBy(() -> o.contacten.wijzig("leeuwarden", k.id(), 2, w, "x"))
                .isInstanceOf(NietGevondenException.class);

        Contact uit = o.contacten.deactiveer("utrecht", k.id(), 2L, "utrecht-beheerder");
        assertThat(uit.actief()).isFalse();
        assertThat(uit.versie()).isEqualTo(3);
        // still resolvable for tafels and acties, but not in the normal list
        assertThat(o.contacten.zoek("utrecht", k.id())).contains(uit);
        assertThat(o.contacten.lijst("utrecht", ContactFilter.actieve(), 1, 100).results()).extracting(Contact::id)
                .doesNotContain(k.id());
        assertThat(o.contacten.lijst("utrecht", new ContactFilter(null, null, null, null, false), 1, 100).results())
                .extracting(Contact::id).contains(k.id());
        // deactivating again changes nothing
        assertThat(o.contacten.deactiveer("utrecht", k.id(), null, "x").versie()).isEqualTo(3);
        assertThat(o.events(DoorbraakEvents.CONTACT_GEDEACTIVEERD)).filteredOn(
                e -> k.id().equals(e.getProperty(DoorbraakEvents.CONTACT_ID))).hasSize(1);
        // reactivated by a change that says so
        NieuwContact weer = new NieuwContact(w.organisatie(), w.naam(), w.rol(), w.mandaat(), w.mandaatBedrag(),
                w.wijk(), w.telefoon(), w.email(), w.trekker(), w.aanjager(), w.onderwerp(), true);
        assertThat(o.contacten.wijzig("utrecht", k.id(), 3, weer, "x").actief()).isTrue();
    }

    private static List<String> namen(ContactFilter f) {
        return o.contacten.lijst("eindhoven", f, 1, 100).results().stream().map(Contact::naam).toList();
    }
}
