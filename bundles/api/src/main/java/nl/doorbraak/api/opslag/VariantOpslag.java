package nl.doorbraak.api.opslag;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.service.ConflictException;

/**
 * Opslag voor de eigen gegevens van een plug-in: JSON-documenten per gemeente en collectie. De service is
 * per bundle: elke plug-in ziet alleen zijn eigen documenten (afgeschermd op zijn Bundle-SymbolicName), en zijn
 * gegevens blijven bewaard als hij wordt bijgewerkt of verwijderd.
 *
 * <pre>{@code
 * Document d = opslag.bewaar("utrecht", "gesprekken", "g-17", 1, Map.of("ondernemer", "Bakkerij K."), 0);
 * opslag.lees("utrecht", "gesprekken", "g-17").map(Document::inhoud);
 * }</pre>
 */
@ProviderType
public interface VariantOpslag {

    Optional<Document> lees(String gemeente, String collectie, String id);

    /** Alle documenten van een collectie, op id gesorteerd. */
    List<Document> lijst(String gemeente, String collectie);

    /**
     * Bewaart een document in één transactie.
     *
     * @param verwachteVersie {@code 0} voor een nieuw document, anders de versie die de plug-in het laatst las
     * @throws ConflictException als het document intussen is gewijzigd of al bestaat
     */
    Document bewaar(String gemeente, String collectie, String id, int schemaVersie, java.util.Map<String, Object> inhoud,
            long verwachteVersie);

    /** @return of er iets verwijderd is */
    boolean verwijder(String gemeente, String collectie, String id);
}
