package nl.doorbraak.core.casus;

import java.time.LocalDate;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.NieuwBesluit;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.Resultaat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.CasusWijziging;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.StatusWijziging;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.PluginFoutException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;

class CasusServiceTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static TestVariant standaard = TestVariant.standaard();

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(standaard, 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    @AfterEach
    void herstel() {
        standaard.faalBijValideer = null;
        standaard.faalBijReactie = null;
    }

    static NieuweCasus intake(Tafel t, String titel) {
        return new NieuweCasus(t.id(), titel, "Huurachterstand na wegvallen van werk; ontruiming aangezegd.",
                new Inwoner(null, "S.B."), "wonen", List.of("Woningcorporatie", "UWV"),
                Map.of("urgentie", "hoog", "aangebrachtDoor", "Buurtteam Overvecht"));
    }

    @Test
    void eenIntakeIsAangemeldMetHistorieEnPseudoniem() {
        Tafel t = o.tafel("utrecht", "Intaketafel");
        Casus k = o.casussen.maak("utrecht", intake(t, "Ontruiming aangezegd"), "utrecht-regisseur");

        assertThat(k.status()).isEqualTo(CasusStatus.AANGEMELD);
        assertThat(k.versie()).isEqualTo(1);
        assertThat(k.variant()).isEqualTo("standaard");
        assertThat(k.inwoner().pseudoniem()).matches("INW-[0-9A-F]{6}");
        assertThat(k.inwoner().initialen()).isEqualTo("S.B.");
        assertThat(k.betrokkenOrganisaties()).containsExactly("Woningcorporatie", "UWV");
        assertThat(k.variantData()).containsEntry("schemaVersie", 1).containsEntry("urgentie", "hoog");
        assertThat(k.historie()).singleElement().satisfies(h -> {
            assertThat(h.van()).isNull();
            assertThat(h.naar()).isEqualTo(CasusStatus.AANGEMELD);
            assertThat(h.door()).isEqualTo("utrecht-regisseur");
            assertThat(h.op()).isNotNull();
        });
        assertThat(o.casussen.zoek("utrecht", k.id())).contains(k);
        assertThat(standaard.intakes).extracting(Casus::id).contains(k.id());
        assertThat(o.events(DoorbraakEvents.CASUS_AANGEMAAKT)).anySatisfy(e -> {
            assertThat(e.getProperty(DoorbraakEvents.CASUS_ID)).isEqualTo(k.id());
            assertThat(e.getProperty(DoorbraakEvents.TAFEL_ID)).isEqualTo(t.id());
            assertThat(e.getProperty(DoorbraakEvents.VARIANT)).isEqualTo("standaard");
            assertThat(e.getProperty(DoorbraakEvents.STATUS)).isEqualTo("aangemeld");
            assertThat(e.getProperty(DoorbraakEvents.VERSIE)).isEqualTo(1L);
        });
    }

    @Test
    void hetPlatformKentHetPseudoniemToeEnEenClientKiestHetNooit() {
        Tafel t = o.tafel("utrecht", "Pseudoniemtafel");
        Casus eerste = o.casussen.maak("utrecht", intake(t, "Eerste inwoner"), "r");
        long voor = o.tel("SELECT COUNT(*) FROM casus");

        // another inwoner's pseudoniem would file this casus under that inwoner's verwerkingenrapport
        for (String gekozen : List.of(eerste.inwoner().pseudoniem(), "INW-000000", "123456782", " INW-00AB12 ")) {
            assertThat(codes(() -> o.casussen.maak("utrecht", new NieuweCasus(t.id(), "T", "H",
                    new Inwoner(gekozen, "A.B."), null, null, Map.of("urgentie", "laag")), "x")))
                    .containsExactly(tuple("inwoner.pseudoniem", "alleenLezen"));
        }
        assertThat(o.tel("SELECT COUNT(*) FROM casus")).isEqualTo(voor);
        // empty is no choice
        assertThat(o.casussen.maak("utrecht", new NieuweCasus(t.id(), "T", "H", new Inwoner(" ", "A.B."), null, null,
                Map.of("urgentie", "laag")), "x").inwoner().pseudoniem()).matches("INW-[0-9A-F]{6}");

        // a change may bring the casus's own pseudoniem back (GET, then PUT), never another one
        Casus zelfde = o.casussen.wijzig("utrecht", eerste.id(), 1, new CasusWijziging("Eerste inwoner", null,
                new Inwoner(eerste.inwoner().pseudoniem(), "A.B.C."), null, null, null), "r");
        assertThat(zelfde.inwoner().pseudoniem()).isEqualTo(eerste.inwoner().pseudoniem());
        assertThat(zelfde.inwoner().initialen()).isEqualTo("A.B.C.");
        assertThat(codes(() -> o.casussen.wijzig("utrecht", eerste.id(), 2, new CasusWijziging(null, null,
                new Inwoner("INW-000000", null), null, null, null), "r")))
                .containsExactly(tuple("inwoner.pseudoniem", "alleenLezen"));
        assertThat(o.casussen.zoek("utrecht", eerste.id()).orElseThrow().inwoner().pseudoniem())
                .isEqualTo(eerste.inwoner().pseudoniem());
        // no two casussen of a gemeente share a pseudoniem by chance: a drawn one that is taken is drawn again
        var getrokken = List.of(eerste.inwoner().pseudoniem(), "INW-F00D42").iterator();
        String vrij = o.db.lees(c -> o.casussen.uniekPseudoniem(c, "utrecht", getrokken::next));
        assertThat(vrij).isEqualTo("INW-F00D42");
        var inLeeuwarden = List.of(eerste.inwoner().pseudoniem()).iterator();
        String elders = o.db.lees(c -> o.casussen.uniekPseudoniem(c, "leeuwarden", inLeeuwarden::next));
        assertThat(elders).isEqualTo(eerste.inwoner().pseudoniem()); // another gemeente's is no conflict
    }

    @Test
    void kernveldenWordenGecontroleerd() {
        Tafel t = o.tafel("utrecht", "Validatietafel");
        Tafel elders = o.tafel("leeuwarden", "Tafel in Leeuwarden");
        long voor = o.tel("SELECT COUNT(*) FROM casus");

        assertThat(codes(() -> o.casussen.maak("utrecht", new NieuweCasus(null, " ", null, null, null, null,
                Map.of("urgentie", "laag")), "x"))).containsExactlyInAnyOrder(tuple("tafelId", "verplicht"),
                        tuple("titel", "verplicht"), tuple("hulpvraag", "verplicht"));
        assertThat(codes(() -> o.casussen.maak("utrecht", new NieuweCasus(t.id(), "t".repeat(201), "h".repeat(4001),
                new Inwoner(null, "ABCDEFGHIJK"), "x".repeat(101), List.of("UWV", ""), Map.of("urgentie", "laag")),
                "x"))).containsExactlyInAnyOrder(tuple("titel", "lengte"), tuple("hulpvraag", "lengte"),
                        tuple("inwoner.initialen", "lengte"), tuple("thema", "lengte"),
                        tuple("betrokkenOrganisaties.1", "verplicht"));
        // another gemeente's tafel is unknown here
        assertThat(codes(() -> o.casussen.maak("utrecht", intake(elders, "T"), "x")))
                .containsExactly(tuple("tafelId", "onbekend"));
        assertThat(o.tel("SELECT COUNT(*) FROM casus")).isEqualTo(voor);
    }

    @Test
    void variantDataWordtGecontroleerdVolgensDeVeldenVanDeVariant() {
        Tafel t = o.tafel("utrecht", "Varianttafel");
        assertThat(codes(() -> o.casussen.maak("utrecht", nieuw(t, Map.of("aangebrachtDoor", "Buurtteam")), "x")))
                .containsExactly(tuple("variantData.urgentie", "verplicht"));
        assertThat(codes(() -> o.casussen.maak("utrecht", nieuw(t, Map.of("urgentie", "morgen")), "x")))
                .containsExactly(tuple("variantData.urgentie", "waarde"));
        assertThat(codes(() -> o.casussen.maak("utrecht", nieuw(t, Map.of("urgentie", "laag", "kleur", "rood")),
                "x"))).containsExactly(tuple("variantData.kleur", "onbekend"));
        assertThat(codes(() -> o.casussen.maak("utrecht", nieuw(t, Map.of("urgentie", "laag", "domeinen", 42)),
                "x"))).containsExactly(tuple("variantData.domeinen", "type"));
        assertThat(codes(() -> o.casussen.maak("utrecht", nieuw(t, Map.of("urgentie", "laag", "aangebrachtDoor",
                "a".repeat(201))), "x"))).containsExactly(tuple("variantData.aangebrachtDoor", "lengte"));
        // the plug-in's own rule, named under variantData
        assertThat(codes(() -> o.casussen.maak("utrecht", nieuw(t, Map.of("urgentie", "spoed")), "x")))
                .containsExactly(tuple("variantData.aangebrachtDoor", "verplicht"));
        OngeldigeInvoerException e = fout(() -> o.casussen.maak("utrecht", nieuw(t, Map.of("urgentie", "morgen")),
                "x"));
        assertThat(e.fouten().get(0).reden()).contains("laag, normaal, hoog, spoed");
        assertThat(e.getMessage()).startsWith("De invoer klopt niet");

        // schemaVersie in the input is ignored: the core sets it
        Casus k = o.casussen.maak("utrecht", nieuw(t, Map.of("urgentie", "laag", "schemaVersie", 99)), "x");
        assertThat(k.variantData()).containsEntry("schemaVersie", 1);
        assertThat(o.tel("SELECT variant_schema_versie FROM casus WHERE id = ?", k.id())).isEqualTo(1);
        assertThat(o.tel("SELECT COUNT(*) FROM casus WHERE tafel_id = ?", t.id())).isEqualTo(1);
    }

    static NieuweCasus nieuw(Tafel t, Map<String, Object> data) {
        return new NieuweCasus(t.id(), "Titel", "Hulpvraag", null, null, null, data);
    }

    @Test
    void naEenFoutIsErNietsHalfGeschreven() {
        Tafel t = o.tafel("eindhoven", "Tafel zonder halve casussen");
        Casus k = o.casussen.maak("eindhoven", intake(t, "Bestaand"), "x");
        long casussen = o.tel("SELECT COUNT(*) FROM casus WHERE tafel_id = ?", t.id());
        long historie = o.tel("SELECT COUNT(*) FROM casus_status_historie");
        long organisaties = o.tel("SELECT COUNT(*) FROM casus_organisatie");

        fout(() -> o.casussen.maak("eindhoven", nieuw(t, Map.of("urgentie", "nu")), "x"));
        standaard.faalBijValideer = new IllegalStateException("plug-in stuk");
        assertThatThrownBy(() -> o.casussen.maak("eindhoven", intake(t, "Met kapotte plug-in"), "x"))
                .isInstanceOf(PluginFoutException.class);
        assertThatThrownBy(() -> o.casussen.wijzig("eindhoven", k.id(), 1, new CasusWijziging("Nieuw", null, null,
                null, List.of("CJIB"), Map.of("urgentie", "laag")), "x"))
                        .isInstanceOf(PluginFoutException.class);
        standaard.faalBijValideer = null;
        fout(() -> o.casussen.wijzig("eindhoven", k.id(), 1, new CasusWijziging("Nieuw", null, null, null,
                List.of("CJIB"), Map.of("urgentie", "straks")), "x"));
        fout(() -> o.casussen.wijzigStatus("eindhoven", k.id(), 1L, CasusStatus.AFGESLOTEN, " ", null, "x"));

        assertThat(o.tel("SELECT COUNT(*) FROM casus WHERE tafel_id = ?", t.id())).isEqualTo(casussen);
        assertThat(o.tel("SELECT COUNT(*) FROM casus_status_historie")).isEqualTo(historie);
        assertThat(o.tel("SELECT COUNT(*) FROM casus_organisatie")).isEqualTo(organisaties);
        Casus nu = o.casussen.zoek("eindhoven", k.id()).orElseThrow();
        assertThat(nu).isEqualTo(k);
    }

    @Test
    void lijstenZijnStabielGepagineerdEnGefilterd() {
        Tafel a = o.tafel("leeuwarden", "Doorbraaktafel Leeuwarden-Oost");
        Tafel b = o.tafel("leeuwarden", "Doorbraaktafel Heechterp");
        for (int i = 1; i <= 5; i++) {
            // newest first is by aangemaakt, to the millisecond; two intakes in the same millisecond are ordered by id
            // (stable, but not by creation), so each gets a millisecond of its own
            Instant vorige = nl.doorbraak.core.platform.Tijd.nu();
            while (!nl.doorbraak.core.platform.Tijd.nu().isAfter(vorige)) {
                Thread.onSpinWait();
            }
            o.casussen.maak("leeuwarden", intake(i <= 3 ? a : b, "Casus " + i), "x");
        }
        Casus eerste = o.casussen.lijst("leeuwarden", new CasusFilter(null, a.id(), null), 1, 10).results().get(2);
        o.casussen.wijzigStatus("leeuwarden", eerste.id(), null, CasusStatus.IN_VOORBEREIDING, null, null, "x");

        Pagina<Casus> alle = o.casussen.lijst("leeuwarden", CasusFilter.geen(), 1, 100);
        assertThat(alle.count()).isEqualTo(5);
        assertThat(alle.results()).extracting(Casus::titel)
                .containsExactly("Casus 5", "Casus 4", "Casus 3", "Casus 2", "Casus 1");
        Pagina<Casus> p1 = o.casussen.lijst("leeuwarden", CasusFilter.geen(), 1, 2);
        Pagina<Casus> p3 = o.casussen.lijst("leeuwarden", CasusFilter.geen(), 3, 2);
        assertThat(p1.results()).extracting(Casus::titel).containsExactly("Casus 5", "Casus 4");
        assertThat(p3.results()).extracting(Casus::titel).containsExactly("Casus 1");
        assertThat(p3.count()).isEqualTo(5);
        assertThat(p3.heeftVolgende()).isFalse();
        assertThat(o.casussen.lijst("leeuwarden", CasusFilter.geen(), 4, 2).results()).isEmpty();

        assertThat(o.casussen.lijst("leeuwarden", new CasusFilter(null, b.id(), null), 1, 10).results())
                .extracting(Casus::titel).containsExactly("Casus 5", "Casus 4");
        assertThat(o.casussen.lijst("leeuwarden", new CasusFilter(CasusStatus.IN_VOORBEREIDING, null, null), 1, 10)
                .results()).extracting(Casus::id).containsExactly(eerste.id());
        assertThat(o.casussen.lijst("leeuwarden", new CasusFilter(null, null, Set.of(a.id())), 1, 10).count())
                .isEqualTo(3);
        assertThat(o.casussen.lijst("leeuwarden", new CasusFilter(null, null, Set.of()), 1, 10).count()).isZero();
        assertThat(o.casussen.lijst("utrecht", new CasusFilter(null, a.id(), null), 1, 10).count()).isZero();

        assertThat(codes(() -> o.casussen.lijst("leeuwarden", null, 0, 10))).containsExactly(tuple("page", "waarde"));
        assertThat(codes(() -> o.casussen.lijst("leeuwarden", null, 1, 0))).containsExactly(tuple("pageSize", "waarde"));
        assertThat(codes(() -> o.casussen.lijst("leeuwarden", null, 1, 101)))
                .containsExactly(tuple("pageSize", "waarde"));
    }

    @Test
    void eenPlugInLeestAlleenDeCasussenVanZijnEigenVariant() {
        o.gemeente("zwolle", "Gemeente Zwolle", "standaard,jongeren");
        TestVariant jongeren = new TestVariant("jongeren", 1);
        o.varianten.aanmelden(jongeren, 2, 0, "nl.zwolle.jongeren", "1.0.0");
        try {
            Tafel standaardTafel = o.tafel("zwolle", "Doorbraaktafel Zwolle");
            Tafel jongerenTafel = o.tafels.maak("zwolle", new nl.doorbraak.api.domein.NieuweTafel("Jongerentafel",
                    "jongeren", List.of(new nl.doorbraak.api.domein.Deelnemer("K. Bakker", "Jeugdhulp",
                            "Verlengde jeugdhulp", null))), "test");
            o.casussen.maak("zwolle", intake(standaardTafel, "Standaard 1"), "x");
            Casus j1 = o.casussen.maak("zwolle", intake(jongerenTafel, "Jongere 1"), "x");
            o.casussen.maak("zwolle", intake(standaardTafel, "Standaard 2"), "x");
            Casus j2 = o.casussen.maak("zwolle", intake(jongerenTafel, "Jongere 2"), "x");
            o.casussen.wijzigStatus("zwolle", j2.id(), null, CasusStatus.IN_VOORBEREIDING, null, null, "x");

            Pagina<Casus> eigen = o.casussen.lijst("zwolle", CasusFilter.vanVariant("jongeren"), 1, 10);
            assertThat(eigen.count()).isEqualTo(2);
            assertThat(eigen.results()).extracting(Casus::id).containsExactlyInAnyOrder(j1.id(), j2.id());
            assertThat(eigen.results()).extracting(Casus::variant).containsOnly("jongeren");
            // counted in SQL: a page of one still knows there are two
            Pagina<Casus> eerste = o.casussen.lijst("zwolle", CasusFilter.vanVariant("jongeren"), 1, 1);
            assertThat(eerste.count()).isEqualTo(2);
            assertThat(eerste.heeftVolgende()).isTrue();
            assertThat(o.casussen.lijst("zwolle", CasusFilter.vanVariant("standaard"), 1, 10).results())
                    .extracting(Casus::titel).containsExactlyInAnyOrder("Standaard 1", "Standaard 2");
            // combined with the other filters
            assertThat(o.casussen.lijst("zwolle", new CasusFilter(CasusStatus.IN_VOORBEREIDING, null, null,
                    "jongeren"), 1, 10).results()).extracting(Casus::id).containsExactly(j2.id());
            assertThat(o.casussen.lijst("zwolle", new CasusFilter(null, standaardTafel.id(), null, "jongeren"), 1,
                    10).count()).isZero();
            assertThat(o.casussen.lijst("zwolle", CasusFilter.vanVariant("onbekend"), 1, 10).count()).isZero();
            // no variant, or the constructor of api 1.1: every casus
            assertThat(o.casussen.lijst("zwolle", new CasusFilter(null, null, null), 1, 10).count()).isEqualTo(4);
            assertThat(o.casussen.lijst("zwolle", CasusFilter.vanVariant(" "), 1, 10).count()).isEqualTo(4);
        } finally {
            o.varianten.afmelden(2);
        }
    }

    @Test
    void statusovergangenVolgenDeLevensloopEnWordenVastgelegd() {
        Tafel t = o.tafel("utrecht", "Statustafel");
        Casus k = o.casussen.maak("utrecht", intake(t, "Levensloop"), "regisseur");

        Casus v = o.casussen.wijzigStatus("utrecht", k.id(), 1L, CasusStatus.IN_VOORBEREIDING, "Info ophalen", null, "a");
        // geagendeerd only through the agenda of a bijeenkomst
        assertThatThrownBy(() -> o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.GEAGENDEERD, null, null,
                "b")).isInstanceOf(ConflictException.class).hasMessageContaining("agenda");
        Bijeenkomst b = o.bijeenkomsten.plan("utrecht",
                new NieuweBijeenkomst(t.id(), nl.doorbraak.core.platform.Tijd.vandaag().plusDays(3), List.of(), null), "b");
        o.bijeenkomsten.agendeer("utrecht", b.id(), k.id(), "b");

        ConflictException c = (ConflictException) catchThrowable(() -> o.casussen.wijzigStatus("utrecht", k.id(),
                null, CasusStatus.AFGESLOTEN, "klaar", Resultaat.TERUGVERWEZEN, "c"));
        assertThat(c.getMessage()).contains("geagendeerd", "afgesloten", "in_voorbereiding, besloten");
        // besloten only with a besluit
        assertThatThrownBy(() -> o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.BESLOTEN, "x", null,
                "d")).isInstanceOf(ConflictException.class).hasMessageContaining("besluit");
        o.besluiten.neem("utrecht", k.id(), new NieuwBesluit(BesluitSoort.REGULIER, "Huur bevroren tot 1 maart", null,
                null, List.of("Marieke de Vries"), null, null, null, null), "d");

        assertThat(codes(() -> o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.AFGESLOTEN, null, null, "e")))
                .containsExactlyInAnyOrder(tuple("reden", "verplicht"), tuple("resultaat", "verplicht"));
        // a doorbraak as result needs a doorbraak besluit
        assertThatThrownBy(() -> o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.AFGESLOTEN, "Opgelost",
                Resultaat.DOORBRAAK, "e")).isInstanceOf(ConflictException.class).hasMessageContaining("doorbraakbesluit");
        v = o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.AFGESLOTEN, "Opgelost",
                Resultaat.OPGELOST_ZONDER_DOORBRAAK, "e");

        assertThat(v.versie()).isEqualTo(5);
        assertThat(v.resultaat()).isEqualTo(Resultaat.OPGELOST_ZONDER_DOORBRAAK);
        assertThat(v.historie()).extracting(StatusWijziging::van, StatusWijziging::naar, StatusWijziging::door,
                StatusWijziging::reden).containsExactly(
                        tuple(null, CasusStatus.AANGEMELD, "regisseur", "Aanmelding"),
                        tuple(CasusStatus.AANGEMELD, CasusStatus.IN_VOORBEREIDING, "a", "Info ophalen"),
                        tuple(CasusStatus.IN_VOORBEREIDING, CasusStatus.GEAGENDEERD, "b",
                                "Geagendeerd voor de bijeenkomst van " + b.datum()),
                        tuple(CasusStatus.GEAGENDEERD, CasusStatus.BESLOTEN, "d", "Besluit: Huur bevroren tot 1 maart"),
                        tuple(CasusStatus.BESLOTEN, CasusStatus.AFGESLOTEN, "e", "Opgelost"));
        assertThat(o.casussen.zoek("utrecht", k.id())).contains(v);
        assertThat(o.tel("SELECT COUNT(*) FROM casus WHERE id = ? AND afgesloten IS NOT NULL", k.id())).isEqualTo(1);
        assertThatThrownBy(() -> o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.IN_UITVOERING, "x", null,
                "f")).isInstanceOf(ConflictException.class).hasMessageContaining("kan niet meer veranderen");
        assertThat(standaard.wijzigingen).extracting(StatusWijziging::naar).contains(CasusStatus.GEAGENDEERD,
                CasusStatus.BESLOTEN, CasusStatus.AFGESLOTEN);
        assertThat(o.events(DoorbraakEvents.CASUS_STATUS_GEWIJZIGD)).anySatisfy(e -> {
            assertThat(e.getProperty(DoorbraakEvents.CASUS_ID)).isEqualTo(k.id());
            assertThat(e.getProperty(DoorbraakEvents.STATUS)).isEqualTo("afgesloten");
            assertThat(e.getProperty(DoorbraakEvents.VORIGE_STATUS)).isEqualTo("besloten");
            assertThat(e.getProperty(DoorbraakEvents.DOOR)).isEqualTo("e");
        });
    }

    @Test
    void eenVerouderdeVersieIsEenConflict() {
        Tafel t = o.tafel("utrecht", "Versietafel");
        Casus k = o.casussen.maak("utrecht", intake(t, "Versies"), "x");
        Casus v2 = o.casussen.wijzig("utrecht", k.id(), 1, new CasusWijziging("Nieuwe titel", null, null, null, null,
                null), "a");
        assertThat(v2.versie()).isEqualTo(2);

        assertThatThrownBy(() -> o.casussen.wijzig("utrecht", k.id(), 1, new CasusWijziging("Botsing", null, null,
                null, null, null), "b")).isInstanceOf(ConflictException.class).hasMessageContaining("versie 2");
        assertThatThrownBy(() -> o.casussen.wijzigStatus("utrecht", k.id(), 1L, CasusStatus.IN_VOORBEREIDING, null, null,
                "b")).isInstanceOf(ConflictException.class);
        assertThat(o.casussen.zoek("utrecht", k.id()).orElseThrow().titel()).isEqualTo("Nieuwe titel");
        assertThat(o.casussen.zoek("utrecht", k.id()).orElseThrow().versie()).isEqualTo(2);
    }

    @Test
    void eenWijzigingLaatOngenoemdeVeldenStaanEnVoegtVariantDataSamen() {
        Tafel t = o.tafel("utrecht", "Wijzigtafel");
        Casus k = o.casussen.maak("utrecht", intake(t, "Voor"), "x");
        Map<String, Object> data = new HashMap<>();
        data.put("domeinen", "wonen, inkomen");
        data.put("aangebrachtDoor", null);

        Casus w = o.casussen.wijzig("utrecht", k.id(), 1, new CasusWijziging(null, "Nieuwe hulpvraag",
                new Inwoner(null, "S.v.B."), null, List.of("CJIB"), data), "regisseur");

        assertThat(w.titel()).isEqualTo("Voor");
        assertThat(w.hulpvraag()).isEqualTo("Nieuwe hulpvraag");
        assertThat(w.inwoner().pseudoniem()).isEqualTo(k.inwoner().pseudoniem());
        assertThat(w.inwoner().initialen()).isEqualTo("S.v.B.");
        assertThat(w.thema()).isEqualTo("wonen");
        assertThat(w.betrokkenOrganisaties()).containsExactly("CJIB");
        assertThat(w.variantData()).containsEntry("urgentie", "hoog").containsEntry("domeinen", "wonen, inkomen")
                .doesNotContainKey("aangebrachtDoor");
        assertThat(w.historie()).isEqualTo(k.historie());
        assertThat(o.casussen.zoek("utrecht", k.id())).contains(w);
        assertThat(o.events(DoorbraakEvents.CASUS_GEWIJZIGD)).anySatisfy(
                e -> assertThat(e.getProperty(DoorbraakEvents.CASUS_ID)).isEqualTo(k.id()));
        assertThat(codes(() -> o.casussen.wijzig("utrecht", k.id(), 2, new CasusWijziging("", null, null, null, null,
                Map.of("urgentie", "straks")), "x"))).containsExactlyInAnyOrder(tuple("titel", "verplicht"),
                        tuple("variantData.urgentie", "waarde"));
    }

    @Test
    void eenCasusVanEenAndereGemeenteBestaatNiet() {
        Tafel t = o.tafel("eindhoven", "Woensel");
        Casus k = o.casussen.maak("eindhoven", intake(t, "Eindhovens"), "x");

        assertThat(o.casussen.zoek("utrecht", k.id())).isEmpty();
        assertThatThrownBy(() -> o.casussen.wijzig("utrecht", k.id(), 1, new CasusWijziging("X", null, null, null,
                null, null), "x")).isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.IN_VOORBEREIDING,
                null, null, "x")).isInstanceOf(NietGevondenException.class);
        assertThat(o.casussen.zoek("eindhoven", k.id()).orElseThrow().versie()).isEqualTo(1);
    }

    @Test
    void eenFaalendeReactieVanDePluginRaaktDeCasusNiet() {
        Tafel t = o.tafel("utrecht", "Reactietafel");
        standaard.faalBijReactie = new IllegalStateException("reactie stuk");
        Casus k = o.casussen.maak("utrecht", intake(t, "Ondanks plug-in"), "x");
        standaard.faalBijReactie = new NoClassDefFoundError("nl/doorbraak/plugin/Weg");
        Casus s = o.casussen.wijzigStatus("utrecht", k.id(), 1L, CasusStatus.IN_VOORBEREIDING, null, null, "x");

        assertThat(s.status()).isEqualTo(CasusStatus.IN_VOORBEREIDING);
        assertThat(o.casussen.zoek("utrecht", k.id()).orElseThrow().versie()).isEqualTo(2);
    }

    static List<org.assertj.core.groups.Tuple> codes(Runnable r) {
        return fout(r).fouten().stream().map(f -> tuple(f.naam(), f.code())).toList();
    }

    static OngeldigeInvoerException fout(Runnable r) {
        try {
            r.run();
        } catch (OngeldigeInvoerException e) {
            assertThat(e.fouten()).extracting(VeldFout::reden).allSatisfy(x -> assertThat(x).isNotBlank());
            return e;
        }
        throw new AssertionError("geen OngeldigeInvoerException");
    }

    static Throwable catchThrowable(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("geen fout");
    }

    /** A casus read comes from memory (CasusCache) only while it is still what is stored, whoever changed it. */
    @Test
    void eenWijzigingVanEldersIsBijHetVolgendeLezenTeZien() {
        Tafel t = o.tafel("utrecht", "Cachetafel");
        Casus k = o.casussen.maak("utrecht", intake(t, "Eerste titel"), "utrecht-regisseur");
        assertThat(o.casussen.zoek("utrecht", k.id())).get().extracting(Casus::titel).isEqualTo("Eerste titel");
        assertThat(o.casussen.zoek("utrecht", k.id())).get().isEqualTo(k);

        // another process on the same database (PostgreSQL, or a second core during an update) changes it
        CasusKern ander = new CasusKern(o.db, o.varianten, o.gemeenten, o.overgangen);
        Casus gewijzigd = ander.wijzig("utrecht", k.id(), k.versie(), new CasusWijziging("Tweede titel", null,
                new Inwoner(k.inwoner().pseudoniem(), "S.B."), null, List.of("UWV"), Map.of("urgentie", "laag")),
                "utrecht-regisseur");
        Casus gelezen = o.casussen.zoek("utrecht", k.id()).orElseThrow();
        assertThat(gelezen.titel()).isEqualTo("Tweede titel");
        assertThat(gelezen.betrokkenOrganisaties()).containsExactly("UWV");
        assertThat(gelezen.variantData()).containsEntry("urgentie", "laag");
        assertThat(gelezen.versie()).isEqualTo(gewijzigd.versie());

        ander.wijzigStatus("utrecht", k.id(), gewijzigd.versie(), CasusStatus.IN_VOORBEREIDING, "Stukken compleet",
                null, "utrecht-regisseur");
        gelezen = o.casussen.zoek("utrecht", k.id()).orElseThrow();
        assertThat(gelezen.status()).isEqualTo(CasusStatus.IN_VOORBEREIDING);
        assertThat(gelezen.historie()).extracting(h -> h.reden()).containsExactly("Aanmelding", "Stukken compleet");

        // the background schema upgrade keeps versie, but rewrites the data: that is seen too
        o.sql("UPDATE casus SET variant_data = '{\"urgentie\":\"hoog\"}', variant_schema_versie = 0 WHERE id = ?",
                k.id());
        assertThat(o.casussen.zoek("utrecht", k.id())).get().extracting(c -> c.variantData().get("urgentie"))
                .isEqualTo("hoog");

        // gone, or asked for from another gemeente: not found
        assertThat(o.casussen.zoek("leeuwarden", k.id())).isEmpty();
        o.sql("DELETE FROM casus WHERE id = ?", k.id());
        assertThat(o.casussen.zoek("utrecht", k.id())).isEmpty();
    }
}
