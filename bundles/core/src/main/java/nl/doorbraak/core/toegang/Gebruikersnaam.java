package nl.doorbraak.core.toegang;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a username may be, and how one typed at login is read. */
final class Gebruikersnaam {

    /** Lower-case letters, digits and {@code . _ @ -}, 3 to 100 long: also an e-mail address. */
    static final Pattern GELDIG = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");

    private Gebruikersnaam() {
    }

    /** As typed at login: trimmed and lower case; {@code null} when it cannot be a username at all. */
    static String uitInvoer(String getypt) {
        if (getypt == null) {
            return null;
        }
        String n = getypt.strip().toLowerCase(Locale.ROOT);
        return GELDIG.matcher(n).matches() ? n : null;
    }

    /**
     * A name for a log line: user input, so without control characters or line breaks (no forged lines) and
     * bounded.
     */
    static String voorLog(String getypt) {
        if (getypt == null) {
            return "(geen)";
        }
        StringBuilder sb = new StringBuilder(Math.min(getypt.length(), 64) + 2);
        for (int i = 0; i < getypt.length() && sb.length() < 64; i++) {
            char c = getypt.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return getypt.length() > 64 ? sb + "…" : sb.toString();
    }
}
