package nl.doorbraak.web.json;

import java.util.List;

import nl.doorbraak.api.domein.VariantInfo;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.variant.VariantVeld;
import nl.doorbraak.api.variant.VeldType;

/**
 * Een variant in {@code /api/varianten}: de {@link VariantInfo} met wat zijn plug-in aan rechten vroeg en kreeg, en
 * de velden die hij aan een casus toevoegt (voor het intakeformulier van de webapplicatie).
 *
 * @param rechten {@code null}: onbekend (de variant is afwezig, of het antwoord komt van een plug-in)
 * @param velden  {@code null}: onbekend (het antwoord komt van een plug-in); leeg voor een afwezige variant
 */
public record VariantAntwoord(String id, String naam, String bundle, String versie, int schemaVersie, String status,
        PluginRechten rechten, List<Veld> velden) {

    /**
     * Eén veld van {@code variantData}, zoals {@link VariantVeld} het beschrijft.
     *
     * @param type      {@code tekst}, {@code getal}, {@code jaNee}, {@code keuze} of {@code datum}
     * @param maxLengte voor tekst; {@code 0}: geen grens
     * @param waarden   de keuzes van een keuzeveld
     */
    public record Veld(String naam, String label, String type, boolean verplicht, int maxLengte, List<String> waarden) {

        public static Veld van(VariantVeld v) {
            return new Veld(v.naam(), v.label() == null || v.label().isBlank() ? v.naam() : v.label(), type(v.type()),
                    v.verplicht(), v.maxLengte(), v.waarden());
        }

        static String type(VeldType t) {
            if (t == null) {
                return "tekst";
            }
            return switch (t) {
                case TEKST -> "tekst";
                case GETAL -> "getal";
                case JA_NEE -> "jaNee";
                case KEUZE -> "keuze";
                case DATUM -> "datum";
            };
        }
    }

    public static VariantAntwoord van(VariantInfo v, PluginRechten rechten) {
        return new VariantAntwoord(v.id(), v.naam(), v.bundle(), v.versie(), v.schemaVersie(), v.status(), rechten,
                null);
    }

    public static VariantAntwoord van(VariantInfo v, PluginRechten rechten, List<VariantVeld> velden) {
        return new VariantAntwoord(v.id(), v.naam(), v.bundle(), v.versie(), v.schemaVersie(), v.status(), rechten,
                velden.stream().filter(java.util.Objects::nonNull).filter(f -> f.naam() != null).map(Veld::van)
                        .toList());
    }
}
