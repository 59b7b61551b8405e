package nl.doorbraak.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * De paden van de app uit {@code routes.json}, dezelfde beschrijving waar de router en het menu van de app uit komen:
 * zo krijgt elk pad dat de app kent de index (history API), en elk ander pad de 404-pagina.
 */
final class Routes {

    /** Eén segment van een pad: een id, nooit een naam of ander persoonsgegeven (die horen niet in een adres). */
    static final String SEGMENT = "[A-Za-z0-9._~-]{1,128}";
    private static final Pattern PARAMETER = Pattern.compile("\\{[a-z][A-Za-z0-9]*}");
    private static final Pattern GELDIG = Pattern.compile("/|(/(?:[a-z0-9-]+|\\{[a-z][A-Za-z0-9]*}))+");

    private Routes() {
    }

    /** De reguliere expressie van alle paden; {@code /index.html} is {@code /}, een slash aan het eind mag. */
    static Pattern patroon(byte[] routesJson) {
        JsonNode routes;
        try {
            routes = new ObjectMapper().readTree(routesJson).path("routes");
        } catch (IOException e) {
            throw new IllegalStateException("routes.json is geen geldige JSON: " + e.getMessage(), e);
        }
        if (!routes.isArray() || routes.isEmpty()) {
            throw new IllegalStateException("routes.json heeft geen lijst 'routes'");
        }
        List<String> delen = new ArrayList<>(List.of("/index\\.html"));
        for (JsonNode r : routes) {
            String pad = r.path("pad").asText("");
            if (!GELDIG.matcher(pad).matches()) {
                throw new IllegalStateException("routes.json: ongeldig pad '" + pad + "'");
            }
            delen.add(regex(pad) + (pad.equals("/") ? "" : "/?"));
        }
        return Pattern.compile(String.join("|", delen));
    }

    private static String regex(String pad) {
        StringBuilder uit = new StringBuilder();
        Matcher m = PARAMETER.matcher(pad);
        int vanaf = 0;
        while (m.find()) {
            uit.append(Pattern.quote(pad.substring(vanaf, m.start()))).append(SEGMENT);
            vanaf = m.end();
        }
        if (vanaf < pad.length()) {
            uit.append(Pattern.quote(pad.substring(vanaf)));
        }
        return uit.toString();
    }
}
