package nl.doorbraak.api.variant;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Een onderdeel van een plug-in dat een gemeente aanzet zoals een tafelvariant, met zijn id in {@code varianten} van
 * haar configuratie, maar dat geen tafelvariant is: er komen geen tafels of casussen van deze soort. De City Deal
 * <em>rode knop</em> is er een: hij voegt aan elke casus van de gemeente iets toe (het Rijk op de escalatieroute, eigen
 * routes en schermen).
 *
 * <p>Wat de core belooft: het id telt als een variant van de plug-in (de {@link nl.doorbraak.api.service.GemeenteService}
 * toont hem de gemeenten die het aanzetten, {@link nl.doorbraak.api.http.VariantEndpoint#variant()} mag het noemen);
 * een tafel kan het niet als variant krijgen ({@code 400}); {@code /api/health} waarschuwt niet zolang de plug-in er is.
 *
 * <pre>{@code
 * @Component(service = Onderdeel.class)
 * public class RodeKnopOnderdeel implements Onderdeel {
 *     public String id() { return "rodeknop"; }
 *     public String naam() { return "City Deal rode knop"; }
 * }
 * }</pre>
 *
 * @since 1.1
 */
@ConsumerType
public interface Onderdeel {

    /** Stabiel id, kleine letters; uniek naast de ids van tafelvarianten. */
    String id();

    /** Nederlandse naam voor mensen. */
    String naam();
}
