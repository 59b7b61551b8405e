package nl.doorbraak.core.variant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.variant.VariantVeld;

/** The generic checks of a plug-in's fields: the same rule for control characters and numbers as the core's own. */
class VariantGegevensTest {

    static final List<VariantVeld> VELDEN = List.of(VariantVeld.tekst("notitie", "Notitie", false, 1000),
            VariantVeld.getal("bedrag", "Bedrag", false));

    static List<VeldFout> controleer(Object notitie, Object bedrag) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (notitie != null) {
            data.put("notitie", notitie);
        }
        if (bedrag != null) {
            data.put("bedrag", bedrag);
        }
        return VariantGegevens.controleerVelden("test", VELDEN, data);
    }

    @Test
    void tekstVanEenPluginKrijgtDezelfdeRegelVoorStuurtekens() {
        assertThat(controleer("Eerste regel\nTweede\r\n\tmet tab", null)).isEmpty();
        for (String fout : new String[] { "\u001b[31mrood", "a\u0000b", "a\u0085", "a\ud800", "a\rb" }) {
            List<VeldFout> f = controleer(fout, null);
            assertThat(f).as(fout).singleElement().satisfies(v -> {
                assertThat(v.naam()).isEqualTo("variantData.notitie");
                assertThat(v.code()).isEqualTo("tekens");
                assertThat(v.reden()).startsWith("Notitie: Bevat");
            });
        }
    }

    @Test
    void eenGetalMoetEindigEnBruikbaarZijn() {
        assertThat(controleer(null, new BigDecimal("2500.10"))).isEmpty();
        assertThat(controleer(null, 42L)).isEmpty();
        assertThat(controleer(null, new BigDecimal("1e300"))).isEmpty();
        for (Number fout : new Number[] { new BigDecimal("1e400"), new BigDecimal("-1e400"), new BigDecimal("1e-400"),
                new BigDecimal("1e999999999"), Double.POSITIVE_INFINITY, Double.NaN, BigInteger.TWO.pow(2000) }) {
            assertThat(controleer(null, fout)).as(String.valueOf(fout)).singleElement()
                    .satisfies(v -> assertThat(v.code()).isEqualTo("bereik"));
        }
    }
}
