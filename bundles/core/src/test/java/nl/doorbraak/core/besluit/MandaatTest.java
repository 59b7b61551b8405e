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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Actie;
import nl.doorbraak.api.domein.ActieFilter;
import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuwBesluit;
import nl.doorbraak.api.domein.NieuwContact;
import nl.doorbraak.api.domein.NieuwPotje;
import nl.doorbraak.api.domein.NieuweActie;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Potje;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.domein.Resultaat;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Uitgave;
import nl.doorbraak.api.domein.Waardendriehoek;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.escalatie.EscalatieServiceImpl;
import nl.doorbraak.core.escalatie.NiveauVolger;
import nl.doorbraak.core.platform.Tijd;

/**
 * Issue 11, point 4: a mandate is a right, and the core holds it for every door (REST, shell, plug-ins). One test per
 * rule, on a real H2 database: who takes a besluit at a bijeenkomst was there and the bijeenkomst took place; an
 * uitgave from a potje is within the mandate of who decides it, and so are all uitgaven on one besluit together; a
 * casus is closed as doorbraak only when nothing is open, unless a casusregisseur overrides that with a reason.
 */
class MandaatTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static EscalatieServiceImpl escalaties;
    static String regisseur;
    static String tafellid;
    static String regisseurElders;

    static final Waardendriehoek DRIEHOEK = new Waardendriehoek("Hardheidsclausule art. 4:84 Awb",
            "Ontruiming voorkomen", new BigDecimal("45000"), "Mevrouw stelde het plan zelf voor");

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        escalaties = new EscalatieServiceImpl(o.db, new NiveauVolger(o.gemeenten), o.gemeenten, o.gebeurtenissen);
        regisseur = o.account("mandaat-regisseur", "utrecht", Rol.CASUSREGISSEUR);
        tafellid = o.account("mandaat-tafellid", "utrecht", Rol.TAFELLID);
        regisseurElders = o.account("mandaat-regisseur-eindhoven", "eindhoven", Rol.CASUSREGISSEUR);
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    /** Marieke may spend up to €3.000, Joost up to €300 (the potje), Sandra of UWV has no money mandate. */
    static Tafel tafel(String naam) {
        return o.tafels.maak("utrecht", new NieuweTafel(naam, "standaard", List.of(
                new Deelnemer("Marieke de Vries", "Woningcorporatie", "Huur tot €3.000", new BigDecimal("3000")),
                new Deelnemer("Joost van Leeuwen", "Buurtteam", "Voorkom Erger Potje tot €300",
                        new BigDecimal("300")),
                new Deelnemer("Sandra Bakker", "UWV", "Herbeoordeling met voorrang", null))), "test");
    }

    static Bijeenkomst bijeenkomst(Tafel t, LocalDate datum, String... aanwezigen) {
        return o.bijeenkomsten.plan("utrecht", new NieuweBijeenkomst(t.id(), datum, List.of(aanwezigen), null),
                regisseur);
    }

    /** A casus on the agenda of a bijeenkomst of today, with everyone of the tafel present. */
    static Casus geagendeerd(Tafel t, String titel) {
        Casus k = o.casussen.maak("utrecht", new NieuweCasus(t.id(), titel, "Huurachterstand; UWV beslist niet.",
                new Inwoner(null, "A.B."), "wonen", List.of("Woningcorporatie", "UWV"), Map.of("urgentie", "hoog")),
                regisseur);
        o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.IN_VOORBEREIDING, null, null, regisseur);
        Bijeenkomst b = bijeenkomst(t, Tijd.vandaag(), "Marieke de Vries", "Joost van Leeuwen", "Sandra Bakker");
        o.bijeenkomsten.agendeer("utrecht", b.id(), k.id(), regisseur);
        return k;
    }

    static NieuwBesluit besluit(String bijeenkomstId, Uitgave uitgave, List<NieuweActie> acties, String... wie) {
        return new NieuwBesluit(BesluitSoort.DOORBRAAK, "Ontruiming opgeschort", bijeenkomstId, DRIEHOEK, List.of(wie),
                null, uitgave, acties, null);
    }

    static Potje potje(String naam, String bedrag) {
        return o.potjes.maak("utrecht", new NieuwPotje(naam, null, new BigDecimal(bedrag)), "beheerder");
    }

    static List<VeldFout> fouten(Runnable r) {
        return catchThrowableOfType(OngeldigeInvoerException.class, r::run).fouten();
    }

    static long besluiten(Casus k) {
        return o.tel("SELECT COUNT(*) FROM besluit WHERE casus_id = ?", k.id());
    }

    // ------------------------------------------------------------------------------------------------ besluit

    @Test
    void opEenBijeenkomstBesluitenAlleenWieErWaren() {
        Tafel t = tafel("Aanwezigheidstafel");
        Casus k = geagendeerd(t, "Wie was er");
        Bijeenkomst gisteren = bijeenkomst(t, Tijd.vandaag().minusDays(1), "Marieke de Vries");

        List<VeldFout> f = fouten(() -> o.besluiten.neem("utrecht", k.id(), besluit(gisteren.id(), null, null,
                "Marieke de Vries", "Sandra Bakker"), regisseur));
        assertThat(f).extracting(VeldFout::naam, VeldFout::code).containsExactly(tuple("deelnemers.1", "afwezig"));
        assertThat(f.get(0).reden()).contains("Sandra Bakker", "niet aanwezig", "aanwezig: Marieke de Vries");
        assertThat(besluiten(k)).isZero();

        // at a bijeenkomst where nobody was recorded, nobody decides
        Bijeenkomst leeg = bijeenkomst(t, Tijd.vandaag().minusDays(2));
        assertThat(fouten(() -> o.besluiten.neem("utrecht", k.id(), besluit(leeg.id(), null, null,
                "Marieke de Vries"), regisseur))).singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo("afwezig");
                    assertThat(v.reden()).contains("niemand als aanwezig");
                });

        Besluit b = o.besluiten.neem("utrecht", k.id(), besluit(gisteren.id(), null, null, "marieke de vries"),
                regisseur);
        assertThat(b.bijeenkomstId()).isEqualTo(gisteren.id());
        assertThat(b.deelnemers()).extracting(Deelnemer::naam).containsExactly("Marieke de Vries");
        // outside a bijeenkomst (a spoedbesluit by telephone) the tafel's deelnemers decide, as before
        assertThat(o.besluiten.neem("utrecht", k.id(), besluit(null, null, null, "Sandra Bakker"), regisseur)
                .bijeenkomstId()).isNull();
    }

    @Test
    void eenBijeenkomstDieNogMoetKomenKrijgtGeenBesluiten() {
        Tafel t = tafel("Toekomsttafel");
        Casus k = geagendeerd(t, "Te vroeg");
        Bijeenkomst overmorgen = bijeenkomst(t, Tijd.vandaag().plusDays(2));

        assertThatThrownBy(() -> o.besluiten.neem("utrecht", k.id(), besluit(overmorgen.id(), null, null,
                "Marieke de Vries"), regisseur)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("nog niet geweest").hasMessageContaining(overmorgen.datum().toString());
        // with everyone present on paper, still not before the day itself
        Bijeenkomst metAanwezigen = bijeenkomst(t, Tijd.vandaag().plusDays(2), "Marieke de Vries");
        assertThatThrownBy(() -> o.besluiten.neem("utrecht", k.id(), besluit(metAanwezigen.id(), null, null,
                "Marieke de Vries"), regisseur)).isInstanceOf(ConflictException.class);
        assertThat(besluiten(k)).isZero();
        assertThat(o.casussen.zoek("utrecht", k.id()).orElseThrow().status()).isEqualTo(CasusStatus.GEAGENDEERD);

        // the bijeenkomst of today is taking place: its besluiten can be recorded
        Bijeenkomst vandaag = o.bijeenkomsten.lijst("utrecht", t.id(), 1, 10).results().stream()
                .filter(b -> b.agenda().contains(k.id())).findFirst().orElseThrow();
        assertThat(o.besluiten.neem("utrecht", k.id(), besluit(vandaag.id(), null, null, "Sandra Bakker"), regisseur)
                .bijeenkomstId()).isEqualTo(vandaag.id());
    }

    @Test
    void aanwezigIsDezelfdePersoonUitDeKorteLijnenOokOnderEenAndereNaam() {
        var contact = o.contacten.maak("utrecht", new NieuwContact("CJIB", "Ahmed Yilmaz", "teamleider incasso",
                "Boetes tot €500", new BigDecimal("500"), null, "058-233 2301", null, true, false, null, null), "x");
        Tafel t = o.tafels.maak("utrecht", new NieuweTafel("Korte-lijntafel", "standaard", List.of(
                new Deelnemer("Marieke de Vries", "Woningcorporatie", "Huur", new BigDecimal("3000")),
                new Deelnemer(null, null, null, null, contact.id()))), "test");
        Casus k = geagendeerd2(t);
        Bijeenkomst gisteren = bijeenkomst(t, Tijd.vandaag().minusDays(1), "Ahmed Yilmaz");
        // the tafel writes his name differently since; the korte lijn says it is the same person
        Tafel nu = o.tafels.zoek("utrecht", t.id()).orElseThrow();
        o.tafels.wijzig("utrecht", t.id(), nu.versie(), new NieuweTafel(t.naam(), "standaard", List.of(
                nu.deelnemers().get(0), new Deelnemer("A. Yilmaz", "CJIB", "Boetes tot €500", new BigDecimal("500"),
                        contact.id()))), "test");

        Besluit b = o.besluiten.neem("utrecht", k.id(), besluit(gisteren.id(), null, null, "A. Yilmaz"), regisseur);
        assertThat(b.deelnemers()).extracting(Deelnemer::contactId).containsExactly(contact.id());
        assertThat(fouten(() -> o.besluiten.neem("utrecht", k.id(), besluit(gisteren.id(), null, null,
                "Marieke de Vries"), regisseur))).extracting(VeldFout::code).containsExactly("afwezig");
    }

    private static Casus geagendeerd2(Tafel t) {
        Casus k = o.casussen.maak("utrecht", new NieuweCasus(t.id(), "Boetes", "Boetes stapelen.", null, null, null,
                Map.of("urgentie", "hoog")), regisseur);
        o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.IN_VOORBEREIDING, null, null, regisseur);
        Bijeenkomst b = bijeenkomst(t, Tijd.vandaag().plusDays(7));
        o.bijeenkomsten.agendeer("utrecht", b.id(), k.id(), regisseur);
        return k;
    }

    @Test
    void eenBijeenkomstMetBesluitenBlijftWaaropZeRusten() {
        Tafel t = tafel("Vaste bijeenkomst");
        Casus k = geagendeerd(t, "Vastgelegd");
        Bijeenkomst gisteren = bijeenkomst(t, Tijd.vandaag().minusDays(1), "Marieke de Vries", "Joost van Leeuwen");
        o.besluiten.neem("utrecht", k.id(), besluit(gisteren.id(), null, null, "Joost van Leeuwen"), regisseur);

        assertThatThrownBy(() -> o.bijeenkomsten.wijzig("utrecht", gisteren.id(), gisteren.versie(),
                new NieuweBijeenkomst(null, gisteren.datum(), List.of("Marieke de Vries"), null), regisseur))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Joost van Leeuwen");
        assertThatThrownBy(() -> o.bijeenkomsten.wijzig("utrecht", gisteren.id(), gisteren.versie(),
                new NieuweBijeenkomst(null, Tijd.vandaag().plusDays(3), List.of("Joost van Leeuwen"), null),
                regisseur)).isInstanceOf(ConflictException.class).hasMessageContaining("niet later");
        // adding someone, or an earlier date, keeps what the besluit rests on
        Bijeenkomst erbij = o.bijeenkomsten.wijzig("utrecht", gisteren.id(), gisteren.versie(), new NieuweBijeenkomst(
                null, gisteren.datum().minusDays(1), List.of("Joost van Leeuwen", "Sandra Bakker"), null), regisseur);
        assertThat(erbij.aanwezigen()).extracting(Deelnemer::naam).containsExactly("Joost van Leeuwen",
                "Sandra Bakker");
    }

    // ------------------------------------------------------------------------------------------------ potje

    @Test
    void eenUitgaveValtBinnenHetMandaatVanWieHaarBesluit() {
        Tafel t = tafel("Uitgavetafel");
        Potje p = potje("Potje uitgavetafel", "2000");
        Casus k = geagendeerd(t, "UWV zonder geldmandaat");

        // Sandra of UWV has no money mandate: €800 from the potje in her besluit is refused, nothing is recorded
        List<VeldFout> inBesluit = fouten(() -> o.besluiten.neem("utrecht", k.id(), besluit(null,
                new Uitgave(p.id(), new BigDecimal("800"), "huur"), null, "Sandra Bakker"), regisseur));
        assertThat(inBesluit).extracting(VeldFout::naam, VeldFout::code)
                .containsExactly(tuple("uitgave.bedrag", "mandaat"));
        assertThat(inBesluit.get(0).reden()).contains("mandaat voor geld", "Sandra Bakker, UWV", "€ 800,00");
        assertThat(besluiten(k)).isZero();

        // nor afterwards, on a besluit she took alone
        Besluit vanSandra = o.besluiten.neem("utrecht", k.id(), besluit(null, null, null, "Sandra Bakker"), regisseur);
        assertThat(fouten(() -> o.potjes.neemUit("utrecht", p.id(), vanSandra.id(), new BigDecimal("800"), "huur",
                regisseur))).extracting(VeldFout::naam, VeldFout::code).containsExactly(tuple("bedrag", "mandaat"));
        // Joost may spend up to €300: one cent more is refused with his mandate in the message
        Besluit vanJoost = o.besluiten.neem("utrecht", k.id(), besluit(null, null, null, "Joost van Leeuwen",
                "Sandra Bakker"), regisseur);
        assertThat(fouten(() -> o.potjes.neemUit("utrecht", p.id(), vanJoost.id(), new BigDecimal("300.01"), "huur",
                regisseur))).singleElement().satisfies(v -> assertThat(v.reden()).contains("€ 300,01", "€ 300,00",
                        "Joost van Leeuwen"));
        assertThat(o.potjes.zoek("utrecht", p.id()).orElseThrow().saldo()).isEqualByComparingTo("2000");
        // within it, it goes through; with Marieke at the table, her mandate carries more
        assertThat(o.potjes.neemUit("utrecht", p.id(), vanJoost.id(), new BigDecimal("300"), "huur", regisseur)
                .saldoNa()).isEqualByComparingTo("1700");
        Besluit metMarieke = o.besluiten.neem("utrecht", k.id(), besluit(null,
                new Uitgave(p.id(), new BigDecimal("800"), "huur"), null, "Sandra Bakker", "Marieke de Vries"),
                regisseur);
        assertThat(metMarieke.uitgaven()).extracting(PotjeMutatie::bedrag).containsExactly(new BigDecimal("800.00"));
    }

    @Test
    void alleUitgavenBijEenBesluitSamenBlijvenBinnenWatHetToestaat() {
        Tafel t = tafel("Optellen");
        Potje p = potje("Potje optellen", "1000");
        Potje ander = potje("Ander potje optellen", "1000");
        Casus k = geagendeerd(t, "Tweeëntwintig uitgaven");
        Besluit b = o.besluiten.neem("utrecht", k.id(), besluit(null, new Uitgave(p.id(), new BigDecimal("100"),
                "eerste deel"), null, "Joost van Leeuwen"), regisseur);

        for (int i = 0; i < 6; i++) {
            o.potjes.neemUit("utrecht", i % 2 == 0 ? p.id() : ander.id(), b.id(), new BigDecimal("33.33"), "deel",
                    regisseur);
        }
        // 100 + 6 × 33.33 = 299.98: two cents left, from whichever potje
        assertThatThrownBy(() -> o.potjes.neemUit("utrecht", ander.id(), b.id(), new BigDecimal("0.03"), "deel",
                regisseur)).isInstanceOf(ConflictException.class).hasMessageContaining("€ 299,98")
                .hasMessageContaining("€ 300,01").hasMessageContaining("€ 300,00")
                .hasMessageContaining("Joost van Leeuwen").hasMessageContaining("niets vastgelegd");
        assertThat(o.potjes.neemUit("utrecht", ander.id(), b.id(), new BigDecimal("0.02"), "deel", regisseur))
                .isNotNull();
        assertThatThrownBy(() -> o.potjes.neemUit("utrecht", p.id(), b.id(), new BigDecimal("0.01"), "deel",
                regisseur)).isInstanceOf(ConflictException.class);
        assertThat(o.besluiten.zoek("utrecht", b.id()).orElseThrow().uitgaven().stream().map(PotjeMutatie::bedrag)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("300");
        assertThat(o.potjes.zoek("utrecht", p.id()).orElseThrow().saldo().add(o.potjes.zoek("utrecht", ander.id())
                .orElseThrow().saldo())).isEqualByComparingTo("1700");
    }

    @Test
    void eenCorrectieVervangtHetBesluitOokInWatErUitgegevenIs() {
        Tafel t = tafel("Correctiepotje");
        Potje p = potje("Potje correcties", "1000");
        Casus k = geagendeerd(t, "Gecorrigeerd");
        Besluit eerste = o.besluiten.neem("utrecht", k.id(), besluit(null, new Uitgave(p.id(), new BigDecimal("250"),
                "huur"), null, "Joost van Leeuwen"), regisseur);
        Besluit correctie = o.besluiten.neem("utrecht", k.id(), new NieuwBesluit(BesluitSoort.DOORBRAAK,
                "Correctie: ook de deurwaarder", null, DRIEHOEK, List.of("Joost van Leeuwen"), null, null, null,
                eerste.id()), regisseur);

        // the corrected besluit no longer holds
        assertThatThrownBy(() -> o.potjes.neemUit("utrecht", p.id(), eerste.id(), BigDecimal.ONE, "x", regisseur))
                .isInstanceOf(ConflictException.class).hasMessageContaining(correctie.id());
        // what the corrected one spent counts for the correction: €50 is left of Joost's €300, not €300
        assertThatThrownBy(() -> o.potjes.neemUit("utrecht", p.id(), correctie.id(), new BigDecimal("51"), "x",
                regisseur)).isInstanceOf(ConflictException.class).hasMessageContaining("corrigeert");
        assertThat(o.potjes.neemUit("utrecht", p.id(), correctie.id(), new BigDecimal("50"), "deurwaarder", regisseur)
                .saldoNa()).isEqualByComparingTo("700");
    }

    @Test
    void gelijktijdigeUitgavenBijEenBesluitKomenSamenNietBovenHetMandaat() throws Exception {
        Tafel t = tafel("Drukte");
        Potje p = potje("Potje drukte", "5000");
        Casus k = geagendeerd(t, "Zestig tegelijk");
        Besluit b = o.besluiten.neem("utrecht", k.id(), besluit(null, null, null, "Joost van Leeuwen"), regisseur);

        int aantal = 60;
        ExecutorService pool = Executors.newFixedThreadPool(aantal);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PotjeMutatie>> uit = new ArrayList<>();
        int gelukt = 0;
        try {
            for (int i = 0; i < aantal; i++) {
                Callable<PotjeMutatie> c = () -> {
                    start.await();
                    return o.potjes.neemUit("utrecht", p.id(), b.id(), new BigDecimal("10"), "noodgeval", regisseur);
                };
                uit.add(pool.submit(c));
            }
            start.countDown();
            for (Future<PotjeMutatie> f : uit) {
                try {
                    f.get();
                    gelukt++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // €300 of Joost's mandate in €10 uitgaven: exactly 30, however they arrived
        assertThat(gelukt).isEqualTo(30);
        assertThat(o.potjes.zoek("utrecht", p.id()).orElseThrow().saldo()).isEqualByComparingTo("4700");
        assertThat(o.tel("SELECT COUNT(*) FROM potje_mutatie WHERE besluit_id = ?", b.id())).isEqualTo(30);
    }

    // ------------------------------------------------------------------------------------------------ casus

    /** A casus with a doorbraak, one actie still open and an open escalatie. */
    static Casus metOpenstaand(Tafel t, String titel) {
        Casus k = geagendeerd(t, titel);
        o.besluiten.neem("utrecht", k.id(), besluit(null, null, List.of(new NieuweActie("Regeling tekenen",
                "Woningcorporatie", null, null, Tijd.vandaag().plusDays(14))), "Marieke de Vries"), regisseur);
        escalaties.escaleer("utrecht", k.id(), "bestuur", "UWV beslist niet binnen de termijn.", regisseur);
        return o.casussen.zoek("utrecht", k.id()).orElseThrow();
    }

    @Test
    void alsDoorbraakAfsluitenWachtOpOpenEscalatiesEnActies() {
        Tafel t = tafel("Afsluittafel");
        Casus k = metOpenstaand(t, "Nog open");

        assertThatThrownBy(() -> o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.AFGESLOTEN,
                "Opgelost", Resultaat.DOORBRAAK, regisseur)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("escalatie op niveau 'bestuur'")
                .hasMessageContaining("actie van Woningcorporatie")
                .hasMessageContaining("ondanksOpenstaand");
        Casus na = o.casussen.zoek("utrecht", k.id()).orElseThrow();
        assertThat(na.status()).isEqualTo(CasusStatus.BESLOTEN);
        assertThat(na.versie()).isEqualTo(k.versie());

        // once the escalatie is resolved and the actie done, the casus closes as doorbraak
        Escalatie e = escalaties.vanCasus("utrecht", k.id()).get(0);
        escalaties.losOp("utrecht", e.id(), null, "Bestuur heeft UWV gebeld", regisseur);
        assertThatThrownBy(() -> o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.AFGESLOTEN,
                "Opgelost", Resultaat.DOORBRAAK, regisseur)).isInstanceOf(ConflictException.class)
                .hasMessageNotContaining("escalatie op niveau");
        Actie a = o.acties.lijst("utrecht", new ActieFilter(k.id(), null, null, false, false, null), 1, 10).results()
                .get(0);
        o.acties.gereed("utrecht", a.id(), regisseur);
        assertThat(o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.AFGESLOTEN, "Opgelost",
                Resultaat.DOORBRAAK, regisseur).resultaat()).isEqualTo(Resultaat.DOORBRAAK);
    }

    @Test
    void andersDanAlsDoorbraakAfsluitenMagMetOpenstaand() {
        Casus k = metOpenstaand(tafel("Terugverwijstafel"), "Terug naar UWV");
        assertThat(o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.AFGESLOTEN, "UWV handelt het af",
                Resultaat.TERUGVERWEZEN, regisseur).status()).isEqualTo(CasusStatus.AFGESLOTEN);
        // the choice belongs to closing as doorbraak only
        Casus ander = geagendeerd(tafel("Verkeerde keuze"), "Geen afsluiting");
        assertThat(fouten(() -> o.casussen.wijzigStatus("utrecht", ander.id(), null, CasusStatus.IN_VOORBEREIDING,
                "Terug", null, true, regisseur))).extracting(VeldFout::naam, VeldFout::code)
                .containsExactly(tuple("ondanksOpenstaand", "waarde"));
    }

    @Test
    void alleenEenCasusregisseurSluitAfOndanksOpenstaandMetEenRedenInDeAudittrail() {
        Casus k = metOpenstaand(tafel("Doorzettafel"), "Doorzetten");

        for (String wie : List.of(tafellid, regisseurElders, "onbekend-account")) {
            assertThatThrownBy(() -> o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.AFGESLOTEN,
                    "Toch klaar", Resultaat.DOORBRAAK, true, wie)).as(wie).isInstanceOf(GeenToegangException.class)
                    .hasMessageContaining("casusregisseur");
        }
        // a reason is what closing always asks
        assertThat(fouten(() -> o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.AFGESLOTEN, " ",
                Resultaat.DOORBRAAK, true, regisseur))).extracting(VeldFout::naam).containsExactly("reden");
        assertThat(o.casussen.zoek("utrecht", k.id()).orElseThrow().status()).isEqualTo(CasusStatus.BESLOTEN);

        Casus dicht = o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.AFGESLOTEN,
                "De escalatie naar het bestuur gaat over de regel, niet meer over deze inwoner", Resultaat.DOORBRAAK,
                true, regisseur);
        assertThat(dicht.status()).isEqualTo(CasusStatus.AFGESLOTEN);
        assertThat(dicht.historie().get(dicht.historie().size() - 1).reden()).contains("de regel");
        AuditRegel regel = o.audittrail.vanCasus("utrecht", k.id()).stream()
                .filter(r -> r.object().equals("casus") && r.actie().equals("status")).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(regel.door()).isEqualTo(regisseur);
        assertThat(regel.wijzigingen()).anySatisfy(w -> {
            assertThat(w.veld()).isEqualTo("ondanksOpenstaand");
            assertThat(w.nieuw().toString()).contains("escalatie op niveau 'bestuur'", "actie van Woningcorporatie");
        });
        assertThat(regel.wijzigingen()).anySatisfy(w -> assertThat(w.nieuw()).isEqualTo(
                "De escalatie naar het bestuur gaat over de regel, niet meer over deze inwoner"));
    }

    @Test
    void escalerenEnAfsluitenTegelijkLukkenNooitAllebei() throws Exception {
        Tafel t = tafel("Tegelijk");
        int rondes = 15;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < rondes; i++) {
                Casus k = geagendeerd(t, "Ronde " + i);
                o.besluiten.neem("utrecht", k.id(), besluit(null, null, null, "Marieke de Vries"), regisseur);
                CountDownLatch start = new CountDownLatch(1);
                Future<?> sluit = pool.submit(() -> {
                    start.await();
                    return o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.AFGESLOTEN, "Klaar",
                            Resultaat.DOORBRAAK, regisseur);
                });
                Future<?> escaleer = pool.submit(() -> {
                    start.await();
                    return escalaties.escaleer("utrecht", k.id(), null, "Toch nog iets", regisseur);
                });
                start.countDown();
                boolean dicht = gelukt(sluit);
                boolean geescaleerd = gelukt(escaleer);
                assertThat(dicht && geescaleerd).as("ronde " + i + ": afgesloten als doorbraak met een open escalatie")
                        .isFalse();
                assertThat(dicht || geescaleerd).as("ronde " + i).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean gelukt(Future<?> f) throws InterruptedException {
        try {
            f.get();
            return true;
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(ConflictException.class);
            return false;
        }
    }
}
