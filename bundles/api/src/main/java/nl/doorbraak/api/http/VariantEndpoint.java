package nl.doorbraak.api.http;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * HTTP-routes van een plug-in. Een plug-in registreert geen servlets: de web-bundle routeert
 * {@code /api/gemeenten/{gemeente}/{segment}/...} naar deze service, controleert login, rol en gemeente, wacht kort
 * als de plug-in net wordt bijgewerkt en antwoordt anders {@code 503} met {@code Retry-After}. De routes staan
 * vanzelf in {@code /api/openapi.json}.
 *
 * <pre>{@code
 * @Component(service = VariantEndpoint.class)
 * public class ToekomstgesprekkenEndpoint implements VariantEndpoint {
 *     @Reference VariantOpslag opslag;
 *     public String segment() { return "toekomstgesprekken"; }
 *     public String variant() { return "utrecht-ondernemers"; }
 *     public List<Route> routes() {
 *         return List.of(new Route("GET", "", "Lijst van toekomstgesprekken", Set.of(Rol.CASUSREGISSEUR),
 *                 v -> Antwoord.ok(opslag.lijst(v.gemeente(), "gesprekken"))));
 *     }
 * }
 * }</pre>
 */
@ConsumerType
public interface VariantEndpoint {

    /** Het eerste pad-deel na de gemeente, uniek op het platform, kleine letters; bijvoorbeeld {@code rodeknop}. */
    String segment();

    /** Id van de variant waar deze routes bij horen; alleen gemeenten die die variant gebruiken zien ze. */
    String variant();

    List<Route> routes();
}
