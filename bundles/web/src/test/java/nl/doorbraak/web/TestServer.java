package nl.doorbraak.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.doorbraak.web.http.Perimeter;

/**
 * De servlet in een echte Jetty 12 (ee10) op een vrije poort op 127.0.0.1, met nep-services uit {@link Nep}; en een
 * HTTP-client die cookies en headers expliciet meestuurt.
 */
final class TestServer implements AutoCloseable {

    /** Een antwoord, met de body als tekst en (op verzoek) als JSON. */
    record Antw(int status, java.net.http.HttpHeaders headers, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("geen JSON: " + body, e);
            }
        }

        String header(String naam) {
            return headers.firstValue(naam).orElse(null);
        }

        List<String> alle(String naam) {
            return headers.allValues(naam);
        }

        String contentType() {
            return header("Content-Type");
        }
    }

    /** Een ingelogde sessie: cookie en CSRF-token. */
    record Login(String cookie, String csrf) {
    }

    static final ObjectMapper MAPPER = new ObjectMapper();

    final ApiServlet servlet;
    final Nep.Gemeenten gemeenten = new Nep.Gemeenten();
    final Nep.Gebruikers gebruikers = new Nep.Gebruikers();
    final NepKorteLijnen.Contacten contacten = new NepKorteLijnen.Contacten();
    final Nep.Tafels tafels = new Nep.Tafels(contacten);
    final Nep.Casussen casussen = new Nep.Casussen(tafels);
    final NepKorteLijnen.Signalen signalen = new NepKorteLijnen.Signalen(casussen);
    final Nep.Varianten varianten = new Nep.Varianten();
    final Nep.Waarschuwingen gezondheid = new Nep.Waarschuwingen();
    final Nep.Verwerkingen verwerkingen = new Nep.Verwerkingen();
    private final Server jetty;
    final Beveiligingsheaders filter;
    final String basis;
    /** De publieke basis-URL zonder instelling: van de verbinding, en die is loopback. */
    final String publiek;
    final HttpClient client;

    TestServer(Instellingen instellingen, boolean metKern) throws Exception {
        servlet = new ApiServlet(instellingen);
        filter = new Beveiligingsheaders(servlet.omgeving()::perimeter);
        if (metKern) {
            bindKern();
        }
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler ctx = new ServletContextHandler();
        ctx.setContextPath("/");
        ctx.addServlet(new ServletHolder(servlet), "/api/*");
        // "/" is the web application's (bundle nl.doorbraak.ui): a stand-in page, so the filter's headers on HTML show
        ctx.addServlet(new ServletHolder(new HtmlPagina()), "/");
        ctx.addServlet(new ServletHolder(new PluginBestanden(servlet.omgeving().endpoints, servlet.omgeving().rijk)), "/plugins/*");
        ctx.addFilter(new org.eclipse.jetty.ee10.servlet.FilterHolder(filter), "/*",
                java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
        jetty.setHandler(ctx);
        jetty.start();
        basis = "http://127.0.0.1:" + connector.getLocalPort();
        publiek = "http://localhost:" + connector.getLocalPort();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    TestServer() throws Exception {
        this(Instellingen.standaard(), true);
    }

    void bindKern() {
        servlet.bindGemeenteService(gemeenten);
        servlet.bindGebruikerService(gebruikers);
        servlet.bindTafelService(tafels);
        servlet.bindCasusService(casussen);
        servlet.bindContactService(contacten);
        servlet.bindSignaalService(signalen);
        servlet.bindVariantRegister(varianten);
        servlet.bindGezondheid(gezondheid);
        servlet.bindVerwerkingenLog(verwerkingen);
    }

    void ontbindKern() {
        servlet.unbindGemeenteService(gemeenten);
        servlet.unbindGebruikerService(gebruikers);
        servlet.unbindTafelService(tafels);
        servlet.unbindCasusService(casussen);
        servlet.unbindContactService(contacten);
        servlet.unbindSignaalService(signalen);
        servlet.unbindVariantRegister(varianten);
        servlet.unbindGezondheid(gezondheid);
        servlet.unbindVerwerkingenLog(verwerkingen);
    }

    Omgeving omgeving() {
        return servlet.omgeving();
    }

    /** Zoals config/nl.doorbraak.web.cfg met publiekeUrl en vertrouwdeProxies (de filter leest die van de servlet). */
    void perimeter(String publiekeUrl, String vertrouwdeProxies) {
        Perimeter p = Perimeter.lees(publiekeUrl, vertrouwdeProxies);
        omgeving().perimeter(p, java.util.List.of());
    }

    @Override
    public void close() throws Exception {
        jetty.stop();

    }

    static String basic(String naam, String wachtwoord) {
        return "Basic " + Base64.getEncoder().encodeToString((naam + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
    }

    static String basic(String naam) {
        return basic(naam, Nep.WACHTWOORD);
    }

    HttpRequest.Builder bouw(String methode, String pad, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(basis + pad)).timeout(Duration.ofSeconds(30))
                .method(methode, body);
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    Antw verzoek(String methode, String pad, String body, String... headers) {
        HttpRequest.BodyPublisher p = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return stuur(bouw(methode, pad, p, headers).build());
    }

    Antw stuur(HttpRequest r) {
        try {
            HttpResponse<String> resp = client.send(r, HttpResponse.BodyHandlers.ofString());
            return new Antw(resp.statusCode(), resp.headers(), resp.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    CompletableFuture<Antw> verzoekAsync(String methode, String pad, String... headers) {
        HttpRequest r = bouw(methode, pad, HttpRequest.BodyPublishers.noBody(), headers).build();
        return client.sendAsync(r, HttpResponse.BodyHandlers.ofString())
                .thenApply(resp -> new Antw(resp.statusCode(), resp.headers(), resp.body()));
    }

    Antw get(String pad, String... headers) {
        return verzoek("GET", pad, null, headers);
    }

    /** GET als een gebruiker, met HTTP Basic. */
    Antw getAls(String gebruiker, String pad) {
        return get(pad, "Authorization", basic(gebruiker));
    }

    /** Een verzoek met JSON-body als een gebruiker, met HTTP Basic. */
    Antw jsonAls(String gebruiker, String methode, String pad, String json, String... extra) {
        String[] h = new String[extra.length + 4];
        h[0] = "Authorization";
        h[1] = basic(gebruiker);
        h[2] = "Content-Type";
        h[3] = "application/json";
        System.arraycopy(extra, 0, h, 4, extra.length);
        return verzoek(methode, pad, json, h);
    }

    Login login(String gebruiker) {
        Antw a = verzoek("POST", "/api/sessies", "{\"gebruikersnaam\":\"" + gebruiker + "\",\"wachtwoord\":\"demo\"}",
                "Content-Type", "application/json");
        if (a.status() != 201) {
            throw new AssertionError("inloggen mislukt: " + a.status() + " " + a.body());
        }
        String setCookie = a.header("Set-Cookie");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        return new Login(cookie, a.json().get("csrfToken").asText());
    }

    static Optional<String> cookieWaarde(String setCookie) {
        if (setCookie == null) {
            return Optional.empty();
        }
        String paar = setCookie.substring(0, setCookie.indexOf(';'));
        return Optional.of(paar.substring(paar.indexOf('=') + 1));
    }

    /** Stand-in for the web application on {@code /}: a page at {@code /}, a 404 elsewhere. */
    static final class HtmlPagina extends jakarta.servlet.http.HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp)
                throws java.io.IOException {
            boolean start = "/".equals(req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo()));
            resp.setStatus(start ? 200 : 404);
            resp.setContentType("text/html;charset=utf-8");
            resp.getWriter().write("<!DOCTYPE html><html lang=\"nl\"><title>Doorbraak</title><p>"
                    + (start ? "Pagina" : "Niet gevonden") + "</p></html>");
        }
    }
}
