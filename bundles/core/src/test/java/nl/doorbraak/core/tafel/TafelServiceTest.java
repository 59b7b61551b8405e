package nl.doorbraak.core.tafel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuwContact;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestOnderdeel;
import nl.doorbraak.core.TestVariant;

class TafelServiceTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    private static final Deelnemer CORPORATIE = new Deelnemer("Marieke de Vries", "Woningcorporatie",
            "Ontruiming opschorten", new BigDecimal("2500"));

    @Test
    void eenTafelMetDeelnemersWordtBewaardEnGemeld() {
        Tafel t = o.tafels.maak("utrecht", new NieuweTafel("  Doorbraaktafel Overvecht ", "standaard",
                List.of(CORPORATIE, new Deelnemer("Ahmed el Amrani", "Werk & Inkomen", null, null))), "regisseur");

        assertThat(t.naam()).isEqualTo("Doorbraaktafel Overvecht");
        assertThat(t.versie()).isEqualTo(1);
        Tafel gelezen = o.tafels.zoek("utrecht", t.id()).orElseThrow();
        assertThat(gelezen).isEqualTo(t);
        assertThat(gelezen.deelnemers()).extracting(Deelnemer::organisatie)
                .containsExactly("Woningcorporatie", "Werk & Inkomen");
        assertThat(gelezen.deelnemers().get(0).mandaatBedrag()).isEqualByComparingTo("2500");
        assertThat(o.events(DoorbraakEvents.TAFEL_AANGEMAAKT)).anySatisfy(e -> {
            assertThat(e.getProperty(DoorbraakEvents.TAFEL_ID)).isEqualTo(t.id());
            assertThat(e.getProperty(DoorbraakEvents.GEMEENTE)).isEqualTo("utrecht");
            assertThat(e.getProperty(DoorbraakEvents.DOOR)).isEqualTo("regisseur");
        });
    }

    @Test
    void eenTafelVanEenAndereGemeenteBestaatNiet() {
        Tafel t = o.tafel("eindhoven", "Doorbraaktafel Woensel");

        assertThat(o.tafels.zoek("utrecht", t.id())).isEmpty();
        assertThat(o.tafels.lijst("utrecht", 1, 100).results()).extracting(Tafel::id).doesNotContain(t.id());
        assertThatThrownBy(() -> o.tafels.wijzig("utrecht", t.id(), 1, new NieuweTafel("X", "standaard", null), "x"))
                .isInstanceOf(NietGevondenException.class);
    }

    @Test
    void fouteInvoerGeeftAlleVeldfoutenTegelijk() {
        String lang = "x".repeat(201);
        OngeldigeInvoerException e = fout(() -> o.tafels.maak("leeuwarden", new NieuweTafel(lang, "spoedtafel", List.of(
                new Deelnemer(" ", "CJIB", null, null),
                new Deelnemer("Ilse Bosma", null, "m".repeat(1001), new BigDecimal("-1")),
                new Deelnemer("Jelle Dijkstra", "Werk & Inkomen", null, new BigDecimal("10.005")))), "x"));

        assertThat(e.fouten()).extracting(VeldFout::naam, VeldFout::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("naam", "lengte"),
                org.assertj.core.groups.Tuple.tuple("variant", "onbekend"),
                org.assertj.core.groups.Tuple.tuple("deelnemers.0.naam", "verplicht"),
                org.assertj.core.groups.Tuple.tuple("deelnemers.1.organisatie", "verplicht"),
                org.assertj.core.groups.Tuple.tuple("deelnemers.1.mandaat", "lengte"),
                org.assertj.core.groups.Tuple.tuple("deelnemers.1.mandaatBedrag", "waarde"),
                org.assertj.core.groups.Tuple.tuple("deelnemers.2.mandaatBedrag", "waarde"));
        assertThat(e.fouten()).allSatisfy(f -> assertThat(f.reden()).isNotBlank());
        assertThat(fout(() -> o.tafels.maak("leeuwarden", new NieuweTafel(null, null, null), "x")).fouten())
                .extracting(VeldFout::naam, VeldFout::code).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("naam", "verplicht"),
                        org.assertj.core.groups.Tuple.tuple("variant", "verplicht"));
        assertThat(fout(() -> o.tafels.maak("leeuwarden", new NieuweTafel("X", "Rode Knop", null), "x")).fouten())
                .extracting(VeldFout::code).containsExactly("waarde");
        assertThat(o.tel("SELECT COUNT(*) FROM tafel WHERE gemeente = 'leeuwarden'")).isZero();
    }

    @Test
    void eenVariantDieDeGemeenteNoemtMagOokAlsHijNietGeinstalleerdIs() {
        o.gemeente("utrecht", "Gemeente Utrecht", "standaard,utrecht-ondernemers");
        Tafel t = o.tafels.maak("utrecht", new NieuweTafel("Ondernemers-doorbraaktafel", "utrecht-ondernemers", null),
                "x");
        assertThat(t.variant()).isEqualTo("utrecht-ondernemers");
        // installed but not listed by the gemeente: also fine
        o.varianten.aanmelden(new TestVariant("spoedtafel-x", 1), 99, 0, "plugin.spoed", "1.0.0");
        assertThat(o.tafels.maak("eindhoven", new NieuweTafel("Spoed", "spoedtafel-x", null), "x").variant())
                .isEqualTo("spoedtafel-x");
    }

    @Test
    void eenOnderdeelIsGeenVariantVoorEenTafelOokAlsDeGemeenteHetAanzetteOfDePlugInWordtBijgewerkt() {
        o.gemeente("zwolle", "Gemeente Zwolle", "standaard,rodeknop");
        o.varianten.aanmeldenOnderdeel(TestOnderdeel.rodeknop(), 120, 0, "nl.plugin.rodeknop", "1.0.0");
        try {
            Tafel t = o.tafel("zwolle", "Tafel Stadshagen");
            long tafels = o.tel("SELECT COUNT(*) FROM tafel WHERE gemeente = 'zwolle'");

            OngeldigeInvoerException e = fout(() -> o.tafels.maak("zwolle", new NieuweTafel("Rode knop",
                    "rodeknop", null), "x"));
            assertThat(e.fouten()).singleElement().satisfies(f -> {
                assertThat(f.naam()).isEqualTo("variant");
                assertThat(f.code()).isEqualTo("waarde");
                assertThat(f.reden()).isEqualTo("'rodeknop' is een onderdeel (City Deal rode knop), geen "
                        + "tafelvariant: kies een tafelvariant.");
            });
            assertThat(fout(() -> o.tafels.wijzig("zwolle", t.id(), 1, new NieuweTafel("Tafel Stadshagen",
                    "rodeknop", null), "x")).fouten()).extracting(VeldFout::naam).containsExactly("variant");

            // while the plug-in is updated (away for a moment) it is still no tafelvariant
            o.varianten.afmeldenOnderdeel(120);
            assertThat(fout(() -> o.tafels.maak("zwolle", new NieuweTafel("Rode knop", "rodeknop", null), "x"))
                    .fouten()).extracting(VeldFout::reden).singleElement().asString().contains("is een onderdeel");

            // nothing written
            assertThat(o.tel("SELECT COUNT(*) FROM tafel WHERE gemeente = 'zwolle'")).isEqualTo(tafels);
            assertThat(o.tafels.zoek("zwolle", t.id()).orElseThrow()).isEqualTo(t);
        } finally {
            o.varianten.afmeldenOnderdeel(120);
        }
    }

    @Test
    void eenOnbekendeGemeenteBestaatNiet() {
        assertThatThrownBy(() -> o.tafel("amsterdam", "X")).isInstanceOf(NietGevondenException.class)
                .hasMessageContaining("amsterdam");
    }

    @Test
    void wijzigenMetEenVerouderdeVersieIsEenConflict() {
        Tafel t = o.tafel("utrecht", "Tafel om te wijzigen");
        Tafel v2 = o.tafels.wijzig("utrecht", t.id(), 1, new NieuweTafel("Tafel Zuidwest", "standaard",
                List.of(CORPORATIE)), "beheerder");
        assertThat(v2.versie()).isEqualTo(2);
        assertThat(o.tafels.zoek("utrecht", t.id()).orElseThrow().naam()).isEqualTo("Tafel Zuidwest");

        assertThatThrownBy(() -> o.tafels.wijzig("utrecht", t.id(), 1, new NieuweTafel("Oud", "standaard", null),
                "ander")).isInstanceOf(ConflictException.class).hasMessageContaining("versie 2");
        assertThat(o.tafels.zoek("utrecht", t.id()).orElseThrow().naam()).isEqualTo("Tafel Zuidwest");
        assertThat(o.events(DoorbraakEvents.TAFEL_GEWIJZIGD)).anySatisfy(
                e -> assertThat(e.getProperty(DoorbraakEvents.VERSIE)).isEqualTo(2L));
    }

    @Test
    void deVariantVanEenTafelMetCasussenKanNietMeerVeranderen() {
        Tafel t = o.tafel("utrecht", "Tafel met casus");
        o.casussen.maak("utrecht", new NieuweCasus(t.id(), "Casus", "Hulpvraag", new Inwoner(null, "A.B."), null,
                null, Map.of("urgentie", "laag")), "x");
        o.varianten.aanmelden(new TestVariant("andere", 1), 77, 0, "plugin.andere", "1.0.0");

        assertThatThrownBy(() -> o.tafels.wijzig("utrecht", t.id(), 1, new NieuweTafel("X", "andere", null), "x"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("casussen");
        assertThat(o.tafels.zoek("utrecht", t.id()).orElseThrow().variant()).isEqualTo("standaard");
    }

    @Test
    void lijstenZijnGepagineerdOpNaam() {
        for (String naam : List.of("C-tafel", "A-tafel", "B-tafel")) {
            o.tafel("eindhoven", naam);
        }
        Pagina<Tafel> alle = o.tafels.lijst("eindhoven", 1, 100);
        Pagina<Tafel> eerste = o.tafels.lijst("eindhoven", 1, 2);
        Pagina<Tafel> tweede = o.tafels.lijst("eindhoven", 2, 2);

        assertThat(alle.results()).extracting(Tafel::naam).isSorted();
        assertThat(eerste.count()).isEqualTo(alle.count());
        assertThat(eerste.results()).hasSize(2);
        assertThat(eerste.heeftVolgende()).isTrue();
        assertThat(tweede.results().get(0).naam()).isEqualTo(alle.results().get(2).naam());
        assertThat(fout(() -> o.tafels.lijst("eindhoven", 0, 10)).fouten()).extracting(VeldFout::naam)
                .containsExactly("page");
        assertThat(fout(() -> o.tafels.lijst("eindhoven", 1, 101)).fouten()).extracting(VeldFout::naam)
                .containsExactly("pageSize");
    }

    // ---------------------------------------------------------------- deelnemers uit de korte lijnen

    static Contact contact(String gemeente, String organisatie, String naam, String mandaat, String bedrag) {
        return o.contacten.maak(gemeente, new NieuwContact(organisatie, naam, "teamleider", mandaat,
                bedrag == null ? null : new BigDecimal(bedrag), null, "030-286 1101", null, false, false, null, null),
                "beheerder");
    }

    @Test
    void eenContactZitAanTafelMetNaamOrganisatieEnMandaatVanHetContact() {
        Contact kok = contact("utrecht", "CJIB", "Peter Kok", "Invordering opschorten", "2000");
        Contact smit = contact("utrecht", "Zorgverzekeraar", "Hanneke Smit", "Premieachterstand bevriezen", "1500");

        Tafel t = o.tafels.maak("utrecht", new NieuweTafel("Tafel met korte lijnen", "standaard", List.of(
                // only the reference: naam, organisatie and mandate come from the contact
                new Deelnemer(null, " ", null, null, kok.id()),
                // naam and organisatie given: what the tafel says stands, nothing is filled in
                new Deelnemer("H. Smit", "Zorgverzekeraar", null, null, smit.id()),
                CORPORATIE)), "beheerder");

        assertThat(t.deelnemers()).containsExactly(
                new Deelnemer("Peter Kok", "CJIB", "Invordering opschorten", new BigDecimal("2000.00"), kok.id()),
                new Deelnemer("H. Smit", "Zorgverzekeraar", null, null, smit.id()),
                new Deelnemer("Marieke de Vries", "Woningcorporatie", "Ontruiming opschorten",
                        new BigDecimal("2500.00"), null));
        assertThat(o.tafels.zoek("utrecht", t.id()).orElseThrow()).isEqualTo(t);
        assertThat(o.tel("SELECT COUNT(*) FROM tafel_deelnemer WHERE tafel_id = ? AND contact_id = ?", t.id(),
                kok.id())).isEqualTo(1);
        assertThat(o.tafels.metContact("utrecht", kok.id())).extracting(Tafel::id).containsExactly(t.id());
        // another gemeente does not see where Utrecht's contact sits
        assertThat(o.tafels.metContact("leeuwarden", kok.id())).isEmpty();
    }

    @Test
    void eenContactVanEenAndereGemeenteWordtGeweigerdZonderDatTeVerraden() {
        Contact leeuwarder = contact("leeuwarden", "CJIB", "Wouter de Jong", null, null);
        String onbekend = "0b9c2f0e-5d8a-4c39-9a61-000000000000";

        OngeldigeInvoerException e = fout(() -> o.tafels.maak("utrecht", new NieuweTafel("Tafel met een Leeuwarder",
                "standaard", List.of(CORPORATIE, new Deelnemer(null, null, null, null, leeuwarder.id()))), "x"));
        assertThat(e.fouten()).extracting(VeldFout::naam, VeldFout::code)
                .containsExactly(tuple("deelnemers.1.contactId", "onbekend"));
        assertThat(e.getMessage()).contains(leeuwarder.id());
        assertThat(e.fouten().get(0).reden()).contains("Contact '" + leeuwarder.id() + "'")
                .contains("bestaat niet in deze gemeente");
        // exactly the answer for an id that exists nowhere
        OngeldigeInvoerException nergens = fout(() -> o.tafels.maak("utrecht", new NieuweTafel("Tafel met niemand",
                "standaard", List.of(CORPORATIE, new Deelnemer(null, null, null, null, onbekend))), "x"));
        assertThat(nergens.fouten().get(0).reden().replace(onbekend, "ID"))
                .isEqualTo(e.fouten().get(0).reden().replace(leeuwarder.id(), "ID"));
        assertThat(o.tel("SELECT COUNT(*) FROM tafel WHERE naam IN ('Tafel met een Leeuwarder', 'Tafel met niemand')"))
                .isZero();
    }

    @Test
    void eenGedeactiveerdContactKomtNietNieuwAanTafelMaarBlijftWaarHijAlZat() {
        Contact bos = contact("eindhoven", "UWV", "Gerard Bos", "Herbeoordeling met voorrang", null);
        Tafel t = o.tafels.maak("eindhoven", new NieuweTafel("Tafel waar Gerard zat", "standaard",
                List.of(new Deelnemer(null, null, null, null, bos.id()))), "beheerder");
        o.contacten.deactiveer("eindhoven", bos.id(), null, "beheerder");

        OngeldigeInvoerException e = fout(() -> o.tafels.maak("eindhoven", new NieuweTafel("Nieuwe tafel", "standaard",
                List.of(new Deelnemer("Gerard Bos", "UWV", null, null, bos.id()))), "x"));
        assertThat(e.fouten()).extracting(VeldFout::naam, VeldFout::code)
                .containsExactly(tuple("deelnemers.0.contactId", "waarde"));
        assertThat(e.fouten().get(0).reden()).contains(bos.id()).contains("Gerard Bos").contains("gedeactiveerd");

        // the tafel that already had him can still be changed, and keeps the reference
        Tafel v2 = o.tafels.wijzig("eindhoven", t.id(), 1, new NieuweTafel("Tafel Stratum", "standaard",
                t.deelnemers()), "beheerder");
        assertThat(v2.deelnemers()).extracting(Deelnemer::contactId).containsExactly(bos.id());
        // but another tafel cannot take him in by a change either
        Tafel ander = o.tafel("eindhoven", "Andere tafel");
        assertThat(fout(() -> o.tafels.wijzig("eindhoven", ander.id(), 1, new NieuweTafel("Andere tafel", "standaard",
                List.of(new Deelnemer(null, null, null, null, bos.id()))), "x")).fouten())
                .extracting(VeldFout::naam, VeldFout::code).containsExactly(tuple("deelnemers.0.contactId", "waarde"));
        assertThat(o.tafels.zoek("eindhoven", ander.id()).orElseThrow().versie()).isEqualTo(1);
    }

    @Test
    void fouteVerwijzingenNaarContactenKomenMetDeAndereFoutenTegelijk() {
        Contact dijkstra = contact("leeuwarden", "Werk & Inkomen", "Jelle Dijkstra", null, null);

        OngeldigeInvoerException e = fout(() -> o.tafels.maak("leeuwarden", new NieuweTafel("Tafel Oost", "standaard",
                List.of(new Deelnemer(null, null, null, null, dijkstra.id()),
                        new Deelnemer("Jelle D.", "Werk & Inkomen", null, null, dijkstra.id()),
                        new Deelnemer(null, "Schuldhulp", null, null, null),
                        new Deelnemer(null, null, null, null, "x".repeat(37)))), "x"));
        assertThat(e.fouten()).extracting(VeldFout::naam, VeldFout::code).containsExactlyInAnyOrder(
                tuple("deelnemers.1.contactId", "waarde"),
                tuple("deelnemers.2.naam", "verplicht"),
                tuple("deelnemers.3.contactId", "lengte"));
        assertThat(e.fouten().get(0).reden()).contains("al deelnemer 1");
    }

    static OngeldigeInvoerException fout(Runnable r) {
        try {
            r.run();
        } catch (OngeldigeInvoerException e) {
            return e;
        }
        throw new AssertionError("geen OngeldigeInvoerException");
    }
}
