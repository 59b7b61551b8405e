package nl.doorbraak.core.toegang;

import java.util.Optional;
import java.util.function.Function;

import org.osgi.framework.Bundle;

import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.rechten.RechtenRegister;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.toegang.Gebruiker;
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
    /** The stored account by user name, active; {@code null}: take the plug-in's word (see {@link #van}). */
    private final Function<String, Optional<Gebruiker>> accounts;

    private Aanroeper(String bundle, long bundleId, boolean platform, RechtenRegister register,
            Function<String, Optional<Gebruiker>> accounts) {
        this.bundle = bundle;
        this.bundleId = bundleId;
        this.platform = platform;
        this.register = register;
        this.accounts = accounts;
    }

    /**
     * @param accounts the stored, active account by user name: a plug-in acts for a user as the core knows him
     *                 ({@link #zoalsOpgeslagen})
     */
    public static Aanroeper van(Bundle b, RechtenRegister register, Function<String, Optional<Gebruiker>> accounts) {
        return new Aanroeper(b.getSymbolicName(), b.getBundleId(),
                b.getBundleId() == 0 || Rechtenregels.PLATFORM.contains(b.getSymbolicName()), register, accounts);
    }

    /**
     * Without the accounts: only for the door of the gemeenten, which the account service itself needs (a plug-in
     * learns no personal data there, only which gemeenten exist).
     */
    public static Aanroeper van(Bundle b, RechtenRegister register) {
        return van(b, register, null);
    }

    /** The platform itself (tests, and core components calling each other). */
    public static Aanroeper platform() {
        return new Aanroeper("nl.doorbraak.core", -1, true, null, null);
    }

    /** A plug-in with these rights, for tests; the user it names is taken at its word. */
    public static Aanroeper plugin(String bundle, PluginRechten rechten) {
        return plugin(bundle, rechten, null);
    }

    /** A plug-in with these rights and these stored accounts, for tests. */
    public static Aanroeper plugin(String bundle, PluginRechten rechten,
            Function<String, Optional<Gebruiker>> accounts) {
        return new Aanroeper(bundle, -1, false, new RechtenRegister() {
            @Override
            public java.util.List<PluginRechten> plugins() {
                return java.util.List.of(rechten);
            }

            @Override
            public Optional<PluginRechten> van(long id) {
                return Optional.of(rechten);
            }
        }, accounts);
    }

    /**
     * The user a call is made for, as the core knows him. A platform bundle has logged him in itself; a plug-in only
     * names him: its {@link Gebruiker} could claim any role, gemeente or tafel, so the core takes those from the
     * stored account. An unknown or inactive account is refused.
     */
    public Gebruiker zoalsOpgeslagen(Gebruiker g) {
        if (platform || accounts == null || g.isSysteem()) {
            return g;
        }
        return accounts.apply(g.gebruikersnaam()).orElseThrow(() -> new GeenToegangException(
                "Een plug-in handelt alleen in naam van een bestaande, actieve gebruiker."));
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
