package nl.doorbraak.api.domein;

import java.util.List;

/**
 * Eén pagina uit een lijst.
 *
 * @param count  het totale aantal resultaten over alle pagina's
 * @param page   paginanummer, vanaf 1
 */
public record Pagina<T>(long count, int page, int pageSize, List<T> results) {

    public Pagina {
        results = List.copyOf(results);
    }

    public boolean heeftVolgende() {
        return (long) page * pageSize < count;
    }
}
