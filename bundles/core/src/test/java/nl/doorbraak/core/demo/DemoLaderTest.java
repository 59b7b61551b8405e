package nl.doorbraak.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.core.CoreOmgeving;

/** A restart with --demo: the same build of the core loads nothing again, a new build adds only what is missing. */
class DemoLaderTest {

    @TempDir
    Path map;
    CoreOmgeving o;

    @BeforeEach
    void start() {
        o = new CoreOmgeving(map);
    }

    @AfterEach
    void stop() {
        o.close();
    }

    @Test
    void dezelfdeVersieLaadtNietOpnieuwEnLaatEenVerwijderdeCasusWeg() {
        assertThat(DemoLader.laad(o.db, "2.0.0@1", null)).isTrue();
        long casussen = o.tel("SELECT COUNT(*) FROM casus");
        assertThat(casussen).isPositive();
        o.db.inTransactie(c -> c.createStatement().executeUpdate(
                "DELETE FROM casus WHERE id = (SELECT MIN(id) FROM casus WHERE id NOT IN "
                        + "(SELECT casus_id FROM bijeenkomst_agenda) AND id NOT IN (SELECT casus_id FROM besluit) "
                        + "AND id NOT IN (SELECT casus_id FROM actie))"));
        assertThat(o.tel("SELECT COUNT(*) FROM casus")).isEqualTo(casussen - 1);

        assertThat(DemoLader.laad(o.db, "2.0.0@1", null)).as("dezelfde build van de core").isFalse();
        assertThat(o.tel("SELECT COUNT(*) FROM casus")).as("wat de gebruiker weghaalde, blijft weg")
                .isEqualTo(casussen - 1);
    }

    @Test
    void eenNieuweVersieVultAanZonderIetsDubbel() {
        DemoLader.laad(o.db, "2.0.0@1", null);
        long casussen = o.tel("SELECT COUNT(*) FROM casus");
        long besluiten = o.tel("SELECT COUNT(*) FROM besluit");

        assertThat(DemoLader.laad(o.db, "2.0.1@2", null)).as("een update van de core").isTrue();
        assertThat(o.tel("SELECT COUNT(*) FROM casus")).isEqualTo(casussen);
        assertThat(o.tel("SELECT COUNT(*) FROM besluit")).isEqualTo(besluiten);
        assertThat(DemoLader.laad(o.db, "2.0.1@2", null)).isFalse();
    }
}
