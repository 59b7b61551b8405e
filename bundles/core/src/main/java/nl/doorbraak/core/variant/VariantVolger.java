package nl.doorbraak.core.variant;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.service.VariantNietBeschikbaarException;
import nl.doorbraak.api.variant.Onderdeel;
import nl.doorbraak.api.variant.TafelVariant;

/**
 * Tracks the installed {@link TafelVariant} services (dynamic, multiple, greedy), so that installing, updating or
 * removing a plug-in never restarts the core. A write that needs an absent variant waits on a condition that every
 * bind signals, so it continues the moment the updated plug-in registers again.
 *
 * <p>Next to them the {@link Onderdeel} services, tracked the same way: an id a gemeente switches on in its
 * {@code varianten} like a tafelvariant, that counts as a variant of its plug-in ({@link #vanBundle}) but is no
 * tafelvariant ({@link #huidige}, {@link #alle} and {@link #wacht} know only tafelvarianten).
 */
@Component(service = VariantVolger.class)
public final class VariantVolger {

    private static final Logger LOG = LoggerFactory.getLogger(VariantVolger.class);

    private final Map<Long, Registratie> perService = new ConcurrentHashMap<>();
    /** The best registration per variant id; replaced on every bind/unbind. */
    private final Map<String, Registratie> perId = new ConcurrentHashMap<>();
    /** Last known name per id (only strings), for absent variants in the register. */
    private final Map<String, String> bekendeNamen = new ConcurrentHashMap<>();
    private final Map<Long, OnderdeelRegistratie> onderdeelPerService = new ConcurrentHashMap<>();
    /** The best registration per onderdeel id; replaced on every bind/unbind. */
    private final Map<String, OnderdeelRegistratie> onderdeelPerId = new ConcurrentHashMap<>();
    /** Name per id of every onderdeel seen since the core started: a tafel does not get it while it is updated. */
    private final Map<String, String> bekendeOnderdelen = new ConcurrentHashMap<>();
    private final List<Consumer<Registratie>> luisteraars = new CopyOnWriteArrayList<>();
    private final ReentrantLock slot = new ReentrantLock();
    private final Condition gewijzigd = slot.newCondition();

    @Reference(name = "variant", service = TafelVariant.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "verwijder")
    void voegToe(TafelVariant variant, ServiceReference<TafelVariant> ref) {
        Bundle b = ref.getBundle();
        Object rang = ref.getProperty(Constants.SERVICE_RANKING);
        aanmelden(variant, (Long) ref.getProperty(Constants.SERVICE_ID), rang instanceof Integer i ? i : 0,
                b == null ? null : b.getSymbolicName(), b == null ? null : b.getVersion().toString());
    }

    void verwijder(ServiceReference<TafelVariant> ref) {
        afmelden((Long) ref.getProperty(Constants.SERVICE_ID));
    }

    @Reference(name = "onderdeel", service = Onderdeel.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "verwijderOnderdeel")
    void voegOnderdeelToe(Onderdeel onderdeel, ServiceReference<Onderdeel> ref) {
        Bundle b = ref.getBundle();
        Object rang = ref.getProperty(Constants.SERVICE_RANKING);
        aanmeldenOnderdeel(onderdeel, (Long) ref.getProperty(Constants.SERVICE_ID), rang instanceof Integer i ? i : 0,
                b == null ? null : b.getSymbolicName(), b == null ? null : b.getVersion().toString());
    }

    void verwijderOnderdeel(ServiceReference<Onderdeel> ref) {
        afmeldenOnderdeel((Long) ref.getProperty(Constants.SERVICE_ID));
    }

