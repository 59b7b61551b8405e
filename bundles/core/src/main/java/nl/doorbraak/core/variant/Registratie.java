package nl.doorbraak.core.variant;

import nl.doorbraak.api.variant.TafelVariant;

/**
 * One registered {@link TafelVariant} service, with what the core needs to know about it read once at bind time.
 * Only held while the service is registered; identity matters (a newer service of the same id is another object).
 */
public record Registratie(TafelVariant variant, String id, String naam, int schemaVersie, String bundle,
        String bundleVersie, long serviceId, int rang) implements Aanbod {
}
