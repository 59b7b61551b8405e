package nl.doorbraak.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.doorbraak.api.http.Scherm;
import nl.doorbraak.web.plugin.EndpointRegister;

/**
 * De bestanden van plug-in-schermen: {@code GET /plugins/<symbolische naam>/<versie>/ui/...} uit de map
 * {@value Scherm#MAP} van die bundle ({@code Bundle.getEntry}). Alleen van een bundle die nu een actief
 * {@link nl.doorbraak.api.http.VariantEndpoint} of {@link nl.doorbraak.api.http.RijkEndpoint} levert, in precies die
 * versie; na een update of verwijdering is de
 * URL weg (404). De versie staat in het pad, dus een antwoord verandert nooit: een jaar {@code immutable} in elke
 * cache. Zonder login: het is code, geen gegevens (die haalt het scherm via de API, met login); de headers van de
 * perimeter en alleen GET en HEAD regelt {@link Beveiligingsheaders}, zoals voor alles buiten {@code /api}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/plugins/*")
@HttpWhiteboardServletName("doorbraak-plugin-bestanden")
public final class PluginBestanden extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Waar de bestanden staan, onder de context van het whiteboard. */
    public static final String PREFIX = "/plugins/";
    static final String CACHE = "public, max-age=31536000, immutable";
    /** Symbolische naam en versie: wat OSGi erin toelaat, en niets dat een pad verandert. */
    private static final Pattern NAAM = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPEN = Map.of(
            "js", "text/javascript;charset=utf-8",
            "mjs", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png");
    private static final byte[] NIET_GEVONDEN = "Niet gevonden.\n".getBytes(StandardCharsets.UTF_8);

    /**
     * The API servlet's registers (variants and the Rijk): one view of the plug-ins, so the menu and the files never
     * disagree.
     */
    private final transient List<EndpointRegister> registers;

    @Activate
    public PluginBestanden(@Reference(target = "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "="
            + ApiServlet.NAAM + ")") Servlet api) {
        this(((ApiServlet) api).omgeving().endpoints, ((ApiServlet) api).omgeving().rijk);
    }

    /** Voor tests zonder OSGi. */
    PluginBestanden(EndpointRegister... registers) {
        this.registers = List.of(registers);
    }

    /** Het absolute pad van een bestand van een plug-in, zoals {@code /api/schermen} het noemt. */
    public static String url(String symbolischeNaam, String versie, String pad) {
        return PREFIX + symbolischeNaam + "/" + versie + "/" + pad;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        URL bestand = null;
        String type = null;
        // pathInfo is decoded: /plugins/a/1.0.0/ui/%2e%2e/x arrives as ui/../x and fails the check below
        String info = req.getPathInfo();
        String[] delen = info == null ? new String[0] : info.split("/", 4);
        if (delen.length == 4 && delen[0].isEmpty() && NAAM.matcher(delen[1]).matches()
                && NAAM.matcher(delen[2]).matches() && Scherm.geldigPad(delen[3])) {
            type = type(delen[3]);
            if (type != null) {
                for (EndpointRegister r : registers) {
                    bestand = r.bestand(delen[1], delen[2], delen[3]);
                    if (bestand != null) {
                        break;
                    }
                }
            }
        }
        if (bestand == null) {
            nietGevonden(resp);
            return;
        }
        URLConnection c;
        InputStream in;
        try {
            c = bestand.openConnection();
            in = c.getInputStream();
        } catch (IOException | IllegalStateException e) {
            nietGevonden(resp); // the bundle went away between the lookup and the read
            return;
        }
        try (in) {
            resp.setStatus(200);
            resp.setContentType(type);
            resp.setHeader("Cache-Control", CACHE);
            long lengte = c.getContentLengthLong();
            if (lengte >= 0) {
                resp.setContentLengthLong(lengte);
            }
            OutputStream uit = resp.getOutputStream();
            in.transferTo(uit);
        }
    }

    private static String type(String pad) {
        int punt = pad.lastIndexOf('.');
        return punt < 0 ? null : TYPEN.get(pad.substring(punt + 1).toLowerCase(Locale.ROOT));
    }

    private static void nietGevonden(HttpServletResponse resp) throws IOException {
        resp.setStatus(404);
        resp.setContentType("text/plain;charset=utf-8");
        // not cached: a plug-in that comes back serves the same URL again
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(NIET_GEVONDEN.length);
        resp.getOutputStream().write(NIET_GEVONDEN);
    }
}
