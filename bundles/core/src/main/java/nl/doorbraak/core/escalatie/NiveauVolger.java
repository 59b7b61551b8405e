package nl.doorbraak.core.escalatie;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.escalatie.ExtraEscalatieniveau;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietBeschikbaarException;
import nl.doorbraak.core.variant.PluginFout;

/**
 * Tracks the {@link ExtraEscalatieniveau} services of plug-ins (dynamic, multiple, greedy), the way
 * {@code VariantVolger} tracks variants: a plug-in can come, go and be updated while the core runs. Levels that left
 * are remembered per gemeente, so that escalating to one waits briefly for its return (an update) and is then a 503,
 * not an "unknown level".
 */
@Component(service = NiveauVolger.class)
public final class NiveauVolger {

    private static final Logger LOG = LoggerFactory.getLogger(NiveauVolger.class);

    /**
     * One registered level, read once at bind time; identity matters across updates. {@code ingang}: only the
     * providing bundle escalates to it, others read this sentence ({@link ExtraEscalatieniveau#ingang()}).
     */
    record Aangemeld(ExtraEscalatieniveau dienst, Escalatieniveau niveau, String ingang, long serviceId, int rang) {

        boolean beterDan(Aangemeld ander) {
            return rang != ander.rang ? rang > ander.rang : serviceId < ander.serviceId;
        }
    }

    private final GemeenteService gemeenten;
    private final Map<Long, Aangemeld> perService = new ConcurrentHashMap<>();
    /** Level id to the gemeenten it applied to when it left; cleared when it comes back. */
    private final Map<String, Set<String>> afwezig = new ConcurrentHashMap<>();
    /** Failing geldtVoor calls already logged, so a broken plug-in does not flood the log. */
    private final Set<String> gemeld = ConcurrentHashMap.newKeySet();
    private final ReentrantLock slot = new ReentrantLock();
    private final Condition gewijzigd = slot.newCondition();

    @Activate
    public NiveauVolger(@Reference(name = "gemeenten") GemeenteService gemeenten) {
        this.gemeenten = gemeenten;
    }

    @Reference(name = "niveau", service = ExtraEscalatieniveau.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "verwijder")
    void voegToe(ExtraEscalatieniveau niveau, ServiceReference<ExtraEscalatieniveau> ref) {
        Bundle b = ref.getBundle();
        Object rang = ref.getProperty(Constants.SERVICE_RANKING);
        aanmelden(niveau, (Long) ref.getProperty(Constants.SERVICE_ID), rang instanceof Integer i ? i : 0,
                b == null ? "onbekende bundle" : b.getSymbolicName());
    }

    void verwijder(ServiceReference<ExtraEscalatieniveau> ref) {
        afmelden((Long) ref.getProperty(Constants.SERVICE_ID));
    }

    /** Registers a level; public for tests that run without a framework. */
    public Optional<Escalatieniveau> aanmelden(ExtraEscalatieniveau dienst, long serviceId, int rang, String bundle) {
        Escalatieniveau n;
        String ingang;
        try {
            String id = dienst.id();
            String naam = dienst.naam();
            int dagen = dienst.reactietermijnDagen();
            if (id == null || id.isBlank() || id.length() > 100 || id.contains(",") || id.contains(":")) {
                LOG.error("Escalatieniveau van bundle {} heeft geen geldig id ('{}') en wordt genegeerd", bundle, id);
                return Optional.empty();
            }
            if (dagen < 1 || dagen > 365) {
                LOG.error("Escalatieniveau '{}' van bundle {} heeft reactietermijn {} (moet 1 tot en met 365 dagen "
                        + "zijn) en wordt genegeerd", id, bundle, dagen);
                return Optional.empty();
            }
            String i = dienst.ingang();
            ingang = i == null || i.isBlank() ? null : i.strip().length() > 500 ? i.strip().substring(0, 500)
                    : i.strip();
            String schoneNaam = naam == null || naam.isBlank() ? id : naam.strip();
            n = new Escalatieniveau(id, schoneNaam.length() > 200 ? schoneNaam.substring(0, 200) : schoneNaam, dagen,
                    bundle);
        } catch (Throwable e) {
            PluginFout.gooiAlsFataal(e);
            LOG.error("Escalatieniveau van bundle {} faalt bij het aanmelden en wordt genegeerd", bundle, e);
            return Optional.empty();
        }
        slot.lock();
        try {
            perService.put(serviceId, new Aangemeld(dienst, n, ingang, serviceId, rang));
            afwezig.remove(n.id());
            gewijzigd.signalAll();
        } finally {
            slot.unlock();
        }
        LOG.info("Escalatieniveau '{}' ({} dagen) aangemeld door {}", n.id(), n.reactietermijnDagen(), bundle);
        return Optional.of(n);
    }

