package nl.doorbraak.core.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NIST SP 800-63B: length, no composition rules, and not common, breached or guessable. */
class WachtwoordbeleidTest {

    private final Wachtwoordbeleid beleid = new Wachtwoordbeleid();

    private String reden(String wachtwoord) {
        return beleid.waaromNiet(wachtwoord.toCharArray(), "j.devries").orElse(null);
    }

    @Test
    void lengteTeltInTekensNietInBytesEnSamenstellingDoetErNietToe() {
        assertThat(reden("kort maar ok")).isNull(); // exactly 12, only lower case and spaces
        assertThat(reden("korter dan12".substring(1))).contains("minstens 12");
        assertThat(reden("🦊🦊🦊🐻🐻🐻🐸🐸🐸🐙🐙🐙")).isNull(); // 12 code points, 24 chars in UTF-16
        assertThat(reden("🦊🦊🦊🐻🐻🐻🐸🐸🐸🐙🐙")).contains("minstens 12");
        assertThat(reden("x".repeat(129))).contains("hoogstens 128");
        assertThat(reden("Fietsen langs de Vecht in mei")).isNull();
    }

    @Test
    void uitgelekteWachtwoordenVanTwaalfTekensOfMeerWordenGeweigerd() {
        // all from the shipped SecLists top-1M list, with any case
        assertThat(reden("1qaz2wsx3edc")).contains("uitgelekte");
        assertThat(reden("QWERTY123456")).contains("uitgelekte");
        assertThat(reden("123qweasdzxc")).contains("uitgelekte");
    }

    @Test
    void eenGewoonWoordOfNaamMetAlleenCijfersEromheenIsTeRaden() {
        assertThat(reden("Welkom2026!!")).contains("veelgebruikt woord");
        assertThat(reden("2026wachtwoord")).contains("veelgebruikt woord");
        assertThat(reden("voetbalvoetbal")).contains("veelgebruikt woord");
        assertThat(reden("Doorbraak123456")).contains("veelgebruikt woord");
        assertThat(reden("Ｗｅｌｋｏｍ２０２６！！")).contains("veelgebruikt woord"); // full-width: NFKC first
        // a sentence of common words is fine: that is what we recommend
        assertThat(reden("welkom in de wijk 2026")).isNull();
    }

    @Test
    void herhalingReeksEnGebruikersnaamZijnTeRaden() {
        assertThat(reden("aaaaaaaaaaaaaaa")).contains("één teken herhaald");
        assertThat(reden("abcdefghijklmn")).contains("reeks");
        assertThat(reden("9876543210987")).contains("reeks");
        assertThat(reden("j.devries2026!!")).contains("gebruikersnaam");
    }

    @Test
    void stuurtekensHorenNietInEenWachtwoord() {
        assertThat(reden("twaalf tekens\u0000nul")).contains("stuurtekens");
        assertThat(reden("twaalf tekens\u001b[31m")).contains("stuurtekens");
        assertThat(reden("twaalf tekens\ud800eenzaam")).contains("stuurtekens");
    }

    @Test
    void eenGegenereerdEersteWachtwoordVoldoetAltijd() {
        for (int i = 0; i < 200; i++) {
            assertThat(beleid.waaromNiet(EersteStart.genereer(), "beheerder")).isEmpty();
        }
    }
}