    /** Registers a variant service; public for tests that run without a framework. */
    public Optional<Registratie> aanmelden(TafelVariant variant, long serviceId, int rang, String bundle,
            String bundleVersie) {
        Registratie r;
        try {
            String id = variant.id();
            if (id == null || id.isBlank()) {
                LOG.error("Tafelvariant van bundle {} heeft geen id en wordt genegeerd", bundle);
                return Optional.empty();
            }
            r = new Registratie(variant, id, naamVan(variant, id), variant.schemaVersie(), bundle, bundleVersie,
                    serviceId, rang);
        } catch (Throwable e) {
            PluginFout.gooiAlsFataal(e);
            LOG.error("Tafelvariant van bundle {} faalt bij het aanmelden en wordt genegeerd", bundle, e);
            return Optional.empty();
        }
        Registratie vorige;
        Registratie beste;
        slot.lock();
        try {
            vorige = perId.get(r.id());
            perService.put(serviceId, r);
            beste = kiesBeste(r.id());
            bekendeNamen.put(r.id(), r.naam());
            gewijzigd.signalAll();
        } finally {
            slot.unlock();
        }
        if (beste == r) {
            LOG.info("Tafelvariant '{}' schema {} aangemeld door {} {}{}", r.id(), r.schemaVersie(), bundle,
                    bundleVersie, vorige == null ? "" : " (in plaats van " + vorige.bundle() + " " + vorige.bundleVersie()
                            + (r.zelfdeBundleAndereVersie(vorige) ? ", een lagere versie" : "") + ")");
            meld(r);
            OnderdeelRegistratie o = onderdeelPerId.get(r.id());
            if (o != null) {
                waarschuwDubbelId(r.id(), o, r);
            }
        } else {
            LOG.warn("Tafelvariant '{}' van {} {} wordt genegeerd: {} {} levert hem{}", r.id(), bundle, bundleVersie,
                    beste.bundle(), beste.bundleVersie(),
                    r.zelfdeBundleAndereVersie(beste) ? " al, in een hogere versie van dezelfde bundle" : " al");
        }
        return Optional.of(r);
    }

    /** Tells the listeners again about every installed variant, e.g. after rows were added in an old schema. */
    public void meldOpnieuw() {
        alle().forEach(this::meld);
    }

    private void meld(Registratie r) {
        // listeners only schedule work; they never run it on this (SCR) thread
        for (Consumer<Registratie> l : luisteraars) {
            try {
                l.accept(r);
            } catch (RuntimeException e) {
                LOG.warn("Luisteraar op tafelvarianten faalde: {}", e.toString());
            }
        }
    }

    public void afmelden(long serviceId) {
        Registratie weg;
        Registratie vorige = null;
        Registratie beste = null;
        slot.lock();
        try {
            weg = perService.remove(serviceId);
            if (weg != null) {
                vorige = perId.get(weg.id());
                beste = kiesBeste(weg.id());
                gewijzigd.signalAll();
            }
        } finally {
            slot.unlock();
        }
        if (weg != null) {
            LOG.info("Tafelvariant '{}' van {} {} afgemeld", weg.id(), weg.bundle(), weg.bundleVersie());
            if (vorige == weg && beste != null) {
                LOG.info("Tafelvariant '{}' schema {} is nu die van {} {}", beste.id(), beste.schemaVersie(),
                        beste.bundle(), beste.bundleVersie());
                meld(beste);
            }
        }
    }

    private Registratie kiesBeste(String id) {
        return kiesBeste(perService, perId, id);
    }

    /** The best of the services under {@code id} ({@link Aanbod#beterDan}), put in {@code perId}; null when none. */
    private static <T extends Aanbod> T kiesBeste(Map<Long, T> perService, Map<String, T> perId, String id) {
        T beste = null;
        for (T r : perService.values()) {
            if (r.id().equals(id) && (beste == null || r.beterDan(beste))) {
                beste = r;
            }
        }
        if (beste == null) {
            perId.remove(id);
        } else {
            perId.put(id, beste);
        }
        return beste;
    }

    private static String naamVan(TafelVariant v, String id) {
        String naam = v.naam();
        return naam == null || naam.isBlank() ? id : naam;
    }

    /** Registers an onderdeel service; public for tests that run without a framework. */
    public Optional<OnderdeelRegistratie> aanmeldenOnderdeel(Onderdeel onderdeel, long serviceId, int rang,
            String bundle, String bundleVersie) {
        OnderdeelRegistratie r;
        try {
            String id = onderdeel.id();
            if (id == null || id.isBlank()) {
                LOG.error("Onderdeel van bundle {} heeft geen id en wordt genegeerd", bundle);
                return Optional.empty();
            }
            String naam = onderdeel.naam();
            r = new OnderdeelRegistratie(onderdeel, id, naam == null || naam.isBlank() ? id : naam, bundle,
                    bundleVersie, serviceId, rang);
        } catch (Throwable e) {
            PluginFout.gooiAlsFataal(e);
            LOG.error("Onderdeel van bundle {} faalt bij het aanmelden en wordt genegeerd", bundle, e);
            return Optional.empty();
        }
        OnderdeelRegistratie beste;
        slot.lock();
        try {
            onderdeelPerService.put(serviceId, r);
            beste = kiesBesteOnderdeel(r.id());
            bekendeOnderdelen.put(r.id(), r.naam());
        } finally {
            slot.unlock();
        }
        if (beste == r) {
            LOG.info("Onderdeel '{}' ({}) aangemeld door {} {}", r.id(), r.naam(), bundle, bundleVersie);
            Registratie t = perId.get(r.id());
            if (t != null) {
                waarschuwDubbelId(r.id(), r, t);
            }
        } else {
            LOG.warn("Onderdeel '{}' van {} {} wordt genegeerd: {} {} levert het al", r.id(), bundle, bundleVersie,
                    beste.bundle(), beste.bundleVersie());
        }
        return Optional.of(r);
    }

