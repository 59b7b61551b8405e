package nl.doorbraak.web;

import nl.doorbraak.api.toegang.Gebruiker;

/** Een sessie in het geheugen. Tijden in {@link System#nanoTime()}. */
final class Sessie {

    private final String sleutel;
    private final String csrfToken;
    private volatile Gebruiker gebruiker;
    private volatile long laatstGebruikt;
    private volatile long ververstOp;

    Sessie(String sleutel, String csrfToken, Gebruiker gebruiker, long nu) {
        this.sleutel = sleutel;
        this.csrfToken = csrfToken;
        this.gebruiker = gebruiker;
        this.laatstGebruikt = nu;
        this.ververstOp = nu;
    }

    String sleutel() {
        return sleutel;
    }

    String csrfToken() {
        return csrfToken;
    }

    Gebruiker gebruiker() {
        return gebruiker;
    }

    boolean verlopen(long nu, long idleNanos) {
        return nu - laatstGebruikt > idleNanos;
    }

    void gebruikt(long nu) {
        laatstGebruikt = nu;
    }

    long ververstOp() {
        return ververstOp;
    }

    void ververst(Gebruiker nieuw, long nu) {
        gebruiker = nieuw;
        ververstOp = nu;
    }
}
