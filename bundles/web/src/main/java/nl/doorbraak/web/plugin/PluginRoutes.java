package nl.doorbraak.web.plugin;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.http.Antwoord;
import nl.doorbraak.api.service.DoorbraakException;
import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.Instellingen;
import nl.doorbraak.web.json.Json;
import nl.doorbraak.web.json.JsonWaarde;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Probleem;
import nl.doorbraak.web.http.Toegang;

/**
 * {@code /api/gemeenten/{gemeente}/{segment}/...} naar het {@link nl.doorbraak.api.http.VariantEndpoint} met dat
 * segment: na login, gemeente (404), variant van de gemeente (404) en rol (403). {@code /api/rijk/{segment}/...}
 * naar het {@link nl.doorbraak.api.http.RijkEndpoint} met dat segment: na login en rol (403); daar is er geen
 * gemeente ({@link nl.doorbraak.api.http.Verzoek#gemeente()} is {@code null}). Beide gaan daarna door dezelfde kern
 * (route zoeken, OPTIONS en 405, body lezen, de handler, fouten en het antwoord schrijven). Wordt de plug-in net
 * bijgewerkt, dan wacht het verzoek kort; een fout van de plug-in wordt 500 met zijn naam, en het platform draait door.
 */
public final class PluginRoutes {

    // the logger keeps the name it had before the bundle was split into packages: log lines stay as operators know them
    private static final Logger LOG = LoggerFactory.getLogger("nl.doorbraak.web.PluginRoutes");

    /** Headers die een plug-in niet zet: die zijn van het platform (sessie, lengte, type, verbinding). */
    private static final Set<String> VERBODEN_HEADERS = Set.of("set-cookie", "content-length", "content-type",
            "transfer-encoding", "connection", "www-authenticate", "cache-control");

    private final Omgeving omgeving;

    public PluginRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    /** {@code /api/gemeenten/{gemeente}/{segment}/...}. */
    public void behandel(Aanvraag a) throws IOException {
        Gebruiker u = a.gebruiker();
        String gemeenteId = a.deel(1);
        String segment = a.deel(2);
        Gemeente g = Toegang.eigenGemeente(a, gemeenteId);
        PluginEndpoint ep = endpoint(a, omgeving.endpoints, segment, g);
        if (!g.gebruiktVariant(ep.variant())) {
            throw onbekend();
        }
        voerUit(a, u, ep, 3, g.id());
    }

    /**
     * {@code /api/rijk/{segment}/...}: voor wie een rol heeft die de route noemt. Een account met een gemeente mag het
     * dus alleen als de route een van zijn rollen noemt (normaal alleen {@code rijk}); er is geen gemeente in het pad.
     */
    public void behandelRijk(Aanvraag a) throws IOException {
        Gebruiker u = a.gebruiker();
        String segment = a.deel(1);
        PluginEndpoint ep = endpoint(a, omgeving.rijk, segment, null);
        voerUit(a, u, ep, 2, null);
    }

    /**
     * De gedeelde kern: de route van het endpoint bij het pad vanaf deel {@code van}, de rol, de body, de handler en
     * het antwoord.
     *
     * @param gemeente het id van de gemeente voor {@link nl.doorbraak.api.http.Verzoek#gemeente()}; {@code null} bij
     *                 het Rijk
     */
    private void voerUit(Aanvraag a, Gebruiker u, PluginEndpoint ep, int van, String gemeente) throws IOException {
        String segment = ep.segment();
        String[] delen = a.delen();
        PluginRoute route = null;
        Set<String> andere = new TreeSet<>();
        for (PluginRoute r : ep.routes()) {
            if (r.past(delen, van)) {
                if (r.methode().equals(a.methode())) {
                    route = r;
                    break;
                }
                andere.add(r.methode());
            }
        }
        if (route == null) {
            if (andere.isEmpty()) {
                throw onbekend();
            }
            if (andere.contains("GET")) {
                andere.add("HEAD");
            }
            andere.add("OPTIONS");
            String allow = String.join(", ", andere);
            if ("OPTIONS".equals(a.methode())) {
                a.header("Allow", allow);
                a.leeg(204);
                return;
            }
            throw Probleem.methodeNietToegestaan(a.methode(), allow);
        }
        Toegang.vereisRol(u, route.route().rollen(), "deze functie van " + segment);

        Optional<Map<String, Object>> body = Optional.empty();
        if (a.onveilig()) {
            ObjectNode json = a.jsonBody(false);
            if (json != null) {
                body = Optional.of(Json.naarMap(json));
            }
        }
        PluginVerzoek verzoek = new PluginVerzoek(a.methode(), u, gemeente, route.parameters(delen, van), a.query(),
                body);

        Antwoord antwoord;
        try {
            antwoord = route.route().handler().behandel(verzoek);
        } catch (DoorbraakException e) {
            throw Probleem.van(e, omgeving.instellingen().retryAfterSeconden());
        } catch (Throwable e) { // NOSONAR: ook een Error van een plug-in mag het platform niet raken
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.error("Plug-in {} (segment '{}') faalde op {} {}", ep.bundle(), Tekst.voorLog(segment), a.methode(),
                    Tekst.voorLog(a.instance()), e);
            throw pluginFout(ep, "kon dit verzoek niet afhandelen");
        }
        schrijf(a, ep, antwoord);
    }

