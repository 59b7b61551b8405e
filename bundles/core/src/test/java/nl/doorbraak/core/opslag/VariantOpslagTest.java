package nl.doorbraak.core.opslag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.opslag.Document;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.core.CoreOmgeving;

class VariantOpslagTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static VariantOpslagImpl ondernemers;
    static VariantOpslagImpl rodeKnop;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        ondernemers = new VariantOpslagImpl(o.db, "nl.doorbraak.plugin.ondernemers");
        rodeKnop = new VariantOpslagImpl(o.db, "nl.doorbraak.plugin.rodeknop");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    @Test
    void eenPluginZietAlleenZijnEigenDocumentenPerGemeente() {
        ondernemers.bewaar("utrecht", "gesprekken", "g-17", 1, Map.of("ondernemer", "Bakkerij K."), 0);
        rodeKnop.bewaar("utrecht", "gesprekken", "g-17", 3, Map.of("geheim", true), 0);

        assertThat(ondernemers.lees("utrecht", "gesprekken", "g-17").orElseThrow().inhoud())
                .containsExactly(Map.entry("ondernemer", "Bakkerij K."));
        assertThat(rodeKnop.lees("utrecht", "gesprekken", "g-17").orElseThrow().schemaVersie()).isEqualTo(3);
        assertThat(ondernemers.lees("leeuwarden", "gesprekken", "g-17")).isEmpty();
        assertThat(ondernemers.lijst("utrecht", "gesprekken")).hasSize(1);

        // a new instance for the same bundle (after an update of the plug-in) finds its data again
        VariantOpslagImpl naUpdate = new VariantOpslagImpl(o.db, "nl.doorbraak.plugin.ondernemers");
        assertThat(naUpdate.lees("utrecht", "gesprekken", "g-17")).isPresent();
    }

    @Test
    void versiesVoorkomenDatEenWijzigingVerlorenGaat() {
        Document d1 = ondernemers.bewaar("utrecht", "netwerk", "bedrijf-1", 1, Map.of("naam", "Boekhouder B."), 0);
        assertThat(d1.versie()).isEqualTo(1);
        assertThatThrownBy(() -> ondernemers.bewaar("utrecht", "netwerk", "bedrijf-1", 1, Map.of("naam", "X"), 0))
                .isInstanceOf(ConflictException.class).hasMessageContaining("bestaat al");

        Document d2 = ondernemers.bewaar("utrecht", "netwerk", "bedrijf-1", 2,
                Map.of("naam", "Boekhouder B.", "uren", List.of(4, 8)), 1);
        assertThat(d2.versie()).isEqualTo(2);
        assertThatThrownBy(() -> ondernemers.bewaar("utrecht", "netwerk", "bedrijf-1", 2, Map.of("naam", "Oud"), 1))
                .isInstanceOf(ConflictException.class).hasMessageContaining("intussen gewijzigd");
        assertThatThrownBy(() -> ondernemers.bewaar("utrecht", "netwerk", "bestaat-niet", 1, Map.of(), 4))
                .isInstanceOf(ConflictException.class);

        Document gelezen = ondernemers.lees("utrecht", "netwerk", "bedrijf-1").orElseThrow();
        assertThat(gelezen.versie()).isEqualTo(2);
        assertThat(gelezen.schemaVersie()).isEqualTo(2);
        assertThat(gelezen.inhoud()).containsEntry("naam", "Boekhouder B.").containsEntry("uren", List.of(4, 8));
        assertThat(gelezen.gewijzigd()).isEqualTo(d2.gewijzigd());
    }

    @Test
    void lijstIsOpIdGesorteerdEnVerwijderenWerkt() {
        for (String id : List.of("c", "a", "b")) {
            rodeKnop.bewaar("eindhoven", "overleggen", id, 1, Map.of("id", id), 0);
        }
        assertThat(rodeKnop.lijst("eindhoven", "overleggen")).extracting(Document::id).containsExactly("a", "b", "c");
        assertThat(ondernemers.verwijder("eindhoven", "overleggen", "a")).isFalse();
        assertThat(rodeKnop.verwijder("eindhoven", "overleggen", "a")).isTrue();
        assertThat(rodeKnop.verwijder("eindhoven", "overleggen", "a")).isFalse();
        assertThat(rodeKnop.lijst("eindhoven", "overleggen")).extracting(Document::id).containsExactly("b", "c");
    }

    @Test
    void ongeldigeInvoerWordtGeweigerd() {
        assertThatThrownBy(() -> ondernemers.bewaar("utrecht", "", "x", 1, Map.of(), 0))
                .isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> ondernemers.bewaar("utrecht", "c", "x", 0, Map.of(), 0))
                .isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> ondernemers.bewaar("utrecht", "c", "x", 1, Map.of("klasse", new StringBuilder()), 0))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("JSON");
        assertThat(ondernemers.lijst("utrecht", "c")).isEmpty();
    }
}
