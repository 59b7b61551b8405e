package nl.doorbraak.api.http;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * HTTP-routes van een plug-in voor wie bij geen gemeente hoort: het Rijk (ministeries en landelijke uitvoerders,
 * rol {@code rijk}). De web-bundle routeert {@code /api/rijk/{segment}/...} naar deze service, na login en de rollen
 * van de route, met dezelfde afspraken als {@link VariantEndpoint} (wachten tijdens een update, 503, fouten van de
 * plug-in als nette 500, de routes in {@code /api/openapi.json}). {@link Verzoek#gemeente()} is hier {@code null}:
 * de plug-in beslist zelf welke gegevens van welke gemeenten hij toont, en legt elke inzage van gegevens over een
 * casus vast in het {@link nl.doorbraak.api.service.VerwerkingenLog}.
 *
 * <pre>{@code
 * @Component(service = RijkEndpoint.class)
 * public class RijkInbox implements RijkEndpoint {
 *     public String segment() { return "rodeknop"; }
 *     public List<Route> routes() {
 *         return List.of(new Route("GET", "/inbox", "Zaken voor uw partij", Set.of(Rol.RIJK), this::inbox));
 *     }
 *     public List<Scherm> schermen() {
 *         return List.of(new Scherm("rijk-inbox", "Inbox", Set.of(Rol.RIJK), "ui/inbox.js"));
 *     }
 * }
 * }</pre>
 *
 * @since 1.1
 */
@ConsumerType
public interface RijkEndpoint {

    /** Het eerste pad-deel na {@code /api/rijk}, uniek onder de Rijk-endpoints, kleine letters. */
    String segment();

    List<Route> routes();

    /**
     * Schermen voor accounts zonder gemeente (het Rijk): menu-items met een ES-module uit de eigen bundle, zoals bij
     * {@link VariantEndpoint#schermen()}. In de context van de module is {@code gemeente} {@code null}.
     *
     * @return standaard geen
     */
    default List<Scherm> schermen() {
        return List.of();
    }
}
