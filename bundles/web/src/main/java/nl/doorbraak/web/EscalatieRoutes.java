package nl.doorbraak.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieFilter;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.service.EscalatieService;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;

/**
 * De escalatieroute: {@code …/escalatieroute}, {@code …/casussen/{id}/escalaties} en {@code …/escalaties...}.
 *
 * <p>Lezen: casusregisseur en gemeentebeheerder alles van hun gemeente, een tafellid alleen escalaties van casussen
 * van zijn tafels (andere: 404). Escaleren: casusregisseur, en een tafellid voor casussen van zijn tafels. Afhandelen
 * (antwoord, opgelost, doorescaleren): alleen de casusregisseur. Het Rijk ziet nog niets: wat een escalatie met het
 * Rijk deelt, beslist de rode knop.
 */
final class EscalatieRoutes {

    static final Set<Rol> LEZERS = Set.of(Rol.CASUSREGISSEUR, Rol.GEMEENTEBEHEERDER, Rol.TAFELLID);
    private static final Set<String> ESCALEER_VELDEN = Set.of("reden", "niveau");
    private static final Set<String> ANTWOORD_VELDEN = Set.of("antwoord");
    private static final Set<String> OPGELOST_VELDEN = Set.of("toelichting");
    private static final Set<String> DOOR_VELDEN = Set.of("reden");
    private static final String STATUS_CODES = Arrays.stream(EscalatieStatus.values()).map(EscalatieStatus::code)
            .collect(Collectors.joining(", "));

    private final Omgeving omgeving;

    EscalatieRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    /** De tafels waartoe de gebruiker beperkt is; {@code null}: de hele gemeente. */
    private static Set<String> bereik(Gebruiker u) {
        Toegang.vereisRol(u, LEZERS, "escalaties");
        if (u.heeft(Rol.CASUSREGISSEUR) || u.heeft(Rol.GEMEENTEBEHEERDER)) {
            return null;
        }
        return u.tafels();
    }

    private static void magAfhandelen(Gebruiker u) {
        if (!u.heeft(Rol.CASUSREGISSEUR)) {
            throw Probleem.geenToegang("Alleen een casusregisseur handelt escalaties af (beantwoorden, oplossen, "
                    + "doorescaleren).");
        }
    }

    /** Een casus die de gebruiker mag zien (een tafellid: van zijn tafels); anders 404. */
    private Casus zichtbareCasus(Aanvraag a, Gemeente g, Set<String> tafels, String id) {
        Casus c = a.dienst(omgeving.casussen).zoek(a.namens(), g.id(), id)
                .orElseThrow(() -> Probleem.nietGevonden("Casus '" + id + "' niet gevonden."));
        if (tafels != null && !tafels.contains(c.tafelId())) {
            throw Probleem.nietGevonden("Casus '" + id + "' niet gevonden.");
        }
        return c;
    }

    /** Een escalatie die de gebruiker mag zien; anders 404. */
    private Escalatie zichtbare(Aanvraag a, Gemeente g, Set<String> tafels, EscalatieService service) {
        String id = a.deel(3);
        Escalatie e = service.zoek(g.id(), id).orElseThrow(() -> nietGevonden(id));
        if (tafels != null) {
            boolean eigen = a.dienst(omgeving.casussen).zoek(a.namens(), g.id(), e.casusId())
                    .map(c -> tafels.contains(c.tafelId())).orElse(false);
            if (!eigen) {
                throw nietGevonden(id);
            }
        }
        return e;
    }

    private static Probleem nietGevonden(String id) {
        return Probleem.nietGevonden("Escalatie '" + id + "' niet gevonden.");
    }

    // ---------------------------------------------------------------- routes

