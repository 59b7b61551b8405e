package nl.doorbraak.web.plugin;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.http.RijkEndpoint;
import nl.doorbraak.api.http.VariantEndpoint;
import nl.doorbraak.web.Signaal;

/**
 * De {@link VariantEndpoint}s (of, in het register voor het Rijk, de {@link RijkEndpoint}s) die nu gebonden zijn, per
 * segment (het whiteboard-patroon van Sling's ServletMounter). Een verzoek pakt eenmaal het actieve endpoint en houdt
 * dat vast; een bind of unbind daarna raakt het niet. Segmenten die ooit gebonden waren worden onthouden met hun
 * variant: dan wordt een plug-in bijgewerkt en wacht een verzoek even in plaats van 404 te krijgen. De twee soorten
 * hebben elk een eigen register (eigen segmenten: {@code /api/gemeenten/{gemeente}/{segment}} en
 * {@code /api/rijk/{segment}}) met dezelfde regels.
 */
public final class EndpointRegister {

    // the logger keeps the name it had before the bundle was split into packages: log lines stay as operators know them
    private static final Logger LOG = LoggerFactory.getLogger("nl.doorbraak.web.EndpointRegister");

    /** Segmenten van de core; een plug-in kan ze niet overnemen. */
    public static final Set<String> KERNSEGMENTEN = Set.of("tafels", "casussen", "bijeenkomsten", "besluiten", "acties",
            "potjes", "verwerkingen", "escalaties", "escalatieroute", "contacten", "signalen", "rapportage",
            "rapportage.csv", "gebruikers");

    /** In {@link #gezien} voor een segment van het Rijk, dat geen variant heeft. */
    private static final String GEEN_VARIANT = "";

    private final Map<String, CopyOnWriteArrayList<PluginEndpoint>> perSegment = new ConcurrentHashMap<>();
    private final Map<String, String> gezien = new ConcurrentHashMap<>();
    private final AtomicLong generatie = new AtomicLong();
    private final Signaal signaal;
    private final LongSupplier afbouwMs;
    /** Of dit het register van de {@link RijkEndpoint}s is (in logregels en waarschuwingen: "Rijk-segment"). */
    private final boolean rijk;

    /** Het register van de {@link VariantEndpoint}s. */
    public EndpointRegister(Signaal signaal, LongSupplier afbouwMs) {
        this(signaal, afbouwMs, false);
    }

    private EndpointRegister(Signaal signaal, LongSupplier afbouwMs, boolean rijk) {
        this.signaal = signaal;
        this.afbouwMs = afbouwMs;
        this.rijk = rijk;
    }

    /** Het register van de {@link RijkEndpoint}s: routes onder {@code /api/rijk/{segment}}. */
    public static EndpointRegister voorHetRijk(Signaal signaal, LongSupplier afbouwMs) {
        return new EndpointRegister(signaal, afbouwMs, true);
    }

    /** Of dit het register van de {@link RijkEndpoint}s is. */
    public boolean rijk() {
        return rijk;
    }

    private String segmentWoord() {
        return rijk ? "Rijk-segment" : "Segment";
    }

    public void voegToe(VariantEndpoint endpoint, String bundle) {
        voegToe(endpoint, bundle, null);
    }

    /**
     * Bindt een endpoint. Zijn er al endpoints onder hetzelfde segment, dan blijft het eerste actief (OSGi-volgorde),
     * behalve als het nieuwe een hogere versie van dezelfde bundle is: dan wint de hoogste versie, zoals bij twee
     * bestanden van één plug-in in deploy/.
     */
    public void voegToe(VariantEndpoint endpoint, String symbolischeNaam, org.osgi.framework.Version versie) {
        voegToe(endpoint, symbolischeNaam, versie, null);
    }

    /**
     * @param bestanden de bestanden van de bundle ({@code Bundle::getEntry}), voor de modules van haar schermen;
     *                  {@code null}: geen
     */
    public void voegToe(VariantEndpoint endpoint, String symbolischeNaam, org.osgi.framework.Version versie,
            Function<String, URL> bestanden) {
        if (rijk) {
            throw new IllegalStateException("Een VariantEndpoint hoort niet in het register van het Rijk");
        }
        String bundle = versie == null ? symbolischeNaam : symbolischeNaam + " " + versie;
        PluginEndpoint pe;
        try {
            pe = PluginEndpoint.van(endpoint, symbolischeNaam, versie, bestanden);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Plug-in-endpoint van bundle {} genegeerd: {}", bundle, e.getMessage(), e);
            return;
        }
        voegToe(pe);
    }

