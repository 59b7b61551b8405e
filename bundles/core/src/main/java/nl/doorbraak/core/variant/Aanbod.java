package nl.doorbraak.core.variant;

import org.osgi.framework.Version;

/**
 * A service of a plug-in that provides something under an id ({@link Registratie} a tafelvariant,
 * {@link OnderdeelRegistratie} an onderdeel): when several provide the same id, one of them counts.
 */
interface Aanbod {

    String id();

    String bundle();

    String bundleVersie();

    long serviceId();

    int rang();

    /**
     * Two versions of one bundle (two files in deploy/): the higher version, as the launcher and the web bundle
     * decide too (docs/decisions.md). Otherwise OSGi order: higher ranking first, then the older (lower) service id.
     */
    default boolean beterDan(Aanbod ander) {
        if (zelfdeBundleAndereVersie(ander)) {
            return versie(bundleVersie()).compareTo(versie(ander.bundleVersie())) > 0;
        }
        if (rang() != ander.rang()) {
            return rang() > ander.rang();
        }
        return serviceId() < ander.serviceId();
    }

    /** Another version of the same bundle (same symbolic name), as when two of its files lie in deploy/. */
    default boolean zelfdeBundleAndereVersie(Aanbod ander) {
        return bundle() != null && bundle().equals(ander.bundle())
                && versie(bundleVersie()).compareTo(versie(ander.bundleVersie())) != 0;
    }

    private static Version versie(String v) {
        try {
            return v == null ? Version.emptyVersion : Version.parseVersion(v);
        } catch (IllegalArgumentException e) {
            return Version.emptyVersion;
        }
    }
}
