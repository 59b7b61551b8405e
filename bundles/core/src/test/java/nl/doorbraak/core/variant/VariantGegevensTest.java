package nl.doorbraak.core.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.variant.VariantVeld;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.platform.Invoer;
import nl.doorbraak.core.platform.Json;

class VariantGegevensTest {

    private final List<VariantVeld> velden = new TestVariant("spoed", 2).velden();

    private List<org.assertj.core.groups.Tuple> fouten(Map<String, Object> data) {
        return VariantGegevens.controleerVelden("spoed", velden, data).stream()
                .map(f -> tuple(f.naam(), f.code())).toList();
    }

    @Test
    void elkVeldtypeWordtOpZijnJsonWaardeGecontroleerd() {
        assertThat(fouten(Map.of("urgentie", "hoog", "datumTafel", "2026-11-25", "kosten", 250.5, "spoed", true)))
                .isEmpty();
        assertThat(fouten(Map.of("urgentie", "hoog", "datumTafel", "25-11-2026"))).containsExactly(
                tuple("variantData.datumTafel", "type"));
        assertThat(fouten(Map.of("urgentie", "hoog", "datumTafel", "2026-02-30"))).containsExactly(
                tuple("variantData.datumTafel", "type"));
        assertThat(fouten(Map.of("urgentie", "hoog", "kosten", "250"))).containsExactly(
                tuple("variantData.kosten", "type"));
        assertThat(fouten(Map.of("urgentie", "hoog", "spoed", "ja"))).containsExactly(
                tuple("variantData.spoed", "type"));
        assertThat(fouten(Map.of("urgentie", 3))).containsExactly(tuple("variantData.urgentie", "type"));
        assertThat(fouten(Map.of("urgentie", "  "))).containsExactly(tuple("variantData.urgentie", "verplicht"));
        assertThat(fouten(Map.of("urgentie", "hoog", "vervolgafspraak", "v".repeat(101)))).containsExactly(
                tuple("variantData.vervolgafspraak", "lengte"));
    }

    @Test
    void invoerWordtGewoneJsonZonderSchemaVersie() {
        Invoer invoer = new Invoer();
        Map<String, Object> in = new HashMap<>();
        in.put("schemaVersie", 7);
        in.put("kosten", new BigDecimal("12.50"));
        in.put("lijst", new Object[] { "a", 1 });
        Map<String, Object> schoon = VariantGegevens.invoer(in, invoer);
        assertThat(schoon).doesNotContainKey("schemaVersie").containsEntry("lijst", List.of("a", 1));
        assertThat(invoer.heeftFouten()).isFalse();

        VariantGegevens.invoer(Map.of("x", new Object()), invoer);
        assertThat(invoer.fouten()).extracting(VeldFout::naam, VeldFout::code)
                .containsExactly(tuple("variantData", "type"));
        assertThatThrownBy(() -> Json.normaliseer(Map.of("x", Double.NaN))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eenKapottePluginWordtEenPluginFout() {
        TestVariant v = new TestVariant("spoed", 2);
        v.faalBijUpgrade = new IllegalStateException("stuk");
        Registratie r = new Registratie(v, "spoed", "Spoed", 2, "b", "1", 1, 0);
        assertThatThrownBy(() -> VariantGegevens.upgrade(r, 1, Map.of("urgentie", "hoog")))
                .isInstanceOf(PluginFout.class).hasMessageContaining("spoed").hasMessageContaining("upgrade");
        // data of the current schema is not touched (no plug-in call)
        assertThat(VariantGegevens.upgrade(r, 2, Map.of("urgentie", "hoog"))).containsEntry("urgentie", "hoog");
        assertThatThrownBy(() -> PluginFout.gooiAlsFataal(new OutOfMemoryError()))
                .isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void dezelfdeVariantVanTweeBundlesKiestDeHoogsteRang() {
        VariantVolger volger = new VariantVolger();
        volger.aanmelden(new TestVariant("standaard", 1), 10, 0, "oud", "1");
        volger.aanmelden(new TestVariant("standaard", 2), 11, 5, "nieuw", "2");
        assertThat(volger.huidige("standaard").orElseThrow().bundle()).isEqualTo("nieuw");
        volger.afmelden(11);
        assertThat(volger.huidige("standaard").orElseThrow().bundle()).isEqualTo("oud");
        volger.afmelden(10);
        assertThat(volger.huidige("standaard")).isEmpty();
        assertThat(volger.bekendeNaam("standaard")).contains("Test standaard");
    }
}