    /** Bindt een {@link RijkEndpoint} (alleen in het register van het Rijk), met dezelfde regels. */
    public void voegToe(RijkEndpoint endpoint, String symbolischeNaam, org.osgi.framework.Version versie,
            Function<String, URL> bestanden) {
        if (!rijk) {
            throw new IllegalStateException("Een RijkEndpoint hoort in het register van het Rijk");
        }
        String bundle = versie == null ? symbolischeNaam : symbolischeNaam + " " + versie;
        PluginEndpoint pe;
        try {
            pe = PluginEndpoint.vanRijk(endpoint, symbolischeNaam, versie, bestanden);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Rijk-endpoint van bundle {} genegeerd: {}", bundle, e.getMessage(), e);
            return;
        }
        voegToe(pe);
    }

    /** Een Rijk-endpoint zonder versie of bestanden (tests). */
    public void voegToe(RijkEndpoint endpoint, String bundle) {
        voegToe(endpoint, bundle, null, null);
    }

    private void voegToe(PluginEndpoint pe) {
        Object endpoint = pe.endpoint();
        String bundle = pe.bundle();
        if (!rijk && KERNSEGMENTEN.contains(pe.segment())) {
            LOG.error("Plug-in {} wil segment '{}', maar dat is van de core; genegeerd", bundle, pe.segment());
            return;
        }
        // compute: toevoegen en verwijderen van hetzelfde segment lopen nooit door elkaar
        boolean[] al = {false};
        PluginEndpoint[] verdrongen = {null};
        CopyOnWriteArrayList<PluginEndpoint> lijst = perSegment.compute(pe.segment(), (s, l) -> {
            CopyOnWriteArrayList<PluginEndpoint> nieuw = l == null ? new CopyOnWriteArrayList<>() : l;
            // SCR bindt één service soms twee keer als zijn registratie samenvalt met de activering van deze servlet
            // (gezien bij het starten: doorbraak-database en FelixStartLevel) en ontbindt hem één keer: telt één keer
            al[0] = nieuw.stream().anyMatch(x -> x.endpoint() == endpoint);
            if (!al[0]) {
                // vóór de eerste lagere versie van dezelfde bundle, anders achteraan
                int plek = nieuw.size();
                for (int i = 0; i < nieuw.size(); i++) {
                    if (pe.hogereVersieDan(nieuw.get(i))) {
                        plek = i;
                        break;
                    }
                }
                if (plek == 0 && !nieuw.isEmpty()) {
                    verdrongen[0] = nieuw.get(0);
                }
                nieuw.add(plek, pe);
            }
            return nieuw;
        });
        if (al[0]) {
            LOG.debug("Plug-in-endpoint van {} onder segment '{}' was al gebonden", bundle, pe.segment());
            return;
        }
        PluginEndpoint actief = lijst.isEmpty() ? null : lijst.get(0);
        if (actief != pe) {
            if (actief != null && actief.hogereVersieDan(pe)) {
                LOG.warn("Plug-in-routes van {} onder segment '{}' worden genegeerd: {} levert ze al, een hogere "
                        + "versie van dezelfde bundle", bundle, pe.segment(), actief.bundle());
            } else {
                LOG.warn("{} '{}' wordt door {} plug-ins geleverd; {} blijft actief, {} wordt genegeerd",
                        segmentWoord(), pe.segment(), lijst.size(), actief == null ? "geen" : actief.bundle(), bundle);
            }
        }
        for (PluginRoute r : pe.routes()) {
            if (r.route().rollen().isEmpty()) {
                LOG.warn("Route {} {} van {} noemt geen rollen en is dus voor niemand bereikbaar", r.methode(),
                        (rijk ? "/api/rijk/" : "") + pe.segment() + r.pad(), bundle);
            }
        }
        gezien.put(pe.segment(), pe.variant() == null ? GEEN_VARIANT : pe.variant());
        generatie.incrementAndGet();
        if (actief == pe) {
            LOG.info("Plug-in-routes van {} actief onder {} '{}' ({} routes){}", bundle,
                    rijk ? "Rijk-segment" : "segment", pe.segment(),
                    pe.routes().size(), verdrongen[0] == null ? ""
                            : ", in plaats van " + verdrongen[0].bundle() + " (een lagere versie; die wordt genegeerd)");
        }
        signaal.meld();
    }

