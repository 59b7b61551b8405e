package nl.doorbraak.api.domein;

/**
 * Een tafelvariant zoals het platform hem kent.
 *
 * @param bundle  symbolische naam van de bundle die hem levert; {@code null} als hij afwezig is
 * @param versie  versie van die bundle
 * @param status  {@code actief} of {@code afwezig} (er zijn casussen van, maar geen plug-in)
 */
public record VariantInfo(String id, String naam, String bundle, String versie, int schemaVersie, String status) {
}
