package nl.doorbraak.plugin.rodeknop;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.doorbraak.api.http.Antwoord;
import nl.doorbraak.api.http.Verzoek;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.VeldFout;

/**
 * De routes van het 20 %-register, voor {@link GemeenteRoutes} ({@code /api/gemeenten/{g}/rodeknop/precedenten},
 * {@code /instellingen}) en {@link RijkRoutes} ({@code /api/rijk/rodeknop/precedenten}). Lijsten zijn pagina's zoals
 * die van de core: {@code ?page=&pageSize=} en {@code {"count", "next", "previous", "results"}}.
 */
final class PrecedentenRoutes {

    static final int STANDAARD_GROOTTE = 20;
    static final int MAX_GROOTTE = 100;

    private final Precedenten precedenten;

    PrecedentenRoutes(Precedenten precedenten) {
        this.precedenten = precedenten;
    }

    /** Voor tafels van een gemeente: de eigen precedenten en die van gemeenten die delen. */
    Antwoord zoekGemeente(Verzoek v) {
        Antwoord a = zoek(v, v.gemeente(), "/api/gemeenten/" + v.gemeente() + "/rodeknop/precedenten");
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) a.body();
        body.put("eigenGemeenteDeelt", precedenten.deelt(v.gemeente()));
        return a;
    }

    /** Voor het Rijk: de precedenten van gemeenten die delen. */
    Antwoord zoekRijk(Verzoek v) {
        return zoek(v, null, "/api/rijk/rodeknop/precedenten");
    }

    private Antwoord zoek(Verzoek v, String vrager, String basis) {
        List<VeldFout> fouten = new ArrayList<>();
        int page = getal(Query.waarde(v, "page"), 1, Integer.MAX_VALUE, "page", "Moet een geheel getal vanaf 1 zijn.",
                fouten);
        int pageSize = getal(Query.waarde(v, "pageSize"), STANDAARD_GROOTTE, MAX_GROOTTE, "pageSize",
                "Moet een geheel getal van 1 tot en met " + MAX_GROOTTE + " zijn.", fouten);
        String regel = Query.waarde(v, "regel");
        if (regel != null && regel.length() > 200) {
            fouten.add(new VeldFout("regel", "lengte", "Zoek op hoogstens 200 tekens van de regel."));
        }
        String thema = Zaak.normaal(Query.waarde(v, "thema"));
        String casusId = vrager == null ? null : Query.waarde(v, "casusId");
        if (casusId != null && casusId.length() > 100) {
            fouten.add(new VeldFout("casusId", "lengte", "Een casus-id is hoogstens 100 tekens."));
            casusId = null;
        }
        String soortIn = Query.waarde(v, "soort");
        Precedent.Soort soort = null;
        if (soortIn != null) {
            soort = Precedent.Soort.van(Zaak.normaal(soortIn)).orElse(null);
            if (soort == null) {
                fouten.add(new VeldFout("soort", "keuze", "Soort '" + soortIn + "' bestaat niet; kies "
                        + Precedent.Soort.codes() + "."));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException("Zo kan er niet in de precedenten worden gezocht.", fouten);
        }
        if (thema == null && casusId != null) {
            // the casus screen: precedents for a situation like this one (the core checks the user may see it)
            String vanCasus = precedenten.themaVanCasus(v.gebruiker(), vrager, casusId);
            thema = vanCasus.isEmpty() ? null : vanCasus;
        }
        List<Precedent> alle = precedenten.zoek(vrager, new Precedenten.Zoekvraag(regel, thema, soort));
        int van = (int) Math.min(alle.size(), (long) (page - 1) * pageSize);
        List<Precedent> deel = alle.subList(van, Math.min(alle.size(), van + pageSize));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("regel", regel);
        filters.put("thema", thema);
        filters.put("soort", soort == null ? null : soort.code());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", alle.size());
        m.put("next", (long) page * pageSize < alle.size() ? link(basis, page + 1, pageSize, filters) : null);
        m.put("previous", page > 1 ? link(basis, page - 1, pageSize, filters) : null);
        m.put("thema", thema);
        m.put("results", deel.stream().map(p -> p.voorZoeker(precedenten.gemeenteNaam(p.gemeente()))).toList());
        return Antwoord.ok(m);
    }

    Antwoord gebruikt(Verzoek v) {
        Precedent p = precedenten.gebruikt(v.gebruiker(), v.gemeente(), v.padParameters().get("id"),
                v.body().orElse(Map.of()));
        return Antwoord.ok(p.voorZoeker(precedenten.gemeenteNaam(p.gemeente())));
    }

    Antwoord instellingen(Verzoek v) {
        return Antwoord.ok(precedenten.instellingen(v.gemeente()));
    }

    Antwoord wijzigInstellingen(Verzoek v) {
        return Antwoord.ok(precedenten.wijzigInstellingen(v.gebruiker(), v.gemeente(), v.body().orElse(Map.of())));
    }

    private static int getal(String waarde, int standaard, int max, String naam, String reden,
            List<VeldFout> fouten) {
        if (waarde == null) {
            return standaard;
        }
        try {
            int n = Integer.parseInt(waarde);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        fouten.add(new VeldFout(naam, "ongeldig", reden));
        return standaard;
    }

    /** Een link naar een andere pagina, als pad: de plug-in kent het adres van de server niet. */
    private static String link(String basis, int page, int pageSize, Map<String, String> filters) {
        StringBuilder sb = new StringBuilder(basis).append("?page=").append(page).append("&pageSize=")
                .append(pageSize);
        filters.forEach((k, w) -> {
            if (w != null) {
                sb.append('&').append(k).append('=').append(URLEncoder.encode(w, StandardCharsets.UTF_8));
            }
        });
        return sb.toString();
    }
}
