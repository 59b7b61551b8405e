package nl.doorbraak.core.toegang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * What a new password must be, as NIST SP 800-63B (section 5.1.1.2) advises: at least 12 characters, at most 128, any
 * characters (spaces and emoji too) but no control characters, no composition rules, and not a password that is
 * known to be common or breached. Refused besides, as the same guideline asks: one character repeated, an ascending
 * or descending run, the username, and a common word or name with only digits and punctuation around it
 * ({@code Welkom2026!!}).
 *
 * <p>The lists ship with the bundle ({@code gelekt-lang.txt.gz}: every entry of 12 characters or more of the
 * SecLists "10 million passwords, top 1M" list; {@code stamwoorden.txt.gz}: the 20 000 most common of that list
 * stripped to their letters, and Dutch common words and first names; see {@code docs/accounts.md} for sources and
 * licences). Loaded on first use and held softly: logins never need them, only setting a password does.
 */
public final class Wachtwoordbeleid {

    public static final int MIN = 12;
    public static final int MAX = 128;

    private volatile SoftReference<String[]> gelekt = new SoftReference<>(null);
    private volatile SoftReference<String[]> stamwoorden = new SoftReference<>(null);

    /**
     * @return why the password is refused, in one Dutch sentence for the user; empty when it is fine
     */
    public Optional<String> waaromNiet(char[] wachtwoord, String gebruikersnaam) {
        String w = new String(wachtwoord);
        int lengte = w.codePointCount(0, w.length());
        if (lengte < MIN) {
            return Optional.of("Kies een wachtwoord van minstens " + MIN + " tekens; een zin van een paar woorden is "
                    + "makkelijk te onthouden en moeilijk te raden.");
        }
        if (lengte > MAX) {
            return Optional.of("Een wachtwoord heeft hoogstens " + MAX + " tekens.");
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isISOControl(c) || (Character.isSurrogate(c) && !paar(w, i))) {
                return Optional.of("Een wachtwoord mag geen stuurtekens bevatten.");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        String n = normaal(w);
        if (n.codePoints().distinct().count() == 1) {
            return Optional.of("Dit wachtwoord is één teken herhaald; kies iets dat niet te raden is.");
        }
        if (reeks(n)) {
            return Optional.of("Dit wachtwoord is een oplopende of aflopende reeks; kies iets dat niet te raden is.");
        }
        String naam = gebruikersnaam == null ? "" : normaal(gebruikersnaam.strip());
        if (naam.length() >= 4 && n.contains(naam)) {
            return Optional.of("Een wachtwoord mag de gebruikersnaam niet bevatten.");
        }
        if (Arrays.binarySearch(gelekt(), n) >= 0) {
            return Optional.of("Dit wachtwoord staat op een lijst van veelgebruikte of uitgelekte wachtwoorden en is "
                    + "daardoor makkelijk te raden; kies een ander.");
        }
        String kern = kern(n);
        if (!kern.isEmpty()) {
            String eenheid = herhaling(kern);
            String woord = eenheid != null ? eenheid : kern;
            if (Arrays.binarySearch(stamwoorden(), woord) >= 0 || woord.equals(naam)) {
                return Optional.of("Dit wachtwoord is een veelgebruikt woord of een naam met alleen cijfers of "
                        + "leestekens eromheen, en daardoor makkelijk te raden; kies een langere zin of iets "
                        + "persoonlijkers.");
            }
        }
        return Optional.empty();
    }

    /** NFKC and lower case, so "Ｗｅｌｋｏｍ" and "WELKOM" count as "welkom". */
    static String normaal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The word inside: without leading and trailing digits, punctuation and spaces. */
    static String kern(String n) {
        int begin = 0;
        int einde = n.length();
        while (begin < einde && !Character.isLetter(n.charAt(begin))) {
            begin++;
        }
        while (einde > begin && !Character.isLetter(n.charAt(einde - 1))) {
            einde--;
        }
        String k = n.substring(begin, einde);
        // only a word (no spaces, digits or punctuation inside) counts as a dictionary word
        return k.chars().allMatch(Character::isLetter) ? k : "";
    }

    /** The unit when {@code s} is one word repeated ("welkomwelkom" → "welkom"), else {@code null}. */
    static String herhaling(String s) {
        for (int l = 1; l <= s.length() / 2; l++) {
            if (s.length() % l == 0 && s.substring(0, l).repeat(s.length() / l).equals(s)) {
                return s.substring(0, l);
            }
        }
        return null;
    }

    /** abcdefghijkl, 123456789012-like runs: every step +1 or every step -1 (digits wrap 9→0). */
    static boolean reeks(String n) {
        boolean op = true;
        boolean af = true;
        for (int i = 1; i < n.length(); i++) {
            int a = n.charAt(i - 1);
            int b = n.charAt(i);
            op &= b == a + 1 || (a == '9' && b == '0');
            af &= b == a - 1 || (a == '0' && b == '9');
        }
        return op || af;
    }

    private static boolean paar(String w, int i) {
        char c = w.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < w.length() && Character.isLowSurrogate(w.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(w.charAt(i - 1));
    }

    private String[] gelekt() {
        String[] l = gelekt.get();
        if (l == null) {
            l = lees("gelekt-lang.txt.gz");
            gelekt = new SoftReference<>(l);
        }
        return l;
    }

    private String[] stamwoorden() {
        String[] l = stamwoorden.get();
        if (l == null) {
            l = lees("stamwoorden.txt.gz");
            stamwoorden = new SoftReference<>(l);
        }
        return l;
    }

    /** A sorted list, one entry per line (sorted by the generator in Unicode code unit order, as String.compareTo). */
    private static String[] lees(String bron) {
        try (InputStream in = Wachtwoordbeleid.class.getResourceAsStream(bron)) {
            if (in == null) {
                throw new IllegalStateException("Lijst " + bron + " ontbreekt in de core-bundle");
            }
            List<String> l = new ArrayList<>(50_000);
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                for (String regel; (regel = r.readLine()) != null;) {
                    if (!regel.isEmpty()) {
                        l.add(regel);
                    }
                }
            }
            String[] a = l.toArray(new String[0]);
            Arrays.sort(a); // cheap when sorted already, and binary search must agree with String.compareTo
            return a;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
