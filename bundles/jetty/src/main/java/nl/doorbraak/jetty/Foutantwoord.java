package nl.doorbraak.jetty;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error handler at server level: what Jetty refuses before a request reaches a context, servlet or filter (a
 * malformed or ambiguous path, {@code %00}, headers that are too large, a bad {@code Content-Length} or {@code Host},
 * an unknown HTTP version). Under {@code /api} the answer is {@code application/problem+json} with a Dutch
 * {@code detail}, as the API's own errors; elsewhere a small Dutch HTML page. Never the request echoed back, never a
 * stack trace.
 *
 * <p>For a request whose path Jetty could not read at all, it only hands over {@code /badURI} or {@code /badMessage},
 * without the request's headers: such an answer is problem+json (the API is this platform's main door), without an
 * {@code instance}.
 */
final class Foutantwoord implements Request.Handler {

    static final String PROBLEM_JSON = "application/problem+json";
    /** As the web bundle's Probleem, so a client sees one family of types. */
    static final String TYPE_PREFIX = "urn:doorbraak:probleem:";
    /** As the web bundle's perimeter filter: nothing to load for JSON, only the platform itself for HTML. */
    static final String CSP_API = "default-src 'none'; frame-ancestors 'none'";
    static final String CSP_HTML = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /** A type, title and Dutch detail. */
    record Uitleg(String soort, String titel, String detail) {
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        String bericht = (String) request.getAttribute(ErrorHandler.ERROR_MESSAGE);
        Object oorzaak = request.getAttribute(ErrorHandler.ERROR_EXCEPTION);
        if (oorzaak instanceof HttpException h) {
            status = h.getCode();
            if (bericht == null) {
                bericht = h.getReason();
            }
        }
        if (status < 400 || status > 599) {
            status = 500;
        }
        response.setStatus(status);
        HttpURI uri = request.getHttpURI();
        String pad = uri == null ? null : uri.getPath();
        boolean onbekend = pad == null || pad.equals("/badURI") || pad.equals("/badMessage");
        boolean api = onbekend || isApi(uri.getDecodedPath());
        Uitleg u = uitleg(status, bericht, onbekend);

        HttpFields.Mutable h = response.getHeaders();
        h.put(HttpHeader.CACHE_CONTROL, "no-store");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Content-Security-Policy", api ? CSP_API : CSP_HTML);
        if (request.isSecure()) {
            h.put("Strict-Transport-Security", "max-age=31536000");
        }
        byte[] body = api ? problemJson(status, u, onbekend ? null : pad) : html(status, u);
        h.put(HttpHeader.CONTENT_TYPE, api ? PROBLEM_JSON : "text/html;charset=utf-8");
        if (HttpMethod.HEAD.is(request.getMethod()) || HttpStatus.hasNoBody(status)) {
            response.write(true, null, callback);
        } else {
            h.put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
            response.write(true, ByteBuffer.wrap(body), callback);
        }
        return true;
    }

    static boolean isApi(String pad) {
        return pad != null && (pad.equals("/api") || pad.startsWith("/api/"));
    }

    /** What went wrong, in Dutch, from Jetty's status and (English) reason. */
    static Uitleg uitleg(int status, String bericht, boolean padOnleesbaar) {
        String b = bericht == null ? "" : bericht.toLowerCase(Locale.ROOT);
        if (status == 431) {
            return new Uitleg("headers-te-groot", "Headers te groot",
                    "De headers van het verzoek zijn samen te groot. Stuur minder of kortere headers (cookies).");
        }
        if (status == 414) {
            return new Uitleg("uri-te-lang", "Adres te lang", "Het adres (de URI) van het verzoek is te lang.");
        }
        if (status == 505) {
            return new Uitleg("http-versie", "HTTP-versie niet ondersteund",
                    "Deze HTTP-versie wordt niet ondersteund; gebruik HTTP/1.1 of HTTP/2.");
        }
        if (status == 413) {
            return new Uitleg("te-groot", "Verzoek te groot", "Het verzoek is te groot.");
        }
        if (status == 408) {
            return new Uitleg("te-laat", "Verzoek niet op tijd", "Het verzoek kwam niet op tijd binnen.");
        }
        if (status >= 500) {
            return new Uitleg("interne-fout", "Interne fout",
                    "Er ging iets mis aan de kant van het platform. Probeer het later opnieuw.");
        }
        if (b.contains("content-length")) {
            return new Uitleg("ongeldige-header", "Ongeldige header",
                    "De header Content-Length is ongeldig of komt meer dan eens voor.");
        }
        if (b.contains("transfer-encoding") || b.contains("chunk")) {
            return new Uitleg("ongeldige-header", "Ongeldige header",
                    "De header Transfer-Encoding of de chunked body is ongeldig; alleen chunked kan, als laatste.");
        }
        if (b.contains("host") || b.contains("authority")) {
            return new Uitleg("ongeldige-header", "Ongeldige header", "De Host-header ontbreekt, is leeg of ongeldig, "
                    + "of wijkt af van het adres in de verzoekregel.");
        }
        if (padOnleesbaar || b.contains("uri") || b.contains("path") || b.contains("utf-8") || b.contains("segment")
                || b.contains("separator") || b.contains("character")) {
            return new Uitleg("ongeldig-pad", "Ongeldig pad", "Het pad van het verzoek is ongeldig of dubbelzinnig, "
                    + "bijvoorbeeld door %2F, %2e%2e, //, %00 of een stuurteken. Gebruik een gewoon pad, zoals "
                    + "/api/gemeenten/utrecht/casussen.");
        }
        if (status == 400) {
            return new Uitleg("ongeldig-verzoek", "Ongeldig verzoek", "Het verzoek is geen geldig HTTP-verzoek.");
        }
        if (status == 404) {
            return new Uitleg("niet-gevonden", "Niet gevonden", "Onbekend pad.");
        }
        if (status == 405) {
            return new Uitleg("methode-niet-toegestaan", "Methode niet toegestaan", "Deze methode kan hier niet.");
        }
        return new Uitleg("ongeldig-verzoek", "Ongeldig verzoek",
                "Het verzoek kan niet worden verwerkt (HTTP " + status + ").");
    }

    /** As the web bundle's problem+json: type, title, status, detail, instance (when known), invalidParams for 400. */
    static byte[] problemJson(int status, Uitleg u, String instance) {
        StringBuilder sb = new StringBuilder(320).append("{\"type\":\"").append(TYPE_PREFIX).append(u.soort())
                .append("\",\"title\":\"").append(u.titel()).append("\",\"status\":").append(status)
                .append(",\"detail\":\"").append(u.detail()).append('"');
        if (instance != null) {
            sb.append(",\"instance\":\"");
            json(sb, instance);
            sb.append('"');
        }
        if (status == 400) {
            sb.append(",\"invalidParams\":[]");
        }
        return sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void json(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '<' || c == '>') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
    }

    private static byte[] html(int status, Uitleg u) {
        return ("<!DOCTYPE html><html lang=\"nl\"><meta charset=\"utf-8\"><title>" + u.titel() + " (" + status
                + ")</title><h1>" + u.titel() + "</h1><p>" + u.detail().replace("<", "&lt;")
                + "</p><p><a href=\"/\">Naar de startpagina</a></p></html>").getBytes(StandardCharsets.UTF_8);
    }
}
