package nl.doorbraak.web.plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.doorbraak.api.http.Route;

/**
 * Een route van een plug-in, bij het binden eenmaal ontleed: per pad-deel een vaste tekst of een parameter. Zo kost
 * het matchen per verzoek alleen een vergelijking per deel, geen reguliere expressie.
 */
public final class PluginRoute {

    private final Route route;
    private final String methode;
    private final String pad;
    /** Per deel de vaste tekst, of {@code null} voor een parameter. */
    private final String[] vast;
    /** Per deel de parameternaam, of {@code null} voor vaste tekst. */
    private final String[] parameters;
    private final int aantalVast;

    private PluginRoute(Route route, String methode, String pad, String[] vast, String[] parameters) {
        this.route = route;
        this.methode = methode;
        this.pad = pad;
        this.vast = vast;
        this.parameters = parameters;
        int n = 0;
        for (String v : vast) {
            if (v != null) {
                n++;
            }
        }
        this.aantalVast = n;
    }

    /**
     * @throws IllegalArgumentException als de route onbruikbaar is (dan negeert de web-bundle de plug-in, met een
     *                                  logregel)
     */
    static PluginRoute van(Route r) {
        if (r == null || r.methode() == null || r.methode().isBlank() || r.handler() == null) {
            throw new IllegalArgumentException("route zonder methode of handler");
        }
        String pad = r.pad() == null ? "" : r.pad().trim();
        if (!pad.isEmpty() && !pad.startsWith("/")) {
            pad = "/" + pad;
        }
        while (pad.endsWith("/")) {
            pad = pad.substring(0, pad.length() - 1);
        }
        List<String> delen = new ArrayList<>();
        for (String d : pad.split("/")) {
            if (!d.isEmpty()) {
                delen.add(d);
            }
        }
        String[] vast = new String[delen.size()];
        String[] parameters = new String[delen.size()];
        for (int i = 0; i < delen.size(); i++) {
            String d = delen.get(i);
            if (d.length() > 2 && d.startsWith("{") && d.endsWith("}")) {
                parameters[i] = d.substring(1, d.length() - 1);
            } else if (d.contains("{") || d.contains("}")) {
                throw new IllegalArgumentException("pad-deel '" + d + "' is geen {naam}");
            } else {
                vast[i] = d;
            }
        }
        return new PluginRoute(r, r.methode().trim().toUpperCase(Locale.ROOT), pad, vast, parameters);
    }

    public Route route() {
        return route;
    }

    public String methode() {
        return methode;
    }

    /** Het pad binnen het segment, genormaliseerd: {@code ""} of {@code /a/{b}}. */
    public String pad() {
        return pad;
    }

    public List<String> parameterNamen() {
        List<String> namen = new ArrayList<>();
        for (String p : parameters) {
            if (p != null) {
                namen.add(p);
            }
        }
        return namen;
    }

    /** Meer vaste delen gaat voor: {@code /nieuw} wint van {@code /{id}}. */
    int specificiteit() {
        return aantalVast;
    }

    /**
     * @param delen de pad-delen na het segment, vanaf {@code van}
     * @return of het pad past (ongeacht de methode)
     */
    boolean past(String[] delen, int van) {
        if (delen.length - van != vast.length) {
            return false;
        }
        for (int i = 0; i < vast.length; i++) {
            if (vast[i] != null && !vast[i].equals(delen[van + i])) {
                return false;
            }
        }
        return true;
    }

    Map<String, String> parameters(String[] delen, int van) {
        if (vast.length == aantalVast) {
            return Map.of();
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] != null) {
                m.put(parameters[i], delen[van + i]);
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
