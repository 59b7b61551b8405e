package nl.doorbraak.core.variant;

import org.osgi.framework.Version;

import nl.doorbraak.api.variant.TafelVariant;

/**
 * One registered {@link TafelVariant} service, with what the core needs to know about it read once at bind time.
 * Only held while the service is registered; identity matters (a newer service of the same id is another object).
 */
public record Registratie(TafelVariant variant, String id, String naam, int schemaVersie, String bundle,
        String bundleVersie, long serviceId, int rang) {

    /**
     * Two versions of one bundle (two files in deploy/): the higher version, as the launcher and the web bundle
     * decide too (docs/decisions.md). Otherwise OSGi order: higher ranking first, then the older (lower) service id.
     */
    boolean beterDan(Registratie ander) {
        if (zelfdeBundleAndereVersie(ander)) {
            return versie(bundleVersie).compareTo(versie(ander.bundleVersie)) > 0;
        }
        if (rang != ander.rang) {
            return rang > ander.rang;
        }
        return serviceId < ander.serviceId;
    }

    /** Another version of the same bundle (same symbolic name), as when two of its files lie in deploy/. */
    boolean zelfdeBundleAndereVersie(Registratie ander) {
        return bundle != null && bundle.equals(ander.bundle)
                && versie(bundleVersie).compareTo(versie(ander.bundleVersie)) != 0;
    }

    private static Version versie(String v) {
        try {
            return v == null ? Version.emptyVersion : Version.parseVersion(v);
        } catch (IllegalArgumentException e) {
            return Version.emptyVersion;
        }
    }
}
