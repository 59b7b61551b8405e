package nl.doorbraak.core.idempotentie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.Idempotentie;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;

/** The Idempotency-Key is recorded in the transaction that creates the object, or not at all. */
class IdempotentieTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static IdempotentieImpl idempotentie;
    static Tafel tafel;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        idempotentie = new IdempotentieImpl(o.db);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        tafel = o.tafel("utrecht", "Idempotent");
    }

    @AfterAll
    static void stop() {
        idempotentie.deactiveer();
        o.close();
    }

    static Casus intake(String titel) {
        return o.casussen.maak("utrecht", new NieuweCasus(tafel.id(), titel, "Hulpvraag", new Inwoner(null, "A.B."),
                null, List.of(), Map.of("urgentie", "normaal")), "ria");
    }

    @Test
    void deSleutelKomtInDeTransactieVanHetObject() {
        Casus c = idempotentie.eenmaal("ria", "sleutel-1", "vingerafdruk", "casus", () -> intake("Eenmaal"));
        Idempotentie.Vastgelegd v = idempotentie.zoek("ria", "sleutel-1").orElseThrow();
        assertThat(v.object()).isEqualTo("casus");
        assertThat(v.objectId()).isEqualTo(c.id());
        assertThat(v.verzoek()).isEqualTo("vingerafdruk");
        // per user: another user's same key is another key
        assertThat(idempotentie.zoek("tom", "sleutel-1")).isEmpty();
    }

    @Test
    void eenTweedeUitvoeringMetDezelfdeSleutelMaaktNietsEnGeeftEenConflict() {
        idempotentie.eenmaal("ria", "sleutel-2", "v", "casus", () -> intake("Tweemaal"));
        // as a request that started before the first committed: it did not see the key when it looked
        assertThatThrownBy(() -> idempotentie.eenmaal("ria", "sleutel-2", "v", "casus", () -> intake("Tweemaal")))
                .isInstanceOf(ConflictException.class);
        assertThat(o.tel("SELECT COUNT(*) FROM casus WHERE titel = 'Tweemaal'")).isEqualTo(1);
    }

    @Test
    void eenTeruggedraaideTransactieLaatGeenSleutelAchter() {
        assertThatThrownBy(() -> idempotentie.eenmaal("ria", "sleutel-3", "v", "casus", () -> {
            o.db.inTransactie(c -> {
                o.db.gemaakt(c, "casus", "bestaat-niet");
                throw new IllegalStateException("mislukt na het aanmaken");
            });
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThat(idempotentie.zoek("ria", "sleutel-3")).isEmpty();
        // and the key can then be used for real
        Casus c = idempotentie.eenmaal("ria", "sleutel-3", "v", "casus", () -> intake("Na een mislukking"));
        assertThat(idempotentie.zoek("ria", "sleutel-3").orElseThrow().objectId()).isEqualTo(c.id());
    }

    @Test
    void alleenHetObjectVanHetAntwoordTeltNietWatErBijOntstaat() {
        idempotentie.eenmaal("ria", "sleutel-4", "v", "besluit", () -> {
            o.db.inTransactie(c -> {
                o.db.gemaakt(c, "actie", "actie-1"); // created with the besluit, before or after it
                o.db.gemaakt(c, "besluit", "besluit-1");
                o.db.gemaakt(c, "actie", "actie-2");
                return null;
            });
            return null;
        });
        assertThat(idempotentie.zoek("ria", "sleutel-4").orElseThrow().objectId()).isEqualTo("besluit-1");
    }

    @Test
    void eenSleutelGeldt24UurEnWordtDaarnaOpgeruimd() {
        Casus c = idempotentie.eenmaal("ria", "sleutel-5", "v", "casus", () -> intake("Oud"));
        o.sql("UPDATE idempotentie SET aangemaakt = aangemaakt - INTERVAL '25' HOUR WHERE sleutel = 'sleutel-5'");
        assertThat(idempotentie.zoek("ria", "sleutel-5")).isEmpty();
        Casus nieuw = idempotentie.eenmaal("ria", "sleutel-5", "v", "casus", () -> intake("Oud"));
        assertThat(nieuw.id()).isNotEqualTo(c.id());
        o.sql("UPDATE idempotentie SET aangemaakt = aangemaakt - INTERVAL '25' HOUR WHERE sleutel = 'sleutel-5'");
        idempotentie.ruimOp();
        assertThat(o.tel("SELECT COUNT(*) FROM idempotentie WHERE sleutel = 'sleutel-5'")).isZero();
    }

    @Test
    void zonderSleutelVerandertErNiets() {
        intake("Zonder sleutel");
        intake("Zonder sleutel");
        assertThat(o.tel("SELECT COUNT(*) FROM casus WHERE titel = 'Zonder sleutel'")).isEqualTo(2);
    }
}
