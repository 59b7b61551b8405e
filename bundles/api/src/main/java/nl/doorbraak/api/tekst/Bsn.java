package nl.doorbraak.api.tekst;

import java.text.Normalizer;

/**
 * Een BSN herkennen in vrije tekst, zodat het daar niet terechtkomt: een BSN hoort alleen versleuteld bij de casus
 * ({@code BsnService}), nooit in een titel, hulpvraag of notitie. De core weigert zo'n tekst in elk vrij tekstveld,
 * wie die ook aanlevert (REST, Gogo, plug-in); een plug-in die zelf tekst opslaat, gebruikt dezelfde regel.
 *
 * <p>Wat als BSN telt: precies negen cijfers die de elfproef halen (en niet allemaal 0 zijn), ook als
 * <ul>
 * <li>er scheidingstekens tussen staan, zoals in {@code 111 222 333}, {@code 1112.22.333}, {@code 111_222_333} of
 * {@code 111/222/333}: hoogstens drie tekens tussen twee groepen cijfers (spaties tellen samen als één), geen
 * regelovergang;</li>
 * <li>er letters aan vastzitten, zoals in {@code BSN111222333};</li>
 * <li>de cijfers uit een ander schrift of een andere vorm komen: volle breedte ({@code １１１２２２３３３}),
 * Arabisch-Indisch, superscript, omcirkeld (elk teken wordt eerst NFKC-genormaliseerd, elk Unicode-cijfer telt);</li>
 * <li>er onzichtbare tekens tussen staan (zero-width space, soft hyphen, combinerende tekens), of een harde spatie.</li>
 * </ul>
 * Een reeks cijfers met scheidingstekens telt als geheel: {@code 030 123 4567} (tien cijfers) en
 * {@code +31 6 12345678} (elf) zijn geen BSN, ook niet als negen ervan de elfproef zouden halen. Zonder elfproef zou
 * elk bedrag of telefoonnummer van negen cijfers geweigerd worden; met de elfproef alleen het elfde deel ervan.
 *
 * <pre>{@code
 * int positie = Bsn.positie(notitie);   // 0: geen BSN
 * if (positie > 0) {
 *     throw new OngeldigeInvoerException(..., List.of(new VeldFout("notitie", "bsn",
 *             "Op positie " + positie + " staat een nummer dat op een BSN lijkt.")));   // herhaal het nummer nooit
 * }
 * }</pre>
 */
public final class Bsn {

    /** Zoveel scheidingstekens mogen tussen twee groepen cijfers staan (een reeks spaties telt als één). */
    public static final int MAX_SCHEIDING = 3;

    private Bsn() {
    }

    /**
     * Of dit precies negen cijfers {@code 0}–{@code 9} zijn die de elfproef halen:
     * {@code 9·c1 + 8·c2 + … + 2·c8 − 1·c9} is deelbaar door 11. {@code 000000000} is geen BSN.
     *
     * @param bsn negen ASCII-cijfers zonder scheidingstekens; {@code null} is niet geldig
     */
    public static boolean geldig(CharSequence bsn) {
        if (bsn == null || bsn.length() != 9) {
            return false;
        }
        int[] cijfers = new int[9];
        for (int i = 0; i < 9; i++) {
            char c = bsn.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            cijfers[i] = c - '0';
        }
        return elfproef(cijfers);
    }

    /** Of de tekst ergens een nummer bevat dat als BSN telt (zie de klasse). {@code null} bevat er geen. */
    public static boolean staatIn(CharSequence tekst) {
        return positie(tekst) > 0;
    }

    /**
     * Waar het eerste nummer begint dat als BSN telt: de positie (vanaf 1, in UTF-16-tekens zoals
     * {@link Tekst#probleem}) van zijn eerste cijfer, of {@code 0} als de tekst er geen bevat. Zo kan een melding de
     * gebruiker de plek wijzen zonder het nummer te herhalen.
     */
    public static int positie(CharSequence tekst) {
        if (tekst == null) {
            return 0;
        }
        Zoeker z = new Zoeker();
        int n = tekst.length();
        for (int i = 0; i < n;) {
            int cp = Character.codePointAt(tekst, i);
            if (cp < 0x80) {
                z.teken(cp, i);
            } else {
                int cijfer = Character.digit(cp, 10);
                if (cijfer >= 0) {
                    z.cijfer(cijfer, i);
                } else {
                    // full-width, superscript, circled, ... become plain characters; a compatibility form of a letter
                    // stays a letter
                    String vorm = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
                    for (int j = 0; j < vorm.length();) {
                        int v = vorm.codePointAt(j);
                        z.teken(v, i);
                        j += Character.charCount(v);
                    }
                }
            }
            if (z.gevonden > 0) {
                return z.gevonden;
            }
            i += Character.charCount(cp);
        }
        z.sluit();
        return z.gevonden;
    }

    private static boolean elfproef(int[] c) {
        int som = -c[8];
        boolean nul = c[8] == 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * c[i];
            nul &= c[i] == 0;
        }
        return !nul && som % 11 == 0;
    }

    /** One pass over the text: digit groups joined by short separators form one number. */
    private static final class Zoeker {
        private final int[] cijfers = new int[9];
        private int aantal;          // digits in the current number (counting on past 9)
        private int begin;           // position (from 1) of its first digit
        private int scheiding;       // separator characters since its last digit
        private boolean spatie;      // the last separator was white space (a run counts once)
        int gevonden;

        void teken(int cp, int positie) {
            int cijfer = Character.digit(cp, 10);
            if (cijfer >= 0) {
                cijfer(cijfer, positie);
            } else if (cp == '\n' || cp == '\r' || cp == 0x0b || cp == 0x0c || cp == 0x85 || cp == 0x2028
                    || cp == 0x2029 || Character.isLetter(cp)) {
                sluit();
            } else if (onzichtbaar(cp)) {
                // zero-width space, soft hyphen, combining marks: no separation at all
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!spatie) {
                    scheiding++;
                    spatie = true;
                }
            } else {
                scheiding++;
                spatie = false;
            }
        }

        void cijfer(int cijfer, int positie) {
            if (aantal > 0 && scheiding > MAX_SCHEIDING) {
                sluit();
            }
            if (aantal == 0) {
                begin = positie + 1;
            }
            if (aantal < 9) {
                cijfers[aantal] = cijfer;
            }
            aantal++;
            scheiding = 0;
            spatie = false;
        }

        void sluit() {
            if (aantal == 9 && elfproef(cijfers)) {
                gevonden = begin;
            }
            aantal = 0;
            scheiding = 0;
            spatie = false;
        }

        private static boolean onzichtbaar(int cp) {
            int type = Character.getType(cp);
            return type == Character.FORMAT || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
        }
    }
}
