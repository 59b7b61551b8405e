package nl.doorbraak.core.variant;

import nl.doorbraak.api.variant.Onderdeel;

/**
 * One registered {@link Onderdeel} service, read once at bind time: an id a gemeente switches on in its
 * {@code varianten} that is no tafelvariant.
 */
public record OnderdeelRegistratie(Onderdeel onderdeel, String id, String naam, String bundle, String bundleVersie,
        long serviceId, int rang) implements Aanbod {
}
