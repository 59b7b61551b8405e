package nl.doorbraak.api.service;

/**
 * Wat er mis is met één veld, zoals {@code invalidParams} in een problem+json-antwoord.
 *
 * @param naam  het veld, met punten voor geneste velden, bijvoorbeeld {@code variantData.urgentie}
 * @param code  korte machineleesbare code, bijvoorbeeld {@code verplicht}, {@code onbekend}, {@code type}
 * @param reden Nederlandse uitleg voor mensen
 */
public record VeldFout(String naam, String code, String reden) {
}
