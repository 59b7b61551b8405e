package nl.doorbraak.api.variant;

import java.util.List;

/**
 * Een extra casusveld dat een variant toevoegt. De core controleert type, verplicht, keuzewaarden en lengte;
 * wat meer nodig is, doet {@link TafelVariant#valideer}.
 *
 * <pre>{@code
 * VariantVeld.keuze("urgentie", "Urgentie", true, List.of("laag", "hoog", "spoed"))
 * VariantVeld.tekst("vervolgafspraak", "Vervolgafspraak", false, 200)
 * }</pre>
 *
 * @param naam      JSON-naam in {@code variantData}, camelCase
 * @param label     Nederlandse naam voor mensen (foutmeldingen, formulieren)
 * @param maxLengte voor {@link VeldType#TEKST}; {@code 0}: geen grens
 * @param waarden   toegestane waarden voor {@link VeldType#KEUZE}
 */
public record VariantVeld(String naam, String label, VeldType type, boolean verplicht, int maxLengte,
        List<String> waarden) {

    public VariantVeld {
        waarden = waarden == null ? List.of() : List.copyOf(waarden);
    }

    public static VariantVeld tekst(String naam, String label, boolean verplicht, int maxLengte) {
        return new VariantVeld(naam, label, VeldType.TEKST, verplicht, maxLengte, List.of());
    }

    public static VariantVeld keuze(String naam, String label, boolean verplicht, List<String> waarden) {
        return new VariantVeld(naam, label, VeldType.KEUZE, verplicht, 0, waarden);
    }

    public static VariantVeld getal(String naam, String label, boolean verplicht) {
        return new VariantVeld(naam, label, VeldType.GETAL, verplicht, 0, List.of());
    }

    public static VariantVeld jaNee(String naam, String label, boolean verplicht) {
        return new VariantVeld(naam, label, VeldType.JA_NEE, verplicht, 0, List.of());
    }

    public static VariantVeld datum(String naam, String label, boolean verplicht) {
        return new VariantVeld(naam, label, VeldType.DATUM, verplicht, 0, List.of());
    }
}