    /**
     * Het actieve endpoint; wacht kort als het segment er eerder was (update), anders 404.
     *
     * @param g de gemeente uit het pad; {@code null} in het register van het Rijk
     */
    private PluginEndpoint endpoint(Aanvraag a, EndpointRegister register, String segment, Gemeente g) {
        PluginEndpoint ep = register.actief(segment);
        if (ep == null) {
            // nooit gezien, of van een variant die deze gemeente niet gebruikt: niet wachten
            String variant = register.gezienVariant(segment);
            if (variant == null || (g != null && !g.gebruiktVariant(variant))) {
                throw onbekend();
            }
        }
        ep = omgeving.endpoint(register, segment, a);
        if (ep == null) {
            Instellingen i = omgeving.instellingen();
            throw Probleem.nietBeschikbaar("De plug-in voor '" + segment
                    + "' wordt bijgewerkt of is niet beschikbaar. Probeer het over " + i.retryAfterSeconden()
                    + " seconden opnieuw.", i.retryAfterSeconden());
        }
        return ep;
    }

    private static Probleem onbekend() {
        return Probleem.nietGevonden("Onbekend pad.");
    }

    private static Probleem pluginFout(PluginEndpoint ep, String wat) {
        return Probleem.intern("De plug-in '" + ep.bundle() + "' (onderdeel '" + ep.segment() + "') " + wat
                + ". De fout is vastgelegd in het logboek van het platform; de rest van Doorbraak werkt gewoon door.");
    }

    private static void schrijf(Aanvraag a, PluginEndpoint ep, Antwoord antwoord) throws IOException {
        if (antwoord == null) {
            LOG.error("Plug-in {} (segment '{}') gaf geen antwoord op {} {}", ep.bundle(), ep.segment(),
                    a.methode(), Tekst.voorLog(a.instance()));
            throw pluginFout(ep, "gaf geen antwoord");
        }
        int status = antwoord.status();
        if (status < 200 || status > 599) {
            LOG.error("Plug-in {} gaf ongeldige HTTP-status {}", ep.bundle(), status);
            throw pluginFout(ep, "gaf een ongeldig antwoord");
        }
        Json.Buffer body = null;
        if (antwoord.body() != null && status != 204 && status != 304) {
            try {
                body = a.omgeving().json.schrijf(new JsonWaarde(antwoord.body()));
            } catch (JsonWaarde.GeenJsonException e) {
                LOG.error("Plug-in {} (segment '{}') gaf een antwoord dat geen JSON is: {}", ep.bundle(),
                        ep.segment(), e.getMessage());
                throw pluginFout(ep, "gaf een antwoord dat geen JSON is");
            }
        }
        for (Map.Entry<String, String> h : antwoord.headers().entrySet()) {
            String naam = h.getKey();
            String waarde = h.getValue();
            if (naam == null || waarde == null || VERBODEN_HEADERS.contains(naam.toLowerCase(Locale.ROOT))
                    || waarde.indexOf('\r') >= 0 || waarde.indexOf('\n') >= 0) {
                continue;
            }
            a.header(naam, waarde);
        }
        if (body == null) {
            a.leeg(status);
        } else {
            a.stuurJson(status, body);
        }
    }
}
