package nl.doorbraak.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Waarschuwingen over de toestand van het platform, voor {@code GET /api/health} en beheerders; bijvoorbeeld een
 * ongeldige gemeenteconfiguratie die is geweigerd (de laatste geldige blijft dan van kracht).
 */
@ProviderType
public interface Gezondheid {

    /** Nederlandse zinnen; leeg als alles in orde is. */
    List<String> waarschuwingen();

    /**
     * Of het platform klaar is voor gebruikers. Zolang het nog start (bijvoorbeeld terwijl de demogegevens en hun
     * accounts worden geladen) is {@code /api/health} niet {@code UP} en antwoordt inloggen {@code 503} met
     * {@code Retry-After}, in plaats van een verkeerd wachtwoord te melden.
     *
     * @since 1.2
     */
    default boolean gereed() {
        return true;
    }
}
