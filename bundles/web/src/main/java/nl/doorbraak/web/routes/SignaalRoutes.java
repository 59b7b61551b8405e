package nl.doorbraak.web.routes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.NieuwSignaal;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalFilter;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.domein.SignaalVolgorde;
import nl.doorbraak.api.domein.SignaalWijziging;
import nl.doorbraak.api.service.SignaalService;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Invoer;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.http.Probleem;
import nl.doorbraak.web.http.Versies;

/**
 * {@code /api/gemeenten/{gemeente}/signalen...} en {@code .../casussen/{id}/signalen}: "de regel is stuk".
 *
 * <ul>
 * <li>lezen, melden, de tekst wijzigen en casussen (ont)koppelen: gemeentebeheerder, casusregisseur, tafellid,
 * transformaatje; een tafellid alleen met casussen van zijn eigen tafels;</li>
 * <li>status en antwoord: casusregisseur en gemeentebeheerder;</li>
 * <li>titels van gekoppelde casussen zijn casusinhoud: alleen voor wie de casus mag zien (casusregisseur, tafellid
 * van die tafel); de anderen zien alleen het id;</li>
 * <li>platformbeheerder en Rijk: 403.</li>
 * </ul>
 * De core beslist en legt vast (SignaalService, in naam van de gebruiker); hier blijft HTTP, en de vroege 403 vóór
 * de invoer, zoals altijd.
 */
public final class SignaalRoutes {

    private static final Set<String> MELD_VELDEN = Set.of("regel", "organisatie", "omschrijving", "casusIds");
    private static final Set<String> WIJZIG_VELDEN = Set.of("regel", "organisatie", "omschrijving", "status",
            "antwoord");
    /** Zet het platform zelf; bij melden een fout, in een PUT genegeerd (rondje GET → PUT). */
    private static final Set<String> ALLEEN_LEZEN = Set.of("id", "gemeente", "status", "antwoord", "gewicht",
            "casussen", "historie", "versie", "aangemaakt", "gewijzigd");
    private static final Set<String> STATUS_VELDEN = Set.of("status", "reden", "antwoord");
    private static final String STATUS_CODES = Arrays.stream(SignaalStatus.values()).map(SignaalStatus::code)
            .collect(Collectors.joining(", "));

    private final Omgeving omgeving;

    public SignaalRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    public void lijst(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Paginering p = Paginering.uit(a);
        List<VeldFout> fouten = new ArrayList<>();
        String statusCode = leeg(a.queryEen("status"));
        SignaalStatus status = null;
        if (statusCode != null) {
            status = SignaalStatus.vanCode(statusCode).orElse(null);
            if (status == null) {
                fouten.add(new VeldFout("status", "ongeldig", "Kies uit: " + STATUS_CODES + "."));
            }
        }
        String sorteer = leeg(a.queryEen("sorteer"));
        SignaalVolgorde volgorde = null;
        if (sorteer != null) {
            volgorde = SignaalVolgorde.vanCode(sorteer).orElse(null);
            if (volgorde == null) {
                fouten.add(new VeldFout("sorteer", "ongeldig", "Kies uit: aangemaakt (nieuwste eerst, standaard), "
                        + "gewicht (meeste casussen eerst)."));
            }
        }
        if (!fouten.isEmpty()) {
            throw Probleem.ongeldig("Ongeldig filter.", fouten);
        }
        String organisatie = leeg(a.queryEen("organisatie"));
        Pagina<Signaal> pagina = a.dienst(omgeving.signalen).lijst(a.namens(), g.id(),
                new SignaalFilter(status, organisatie, volgorde), p.page(), p.pageSize());
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", statusCode);
        filters.put("organisatie", organisatie);
        filters.put("sorteer", sorteer);
        p.schrijf(a, pagina.count(), pagina.results(), filters);
    }

    public void lees(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Signaal s = zoek(a, g, a.dienst(omgeving.signalen));
        if (Versies.nietGewijzigd(a, s.versie())) {
            a.header("ETag", Versies.etag(s.versie()));
            a.leeg(304);
            return;
        }
        stuur(a, 200, s);
    }

