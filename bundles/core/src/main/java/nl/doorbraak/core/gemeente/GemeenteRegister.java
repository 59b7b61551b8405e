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

import nl.doorbraak.api.beheer.Huisstijl;
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
    /** Guarded by this: configuration pid to the rest of its last valid configuration. */
    private final Map<String, Extra> extraPerPid = new HashMap<>();
    /** Replaced as a whole, read without locking. */
    private volatile Map<String, Gemeente> perId = Map.of();
    /** Replaced as a whole with {@link #perId}: gemeente id to the rest of its configuration. */
    private volatile Map<String, Extra> extraPerId = Map.of();

    /**
     * What a gemeente's configuration says beyond the api's {@link Gemeente}.
     *
     * @param huisstijl its own colours and whether it has a logo
     * @param bestand   the file in config/ it came from, or {@code null} (a configuration made otherwise)
     * @param logo      the logo's path relative to the installation, or {@code null}
     */
    public record Extra(Huisstijl huisstijl, java.nio.file.Path bestand, String logo) {
        static final Extra GEEN = new Extra(new Huisstijl(null, null, false), null, null);
    }

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

    /** The own huisstijl of a gemeente in force (all empty when it has none). */
    public Optional<Huisstijl> huisstijl(String id) {
        return extra(id).map(Extra::huisstijl);
    }

    /** The file in config/ a gemeente in force came from. */
    public Optional<java.nio.file.Path> bestand(String id) {
        return extra(id).map(Extra::bestand);
    }

    /** The logo's path (relative to the installation) of a gemeente in force. */
    public Optional<String> logo(String id) {
        return extra(id).map(Extra::logo);
    }

    private Optional<Extra> extra(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(extraPerId.get(id));
    }

    /** A valid configuration with nothing beyond the api's gemeente. */
    public void zet(String pid, String bron, Gemeente gemeente) {
        zet(pid, bron, gemeente, Extra.GEEN);
    }

    /** A valid configuration: it replaces the previous one of the same pid. */
    public void zet(String pid, String bron, Gemeente gemeente, Extra extra) {
        Gemeente oud;
        Extra oudeExtra;
        synchronized (this) {
            for (Map.Entry<String, Gemeente> e : perPid.entrySet()) {
                if (!e.getKey().equals(pid) && e.getValue().id().equals(gemeente.id())) {
                    weiger(pid, bron, "de id '" + gemeente.id() + "' is al in gebruik door een andere configuratie");
                    return;
                }
            }
            oud = perPid.put(pid, gemeente);
            oudeExtra = extraPerPid.put(pid, extra);
            herbereken();
        }
        gezondheid.herstel(BRON + pid);
        if (!gemeente.equals(oud) || !extra.equals(oudeExtra)) {
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
            extraPerPid.remove(pid);
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
        Map<String, Extra> extras = new HashMap<>();
        perPid.forEach((pid, g) -> {
            nieuw.put(g.id(), g);
            extras.put(g.id(), extraPerPid.getOrDefault(pid, Extra.GEEN));
        });
        extraPerId = Map.copyOf(extras);
        perId = Map.copyOf(nieuw);
    }

    private void meldGewijzigd(String id) {
        gebeurtenissen.post(DoorbraakEvents.GEMEENTE_GEWIJZIGD, Map.of(DoorbraakEvents.GEMEENTE, Objects.requireNonNull(id)));
    }
}
