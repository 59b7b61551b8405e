package nl.doorbraak.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletErrorPage;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Probleem;

/**
 * Het foutenblad van het whiteboard: wat de HTTP-laag zelf met {@code sendError} beantwoordt (een statisch bestand
 * dat niet bestaat, een fout in een filter) krijgt een Nederlands antwoord in plaats van Jetty's Engelse pagina;
 * onder {@code /api} als problem+json, zoals de fouten van de API zelf. Wat Jetty weigert voordat een verzoek het
 * whiteboard bereikt (een dubbelzinnig pad, te grote headers), beantwoordt de bundle {@code nl.doorbraak.jetty}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletErrorPage(errorPage = { "4xx", "5xx" })
@HttpWhiteboardServletName("doorbraak-foutenblad")
public final class Foutpagina extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : resp.getStatus();
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String pad = uri == null ? req.getRequestURI() : uri.toString();
        resp.setStatus(status);
        resp.setHeader("Cache-Control", "no-store");
        Beveiligingsheaders.zet(resp, Beveiligingsheaders.isApi(pad), false);
        byte[] body;
        if (Beveiligingsheaders.isApi(pad)) {
            resp.setContentType(Aanvraag.PROBLEM_JSON);
            body = problemJson(status, pad);
        } else {
            resp.setContentType("text/html;charset=utf-8");
            body = html(status);
        }
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }

    static String detail(int status) {
        return switch (status) {
            case 404 -> "Deze pagina bestaat niet.";
            case 405 -> "Deze methode kan hier niet.";
            case 400 -> "Het verzoek is ongeldig.";
            default -> status >= 500 ? "Er ging iets mis aan de kant van het platform. Probeer het later opnieuw."
                    : "Het verzoek kan niet worden uitgevoerd (HTTP " + status + ").";
        };
    }

    private static byte[] problemJson(int status, String pad) {
        StringBuilder sb = new StringBuilder(256).append("{\"type\":\"").append(Probleem.TYPE_PREFIX)
                .append(status >= 500 ? "interne-fout" : status == 404 ? "niet-gevonden" : "ongeldig-verzoek")
                .append("\",\"title\":\"").append(status >= 500 ? "Interne fout" : status == 404 ? "Niet gevonden"
                        : "Ongeldig verzoek")
                .append("\",\"status\":").append(status).append(",\"detail\":\"").append(detail(status))
                .append("\",\"instance\":\"");
        for (char c : pad.toCharArray()) {
            if (c == '"' || c == '\\' || c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append("\"").append(status == 400 ? ",\"invalidParams\":[]" : "").append('}');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] html(int status) {
        return ("<!DOCTYPE html><html lang=\"nl\"><meta charset=\"utf-8\"><title>" + (status == 404 ? "Niet gevonden"
                : "Fout " + status) + "</title><p>" + detail(status) + " <a href=\"/\">Naar de startpagina</a>.</p></html>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
