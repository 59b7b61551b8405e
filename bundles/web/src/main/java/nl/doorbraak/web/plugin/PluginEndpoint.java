package nl.doorbraak.web.plugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Version;

import nl.doorbraak.api.http.Route;
import nl.doorbraak.api.http.VariantEndpoint;
import nl.doorbraak.web.Gebruik;

/** Een gebonden {@link VariantEndpoint} met zijn routes, eenmaal ontleed bij het binden. */
public final class PluginEndpoint {

    private final VariantEndpoint endpoint;
    private final String segment;
    private final String variant;
    private final String bundle;
    private final String symbolischeNaam;
    private final Version versie;
    private final List<PluginRoute> routes;
    private final Gebruik gebruik = new Gebruik();

    private PluginEndpoint(VariantEndpoint endpoint, String segment, String variant, String symbolischeNaam,
            Version versie, List<PluginRoute> routes) {
        this.endpoint = endpoint;
        this.segment = segment;
        this.variant = variant;
        this.bundle = versie == null ? symbolischeNaam : symbolischeNaam + " " + versie;
        this.symbolischeNaam = symbolischeNaam;
        this.versie = versie;
        this.routes = routes;
    }

    /**
     * @param symbolischeNaam de bundle die het endpoint levert
     * @param versie          haar versie; {@code null} als onbekend
     * @throws IllegalArgumentException (of wat de plug-in gooit) als het endpoint onbruikbaar is
     */
    static PluginEndpoint van(VariantEndpoint endpoint, String symbolischeNaam, Version versie) {
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
        return new PluginEndpoint(endpoint, segment, variant, symbolischeNaam, versie, List.copyOf(routes));
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

    public List<PluginRoute> routes() {
        return routes;
    }

    public Gebruik gebruik() {
        return gebruik;
    }
}
