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

    /**
     * Id van de variant (of het {@link nl.doorbraak.api.variant.Onderdeel}) waar deze routes bij horen; alleen
     * gemeenten die die variant gebruiken zien ze.
     */
    String variant();

    List<Route> routes();

    /**
     * Schermen van deze plug-in in de webapplicatie: menu-items met een ES-module uit de eigen bundle (zie
     * {@link Scherm} voor het contract van de module). De web-bundle leest ze één keer, als de plug-in zich aanmeldt,
     * en toont ze in gemeenten die {@link #variant()} gebruiken, aan de rollen die elk scherm noemt.
     *
     * @return standaard geen
     * @since 1.1
     */
    default List<Scherm> schermen() {
        return List.of();
    }

    /**
     * Delen van het casusscherm: een blok met een eigen kop op de pagina van één casus, getekend door een ES-module uit
     * de eigen bundle (hetzelfde contract als een {@link Scherm}; {@link Scherm#titel()} is de kop van het blok). De
     * context van de module heeft daarbij {@code casus}: het id van de getoonde casus. Alleen in gemeenten die
     * {@link #variant()} gebruiken, voor de genoemde rollen, bij casussen van elke variant.
     *
     * @return standaard geen
     * @since 1.1
     */
    default List<Scherm> casusdelen() {
        return List.of();
    }
}
