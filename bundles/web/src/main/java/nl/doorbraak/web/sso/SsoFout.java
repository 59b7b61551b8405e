package nl.doorbraak.web.sso;

/**
 * Wat misging tussen het platform en de identity provider; {@link SsoRoutes} maakt er het antwoord van. De boodschap
 * is Nederlands en bevat nooit een token, code of geheim.
 */
final class SsoFout extends Exception {

    private static final long serialVersionUID = 1L;

    enum Soort {
        /** De identity provider (discovery, token-endpoint, sleutels) is niet te bereiken of gaf iets onbruikbaars: 503. */
        ONBEREIKBAAR,
        /** Aan de kant van het platform niet goed ingesteld (clientgeheim, client-id): 503, de beheerder moet iets doen. */
        NIET_INGESTELD,
        /** De code is verlopen, al gebruikt of hoort bij een andere verifier: 400, opnieuw beginnen helpt. */
        CODE_GEWEIGERD,
        /** Het ID-token klopt niet (handtekening, issuer, audience, nonce, geldigheid): 401. */
        TOKEN_ONGELDIG
    }

    private final Soort soort;

    SsoFout(Soort soort, String boodschap) {
        super(boodschap, null, false, false);
        this.soort = soort;
    }

    Soort soort() {
        return soort;
    }
}
