package nl.doorbraak.core.rechten;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.hooks.service.ListenerHook.ListenerInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.rechten.RechtenRegister;
import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.core.platform.GezondheidImpl;

/**
 * Least privilege for plug-ins: a service that needs a right ({@link Rechtenregels#BEWAAKT}) is invisible to a
 * plug-in without it, through the framework's service hooks, so a mandatory reference stays unsatisfied and a lookup
 * finds nothing. Guarded core services reference this component, so they are never registered before the hooks are.
 * A change of a plug-in's grants restarts that plug-in, because hooks cannot take back a service it already holds.
 */
@Component(service = { RechtenRegister.class, Rechtenwachter.class, FindHook.class, EventListenerHook.class },
        immediate = true)
public final class Rechtenwachter implements RechtenRegister, FindHook, EventListenerHook {

    private static final Logger LOG = LoggerFactory.getLogger(Rechtenwachter.class);
    private static final String MELDING = "core.rechten.";

    private final BundleContext context;
    private final GezondheidImpl gezondheid;
    private final Map<String, Toekenning.Regel> toekenningen = new ConcurrentHashMap<>();
    /** Per bundle id: its rights, for the bundle revision it was computed from (an update changes lastModified). */
    private final Map<Long, Berekend> cache = new ConcurrentHashMap<>();
    private final Set<String> gewaarschuwd = ConcurrentHashMap.newKeySet();
    private final ExecutorService herstarter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "doorbraak-rechten");
        t.setDaemon(true);
        return t;
    });

    private record Berekend(long gewijzigd, PluginRechten rechten) {
    }

    @Activate
    public Rechtenwachter(BundleContext context, @Reference(name = "gezondheid") GezondheidImpl gezondheid) {
        this.context = context;
        this.gezondheid = gezondheid;
    }

    @Deactivate
    void stop() throws InterruptedException {
        herstarter.shutdown();
        herstarter.awaitTermination(5, TimeUnit.SECONDS);
        gezondheid.herstelAlles(MELDING);
    }

    // --- the register -------------------------------------------------------------------------------------------

    @Override
    public List<PluginRechten> plugins() {
        List<PluginRechten> l = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            rechten(b).ifPresent(l::add);
        }
        l.sort(Comparator.comparing(PluginRechten::bundle).thenComparing(PluginRechten::versie));
        return l;
    }

    @Override
    public Optional<PluginRechten> van(long bundleId) {
        Bundle b = context.getBundle(bundleId);
        return b == null ? Optional.empty() : rechten(b);
    }

    /** A bundle of the platform itself, or the framework: it sees everything. */
    static boolean platform(Bundle b) {
        return b.getBundleId() == 0 || Rechtenregels.PLATFORM.contains(b.getSymbolicName());
    }

    /** A plug-in: not the platform's, and it imports the api. */
    static boolean plugin(Bundle b) {
        if (platform(b)) {
            return false;
        }
        String imports = b.getHeaders("").get(Constants.IMPORT_PACKAGE);
        return imports != null && imports.contains("nl.doorbraak.api");
    }

    private Optional<PluginRechten> rechten(Bundle b) {
        if (!plugin(b) || b.getState() == Bundle.UNINSTALLED) {
            return Optional.empty();
        }
        long gewijzigd = b.getLastModified();
        Berekend c = cache.get(b.getBundleId());
        if (c == null || c.gewijzigd() != gewijzigd) {
            c = new Berekend(gewijzigd, bereken(b, gewaarschuwd.add(b.getBundleId() + "@" + gewijzigd)));
            cache.put(b.getBundleId(), c);
        }
        return Optional.of(c.rechten());
    }

    /** @param nieuw the first time for this revision of the bundle: only then is an unknown right worth a log line */
    private PluginRechten bereken(Bundle b, boolean nieuw) {
        String naam = b.getSymbolicName();
        EnumSet<Recht> toegekend = EnumSet.noneOf(Recht.class);
        for (Toekenning.Regel r : toekenningen.values()) {
            if (r.plugin().equals(naam)) {
                toegekend.addAll(r.rechten());
            }
        }
        PluginRechten p = Rechtenregels.bereken(naam, b.getVersion().toString(),
                b.getHeaders("").get(Recht.MANIFEST_HEADER), toegekend);
        if (nieuw && !p.onbekend().isEmpty()) {
            LOG.warn("Plug-in {} vraagt rechten die het platform niet kent: {}", Tekst.voorLog(naam),
                    Tekst.voorLog(String.join(", ", p.onbekend())));
        }
        return p;
    }

    // --- configuration --------------------------------------------------------------------------------------------

    void zet(String pid, Toekenning.Regel regel) {
        gezondheid.herstel(MELDING + pid);
        Toekenning.Regel oud = toekenningen.put(pid, regel);
        if (!regel.equals(oud)) {
            LOG.info("Rechten voor {}: {}", regel.plugin(), regel.rechten());
            herbereken();
        }
    }

    void weiger(String pid, String bron, String reden) {
        gezondheid.meld(MELDING + pid, "Rechtenconfiguratie " + bron + " is geweigerd: " + reden + ".");
        LOG.warn("Rechtenconfiguratie {} is geweigerd: {}", bron, reden);
        if (toekenningen.remove(pid) != null) {
            herbereken();
        }
    }

    void verwijder(String pid) {
        gezondheid.herstel(MELDING + pid);
        if (toekenningen.remove(pid) != null) {
            herbereken();
        }
    }

    /** Computes every plug-in again and restarts the active ones whose visible services changed. */
    private void herbereken() {
        Map<Long, Set<Recht>> voor = new HashMap<>();
        cache.forEach((id, c) -> voor.put(id, c.rechten().verleend()));
        cache.clear();
        for (Bundle b : context.getBundles()) {
            Optional<PluginRechten> nu = rechten(b);
            if (nu.isEmpty() || !voor.containsKey(b.getBundleId())) {
                continue; // never looked at: it has not seen a guarded service yet
            }
            if (Rechtenregels.zichtbaarVerschil(voor.get(b.getBundleId()), nu.get().verleend())
                    && b.getState() == Bundle.ACTIVE) {
                herstart(b, nu.get());
            }
        }
    }

    private void herstart(Bundle b, PluginRechten rechten) {
        herstarter.execute(() -> {
            LOG.info("Rechten van plug-in {} {} zijn gewijzigd (verleend: {}); de plug-in wordt herstart",
                    b.getSymbolicName(), b.getVersion(), rechten.verleend());
            try {
                // transient: FileInstall's persistent start setting stays as it is
                b.stop(Bundle.STOP_TRANSIENT);
                b.start(Bundle.START_TRANSIENT);
            } catch (BundleException | IllegalStateException e) {
                LOG.warn("Plug-in {} kon niet worden herstart na een wijziging van zijn rechten: {}",
                        b.getSymbolicName(), e.toString());
            }
        });
    }

    // --- the hooks ------------------------------------------------------------------------------------------------

    private boolean ziet(Bundle b, ServiceReference<?> ref) {
        if (platform(b)) {
            return true;
        }
        String[] objectClass = (String[]) ref.getProperty(Constants.OBJECTCLASS);
        if (!Rechtenregels.bewaakt(objectClass)) {
            return true;
        }
        return Rechtenregels.zichtbaar(objectClass, rechten(b).orElse(null));
    }

    @Override
    public void find(BundleContext vrager, String name, String filter, boolean allServices,
            Collection<ServiceReference<?>> references) {
        Bundle b = vrager.getBundle();
        if (platform(b)) {
            return;
        }
        references.removeIf(ref -> !ziet(b, ref));
    }

    @Override
    public void event(ServiceEvent event, Map<BundleContext, Collection<ListenerInfo>> listeners) {
        String[] objectClass = (String[]) event.getServiceReference().getProperty(Constants.OBJECTCLASS);
        if (!Rechtenregels.bewaakt(objectClass)) {
            return;
        }
        for (Iterator<BundleContext> it = listeners.keySet().iterator(); it.hasNext();) {
            Bundle b;
            try {
                b = it.next().getBundle();
            } catch (IllegalStateException e) {
                continue; // a context that is going away gets no events anyway
            }
            if (b != null && !ziet(b, event.getServiceReference())) {
                it.remove();
            }
        }
    }
}
