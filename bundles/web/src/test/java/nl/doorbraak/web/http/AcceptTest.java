package nl.doorbraak.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Content negotiation by the Accept header as RFC 9110 (12.5.1) describes it. */
class AcceptTest {

    static final List<String> JSON_CSV = List.of("application/json", "text/csv");
    static final List<String> JSON_HTML = List.of("application/json", "text/html");

    static String kies(String header) {
        return Accept.kies(header, JSON_CSV);
    }

    @Test
    void zonderAcceptHetEersteAanbod() {
        assertThat(kies(null)).isEqualTo("application/json");
        assertThat(kies("")).isEqualTo("application/json");
        assertThat(kies(" , ")).isEqualTo("application/json");
    }

    @Test
    void deVolgordeBeslistBijGelijkeKwaliteit() {
        assertThat(kies("application/json, text/csv")).isEqualTo("application/json");
        assertThat(kies("text/csv, application/json")).isEqualTo("text/csv");
        // what openapi-generator's client sends for an operation with both: JSON
        assertThat(kies("application/json, text/csv, application/problem+json")).isEqualTo("application/json");
    }

    @Test
    void deHoogsteKwaliteitWint() {
        assertThat(kies("text/csv;q=0.5, application/json")).isEqualTo("application/json");
        assertThat(kies("application/json;q=0.5, text/csv")).isEqualTo("text/csv");
        assertThat(kies("application/json;q=0.4,text/csv;q=0.41")).isEqualTo("text/csv");
        assertThat(kies("text/csv ; Q=1 , application/json;q=0.999")).isEqualTo("text/csv");
        assertThat(kies("application/json;q=0.001, text/csv;q=0")).isEqualTo("application/json");
    }

    @Test
    void jokersNaarSpecificiteit() {
        // */* matches both equally: the server's order
        assertThat(kies("*/*")).isEqualTo("application/json");
        // text/* matches only text/csv
        assertThat(kies("text/*")).isEqualTo("text/csv");
        assertThat(kies("application/*")).isEqualTo("application/json");
        // a specific type beats a joker at the same quality
        assertThat(kies("*/*, text/csv")).isEqualTo("text/csv");
        // the most specific range decides a type's quality: text/csv itself is q=0.1, JSON through */* q=0.5
        assertThat(kies("text/*;q=0.9, text/csv;q=0.1, */*;q=0.5")).isEqualTo("application/json");
        // a browser navigating: HTML before everything else
        assertThat(Accept.kies("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", JSON_HTML))
                .isEqualTo("text/html");
        assertThat(Accept.kies("application/json", JSON_HTML)).isEqualTo("application/json");
        assertThat(Accept.kies("*/*", JSON_HTML)).isEqualTo("application/json");
    }

    @Test
    void qNulIsNietAanvaardbaar() {
        assertThat(kies("text/csv;q=0")).isNull();
        assertThat(kies("application/xml")).isNull();
        assertThat(kies("*/*;q=0")).isNull();
        assertThat(kies("*/*, text/csv;q=0")).isEqualTo("application/json");
        assertThat(kies("*/*, application/json;q=0")).isEqualTo("text/csv");
        assertThat(kies("text/*;q=0, */*")).isEqualTo("application/json");
        assertThat(kies("application/json;q=0.000, text/csv;q=0.")).isNull();
    }

    @Test
    void hoofdlettersEnParametersDoenNietTer() {
        assertThat(kies("TEXT/CSV")).isEqualTo("text/csv");
        assertThat(kies("application/json;charset=utf-8;q=0.5, text/csv;charset=\"UTF-8\";q=0.6"))
                .isEqualTo("text/csv");
        // a comma or semicolon inside a quoted parameter value is not a separator
        assertThat(kies("text/csv;x=\"a,b;q=0\";q=0.7, application/json;q=0.6")).isEqualTo("text/csv");
        // accept-ext after q is not a second q
        assertThat(kies("text/csv;q=0.3;q=0.9, application/json;q=0.5")).isEqualTo("application/json");
    }

    @Test
    void ongeldigeLedenTellenNiet() {
        assertThat(kies("onzin, text/csv")).isEqualTo("text/csv");
        assertThat(kies("*/csv, text/csv;q=0.2, application/json;q=0.1")).isEqualTo("text/csv");
        assertThat(kies("text/csv;q=2, application/json;q=0.1")).isEqualTo("application/json");
        assertThat(kies("text/csv;q=0.5555, application/json;q=0.1")).isEqualTo("application/json");
        assertThat(kies("text/csv;q=1.5, application/json;q=0.1")).isEqualTo("application/json");
        assertThat(kies("text/csv;q=abc, application/json;q=0.1")).isEqualTo("application/json");
        assertThat(kies("text /csv, te\u00e9xt/csv, /csv, text/, application/json;q=0.1")).isEqualTo("application/json");
        // nothing valid at all: as if there were no header
        assertThat(kies("onzin")).isEqualTo("application/json");
        assertThat(kies(";q=0")).isEqualTo("application/json");
    }

    @Test
    void kwaliteitVolgensDeGrammatica() {
        assertThat(Accept.kwaliteit("1")).isEqualTo(1000);
        assertThat(Accept.kwaliteit("1.")).isEqualTo(1000);
        assertThat(Accept.kwaliteit("1.000")).isEqualTo(1000);
        assertThat(Accept.kwaliteit("0")).isZero();
        assertThat(Accept.kwaliteit("0.5")).isEqualTo(500);
        assertThat(Accept.kwaliteit("0.05")).isEqualTo(50);
        assertThat(Accept.kwaliteit("0.123")).isEqualTo(123);
        for (String ongeldig : List.of("", "1.001", "2", "0.1234", ".5", "-0", "0,5", "01", "1.5", "q")) {
            assertThat(Accept.kwaliteit(ongeldig)).as(ongeldig).isEqualTo(-1);
        }
    }
}
