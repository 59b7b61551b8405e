package nl.doorbraak.benchmark.kaal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The reads benchmark's middle figure: a servlet on the platform's own HTTP whiteboard (Felix HTTP Jetty 12, the same
 * dispatch path as {@code /api/*}) that returns the bytes of {@code <doorbraak.data>/kaal.json} at {@code /kaal/*}, with
 * no login, database or JSON work. The gap between it and bare Jetty is the required infrastructure; the gap between it
 * and a casus read is Doorbraak's own work. Deployed into {@code deploy/} by {@code benchmarks/run.sh reads}.
 */
public final class KaleWhiteboardServlet extends HttpServlet implements BundleActivator {

    private static final long serialVersionUID = 1L;
    private transient byte[] json;
    private transient ServiceRegistration<Servlet> registratie;

    @Override
    public void start(BundleContext context) throws IOException {
        json = Files.readAllBytes(Path.of(context.getProperty("doorbraak.data"), "kaal.json"));
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("osgi.http.whiteboard.servlet.pattern", "/kaal/*");
        p.put("osgi.http.whiteboard.servlet.name", "doorbraak-benchmark-kaal");
        registratie = context.registerService(Servlet.class, this, p);
    }

    @Override
    public void stop(BundleContext context) {
        registratie.unregister();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/json");
        resp.setContentLength(json.length);
        resp.getOutputStream().write(json);
    }
}
