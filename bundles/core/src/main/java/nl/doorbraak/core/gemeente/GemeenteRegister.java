package nl.doorbraak.core.gemeente;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.platform.Gebeurtenissen;
import nl.doorbraak.core.platform.GezondheidImpl;
import nl.doorbraak.core.toegang.Toegangsregels;

/**
 * The gemeenten in force: per factory configuration the last valid one. A rejected configuration leaves the previous
 * valid one in place and stays a health warning until it is fixed or removed. The core's own view (every gemeente);
 * other bundles get {@link GemeenteServiceImpl}, the door that knows who calls.
 */
@Component(service = GemeenteRegister.class)
public final class GemeenteRegister implements GemeenteService {

    private static final Logger LOG = LoggerFactory.getLogger(GemeenteRegister.class);
    static final String BRON = "gemeente.";

    private final GezondheidImpl gezondheid;
    private final Gebeurtenissen gebeurtenissen;
    /** Guarded by this: configuration pid to its last valid gemeente. */
    private final Map<String, Gemeente> perPid = new HashMap<>();
    /** Replaced as a whole, read without locking. */
    private volatile Map<String, Gemeente> perId = Map.of();

    @Activate
    public GemeenteRegister(@Reference(name = "gezondheid") GezondheidImpl gezondheid,
            @Reference(name = "gebeurtenissen") Gebeurtenissen gebeurtenissen) {
        this.gezondheid = gezondheid;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public List<Gemeente> alle() {
        return perId.values().stream().sorted(Comparator.comparing(Gemeente::id)).toList();
    }

    @Override
    public Optional<Gemeente> zoek(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(perId.get(id));
    }

    /** The user's view, trusted as the platform's own (the door asks who calls first). */
    @Override
    public List<Gemeente> zichtbaar(Namens namens) {
        return alle().stream().filter(g -> Toegangsregels.zietGemeente(namens.gebruiker(), g.id())).toList();
    }

    @Override
    public Optional<Gemeente> zoek(Namens namens, String id) {
        return Toegangsregels.zietGemeente(namens.gebruiker(), id) ? zoek(id) : Optional.empty();
    }

    /** A valid configuration: it replaces the previous one of the same pid. */
    public void zet(String pid, String bron, Gemeente gemeente) {
        Gemeente oud;
        synchronized (this) {
            for (Map.Entry<String, Gemeente> e : perPid.entrySet()) {
                if (!e.getKey().equals(pid) && e.getValue().id().equals(gemeente.id())) {
                    weiger(pid, bron, "de id '" + gemeente.id() + "' is al in gebruik door een andere configuratie");
                    return;
                }
            }
            oud = perPid.put(pid, gemeente);
            herbereken();
        }
        gezondheid.herstel(BRON + pid);
        if (!gemeente.equals(oud)) {
            LOG.info("Gemeente '{}' ({}) is {} uit {}", gemeente.id(), Tekst.voorLog(gemeente.naam()),
                    oud == null ? "toegevoegd" : "bijgewerkt", bron);
            if (oud != null && !oud.id().equals(gemeente.id())) {
                meldGewijzigd(oud.id());
            }
            meldGewijzigd(gemeente.id());
        }
    }

    /** An invalid configuration: logged once, reported as a warning, the last valid one stays. */
    public void weiger(String pid, String bron, String reden) {
        Gemeente laatste;
        synchronized (this) {
            laatste = perPid.get(pid);
        }
        String gevolg = laatste == null
                ? "er is nog geen geldige versie, dus deze gemeente is niet actief"
                : "de laatste geldige configuratie van gemeente '" + laatste.id() + "' blijft van kracht";
        String zin = "Gemeenteconfiguratie " + bron + " geweigerd: " + reden + "; " + gevolg + ".";
        LOG.error("{}", Tekst.neutraliseer(zin));
        gezondheid.meld(BRON + pid, zin);
    }

    /**
     * The configuration is gone: deleted (logged, event), or just no longer active because the bundle stops
     * (silent: the gemeente still exists).
     */
    public void verwijder(String pid, boolean verwijderd) {
        Gemeente oud;
        synchronized (this) {
            oud = perPid.remove(pid);
            herbereken();
        }
        gezondheid.herstel(BRON + pid);
        if (oud != null && verwijderd) {
            LOG.info("Gemeente '{}' is verwijderd uit de configuratie", oud.id());
            meldGewijzigd(oud.id());
        }
    }

    private void herbereken() {
        Map<String, Gemeente> nieuw = new HashMap<>();
        perPid.values().forEach(g -> nieuw.put(g.id(), g));
        perId = Map.copyOf(nieuw);
    }

    private void meldGewijzigd(String id) {
        gebeurtenissen.post(DoorbraakEvents.GEMEENTE_GEWIJZIGD, Map.of(DoorbraakEvents.GEMEENTE, Objects.requireNonNull(id)));
    }
}
