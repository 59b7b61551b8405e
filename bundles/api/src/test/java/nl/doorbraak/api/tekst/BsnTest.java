package nl.doorbraak.api.tekst;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BsnTest {

    /** 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 3 = 66 = 6·11: the issue's example is a valid BSN. */
    static final String BSN = "111222333";

    @Test
    void deElfproef() {
        assertThat(Bsn.geldig(BSN)).isTrue();
        assertThat(Bsn.geldig("123456782")).isTrue();
        assertThat(Bsn.geldig("123456789")).isFalse(); // 147, rest 4
        assertThat(Bsn.geldig("000000000")).isFalse(); // passes the sum, but is no number
        assertThat(Bsn.geldig("11122233")).isFalse();
        assertThat(Bsn.geldig("1112223330")).isFalse();
        assertThat(Bsn.geldig("11122233a")).isFalse();
        assertThat(Bsn.geldig("１１１２２２３３３")).isFalse(); // only ASCII here; the search normalises
        assertThat(Bsn.geldig(null)).isFalse();
    }

    @Test
    void deVoorbeeldenUitHetIssueWordenHerkend() {
        for (String s : List.of(BSN, "111_222_333", "BSN111222333", "bsn111222333x", "１１１２２２３３３",
                "ＢＳＮ：１１１２２２３３３")) {
            assertThat(Bsn.staatIn(s)).as(s).isTrue();
        }
    }

    @Test
    void scheidingstekensMakenNietUit() {
        for (String s : List.of("111 222 333", "111.222.333", "1112.22.333", "111-222-333", "111/222/333",
                "111 - 222 - 333", "111   222   333", "(111) 222-333", "111,222,333", "111:222;333", "111·222·333",
                "1 1 1 2 2 2 3 3 3", "1-1-1-2-2-2-3-3-3", "111\t222\t333", "111—222—333", "'111222333'",
                "#111222333#")) {
            assertThat(Bsn.staatIn(s)).as(s).isTrue();
        }
    }

    @Test
    void unicodetrucsWordenDoorzien() {
        for (String s : List.of(
                "١١١٢٢٢٣٣٣",                                // Arabic-Indic digits
                "۱۱۱۲۲۲۳۳۳",                                // extended Arabic-Indic (Persian)
                "१११२२२३३३",                                // Devanagari
                "¹¹¹²²²³³³",                                // superscripts
                "①①①②②②③③③",                              // circled digits
                "\uD835\uDFCF\uD835\uDFCF\uD835\uDFCF\uD835\uDFD0\uD835\uDFD0\uD835\uDFD0\uD835\uDFD1\uD835\uDFD1"
                        + "\uD835\uDFD1",                   // mathematical bold digits, outside the BMP
                "111\u200B222\u200B333",                    // zero-width space
                "1\u200B1\u200C1\u200D2\u20602\uFEFF2\u00AD333", // ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen
                "111\u00A0222\u00A0333",                    // no-break space
                "111\u202F222\u2007333",                    // narrow no-break space, figure space
                "111\u3000222\u3000333",                    // ideographic space
                "1\u03011\u03011\u03012\u03012\u03012\u03013\u03013\u03013\u0301", // combining accents
                "1\uFE0F\u20E31\uFE0F\u20E31\uFE0F\u20E32\uFE0F\u20E32\uFE0F\u20E32\uFE0F\u20E33\uFE0F\u20E33"
                        + "\uFE0F\u20E33\uFE0F\u20E3",      // keycap emoji
                "１１１ ２２２ ３３３",                      // full-width with spaces
                "111２２２٣٣٣")) {                          // mixed scripts
            assertThat(Bsn.staatIn(s)).as(s).isTrue();
        }
    }

    @Test
    void inEenZinWordtHetNummerGevondenEnAangewezen() {
        assertThat(Bsn.positie("Mevrouw (BSN 111222333) belde")).isEqualTo(14);
        assertThat(Bsn.positie("Titel met BSN111222333")).isEqualTo(14);
        assertThat(Bsn.positie("Huur € 250 per maand.\n111 222 333")).isEqualTo(23);
        assertThat(Bsn.positie("ＢＳＮ：１１１２２２３３３")).isEqualTo(5);
        // the position counts UTF-16 characters, as Tekst.probleem does
        assertThat(Bsn.positie("🏠 123456782")).isEqualTo(4);
        assertThat(Bsn.positie("Geen nummer")).isZero();
        assertThat(Bsn.positie(null)).isZero();
        assertThat(Bsn.positie("")).isZero();
        // the first of several
        assertThat(Bsn.positie("123456782 en 111222333")).isEqualTo(1);
        assertThat(Bsn.positie("123456789 en 111222333")).isEqualTo(14);
    }

    @Test
    void gewoneGetallenBlijvenToegestaan() {
        for (String s : List.of(
                "123456789",                       // nine digits, but not the elfproef
                "000 000 000",                     // all zeros
                "12-03-2024", "12-03-2024 14:30", "1-3-2024 9:30", "2024-11-25T14:30:00Z",
                "€ 1.250,50", "€ 1.250.000,00", "1250000,00 euro", "€ 12.345.678",
                "3511 AB", "3511AB Utrecht", "Postbus 16200, 3500 CE Utrecht",
                "06-12345678", "06 1234 5678", "030 123 4567", "030-1234567", "+31 6 12345678", "+31 (0)6 1234 5678",
                "+31612345678", "0031 58 233 2323", "6 12345678",  // a mobile without 0: nine digits, no elfproef
                "NL91 ABNA 0417 1643 00",          // IBAN
                "KvK 30123456",                    // eight digits
                "1112223334", "111222333 4", "1111222333",  // ten digits are not a BSN
                "111 222 33", "11122233",          // eight
                "kinderen van 3, 5 en 8 jaar; schuld € 12.400 bij 4 schuldeisers",
                "Zaak 2024/123456789")) {
            assertThat(Bsn.staatIn(s)).as(s).isFalse();
        }
    }

    @Test
    void eenRegelovergangOfLangeScheidingHoudtNummersUitElkaar() {
        // a number on the next line is a number of its own: neither spoils the other
        assertThat(Bsn.staatIn("Huur 250\n111 222 333")).isTrue();
        assertThat(Bsn.staatIn("Schuld 2024\n111222333")).isTrue();
        assertThat(Bsn.staatIn("111222\n333")).isFalse();
        // more than three separators between two groups end the number
        assertThat(Bsn.staatIn("111222 ---- 333")).isFalse();
        assertThat(Bsn.staatIn("€ 250 ........ 111222333")).isTrue();
        // a letter between groups ends it too
        assertThat(Bsn.staatIn("111 en 222 en 333")).isFalse();
    }
}
