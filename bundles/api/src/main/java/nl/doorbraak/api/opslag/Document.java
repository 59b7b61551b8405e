package nl.doorbraak.api.opslag;

import java.time.Instant;
import java.util.Map;

/**
 * Een opgeslagen JSON-document van een plug-in.
 *
 * @param inhoud JSON-achtige waarden (Map, List, String, Number, Boolean)
 * @param versie optimistische vergrendeling: stijgt bij elke wijziging
 */
public record Document(String collectie, String id, int schemaVersie, Map<String, Object> inhoud, long versie,
        Instant gewijzigd) {
}