    public void maak(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(MELD_VELDEN, ALLEEN_LEZEN);
        for (String veld : ALLEEN_LEZEN) {
            if (in.aanwezig(veld)) {
                in.fout(veld, "alleenLezen", "Dit veld zet het platform zelf.");
            }
        }
        String regel = in.tekst("regel", true);
        String organisatie = in.tekst("organisatie", true);
        String omschrijving = in.tekst("omschrijving", true);
        List<String> casusIds = in.tekstLijst("casusIds");
        in.klaar();
        SignaalService service = a.dienst(omgeving.signalen);
        Signaal s = a.eenmalig("signaal", () -> service.maak(a.namens(), g.id(),
                new NieuwSignaal(regel, organisatie, omschrijving, casusIds)),
                id -> service.zoek(a.namens(), g.id(), id));
        a.header("Location", a.hier() + "/" + s.id());
        stuur(a, 201, s);
    }

    /** PUT met If-Match (verplicht): regel, organisatie en omschrijving; status en antwoord via {@code /status}. */
    public void vervang(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        if (a.req.getHeader("If-Match") == null) {
            throw Probleem.ifMatchVereist();
        }
        SignaalService service = a.dienst(omgeving.signalen);
        Signaal huidig = zoek(a, g, service);
        ObjectNode body = a.jsonBody(true);
        Invoer in = new Invoer(body);
        in.alleen(WIJZIG_VELDEN, ALLEEN_LEZEN);
        in.alleenLezen("status", huidig.status().code());
        JsonNode antwoord = body.get("antwoord");
        if (antwoord != null && !antwoord.isNull()
                && !(antwoord.isTextual() && antwoord.textValue().equals(huidig.antwoord()))) {
            in.fout("antwoord", "alleenLezen", "Het antwoord geeft u met een statusovergang (POST …/status).");
        }
        String regel = in.tekst("regel", true);
        String organisatie = in.tekst("organisatie", true);
        String omschrijving = in.tekst("omschrijving", true);
        in.klaar();
        long versie = Versies.verwacht(a, huidig.versie(), true, "Het signaal");
        stuur(a, 200, service.wijzig(a.namens(), g.id(), huidig.id(), versie,
                new SignaalWijziging(regel, organisatie, omschrijving)));
    }

    public void status(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        SignaalService service = a.dienst(omgeving.signalen);
        Signaal huidig = zoek(a, g, service);
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(STATUS_VELDEN, Set.of());
        String code = in.tekst("status", true);
        String reden = in.tekst("reden", false);
        String antwoord = in.tekst("antwoord", false);
        SignaalStatus naar = null;
        if (code != null) {
            naar = SignaalStatus.vanCode(code).orElse(null);
            if (naar == null) {
                in.fout("status", "ongeldig", "Onbekende status; kies uit: " + STATUS_CODES + ".");
            }
        }
        in.klaar();
        Long versie = Versies.verwacht(a, huidig.versie(), false, "Het signaal");
        stuur(a, 200, service.wijzigStatus(a.namens(), g.id(), huidig.id(), versie, naar, reden, antwoord));
    }

    /** Koppelt een casus; nog eens koppelen verandert niets en geeft ook 200. */
    public void koppel(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        SignaalService service = a.dienst(omgeving.signalen);
        Signaal huidig = zoek(a, g, service);
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(Set.of("casusId"), Set.of());
        String casusId = in.tekst("casusId", true);
        in.klaar();
        stuur(a, 200, service.koppel(a.namens(), g.id(), huidig.id(), casusId));
    }

    public void ontkoppel(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        SignaalService service = a.dienst(omgeving.signalen);
        Signaal huidig = zoek(a, g, service);
        stuur(a, 200, service.ontkoppel(a.namens(), g.id(), huidig.id(), a.deel(5)));
    }

    /** {@code GET .../casussen/{id}/signalen}: voor wie de casus mag zien, zoals bij de casus zelf. */
    public void vanCasus(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        String casusId = a.deel(3);
        // the core says first whether the casus is his to see (404), as always before the paging
        List<Signaal> alle = a.dienst(omgeving.signalen).vanCasus(a.namens(), g.id(), casusId);
        Paginering p = Paginering.uit(a);
        p.schrijf(a, alle.size(), p.deel(alle), Map.of());
    }

    // ---------------------------------------------------------------- helpers

    private static Signaal zoek(Aanvraag a, Gemeente g, SignaalService service) {
        String id = a.deel(3);
        return service.zoek(a.namens(), g.id(), id)
                .orElseThrow(() -> Probleem.nietGevonden("Signaal '" + id + "' niet gevonden."));
    }

    private static String leeg(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private void stuur(Aanvraag a, int status, Signaal s) throws IOException {
        a.header("ETag", Versies.etag(s.versie()));
        a.json(status, s);
    }
}
