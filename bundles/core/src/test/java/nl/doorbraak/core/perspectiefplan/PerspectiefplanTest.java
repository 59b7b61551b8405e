package nl.doorbraak.core.perspectiefplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.domein.AuditRegel.Veldwijziging;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Besparing;
import nl.doorbraak.api.domein.Besparingstotaal;
import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.Kostenregel;
import nl.doorbraak.api.domein.NieuwBesluit;
import nl.doorbraak.api.domein.NieuwPerspectiefplan;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.OrganisatieBesparing;
import nl.doorbraak.api.domein.Perspectiefplan;
import nl.doorbraak.api.domein.Resultaat;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Waardendriehoek;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.InvoerFouten;
import nl.doorbraak.core.TestVariant;

/** Perspectiefplan and rekentool on a real H2 database: the calculation, locking, audit, tenants, the rapportage sum. */
class PerspectiefplanTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static Tafel utrecht;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        utrecht = tafel("utrecht");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static Tafel tafel(String gemeente) {
        return o.tafels.maak(gemeente, new NieuweTafel("Perspectieftafel", "standaard", List.of(
                new Deelnemer("Marieke de Vries", "Woningcorporatie", "Huur", new BigDecimal("3000")))), "test");
    }

    static Casus casus(Tafel t, String titel) {
        return o.casussen.maak(t.gemeente(), new NieuweCasus(t.id(), titel, "Huurachterstand, boetes en een DUO-schuld.",
                new Inwoner(null, "S.B."), "wonen", List.of("Woningcorporatie", "CJIB"), Map.of("urgentie", "hoog")),
                "regisseur");
    }

    static Kostenregel regel(String organisatie, String post, String doormodderen, String doorbreken) {
        return new Kostenregel(organisatie, post, new BigDecimal(doormodderen), new BigDecimal(doorbreken));
    }

    /** Eviction stopped: corporatie and opvang save a lot, Werk & Inkomen pays more for bijzondere bijstand. */
    static final List<Kostenregel> KOSTEN = List.of(
            regel("Woningcorporatie", "ontruiming en leegstand", "12000", "1650"),
            regel("Gemeente, maatschappelijke opvang", "opvang moeder en kind", "35000", "0"),
            regel("Werk & Inkomen", "bijzondere bijstand", "0", "2400.50"),
            regel("werk & inkomen", "uitkering", "14400", "14400"),
            regel("CJIB", "incasso- en deurwaarderskosten", "850", "0"));

    static NieuwPerspectiefplan plan(String doel, List<Kostenregel> kosten) {
        return new NieuwPerspectiefplan(doel, List.of("Regeling met de corporatie tekenen", "Boete kwijtgescholden"),
                kosten);
    }

    @Test
    void deRekentoolRekentPerOrganisatieEnInTotaalOokAlsDoorbrekenMeerKost() {
        Casus k = casus(utrecht, "Rekentool");

        Perspectiefplan p = o.perspectiefplannen.bewaar("utrecht", k.id(), null,
                plan("Over een jaar woon ik nog met mijn dochter in ons huis en heb ik een baan.", KOSTEN), "regisseur");

        Besparing b = p.besparing();
        assertThat(b.doormodderen()).isEqualByComparingTo("62250");
        assertThat(b.doorbreken()).isEqualByComparingTo("18450.50");
        assertThat(b.totaal()).isEqualByComparingTo("43799.50");
        // "werk & inkomen" is the same organisatie as "Werk & Inkomen"; its own saving is negative and stays so
        assertThat(b.perOrganisatie()).extracting(OrganisatieBesparing::organisatie, x -> x.besparing().toPlainString())
                .containsExactly(tuple("Woningcorporatie", "10350.00"),
                        tuple("Gemeente, maatschappelijke opvang", "35000.00"), tuple("Werk & Inkomen", "-2400.50"),
                        tuple("CJIB", "850.00"));
        assertThat(p.kosten().get(2).besparing()).isEqualByComparingTo("-2400.50");
        assertThat(p.voorRendement().rendementBedrag()).isEqualByComparingTo("43799.50");
        assertThat(p.voorRendement().tekst()).contains("€ 43.799,50");
        assertThat(p.versie()).isEqualTo(1);
        assertThat(o.perspectiefplannen.besparing("utrecht", k.id())).contains(b);

        // a plan where breaking through costs more: the saving is negative, the suggestion for the besluit is 0
        Casus duur = casus(utrecht, "Doorbreken kost meer");
        Perspectiefplan q = o.perspectiefplannen.bewaar("utrecht", duur.id(), null, plan("Zelf koken en wonen.",
                List.of(regel("Zorgverzekeraar", "begeleid wonen", "8000", "11000.25"))), "regisseur");
        assertThat(q.besparing().totaal()).isEqualByComparingTo("-3000.25");
        assertThat(q.voorRendement().rendementBedrag()).isEqualByComparingTo("0");
        assertThat(q.voorRendement().tekst()).contains("€ 3.000,25 meer");

        // without lines there is nothing to suggest
        Casus leeg = casus(utrecht, "Nog geen bedragen");
        Perspectiefplan r = o.perspectiefplannen.bewaar("utrecht", leeg.id(), null,
                new NieuwPerspectiefplan("Rust in mijn hoofd.", null, null), "regisseur");
        assertThat(r.besparing().totaal()).isEqualByComparingTo("0");
        assertThat(r.voorRendement().rendementBedrag()).isNull();
        assertThat(o.events(DoorbraakEvents.PERSPECTIEFPLAN_GEWIJZIGD))
                .anySatisfy(e -> {
                    assertThat(e.getProperty(DoorbraakEvents.CASUS_ID)).isEqualTo(duur.id());
                    assertThat(e.getProperty(DoorbraakEvents.BESPARING)).isEqualTo("-3000.25");
                });
    }

    @Test
    void vervangenVraagtDeVersieDieJeLasEnStaatInDeAudittrail() {
        Casus k = casus(utrecht, "Vergrendeling");
        Perspectiefplan v1 = o.perspectiefplannen.bewaar("utrecht", k.id(), null, plan("Eerste doel.", KOSTEN), "a");

        // a second "new" plan (someone who did not see the first) is refused, not silently overwritten
        assertThatThrownBy(() -> o.perspectiefplannen.bewaar("utrecht", k.id(), null, plan("Ander doel.", KOSTEN),
                "b")).isInstanceOf(ConflictException.class).hasMessageContaining("al een perspectiefplan");
        Perspectiefplan v2 = o.perspectiefplannen.bewaar("utrecht", k.id(), v1.versie(),
                plan("Tweede doel.", List.of(regel("CJIB", null, "850", "0"))), "b");
        assertThat(v2.versie()).isEqualTo(2);
        assertThat(v2.kosten()).hasSize(1);
        assertThat(v2.aangemaaktDoor()).isEqualTo("a");
        assertThat(v2.gewijzigdDoor()).isEqualTo("b");
        // replacing with the version read before someone else's change
        assertThatThrownBy(() -> o.perspectiefplannen.bewaar("utrecht", k.id(), v1.versie(), plan("Oud.", KOSTEN),
                "c")).isInstanceOf(ConflictException.class).hasMessageContaining("nu versie 2");
        assertThat(o.perspectiefplannen.zoek("utrecht", k.id()).orElseThrow().doel()).isEqualTo("Tweede doel.");

        List<AuditRegel> trail = o.audittrail.vanCasus("utrecht", k.id()).stream()
                .filter(r -> r.object().equals("perspectiefplan")).toList();
        assertThat(trail).extracting(AuditRegel::actie, AuditRegel::door)
                .containsExactly(tuple("aangemaakt", "a"), tuple("gewijzigd", "b"));
        assertThat(trail.get(1).wijzigingen()).extracting(Veldwijziging::veld, Veldwijziging::oud, Veldwijziging::nieuw)
                .contains(tuple("doel", "Eerste doel.", "Tweede doel."), tuple("besparing.totaal", "43799.5", "850"));
        assertThat(trail.get(1).wijzigingen()).extracting(Veldwijziging::veld).contains("kosten")
                .doesNotContain("stappen");
        // the same plan again changes nothing in the trail but the version
        o.perspectiefplannen.bewaar("utrecht", k.id(), 2L, plan("Tweede doel.", List.of(regel("CJIB", null, "850",
                "0"))), "b");
        assertThat(o.tel("SELECT COUNT(*) FROM audit WHERE casus_id = ? AND object = 'perspectiefplan'", k.id()))
                .isEqualTo(2);
    }

    @Test
    void vanGelijktijdigeEerstePlannenWintErEenDeRestKrijgtEenConflict() throws Exception {
        Casus k = casus(utrecht, "Tegelijk");
        List<java.util.concurrent.CompletableFuture<String>> pogingen = new ArrayList<>();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService draden = java.util.concurrent.Executors.newFixedThreadPool(12);
        for (int i = 0; i < 12; i++) {
            String doel = "Doel " + i;
            pogingen.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    o.perspectiefplannen.bewaar("utrecht", k.id(), null, plan(doel, KOSTEN), "tafellid");
                    return "gelukt";
                } catch (ConflictException e) {
                    return "conflict";
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, draden));
        }
        start.countDown();
        List<String> uitkomsten = pogingen.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        draden.shutdown();

        assertThat(uitkomsten).filteredOn("gelukt"::equals).hasSize(1);
        assertThat(uitkomsten).filteredOn("conflict"::equals).hasSize(11);
        assertThat(o.tel("SELECT COUNT(*) FROM perspectiefplan_kosten WHERE casus_id = ?", k.id())).isEqualTo(5);
    }

    @Test
    void onjuisteInvoerGeeftPerVeldEenNederlandseRedenEnLegtNietsVast() {
        Casus k = casus(utrecht, "Invoer");
        List<Kostenregel> fout = new ArrayList<>();
        fout.add(regel("Woningcorporatie", null, "-1", "0"));
        fout.add(regel(" ", null, "10.005", "0"));
        fout.add(new Kostenregel("DUO", null, null, new BigDecimal("5")));

        assertThat(InvoerFouten.codes(() -> o.perspectiefplannen.bewaar("utrecht", k.id(), null,
                new NieuwPerspectiefplan("x".repeat(4001), List.of("Stap"), fout), "x"))).containsExactlyInAnyOrder(
                        tuple("doel", "lengte"), tuple("kosten.0.doormodderen", "waarde"),
                        tuple("kosten.1.organisatie", "verplicht"), tuple("kosten.1.doormodderen", "waarde"),
                        tuple("kosten.2.doormodderen", "verplicht"));
        OngeldigeInvoerException teVeel = InvoerFouten.fout(() -> o.perspectiefplannen.bewaar("utrecht", k.id(),
                null, new NieuwPerspectiefplan(null, null, Collections.nCopies(31, regel("CJIB", null, "1", "0"))),
                "x"));
        assertThat(teVeel.fouten()).extracting(f -> f.naam() + ":" + f.code())
                .containsExactlyInAnyOrder("doel:verplicht", "kosten:lengte");
        assertThat(teVeel.fouten().get(1).reden()).contains("30");
        // exactly 30 lines is fine
        assertThat(o.perspectiefplannen.bewaar("utrecht", k.id(), null, new NieuwPerspectiefplan("Doel", null,
                Collections.nCopies(30, regel("CJIB", null, "1.5", "0"))), "x").besparing().totaal())
                .isEqualByComparingTo("45");
        assertThat(o.tel("SELECT COUNT(*) FROM audit WHERE casus_id = ? AND object = 'perspectiefplan'", k.id()))
                .isEqualTo(1);
    }

    @Test
    void eenAndereGemeenteZietHetPlanNietEnKanHetNietVastleggen() {
        Casus k = casus(utrecht, "Gemeentescheiding");
        o.perspectiefplannen.bewaar("utrecht", k.id(), null, plan("Geheim doel.", KOSTEN), "regisseur");

        assertThat(o.perspectiefplannen.zoek("leeuwarden", k.id())).isEmpty();
        assertThat(o.perspectiefplannen.besparing("leeuwarden", k.id())).isEmpty();
        assertThatThrownBy(() -> o.perspectiefplannen.bewaar("leeuwarden", k.id(), 1L, plan("Overschreven.", KOSTEN),
                "x")).isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> o.perspectiefplannen.bewaar("utrecht", "bestaat-niet", null, plan("x", KOSTEN), "x"))
                .isInstanceOf(NietGevondenException.class);
        assertThat(o.perspectiefplannen.zoek("utrecht", k.id()).orElseThrow().doel()).isEqualTo("Geheim doel.");
    }

    @Test
    void eenDoorbraakZonderRendementBedragKrijgtHetVoorstelVanHetPlanInDeMelding() {
        Casus k = geagendeerd(utrecht, "Besluit met plan");
        o.perspectiefplannen.bewaar("utrecht", k.id(), null, plan("Thuis blijven wonen.", KOSTEN), "regisseur");

        OngeldigeInvoerException e = InvoerFouten.fout(() -> o.besluiten.neem("utrecht", k.id(), new NieuwBesluit(
                BesluitSoort.DOORBRAAK, "Ontruiming opgeschort", null, new Waardendriehoek("Art. 4:84 Awb",
                        "Geen opvang", null, "Zelf voorgesteld"), List.of("Marieke de Vries"), null, null, null, null),
                "regisseur"));
        assertThat(e.fouten()).singleElement().satisfies(f -> {
            assertThat(f.naam()).isEqualTo("waardendriehoek.rendementBedrag");
            assertThat(f.reden()).contains("€ 43.799,50").contains("perspectiefplan");
        });
        // the platform does not fill it in: the tafel states it, and then the besluit is taken
        assertThat(o.besluiten.neem("utrecht", k.id(), new NieuwBesluit(BesluitSoort.DOORBRAAK, "Ontruiming "
                + "opgeschort", null, new Waardendriehoek("Art. 4:84 Awb", "Geen opvang", new BigDecimal("43799.50"),
                        "Zelf voorgesteld"), List.of("Marieke de Vries"), null, null, null, null), "regisseur")
                .waardendriehoek().rendementBedrag()).isEqualByComparingTo("43799.50");
    }

    @Test
    void deJaarbesparingTeltBeslotenEnAfgeslotenCasussenMaarGeenTerugverwezen() {
        Tafel t = tafel("eindhoven");
        int jaar = LocalDate.now(nl.doorbraak.core.platform.Tijd.NEDERLAND).getYear();
        Besparingstotaal leeg = o.perspectiefplannen.besparingInJaar("eindhoven", jaar);
        assertThat(leeg.plannen()).isZero();
        assertThat(leeg.besparing()).isEqualByComparingTo("0");

        Casus besloten = geagendeerd(t, "Besloten");
        o.perspectiefplannen.bewaar("eindhoven", besloten.id(), null, plan("Doel", KOSTEN), "r");
        neemBesluit(besloten);
        Casus opgelost = casus(t, "Opgelost zonder doorbraak");
        o.perspectiefplannen.bewaar("eindhoven", opgelost.id(), null, plan("Doel", List.of(regel("Zorgverzekeraar",
                null, "1000", "3000"))), "r");
        sluit(opgelost, Resultaat.OPGELOST_ZONDER_DOORBRAAK);
        Casus terug = casus(t, "Terugverwezen");
        o.perspectiefplannen.bewaar("eindhoven", terug.id(), null, plan("Doel", KOSTEN), "r");
        sluit(terug, Resultaat.TERUGVERWEZEN);
        Casus open = casus(t, "Nog open");
        o.perspectiefplannen.bewaar("eindhoven", open.id(), null, plan("Doel", KOSTEN), "r");

        Besparingstotaal totaal = o.perspectiefplannen.besparingInJaar("eindhoven", jaar);
        assertThat(totaal.plannen()).isEqualTo(2);
        assertThat(totaal.besparing()).isEqualByComparingTo("41799.50");
        assertThat(totaal.perOrganisatie()).extracting(OrganisatieBesparing::organisatie).startsWith(
                "Gemeente, maatschappelijke opvang").endsWith("Zorgverzekeraar", "Werk & Inkomen");
        assertThat(totaal.perOrganisatie()).filteredOn(r -> r.organisatie().equals("Zorgverzekeraar"))
                .singleElement().extracting(r -> r.besparing().toPlainString()).isEqualTo("-2000.00");
        // only this gemeente's plans
        assertThat(o.perspectiefplannen.besparingInJaar("leeuwarden", jaar).plannen()).isZero();

        // it counts in the year it was first besloten (Dutch time), not in the year it was closed
        o.sql("UPDATE casus_status_historie SET op = ? WHERE casus_id = ? AND naar = 'besloten'",
                OffsetDateTime.of(jaar - 1, 12, 31, 23, 30, 0, 0, ZoneOffset.UTC), besloten.id());
        // 23:30 UTC on 31 December is already 1 January in the Netherlands
        assertThat(o.perspectiefplannen.besparingInJaar("eindhoven", jaar).plannen()).isEqualTo(2);
        assertThat(o.perspectiefplannen.besparingInJaar("eindhoven", jaar - 1).plannen()).isZero();
        o.sql("UPDATE casus_status_historie SET op = ? WHERE casus_id = ? AND naar = 'besloten'",
                OffsetDateTime.of(jaar - 1, 12, 31, 22, 30, 0, 0, ZoneOffset.UTC), besloten.id());
        assertThat(o.perspectiefplannen.besparingInJaar("eindhoven", jaar).plannen()).isEqualTo(1);
        assertThat(o.perspectiefplannen.besparingInJaar("eindhoven", jaar - 1).besparing())
                .isEqualByComparingTo("43799.50");

        // a closed casus's plan is fixed: the year's figures do not change afterwards
        assertThatThrownBy(() -> o.perspectiefplannen.bewaar("eindhoven", opgelost.id(), 1L, plan("Anders", KOSTEN),
                "r")).isInstanceOf(ConflictException.class).hasMessageContaining("afgesloten");
    }

    static Casus geagendeerd(Tafel t, String titel) {
        Casus k = casus(t, titel);
        o.casussen.wijzigStatus(t.gemeente(), k.id(), null, CasusStatus.IN_VOORBEREIDING, null, null, "regisseur");
        Bijeenkomst b = o.bijeenkomsten.plan(t.gemeente(), new NieuweBijeenkomst(t.id(), nl.doorbraak.core.platform.Tijd.vandaag().plusDays(1),
                List.of("Marieke de Vries"), null), "regisseur");
        o.bijeenkomsten.agendeer(t.gemeente(), b.id(), k.id(), "regisseur");
        return k;
    }

    static void neemBesluit(Casus k) {
        o.besluiten.neem(k.gemeente(), k.id(), new NieuwBesluit(BesluitSoort.REGULIER, "Regeling", null, null,
                List.of("Marieke de Vries"), null, null, null, null), "regisseur");
    }

    static void sluit(Casus k, Resultaat resultaat) {
        o.casussen.wijzigStatus(k.gemeente(), k.id(), null, CasusStatus.IN_VOORBEREIDING, null, null, "r");
        o.casussen.wijzigStatus(k.gemeente(), k.id(), null, CasusStatus.AFGESLOTEN, "Klaar", resultaat, "r");
    }
}
