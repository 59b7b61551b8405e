package nl.doorbraak.web.routes;

import org.osgi.framework.Bundle;

import nl.doorbraak.api.rechten.PluginRechten;

/**
 * Een bundle in {@code /api/platform/bundles}; geen api-record, dus hier vastgelegd.
 *
 * @param rechten wat een plug-in vroeg en kreeg; {@code null} voor een bundle van het platform
 */
public record BundleAntwoord(long id, String symbolischeNaam, String versie, String status, PluginRechten rechten) {

    public static BundleAntwoord van(Bundle b, PluginRechten rechten) {
        String status = switch (b.getState()) {
            case Bundle.ACTIVE -> "actief";
            case Bundle.RESOLVED -> "opgelost";
            case Bundle.INSTALLED -> "geïnstalleerd";
            case Bundle.STARTING -> "start";
            case Bundle.STOPPING -> "stopt";
            default -> "verwijderd";
        };
        return new BundleAntwoord(b.getBundleId(), b.getSymbolicName(), b.getVersion().toString(), status, rechten);
    }
}
