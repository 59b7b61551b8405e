package nl.doorbraak.core.toegang;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.IntConsumer;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password hashes with the JDK's PBKDF2-HMAC-SHA256. Stored as
 * {@code PBKDF2WithHmacSHA256$<iterations>$<salt base64>$<hash base64>}, so the cost can be raised later: a hash made
 * with fewer iterations than the current setting still checks, and {@link #verouderd} tells the caller to store a
 * new one after a successful login.
 */
public final class Wachtwoorden {

    public static final String ALGORITME = "PBKDF2WithHmacSHA256";
    /** OWASP's Password Storage Cheat Sheet for PBKDF2-HMAC-SHA256 (2023 and later); about 0.2 s here. */
    public static final int ITERATIES = 600_000;
    static final int ZOUT_BYTES = 16;
    static final int HASH_BITS = 256;
    /** Refuse absurd stored costs instead of hanging a login on them. */
    static final int MAX_ITERATIES = 10_000_000;

    private static final String NUL_ZOUT = "AAAAAAAAAAAAAAAAAAAAAA==";
    private static final String NUL_HASH = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    private final SecureRandom random = new SecureRandom();
    private final int iteraties;
    private final IntConsumer meter;

    public Wachtwoorden() {
        this(ITERATIES);
    }

    /** @param iteraties the cost of new hashes (tests use a low one) */
    public Wachtwoorden(int iteraties) {
        this(iteraties, n -> { });
    }

    /** @param meter told the iterations of every PBKDF2 run (tests: equal work for every path of a login) */
    public Wachtwoorden(int iteraties, IntConsumer meter) {
        if (iteraties < 1 || iteraties > MAX_ITERATIES) {
            throw new IllegalArgumentException("iteraties buiten 1.." + MAX_ITERATIES + ": " + iteraties);
        }
        this.iteraties = iteraties;
        this.meter = meter;
    }

    public int iteraties() {
        return iteraties;
    }

    public String hash(char[] wachtwoord) {
        byte[] zout = new byte[ZOUT_BYTES];
        random.nextBytes(zout);
        byte[] hash = pbkdf2(wachtwoord, zout, iteraties, HASH_BITS);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITME + "$" + iteraties + "$" + b64.encodeToString(zout) + "$" + b64.encodeToString(hash);
    }

    /** Constant-time check; {@code false} for any malformed stored value. */
    public boolean klopt(char[] wachtwoord, String opgeslagen) {
        String[] delen = opgeslagen == null ? new String[0] : opgeslagen.split("\\$");
        if (delen.length != 4 || !ALGORITME.equals(delen[0])) {
            return false;
        }
        try {
            int n = Integer.parseInt(delen[1]);
            if (n < 1 || n > MAX_ITERATIES) {
                return false;
            }
            byte[] zout = Base64.getDecoder().decode(delen[2]);
            byte[] verwacht = Base64.getDecoder().decode(delen[3]);
            byte[] berekend = pbkdf2(wachtwoord, zout, n, verwacht.length * 8);
            return MessageDigest.isEqual(verwacht, berekend);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether {@code opgeslagen} was made with fewer iterations than the current setting (or is unreadable). */
    public boolean verouderd(String opgeslagen) {
        return iteratiesVan(opgeslagen) < iteraties;
    }

    /** The iterations of a stored hash; 0 when it is not one of ours. */
    static int iteratiesVan(String opgeslagen) {
        String[] delen = opgeslagen == null ? new String[0] : opgeslagen.split("\\$");
        if (delen.length != 4 || !ALGORITME.equals(delen[0])) {
            return 0;
        }
        try {
            return Integer.parseInt(delen[1]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Spends the time of a real check at the current cost, for unknown users and accounts without a password. */
    public void doeAlsOf(char[] wachtwoord) {
        pbkdf2(wachtwoord, Base64.getDecoder().decode(NUL_ZOUT), iteraties, HASH_BITS);
    }

    /**
     * After a failed check against an older, cheaper hash: spends the difference, so a wrong password for an account
     * that has not logged in since the cost rose takes as long as one for an unknown user.
     */
    public void vulAan(char[] wachtwoord, String opgeslagen) {
        int verschil = iteraties - Math.max(0, Math.min(iteraties, iteratiesVan(opgeslagen)));
        if (verschil > 0) {
            pbkdf2(wachtwoord, Base64.getDecoder().decode(NUL_ZOUT), verschil, HASH_BITS);
        }
    }

    /** A stored value that never matches (for tests of the timing paths). */
    static String nooit(int iteraties) {
        return ALGORITME + "$" + iteraties + "$" + NUL_ZOUT + "$" + NUL_HASH;
    }

    private byte[] pbkdf2(char[] wachtwoord, byte[] zout, int iteraties, int bits) {
        meter.accept(iteraties);
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
