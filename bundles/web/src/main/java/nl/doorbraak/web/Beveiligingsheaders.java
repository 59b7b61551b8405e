package nl.doorbraak.web;

import java.io.IOException;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.doorbraak.web.http.Perimeter;

/**
 * De headers van de perimeter op elk antwoord van het platform, op één plek: een Content-Security-Policy (voor HTML
 * alleen scripts en stijlen van het platform zelf, nooit inline; voor de API niets), geen frames
 * ({@code frame-ancestors 'none'}, {@code X-Frame-Options: DENY}), geen Referer naar buiten, {@code nosniff}, en
 * {@code Strict-Transport-Security} zodra de publieke URL https is. Buiten {@code /api} kunnen alleen GET en HEAD:
 * de startpagina en de statische bestanden veranderen niets (en TRACE zou headers terugsturen).
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardFilterName("doorbraak-perimeter")
public final class Beveiligingsheaders implements Filter {

    /** Voor HTML: alles van het platform zelf, geen inline script of stijl, geen plug-ins, geen frames. */
    static final String CSP_HTML = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** Voor JSON en CSV van de API: een browser hoeft er niets uit te laden of uit te voeren. */
    static final String CSP_API = "default-src 'none'; frame-ancestors 'none'";
    /** Een jaar; zonder includeSubDomains: andere sites onder het domein van een gemeente zijn niet van ons. */
    static final String HSTS = "max-age=31536000";

    /** The API servlet's: one parse of nl.doorbraak.web, so servlet and filter never disagree during a change. */
    private final Supplier<Perimeter> perimeter;

    @Activate
    public Beveiligingsheaders(@Reference(target = "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "="
            + ApiServlet.NAAM + ")") Servlet api) {
        this(((ApiServlet) api).omgeving()::perimeter);
    }

    /** Voor tests zonder OSGi. */
    Beveiligingsheaders(Supplier<Perimeter> perimeter) {
        this.perimeter = perimeter;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        // the decoded path, as the servlets are matched: /%61pi/health is the API too
        boolean api = isApi(req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo()));
        if (api) {
            // the API servlet sets its own, shorter set (ApiServlet.headers): a JSON answer loads and frames nothing,
            // and every header costs on the hottest path (docs/performance.md)
            chain.doFilter(request, response);
            return;
        }
        zet(resp, false, perimeter.get().veilig(req));
        String m = req.getMethod();
        if (!api && !"GET".equals(m) && !"HEAD".equals(m)) {
            // the start page and static files change nothing; HttpServlet would answer TRACE with the request's headers
            resp.setHeader("Allow", "GET, HEAD");
            resp.setStatus(405);
            resp.setContentLength(0);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isApi(String pad) {
        return pad != null && (pad.equals("/api") || pad.startsWith("/api/"));
    }

    /** Dezelfde headers voor elk antwoord, ook van het foutenblad en de statische bestanden. */
    static void zet(HttpServletResponse resp, boolean api, boolean veilig) {
        resp.setHeader("Content-Security-Policy", api ? CSP_API : CSP_HTML);
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        if (!api) {
            resp.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        }
        if (veilig) {
            resp.setHeader("Strict-Transport-Security", HSTS);
        }
    }
}
