package nl.doorbraak.api.opslag;

import java.time.Instant;
import java.util.Map;

/**
 * Een opgeslagen JSON-document van een plug-in.
 *
 * <pre>{@code
 * Document d = opslag.lees("utrecht", "gesprekken", "g-17").orElseThrow();
 * Map<String, Object> nieuw = new LinkedHashMap<>(d.inhoud());
 * nieuw.put("vervolg", "2026-12-03");
 * opslag.bewaar("utrecht", "gesprekken", d.id(), d.schemaVersie(), nieuw, d.versie()); // Conflict als intussen gewijzigd
 * }</pre>
 *
 * @param inhoud JSON-achtige waarden (Map, List, String, Number, Boolean)
 * @param versie optimistische vergrendeling: stijgt bij elke wijziging
 */
public record Document(String collectie, String id, int schemaVersie, Map<String, Object> inhoud, long versie,
        Instant gewijzigd) {
}
