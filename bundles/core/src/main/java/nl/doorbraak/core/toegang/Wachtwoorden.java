package nl.doorbraak.core.toegang;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password hashes with the JDK's PBKDF2-HMAC-SHA256. Stored as
 * {@code PBKDF2WithHmacSHA256$<iterations>$<salt base64>$<hash base64>}, so the cost can be raised later without
 * invalidating existing hashes.
 */
public final class Wachtwoorden {

    public static final String ALGORITME = "PBKDF2WithHmacSHA256";
    /** Above the 120 000 floor of the brief; about 0.1 s on the reference machine. */
    public static final int ITERATIES = 310_000;
    static final int ZOUT_BYTES = 16;
    static final int HASH_BITS = 256;
    /** Refuse absurd stored costs instead of hanging a login on them. */
    static final int MAX_ITERATIES = 10_000_000;

    /** Compared against when the user does not exist, so that case takes as long as a wrong password. */
    private static final String ONBEKEND = ALGORITME + "$" + ITERATIES + "$AAAAAAAAAAAAAAAAAAAAAA==$"
            + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    private final SecureRandom random = new SecureRandom();

    public String hash(char[] wachtwoord) {
        byte[] zout = new byte[ZOUT_BYTES];
        random.nextBytes(zout);
        byte[] hash = pbkdf2(wachtwoord, zout, ITERATIES);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITME + "$" + ITERATIES + "$" + b64.encodeToString(zout) + "$" + b64.encodeToString(hash);
    }

    /** Constant-time check; {@code false} for any malformed stored value. */
    public boolean klopt(char[] wachtwoord, String opgeslagen) {
        String[] delen = opgeslagen == null ? new String[0] : opgeslagen.split("\\$");
        if (delen.length != 4 || !ALGORITME.equals(delen[0])) {
            return false;
        }
        try {
            int iteraties = Integer.parseInt(delen[1]);
            if (iteraties < 1 || iteraties > MAX_ITERATIES) {
                return false;
            }
            byte[] zout = Base64.getDecoder().decode(delen[2]);
            byte[] verwacht = Base64.getDecoder().decode(delen[3]);
            byte[] berekend = pbkdf2(wachtwoord, zout, iteraties, verwacht.length * 8);
            return MessageDigest.isEqual(verwacht, berekend);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the same time as a real check, for unknown users. */
    public void doeAlsOf(char[] wachtwoord) {
        klopt(wachtwoord, ONBEKEND);
    }

    private static byte[] pbkdf2(char[] wachtwoord, byte[] zout, int iteraties) {
        return pbkdf2(wachtwoord, zout, iteraties, HASH_BITS);
    }

    private static byte[] pbkdf2(char[] wachtwoord, byte[] zout, int iteraties, int bits) {
        PBEKeySpec spec = new PBEKeySpec(wachtwoord, zout, iteraties, bits);
        try {
            return SecretKeyFactory.getInstance(ALGORITME).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITME + " is niet beschikbaar", e);
        } finally {
            spec.clearPassword();
        }
    }
}
