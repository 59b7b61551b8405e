package nl.doorbraak.api.tekst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.doorbraak.api.tekst.Tekst.Soort;

class TekstTest {

    @Test
    void gewoneTekstIsInOrde() {
        for (Soort s : Soort.values()) {
            assertThat(Tekst.probleem("Schulden bij CJIB én DUO — 2026", s)).isNull();
            assertThat(Tekst.probleem("Ontruiming 🏠 voorkomen", s)).isNull(); // a surrogate pair is fine
            assertThat(Tekst.probleem("اسم عربي", s)).isNull();
            assertThat(Tekst.probleem(null, s)).isNull();
            assertThat(Tekst.probleem("", s)).isNull();
        }
    }

    @Test
    void stuurtekensWordenGeweigerd() {
        for (Soort s : Soort.values()) {
            assertThat(Tekst.probleem("a\u0000b", s)).contains("NUL").contains("positie 2");
            assertThat(Tekst.probleem("\u001b[31mrood", s)).contains("U+001B").contains("positie 1");
            assertThat(Tekst.probleem("a\u0007", s)).contains("U+0007");
            assertThat(Tekst.probleem("a\u007f", s)).contains("U+007F");
            assertThat(Tekst.probleem("a\u0085b", s)).contains("U+0085");
            assertThat(Tekst.probleem("a\u009bb", s)).contains("U+009B");
            assertThat(Tekst.probleem("a\ud800b", s)).contains("surrogaat").contains("U+D800");
            assertThat(Tekst.probleem("a\udc00", s)).contains("surrogaat").contains("U+DC00");
            assertThat(Tekst.probleem("\ud83c", s)).contains("surrogaat");
        }
    }

    @Test
    void regelsAlleenWaarMeerdereRegelsMogen() {
        assertThat(Tekst.probleem("regel 1\nregel 2", Soort.EEN_REGEL)).contains("regelovergang").contains("één regel");
        assertThat(Tekst.probleem("a\r\nb", Soort.EEN_REGEL)).contains("regelovergang");
        assertThat(Tekst.probleem("a\tb", Soort.EEN_REGEL)).contains("tab");
        assertThat(Tekst.probleem("a\u2028b", Soort.EEN_REGEL)).contains("regelovergang");

        assertThat(Tekst.probleem("regel 1\nregel 2\r\nregel 3\tmet tab", Soort.MEERDERE_REGELS)).isNull();
        assertThat(Tekst.probleem("a\rb", Soort.MEERDERE_REGELS)).contains("losse CR");
        assertThat(Tekst.probleem("a\r", Soort.MEERDERE_REGELS)).contains("losse CR");
        assertThat(Tekst.probleem("a\u2029b", Soort.MEERDERE_REGELS)).contains("U+2029");
        assertThat(Tekst.inOrde("a\nb", Soort.MEERDERE_REGELS)).isTrue();
        assertThat(Tekst.inOrde("a\nb", Soort.EEN_REGEL)).isFalse();
    }

    @Test
    void neutraliseerLaatGeenStuurtekenDoor() {
        assertThat(Tekst.neutraliseer("gewoon")).isEqualTo("gewoon");
        assertThat(Tekst.neutraliseer("admin\r\n2026-01-01 INFO nep")).isEqualTo("admin\\r\\n2026-01-01 INFO nep");
        assertThat(Tekst.neutraliseer("\u001b[2J\u0007")).isEqualTo("\\u001b[2J\\u0007");
        assertThat(Tekst.neutraliseer("a\\nb")).isEqualTo("a\\\\nb"); // a typed backslash stays distinguishable
        assertThat(Tekst.neutraliseer("x\u202eevil\u2066")).isEqualTo("x\\u202eevil\\u2066");
        assertThat(Tekst.neutraliseer("\u0085\u2028\t")).isEqualTo("\\u0085\\u2028\\t");
        assertThat(Tekst.neutraliseer("🏠\ud800")).isEqualTo("🏠\\ud800");
        assertThat(Tekst.neutraliseer("\udc00🏠")).isEqualTo("\\udc00🏠");
        assertThat(Tekst.neutraliseer(null)).isEqualTo("null");
        for (int c = 0; c < 0x10000; c++) {
            String uit = Tekst.neutraliseer(String.valueOf((char) c));
            assertThat(uit.chars().noneMatch(t -> t < 0x20 || (t >= 0x7f && t <= 0x9f) || t == 0x2028 || t == 0x2029
                    || (t >= 0x202a && t <= 0x202e) || (t >= 0x2066 && t <= 0x2069) || Character.isSurrogate((char) t)))
                    .as("U+%04X", c).isTrue();
        }
    }

    @Test
    void voorLogIsBegrensd() {
        assertThat(Tekst.voorLog(42)).isEqualTo("42");
        assertThat(Tekst.voorLog(null)).isEqualTo("null");
        String lang = Tekst.voorLog("x".repeat(1000));
        assertThat(lang).startsWith("x".repeat(Tekst.LOG_MAX)).endsWith("…(+700 tekens)");
        assertThat(Tekst.voorLog("a\nb")).isEqualTo("a\\nb");
    }
}
