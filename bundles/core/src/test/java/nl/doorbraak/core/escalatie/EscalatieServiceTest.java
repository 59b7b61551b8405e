package nl.doorbraak.core.escalatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieFilter;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.escalatie.ExtraEscalatieniveau;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.NietBeschikbaarException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.gemeente.GemeenteConfiguratie;

/** Escalaties on a real H2 database, as a casusregisseur and the scheduled check use them. */
class EscalatieServiceTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static NiveauVolger niveaus;
    static EscalatieKern service;
    static VerlopenControle controle;
    static final String R = "utrecht-regisseur";

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        route("utrecht", "Gemeente Utrecht", "tafel:5,directie:10,bestuur:20");
        route("eindhoven", "Gemeente Eindhoven", "tafel:5,directie:10,bestuur:20");
        niveaus = new NiveauVolger(o.gemeenten);
        service = new EscalatieKern(o.db, niveaus, o.gemeenten, o.gebeurtenissen);
        controle = new VerlopenControle(o.db, o.gebeurtenissen, o.gezondheid,
                Map.of(VerlopenControle.SLEUTEL, "86400"));
    }

    @AfterAll
    static void stop() {
        controle.deactiveer();
        o.close();
    }

    /** Replaces the gemeente's configuration (same pid as CoreOmgeving's) with this route. */
    static void route(String id, String naam, String niveaus) {
        new GemeenteConfiguratie(o.gemeenten, Map.of("service.pid", "nl.doorbraak.gemeente~" + id, "id", id, "naam",
                naam, "varianten", "standaard", "escalatieniveaus", niveaus));
    }

    static Casus casus(String gemeente) {
        Tafel t = o.tafel(gemeente, "Escalatietafel");
        return o.casussen.maak(gemeente, new NieuweCasus(t.id(), "Ontruiming aangezegd",
                "Huurachterstand na wegvallen van werk; UWV-besluit laat op zich wachten.", new Inwoner(null, "S.B."),
                "wonen", List.of("Woningcorporatie", "UWV"), Map.of("urgentie", "hoog", "aangebrachtDoor", "Buurtteam Overvecht")), R);
    }

    static long aantal(Casus c) {
        return o.tel("SELECT COUNT(*) FROM escalatie WHERE casus_id = ?", c.id());
    }

    @Test
    void eenEscalatieBegintOpHetEersteNiveauMetDeadlineEnEvent() {
        Casus c = casus("utrecht");
        o.events.clear();

        Escalatie e = service.escaleer("utrecht", c.id(), null, "  UWV beslist niet; ontruiming volgende week.  ", R);

        assertThat(e.niveau()).isEqualTo("tafel");
        assertThat(e.reactietermijnDagen()).isEqualTo(5);
        assertThat(e.status()).isEqualTo(EscalatieStatus.OPEN);
        assertThat(e.reden()).isEqualTo("UWV beslist niet; ontruiming volgende week.");
        assertThat(e.deadline()).isEqualTo(e.aangemaakt().plus(Duration.ofDays(5)));
        assertThat(e.verlopen()).isFalse();
        assertThat(e.aangemaaktDoor()).isEqualTo(R);
        assertThat(e.historie()).singleElement().satisfies(h -> {
            assertThat(h.van()).isNull();
            assertThat(h.naar()).isEqualTo(EscalatieStatus.OPEN);
            assertThat(h.door()).isEqualTo(R);
            assertThat(h.toelichting()).isEqualTo(e.reden());
        });
        assertThat(service.zoek("utrecht", e.id())).contains(e);
        assertThat(service.vanCasus("utrecht", c.id())).containsExactly(e);
        assertThat(o.events(DoorbraakEvents.ESCALATIE_AANGEMAAKT)).singleElement().satisfies(ev -> {
            assertThat(ev.getProperty(DoorbraakEvents.ESCALATIE_ID)).isEqualTo(e.id());
            assertThat(ev.getProperty(DoorbraakEvents.CASUS_ID)).isEqualTo(c.id());
            assertThat(ev.getProperty(DoorbraakEvents.GEMEENTE)).isEqualTo("utrecht");
            assertThat(ev.getProperty(DoorbraakEvents.NIVEAU)).isEqualTo("tafel");
            assertThat(ev.getProperty(DoorbraakEvents.DOOR)).isEqualTo(R);
        });
    }

    @Test
    void zonderRedenOfMetOnbekendNiveauWordtNietsVastgelegd() {
        Casus c = casus("utrecht");

        assertThatThrownBy(() -> service.escaleer("utrecht", c.id(), null, " ", R))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .singleElement().satisfies(f -> {
                            assertThat(f.naam()).isEqualTo("reden");
                            assertThat(f.code()).isEqualTo("verplicht");
                            assertThat(f.reden()).contains("Geef een reden");
                        }));
        assertThatThrownBy(() -> service.escaleer("utrecht", c.id(), "wethouder", "Reden", R))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .singleElement().satisfies(f -> {
                            assertThat(f.naam()).isEqualTo("niveau");
                            assertThat(f.reden()).contains("'wethouder'", "tafel, directie, bestuur");
                        }));
        assertThat(aantal(c)).isZero();
    }

    @Test
    void eenCasusHeeftHoogstensEenOpenEscalatieEnEenAfgeslotenCasusGeenNieuwe() {
        Casus c = casus("utrecht");
        service.escaleer("utrecht", c.id(), "directie", "Eerste", R);

        assertThatThrownBy(() -> service.escaleer("utrecht", c.id(), null, "Tweede", R))
                .isInstanceOf(ConflictException.class).hasMessageContaining("al een open escalatie op niveau 'directie'");
        assertThat(aantal(c)).isEqualTo(1);

        Casus dicht = casus("utrecht");
        o.casussen.wijzigStatus("utrecht", dicht.id(), null, CasusStatus.AFGESLOTEN, "Opgelost zonder tafel",
                nl.doorbraak.api.domein.Resultaat.OPGELOST_ZONDER_DOORBRAAK, R);
        assertThatThrownBy(() -> service.escaleer("utrecht", dicht.id(), null, "Toch escaleren", R))
                .isInstanceOf(ConflictException.class).hasMessageContaining("afgesloten");
        assertThat(aantal(dicht)).isZero();
    }

    @Test
    void gelijktijdigEscalerenGeeftPreciesEenOpenEscalatie() throws Exception {
        Casus c = casus("utrecht");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Escalatie>> uitkomsten = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String reden = "Poging " + i;
                uitkomsten.add(pool.submit((Callable<Escalatie>) () -> service.escaleer("utrecht", c.id(), null,
                        reden, R)));
            }
            int gelukt = 0;
            for (Future<Escalatie> f : uitkomsten) {
                try {
                    f.get();
                    gelukt++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                }
            }
            assertThat(gelukt).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(o.tel("SELECT COUNT(*) FROM escalatie WHERE casus_id = ? AND status = 'open'", c.id())).isEqualTo(1);
    }

    @Test
    void eenAndereGemeenteZietNietsEnKanNietsWijzigen() {
        Casus c = casus("utrecht");
        Escalatie e = service.escaleer("utrecht", c.id(), null, "Reden", R);

        assertThat(service.zoek("eindhoven", e.id())).isEmpty();
        assertThatThrownBy(() -> service.vanCasus("eindhoven", c.id())).isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> service.escaleer("eindhoven", c.id(), null, "Reden", "eindhoven-regisseur"))
                .isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> service.beantwoord("eindhoven", e.id(), null, "Antwoord", "eindhoven-regisseur"))
                .isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> service.escaleerDoor("eindhoven", e.id(), null, "Hoger", "eindhoven-regisseur"))
                .isInstanceOf(NietGevondenException.class);
        assertThat(service.lijst("eindhoven", EscalatieFilter.geen(), 1, 100).results())
                .noneMatch(x -> x.id().equals(e.id()));
        assertThat(service.zoek("utrecht", e.id()).orElseThrow().status()).isEqualTo(EscalatieStatus.OPEN);
    }

    @Test
    void beantwoordenBewaartHetAntwoordEnWieWanneerWaarom() {
        Casus c = casus("utrecht");
        Escalatie e = service.escaleer("utrecht", c.id(), null, "UWV beslist niet", R);
        assertThatThrownBy(() -> service.beantwoord("utrecht", e.id(), null, "", R))
                .isInstanceOf(OngeldigeInvoerException.class);
        o.events.clear();

        Escalatie b = service.beantwoord("utrecht", e.id(), e.versie(), "UWV beslist binnen een week.", "utrecht-tafel");

        assertThat(b.status()).isEqualTo(EscalatieStatus.BEANTWOORD);
        assertThat(b.antwoord()).isEqualTo("UWV beslist binnen een week.");
        assertThat(b.versie()).isEqualTo(e.versie() + 1);
        assertThat(b.historie()).hasSize(2).last().satisfies(h -> {
            assertThat(h.van()).isEqualTo(EscalatieStatus.OPEN);
            assertThat(h.naar()).isEqualTo(EscalatieStatus.BEANTWOORD);
            assertThat(h.door()).isEqualTo("utrecht-tafel");
            assertThat(h.op()).isNotNull();
            assertThat(h.toelichting()).isEqualTo("UWV beslist binnen een week.");
        });
        assertThat(service.zoek("utrecht", e.id())).contains(b);
        assertThat(o.events(DoorbraakEvents.ESCALATIE_BEANTWOORD)).hasSize(1);
        assertThatThrownBy(() -> service.beantwoord("utrecht", e.id(), null, "Nog eens", R))
                .isInstanceOf(ConflictException.class).hasMessageContaining("al beantwoord");
        assertThatThrownBy(() -> service.losOp("utrecht", e.id(), null, null, R)).isInstanceOf(ConflictException.class);

        // the answer did not solve it: escalating again without a level goes one higher
        Escalatie opnieuw = service.escaleer("utrecht", c.id(), null, "Het antwoord helpt niet: ontruiming morgen", R);
        assertThat(opnieuw.niveau()).isEqualTo("directie");
        assertThat(opnieuw.deadline()).isEqualTo(opnieuw.aangemaakt().plus(Duration.ofDays(10)));
    }

    @Test
    void eenVerouderdeVersieWordtGeweigerd() {
        Casus c = casus("utrecht");
        Escalatie e = service.escaleer("utrecht", c.id(), null, "Reden", R);
        assertThatThrownBy(() -> service.beantwoord("utrecht", e.id(), e.versie() + 5, "Antwoord", R))
                .isInstanceOf(ConflictException.class).hasMessageContaining("door een ander gewijzigd");
        assertThat(service.zoek("utrecht", e.id()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void doorescalerenGaatNiveauVoorNiveauOmhoogTotHetHoogste() {
        Casus c = casus("utrecht");
        Escalatie tafel = service.escaleer("utrecht", c.id(), null, "Tafel kan UWV niet bewegen", R);
        o.events.clear();

        Escalatie directie = service.escaleerDoor("utrecht", tafel.id(), tafel.versie(), "Geen reactie binnen 5 dagen", R);

        assertThat(directie.niveau()).isEqualTo("directie");
        assertThat(directie.status()).isEqualTo(EscalatieStatus.OPEN);
        assertThat(directie.vorige()).isEqualTo(tafel.id());
        assertThat(directie.reden()).isEqualTo("Geen reactie binnen 5 dagen");
        Escalatie oud = service.zoek("utrecht", tafel.id()).orElseThrow();
        assertThat(oud.status()).isEqualTo(EscalatieStatus.DOORGEESCALEERD);
        assertThat(oud.volgende()).isEqualTo(directie.id());
        assertThat(oud.historie()).last().satisfies(h -> assertThat(h.toelichting()).isEqualTo("Geen reactie binnen 5 dagen"));
        assertThat(o.events(DoorbraakEvents.ESCALATIE_DOORGEESCALEERD)).singleElement()
                .satisfies(ev -> assertThat(ev.getProperty(DoorbraakEvents.ESCALATIE_VOLGENDE)).isEqualTo(directie.id()));
        assertThat(o.events(DoorbraakEvents.ESCALATIE_AANGEMAAKT)).singleElement()
                .satisfies(ev -> assertThat(ev.getProperty(DoorbraakEvents.ESCALATIE_ID)).isEqualTo(directie.id()));
        assertThatThrownBy(() -> service.escaleerDoor("utrecht", tafel.id(), null, "Nog eens", R))
                .isInstanceOf(ConflictException.class).hasMessageContaining("doorgeescaleerd");
        assertThatThrownBy(() -> service.escaleerDoor("utrecht", directie.id(), null, "", R))
                .isInstanceOf(OngeldigeInvoerException.class);

        Escalatie bestuur = service.escaleerDoor("utrecht", directie.id(), null, "Directie kan het niet", R);
        assertThat(bestuur.niveau()).isEqualTo("bestuur");
        assertThatThrownBy(() -> service.escaleerDoor("utrecht", bestuur.id(), null, "Nog hoger", R))
                .isInstanceOf(ConflictException.class).hasMessageContaining("hoogste niveau");
        assertThat(service.zoek("utrecht", bestuur.id()).orElseThrow().isOpen()).isTrue();
        assertThat(service.vanCasus("utrecht", c.id())).extracting(Escalatie::niveau)
                .containsExactly("tafel", "directie", "bestuur");

        Escalatie opgelost = service.losOp("utrecht", bestuur.id(), null, "Wethouder belde UWV", R);
        assertThat(opgelost.status()).isEqualTo(EscalatieStatus.OPGELOST);
        // resolved: a new problem starts at the first level again
        assertThat(service.escaleer("utrecht", c.id(), null, "Nieuw probleem", R).niveau()).isEqualTo("tafel");
    }

    @Test
    void deLijstFiltertOpStatusNiveauVerlopenEnTafels() {
        route("leeuwarden", "Gemeente Leeuwarden", "tafel:5,afdelingshoofd:10");
        Casus a = casus("leeuwarden");
        Casus b = casus("leeuwarden");
        Escalatie ea = service.escaleer("leeuwarden", a.id(), null, "A", "leeuwarden-regisseur");
        Escalatie eb = service.escaleer("leeuwarden", b.id(), "afdelingshoofd", "B", "leeuwarden-regisseur");
        o.sql("UPDATE escalatie SET deadline = ? WHERE id = ?",
                java.time.OffsetDateTime.now().minusDays(1), ea.id());
        // two escalaties made within one millisecond would tie on aangemaakt (the newest first); B is the newer one
        o.sql("UPDATE escalatie SET aangemaakt = ? WHERE id = ?", java.time.OffsetDateTime.now().minusMinutes(1),
                ea.id());

        Pagina<Escalatie> alle = service.lijst("leeuwarden", EscalatieFilter.geen(), 1, 10);
        assertThat(alle.results()).extracting(Escalatie::id).containsExactly(eb.id(), ea.id());
        assertThat(service.lijst("leeuwarden", new EscalatieFilter(null, null, true, null), 1, 10).results())
                .singleElement().satisfies(e -> {
                    assertThat(e.id()).isEqualTo(ea.id());
                    assertThat(e.verlopen()).isTrue();
                });
        assertThat(service.lijst("leeuwarden", new EscalatieFilter(null, "afdelingshoofd", false, null), 1, 10)
                .results()).extracting(Escalatie::id).containsExactly(eb.id());
        assertThat(service.lijst("leeuwarden", new EscalatieFilter(EscalatieStatus.OPGELOST, null, false, null), 1,
                10).count()).isZero();
        assertThat(service.lijst("leeuwarden", new EscalatieFilter(null, null, false, Set.of(a.tafelId())), 1, 10)
                .results()).extracting(Escalatie::id).containsExactly(ea.id());
        assertThat(service.lijst("leeuwarden", new EscalatieFilter(null, null, false, Set.of()), 1, 10).count())
                .isZero();
        assertThatThrownBy(() -> service.lijst("leeuwarden", EscalatieFilter.geen(), 0, 10))
                .isInstanceOf(OngeldigeInvoerException.class);

        // answered ones are not overdue any more
        service.beantwoord("leeuwarden", ea.id(), null, "Antwoord", "leeuwarden-regisseur");
        assertThat(service.lijst("leeuwarden", new EscalatieFilter(null, null, true, null), 1, 10).count()).isZero();
    }

    @Test
    void verlopenEscalatiesWordenEenmaalGemeld() {
        Casus c = casus("utrecht");
        Escalatie e = service.escaleer("utrecht", c.id(), null, "Reden", R);
        Casus d = casus("utrecht");
        Escalatie beantwoord = service.escaleer("utrecht", d.id(), null, "Reden", R);
        service.beantwoord("utrecht", beantwoord.id(), null, "Antwoord", R);
        o.sql("UPDATE escalatie SET deadline = ? WHERE id IN (?, ?)", java.time.OffsetDateTime.now().minusHours(1),
                e.id(), beantwoord.id());
        o.events.clear();

        controle.controleer();
        assertThat(o.events(DoorbraakEvents.ESCALATIE_VERLOPEN)).filteredOn(ev -> ev.getProperty(
                DoorbraakEvents.CASUS_ID).equals(c.id())).singleElement().satisfies(ev -> {
                    assertThat(ev.getProperty(DoorbraakEvents.ESCALATIE_ID)).isEqualTo(e.id());
                    assertThat(ev.getProperty(DoorbraakEvents.NIVEAU)).isEqualTo("tafel");
                });
        assertThat(o.events(DoorbraakEvents.ESCALATIE_VERLOPEN)).noneMatch(ev -> ev.getProperty(
                DoorbraakEvents.ESCALATIE_ID).equals(beantwoord.id()));

        o.events.clear();
        assertThat(controle.controleer()).isZero();
        assertThat(o.events(DoorbraakEvents.ESCALATIE_VERLOPEN)).isEmpty();
    }

    @Test
    void eenOngeldigIntervalGeeftEenWaarschuwingEnDeStandaard() {
        assertThat(controle.interval("60")).isEqualTo(60);
        assertThat(controle.interval("elk uur")).isEqualTo(VerlopenControle.STANDAARD_SECONDEN);
        assertThat(o.gezondheid.waarschuwingen()).anyMatch(w -> w.contains("escalatieControleSeconden"));
        assertThat(controle.interval(null)).isEqualTo(VerlopenControle.STANDAARD_SECONDEN);
        assertThat(o.gezondheid.waarschuwingen()).noneMatch(w -> w.contains("escalatieControleSeconden"));
    }

    // ---------------------------------------------------------------- plug-in levels

    record Niveau(String id, String naam, int reactietermijnDagen, String alleen) implements ExtraEscalatieniveau {
        @Override
        public boolean geldtVoor(Gemeente g) {
            if ("kapot".equals(alleen)) {
                throw new IllegalStateException("kapot");
            }
            return alleen == null || alleen.equals(g.id());
        }
    }

    @Test
    void eenPluginNiveauKomtBovenDeRouteEnBlijftLeesbaarAlsHetWegIs() throws Exception {
        route("eindhoven", "Gemeente Eindhoven", "tafel:5,directie:10,bestuur:20");
        niveaus.aanmelden(new Niveau("rijk", "Rijk (rode knop)", 30, "eindhoven"), 9001, 0, "nl.doorbraak.test.rijk");
        // a plug-in level with the id of a configured one, and one that throws: neither changes the route
        niveaus.aanmelden(new Niveau("directie", "Andere directie", 3, null), 9002, 0, "nl.doorbraak.test.dubbel");
        niveaus.aanmelden(new Niveau("ministerie", "Kapot", 3, "kapot"), 9003, 0, "nl.doorbraak.test.kapot");
        try {
            assertThat(service.route("eindhoven")).containsExactly(Escalatieniveau.geconfigureerd("tafel", 5),
                    Escalatieniveau.geconfigureerd("directie", 10), Escalatieniveau.geconfigureerd("bestuur", 20),
                    new Escalatieniveau("rijk", "Rijk (rode knop)", 30, "nl.doorbraak.test.rijk"));
            assertThat(service.route("utrecht")).extracting(Escalatieniveau::id)
                    .containsExactly("tafel", "directie", "bestuur");

            Casus c = casus("eindhoven");
            Escalatie bestuur = service.escaleer("eindhoven", c.id(), "bestuur", "Gemeente kan dit niet alleen",
                    "eindhoven-regisseur");
            Escalatie rijk = service.escaleerDoor("eindhoven", bestuur.id(), null, "Rode knop: Belastingdienst",
                    "eindhoven-regisseur");
            assertThat(rijk.niveau()).isEqualTo("rijk");
            assertThat(rijk.niveauNaam()).isEqualTo("Rijk (rode knop)");
            assertThat(rijk.deadline()).isEqualTo(rijk.aangemaakt().plus(Duration.ofDays(30)));
            assertThatThrownBy(() -> service.escaleer("utrecht", casus("utrecht").id(), "rijk", "Rode knop", R))
                    .isInstanceOf(OngeldigeInvoerException.class);

            niveaus.afmelden(9001);

            assertThat(service.route("eindhoven")).extracting(Escalatieniveau::id)
                    .containsExactly("tafel", "directie", "bestuur");
            Escalatie gelezen = service.zoek("eindhoven", rijk.id()).orElseThrow();
            assertThat(gelezen.niveauNaam()).isEqualTo("Rijk (rode knop)");
            assertThat(gelezen.isOpen()).isTrue();
            // its own level gone: what is above it is not known until the plug-in is back
            assertThatThrownBy(() -> service.escaleerDoor("eindhoven", rijk.id(), null, "Hoger", "eindhoven-regisseur"))
                    .isInstanceOf(NietBeschikbaarException.class);
            service.losOp("eindhoven", rijk.id(), null, "Rijk schortte de terugvordering op", "eindhoven-regisseur");

            Casus d = casus("eindhoven");
            long begin = System.nanoTime();
            assertThatThrownBy(() -> service.escaleer("eindhoven", d.id(), "rijk", "Rode knop", "eindhoven-regisseur"))
                    .isInstanceOfSatisfying(NietBeschikbaarException.class, e -> {
                        assertThat(e.opnieuwNaSeconden()).isEqualTo(7);
                        assertThat(e.getMessage()).contains("'rijk'", "niet beschikbaar");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
            assertThat(aantal(d)).isZero();
            // from the top configured level, further is the absent plug-in level: 503, not "highest level"
            Escalatie top = service.escaleer("eindhoven", d.id(), "bestuur", "Bestuur", "eindhoven-regisseur");
            assertThatThrownBy(() -> service.escaleerDoor("eindhoven", top.id(), null, "Rode knop",
                    "eindhoven-regisseur")).isInstanceOf(NietBeschikbaarException.class);
            // utrecht never had it: still an unknown level
            assertThatThrownBy(() -> service.escaleer("utrecht", casus("utrecht").id(), "rijk", "Rode knop", R))
                    .isInstanceOf(OngeldigeInvoerException.class);

            // an update: the plug-in comes back while a request waits for it
            o.wachttijd(5000);
            Thread terug = new Thread(() -> {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
                niveaus.aanmelden(new Niveau("rijk", "Rijk (rode knop)", 30, "eindhoven"), 9004, 0,
                        "nl.doorbraak.test.rijk");
            });
            terug.start();
            Escalatie naRijk = service.escaleerDoor("eindhoven", top.id(), null, "Rode knop", "eindhoven-regisseur");
            terug.join();
            assertThat(naRijk.niveau()).isEqualTo("rijk");
        } finally {
            o.wachttijd(300);
            niveaus.afmelden(9001);
            niveaus.afmelden(9002);
            niveaus.afmelden(9003);
            niveaus.afmelden(9004);
        }
    }
    /** A level whose own bundle alone escalates to it (the rode knop: the Rijk needs its questions). */
    record EigenIngang(String id) implements ExtraEscalatieniveau {
        static final String ZIN = "Naar het Rijk gaat een casus met de rode knop op de casus.";

        @Override
        public String naam() {
            return "Rijk (rode knop)";
        }

        @Override
        public int reactietermijnDagen() {
            return 30;
        }

        @Override
        public String ingang() {
            return ZIN;
        }

        @Override
        public boolean geldtVoor(Gemeente g) {
            return g.id().equals("eindhoven");
        }
    }

    @Test
    void eenNiveauMetEenEigenIngangIsAlleenVoorDePluginDieHetLevert() {
        route("eindhoven", "Gemeente Eindhoven", "tafel:5,directie:10,bestuur:20");
        String plugin = "nl.doorbraak.test.rodeknop";
        niveaus.aanmelden(new EigenIngang("rijk"), 9011, 0, plugin);
        try {
            Casus c = casus("eindhoven");
            String r = "eindhoven-regisseur";
            // named directly, or the next after an answered one, or further from the bestuur: the plug-in's sentence
            String web = "nl.doorbraak.web";
            // what a form offers: the route says which level is reached another way, and how
            assertThat(service.ingangen("eindhoven", web)).containsExactly(Map.entry("rijk", EigenIngang.ZIN));
            assertThat(service.ingangen("eindhoven", plugin)).isEmpty();
            assertThat(service.ingangen("utrecht", web)).isEmpty();
            assertThatThrownBy(() -> service.escaleer("eindhoven", c.id(), "rijk", "Naar het Rijk", r, web))
                    .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                            .anySatisfy(f -> assertThat(f.reden()).isEqualTo(EigenIngang.ZIN)));
            Escalatie bestuur = service.escaleer("eindhoven", c.id(), "bestuur", "Gemeente kan dit niet", r, web);
            assertThatThrownBy(() -> service.escaleerDoor("eindhoven", bestuur.id(), null, "Hoger", r, web)).isInstanceOf(ConflictException.class).hasMessage(EigenIngang.ZIN);
            service.beantwoord("eindhoven", bestuur.id(), null, "Het bestuur kan de wet niet buigen", r);
            assertThatThrownBy(() -> service.escaleer("eindhoven", c.id(), null, "Toch hoger", r, web))
                    .isInstanceOf(ConflictException.class).hasMessage(EigenIngang.ZIN);
            assertThat(aantal(c)).isEqualTo(1);
            // the plug-in's own bundle may
            Escalatie rijk = service.escaleer("eindhoven", c.id(), null, "Rode knop", r, plugin);
            assertThat(rijk.niveau()).isEqualTo("rijk");
        } finally {
            niveaus.afmelden(9011);
        }
    }
}