    public void afmeldenOnderdeel(long serviceId) {
        OnderdeelRegistratie weg;
        slot.lock();
        try {
            weg = onderdeelPerService.remove(serviceId);
            if (weg != null) {
                kiesBesteOnderdeel(weg.id());
            }
        } finally {
            slot.unlock();
        }
        if (weg != null) {
            LOG.info("Onderdeel '{}' van {} {} afgemeld", weg.id(), weg.bundle(), weg.bundleVersie());
        }
    }

    private OnderdeelRegistratie kiesBesteOnderdeel(String id) {
        return kiesBeste(onderdeelPerService, onderdeelPerId, id);
    }

    private static void waarschuwDubbelId(String id, OnderdeelRegistratie o, Registratie t) {
        LOG.warn("Onderdeel '{}' van {} {} heeft het id van tafelvariant '{}' van {} {}: ids van onderdelen en "
                + "tafelvarianten horen uniek te zijn; tafels houden de tafelvariant", id, o.bundle(),
                o.bundleVersie(), id, t.bundle(), t.bundleVersie());
    }

    /** The onderdeel as installed now. */
    public Optional<OnderdeelRegistratie> onderdeel(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(onderdeelPerId.get(id));
    }

    /**
     * The name of onderdeel {@code id} if a plug-in provides it now or did since the core started (it may be being
     * updated): no tafel gets this id as its variant.
     */
    public Optional<String> bekendOnderdeel(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(bekendeOnderdelen.get(id));
    }

    /** The variant as installed now; never waits. */
    public Optional<Registratie> huidige(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(perId.get(id));
    }

    /** All installed variants, one per id. */
    public Collection<Registratie> alle() {
        return List.copyOf(perId.values());
    }

    /**
     * The ids of the variants this bundle provides now (a plug-in's own), tafelvarianten and onderdelen: the gemeenten
     * that switched one of them on are the plug-in's. Asked at every call: they come and go.
     */
    public Set<String> vanBundle(String bundle) {
        return Stream.concat(perId.values().stream().filter(r -> bundle.equals(r.bundle())).map(Registratie::id),
                onderdeelPerId.values().stream().filter(r -> bundle.equals(r.bundle())).map(OnderdeelRegistratie::id))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Only the tafelvarianten of {@link #vanBundle}: the variants whose tafels and casussen are this plug-in's own (an
     * onderdeel has none).
     */
    public Set<String> tafelvariantenVanBundle(String bundle) {
        return perId.values().stream().filter(r -> bundle.equals(r.bundle())).map(Registratie::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Optional<String> bekendeNaam(String id) {
        return Optional.ofNullable(bekendeNamen.get(id));
    }

    /**
     * The installed variant {@code id} with at least {@code minSchema}; waits up to {@code wachttijdMs} for it to
     * (re)appear.
     *
     * @throws VariantNietBeschikbaarException when it does not appear in time
     */
    public Registratie wacht(String id, int minSchema, long wachttijdMs, int retryAfterSeconden) {
        Registratie r = bruikbaar(id, minSchema);
        if (r != null) {
            return r;
        }
        long rest = TimeUnit.MILLISECONDS.toNanos(wachttijdMs);
        long einde = System.nanoTime() + rest;
        LOG.info("Wacht tot {} ms op tafelvariant '{}'", wachttijdMs, id);
        slot.lock();
        try {
            while ((r = bruikbaar(id, minSchema)) == null) {
                rest = einde - System.nanoTime();
                if (rest <= 0) {
                    LOG.warn("Tafelvariant '{}' (schema {} of hoger) is na {} ms niet beschikbaar", id, minSchema,
                            wachttijdMs);
                    throw new VariantNietBeschikbaarException(id, retryAfterSeconden);
                }
                gewijzigd.awaitNanos(rest);
            }
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VariantNietBeschikbaarException(id, retryAfterSeconden);
        } finally {
            slot.unlock();
        }
    }

    private Registratie bruikbaar(String id, int minSchema) {
        Registratie r = perId.get(id);
        return r != null && r.schemaVersie() >= minSchema ? r : null;
    }

    /** Called with each registration that becomes the current one for its id. */
    public void luister(Consumer<Registratie> luisteraar) {
        luisteraars.add(luisteraar);
    }

    public void stopLuisteren(Consumer<Registratie> luisteraar) {
        luisteraars.remove(luisteraar);
    }
}
