package nl.doorbraak.web.sessie;

import nl.doorbraak.api.toegang.Gebruiker;

/** Een sessie in het geheugen. Tijden in {@link System#nanoTime()}. */
public final class Sessie {

    /**
     * Een sessie die met de identity provider van een gemeente begon: wat het uitloggen daar nodig heeft (het
     * ID-token als {@code id_token_hint}). Alleen in het geheugen, nooit in een log.
     */
    public record Sso(String gemeente, com.nimbusds.jwt.JWT idToken) {
    }

    private final String sleutel;
    private final String csrfToken;
    private final long aangemaakt;
    private final Sso sso;
    private volatile Gebruiker gebruiker;
    private volatile boolean wachtwoordWijzigen;
    private volatile long laatstGebruikt;
    private volatile long ververstOp;

    public Sessie(String sleutel, String csrfToken, Gebruiker gebruiker, boolean wachtwoordWijzigen, long nu) {
        this(sleutel, csrfToken, gebruiker, wachtwoordWijzigen, nu, null);
    }

    public Sessie(String sleutel, String csrfToken, Gebruiker gebruiker, boolean wachtwoordWijzigen, long nu, Sso sso) {
        this.sso = sso;
        this.sleutel = sleutel;
        this.csrfToken = csrfToken;
        this.gebruiker = gebruiker;
        this.wachtwoordWijzigen = wachtwoordWijzigen;
        this.aangemaakt = nu;
        this.laatstGebruikt = nu;
        this.ververstOp = nu;
    }

    String sleutel() {
        return sleutel;
    }

    public String csrfToken() {
        return csrfToken;
    }

    /** Het inloggen via de identity provider, of {@code null} bij een wachtwoord. */
    public Sso sso() {
        return sso;
    }

    public Gebruiker gebruiker() {
        return gebruiker;
    }

    /** Of deze sessie alleen het eenmalige wachtwoord mag wijzigen. */
    public boolean wachtwoordWijzigen() {
        return wachtwoordWijzigen;
    }

    /** Verlopen na {@code idleNanos} zonder verzoek, of na {@code maxNanos} sinds het inloggen, wat eerst komt. */
    public boolean verlopen(long nu, long idleNanos, long maxNanos) {
        return nu - laatstGebruikt > idleNanos || nu - aangemaakt > maxNanos;
    }

    public void gebruikt(long nu) {
        laatstGebruikt = nu;
    }

    long ververstOp() {
        return ververstOp;
    }

    void ververst(Gebruiker nieuw, long nu) {
        gebruiker = nieuw;
        ververstOp = nu;
    }

    /** Het account is gewijzigd: bij het volgende verzoek opnieuw ophalen. */
    void verversNu() {
        ververstOp = aangemaakt - Long.MAX_VALUE / 4;
    }
}
