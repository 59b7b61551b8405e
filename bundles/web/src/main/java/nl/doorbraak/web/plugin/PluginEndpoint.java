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

import nl.doorbraak.api.http.RijkEndpoint;
import nl.doorbraak.api.http.Route;
import nl.doorbraak.api.http.Scherm;
import nl.doorbraak.api.http.VariantEndpoint;
import nl.doorbraak.web.Gebruik;

/**
 * Een gebonden {@link VariantEndpoint} of {@link RijkEndpoint} met zijn routes, schermen en delen van het
 * casusscherm, eenmaal ontleed bij het binden. Een endpoint van het Rijk heeft geen variant ({@link #variant()} is
 * {@code null}) en geen casusdelen.
 */
public final class PluginEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger("nl.doorbraak.web.EndpointRegister");

    /** De service van de plug-in, alleen om hem bij het ontbinden terug te vinden. */
    private final Object endpoint;
    private final String segment;
    private final String variant;
    private final String bundle;
    private final String symbolischeNaam;
    private final Version versie;
    private final List<PluginRoute> routes;
    private final List<Scherm> schermen;
    private final List<Scherm> casusdelen;
    /** Een bestand uit de bundle van de plug-in ({@code Bundle.getEntry}); {@code null} buiten OSGi. */
    private final Function<String, URL> bestanden;
    private final Gebruik gebruik = new Gebruik();

    private PluginEndpoint(Object endpoint, String segment, String variant, String symbolischeNaam,
            Version versie, List<PluginRoute> routes, List<Scherm> schermen, List<Scherm> casusdelen,
            Function<String, URL> bestanden) {
        this.endpoint = endpoint;
        this.segment = segment;
        this.variant = variant;
        this.bundle = versie == null ? symbolischeNaam : symbolischeNaam + " " + versie;
        this.symbolischeNaam = symbolischeNaam;
        this.versie = versie;
        this.routes = routes;
        this.schermen = schermen;
        this.casusdelen = casusdelen;
        this.bestanden = bestanden;
    }

    /**
     * @param symbolischeNaam de bundle die het endpoint levert
     * @param versie          haar versie; {@code null} als onbekend
     * @throws IllegalArgumentException (of wat de plug-in gooit) als het endpoint onbruikbaar is
     */
    static PluginEndpoint van(VariantEndpoint endpoint, String symbolischeNaam, Version versie,
            Function<String, URL> bestanden) {
        String segment = segment(endpoint.segment());
        String variant = endpoint.variant();
        if (variant == null || variant.isBlank()) {
            throw new IllegalArgumentException("segment '" + segment + "' noemt geen variant");
        }
        List<PluginRoute> routes = routes(endpoint.routes());
        String bundle = versie == null ? symbolischeNaam : symbolischeNaam + " " + versie;
        return new PluginEndpoint(endpoint, segment, variant, symbolischeNaam, versie, routes,
                schermen(endpoint::schermen, "Schermen", segment, bundle),
                schermen(endpoint::casusdelen, "Delen van het casusscherm", segment, bundle), bestanden);
    }

    /**
     * Een endpoint voor het Rijk: routes onder {@code /api/rijk/{segment}}, schermen voor accounts zonder gemeente.
     *
     * @throws IllegalArgumentException (of wat de plug-in gooit) als het endpoint onbruikbaar is
     */
    static PluginEndpoint vanRijk(RijkEndpoint endpoint, String symbolischeNaam, Version versie,
            Function<String, URL> bestanden) {
        String segment = segment(endpoint.segment());
        List<PluginRoute> routes = routes(endpoint.routes());
        String bundle = versie == null ? symbolischeNaam : symbolischeNaam + " " + versie;
        return new PluginEndpoint(endpoint, segment, null, symbolischeNaam, versie, routes,
                schermen(endpoint::schermen, "Schermen", segment, bundle), List.of(), bestanden);
    }

    private static String segment(String segment) {
        if (segment == null || !segment.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("segment '" + segment + "' is niet kleine letters, cijfers en '-'");
        }
        return segment;
    }

    private static List<PluginRoute> routes(List<Route> opgegeven) {
        List<PluginRoute> routes = new ArrayList<>();
        for (Route r : opgegeven == null ? List.<Route>of() : opgegeven) {
            routes.add(PluginRoute.van(r));
        }
        routes.sort(Comparator.comparingInt(PluginRoute::specificiteit).reversed());
        return List.copyOf(routes);
    }

    /**
     * De schermen (of casusdelen) van het endpoint. Zijn ze onbruikbaar (de plug-in gooit, twee met één id), dan
     * zonder: de routes werken dan gewoon, en de log zegt waarom het menu-item of het deel ontbreekt.
     */
    private static List<Scherm> schermen(java.util.function.Supplier<List<Scherm>> bron, String wat, String segment,
            String bundle) {
        List<Scherm> opgegeven;
        try {
            opgegeven = bron.get();
        } catch (RuntimeException | LinkageError e) {
            LOG.error("{} van {} (segment '{}') genegeerd: {}", wat, bundle, segment, e.getMessage(), e);
            return List.of();
        }
        if (opgegeven == null || opgegeven.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new HashSet<>();
        for (Scherm s : opgegeven) {
            if (s == null || !ids.add(s.id())) {
                LOG.error("{} van {} (segment '{}') genegeerd: {}", wat, bundle, segment,
                        s == null ? "een scherm is null" : "scherm-id '" + s.id() + "' komt twee keer voor");
                return List.of();
            }
            if (s.rollen().isEmpty()) {
                LOG.warn("Scherm '{}' van {} noemt geen rollen en is dus voor niemand zichtbaar", s.id(), bundle);
            }
        }
        return List.copyOf(opgegeven);
    }

    Object endpoint() {
        return endpoint;
    }

    public String segment() {
        return segment;
    }

    /** De variant; {@code null} bij een endpoint van het Rijk. */
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

    /** De delen van het casusscherm ({@link VariantEndpoint#casusdelen()}), eenmaal gelezen bij het binden. */
    public List<Scherm> casusdelen() {
        return casusdelen;
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
