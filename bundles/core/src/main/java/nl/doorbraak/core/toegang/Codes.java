package nl.doorbraak.core.toegang;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One-time codes a beheerder passes on (new account, forgotten password): 12 characters of Crockford's base32 (no I,
 * L, O or U, so nothing is misread on the phone), shown as {@code ABCD-EFGH-JKMN}: 60 bits, and every wrong try counts
 * as a failed login. Stored as SHA-256 over the name and the code: a slow hash adds nothing at this entropy.
 */
final class Codes {

    private static final char[] TEKENS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    static final int LENGTE = 12;

    private final SecureRandom random = new SecureRandom();

    String nieuw() {
        StringBuilder sb = new StringBuilder(LENGTE + 2);
        for (int i = 0; i < LENGTE; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(TEKENS[random.nextInt(TEKENS.length)]);
        }
        return sb.toString();
    }

    /** Case, dashes and spaces do not matter; O reads as 0, I and L as 1. */
    static String normaal(String code) {
        if (code == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(LENGTE);
        for (char c : code.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            sb.append(c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c);
        }
        return sb.toString();
    }

    static String hash(String gebruikersnaam, String code) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(gebruikersnaam.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(normaal(code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze JVM", e);
        }
    }

    static boolean klopt(String gebruikersnaam, String code, String opgeslagen) {
        if (opgeslagen == null || code == null || code.length() > 40) {
            return false;
        }
        return MessageDigest.isEqual(hash(gebruikersnaam, code).getBytes(StandardCharsets.US_ASCII),
                opgeslagen.getBytes(StandardCharsets.US_ASCII));
    }
}
