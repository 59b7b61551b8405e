package nl.doorbraak.web.plugin;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.osgi.framework.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.http.Route;
import nl.doorbraak.api.http.Scherm;
import nl.doorbraak.api.http.VariantEndpoint;
import nl.doorbraak.web.Gebruik;

/** Een gebonden {@link VariantEndpoint} met zijn routes, eenmaal ontleed bij het binden. */
public final class PluginEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger("nl.doorbraak.web.EndpointRegister");

    private final VariantEndpoint endpoint;
    private final String segment;
    private final String variant;
    private final String bundle;
    private final String symbolischeNaam;
    private final Version versie;
    private final List<PluginRoute> routes;
    private final List<Scherm> schermen;
    /** Een bestand uit de bundle van de plug-in ({@code Bundle.getEntry}); {@code null} buiten OSGi. */
    private final Function<String, URL> bestanden;
    private final Gebruik gebruik = new Gebruik();

    private PluginEndpoint(VariantEndpoint endpoint, String segment, String variant, String symbolischeNaam,
            Version versie, List<PluginRoute> routes, List<Scherm> schermen, Function<String, URL> bestanden) {
        this.endpoint = endpoint;
        this.segment = segment;
        this.variant = variant;
        this.bundle = versie == null ? symbolischeNaam : symbolischeNaam + " " + versie;
        this.symbolischeNaam = symbolischeNaam;
        this.versie = versie;
        this.routes = routes;
        this.schermen = schermen;
        this.bestanden = bestanden;
    }

    /**
     * @param symbolischeNaam de bundle die het endpoint levert
     * @param versie          haar versie; {@code null} als onbekend
     * @throws IllegalArgumentException (of wat de plug-in gooit) als het endpoint onbruikbaar is
     */
    static PluginEndpoint van(VariantEndpoint endpoint, String symbolischeNaam, Version versie,
            Function<String, URL> bestanden) {
        String segment = endpoint.segment();
        if (segment == null || !segment.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("segment '" + segment + "' is niet kleine letters, cijfers en '-'");
        }
        String variant = endpoint.variant();
        if (variant == null || variant.isBlank()) {
            throw new IllegalArgumentException("segment '" + segment + "' noemt geen variant");
        }
        List<Route> opgegeven = endpoint.routes();
        List<PluginRoute> routes = new ArrayList<>();
        for (Route r : opgegeven == null ? List.<Route>of() : opgegeven) {
            routes.add(PluginRoute.van(r));
        }
        routes.sort(Comparator.comparingInt(PluginRoute::specificiteit).reversed());
        return new PluginEndpoint(endpoint, segment, variant, symbolischeNaam, versie, List.copyOf(routes),
                schermen(endpoint, segment, symbolischeNaam, versie), bestanden);
    }

    /**
     * De schermen van het endpoint. Zijn ze onbruikbaar (de plug-in gooit, twee met één id), dan zonder schermen: de
     * routes werken dan gewoon, en de log zegt waarom het menu-item ontbreekt.
     */
    private static List<Scherm> schermen(VariantEndpoint endpoint, String segment, String symbolischeNaam,
            Version versie) {
        String bundle = versie == null ? symbolischeNaam : symbolischeNaam + " " + versie;
        List<Scherm> opgegeven;
        try {
            opgegeven = endpoint.schermen();
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Schermen van {} (segment '{}') genegeerd: {}", bundle, segment, e.getMessage(), e);
            return List.of();
        }
        if (opgegeven == null || opgegeven.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new HashSet<>();
        for (Scherm s : opgegeven) {
            if (s == null || !ids.add(s.id())) {
                LOG.error("Schermen van {} (segment '{}') genegeerd: {}", bundle, segment,
                        s == null ? "een scherm is null" : "scherm-id '" + s.id() + "' komt twee keer voor");
                return List.of();
            }
            if (s.rollen().isEmpty()) {
                LOG.warn("Scherm '{}' van {} noemt geen rollen en is dus voor niemand zichtbaar", s.id(), bundle);
            }
        }
        return List.copyOf(opgegeven);
    }

    VariantEndpoint endpoint() {
        return endpoint;
    }

    public String segment() {
        return segment;
    }

    public String variant() {
        return variant;
    }

    /** Symbolische naam en versie van de bundle, voor foutmeldingen en het OpenAPI-document. */
    public String bundle() {
        return bundle;
    }

    /**
     * Of {@code ander} een lagere versie van dezelfde bundle is (twee bestanden ervan in deploy/): dan is dit
     * endpoint het actieve, zoals de launcher en de core ook kiezen.
     */
    boolean hogereVersieDan(PluginEndpoint ander) {
        return versie != null && ander.versie != null && symbolischeNaam.equals(ander.symbolischeNaam)
                && versie.compareTo(ander.versie) > 0;
    }

    String symbolischeNaam() {
        return symbolischeNaam;
    }

    /** Symbolische naam van de bundle, zoals in de URL van haar bestanden. */
    public String symbolischeNaamVanBundle() {
        return symbolischeNaam;
    }

    /** Versie van de bundle, zoals in de URL van haar bestanden; {@code null} als onbekend. */
    public Version versie() {
        return versie;
    }

    /** De schermen, eenmaal gelezen en gecontroleerd bij het binden. */
    public List<Scherm> schermen() {
        return schermen;
    }

    /**
     * Een bestand uit de bundle; {@code null} als het er niet is of de bundle er niet meer is.
     *
     * @param pad al gecontroleerd met {@link Scherm#geldigPad}
     */
    URL bestand(String pad) {
        if (bestanden == null) {
            return null;
        }
        try {
            return bestanden.apply(pad);
        } catch (IllegalStateException e) {
            return null; // uninstalled meanwhile
        }
    }

    public List<PluginRoute> routes() {
        return routes;
    }

    public Gebruik gebruik() {
        return gebruik;
    }
}
