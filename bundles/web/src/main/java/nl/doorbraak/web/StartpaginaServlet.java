package nl.doorbraak.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * De startpagina op {@code /} en {@code /index.html}. Geregistreerd als default-servlet ({@code /}): die krijgt alles
 * wat geen andere servlet of resource matcht, en geeft voor andere paden een nette 404. Een whiteboard-resource op
 * {@code /} kiest geen index-bestand, en het patroon {@code ""} laat zich in DS-XML niet naast een tweede waarde
 * uitdrukken. De pagina zit in de bundle en wordt eenmaal gelezen.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardServletName("doorbraak-startpagina")
public final class StartpaginaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final byte[] pagina;

    public StartpaginaServlet() {
        try (InputStream in = StartpaginaServlet.class.getResourceAsStream("/static/index.html")) {
            pagina = in == null ? "<!DOCTYPE html><title>Doorbraak</title><p>Doorbraak draait.".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8) : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String pad = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (pad.isEmpty() || pad.equals("/") || pad.equals("/index.html")) {
            resp.setContentType("text/html;charset=utf-8");
            resp.setContentLength(pagina.length);
            resp.getOutputStream().write(pagina);
        } else {
            byte[] nietGevonden = ("<!DOCTYPE html><html lang=\"nl\"><meta charset=\"utf-8\"><title>Niet gevonden</title>"
                    + "<p>Deze pagina bestaat niet. <a href=\"/\">Naar de startpagina</a>.</p></html>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            resp.setStatus(404);
            resp.setContentType("text/html;charset=utf-8");
            resp.setContentLength(nietGevonden.length);
            resp.getOutputStream().write(nietGevonden);
        }
    }
}
