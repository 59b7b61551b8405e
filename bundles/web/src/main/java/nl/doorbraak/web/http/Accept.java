package nl.doorbraak.web.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Content negotiation by the {@code Accept} header (RFC 9110, 12.5.1), for a route that can answer in more than one
 * media type. Each offered type gets the quality of the most specific media range that matches it
 * ({@code text/csv} before {@code text/*} before {@code *}{@code /*}); a type no range matches, or that gets
 * {@code q=0}, is not acceptable. The highest quality wins; on a tie the type matched more specifically, then the
 * one whose range comes first in the header, then the server's own order. Media type parameters other than {@code q}
 * are ignored (every answer here is UTF-8). A member that is not a media range, or has an invalid {@code q}, is left
 * out; a header with no valid member counts as no header.
 */
final class Accept {

    private Accept() {
    }

    /** One media range of the header: type and subtype in lower case ({@code *} for a wildcard), quality, place. */
    record Bereik(String type, String subtype, int duizendsten, int positie) {

        /** 2 for type/subtype, 1 for type/*, 0 for *&#47;*. */
        int specificiteit() {
            return "*".equals(type) ? 0 : "*".equals(subtype) ? 1 : 2;
        }

        boolean past(String t, String s) {
            return "*".equals(type) || type.equals(t) && ("*".equals(subtype) || subtype.equals(s));
        }
    }

    /**
     * The media type from {@code aangeboden} (the server's order of preference, e.g. {@code application/json} first)
     * that the header accepts most; the first one without a header.
     *
     * @param header the {@code Accept} header (several header lines joined with a comma), or {@code null}
     * @return the chosen type as given in {@code aangeboden}, or {@code null} if the header accepts none of them
     */
    static String kies(String header, List<String> aangeboden) {
        List<Bereik> bereiken = lees(header);
        if (bereiken.isEmpty()) {
            return aangeboden.isEmpty() ? null : aangeboden.get(0);
        }
        String beste = null;
        Bereik besteBereik = null;
        for (String type : aangeboden) {
            Bereik b = bereikVoor(bereiken, type);
            if (b == null || b.duizendsten() == 0) {
                continue;
            }
            if (besteBereik == null || beter(b, besteBereik)) {
                beste = type;
                besteBereik = b;
            }
        }
        return beste;
    }

    private static boolean beter(Bereik b, Bereik dan) {
        if (b.duizendsten() != dan.duizendsten()) {
            return b.duizendsten() > dan.duizendsten();
        }
        if (b.specificiteit() != dan.specificiteit()) {
            return b.specificiteit() > dan.specificiteit();
        }
        return b.positie() < dan.positie(); // equal: the server's order stands
    }

    /** The most specific range that matches {@code mediatype}; of equally specific ones the first. */
    static Bereik bereikVoor(List<Bereik> bereiken, String mediatype) {
        String mt = mediatype.toLowerCase(Locale.ROOT);
        int puntkomma = mt.indexOf(';');
        if (puntkomma >= 0) {
            mt = mt.substring(0, puntkomma).trim();
        }
        int slash = mt.indexOf('/');
        String t = mt.substring(0, slash);
        String s = mt.substring(slash + 1);
        Bereik beste = null;
        for (Bereik b : bereiken) {
            if (b.past(t, s) && (beste == null || b.specificiteit() > beste.specificiteit())) {
                beste = b;
            }
        }
        return beste;
    }

    /** The valid media ranges of the header, in header order. */
    static List<Bereik> lees(String header) {
        List<Bereik> l = new ArrayList<>();
        if (header == null) {
            return l;
        }
        for (String lid : delen(header, ',')) {
            Bereik b = bereik(lid, l.size());
            if (b != null) {
                l.add(b);
            }
        }
        return l;
    }

    /** One member: {@code type/subtype *( OWS ";" OWS parameter )}; {@code null} if it is not valid. */
    private static Bereik bereik(String lid, int positie) {
        List<String> delen = delen(lid, ';');
        if (delen.isEmpty()) {
            return null;
        }
        String mt = delen.get(0).trim().toLowerCase(Locale.ROOT);
        int slash = mt.indexOf('/');
        if (slash <= 0 || slash == mt.length() - 1) {
            return null;
        }
        String type = mt.substring(0, slash);
        String subtype = mt.substring(slash + 1);
        if (!token(type) || !token(subtype) || "*".equals(type) && !"*".equals(subtype)) {
            return null;
        }
        int q = 1000;
        for (int i = 1; i < delen.size(); i++) {
            String p = delen.get(i).trim();
            int is = p.indexOf('=');
            if (is > 0 && p.substring(0, is).trim().equalsIgnoreCase("q")) {
                q = kwaliteit(p.substring(is + 1).trim());
                if (q < 0) {
                    return null;
                }
                break; // what follows q are accept-ext parameters
            }
        }
        return new Bereik(type, subtype, q, positie);
    }

    /** RFC 9110 qvalue in thousandths: {@code 0[.ddd]} or {@code 1[.000]}; -1 if invalid. */
    static int kwaliteit(String w) {
        if (w.isEmpty() || w.length() > 5 || w.length() > 1 && w.charAt(1) != '.') {
            return -1;
        }
        char eerste = w.charAt(0);
        if (eerste != '0' && eerste != '1') {
            return -1;
        }
        int waarde = eerste == '1' ? 1000 : 0;
        int factor = 100;
        for (int i = 2; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < '0' || c > '9' || eerste == '1' && c != '0') {
                return -1;
            }
            waarde += (c - '0') * factor;
            factor /= 10;
        }
        return waarde;
    }

    /** RFC 9110 token characters (a wildcard is the token {@code *}). */
    private static boolean token(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Splits on {@code teken} outside quoted strings; empty parts are left out. */
    private static List<String> delen(String s, char teken) {
        List<String> l = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean inAanhalingstekens = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inAanhalingstekens && c == '\\' && i + 1 < s.length()) {
                sb.append(c).append(s.charAt(++i));
                continue;
            }
            if (c == '"') {
                inAanhalingstekens = !inAanhalingstekens;
            } else if (c == teken && !inAanhalingstekens) {
                voegToe(l, sb);
                continue;
            }
            sb.append(c);
        }
        voegToe(l, sb);
        return l;
    }

    private static void voegToe(List<String> l, StringBuilder sb) {
        String deel = sb.toString().trim();
        if (!deel.isEmpty()) {
            l.add(deel);
        }
        sb.setLength(0);
    }
}
