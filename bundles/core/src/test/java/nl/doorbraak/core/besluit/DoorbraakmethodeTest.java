package nl.doorbraak.core.besluit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Actie;
import nl.doorbraak.api.domein.ActieFilter;
import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuwBesluit;
import nl.doorbraak.api.domein.NieuwPotje;
import nl.doorbraak.api.domein.NieuweActie;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Potje;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Toezegging;
import nl.doorbraak.api.domein.Uitgave;
import nl.doorbraak.api.domein.Waardendriehoek;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;

/**
 * The doorbraakmethode in the core, on a real H2 database: bijeenkomst and agenda, besluit on the waardendriehoek
 * within mandates, potjes that never go below zero, acties and their deadlines.
 */
class DoorbraakmethodeTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;

    static final Waardendriehoek DRIEHOEK = new Waardendriehoek(
            "Hardheidsclausule art. 4:84 Awb; Participatiewet art. 18 lid 2",
            "Ontruiming voorkomen: geen opvang, geen uithuisplaatsing", new BigDecimal("45000"),
            "Mevrouw heeft het plan zelf voorgesteld en tekent de betalingsregeling");

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static Tafel tafel(String naam) {
        return o.tafels.maak("utrecht", new NieuweTafel(naam, "standaard", List.of(
                new Deelnemer("Marieke de Vries", "Woningcorporatie", "Ontruiming opschorten, huur tot €3.000",
                        new BigDecimal("3000")),
                new Deelnemer("Ahmed Yilmaz", "CJIB", "Boetes tot €500 kwijtschelden", new BigDecimal("500")),
                new Deelnemer("Els Bakker", "Werk & Inkomen", "Bijzondere bijstand", null))), "test");
    }

    /** A casus on the agenda of a coming bijeenkomst of its tafel. */
    static Casus geagendeerd(Tafel t, String titel) {
        Casus k = o.casussen.maak("utrecht", new NieuweCasus(t.id(), titel, "Huurachterstand en boetes.",
                new Inwoner(null, "A.B."), "wonen", List.of("Woningcorporatie", "CJIB"), Map.of("urgentie", "hoog")),
                "regisseur");
        o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.IN_VOORBEREIDING, null, null, "regisseur");
        Bijeenkomst b = o.bijeenkomsten.plan("utrecht", new NieuweBijeenkomst(t.id(), nl.doorbraak.core.platform.Tijd.vandaag().plusDays(1),
                List.of("Marieke de Vries", "Ahmed Yilmaz"), null), "regisseur");
        o.bijeenkomsten.agendeer("utrecht", b.id(), k.id(), "regisseur");
        return o.casussen.zoek("utrecht", k.id()).orElseThrow();
    }

    static NieuwBesluit doorbraak(List<String> deelnemers, List<Toezegging> toezeggingen, Uitgave uitgave,
            List<NieuweActie> acties) {
        return new NieuwBesluit(BesluitSoort.DOORBRAAK, "Ontruiming opgeschort, boete kwijtgescholden", null, DRIEHOEK,
                deelnemers, toezeggingen, uitgave, acties, null);
    }

    static List<VeldFout> fouten(Runnable r) {
        return catchThrowableOfType(OngeldigeInvoerException.class, r::run).fouten();
    }

    @Test
    void eenBijeenkomstHeeftAgendaEnAanwezigenMetHunMandaatVanToen() {
        Tafel t = tafel("Agendatafel");
        Casus k = geagendeerd(t, "Op de agenda");

        Bijeenkomst b = o.bijeenkomsten.lijst("utrecht", t.id(), 1, 10).results().get(0);
        assertThat(b.agenda()).containsExactly(k.id());
        assertThat(b.aanwezigen()).extracting(Deelnemer::naam, Deelnemer::mandaatBedrag)
                .containsExactly(tuple("Marieke de Vries", new BigDecimal("3000.00")),
                        tuple("Ahmed Yilmaz", new BigDecimal("500.00")));
        assertThat(k.status()).isEqualTo(CasusStatus.GEAGENDEERD);
        // again on the same agenda changes nothing
        assertThat(o.bijeenkomsten.agendeer("utrecht", b.id(), k.id(), "x").agenda()).containsExactly(k.id());

        assertThat(fouten(() -> o.bijeenkomsten.plan("utrecht", new NieuweBijeenkomst(t.id(), null,
                List.of("Onbekende Gast"), "x".repeat(4001)), "x"))).extracting(VeldFout::naam, VeldFout::code)
                .containsExactlyInAnyOrder(tuple("datum", "verplicht"), tuple("aanwezigen.0", "onbekend"),
                        tuple("notitie", "lengte"));
        // a casus that is only aangemeld is not ready for the tafel
        Casus nieuw = o.casussen.maak("utrecht", new NieuweCasus(t.id(), "Te vroeg", "x", null, null, null,
                Map.of("urgentie", "laag")), "x");
        assertThatThrownBy(() -> o.bijeenkomsten.agendeer("utrecht", b.id(), nieuw.id(), "x"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("in voorbereiding");
        // another gemeente's bijeenkomst does not exist for utrecht
        assertThat(o.bijeenkomsten.zoek("leeuwarden", b.id())).isEmpty();
        assertThat(o.events(DoorbraakEvents.BIJEENKOMST_GEPLAND)).isNotEmpty();
    }

    @Test
    void aanwezigenEnBesluitnemersHoudenHunKorteLijn() {
        var kok = o.contacten.maak("utrecht", new nl.doorbraak.api.domein.NieuwContact("CJIB", "Ahmed Yilmaz",
                "teamleider incasso", "Boetes tot €500 kwijtschelden", new BigDecimal("500"), null, "058-233 2301",
                null, true, false, "boetes", null), "x");
        Tafel t = o.tafels.maak("utrecht", new NieuweTafel("Tafel met korte lijn", "standaard", List.of(
                new Deelnemer("Marieke de Vries", "Woningcorporatie", "Huur tot €3.000", new BigDecimal("3000")),
                new Deelnemer(null, null, null, null, kok.id()))), "test");
        Casus k = geagendeerd(t, "Boetes en huur");
        Bijeenkomst bij = o.bijeenkomsten.lijst("utrecht", t.id(), 1, 10).results().get(0);
        Besluit b = o.besluiten.neem("utrecht", k.id(), doorbraak(List.of("Ahmed Yilmaz"),
                List.of(new Toezegging("CJIB", new BigDecimal("500"), "boete")), null, null), "x");

        Deelnemer zoAlsAanTafel = new Deelnemer("Ahmed Yilmaz", "CJIB", "Boetes tot €500 kwijtschelden",
                new BigDecimal("500.00"), kok.id());
        assertThat(bij.aanwezigen()).contains(zoAlsAanTafel);
        assertThat(b.deelnemers()).containsExactly(zoAlsAanTafel);
        assertThat(o.besluiten.zoek("utrecht", b.id()).orElseThrow().deelnemers()).containsExactly(zoAlsAanTafel);
        // the copy stays as it was when the tafel later drops the reference
        o.tafels.wijzig("utrecht", t.id(), 1, new NieuweTafel(t.naam(), "standaard", List.of(new Deelnemer(
                "Ahmed Yilmaz", "CJIB", "Boetes tot €500 kwijtschelden", new BigDecimal("500")))), "test");
        assertThat(o.bijeenkomsten.zoek("utrecht", bij.id()).orElseThrow().aanwezigen()).contains(zoAlsAanTafel);
    }

    @Test
    void eenDoorbraakZonderWaardendriehoekWordtGeweigerdMetWatErOntbreekt() {
        Tafel t = tafel("Driehoektafel");
        Casus k = geagendeerd(t, "Zonder driehoek");

        List<VeldFout> f = fouten(() -> o.besluiten.neem("utrecht", k.id(), new NieuwBesluit(BesluitSoort.DOORBRAAK,
                "Kwijtschelden", null, new Waardendriehoek(" ", null, null, null), List.of("Ahmed Yilmaz"), null,
                null, null, null), "x"));

        assertThat(f).extracting(VeldFout::naam).containsExactlyInAnyOrder("waardendriehoek.legitimiteit",
                "waardendriehoek.rendement", "waardendriehoek.rendementBedrag", "waardendriehoek.betrokkenheid");
        assertThat(f).filteredOn(v -> v.naam().endsWith("legitimiteit")).extracting(VeldFout::reden)
                .singleElement().asString().contains("hardheidsclausule");
        assertThat(o.besluiten.lijst("utrecht", k.id())).isEmpty();
        assertThat(o.casussen.zoek("utrecht", k.id()).orElseThrow().status()).isEqualTo(CasusStatus.GEAGENDEERD);
        // a regulier besluit needs no waardendriehoek
        Besluit r = o.besluiten.neem("utrecht", k.id(), new NieuwBesluit(BesluitSoort.REGULIER, "Betalingsregeling",
                null, null, List.of("Marieke de Vries"), null, null, null, null), "x");
        assertThat(r.waardendriehoek()).isEqualTo(Waardendriehoek.leeg());
    }

    @Test
    void eenToezeggingBovenHetMandaatWordtGeweigerdEnErIsNietsVastgelegd() {
        Tafel t = tafel("Mandaattafel");
        Casus k = geagendeerd(t, "Boven mandaat");

        List<VeldFout> boven = fouten(() -> o.besluiten.neem("utrecht", k.id(), doorbraak(List.of("Ahmed Yilmaz"),
                List.of(new Toezegging("CJIB", new BigDecimal("1200"), "boete kwijtschelden")), null, null), "x"));
        assertThat(boven).singleElement().satisfies(v -> {
            assertThat(v.naam()).isEqualTo("toezeggingen.0.bedrag");
            assertThat(v.code()).isEqualTo("mandaat");
            assertThat(v.reden()).contains("€ 1.200,00", "CJIB", "€ 500,00");
        });
        // nobody of that organisatie takes the besluit
        assertThat(fouten(() -> o.besluiten.neem("utrecht", k.id(), doorbraak(List.of("Ahmed Yilmaz"),
                List.of(new Toezegging("Woningcorporatie", new BigDecimal("800"), "huurachterstand")), null, null),
                "x"))).extracting(VeldFout::naam, VeldFout::code)
                .containsExactly(tuple("toezeggingen.0.organisatie", "mandaat"));
        // a deelnemer without an amount in the mandate cannot commit money
        assertThat(fouten(() -> o.besluiten.neem("utrecht", k.id(), doorbraak(List.of("Els Bakker"),
                List.of(new Toezegging("Werk & Inkomen", new BigDecimal("100"), null)), null, null), "x")))
                .extracting(VeldFout::code).containsExactly("mandaat");
        // someone not at the tafel cannot take it
        assertThat(fouten(() -> o.besluiten.neem("utrecht", k.id(), doorbraak(List.of("Jan Buiten"), null, null,
                null), "x"))).extracting(VeldFout::naam).containsExactly("deelnemers.0");
        assertThat(o.tel("SELECT COUNT(*) FROM besluit WHERE casus_id = ?", k.id())).isZero();

        Besluit b = o.besluiten.neem("utrecht", k.id(), doorbraak(List.of("ahmed yilmaz", "Marieke de Vries"),
                List.of(new Toezegging("CJIB", new BigDecimal("500"), "boete"),
                        new Toezegging("Woningcorporatie", new BigDecimal("2400.50"), "huurachterstand")), null, null),
                "x");
        assertThat(b.deelnemers()).extracting(Deelnemer::naam).containsExactly("Ahmed Yilmaz", "Marieke de Vries");
        assertThat(b.toezeggingen()).extracting(Toezegging::bedrag).containsExactly(new BigDecimal("500.00"),
                new BigDecimal("2400.50"));
        assertThat(o.casussen.zoek("utrecht", k.id()).orElseThrow().status()).isEqualTo(CasusStatus.BESLOTEN);
    }

    @Test
    void eenBesluitWordtNooitGewijzigdMaarGecorrigeerdDoorEenNieuw() {
        Tafel t = tafel("Correctietafel");
        Casus k = geagendeerd(t, "Correctie");
        Besluit eerste = o.besluiten.neem("utrecht", k.id(), doorbraak(List.of("Ahmed Yilmaz"),
                List.of(new Toezegging("CJIB", new BigDecimal("400"), null)), null, null), "x");

        Besluit correctie = o.besluiten.neem("utrecht", k.id(), new NieuwBesluit(BesluitSoort.DOORBRAAK,
                "Boete geheel kwijtgescholden (was 400, wordt 450)", null, DRIEHOEK, List.of("Ahmed Yilmaz"),
                List.of(new Toezegging("CJIB", new BigDecimal("450"), null)), null, null, eerste.id()), "x");

        assertThat(correctie.corrigeert()).isEqualTo(eerste.id());
        assertThat(o.besluiten.zoek("utrecht", eerste.id()).orElseThrow().gecorrigeerdDoor()).isEqualTo(correctie.id());
        // oldest first; two besluiten within one millisecond may come in either order
        assertThat(o.besluiten.lijst("utrecht", k.id())).extracting(Besluit::id).containsExactlyInAnyOrder(eerste.id(),
                correctie.id());
        // the old one is corrected once; the chain goes on from the correction
        assertThatThrownBy(() -> o.besluiten.neem("utrecht", k.id(), new NieuwBesluit(BesluitSoort.REGULIER, "Nog eens",
                null, null, List.of("Ahmed Yilmaz"), null, null, null, eerste.id()), "x"))
                .isInstanceOf(ConflictException.class).hasMessageContaining(correctie.id());
        // a besluit about another casus cannot be corrected from here
        Casus ander = geagendeerd(t, "Andere casus");
        assertThat(fouten(() -> o.besluiten.neem("utrecht", ander.id(), new NieuwBesluit(BesluitSoort.REGULIER, "x",
                null, null, List.of("Ahmed Yilmaz"), null, null, null, correctie.id()), "x")))
                .extracting(VeldFout::naam).containsExactly("corrigeert");
    }

    @Test
    void eenBesluitMetUitgaveEnActiesIsEenGeheel() {
        Tafel t = tafel("Potjetafel");
        Potje p = o.potjes.maak("utrecht", new NieuwPotje("Voorkom Erger Potje Overvecht", null, new BigDecimal("300")),
                "beheerder");
        Casus k = geagendeerd(t, "Ontruiming stoppen");
        LocalDate deadline = nl.doorbraak.core.platform.Tijd.vandaag().plusDays(14);

        // too much from the potje: nothing of the besluit is kept
        assertThatThrownBy(() -> o.besluiten.neem("utrecht", k.id(), doorbraak(List.of("Marieke de Vries"), null,
                new Uitgave(p.id(), new BigDecimal("350"), "huurachterstand"),
                List.of(new NieuweActie("Ontruiming intrekken", "Woningcorporatie", null, "Marieke", deadline))),
                "x")).isInstanceOf(ConflictException.class).hasMessageContaining("€ 300,00")
                .hasMessageContaining("niets vastgelegd");
        assertThat(o.tel("SELECT COUNT(*) FROM besluit WHERE casus_id = ?", k.id())).isZero();
        assertThat(o.tel("SELECT COUNT(*) FROM actie WHERE casus_id = ?", k.id())).isZero();
        assertThat(o.casussen.zoek("utrecht", k.id()).orElseThrow().status()).isEqualTo(CasusStatus.GEAGENDEERD);

        Besluit b = o.besluiten.neem("utrecht", k.id(), doorbraak(List.of("Marieke de Vries"), null,
                new Uitgave(p.id(), new BigDecimal("250"), "huurachterstand, ontruiming gestopt"),
                List.of(new NieuweActie("Ontruiming intrekken", "Woningcorporatie", null, "Marieke", deadline),
                        new NieuweActie("Budgetcoach regelen", "Schuldhulp", null, null, deadline.plusDays(7)))),
                "x");

        assertThat(b.uitgaven()).singleElement().satisfies(m -> {
            assertThat(m.bedrag()).isEqualByComparingTo("250");
            assertThat(m.saldoNa()).isEqualByComparingTo("50");
            assertThat(m.besluitId()).isEqualTo(b.id());
        });
        assertThat(o.potjes.zoek("utrecht", p.id()).orElseThrow().saldo()).isEqualByComparingTo("50");
        assertThat(o.acties.lijst("utrecht", new ActieFilter(k.id(), null, null, false, false, null), 1, 10).results())
                .extracting(Actie::organisatie, Actie::besluitId)
                .containsExactly(tuple("Woningcorporatie", b.id()), tuple("Schuldhulp", b.id()));
        assertThat(o.events(DoorbraakEvents.POTJE_UITGEGEVEN)).anySatisfy(
                e -> assertThat(e.getProperty(DoorbraakEvents.BESLUIT_ID)).isEqualTo(b.id()));
        assertThat(o.events(DoorbraakEvents.BESLUIT_GENOMEN)).anySatisfy(
                e -> assertThat(e.getProperty(DoorbraakEvents.SOORT)).isEqualTo("doorbraak"));
    }

    @Test
    void hetSaldoKomtNooitOnderNulOokNietBijVijftigGelijktijdigeUitgaven() throws Exception {
        Tafel t = tafel("Drukke tafel");
        Casus k = geagendeerd(t, "Veel tegelijk");
        Besluit b = o.besluiten.neem("utrecht", k.id(), new NieuwBesluit(BesluitSoort.REGULIER, "Kleine uitgaven",
                null, null, List.of("Marieke de Vries"), null, null, null, null), "x");
        Potje p = o.potjes.maak("utrecht", new NieuwPotje("Gedeeld potje", t.id(), new BigDecimal("1000")), "x");

        int aantal = 60;
        ExecutorService pool = Executors.newFixedThreadPool(aantal);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PotjeMutatie>> uit = new ArrayList<>();
        try {
            for (int i = 0; i < aantal; i++) {
                Callable<PotjeMutatie> c = () -> {
                    start.await();
                    return o.potjes.neemUit("utrecht", p.id(), b.id(), new BigDecimal("50"), "noodgeval", "x");
                };
                uit.add(pool.submit(c));
            }
            start.countDown();
            int gelukt = 0;
            int geweigerd = 0;
            for (Future<PotjeMutatie> f : uit) {
                try {
                    f.get();
                    gelukt++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                    geweigerd++;
                }
            }
            assertThat(gelukt).isEqualTo(20);
            assertThat(geweigerd).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
        Potje na = o.potjes.zoek("utrecht", p.id()).orElseThrow();
        assertThat(na.saldo()).isEqualByComparingTo("0");
        assertThat(na.uitgegeven()).isEqualByComparingTo("1000");
        List<PotjeMutatie> historie = o.potjes.historie("utrecht", p.id(), 1, 100).results();
        assertThat(historie).hasSize(21);
        // every step of the history adds up, newest first
        for (int i = 0; i < historie.size() - 1; i++) {
            assertThat(historie.get(i).saldoNa().add(historie.get(i).bedrag()))
                    .isEqualByComparingTo(historie.get(i + 1).saldoNa());
        }
        assertThat(historie).extracting(PotjeMutatie::volgnummer).doesNotHaveDuplicates();
    }

    @Test
    void eenPotjeVanEenAndereTafelOfGemeenteIsNietTeGebruiken() {
        Tafel t = tafel("Eigen tafel");
        Tafel ander = tafel("Andere tafel");
        Casus k = geagendeerd(t, "Verkeerd potje");
        Potje vanAnder = o.potjes.maak("utrecht", new NieuwPotje("Van de andere tafel", ander.id(), BigDecimal.TEN), "x");
        Potje leeuwarden = o.potjes.maak("leeuwarden", new NieuwPotje("Leeuwarder potje", null, BigDecimal.TEN), "x");

        assertThat(fouten(() -> o.besluiten.neem("utrecht", k.id(), doorbraak(List.of("Marieke de Vries"), null,
                new Uitgave(vanAnder.id(), BigDecimal.ONE, null), null), "x"))).extracting(VeldFout::naam)
                .containsExactly("uitgave.potjeId");
        assertThatThrownBy(() -> o.besluiten.neem("utrecht", k.id(), doorbraak(List.of("Marieke de Vries"), null,
                new Uitgave(leeuwarden.id(), BigDecimal.ONE, null), null), "x"))
                .isInstanceOf(NietGevondenException.class);
        assertThat(o.potjes.zoek("utrecht", leeuwarden.id())).isEmpty();
        assertThat(fouten(() -> o.potjes.stort("utrecht", vanAnder.id(), new BigDecimal("-5"), null, "x")))
                .extracting(VeldFout::naam).containsExactly("bedrag");
        assertThat(fouten(() -> o.potjes.stort("utrecht", vanAnder.id(), new BigDecimal("1.005"), null, "x")))
                .extracting(VeldFout::reden).singleElement().asString().contains("centen");
        assertThat(o.tel("SELECT COUNT(*) FROM besluit WHERE casus_id = ?", k.id())).isZero();
    }

    @Test
    void verlopenActiesStaanInDeLijstenEnGevenEenmaalEenEvent() {
        Tafel t = tafel("Actietafel");
        Casus k = geagendeerd(t, "Acties");
        Besluit b = o.besluiten.neem("utrecht", k.id(), new NieuwBesluit(BesluitSoort.REGULIER, "Afspraken", null,
                null, List.of("Els Bakker"), null, null, List.of(
                        new NieuweActie("Bijzondere bijstand toekennen", "Werk & Inkomen", null, "Els", nl.doorbraak.core.platform.Tijd.vandaag()
                                .plusDays(1)),
                        new NieuweActie("Huisbezoek", "Wijkteam", null, null, nl.doorbraak.core.platform.Tijd.vandaag().plusDays(2))),
                null), "x");
        List<Actie> gemaakt = o.acties.lijst("utrecht", new ActieFilter(k.id(), null, null, false, false, null), 1, 10)
                .results();
        // the deadline passes (a past deadline cannot be entered, so it is set back in the database)
        o.sql("UPDATE actie SET deadline = ? WHERE id = ?", nl.doorbraak.core.platform.Tijd.vandaag().minusDays(3), gemaakt.get(0).id());

        List<Actie> verlopen = o.acties.lijst("utrecht", new ActieFilter(null, null, null, false, true, null), 1, 100)
                .results();
        assertThat(verlopen).extracting(Actie::id).contains(gemaakt.get(0).id()).doesNotContain(gemaakt.get(1).id());
        assertThat(o.acties.lijst("utrecht", new ActieFilter(null, "werk & inkomen", null, false, true, null), 1, 100)
                .results()).extracting(Actie::id).contains(gemaakt.get(0).id());
        assertThat(o.acties.zoek("utrecht", gemaakt.get(0).id()).orElseThrow().verlopen()).isTrue();

        long voor = o.events(DoorbraakEvents.ACTIE_VERLOPEN).size();
        assertThat(o.acties.meldVerlopen()).isGreaterThanOrEqualTo(1);
        assertThat(o.acties.meldVerlopen()).isZero();
        assertThat(o.events(DoorbraakEvents.ACTIE_VERLOPEN)).hasSize((int) voor + 1)
                .last().satisfies(e -> assertThat(e.getProperty(DoorbraakEvents.ACTIE_ID)).isEqualTo(gemaakt.get(0).id()));

        Actie klaar = o.acties.gereed("utrecht", gemaakt.get(0).id(), "els");
        assertThat(klaar.gereed()).isNotNull();
        assertThat(klaar.verlopen()).isFalse();
        assertThat(o.acties.gereed("utrecht", gemaakt.get(0).id(), "ander").gereedDoor()).isEqualTo("els");
        assertThat(fouten(() -> o.acties.maak("utrecht", b.id(), new NieuweActie("", null, null, null,
                nl.doorbraak.core.platform.Tijd.vandaag().minusDays(1)), "x"))).extracting(VeldFout::naam)
                .containsExactlyInAnyOrder("omschrijving", "organisatie", "deadline");
        assertThatThrownBy(() -> o.acties.maak("eindhoven", b.id(), new NieuweActie("x", "y", null, null,
                nl.doorbraak.core.platform.Tijd.vandaag()), "x")).isInstanceOf(NietGevondenException.class);
        // the owner may be a contact of the korte lijnen of this gemeente, not of another
        var els = o.contacten.maak("utrecht", new nl.doorbraak.api.domein.NieuwContact("Werk & Inkomen", "Els Bakker",
                "klantmanager", null, null, "Overvecht", "030 286 00 00", null, false, false, null, null), "x");
        var leeuwarder = o.contacten.maak("leeuwarden", new nl.doorbraak.api.domein.NieuwContact("CJIB", "Jan Visser",
                "incasso", null, null, null, "058 123 45 67", null, false, false, null, null), "x");
        assertThat(o.acties.maak("utrecht", b.id(), new NieuweActie("Aanvraag afhandelen", "Werk & Inkomen", els.id(),
                null, nl.doorbraak.core.platform.Tijd.vandaag().plusDays(3)), "x").contactId()).isEqualTo(els.id());
        assertThat(o.acties.lijst("utrecht", new ActieFilter(null, null, els.id(), true, false, null), 1, 10).count())
                .isEqualTo(1);
        assertThat(fouten(() -> o.acties.maak("utrecht", b.id(), new NieuweActie("x", "CJIB", leeuwarder.id(), null,
                nl.doorbraak.core.platform.Tijd.vandaag().plusDays(3)), "x"))).extracting(VeldFout::naam, VeldFout::code)
                .containsExactly(tuple("contactId", "onbekend"));
    }
}
