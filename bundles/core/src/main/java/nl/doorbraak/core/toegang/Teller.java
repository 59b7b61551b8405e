package nl.doorbraak.core.toegang;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed attempts of one account (or one unknown name): how many in a row, when the last was, and until when it is
 * locked. The same rules for an account in the database and an unknown name in memory, so the answers never tell
 * which of the two it is.
 *
 * <p>An attempt is counted <em>before</em> the password is checked ({@link #naPoging}) and the count is reset when it
 * turns out right; so parallel attempts cannot slip past the limit while the slow hash runs.
 */
record Teller(int mislukt, Instant laatste, Instant geblokkeerdTot) {

    static final Teller NUL = new Teller(0, null, null);

    /** Seconds until a next attempt is allowed; 0 when it is allowed now. */
    int wachtSeconden(Instant nu, Toegangsinstellingen i) {
        Teller t = actueel(nu, i);
        if (t.geblokkeerdTot != null) {
            return seconden(nu, t.geblokkeerdTot);
        }
        if (t.laatste == null) {
            return 0;
        }
        Instant mag = t.laatste.plus(i.vertraging(t.mislukt));
        return mag.isAfter(nu) ? seconden(nu, mag) : 0;
    }

    /** The state with this attempt counted; locked from the {@code maxPogingen}-th on. */
    Teller naPoging(Instant nu, Toegangsinstellingen i) {
        Teller t = actueel(nu, i);
        int n = t.mislukt + 1;
        return new Teller(n, nu, n >= i.maxPogingen() ? nu.plus(i.blokkade()) : null);
    }

    /** A lock that ran out, or failures longer ago than a lock lasts, start a fresh count. */
    Teller actueel(Instant nu, Toegangsinstellingen i) {
        if (geblokkeerdTot != null) {
            return geblokkeerdTot.isAfter(nu) ? this : NUL;
        }
        return laatste != null && laatste.plus(i.blokkade()).isBefore(nu) ? NUL : this;
    }

    boolean geblokkeerd(Instant nu) {
        return geblokkeerdTot != null && geblokkeerdTot.isAfter(nu);
    }

    /** Whole seconds from {@code nu} until {@code tot}, rounded up, at least 1 (for Retry-After). */
    static int seconden(Instant nu, Instant tot) {
        long ms = Duration.between(nu, tot).toMillis();
        return (int) Math.max(1, (ms + 999) / 1000);
    }
}
