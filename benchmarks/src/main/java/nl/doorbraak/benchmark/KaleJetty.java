package nl.doorbraak.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The baseline for the read benchmark: a bare Jetty 12 servlet that answers every GET with the same JSON bytes
 * Doorbraak returned for one casus. Usage: {@code KaleJetty <port> <json-file>}.
 */
public final class KaleJetty {

    private KaleJetty() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        byte[] json = Files.readAllBytes(Path.of(args[1]));
        Server server = new Server(port);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                resp.setContentType("application/json");
                resp.setHeader("ETag", "\"1\"");
                resp.setContentLength(json.length);
                resp.getOutputStream().write(json);
            }
        }, "/*");
        server.setHandler(context);
        server.start();
        System.out.println("kale Jetty op poort " + port);
        server.join();
    }
}
