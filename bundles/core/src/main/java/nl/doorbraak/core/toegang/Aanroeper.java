package nl.doorbraak.core.toegang;

import java.util.Optional;

import org.osgi.framework.Bundle;

import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.rechten.RechtenRegister;
import nl.doorbraak.core.rechten.Rechtenregels;

/**
 * The bundle that calls a core service: one of the platform's own (web, shell) or a plug-in with its rights. A
 * bundle-scoped service component gets one from DS's using bundle, so nobody can pretend to be someone else.
 */
public final class Aanroeper {

    private final String bundle;
    private final long bundleId;
    private final boolean platform;
    private final RechtenRegister register;

    private Aanroeper(String bundle, long bundleId, boolean platform, RechtenRegister register) {
        this.bundle = bundle;
        this.bundleId = bundleId;
        this.platform = platform;
        this.register = register;
    }

    public static Aanroeper van(Bundle b, RechtenRegister register) {
        return new Aanroeper(b.getSymbolicName(), b.getBundleId(),
                b.getBundleId() == 0 || Rechtenregels.PLATFORM.contains(b.getSymbolicName()), register);
    }

    /** The platform itself (tests, and core components calling each other). */
    public static Aanroeper platform() {
        return new Aanroeper("nl.doorbraak.core", -1, true, null);
    }

    /** A plug-in with these rights, for tests. */
    public static Aanroeper plugin(String bundle, PluginRechten rechten) {
        return new Aanroeper(bundle, -1, false, new RechtenRegister() {
            @Override
            public java.util.List<PluginRechten> plugins() {
                return java.util.List.of(rechten);
            }

            @Override
            public Optional<PluginRechten> van(long id) {
                return Optional.of(rechten);
            }
        });
    }

    public boolean isPlatform() {
        return platform;
    }

    /** A platform bundle, or a plug-in granted the right to act as the platform. */
    public boolean alsPlatform() {
        return platform || mag(Recht.PLATFORM);
    }

    public String bundle() {
        return bundle;
    }

    /**
     * What the verwerkingenlog records as {@code via}: this plug-in's bundle symbolic name, also when it acts as the
     * platform; {@code null} for the platform's own bundles.
     */
    public String via() {
        return platform ? null : bundle;
    }

    /** A platform bundle may do everything the user may; a plug-in only what it was granted as well. */
    public boolean mag(Recht recht) {
        if (platform) {
            return true;
        }
        // asked again at every call: a grant that changes takes effect at once, also before the restart
        return register != null && register.van(bundleId).map(r -> r.heeft(recht)).orElse(false);
    }
}
