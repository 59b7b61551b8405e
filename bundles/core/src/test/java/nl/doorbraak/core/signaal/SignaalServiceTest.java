package nl.doorbraak.core.signaal;

import static nl.doorbraak.core.InvoerFouten.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.GekoppeldeCasus;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.NieuwSignaal;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalFilter;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.domein.SignaalStatusWijziging;
import nl.doorbraak.api.domein.SignaalVolgorde;
import nl.doorbraak.api.domein.SignaalWijziging;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.InvoerFouten;

class SignaalServiceTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static Tafel utrecht;
    static Tafel leeuwarden;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        utrecht = o.tafel("utrecht", "Signalentafel Utrecht");
        leeuwarden = o.tafel("leeuwarden", "Signalentafel Leeuwarden");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static Casus casus(Tafel t, String titel) {
        return o.casussen.maak(t.gemeente(), new NieuweCasus(t.id(), titel, "Inkomen valt weg door een regel.",
                new Inwoner(null, "S.B."), "inkomen", List.of("Werk & Inkomen"), Map.of("urgentie", "normaal")),
                t.gemeente() + "-regisseur");
    }

    static NieuwSignaal kostendelersnorm(List<String> casussen) {
        return new NieuwSignaal("Kostendelersnorm in de bijstand", "Werk & Inkomen",
                "Een meerderjarig kind dat thuis woont verlaagt de bijstand van de ouder; het kind moet het huis uit.",
                casussen);
    }

    @Test
    void meldenMetCasussenGeeftGewichtEnHistorie() {
        Casus a = casus(utrecht, "Zoon mag niet thuis wonen");
        Casus b = casus(utrecht, "Dochter van 21 terug naar moeder");
        Signaal s = o.signalen.maak("utrecht", kostendelersnorm(List.of(a.id(), b.id(), a.id())), "utrecht-regisseur");

        assertThat(s.status()).isEqualTo(SignaalStatus.NIEUW);
        assertThat(s.versie()).isEqualTo(1);
        assertThat(s.gewicht()).isEqualTo(2);
        assertThat(s.casussen()).extracting(GekoppeldeCasus::casusId, GekoppeldeCasus::titel,
                GekoppeldeCasus::tafelId).containsExactlyInAnyOrder(tuple(a.id(), a.titel(), utrecht.id()),
                        tuple(b.id(), b.titel(), utrecht.id()));
        assertThat(s.casussen()).allSatisfy(k -> assertThat(k.gekoppeldDoor()).isEqualTo("utrecht-regisseur"));
        assertThat(s.historie()).singleElement().satisfies(h -> {
            assertThat(h.van()).isNull();
            assertThat(h.naar()).isEqualTo(SignaalStatus.NIEUW);
            assertThat(h.door()).isEqualTo("utrecht-regisseur");
        });
        assertThat(o.signalen.zoek("utrecht", s.id())).contains(s);
        assertThat(o.signalen.zoek("leeuwarden", s.id())).isEmpty();
        assertThat(o.signalen.vanCasus("utrecht", a.id())).extracting(Signaal::id).containsExactly(s.id());
        assertThat(o.events(DoorbraakEvents.SIGNAAL_AANGEMAAKT)).anySatisfy(e -> {
            assertThat(e.getProperty(DoorbraakEvents.SIGNAAL_ID)).isEqualTo(s.id());
            assertThat(e.getProperty(DoorbraakEvents.GEWICHT)).isEqualTo(2);
            assertThat(e.getProperty(DoorbraakEvents.ORGANISATIE)).isEqualTo("Werk & Inkomen");
        });
        assertThat(o.events(DoorbraakEvents.SIGNAAL_CASUS_GEKOPPELD))
                .filteredOn(e -> s.id().equals(e.getProperty(DoorbraakEvents.SIGNAAL_ID)))
                .extracting(e -> e.getProperty(DoorbraakEvents.CASUS_ID)).containsExactlyInAnyOrder(a.id(), b.id());
    }

    @Test
    void eenCasusVanEenAndereGemeenteIsOnbekendZoalsEenDieNietBestaat() {
        Casus elders = casus(leeuwarden, "CJIB en DUO stapelen");
        long voor = o.tel("SELECT COUNT(*) FROM signaal");
        var fout = InvoerFouten.fout(() -> o.signalen.maak("utrecht",
                kostendelersnorm(List.of(elders.id(), "bestaat-niet")), "x"));
        assertThat(fout.fouten()).extracting(f -> f.naam(), f -> f.code())
                .containsExactly(tuple("casusIds.0", "onbekend"), tuple("casusIds.1", "onbekend"));
        // the same words for both: nothing reveals that the first exists elsewhere
        assertThat(fout.fouten().get(0).reden().replace(elders.id(), "X"))
                .isEqualTo(fout.fouten().get(1).reden().replace("bestaat-niet", "X"));
        assertThat(o.tel("SELECT COUNT(*) FROM signaal")).isEqualTo(voor);

        Signaal s = o.signalen.maak("utrecht", kostendelersnorm(List.of()), "x");
        assertThat(codes(() -> o.signalen.koppel("utrecht", s.id(), elders.id(), "x")))
                .containsExactly(tuple("casusId", "onbekend"));
        assertThat(o.signalen.zoek("utrecht", s.id()).orElseThrow().versie()).isEqualTo(1);
        assertThatThrownBy(() -> o.signalen.koppel("leeuwarden", s.id(), elders.id(), "x"))
                .isInstanceOf(NietGevondenException.class);
    }

    @Test
    void verplichteVelden() {
        assertThat(codes(() -> o.signalen.maak("utrecht", new NieuwSignaal(" ", null, "o".repeat(4001),
                java.util.Arrays.asList("", null)), "x"))).containsExactlyInAnyOrder(tuple("regel", "verplicht"),
                        tuple("organisatie", "verplicht"), tuple("omschrijving", "lengte"),
                        tuple("casusIds.0", "verplicht"), tuple("casusIds.1", "verplicht"));
    }

    @Test
    void koppelenIsIdempotentEnOntkoppelenVerlaagtHetGewicht() {
        Casus a = casus(utrecht, "Beslag op toeslag");
        Signaal s = o.signalen.maak("utrecht", kostendelersnorm(List.of()), "x");
        Signaal gekoppeld = o.signalen.koppel("utrecht", s.id(), a.id(), "utrecht-tafellid");
        assertThat(gekoppeld.gewicht()).isEqualTo(1);
        assertThat(gekoppeld.versie()).isEqualTo(2);
        long events = o.events(DoorbraakEvents.SIGNAAL_CASUS_GEKOPPELD).size();

        Signaal nogEens = o.signalen.koppel("utrecht", s.id(), a.id(), "x");
        assertThat(nogEens).isEqualTo(gekoppeld);
        assertThat(o.events(DoorbraakEvents.SIGNAAL_CASUS_GEKOPPELD)).hasSize((int) events);

        Signaal los = o.signalen.ontkoppel("utrecht", s.id(), a.id(), "x");
        assertThat(los.gewicht()).isZero();
        assertThat(los.versie()).isEqualTo(3);
        assertThatThrownBy(() -> o.signalen.ontkoppel("utrecht", s.id(), a.id(), "x"))
                .isInstanceOf(NietGevondenException.class).hasMessageContaining("niet aan dit signaal gekoppeld");
        assertThat(o.signalen.zoek("utrecht", s.id()).orElseThrow().versie()).isEqualTo(3);
        assertThat(o.events(DoorbraakEvents.SIGNAAL_CASUS_ONTKOPPELD)).anySatisfy(
                e -> assertThat(e.getProperty(DoorbraakEvents.CASUS_ID)).isEqualTo(a.id()));
    }

    @Test
    void veleTegelijkKoppelenVerliestNiets() throws Exception {
        Signaal s = o.signalen.maak("utrecht", kostendelersnorm(List.of()), "x");
        List<Casus> casussen = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            casussen.add(casus(utrecht, "Tegelijk " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> klaar = new ArrayList<>();
        List<Throwable> fouten = Collections.synchronizedList(new ArrayList<>());
        for (Casus k : casussen) {
            for (int keer = 0; keer < 2; keer++) {
                klaar.add(pool.submit(() -> {
                    try {
                        o.signalen.koppel("utrecht", s.id(), k.id(), "x");
                    } catch (RuntimeException e) {
                        fouten.add(e);
                    }
                }));
            }
        }
        for (Future<?> f : klaar) {
            f.get();
        }
        pool.shutdown();
        assertThat(fouten).isEmpty();
        Signaal na = o.signalen.zoek("utrecht", s.id()).orElseThrow();
        assertThat(na.gewicht()).isEqualTo(12);
        // one new versie per new link, none for the repeats
        assertThat(na.versie()).isEqualTo(13);
    }

    @Test
    void statusovergangenMetHistorieAntwoordEnRegels() {
        Signaal s = o.signalen.maak("utrecht", kostendelersnorm(List.of()), "utrecht-regisseur");
        assertThatThrownBy(() -> o.signalen.wijzigStatus("utrecht", s.id(), null, SignaalStatus.OPGELOST, null,
                "Opgelost", "x")).isInstanceOf(ConflictException.class)
                .hasMessage("Een signaal met status nieuw kan niet naar opgelost. Vanuit nieuw kan alleen: "
                        + "in_behandeling, geagendeerd.");
        Signaal inBehandeling = o.signalen.wijzigStatus("utrecht", s.id(), 1L, SignaalStatus.IN_BEHANDELING,
                "Opgepakt door het transformaatje van W&I", null, "utrecht-regisseur");
        assertThat(inBehandeling.versie()).isEqualTo(2);
        assertThatThrownBy(() -> o.signalen.wijzigStatus("utrecht", s.id(), 1L, SignaalStatus.GEAGENDEERD, null,
                null, "x")).isInstanceOf(ConflictException.class).hasMessageContaining("versie 2");
        // opgelost needs the answer
        assertThat(codes(() -> o.signalen.wijzigStatus("utrecht", s.id(), null, SignaalStatus.OPGELOST, "klaar", " ",
                "x"))).containsExactly(tuple("antwoord", "verplicht"));
        Signaal opgelost = o.signalen.wijzigStatus("utrecht", s.id(), null, SignaalStatus.OPGELOST, null,
                "Hardheidsclausule: bij een zoon tot 27 in een traject telt hij niet mee.", "utrecht-beheerder");
        assertThat(opgelost.antwoord()).startsWith("Hardheidsclausule");
        // reopening needs a reason
        assertThat(codes(() -> o.signalen.wijzigStatus("utrecht", s.id(), null, SignaalStatus.IN_BEHANDELING, null,
                null, "x"))).containsExactly(tuple("reden", "verplicht"));
        Signaal heropend = o.signalen.wijzigStatus("utrecht", s.id(), null, SignaalStatus.IN_BEHANDELING,
                "Nieuwe casus: dochter van 24 valt er niet onder", null, "utrecht-regisseur");
        // the earlier answer stays visible until a new one is given
        assertThat(heropend.antwoord()).isEqualTo(opgelost.antwoord());
        assertThat(heropend.historie()).extracting(SignaalStatusWijziging::van, SignaalStatusWijziging::naar,
                SignaalStatusWijziging::door).containsExactly(tuple(null, SignaalStatus.NIEUW, "utrecht-regisseur"),
                        tuple(SignaalStatus.NIEUW, SignaalStatus.IN_BEHANDELING, "utrecht-regisseur"),
                        tuple(SignaalStatus.IN_BEHANDELING, SignaalStatus.OPGELOST, "utrecht-beheerder"),
                        tuple(SignaalStatus.OPGELOST, SignaalStatus.IN_BEHANDELING, "utrecht-regisseur"));
        assertThat(heropend.historie().get(2).antwoord()).isEqualTo(opgelost.antwoord());
        assertThat(o.signalen.zoek("utrecht", s.id())).contains(heropend);
        assertThat(o.events(DoorbraakEvents.SIGNAAL_STATUS_GEWIJZIGD)).anySatisfy(e -> {
            assertThat(e.getProperty(DoorbraakEvents.SIGNAAL_ID)).isEqualTo(s.id());
            assertThat(e.getProperty(DoorbraakEvents.STATUS)).isEqualTo("opgelost");
            assertThat(e.getProperty(DoorbraakEvents.VORIGE_STATUS)).isEqualTo("in_behandeling");
        });
    }

    @Test
    void wijzigenVanDeTekstMetVersie() {
        Signaal s = o.signalen.maak("utrecht", kostendelersnorm(List.of()), "x");
        Signaal w = o.signalen.wijzig("utrecht", s.id(), 1, new SignaalWijziging("Kostendelersnorm (Participatiewet "
                + "art. 22a)", "Werk & Inkomen", "Ook bij inwonende studerende kinderen."), "utrecht-regisseur");
        assertThat(w.regel()).isEqualTo("Kostendelersnorm (Participatiewet art. 22a)");
        assertThat(w.versie()).isEqualTo(2);
        assertThat(w.status()).isEqualTo(SignaalStatus.NIEUW);
        assertThatThrownBy(() -> o.signalen.wijzig("utrecht", s.id(), 1, new SignaalWijziging("a", "b", "c"), "x"))
                .isInstanceOf(ConflictException.class);
        assertThat(codes(() -> o.signalen.wijzig("utrecht", s.id(), 2, new SignaalWijziging("", "b", null), "x")))
                .containsExactlyInAnyOrder(tuple("regel", "verplicht"), tuple("omschrijving", "verplicht"));
        assertThat(o.events(DoorbraakEvents.SIGNAAL_GEWIJZIGD)).anySatisfy(
                e -> assertThat(e.getProperty(DoorbraakEvents.SIGNAAL_ID)).isEqualTo(s.id()));
    }

    @Test
    void lijstFiltertEnSorteertOpGewicht() {
        o.gemeente("sneek", "Gemeente Súdwest-Fryslân", "standaard");
        Tafel t = o.tafel("sneek", "Tafel Sneek");
        Casus a = casus(t, "A");
        Casus b = casus(t, "B");
        Casus c = casus(t, "C");
        Signaal licht = o.signalen.maak("sneek", new NieuwSignaal("Regel 1", "DUO", "o", List.of(a.id())), "x");
        Signaal zwaar = o.signalen.maak("sneek", new NieuwSignaal("Regel 2", "CJIB", "o",
                List.of(a.id(), b.id(), c.id())), "x");
        Signaal leeg = o.signalen.maak("sneek", new NieuwSignaal("Regel 3", "cjib", "o", List.of()), "x");
        o.signalen.wijzigStatus("sneek", zwaar.id(), null, SignaalStatus.GEAGENDEERD, "Naar de Armoedecoalitie",
                null, "x");
        // three signalen made within one millisecond would tie on aangemaakt; give each its own moment
        java.time.OffsetDateTime nu = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        o.sql("UPDATE signaal SET aangemaakt = ? WHERE id = ?", nu.minusMinutes(3), licht.id());
        o.sql("UPDATE signaal SET aangemaakt = ? WHERE id = ?", nu.minusMinutes(2), zwaar.id());
        o.sql("UPDATE signaal SET aangemaakt = ? WHERE id = ?", nu.minusMinutes(1), leeg.id());

        assertThat(ids(SignaalFilter.geen())).containsExactly(leeg.id(), zwaar.id(), licht.id());
        assertThat(ids(new SignaalFilter(null, null, SignaalVolgorde.GEWICHT)))
                .containsExactly(zwaar.id(), licht.id(), leeg.id());
        assertThat(ids(new SignaalFilter(SignaalStatus.GEAGENDEERD, null, null))).containsExactly(zwaar.id());
        assertThat(ids(new SignaalFilter(null, "CJIB", SignaalVolgorde.GEWICHT))).containsExactly(zwaar.id(), leeg.id());
        assertThat(o.signalen.lijst("sneek", SignaalFilter.geen(), 2, 2).results()).extracting(Signaal::id)
                .containsExactly(licht.id());
        assertThat(o.signalen.vanCasus("sneek", a.id())).extracting(Signaal::id).containsExactly(zwaar.id(), licht.id());
        assertThat(o.signalen.vanCasus("utrecht", a.id())).isEmpty();
    }

    private static List<String> ids(SignaalFilter f) {
        return o.signalen.lijst("sneek", f, 1, 100).results().stream().map(Signaal::id).toList();
    }
}
