package nl.doorbraak.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * De webapplicatie op {@code /}: de default-servlet van het whiteboard, dus alles wat geen andere servlet matcht
 * ({@code /api/*} is van {@code nl.doorbraak.web}). De routes van de app krijgen de index ({@code no-store}: hij
 * noemt de versie van de bestanden), {@code /app/<versie>/...} de bestanden (een jaar, {@code immutable}), al het
 * andere een Nederlandse 404. De headers van de perimeter (CSP, frames) zet het filter van {@code nl.doorbraak.web}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardServletName("doorbraak-webapp")
public final class WebAppServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;


    /** Reads (and gzips) the app's files at the first request, not at the platform's start. */
    private final transient java.util.function.Supplier<Bestanden> lezer;
    private transient volatile Geladen geladen;

    private record Geladen(Bestanden bestanden, byte[] nietGevonden) {
    }

    @Activate
    public WebAppServlet(BundleContext context) {
        Bundle bundle = context.getBundle();
        this.lezer = () -> Bestanden.uit(bundle);
    }

    WebAppServlet(Bestanden bestanden) {
        this.lezer = () -> bestanden;
    }

    private Geladen geladen() {
        Geladen g = geladen;
        if (g == null) {
            synchronized (this) {
                g = geladen;
                if (g == null) {
                    Bestanden b = lezer.get();
                    g = new Geladen(b, nietGevonden(b.versie()));
                    geladen = g;
                }
            }
        }
        return g;
    }

    private static byte[] nietGevonden(String v) {
        return ("<!DOCTYPE html><html lang=\"nl\" class=\"voorbeeld-theme\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Niet gevonden - Doorbraak"
                + "</title><link rel=\"icon\" href=\"/app/" + v + "/favicon.svg\" type=\"image/svg+xml\">"
                + "<link rel=\"stylesheet\" href=\"/app/" + v + "/nlds/componenten.css\"><link rel=\"stylesheet\" "
                + "href=\"/app/" + v + "/nlds/voorbeeld-theme.css\"><link rel=\"stylesheet\" href=\"/app/" + v
                + "/doorbraak.css\"></head><body class=\"utrecht-body\"><div class=\"utrecht-page\"><main "
                + "class=\"utrecht-page-content\"><h1 class=\"utrecht-heading-1\">Niet gevonden</h1><p "
                + "class=\"utrecht-paragraph\">Deze pagina bestaat niet. <a class=\"utrecht-link\" href=\"/\">Naar de "
                + "startpagina</a>.</p></main></div></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** De versie in de paden van de bestanden. */
    String versie() {
        return geladen().bestanden().versie();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String pad = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (pad.isEmpty()) {
            pad = "/";
        }
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (geladen().bestanden().isRoute(pad)) {
            // the index names the version of every file: never from a cache
            resp.setHeader("Cache-Control", "no-store");
            schrijf(req, resp, geladen().bestanden().index());
            return;
        }
        Geladen g = geladen();
        String voorvoegsel = "/app/" + g.bestanden().versie() + "/";
        Bestanden.Bestand b = pad.startsWith(voorvoegsel) ? g.bestanden().bestand(pad.substring(voorvoegsel.length()))
                : null;
        if (b == null) {
            resp.setStatus(404);
            resp.setHeader("Cache-Control", "no-store");
            resp.setContentType("text/html;charset=utf-8");
            resp.setContentLength(g.nietGevonden().length);
            resp.getOutputStream().write(g.nietGevonden());
            return;
        }
        // the version is in the path: a changed file has another URL
        resp.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        resp.setHeader("ETag", b.etag());
        if (b.etag().equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(304);
            return;
        }
        schrijf(req, resp, b);
    }

    private static void schrijf(HttpServletRequest req, HttpServletResponse resp, Bestanden.Bestand b)
            throws IOException {
        resp.setContentType(b.type());
        resp.setHeader("Vary", "Accept-Encoding");
        byte[] body = b.inhoud();
        if (gzip(req.getHeader("Accept-Encoding")) && b.gzip().length < body.length) {
            resp.setHeader("Content-Encoding", "gzip");
            body = b.gzip();
        }
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** Of de client gzip aanneemt (niet met {@code q=0}). */
    static boolean gzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String deel : acceptEncoding.split(",")) {
            String[] p = deel.trim().split(";");
            if (p[0].trim().equalsIgnoreCase("gzip") || p[0].trim().equals("*")) {
                for (int i = 1; i < p.length; i++) {
                    String q = p[i].trim().replace(" ", "");
                    if (q.matches("q=0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
