package nl.doorbraak.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.ContactFilter;
import nl.doorbraak.api.domein.ContactGroep;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.GekoppeldeCasus;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalFilter;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.domein.SignaalStatusWijziging;
import nl.doorbraak.api.domein.SignaalVolgorde;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.core.CoreOmgeving;

class DemoKorteLijnenTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static DemoKorteLijnen.Resultaat eerste;
    static DemoKorteLijnen.Resultaat tweede;
    static DemoKorteLijnen.Resultaat derde;
    static final String OVERVECHT = DemoGegevens.id("utrecht-overvecht");
    static final String WOENSEL = DemoGegevens.id("eindhoven-woensel");

    @BeforeAll
    static void laadTweemaal() {
        o = new CoreOmgeving(map);
        new DemoGegevens().laad(o.db);
        eerste = new DemoKorteLijnen().laad(o.db);
        // as a demo database of an earlier version: its tafels without contacten; a demo user changed Woensel since
        o.sql("UPDATE tafel_deelnemer SET contact_id = NULL WHERE tafel_id IN (?, ?)", OVERVECHT, WOENSEL);
        o.sql("UPDATE tafel SET versie = 2 WHERE id = ?", WOENSEL);
        tweede = new DemoKorteLijnen().laad(o.db);
        derde = new DemoKorteLijnen().laad(o.db);
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    @Test
    void tweemaalLadenDupliceertNiets() {
        // a new demo makes its tafels with the references already
        assertThat(eerste).isEqualTo(new DemoKorteLijnen.Resultaat(DemoKorteLijnen.CONTACTEN.size(),
                DemoKorteLijnen.SIGNALEN.size(), 0));
        // the earlier version's Overvecht gets its seven; Woensel, changed by a demo user, is left alone
        assertThat(tweede).isEqualTo(new DemoKorteLijnen.Resultaat(0, 0, 7));
        assertThat(derde).isEqualTo(new DemoKorteLijnen.Resultaat(0, 0, 0));
        assertThat(o.tel("SELECT COUNT(*) FROM contact")).isEqualTo(DemoKorteLijnen.CONTACTEN.size());
        assertThat(o.tel("SELECT COUNT(*) FROM signaal_casus")).isEqualTo(
                DemoKorteLijnen.SIGNALEN.stream().mapToLong(s -> s.casussen().size()).sum());
    }

    @Test
    void elkeGemeenteHeeftKorteLijnenMetTrekkersEnAanjagersPerWijk() {
        for (String g : List.of("utrecht", "leeuwarden", "eindhoven")) {
            List<Contact> actief = o.contacten.lijst(g, ContactFilter.actieve(), 1, 100).results();
            assertThat(actief).as(g).hasSizeGreaterThanOrEqualTo(8);
            assertThat(actief).as(g).extracting(Contact::organisatie).contains("Werk & Inkomen", "CJIB", "DUO");
            assertThat(actief).allSatisfy(k -> assertThat(k.telefoon() != null || k.email() != null).isTrue());
            List<ContactGroep> groepen = o.contacten.trekkersEnAanjagers(g);
            assertThat(groepen).as(g).anySatisfy(x -> assertThat(x.wijk()).isNotNull());
            assertThat(groepen).as(g).flatExtracting(ContactGroep::trekkers).isNotEmpty();
            assertThat(groepen).as(g).flatExtracting(ContactGroep::aanjagers).isNotEmpty();
        }
        // a contact who left stays resolvable, outside the normal list
        assertThat(o.contacten.lijst("utrecht", new ContactFilter(null, null, null, null, false), 1, 100).results())
                .extracting(Contact::naam).containsExactly("Gerard Bos");
        assertThat(o.contacten.lijst("leeuwarden", new ContactFilter(null, null, "transformaatje", null, true), 1, 10)
                .results()).extracting(Contact::naam).containsExactly("Marrit Wiersma", "Durk Bouma");
    }

    @Test
    void deelnemersVanDeDemotafelsStaanInDeKorteLijnen() {
        int gekoppeld = 0;
        for (String g : List.of("utrecht", "leeuwarden", "eindhoven")) {
            List<Tafel> tafels = o.tafels.lijst(g, 1, 100).results();
            assertThat(tafels).as(g).anySatisfy(t -> assertThat(t.deelnemers()).anySatisfy(
                    d -> assertThat(d.contactId()).isNotNull()));
            for (Tafel t : tafels) {
                for (Deelnemer d : t.deelnemers()) {
                    if (d.contactId() == null) {
                        continue;
                    }
                    gekoppeld++;
                    // the same person: an active contact of this gemeente with the deelnemer's naam and organisatie
                    Contact k = o.contacten.zoek(g, d.contactId()).orElseThrow();
                    assertThat(k.naam()).isEqualTo(d.naam());
                    assertThat(k.organisatie()).isEqualTo(d.organisatie());
                    assertThat(k.actief()).isTrue();
                    assertThat(o.tafels.metContact(g, k.id())).extracting(Tafel::id).contains(t.id());
                }
            }
        }
        assertThat(gekoppeld).isEqualTo(22 - 5);
        assertThat(o.tafels.zoek("eindhoven", WOENSEL).orElseThrow().deelnemers()).extracting(Deelnemer::contactId)
                .containsOnlyNulls();
        assertThat(o.tafels.zoek("utrecht", OVERVECHT).orElseThrow().deelnemers()).filteredOn(
                d -> d.naam().equals("Peter Kok")).singleElement()
                .satisfies(d -> assertThat(d.contactId()).isEqualTo(DemoGegevens.id("utrecht/peter-kok")));
        // Lars Meijer of DUO is not in Utrecht's korte lijnen (DUO's contact there is Ruben Kramer)
        assertThat(o.tafels.zoek("utrecht", OVERVECHT).orElseThrow().deelnemers()).filteredOn(
                d -> d.naam().equals("Lars Meijer")).singleElement()
                .satisfies(d -> assertThat(d.contactId()).isNull());
    }

    @Test
    void signalenKomenUitDeBronnenEnWegenMeeMetHunCasussen() {
        for (String g : List.of("utrecht", "leeuwarden", "eindhoven")) {
            List<Signaal> signalen = o.signalen.lijst(g, new SignaalFilter(null, null, SignaalVolgorde.GEWICHT), 1, 100)
                    .results();
            assertThat(signalen).as(g).hasSizeGreaterThanOrEqualTo(3);
            assertThat(signalen.get(0).gewicht()).as(g).isEqualTo(2);
            for (Signaal s : signalen) {
                // every linked casus is one of this gemeente's, with its title
                for (GekoppeldeCasus k : s.casussen()) {
                    assertThat(o.casussen.zoek(g, k.casusId())).as(s.regel()).isPresent();
                    assertThat(k.titel()).isNotBlank();
                }
                // the history is a legal path ending in the current status
                SignaalStatus vorige = null;
                for (SignaalStatusWijziging w : s.historie()) {
                    assertThat(w.van()).isEqualTo(vorige);
                    if (vorige != null) {
                        assertThat(vorige.magNaar(w.naar())).as(s.regel()).isTrue();
                    }
                    vorige = w.naar();
                }
                assertThat(vorige).isEqualTo(s.status());
                assertThat(s.status() != SignaalStatus.OPGELOST || s.antwoord() != null).isTrue();
                assertThat(s.versie()).isEqualTo(s.historie().size());
            }
        }
        Signaal beslag = o.signalen.zoek("leeuwarden", DemoGegevens.id("leeuwarden/beslagvrije-voet")).orElseThrow();
        assertThat(beslag.organisatie()).isEqualTo("CJIB");
        assertThat(beslag.historie().get(0).door()).isEqualTo("leeuwarden-transformaatje");
        assertThat(o.signalen.vanCasus("leeuwarden", DemoGegevens.id("leeuwarden/cjib-en-duo")))
                .extracting(Signaal::organisatie).containsExactlyInAnyOrder("CJIB", "DUO");
        assertThat(o.signalen.lijst("utrecht", new SignaalFilter(SignaalStatus.OPGELOST, null, null), 1, 10).results())
                .singleElement().satisfies(s -> assertThat(s.antwoord()).contains("CAK"));
    }
}
