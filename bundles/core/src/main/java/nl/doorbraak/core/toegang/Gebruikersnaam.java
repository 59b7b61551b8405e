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
}
