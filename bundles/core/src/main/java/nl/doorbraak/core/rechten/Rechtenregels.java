package nl.doorbraak.core.rechten;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;

/**
 * The rules without OSGi: which service needs which right, what a manifest asks, what a plug-in gets. Kept apart so
 * the rules are unit-tested and the hooks stay a thin layer.
 */
public final class Rechtenregels {

    /**
     * Bundles of the platform itself: they see every service (the user's rights are checked per call). The api
     * bundle imports its own packages, as bnd makes every exporter do, but it is no plug-in.
     */
    public static final Set<String> PLATFORM = Set.of("nl.doorbraak.api", "nl.doorbraak.core", "nl.doorbraak.web",
            "nl.doorbraak.shell");

    /**
     * Services a plug-in sees only with a right. An empty Optional: no plug-in ever sees it (the platform's own
     * plumbing, such as the stored answers of Idempotency-Key, which hold other users' data).
     */
    static final Map<String, Optional<Recht>> BEWAAKT = Map.of(
            "nl.doorbraak.api.service.CasusService", Optional.of(Recht.CASUSSEN),
            "nl.doorbraak.api.opslag.VariantOpslag", Optional.of(Recht.OPSLAG),
            "nl.doorbraak.api.service.BsnService", Optional.of(Recht.BSN),
            "nl.doorbraak.api.service.AudittrailService", Optional.of(Recht.AUDITTRAIL),
            "nl.doorbraak.api.service.BewaartermijnService", Optional.of(Recht.BEWAARTERMIJN),
            "nl.doorbraak.api.toegang.AccountService", Optional.of(Recht.ACCOUNTS),
            "nl.doorbraak.api.toegang.GebruikerService", Optional.of(Recht.ACCOUNTS),
            "nl.doorbraak.api.service.Idempotentie", Optional.empty(),
            // the settings of gemeenten: for the platform's own beheer screens only
            "nl.doorbraak.api.beheer.GemeenteBeheer", Optional.empty());

    private Rechtenregels() {
    }

    /**
     * Whether two grants differ in what the hooks show: only then must a plug-in restart. Rights checked per call
     * (casussen.alle, platform) take effect at the next call.
     */
    static boolean zichtbaarVerschil(Set<Recht> oud, Set<Recht> nieuw) {
        for (Optional<Recht> r : BEWAAKT.values()) {
            if (r.isPresent() && oud.contains(r.get()) != nieuw.contains(r.get())) {
                return true;
            }
        }
        return false;
    }

    /** Whether this service needs a right at all. */
    static boolean bewaakt(String[] objectClass) {
        for (String c : objectClass) {
            if (BEWAAKT.containsKey(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a plug-in with these rights may see a service with this objectClass (every class must be allowed). */
    static boolean zichtbaar(String[] objectClass, PluginRechten rechten) {
        for (String c : objectClass) {
            Optional<Recht> nodig = BEWAAKT.get(c);
            if (nodig != null && (nodig.isEmpty() || rechten == null || !rechten.heeft(nodig.get()))) {
                return false;
            }
        }
        return true;
    }

    /** Reads the manifest header: known rights, and the codes nobody knows. */
    static Gevraagd gevraagd(String header) {
        EnumSet<Recht> rechten = EnumSet.noneOf(Recht.class);
        List<String> onbekend = new ArrayList<>();
        if (header != null) {
            for (String deel : header.split(",")) {
                // a bnd-style header may carry attributes after ';' (none are defined yet): the right is the name
                String code = deel.split(";", 2)[0].trim();
                if (code.isEmpty()) {
                    continue;
                }
                Recht.vanCode(code).ifPresentOrElse(rechten::add, () -> onbekend.add(code));
            }
        }
        return new Gevraagd(rechten, onbekend);
    }

    record Gevraagd(Set<Recht> rechten, List<String> onbekend) {
    }

    /**
     * What a plug-in gets: what it asks that is not sensitive, and what it asks that is sensitive and granted in the
     * configuration. Never more than it asks.
     */
    static PluginRechten bereken(String bundle, String versie, String header, Collection<Recht> toegekend) {
        Gevraagd g = gevraagd(header);
        EnumSet<Recht> verleend = EnumSet.noneOf(Recht.class);
        for (Recht r : g.rechten()) {
            if (!r.isGevoelig() || toegekend.contains(r)) {
                verleend.add(r);
            }
        }
        return new PluginRechten(bundle, versie, g.rechten(), verleend, g.onbekend());
    }
}
