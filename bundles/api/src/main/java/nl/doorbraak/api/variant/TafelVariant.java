package nl.doorbraak.api.variant;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.StatusWijziging;
import nl.doorbraak.api.service.VeldFout;

/**
 * Een tafelvariant: wat een gemeente of programma anders doet dan de standaard doorbraaktafel. Een plug-in-bundle
 * registreert er één als OSGi-service; de core vindt hem dynamisch, dus de plug-in kan worden bijgewerkt of
 * verwijderd terwijl het platform draait.
 *
 * <p>Regels die hot swap veilig houden:
 * <ul>
 * <li>Gebruik alleen JSON-achtige waarden (String, Number, Boolean, List, Map) in variantgegevens, nooit eigen
 * klassen: de core bewaart ze en de plug-in kan morgen een andere versie zijn.</li>
 * <li>Verhoog {@link #schemaVersie()} als de velden veranderen en zet oudere gegevens om in
 * {@link #upgrade(int, Map)}.</li>
 * <li>Reacties ({@link #bijIntake}, {@link #bijStatuswijziging}) zijn snel en gooien liefst niets; een fout wordt
 * gelogd en raakt de casus niet.</li>
 * </ul>
 *
 * <pre>{@code
 * @Component(service = TafelVariant.class)
 * public class SpoedVariant implements TafelVariant {
 *     public String id() { return "spoed"; }
 *     public String naam() { return "Spoedtafel"; }
 *     public int schemaVersie() { return 2; }
 *     public List<VariantVeld> velden() {
 *         return List.of(VariantVeld.keuze("urgentie", "Urgentie", true, List.of("hoog", "spoed")),
 *                        VariantVeld.tekst("terugbelnummerRegisseur", "Terugbelnummer", false, 20));
 *     }
 *     public Map<String, Object> upgrade(int vanVersie, Map<String, Object> data) {
 *         Map<String, Object> nieuw = new LinkedHashMap<>(data);
 *         if (vanVersie < 2) nieuw.putIfAbsent("terugbelnummerRegisseur", "");
 *         return nieuw;
 *     }
 * }
 * }</pre>
 */
@ConsumerType
public interface TafelVariant {

    /** Stabiel id, kleine letters, bijvoorbeeld {@code standaard}; staat in tafels en casussen. */
    String id();

    /** Nederlandse naam voor mensen. */
    String naam();

    /** Korte omschrijving voor beheerders. */
    default String omschrijving() {
        return "";
    }

    /** Versie van het schema van de variantgegevens; begint bij 1. */
    int schemaVersie();

    /** De extra casusvelden van deze variant, in het huidige schema. */
    List<VariantVeld> velden();

    /**
     * Zet variantgegevens van een ouder schema om naar {@link #schemaVersie()}. De core roept dit aan bij het lezen
     * en bewaart het resultaat bij de eerstvolgende wijziging. {@code schemaVersie} zet de core zelf.
     *
     * @param vanVersie de versie waarin {@code data} is opgeslagen, lager dan {@link #schemaVersie()}
     * @return de gegevens in het huidige schema
     */
    default Map<String, Object> upgrade(int vanVersie, Map<String, Object> data) {
        return data;
    }

    /**
     * Controles bovenop die van {@link #velden()}, bijvoorbeeld velden die samen moeten kloppen.
     *
     * @param data de variantgegevens zoals ze opgeslagen zullen worden
     * @return de fouten; leeg als alles klopt
     */
    default List<VeldFout> valideer(Map<String, Object> data) {
        return List.of();
    }

    /** Na een intake van een casus van deze variant (de casus is dan vastgelegd). */
    default void bijIntake(Casus casus) {
    }

    /** Na een statusovergang van een casus van deze variant (de overgang is dan vastgelegd). */
    default void bijStatuswijziging(Casus casus, StatusWijziging wijziging) {
    }
}
