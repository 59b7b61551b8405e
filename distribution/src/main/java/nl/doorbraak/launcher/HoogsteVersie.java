package nl.doorbraak.launcher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Version;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One version of a plug-in at a time: when {@code deploy/} holds two files of the same bundle (same
 * {@code Bundle-SymbolicName}, different {@code Bundle-Version}; FileInstall installs them as two bundles), only the
 * highest version may resolve, so only it registers services. A resolver hook keeps the others from resolving (they
 * find no provider for their requirements); one that was already running when a higher version arrived is refreshed,
 * after which it stays installed. When the higher version's file goes, FileInstall starts the lower one again (it is
 * still marked to start). The web bundle's health warning and the core's and web's registers apply the same rule
 * (docs/decisions.md).
 *
 * <p>Equal versions never become two bundles: FileInstall updates the installed bundle with the second file instead
 * (and says so in the log).
 */
final class HoogsteVersie implements ResolverHookFactory, BundleListener {

    private static final Logger LOG = LoggerFactory.getLogger(HoogsteVersie.class);

    private final BundleContext context;
    private final String deploy;
    /** Ignored bundle id to the id of the bundle used instead, as last logged. */
    private final Map<Long, Long> genegeerd = new ConcurrentHashMap<>();
    private final ScheduledExecutorService uitvoerder = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "doorbraak-deploy-versies");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> gepland;

    private HoogsteVersie(BundleContext context, String deploy) {
        this.context = context;
        this.deploy = deploy;
    }

    /**
     * Registers the hook on the system bundle, before any bundle of {@code deploy/} resolves.
     *
     * @param deploy the {@code file:} URI of deploy/ as FileInstall writes bundle locations, ending in /
     */
    static void koppel(BundleContext context, String deploy) {
        HoogsteVersie h = new HoogsteVersie(context, deploy);
        context.registerService(ResolverHookFactory.class, h, null);
        context.addBundleListener(h);
    }

    /** A bundle in deploy/ as far as this rule goes. */
    record Kandidaat(long id, String naam, Version versie, String bestand) {
    }

    /**
     * The bundles to ignore, each with the one used instead: per symbolic name the highest version is used; with
     * equal versions (not possible with FileInstall) the one installed first.
     */
    static Map<Kandidaat, Kandidaat> teNegeren(Collection<Kandidaat> kandidaten) {
        Map<String, List<Kandidaat>> perNaam = new HashMap<>();
        for (Kandidaat k : kandidaten) {
            if (k.naam() != null) {
                perNaam.computeIfAbsent(k.naam(), n -> new ArrayList<>()).add(k);
            }
        }
        Map<Kandidaat, Kandidaat> uit = new HashMap<>();
        for (List<Kandidaat> l : perNaam.values()) {
            if (l.size() > 1) {
                l.sort(Comparator.comparing(Kandidaat::versie).reversed().thenComparingLong(Kandidaat::id));
                l.subList(1, l.size()).forEach(k -> uit.put(k, l.get(0)));
            }
        }
        return uit;
    }

    private List<Kandidaat> kandidaten() {
        List<Kandidaat> l = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            String locatie = b.getLocation();
            if (b.getState() != Bundle.UNINSTALLED && locatie != null && locatie.startsWith(deploy)
                    && locatie.indexOf('/', deploy.length()) < 0) {
                l.add(new Kandidaat(b.getBundleId(), b.getSymbolicName(), b.getVersion(),
                        locatie.substring(deploy.length())));
            }
        }
        return l;
    }

    // ---- the resolver hook: a lower version never resolves ----

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        Map<Long, Kandidaat> uit = new HashMap<>();
        teNegeren(kandidaten()).forEach((k, gebruikt) -> {
            uit.put(k.id(), k);
            meldGenegeerd(k, gebruikt);
        });
        return new ResolverHook() {
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                // not here: Felix 7.0.5 then also drops every capability of bundles resolved before (the system
                // bundle's java.*), so nothing else in the same resolve would resolve either
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton,
                    Collection<BundleCapability> collisionCandidates) {
                // not ours to decide
            }

            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
                // an ignored bundle finds no provider for any of its requirements (every bundle bnd builds has
                // some: osgi.ee, java.*), and provides nothing to others
                if (uit.containsKey(requirement.getRevision().getBundle().getBundleId())) {
                    candidates.clear();
                } else if (!uit.isEmpty()) {
                    candidates.removeIf(c -> uit.containsKey(c.getRevision().getBundle().getBundleId()));
                }
            }

            @Override
            public void end() {
                // nothing held
            }
        };
    }

    // ---- a higher version arrives while a lower one runs, or the higher one goes ----

    @Override
    public void bundleChanged(BundleEvent event) {
        String locatie = event.getBundle().getLocation();
        int type = event.getType();
        if (locatie != null && locatie.startsWith(deploy)
                && (type == BundleEvent.INSTALLED || type == BundleEvent.UPDATED || type == BundleEvent.UNINSTALLED)) {
            plan();
        }
    }

    /** Once per burst of changes (FileInstall installs a directory's worth at once), off the event thread. */
    private synchronized void plan() {
        if (gepland == null || gepland.isDone()) {
            gepland = uitvoerder.schedule(this::controleer, 200, TimeUnit.MILLISECONDS);
        }
    }

    private void controleer() {
        try {
            Map<Kandidaat, Kandidaat> uit = teNegeren(kandidaten());
            Set<Long> nu = new java.util.HashSet<>();
            List<Bundle> verversen = new ArrayList<>();
            uit.forEach((k, gebruikt) -> {
                nu.add(k.id());
                meldGenegeerd(k, gebruikt);
                Bundle b = context.getBundle(k.id());
                if (b != null && (b.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE
                        | Bundle.STOPPING)) != 0) {
                    verversen.add(b);
                }
            });
            for (Long id : List.copyOf(genegeerd.keySet())) {
                if (!nu.contains(id)) {
                    genegeerd.remove(id);
                    Bundle b = context.getBundle(id);
                    if (b != null && b.getState() != Bundle.UNINSTALLED) {
                        LOG.info("{} {} ({}) wordt weer gebruikt: er staat geen hogere versie meer in deploy/",
                                b.getSymbolicName(), b.getVersion(), b.getLocation().substring(deploy.length()));
                    }
                }
            }
            if (!verversen.isEmpty()) {
                // unresolves them; the hook then keeps them from resolving again, so their services go
                context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(verversen);
            }
        } catch (RuntimeException e) {
            LOG.warn("Controle op dubbele bundles in deploy/ mislukt", e);
        }
    }

    private void meldGenegeerd(Kandidaat k, Kandidaat gebruikt) {
        Long eerder = genegeerd.put(k.id(), gebruikt.id());
        if (eerder == null || eerder != gebruikt.id()) {
            LOG.warn("In deploy/ staan twee versies van {}: {} ({}) wordt gebruikt, {} ({}) wordt genegeerd",
                    k.naam(), gebruikt.bestand(), gebruikt.versie(), k.bestand(), k.versie());
        }
    }
}
