package nl.doorbraak.core.casus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.CasusWijziging;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.VariantInfo;
import nl.doorbraak.api.service.PluginFoutException;
import nl.doorbraak.api.service.VariantNietBeschikbaarException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.variant.VariantRegisterImpl;

/** Plug-ins coming, going and being updated while the core runs. */
class VariantWisselTest {

    @TempDir
    Path map;
    CoreOmgeving o;
    Tafel tafel;

    @BeforeEach
    void start() {
        o = new CoreOmgeving(map);
        tafel = o.tafel("utrecht", "Doorbraaktafel Overvecht");
    }

    @AfterEach
    void stop() {
        o.close();
    }

    private NieuweCasus intake(String titel) {
        return new NieuweCasus(tafel.id(), titel, "Hulpvraag", new Inwoner(null, "A.B."), null, List.of(),
                Map.of("urgentie", "normaal"));
    }

    @Test
    void eenSchrijfactieWachtOpEenAfwezigeVariantEnGeeftDan503() {
        o.wachttijd(400);
        long begin = System.nanoTime();

        VariantNietBeschikbaarException e = (VariantNietBeschikbaarException) CasusServiceTest
                .catchThrowable(() -> o.casussen.maak("utrecht", intake("Zonder plug-in"), "x"));

        long ms = (System.nanoTime() - begin) / 1_000_000;
        assertThat(ms).isGreaterThanOrEqualTo(380);
        assertThat(e.variant()).isEqualTo("standaard");
        assertThat(e.opnieuwNaSeconden()).isEqualTo(7);
        assertThat(o.tel("SELECT COUNT(*) FROM casus")).isZero();
    }

