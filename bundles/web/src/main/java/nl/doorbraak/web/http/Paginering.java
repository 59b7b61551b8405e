package nl.doorbraak.web.http;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.doorbraak.api.service.VeldFout;

/** {@code ?page=&pageSize=} en de lijst {@code {"count","next","previous","results"}} zoals in de ZGW-API's. */
public record Paginering(int page, int pageSize) {

    public static final int STANDAARD_GROOTTE = 20;
    public static final int MAX_GROOTTE = 100;

    public static Paginering uit(Aanvraag a) {
        List<VeldFout> fouten = new ArrayList<>();
        int page = getal(a.queryEen("page"), 1, 1, Integer.MAX_VALUE, "page",
                "Moet een geheel getal vanaf 1 zijn.", fouten);
        int pageSize = getal(a.queryEen("pageSize"), STANDAARD_GROOTTE, 1, MAX_GROOTTE, "pageSize",
                "Moet een geheel getal van 1 tot en met " + MAX_GROOTTE + " zijn.", fouten);
        if (!fouten.isEmpty()) {
            throw Probleem.ongeldig("Ongeldige paginering.", fouten);
        }
        return new Paginering(page, pageSize);
    }

    private static int getal(String waarde, int standaard, int min, int max, String naam, String reden,
            List<VeldFout> fouten) {
        if (waarde == null) {
            return standaard;
        }
        try {
            int n = Integer.parseInt(waarde.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // hieronder gemeld
        }
        fouten.add(new VeldFout(naam, "ongeldig", reden));
        return standaard;
    }

    /** Eerste index in een lijst in het geheugen (voor gemeenten en varianten). */
    int van() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * pageSize);
    }

    public <T> List<T> deel(List<T> alles) {
        int van = Math.min(van(), alles.size());
        return alles.subList(van, Math.min(alles.size(), van + pageSize));
    }

    /** Een pagina van een lijst, zoals in de ZGW-API's. */
    public record Lijst(long count, String next, String previous, List<?> results) {
    }

    /** Een lijst die altijd heel past, zonder pagina's. */
    public record Heel(long count, List<?> results) {
    }

    /** Een lijst die altijd heel past (de besluiten van één casus, ...): {@code {"count", "results"}}, zonder pagina's. */
    public static void heel(Aanvraag a, List<?> results) throws IOException {
        a.json(200, new Heel(results.size(), results));
    }

    /**
     * Schrijft de lijst met de mapper.
     *
     * @param filters extra query-parameters die in next/previous terugkomen (waarde {@code null}: weglaten)
     */
    public void schrijf(Aanvraag a, long count, List<?> results, Map<String, String> filters) throws IOException {
        a.json(200, lijst(a.hier(), count, results, filters));
    }

    public Lijst lijst(String basis, long count, List<?> results, Map<String, String> filters) {
        boolean volgende = (long) page * pageSize < count;
        return new Lijst(count, volgende ? link(basis, page + 1, filters) : null,
                page > 1 ? link(basis, page - 1, filters) : null, results);
    }



    private String link(String basis, int pagina, Map<String, String> filters) {
        StringBuilder sb = new StringBuilder(basis).append("?page=").append(pagina).append("&pageSize=")
                .append(pageSize);
        for (Map.Entry<String, String> f : filters.entrySet()) {
            if (f.getValue() != null) {
                sb.append('&').append(f.getKey()).append('=')
                        .append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }
}
