package nl.doorbraak.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

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
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Potje;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.domein.Resultaat;
import nl.doorbraak.api.domein.StatusWijziging;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Toezegging;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.platform.Tijd;

/**
 * The demo year read back through the services, as a user of the demo meets it: a history that could have been made
 * through the platform itself, and figures like seed 001 ("gemiddeld 60 casussen per jaar ... 89 doorbraken").
 */
class DemoJaarTest {

    static final List<String> GEMEENTEN = List.of("utrecht", "leeuwarden", "eindhoven");

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static DemoJaar.Geladen eerste;
    static DemoJaar.Geladen tweede;
    static long laadtijdMs;
    static Map<String, Long> voorTweede;

    @BeforeAll
    static void laad() {
        o = new CoreOmgeving(map);
        long start = System.nanoTime();
        new DemoGegevens().laad(o.db);
        long jaar = System.nanoTime();
        eerste = new DemoJaar().laad(o.db);
        laadtijdMs = (System.nanoTime() - jaar) / 1_000_000;
        System.out.printf("DemoGegevens: %d ms, DemoJaar: %d ms%n",
                (jaar - start) / 1_000_000, laadtijdMs);
        voorTweede = tellingen();
        new DemoGegevens().laad(o.db);
        tweede = new DemoJaar().laad(o.db);
        System.out.println("Demo: " + eerste);
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static Map<String, Long> tellingen() {
        Map<String, Long> m = new HashMap<>();
        for (String t : List.of("casus", "bijeenkomst", "bijeenkomst_agenda", "bijeenkomst_aanwezige", "besluit",
                "besluit_bedrag", "actie", "potje", "potje_mutatie", "audit")) {
            m.put(t, o.tel("SELECT COUNT(*) FROM " + t));
        }
        m.put("gereed", o.tel("SELECT COUNT(*) FROM actie WHERE gereed IS NOT NULL"));
        return m;
    }

    /** Every page of a list, 100 at a time (the largest page the services give). */
    static <T> List<T> alle(IntFunction<Pagina<T>> pagina) {
        List<T> l = new ArrayList<>();
        for (int p = 1;; p++) {
            Pagina<T> x = pagina.apply(p);
            l.addAll(x.results());
            if (x.results().isEmpty() || l.size() >= x.count()) {
                return l;
            }
        }
    }

    static List<Casus> casussen(String gemeente) {
        return alle(p -> o.casussen.lijst(gemeente, CasusFilter.geen(), p, 100));
    }

    static Instant op(Casus k, CasusStatus naar) {
        return k.historie().stream().filter(w -> w.naar() == naar).map(StatusWijziging::op).findFirst().orElse(null);
    }

    static List<Besluit> alleBesluiten(String gemeente) {
        List<Besluit> l = new ArrayList<>();
        for (Casus k : casussen(gemeente)) {
            l.addAll(o.besluiten.lijst(gemeente, k.id()));
        }
        return l;
    }

    @Test
    void tweemaalLadenVerandertNietsEnSchrijftGeenAudit() {
        assertThat(eerste.besluiten()).isPositive();
        assertThat(tweede).isEqualTo(new DemoJaar.Geladen(0, 0, 0, 0, 0));
        assertThat(tellingen()).isEqualTo(voorTweede);
        // demo history is not what users did: the audittrail starts empty
        assertThat(voorTweede.get("audit")).isZero();
        // and it is fast enough for a demo start (about a second on an idle machine; generous for a busy CI)
        assertThat(laadtijdMs).as("laadtijd van het demojaar").isLessThan(10_000);
    }

    @Test
    void watEenDemogebruikerDeedBlijftVanHem(@TempDir Path andere) {
        try (CoreOmgeving e = new CoreOmgeving(andere)) {
            e.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
            new DemoGegevens().laad(e.db);
            // before the history is loaded, a demo user closes a casus the demo would give besluiten
            String casus = DemoGegevens.id("utrecht/geen-adres-geen-uitkering");
            e.casussen.wijzigStatus("utrecht", casus, null, CasusStatus.AFGESLOTEN, "Verhuisd naar een andere gemeente",
                    Resultaat.TERUGVERWEZEN, "utrecht-regisseur");
            DemoJaar.Geladen g = new DemoJaar().laad(e.db);
            assertThat(g.besluiten()).isEqualTo(eerste.besluiten() - 2);
            assertThat(e.besluiten.lijst("utrecht", casus)).isEmpty();
            assertThat(e.casussen.zoek("utrecht", casus).orElseThrow().resultaat()).isEqualTo(Resultaat.TERUGVERWEZEN);
            assertThat(e.tel("SELECT COUNT(*) FROM bijeenkomst_agenda WHERE casus_id = ?", casus)).isZero();
            assertThat(new DemoJaar().laad(e.db)).isEqualTo(new DemoJaar.Geladen(0, 0, 0, 0, 0));
        }
    }

    @Test
    void utrechtHeeftEenJaarAlsInDeCityDeal() {
        Instant jaarGeleden = Tijd.nu().minus(Duration.ofDays(365));
        long utrecht = casussen("utrecht").stream().filter(k -> k.aangemaakt().isAfter(jaarGeleden)).count();
        assertThat(utrecht).as("casussen van Utrecht in de laatste 365 dagen").isBetween(55L, 65L);
        Map<String, Long> doorbraken = new HashMap<>();
        for (String g : GEMEENTEN) {
            doorbraken.put(g, alleBesluiten(g).stream().filter(b -> b.soort() == BesluitSoort.DOORBRAAK)
                    .filter(b -> b.gecorrigeerdDoor() == null).filter(b -> b.genomen().isAfter(jaarGeleden)).count());
        }
        System.out.println("Geldende doorbraakbesluiten in 365 dagen: " + doorbraken);
        assertThat(doorbraken.get("utrecht")).as("doorbraakbesluiten van Utrecht").isBetween(80L, 100L);
        assertThat(casussen("leeuwarden").size()).isBetween(20, (int) utrecht - 1);
        assertThat(casussen("eindhoven").size()).isBetween(15, (int) utrecht - 1);
        assertThat(doorbraken.get("leeuwarden")).isBetween(20L, doorbraken.get("utrecht") - 1);
        assertThat(doorbraken.get("eindhoven")).isBetween(15L, doorbraken.get("utrecht") - 1);
    }

    @Test
    void elkeBeslotenCasusHeeftEenBijeenkomstEnEenBesluitOpTijd() {
        for (String g : GEMEENTEN) {
            Map<String, Bijeenkomst> bijeenkomsten = alle(p -> o.bijeenkomsten.lijst(g, null, p, 100)).stream()
                    .collect(Collectors.toMap(Bijeenkomst::id, b -> b));
            for (Casus k : casussen(g)) {
                Instant geagendeerd = op(k, CasusStatus.GEAGENDEERD);
                Instant besloten = op(k, CasusStatus.BESLOTEN);
                List<Bijeenkomst> opAgenda = bijeenkomsten.values().stream().filter(b -> b.agenda().contains(k.id()))
                        .toList();
                List<Besluit> besluiten = o.besluiten.lijst(g, k.id());
                if (geagendeerd == null) {
                    assertThat(opAgenda).as(k.titel()).isEmpty();
                    assertThat(besluiten).as(k.titel()).isEmpty();
                    continue;
                }
                // a bijeenkomst was planned before the casus went on its agenda, on or after that day
                assertThat(opAgenda).as(k.titel()).isNotEmpty().allSatisfy(b -> {
                    assertThat(b.aangemaakt()).isBefore(geagendeerd);
                    assertThat(b.datum()).isAfter(geagendeerd.atZone(Tijd.NEDERLAND).toLocalDate());
                    assertThat(b.tafelId()).isEqualTo(k.tafelId());
                });
                if (besloten == null) {
                    assertThat(besluiten).as(k.titel()).isEmpty();
                    assertThat(opAgenda.stream().anyMatch(b -> !b.datum().isBefore(Tijd.vandaag())))
                            .as("een geagendeerde casus staat op een komende bijeenkomst: " + k.titel()).isTrue();
                    continue;
                }
                assertThat(besluiten).as(k.titel()).isNotEmpty();
                Besluit eerste = besluiten.get(0);
                assertThat(eerste.genomen()).isBefore(besloten);
                Bijeenkomst bij = bijeenkomsten.get(eerste.bijeenkomstId());
                assertThat(bij.datum()).isEqualTo(besloten.atZone(Tijd.NEDERLAND).toLocalDate());
                // who took a besluit at a bijeenkomst was there, and it had taken place (issue 11: a mandate is a right)
                Set<String> aanwezig = bij.aanwezigen().stream().map(Deelnemer::naam).collect(Collectors.toSet());
                for (Besluit b : besluiten) {
                    if (b.bijeenkomstId() != null) {
                        assertThat(aanwezig).containsAll(b.deelnemers().stream().map(Deelnemer::naam).toList());
                        assertThat(bijeenkomsten.get(b.bijeenkomstId()).datum()).as(b.omschrijving())
                                .isBeforeOrEqualTo(b.genomen().atZone(Tijd.NEDERLAND).toLocalDate());
                    }
                }
            }
        }
    }

    @Test
    void afgeslotenMetDoorbraakHeeftEenGeldendDoorbraakbesluit() {
        int doorbraak = 0;
        for (String g : GEMEENTEN) {
            for (Casus k : casussen(g)) {
                if (k.status() == CasusStatus.AFGESLOTEN) {
                    assertThat(k.resultaat()).as(k.titel()).isNotNull();
                }
                if (k.resultaat() == Resultaat.DOORBRAAK) {
                    doorbraak++;
                    assertThat(o.besluiten.lijst(g, k.id())).as(k.titel()).anySatisfy(b -> {
                        assertThat(b.soort()).isEqualTo(BesluitSoort.DOORBRAAK);
                        assertThat(b.gecorrigeerdDoor()).isNull();
                    });
                }
            }
        }
        assertThat(doorbraak).isGreaterThan(30);
    }

    @Test
    void elkeDoorbraakStaatOpDeWaardendriehoekBinnenHetMandaat() {
        for (String g : GEMEENTEN) {
            Map<String, Set<String>> deelnemersPerTafel = o.tafels.lijst(g, 1, 100).results().stream()
                    .collect(Collectors.toMap(Tafel::id,
                            t -> t.deelnemers().stream().map(Deelnemer::naam).collect(Collectors.toSet())));
            Map<String, String> tafelVanCasus = casussen(g).stream()
                    .collect(Collectors.toMap(Casus::id, Casus::tafelId));
            for (Besluit b : alleBesluiten(g)) {
                assertThat(deelnemersPerTafel.get(tafelVanCasus.get(b.casusId())))
                        .containsAll(b.deelnemers().stream().map(Deelnemer::naam).toList());
                if (b.soort() == BesluitSoort.DOORBRAAK) {
                    assertThat(b.waardendriehoek().legitimiteit()).as(b.omschrijving()).isNotBlank();
                    assertThat(b.waardendriehoek().rendement()).isNotBlank();
                    assertThat(b.waardendriehoek().rendementBedrag()).isPositive();
                    assertThat(b.waardendriehoek().betrokkenheid()).isNotBlank();
                }
                // an uitgave from a potje, and all of a besluit's together, within the mandate of who took it
                BigDecimal geldmandaat = b.deelnemers().stream().map(Deelnemer::mandaatBedrag).filter(x -> x != null)
                        .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
                assertThat(b.uitgaven().stream().map(PotjeMutatie::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .as(b.omschrijving()).isLessThanOrEqualTo(geldmandaat);
                for (Toezegging t : b.toezeggingen()) {
                    BigDecimal mandaat = b.deelnemers().stream().filter(d -> d.organisatie().equals(t.organisatie()))
                            .map(Deelnemer::mandaatBedrag).filter(x -> x != null).max(BigDecimal::compareTo)
                            .orElse(BigDecimal.ZERO);
                    assertThat(t.bedrag()).as(b.omschrijving()).isPositive().isLessThanOrEqualTo(mandaat);
                }
            }
        }
    }

    @Test
    void potjesKomenNooitOnderNulEnElkeUitgaveHoortBijEenBesluit() {
        for (String g : GEMEENTEN) {
            List<Potje> potjes = o.potjes.lijst(g);
            assertThat(potjes).as(g).isNotEmpty();
            Set<String> besluiten = alleBesluiten(g).stream().map(Besluit::id).collect(Collectors.toSet());
            for (Potje p : potjes) {
                List<PotjeMutatie> m = new ArrayList<>(alle(x -> o.potjes.historie(g, p.id(), x, 100)));
                m.sort((a, b) -> Long.compare(a.volgnummer(), b.volgnummer()));
                BigDecimal saldo = BigDecimal.ZERO;
                Instant vorige = Instant.MIN;
                for (PotjeMutatie x : m) {
                    saldo = x.soort().equals(PotjeMutatie.STORTING) ? saldo.add(x.bedrag()) : saldo.subtract(x.bedrag());
                    assertThat(x.saldoNa()).as(p.naam() + " #" + x.volgnummer()).isEqualByComparingTo(saldo)
                            .isNotNegative();
                    assertThat(x.op()).isAfter(vorige).isBefore(Tijd.nu());
                    vorige = x.op();
                    if (x.soort().equals(PotjeMutatie.UITGAVE)) {
                        assertThat(besluiten).contains(x.besluitId());
                    }
                }
                assertThat(p.saldo()).isEqualByComparingTo(saldo).isNotNegative();
                assertThat(p.gestort().subtract(p.uitgegeven())).isEqualByComparingTo(p.saldo());
                assertThat(p.uitgegeven()).as(p.naam()).isPositive();
            }
        }
        // Utrecht: one for the gemeente, one per tafel
        assertThat(o.potjes.lijst("utrecht").stream().map(Potje::tafelId).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(null, DemoGegevens.id("utrecht-overvecht"),
                        DemoGegevens.id("utrecht-ondernemers"));
    }

    @Test
    void deVoorbeeldenUitDeBronnenStaanErIn() {
        // an eviction stopped with €250 from the potje
        List<Besluit> ontruiming = o.besluiten.lijst("leeuwarden", DemoGegevens.id("leeuwarden/huurachterstand-ontruiming"));
        assertThat(ontruiming).anySatisfy(b -> assertThat(b.uitgaven()).singleElement()
                .satisfies(u -> assertThat(u.bedrag()).isEqualByComparingTo("250")));
        // a CJIB fine and a DUO debt stacked: both organisaties commit within their mandate; one besluit corrected
        List<Besluit> stapeling = o.besluiten.lijst("leeuwarden", DemoGegevens.id("leeuwarden/cjib-en-duo"));
        assertThat(stapeling.stream().flatMap(b -> b.toezeggingen().stream()).map(Toezegging::organisatie))
                .contains("CJIB", "DUO");
        Besluit gecorrigeerd = stapeling.stream().filter(b -> b.gecorrigeerdDoor() != null).findFirst().orElseThrow();
        Besluit correctie = stapeling.stream().filter(b -> gecorrigeerd.id().equals(b.corrigeert())).findFirst()
                .orElseThrow();
        assertThat(correctie.genomen()).isAfter(gecorrigeerd.genomen());
        assertThat(correctie.toezeggingen().get(0).bedrag()).isEqualByComparingTo("2850");
        // a spoedaanvraag bijzondere bijstand, granted at the tafel
        assertThat(o.besluiten.lijst("leeuwarden", DemoGegevens.id("leeuwarden/spoedaanvraag-bijzondere-bijstand")))
                .anySatisfy(b -> assertThat(b.toezeggingen()).extracting(Toezegging::organisatie)
                        .containsExactly("Werk & Inkomen"));
        // in Utrecht too: besluiten by woningcorporatie, CJIB, DUO and zorgverzekeraar
        assertThat(alleBesluiten("utrecht").stream().flatMap(b -> b.toezeggingen().stream())
                .map(Toezegging::organisatie).collect(Collectors.toSet()))
                .contains("Woningcorporatie", "CJIB", "DUO", "Zorgverzekeraar", "Werk & Inkomen");
    }

    @Test
    void actiesZijnMeestalGereedSommigeOpenEnEnkeleVerlopen() {
        LocalDate vandaag = Tijd.vandaag();
        for (String g : GEMEENTEN) {
            List<Actie> acties = alle(p -> o.acties.lijst(g, ActieFilter.geen(), p, 100));
            long gereed = acties.stream().filter(a -> a.gereed() != null).count();
            long open = acties.stream().filter(a -> a.gereed() == null && !a.deadline().isBefore(vandaag)).count();
            long verlopen = acties.stream().filter(Actie::verlopen).count();
            System.out.printf("Acties %s: %d gereed, %d open, %d verlopen%n", g, gereed, open, verlopen);
            assertThat(gereed).as(g).isGreaterThan(acties.size() / 2);
            assertThat(open + verlopen).as(g).isPositive();
            Map<String, Casus> casussen = casussen(g).stream().collect(Collectors.toMap(Casus::id, k -> k));
            for (Actie a : acties) {
                Casus k = casussen.get(a.casusId());
                if (k.status() == CasusStatus.AFGESLOTEN) {
                    assertThat(a.gereed()).as("actie van een afgesloten casus: " + a.omschrijving()).isNotNull();
                }
                if (a.gereed() != null) {
                    assertThat(a.gereed()).isAfter(a.aangemaakt()).isBefore(Tijd.nu());
                }
            }
        }
        assertThat(o.acties.lijst("utrecht", new ActieFilter(null, null, null, false, true, null), 1, 100).count())
                .as("verlopen acties in Utrecht").isPositive();
    }

    @Test
    void bijeenkomstenOmDeTweeWekenMetAgendaEnAanwezigen() {
        for (String g : GEMEENTEN) {
            for (Tafel t : o.tafels.lijst(g, 1, 100).results()) {
                List<Bijeenkomst> l = alle(p -> o.bijeenkomsten.lijst(g, t.id(), p, 100));
                assertThat(l).as(t.naam()).hasSizeGreaterThan(3);
                assertThat(l.stream().filter(b -> !b.datum().isBefore(Tijd.vandaag())).count())
                        .as("komende bijeenkomsten van " + t.naam()).isGreaterThanOrEqualTo(2);
                long opSchema = l.stream().filter(b -> (l.get(0).datum().toEpochDay() - b.datum().toEpochDay()) % 14 == 0)
                        .count();
                assertThat(opSchema).as("om de twee weken: " + t.naam()).isGreaterThan(l.size() / 2);
                for (Bijeenkomst b : l) {
                    if (b.datum().isBefore(Tijd.vandaag())) {
                        assertThat(b.agenda()).isNotEmpty();
                        assertThat(b.aanwezigen()).hasSizeGreaterThanOrEqualTo(Math.min(3, t.deelnemers().size()));
                        // copies of the deelnemers as they were, their korte lijn (contactId) included
                        assertThat(t.deelnemers()).containsAll(b.aanwezigen());
                    }
                }
            }
        }
    }
}