    /** Ontbindt een endpoint ({@link VariantEndpoint} of {@link RijkEndpoint}) en wacht op zijn lopende verzoeken. */
    public void verwijder(Object endpoint) {
        for (CopyOnWriteArrayList<PluginEndpoint> lijst : perSegment.values()) {
            for (PluginEndpoint pe : lijst) {
                if (pe.endpoint() == endpoint) {
                    boolean wasActief = actief(pe.segment()) == pe;
                    perSegment.computeIfPresent(pe.segment(), (s, l) -> {
                        l.remove(pe);
                        return l.isEmpty() ? null : l;
                    });
                    generatie.incrementAndGet();
                    LOG.info("Plug-in-routes onder {} '{}' van {} verwijderd", rijk ? "Rijk-segment" : "segment",
                            pe.segment(), pe.bundle());
                    PluginEndpoint opvolger = actief(pe.segment());
                    if (wasActief && opvolger != null) {
                        LOG.info("Plug-in-routes van {} nu actief onder segment '{}' ({} routes)", opvolger.bundle(),
                                opvolger.segment(), opvolger.routes().size());
                    }
                    // pas terugkeren als lopende verzoeken klaar zijn: daarna deactiveert SCR de plug-in
                    pe.gebruik().trekIn();
                    signaal.meld();
                    if (!pe.gebruik().wachtTotKlaar(afbouwMs.getAsLong())) {
                        LOG.warn("Plug-in {} verwijderd terwijl nog {} verzoek(en) liepen", pe.bundle(),
                                pe.gebruik().bezig());
                    }
                    return;
                }
            }
        }
    }

    /** Het actieve endpoint van een segment, of {@code null}. */
    public PluginEndpoint actief(String segment) {
        CopyOnWriteArrayList<PluginEndpoint> lijst = perSegment.get(segment);
        if (lijst == null) {
            return null;
        }
        // kan tussen isEmpty en get leeg raken: dan geen endpoint
        Object[] kopie = lijst.toArray();
        return kopie.length == 0 ? null : (PluginEndpoint) kopie[0];
    }

    /**
     * De variant waarvoor dit segment laatst gebonden was; {@code null} als het nooit gezien is, {@code ""} voor een
     * segment van het Rijk.
     */
    String gezienVariant(String segment) {
        return gezien.get(segment);
    }

    /** Verandert bij elke bind en unbind; het OpenAPI-document wordt dan opnieuw gemaakt. */
    public long generatie() {
        return generatie.get();
    }

    /** De actieve endpoints, op segment gesorteerd. */
    public List<PluginEndpoint> alleActieve() {
        TreeMap<String, PluginEndpoint> m = new TreeMap<>();
        for (String segment : perSegment.keySet()) {
            PluginEndpoint pe = actief(segment);
            if (pe != null) {
                m.put(segment, pe);
            }
        }
        return new ArrayList<>(m.values());
    }

    /**
     * Een bestand van een plug-in voor {@code /plugins/...}: alleen van een bundle die nu een actief endpoint levert,
     * in precies die versie (na een update is de oude URL weg).
     *
     * @param pad al gecontroleerd met {@link nl.doorbraak.api.http.Scherm#geldigPad}
     * @return {@code null} als er zo'n bundle of bestand niet is
     */
    public URL bestand(String symbolischeNaam, String versie, String pad) {
        for (PluginEndpoint pe : alleActieve()) {
            if (pe.symbolischeNaam().equals(symbolischeNaam) && pe.versie() != null
                    && pe.versie().toString().equals(versie)) {
                URL url = pe.bestand(pad);
                if (url != null) {
                    return url;
                }
            }
        }
        return null;
    }

    /** Waarschuwingen voor {@code /api/health}: segmenten die door meer dan één plug-in worden geleverd. */
    public List<String> waarschuwingen() {
        List<String> w = new ArrayList<>();
        for (Map.Entry<String, CopyOnWriteArrayList<PluginEndpoint>> e : new TreeMap<>(perSegment).entrySet()) {
            List<PluginEndpoint> lijst = List.copyOf(e.getValue());
            // twee versies van één bundle: de waarschuwing over deploy/ noemt de bestanden (PlatformRoutes)
            if (lijst.stream().map(PluginEndpoint::symbolischeNaam).distinct().count() > 1) {
                List<String> bundles = lijst.stream().map(PluginEndpoint::bundle).toList();
                w.add(segmentWoord() + " '" + e.getKey() + "' wordt geleverd door " + String.join(", ", bundles) + "; alleen "
                        + bundles.get(0) + " is actief.");
            }
        }
        return w;
    }
}
