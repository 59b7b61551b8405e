package nl.doorbraak.api.tekst;

/**
 * Stuurtekens in tekst van buiten: geweigerd bij invoer, onschadelijk gemaakt bij uitvoer (logregels, de Gogo-shell).
 * Zo kan niemand met een ANSI-escape de terminal van een beheerder besturen of met een regelovergang een nepregel in
 * de log zetten. Eén regel voor core, web, shell en plug-ins.
 *
 * <pre>{@code
 * String waarom = Tekst.probleem(titel, Tekst.Soort.EEN_REGEL);   // null: in orde
 * LOG.info("Gebruiker {} meldde zich aan", Tekst.voorLog(naam));  // nooit een ruwe regelovergang in de log
 * }</pre>
 */
public final class Tekst {

    /** Wat een tekstveld mag bevatten naast gewone tekens. */
    public enum Soort {
        /** Eén regel (naam, titel, organisatie): geen tab, CR, LF, U+2028 of U+2029. */
        EEN_REGEL,
        /** Meerdere regels (hulpvraag, notitie, doel): {@code \n}, {@code \r\n} en {@code \t} mogen. */
        MEERDERE_REGELS
    }

    /** Zoveel tekens laat {@link #voorLog} van een waarde staan. */
    public static final int LOG_MAX = 300;

    private Tekst() {
    }

    /**
     * Waarom deze tekst als invoer niet kan: één Nederlandse zin, of {@code null} als hij in orde is. Geweigerd worden
     * NUL en de andere C0-stuurtekens (waaronder ESC van ANSI-escapes), DEL, de C1-stuurtekens (U+0080 tot en met
     * U+009F) en losse UTF-16-surrogaten; in {@link Soort#EEN_REGEL} ook tab, CR, LF, U+2028 en U+2029, in
     * {@link Soort#MEERDERE_REGELS} een CR die niet voor een LF staat.
     *
     * @param tekst  de invoer; {@code null} is in orde (verplicht-zijn is een andere controle)
     * @param soort  één regel of meerdere regels
     * @return {@code null}, of bijvoorbeeld "Bevat een escape-teken (U+001B) op positie 7; stuurtekens kunnen niet."
     */
    public static String probleem(CharSequence tekst, Soort soort) {
        if (tekst == null) {
            return null;
        }
        boolean meer = soort == Soort.MEERDERE_REGELS;
        int n = tekst.length();
        for (int i = 0; i < n; i++) {
            char c = tekst.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                continue; // the common case: printable ASCII
            }
            int positie = i + 1;
            if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029') {
                if (!meer) {
                    return c == '\t' ? "Bevat een tab op positie " + positie + "; dit veld is één regel."
                            : "Bevat een regelovergang op positie " + positie + "; dit veld is één regel.";
                }
                if (c == '\r' && (i + 1 >= n || tekst.charAt(i + 1) != '\n')) {
                    return "Bevat een losse CR (U+000D) op positie " + positie
                            + "; een nieuwe regel is \\n of \\r\\n.";
                }
                if (c == '\u2028' || c == '\u2029') {
                    return "Bevat het scheidingsteken " + code(c) + " op positie " + positie
                            + "; een nieuwe regel is \\n of \\r\\n.";
                }
                continue;
            }
            if (c == 0) {
                return "Bevat een NUL-teken (U+0000) op positie " + positie + "; stuurtekens kunnen niet.";
            }
            if (c == 0x1b) {
                return "Bevat een escape-teken (U+001B) op positie " + positie
                        + ", bijvoorbeeld van een ANSI-kleurcode; stuurtekens kunnen niet.";
            }
            if (isStuurteken(c)) {
                return "Bevat het stuurteken " + code(c) + " op positie " + positie + "; stuurtekens kunnen niet.";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(tekst.charAt(i + 1))) {
                    i++; // a valid pair: one character outside the BMP (an emoji, ...)
                    continue;
                }
                return losseSurrogaat(c, positie);
            }
            if (Character.isLowSurrogate(c)) {
                return losseSurrogaat(c, positie);
            }
        }
        return null;
    }

    /** Of de tekst geen {@link #probleem} heeft. */
    public static boolean inOrde(CharSequence tekst, Soort soort) {
        return probleem(tekst, soort) == null;
    }

    /**
     * De tekst met elk stuurteken zichtbaar gemaakt: {@code \n}, {@code \r}, {@code \t} en {@code \\} als zodanig, de
     * andere (C0, DEL, C1, U+2028, U+2029, de bidi-stuurtekens U+202A–U+202E en U+2066–U+2069, losse surrogaten) als
     * {@code \}{@code uXXXX}. Het resultaat bevat nooit een teken dat een terminal of logregel kan beïnvloeden.
     *
     * @return de veilige tekst; {@code "null"} voor {@code null}
     */
    public static String neutraliseer(CharSequence tekst) {
        if (tekst == null) {
            return "null";
        }
        int n = tekst.length();
        int i = 0;
        while (i < n && !moetOm(tekst, i)) {
            i++;
        }
        if (i == n) {
            return tekst.toString(); // nothing to escape: no copy
        }
        StringBuilder sb = new StringBuilder(n + 16).append(tekst, 0, i);
        for (; i < n; i++) {
            char c = tekst.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(tekst.charAt(i + 1))) {
                sb.append(c).append(tekst.charAt(++i));
                continue;
            }
            if (!moetOm(tekst, i)) {
                sb.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    /**
     * Een waarde van buiten (gebruikersnaam, pad, id uit een URL) voor één logregel: {@link #neutraliseer} en
     * hoogstens {@link #LOG_MAX} tekens, met het aantal weggelaten tekens erachter.
     */
    public static String voorLog(Object waarde) {
        String s = neutraliseer(waarde == null ? null : waarde.toString());
        if (s.length() <= LOG_MAX) {
            return s;
        }
        int tot = LOG_MAX;
        if (Character.isHighSurrogate(s.charAt(tot - 1))) {
            tot--; // never cut a pair in half
        }
        return s.substring(0, tot) + "…(+" + (s.length() - tot) + " tekens)";
    }

    private static boolean moetOm(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c < 0x7f) {
            return c == '\\';
        }
        if (isStuurteken(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    /** C0, DEL en C1. */
    private static boolean isStuurteken(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    private static String losseSurrogaat(char c, int positie) {
        return "Bevat een losse UTF-16-surrogaat (" + code(c) + ") op positie " + positie
                + "; dat is geen geldige Unicode.";
    }

    private static String code(char c) {
        return String.format("U+%04X", (int) c);
    }
}
