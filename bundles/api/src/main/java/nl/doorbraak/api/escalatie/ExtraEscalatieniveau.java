package nl.doorbraak.api.escalatie;

import org.osgi.annotation.versioning.ConsumerType;

import nl.doorbraak.api.domein.Gemeente;

/**
 * Een escalatieniveau dat een plug-in boven de geconfigureerde escalatieroute van een gemeente zet; de City Deal
 * <em>rode knop</em> zet er zo het Rijk boven. Een plug-in-bundle registreert het als OSGi-service; de core vindt het
 * dynamisch, dus de plug-in kan worden bijgewerkt of verwijderd terwijl het platform draait.
 *
 * <p>Wat de core belooft:
 * <ul>
 * <li>Het niveau komt boven alle geconfigureerde niveaus van de gemeenten waarvoor {@link #geldtVoor} {@code true}
 * geeft. Leveren meer plug-ins een niveau, dan staan ze op volgorde van {@link #id()}.</li>
 * <li>Heeft de gemeente zelf al een niveau met dit id, dan geldt dat van de gemeente (de beheerder beslist).</li>
 * <li>{@link #id()}, {@link #naam()} en {@link #reactietermijnDagen()} worden eenmaal gelezen, bij het aanmelden, en
 * bij elke escalatie vastgelegd: escalaties op dit niveau blijven leesbaar als de plug-in weg is. Nieuwe escalaties
 * naar het niveau wachten dan even (zoals bij een tafelvariant die wordt bijgewerkt) en krijgen anders 503 met
 * {@code Retry-After}.</li>
 * <li>{@link #geldtVoor} wordt vaak aangeroepen: snel en zonder bijwerkingen. Gooit het, dan geldt het niveau niet
 * voor die gemeente en staat de fout in het log.</li>
 * <li>Geeft {@link #ingang()} een zin, dan escaleert alleen de bundle die het niveau levert ernaartoe (met wat het
 * niveau nodig heeft, zoals de vragen van de rode knop); de escalatieroute van de core en andere bundles krijgen dan
 * die zin als antwoord (400 bij een gekozen niveau, 409 bij doorescaleren).</li>
 * </ul>
 *
 * <pre>{@code
 * @Component(service = ExtraEscalatieniveau.class)
 * public class RodeKnop implements ExtraEscalatieniveau {
 *     public String id() { return "rijk"; }
 *     public String naam() { return "Rijk (rode knop)"; }
 *     public int reactietermijnDagen() { return 30; }
 *     public boolean geldtVoor(Gemeente gemeente) { return gemeente.gebruiktVariant("rodeknop"); }
 * }
 * }</pre>
 */
@ConsumerType
public interface ExtraEscalatieniveau {

    /** Stabiel id, kleine letters, bijvoorbeeld {@code rijk}; staat in elke escalatie op dit niveau. */
    String id();

    /** Nederlandse naam voor mensen. */
    String naam();

    /** Binnen zoveel kalenderdagen moet het niveau reageren; 1 tot en met 365. */
    int reactietermijnDagen();

    /** Of het niveau bij de escalatieroute van deze gemeente hoort; standaard bij elke gemeente. */
    default boolean geldtVoor(Gemeente gemeente) {
        return true;
    }

    /**
     * Hoe gebruikers naar dit niveau escaleren als alleen de plug-in dat mag, in het Nederlands, bijvoorbeeld "Naar
     * het Rijk gaat een casus met de rode knop op de casus."; {@code null} (standaard): via de escalatieroute van de
     * core, zoals elk niveau. Eenmaal gelezen, bij het aanmelden.
     *
     * @since 1.1
     */
    default String ingang() {
        return null;
    }
}