    public void afmelden(long serviceId) {
        Aangemeld weg = perService.get(serviceId);
        if (weg == null) {
            return;
        }
        // the service is still usable during unbind: remember for which gemeenten it counted
        Set<String> waar = ConcurrentHashMap.newKeySet();
        for (Gemeente g : gemeenten.alle()) {
            if (geldt(weg, g)) {
                waar.add(g.id());
            }
        }
        slot.lock();
        try {
            perService.remove(serviceId);
            if (perService.values().stream().noneMatch(a -> a.niveau().id().equals(weg.niveau().id()))) {
                afwezig.merge(weg.niveau().id(), waar, (oud, nieuw) -> {
                    oud.addAll(nieuw);
                    return oud;
                });
            }
            gewijzigd.signalAll();
        } finally {
            slot.unlock();
        }
        LOG.info("Escalatieniveau '{}' van {} afgemeld", weg.niveau().id(), weg.niveau().plugin());
    }

    /** The levels of plug-ins that apply to this gemeente now, in route order (by id), one per id. */
    public List<Escalatieniveau> extra(Gemeente g) {
        TreeMap<String, Aangemeld> perId = new TreeMap<>();
        for (Aangemeld a : perService.values()) {
            Aangemeld huidig = perId.get(a.niveau().id());
            if (huidig == null || a.beterDan(huidig)) {
                perId.put(a.niveau().id(), a);
            }
        }
        List<Escalatieniveau> l = new ArrayList<>();
        for (Aangemeld a : perId.values()) {
            if (g.escalatieniveau(a.niveau().id()).isEmpty() && geldt(a, g)) {
                l.add(a.niveau());
            }
        }
        return l;
    }

    /**
     * Why {@code bundle} may not escalate to level {@code n}: the sentence of a plug-in level that only its own
     * bundle reaches ({@link ExtraEscalatieniveau#ingang()}); empty when it may.
     */
    public Optional<String> afgeschermd(Escalatieniveau n, String bundle) {
        if (n.plugin() == null || n.plugin().equals(bundle)) {
            return Optional.empty();
        }
        return perService.values().stream().filter(a -> a.niveau() == n && a.ingang() != null).findFirst()
                .map(Aangemeld::ingang);
    }

    /** The route of a gemeente now: its configured levels, then those of plug-ins. */
    public List<Escalatieniveau> route(Gemeente g) {
        List<Escalatieniveau> route = new ArrayList<>(g.escalatieniveaus());
        route.addAll(extra(g));
        return route;
    }

    /** Whether a plug-in level with this id applied to this gemeente before it left. */
    public boolean afwezigVoor(String niveau, String gemeente) {
        Set<String> waar = afwezig.get(niveau);
        return waar != null && waar.contains(gemeente);
    }

    /** The ids of plug-in levels that applied to this gemeente and are gone now, sorted. */
    public List<String> afwezigVoor(String gemeente) {
        return afwezig.entrySet().stream().filter(e -> e.getValue().contains(gemeente)).map(Map.Entry::getKey)
                .sorted().toList();
    }

    /**
     * Waits up to {@code wachttijdMs} for plug-in level {@code niveau} to apply to this gemeente again.
     *
     * @throws NietBeschikbaarException when it does not come back in time
     */
    public Escalatieniveau wacht(String niveau, String gemeente, long wachttijdMs, int retryAfterSeconden) {
        long einde = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(wachttijdMs);
        LOG.info("Wacht tot {} ms op escalatieniveau '{}'", wachttijdMs, niveau);
        slot.lock();
        try {
            while (true) {
                Optional<Escalatieniveau> n = gemeenten.zoek(gemeente).flatMap(
                        g -> route(g).stream().filter(x -> x.id().equals(niveau)).findFirst());
                if (n.isPresent()) {
                    return n.get();
                }
                long rest = einde - System.nanoTime();
                if (rest <= 0) {
                    throw nietBeschikbaar(niveau, retryAfterSeconden);
                }
                gewijzigd.awaitNanos(rest);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw nietBeschikbaar(niveau, retryAfterSeconden);
        } finally {
            slot.unlock();
        }
    }

    private static NietBeschikbaarException nietBeschikbaar(String niveau, int retryAfterSeconden) {
        return new NietBeschikbaarException("Escalatieniveau '" + niveau + "' komt van een plug-in die op dit moment "
                + "niet beschikbaar is. Bestaande escalaties op dit niveau blijven leesbaar; probeer het over "
                + retryAfterSeconden + " seconden opnieuw.", retryAfterSeconden);
    }

    private boolean geldt(Aangemeld a, Gemeente g) {
        try {
            return a.dienst().geldtVoor(g);
        } catch (Throwable e) {
            PluginFout.gooiAlsFataal(e);
            if (gemeld.add(a.serviceId() + ":" + g.id())) {
                LOG.error("Escalatieniveau '{}' van {} faalt in geldtVoor({}); het geldt niet voor die gemeente",
                        a.niveau().id(), a.niveau().plugin(), g.id(), e);
            }
            return false;
        }
    }
}