    @Test
    void eenVariantDieTijdensHetWachtenTerugkomtLaatDeSchrijfactieSlagen() throws Exception {
        o.wachttijd(10_000);
        CompletableFuture<Void> update = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            o.varianten.aanmelden(TestVariant.standaard(), 2, 0, "nl.doorbraak.plugin.standaard", "1.0.1");
        });
        long begin = System.nanoTime();

        Casus k = o.casussen.maak("utrecht", intake("Tijdens de update"), "x");

        long ms = (System.nanoTime() - begin) / 1_000_000;
        update.get(5, TimeUnit.SECONDS);
        assertThat(k.status()).isEqualTo(CasusStatus.AANGEMELD);
        // woken by the bind, not by the timeout
        assertThat(ms).isBetween(250L, 5_000L);
    }

    @Test
    void lezenWachtNooitEnToontDeOpgeslagenGegevens() {
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        Casus k = o.casussen.maak("utrecht", intake("Blijft leesbaar"), "x");
        o.varianten.afmelden(1);
        o.wachttijd(2_000);
        long begin = System.nanoTime();

        Casus gelezen = o.casussen.zoek("utrecht", k.id()).orElseThrow();
        List<Casus> lijst = o.casussen.lijst("utrecht", CasusFilter.geen(), 1, 10).results();

        assertThat((System.nanoTime() - begin) / 1_000_000).isLessThan(1_000);
        assertThat(gelezen).isEqualTo(k);
        assertThat(lijst).containsExactly(k);
        assertThat(new VariantRegisterImpl(o.db, o.varianten).varianten()).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo("standaard");
            assertThat(v.status()).isEqualTo("afwezig");
            assertThat(v.bundle()).isNull();
            assertThat(v.naam()).isEqualTo("Test standaard");
        });
    }

    @Test
    void hetRegisterToontGeinstalleerdeVariantenMetHunBundle() {
        o.varianten.aanmelden(new TestVariant("standaard", 2), 5, 0, "nl.doorbraak.plugin.standaard", "1.2.0");
        o.varianten.aanmelden(new TestVariant("rodeknop", 1), 6, 0, "nl.doorbraak.plugin.rodeknop", "0.9.0");

        assertThat(new VariantRegisterImpl(o.db, o.varianten).varianten())
                .extracting(VariantInfo::id, VariantInfo::bundle, VariantInfo::versie, VariantInfo::schemaVersie,
                        VariantInfo::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rodeknop", "nl.doorbraak.plugin.rodeknop", "0.9.0", 1,
                                "actief"),
                        org.assertj.core.groups.Tuple.tuple("standaard", "nl.doorbraak.plugin.standaard", "1.2.0", 2,
                                "actief"));
    }

    @Test
    void hetRegisterGeeftDeVeldenVanDeHuidigeVariantEnNietsVanEenAfwezigeOfFalende() {
        o.varianten.aanmelden(new TestVariant("standaard", 2), 5, 0, "nl.doorbraak.plugin.standaard", "1.2.0");
        VariantRegisterImpl register = new VariantRegisterImpl(o.db, o.varianten);
        assertThat(register.velden("standaard")).extracting(nl.doorbraak.api.variant.VariantVeld::naam)
                .containsExactly("urgentie", "aangebrachtDoor", "domeinen", "vervolgafspraak", "datumTafel", "kosten",
                        "spoed");
        assertThat(register.velden("rodeknop")).isEmpty();
        assertThat(register.velden(null)).isEmpty();
        // a plug-in that fails to name its fields: no fields, the list of variants keeps working
        o.varianten.aanmelden(new TestVariant("stuk", 1) {
            @Override
            public java.util.List<nl.doorbraak.api.variant.VariantVeld> velden() {
                throw new IllegalStateException("kapot");
            }
        }, 7, 0, "nl.doorbraak.plugin.stuk", "1.0.0");
        assertThat(register.velden("stuk")).isEmpty();
        assertThat(register.varianten()).extracting(VariantInfo::id).contains("stuk", "standaard");
    }

    @Test
    void eenNieuwereVariantWerktOudeGegevensBijZonderDeVersieTeVeranderen() throws Exception {
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        Casus k = o.casussen.maak("utrecht", intake("Oud schema"), "x");
        String gewijzigdOp = "SELECT COUNT(*) FROM casus WHERE id = ? AND gewijzigd = aangemaakt";
        assertThat(o.tel(gewijzigdOp, k.id())).isEqualTo(1);
        o.varianten.afmelden(1);

        // the update of the plug-in: schema 2 adds vervolgafspraak; reads upgrade on the fly
        TestVariant v2 = new TestVariant("standaard", 2);
        o.varianten.aanmelden(v2, 2, 0, "nl.doorbraak.plugin.standaard", "2.0.0");
        Casus gelezen = o.casussen.zoek("utrecht", k.id()).orElseThrow();
        assertThat(gelezen.variantData()).containsEntry("schemaVersie", 2).containsEntry("vervolgafspraak",
                "nog plannen").containsEntry("urgentie", "normaal");
        assertThat(gelezen.versie()).isEqualTo(1);
        assertThat(o.tel("SELECT variant_schema_versie FROM casus WHERE id = ?", k.id())).isEqualTo(1);

        // the background job rewrites the row, keeping versie (and gewijzigd)
        SchemaBijwerker bijwerker = new SchemaBijwerker(o.db, o.varianten);
        try {
            wachtTot(() -> o.tel("SELECT variant_schema_versie FROM casus WHERE id = ?", k.id()) == 2);
        } finally {
            bijwerker.deactiveer();
        }
        assertThat(o.tel("SELECT versie FROM casus WHERE id = ?", k.id())).isEqualTo(1);
        assertThat(o.tel(gewijzigdOp, k.id())).as("gewijzigd stays").isEqualTo(1);
        int upgrades = v2.upgrades;
        assertThat(o.casussen.zoek("utrecht", k.id())).contains(gelezen);
        assertThat(v2.upgrades).as("stored data is current now: no upgrade on read").isEqualTo(upgrades);

        // the If-Match value the client got before the update still works
        Casus w = o.casussen.wijzig("utrecht", k.id(), gelezen.versie(),
                new CasusWijziging("Nieuw schema", null, null, null, null, Map.of("vervolgafspraak", "dinsdag")), "x");
        assertThat(w.versie()).isEqualTo(2);
        assertThat(w.variantData()).containsEntry("schemaVersie", 2).containsEntry("vervolgafspraak", "dinsdag");
    }

    @Test
    void eenSchrijfactieMetEenNieuwereVariantBewaartDeBijgewerkteVorm() {
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "p", "1");
        Casus k = o.casussen.maak("utrecht", intake("Wordt bijgewerkt bij schrijven"), "x");
        o.varianten.afmelden(1);
        o.varianten.aanmelden(new TestVariant("standaard", 2), 2, 0, "p", "2");

        Casus s = o.casussen.wijzigStatus("utrecht", k.id(), 1L, CasusStatus.IN_VOORBEREIDING, null, null, "x");

        assertThat(s.variantData()).containsEntry("schemaVersie", 2).containsEntry("vervolgafspraak", "nog plannen");
        assertThat(o.tel("SELECT variant_schema_versie FROM casus WHERE id = ?", k.id())).isEqualTo(2);
    }

    @Test
    void eenUpgradeDieFaaltBreektLezenNietEnSchrijvenSchrijftNiets() throws Exception {
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "p", "1");
        Casus k = o.casussen.maak("utrecht", intake("Kapotte upgrade"), "x");
        o.varianten.afmelden(1);
        TestVariant stuk = new TestVariant("standaard", 2);
        stuk.faalBijUpgrade = new IllegalStateException("upgrade stuk");
        o.varianten.aanmelden(stuk, 2, 0, "p", "2");
        o.wachttijd(200);

        assertThat(o.casussen.zoek("utrecht", k.id()).orElseThrow().variantData()).containsEntry("schemaVersie", 1)
                .doesNotContainKey("vervolgafspraak");
        assertThat(o.casussen.lijst("utrecht", CasusFilter.geen(), 1, 10).results()).hasSize(1);
        // a broken plug-in is not "temporarily unavailable": retrying does not help, and the message says so
        assertThatThrownBy(() -> o.casussen.wijzigStatus("utrecht", k.id(), 1L, CasusStatus.IN_VOORBEREIDING, null, null,
                "x")).isInstanceOf(PluginFoutException.class).hasMessageContaining("'standaard'")
                .hasMessageContaining("fout in de plug-in");
        SchemaBijwerker bijwerker = new SchemaBijwerker(o.db, o.varianten);
        Thread.sleep(300);
        bijwerker.deactiveer();

        assertThat(o.tel("SELECT versie FROM casus WHERE id = ?", k.id())).isEqualTo(1);
        assertThat(o.tel("SELECT variant_schema_versie FROM casus WHERE id = ?", k.id())).isEqualTo(1);
        assertThat(o.tel("SELECT COUNT(*) FROM casus_status_historie WHERE casus_id = ?", k.id())).isEqualTo(1);
    }

    @Test
    void eenPluginDieMiddenInEenSchrijfactieWordtVervangenKrijgtEenTweedeKans() {
        TestVariant nieuw = TestVariant.standaard();
        TestVariant oud = new TestVariant("standaard", 1) {
            @Override
            public List<VeldFout> valideer(Map<String, Object> data) {
                // the bundle is updated while this call runs: its service goes, the new one comes
                o.varianten.afmelden(1);
                o.varianten.aanmelden(nieuw, 2, 0, "p", "1.0.1");
                throw new NoClassDefFoundError("nl/doorbraak/plugin/standaard/Intern");
            }
        };
        o.varianten.aanmelden(oud, 1, 0, "p", "1.0.0");

        Casus k = o.casussen.maak("utrecht", intake("Tijdens de wissel"), "x");

        assertThat(k.status()).isEqualTo(CasusStatus.AANGEMELD);
        assertThat(nieuw.intakes).extracting(Casus::id).containsExactly(k.id());
    }

    private static void wachtTot(java.util.function.BooleanSupplier voorwaarde) throws InterruptedException {
        long einde = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!voorwaarde.getAsBoolean()) {
            if (System.nanoTime() > einde) {
                throw new AssertionError("voorwaarde niet bereikt binnen 10 s");
            }
            Thread.sleep(20);
        }
    }
}
