package nl.doorbraak.web.routes;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieFilter;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.service.EscalatieService;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Invoer;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.http.Probleem;
import nl.doorbraak.web.http.Versies;

/**
 * De escalatieroute: {@code …/escalatieroute}, {@code …/casussen/{id}/escalaties} en {@code …/escalaties...}.
 *
 * <p>Lezen: casusregisseur en gemeentebeheerder alles van hun gemeente, een tafellid alleen escalaties van casussen
 * van zijn tafels (andere: 404). Escaleren: casusregisseur, en een tafellid voor casussen van zijn tafels. Afhandelen
 * (antwoord, opgelost, doorescaleren): alleen de casusregisseur. Het Rijk ziet nog niets: wat een escalatie met het
 * Rijk deelt, beslist de rode knop.
 */
public final class EscalatieRoutes {

    private static final Set<String> ESCALEER_VELDEN = Set.of("reden", "niveau");
    private static final Set<String> ANTWOORD_VELDEN = Set.of("antwoord");
    private static final Set<String> OPGELOST_VELDEN = Set.of("toelichting");
    private static final Set<String> DOOR_VELDEN = Set.of("reden");
    /** The doel of the read before a change (If-Match needs the current version). */
    public static final String DOEL_BEHANDELEN = "Escalatie behandelen";
    private static final String STATUS_CODES = Arrays.stream(EscalatieStatus.values()).map(EscalatieStatus::code)
            .collect(Collectors.joining(", "));

    /** The 403 of {@link nl.doorbraak.web.route.Kernroutes} for escaleren and afhandelen: the same words as the core's. */
    public static final String ESCALEREN_GEWEIGERD = "Escaleren kan een casusregisseur, of een tafellid voor een casus van "
            + "zijn tafel.";
    public static final String AFHANDELEN_GEWEIGERD = "Alleen een casusregisseur handelt escalaties af (beantwoorden, "
            + "oplossen, doorescaleren).";

    private final Omgeving omgeving;

    public EscalatieRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    /** Een escalatie die de gebruiker mag zien (de core beslist en legt de inzage vast); anders 404. */
    private static Escalatie zichtbare(Aanvraag a, Gemeente g, EscalatieService service) {
        String id = a.deel(3);
        return service.zoek(a.namens(), g.id(), id).orElseThrow(() -> nietGevonden(id));
    }

    private static Probleem nietGevonden(String id) {
        return Probleem.nietGevonden("Escalatie '" + id + "' niet gevonden.");
    }

    // ---------------------------------------------------------------- routes

    /** {@code GET …/escalatieroute}: de niveaus die nu gelden, van laag naar hoog. */
    public void route(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        EscalatieService service = a.dienst(omgeving.escalaties);
        List<Escalatieniveau> route = service.route(a.namens(), g.id());
        a.json(200, new Escalatieroute(g.id(), route, service.ingangen(a.namens(), g.id())));
    }

    /**
     * Het antwoord van {@code GET …/escalatieroute}; {@code ingangen}: niveaus waarnaar een gebruiker hier niet zelf
     * escaleert, met de zin die zegt hoe wel (sinds issue 13).
     */
    public record Escalatieroute(String gemeente, List<Escalatieniveau> niveaus, Map<String, String> ingangen) {
    }

    /** {@code GET …/casussen/{id}/escalaties}: oudste eerst. */
    public void vanCasus(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Paginering p = Paginering.uit(a);
        List<Escalatie> alle = a.dienst(omgeving.escalaties).vanCasus(a.namens(), g.id(), a.deel(3));
        p.schrijf(a, alle.size(), p.deel(alle), Map.of());
    }

    /** {@code POST …/casussen/{id}/escalaties}. */
    public void escaleer(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        String casusId = a.deel(3);
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(ESCALEER_VELDEN, Set.of());
        String reden = reden(in, "Geef een reden om te escaleren: wat kan de tafel zelf niet oplossen, en wat "
                + "vraagt u van het volgende niveau?");
        String niveau = in.tekst("niveau", false);
        in.klaar();
        EscalatieService service = a.dienst(omgeving.escalaties);
        Escalatie e = a.eenmalig("escalatie", () -> service.escaleer(a.namens(), g.id(), casusId, niveau,
                reden), id -> service.zoek(a.namens(), g.id(), id));
        aangemaakt(a, g, e);
    }

