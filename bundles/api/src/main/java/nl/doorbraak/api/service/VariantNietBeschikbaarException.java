package nl.doorbraak.api.service;

/**
 * De variant die nodig is, is (even) niet geïnstalleerd, ook niet na de wachttijd: HTTP 503 met
 * {@code Retry-After}.
 */
public class VariantNietBeschikbaarException extends NietBeschikbaarException {

    private static final long serialVersionUID = 1L;

    private final String variant;

    public VariantNietBeschikbaarException(String variant, int opnieuwNaSeconden) {
        super("De tafelvariant '" + variant + "' is op dit moment niet beschikbaar. Probeer het over "
                + opnieuwNaSeconden + " seconden opnieuw.", opnieuwNaSeconden);
        this.variant = variant;
    }

    public String variant() {
        return variant;
    }
}
