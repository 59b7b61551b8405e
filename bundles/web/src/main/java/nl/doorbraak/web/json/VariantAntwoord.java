package nl.doorbraak.web.json;

import nl.doorbraak.api.domein.VariantInfo;
import nl.doorbraak.api.rechten.PluginRechten;

/**
 * Een variant in {@code /api/varianten}: de {@link VariantInfo} met wat zijn plug-in aan rechten vroeg en kreeg.
 *
 * @param rechten {@code null}: onbekend (de variant is afwezig, of het antwoord komt van een plug-in)
 */
public record VariantAntwoord(String id, String naam, String bundle, String versie, int schemaVersie, String status,
        PluginRechten rechten) {

    public static VariantAntwoord van(VariantInfo v, PluginRechten rechten) {
        return new VariantAntwoord(v.id(), v.naam(), v.bundle(), v.versie(), v.schemaVersie(), v.status(), rechten);
    }
}