    /** {@code GET …/escalaties?status=&niveau=&verlopen=true}: nieuwste eerst. */
    public void lijst(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Paginering p = Paginering.uit(a);
        String statusCode = leeg(a.queryEen("status"));
        String niveau = leeg(a.queryEen("niveau"));
        String verlopen = leeg(a.queryEen("verlopen"));
        List<VeldFout> fouten = new java.util.ArrayList<>();
        EscalatieStatus status = null;
        if (statusCode != null) {
            status = EscalatieStatus.vanCode(statusCode).orElse(null);
            if (status == null) {
                fouten.add(new VeldFout("status", "ongeldig", "Onbekende status; kies uit: " + STATUS_CODES + "."));
            }
        }
        if (verlopen != null && !verlopen.equals("true") && !verlopen.equals("false")) {
            fouten.add(new VeldFout("verlopen", "ongeldig", "Moet true of false zijn."));
        }
        if (!fouten.isEmpty()) {
            throw Probleem.ongeldig("Ongeldig filter.", fouten);
        }
        boolean alleenVerlopen = "true".equals(verlopen);
        // the core narrows a tafellid's list to his tafels and records the read
        Pagina<Escalatie> pagina = a.dienst(omgeving.escalaties).lijst(a.namens(), g.id(),
                new EscalatieFilter(status, niveau, alleenVerlopen, null), p.page(), p.pageSize());
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", statusCode);
        filters.put("niveau", niveau);
        filters.put("verlopen", alleenVerlopen ? "true" : null);
        p.schrijf(a, pagina.count(), pagina.results(), filters);
    }

    /** {@code GET …/escalaties/{id}}, met ETag. */
    public void lees(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Escalatie e = zichtbare(a, g, a.dienst(omgeving.escalaties));
        if (Versies.nietGewijzigd(a, e.versie())) {
            a.header("ETag", Versies.etag(e.versie()));
            a.leeg(304);
            return;
        }
        stuur(a, 200, e);
    }

    /** {@code POST …/escalaties/{id}/antwoord} {@code {"antwoord": "..."}}; If-Match optioneel. */
    public void antwoord(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        EscalatieService service = a.dienst(omgeving.escalaties);
        Escalatie huidig = zichtbare(a, g, service);
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(ANTWOORD_VELDEN, Set.of());
        String antwoord = in.tekst("antwoord", true);
        in.klaar();
        Long versie = Versies.verwacht(a, huidig.versie(), false, "De escalatie");
        stuur(a, 200, service.beantwoord(a.namens(), g.id(), huidig.id(), versie, antwoord));
    }

    /** {@code POST …/escalaties/{id}/opgelost} {@code {"toelichting": "..."}} (optioneel); If-Match optioneel. */
    public void opgelost(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        EscalatieService service = a.dienst(omgeving.escalaties);
        Escalatie huidig = zichtbare(a, g, service);
        ObjectNode body = a.jsonBody(false);
        String toelichting = null;
        if (body != null) {
            Invoer in = new Invoer(body);
            in.alleen(OPGELOST_VELDEN, Set.of());
            toelichting = in.tekst("toelichting", false);
            in.klaar();
        }
        Long versie = Versies.verwacht(a, huidig.versie(), false, "De escalatie");
        stuur(a, 200, service.losOp(a.namens(), g.id(), huidig.id(), versie, toelichting));
    }

    /** {@code POST …/escalaties/{id}/doorescaleren} {@code {"reden": "..."}}: 201 met de nieuwe escalatie. */
    public void doorescaleren(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        EscalatieService service = a.dienst(omgeving.escalaties);
        Escalatie huidig = zichtbare(a, g, service);
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(DOOR_VELDEN, Set.of());
        String reden = reden(in, "Geef een reden om door te escaleren: waarom lost dit niveau het niet op?");
        in.klaar();
        Long versie = Versies.verwacht(a, huidig.versie(), false, "De escalatie");
        aangemaakt(a, g, a.eenmalig("escalatie", () -> service.escaleerDoor(a.namens(), g.id(), huidig.id(), versie,
                reden), id -> service.zoek(a.namens(), g.id(), id)));
    }

    /** De verplichte reden, met een uitleg in plaats van alleen "verplicht"; een verkeerd type is al gemeld. */
    private static String reden(Invoer in, String uitleg) {
        String reden = in.tekst("reden", false);
        boolean geenTekst = in.aanwezig("reden") && !in.expliciet("reden") && reden == null;
        if (!geenTekst && (reden == null || reden.isBlank())) {
            in.fout("reden", "verplicht", uitleg);
        }
        return reden;
    }

    private static String leeg(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static void aangemaakt(Aanvraag a, Gemeente g, Escalatie e) throws IOException {
        a.header("Location", a.publiek("/api/gemeenten/" + g.id() + "/escalaties/" + e.id()));
        stuur(a, 201, e);
    }

    private static void stuur(Aanvraag a, int status, Escalatie e) throws IOException {
        a.header("ETag", Versies.etag(e.versie()));
        a.json(status, e);
    }
}
