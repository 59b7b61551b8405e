package nl.doorbraak.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.StatusWijziging;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.tekst.Bsn;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.toegang.GebruikerServiceImpl;
import nl.doorbraak.core.toegang.Wachtwoorden;
import nl.doorbraak.core.variant.VariantGegevens;

class DemoGegevensTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static DemoGegevens.Resultaat eerste;
    static DemoGegevens.Resultaat tweede;

    @BeforeAll
    static void laadTweemaal() {
        o = new CoreOmgeving(map);
        // loaded without any variant installed
        eerste = new DemoGegevens().laad(o.db);
        tweede = new DemoGegevens().laad(o.db);
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    @Test
    void deVasteHashIsDieVanHetDemowachtwoordBijDeHuidigeKosten() {
        Wachtwoorden w = new Wachtwoorden();
        assertThat(w.klopt(DemoGegevens.WACHTWOORD.toCharArray(), DemoGegevens.HASH)).isTrue();
        assertThat(w.verouderd(DemoGegevens.HASH))
                .as("ITERATIES is veranderd: maak DemoGegevens.HASH opnieuw met new Wachtwoorden().hash(\"demo\")")
                .isFalse();
    }

    @Test
    void tweemaalLadenDupliceertNiets() {
        int gegenereerd = DemoJaar.AANTAL.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(eerste).isEqualTo(new DemoGegevens.Resultaat(6, 8, 36 + gegenereerd));
        assertThat(tweede).isEqualTo(new DemoGegevens.Resultaat(0, 0, 0));
        assertThat(o.tel("SELECT COUNT(*) FROM tafel")).isEqualTo(6);
        assertThat(o.tel("SELECT COUNT(*) FROM gebruiker")).isEqualTo(8);
        assertThat(o.tel("SELECT COUNT(*) FROM casus")).isEqualTo(36 + gegenereerd);
        assertThat(o.tel("SELECT COUNT(*) FROM casus_status_historie")).isEqualTo(
                DemoGegevens.CASUSSEN.stream().mapToLong(k -> DemoGegevens.pad(k).size() + 1).sum()
                        + DemoJaar.plan(DemoGegevens.nulpunt(o.db)).gegenereerd().stream()
                                .mapToLong(k -> k.historie().size()).sum());
    }

    @Test
    void elkeGemeenteHeeftEenJaarAanCasussenOverAlleStatussen() {
        for (String gemeente : List.of("utrecht", "leeuwarden", "eindhoven")) {
            List<Casus> casussen = o.casussen.lijst(gemeente, CasusFilter.geen(), 1, 100).results();
            assertThat(casussen).as(gemeente).hasSize(12 + DemoJaar.AANTAL.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(gemeente + "-")).mapToInt(Map.Entry::getValue).sum());
            assertThat(casussen.stream().map(Casus::status).collect(Collectors.toSet())).as(gemeente)
                    .containsExactlyInAnyOrder(CasusStatus.values());
            assertThat(o.tafels.lijst(gemeente, 1, 100).results()).allSatisfy(t -> {
                assertThat(t.deelnemers()).isNotEmpty();
                assertThat(t.variant()).isEqualTo("standaard");
            });
        }
        assertThat(o.tafels.lijst("utrecht", 1, 10).results()).extracting(Tafel::naam)
                .contains("Doorbraaktafel Overvecht", "Ondernemers-doorbraaktafel");
    }

    @Test
    void elkeDemoCasusHeeftEenGeldigeHistorieEnPastBijDeStandaardVariant() {
        TestVariant standaard = TestVariant.standaard();
        for (String gemeente : List.of("utrecht", "leeuwarden", "eindhoven")) {
            for (Casus k : o.casussen.lijst(gemeente, CasusFilter.geen(), 1, 100).results()) {
                List<StatusWijziging> h = k.historie();
                assertThat(h.get(0).van()).isNull();
                assertThat(h.get(0).naar()).isEqualTo(CasusStatus.AANGEMELD);
                for (int i = 1; i < h.size(); i++) {
                    assertThat(h.get(i).van().magNaar(h.get(i).naar())).as(k.titel()).isTrue();
                    assertThat(h.get(i).op()).isAfter(h.get(i - 1).op());
                    assertThat(h.get(i).door()).isEqualTo(gemeente + "-regisseur");
                }
                assertThat(h.get(h.size() - 1).naar()).isEqualTo(k.status());
                assertThat(k.versie()).isEqualTo(h.size());
                if (k.status() == CasusStatus.AFGESLOTEN) {
                    assertThat(h.get(h.size() - 1).reden()).isNotBlank();
                }
                assertThat(k.inwoner().pseudoniem()).matches("INW-[0-9A-F]{6}");
                assertThat(k.inwoner().initialen()).hasSizeLessThanOrEqualTo(10);
                assertThat(k.variantData()).containsEntry("schemaVersie", 1);
                Map<String, Object> data = new java.util.LinkedHashMap<>(k.variantData());
                data.remove("schemaVersie");
                assertThat(VariantGegevens.controleerVelden("standaard", standaard.velden(), data)).as(k.titel())
                        .isEmpty();
                assertThat(k.titel().length()).isLessThanOrEqualTo(200);
                assertThat(k.hulpvraag().length()).isLessThanOrEqualTo(4000);
                // the core would refuse them back in a PUT
                assertThat(List.of(k.titel(), k.hulpvraag(), String.valueOf(k.inwoner().initialen())))
                        .as(k.titel()).noneMatch(Bsn::staatIn);
            }
        }
    }

    @Test
    void deDemoAccountsLoggenInMetDemoAlleenInDemomodus() {
        GebruikerServiceImpl demo = o.gebruikers(true);
        for (DemoGegevens.DemoGebruiker g : DemoGegevens.GEBRUIKERS) {
            assertThat(demo.inloggen(g.gebruikersnaam(), "demo".toCharArray(), null).gelukt()).as(g.gebruikersnaam())
                    .isTrue();
        }
        Gebruiker tafellid = demo.zoek("utrecht-tafellid").orElseThrow();
        assertThat(tafellid.rollen()).containsExactly(Rol.TAFELLID);
        assertThat(tafellid.tafels()).containsExactly(DemoGegevens.id("utrecht-overvecht"));
        assertThat(demo.zoek("rijk-szw").orElseThrow().gemeente()).isNull();
        assertThat(demo.zoek("platformbeheerder").orElseThrow().rollen()).containsExactly(Rol.PLATFORMBEHEERDER);
        // the published password "demo" is hashed once for all demo accounts (decisions.md), never stored as such
        assertThat(o.tel("SELECT COUNT(DISTINCT wachtwoord_hash) FROM gebruiker WHERE demo = TRUE")).isEqualTo(1);
        assertThat(o.tel("SELECT COUNT(*) FROM gebruiker WHERE wachtwoord_hash LIKE 'PBKDF2WithHmacSHA256$600000$%'"))
                .isEqualTo(8);
        assertThat(o.gebruikers(false).inloggen("utrecht-regisseur", "demo".toCharArray(), null).gelukt()).isFalse();
    }
}