    /** {@code GET …/escalatieroute}: de niveaus die nu gelden, van laag naar hoog. */
    void route(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        bereik(a.gebruiker());
        List<Escalatieniveau> route = a.dienst(omgeving.escalaties).route(g.id());
        a.json(200, gen -> {
            gen.writeStartObject();
            gen.writeStringField("gemeente", g.id());
            gen.writeArrayFieldStart("niveaus");
            for (Escalatieniveau n : route) {
                DomeinJson.escalatieniveau(gen, n);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        });
    }

    /** {@code GET …/casussen/{id}/escalaties}: oudste eerst. */
    void vanCasus(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        Set<String> tafels = bereik(a.gebruiker());
        Paginering p = Paginering.uit(a);
        String casusId = a.deel(3);
        if (tafels != null) {
            zichtbareCasus(a, g, tafels, casusId);
        }
        List<Escalatie> alle = a.dienst(omgeving.escalaties).vanCasus(g.id(), casusId);
        if (!alle.isEmpty()) {
            Verwerkingen.perCasus(a, g.id(), List.of(casusId), "escalatie", "Escalaties van de casus bekijken");
        }
        p.schrijf(a, alle.size(), p.deel(alle), Map.of(), DomeinJson::escalatie);
    }

    /** {@code POST …/casussen/{id}/escalaties}. */
    void escaleer(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        Gebruiker u = a.gebruiker();
        if (!u.heeft(Rol.CASUSREGISSEUR) && !u.heeft(Rol.TAFELLID)) {
            throw Probleem.geenToegang("Escaleren kan een casusregisseur, of een tafellid voor een casus van zijn "
                    + "tafel.");
        }
        Set<String> tafels = u.heeft(Rol.CASUSREGISSEUR) ? null : u.tafels();
        String casusId = a.deel(3);
        if (tafels != null) {
            zichtbareCasus(a, g, tafels, casusId);
        }
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(ESCALEER_VELDEN, Set.of());
        String reden = reden(in, "Geef een reden om te escaleren: wat kan de tafel zelf niet oplossen, en wat "
                + "vraagt u van het volgende niveau?");
        String niveau = in.tekst("niveau", false);
        in.klaar();
        EscalatieService service = a.dienst(omgeving.escalaties);
        Escalatie e = a.eenmalig("escalatie", () -> service.escaleer(g.id(), casusId, niveau, reden,
                u.gebruikersnaam()), id -> service.zoek(g.id(), id));
        aangemaakt(a, g, e);
    }

    /** {@code GET …/escalaties?status=&niveau=&verlopen=true}: nieuwste eerst. */
    void lijst(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        Set<String> tafels = bereik(a.gebruiker());
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
        Pagina<Escalatie> pagina = a.dienst(omgeving.escalaties).lijst(g.id(),
                new EscalatieFilter(status, niveau, alleenVerlopen, tafels), p.page(), p.pageSize());
        Verwerkingen.perCasus(a, g.id(), pagina.results().stream().map(Escalatie::casusId).distinct().toList(),
                "escalatie", "Escalaties van de gemeente volgen");
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", statusCode);
        filters.put("niveau", niveau);
        filters.put("verlopen", alleenVerlopen ? "true" : null);
        p.schrijf(a, pagina.count(), pagina.results(), filters, DomeinJson::escalatie);
    }

    /** {@code GET …/escalaties/{id}}, met ETag. */
    void lees(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        Set<String> tafels = bereik(a.gebruiker());
        Escalatie e = zichtbare(a, g, tafels, a.dienst(omgeving.escalaties));
        if (Versies.nietGewijzigd(a, e.versie())) {
            a.header("ETag", Versies.etag(e.versie()));
            a.leeg(304);
            return;
        }
        stuur(a, 200, e);
    }

    /** {@code POST …/escalaties/{id}/antwoord} {@code {"antwoord": "..."}}; If-Match optioneel. */
    void antwoord(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        Gebruiker u = a.gebruiker();
        magAfhandelen(u);
        EscalatieService service = a.dienst(omgeving.escalaties);
        Escalatie huidig = zichtbare(a, g, null, service);
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(ANTWOORD_VELDEN, Set.of());
        String antwoord = in.tekst("antwoord", true);
        in.klaar();
        Long versie = Versies.verwacht(a, huidig.versie(), false, "De escalatie");
        stuur(a, 200, service.beantwoord(g.id(), huidig.id(), versie, antwoord, u.gebruikersnaam()));
    }

    /** {@code POST …/escalaties/{id}/opgelost} {@code {"toelichting": "..."}} (optioneel); If-Match optioneel. */
    void opgelost(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        Gebruiker u = a.gebruiker();
        magAfhandelen(u);
        EscalatieService service = a.dienst(omgeving.escalaties);
        Escalatie huidig = zichtbare(a, g, null, service);
        ObjectNode body = a.jsonBody(false);
        String toelichting = null;
        if (body != null) {
            Invoer in = new Invoer(body);
            in.alleen(OPGELOST_VELDEN, Set.of());
            toelichting = in.tekst("toelichting", false);
            in.klaar();
        }
        Long versie = Versies.verwacht(a, huidig.versie(), false, "De escalatie");
        stuur(a, 200, service.losOp(g.id(), huidig.id(), versie, toelichting, u.gebruikersnaam()));
    }

    /** {@code POST …/escalaties/{id}/doorescaleren} {@code {"reden": "..."}}: 201 met de nieuwe escalatie. */
    void doorescaleren(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        Gebruiker u = a.gebruiker();
        magAfhandelen(u);
        EscalatieService service = a.dienst(omgeving.escalaties);
        Escalatie huidig = zichtbare(a, g, null, service);
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(DOOR_VELDEN, Set.of());
        String reden = reden(in, "Geef een reden om door te escaleren: waarom lost dit niveau het niet op?");
        in.klaar();
        Long versie = Versies.verwacht(a, huidig.versie(), false, "De escalatie");
        aangemaakt(a, g, a.eenmalig("escalatie", () -> service.escaleerDoor(g.id(), huidig.id(), versie, reden,
                u.gebruikersnaam()), id -> service.zoek(g.id(), id)));
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
        Verwerkingen.perCasus(a, e.gemeente(), List.of(e.casusId()), "escalatie",
                "GET".equals(a.methode()) ? "Escalatie bekijken" : "Escalatie behandelen");
        a.header("ETag", Versies.etag(e.versie()));
        a.json(status, gen -> DomeinJson.escalatie(gen, e));
    }
}
