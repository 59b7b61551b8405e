package nl.doorbraak.web.routes;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.CasusWijziging;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Resultaat;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Invoer;
import nl.doorbraak.web.http.MergePatch;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.http.Probleem;
import nl.doorbraak.web.http.Versies;

/**
 * {@code /api/gemeenten/{gemeente}/casussen...}. Een casusregisseur ziet alle casussen van zijn gemeente, een
 * tafellid alleen die van zijn eigen tafels (andere: 404); andere rollen zien geen casusinhoud (403).
 */
public final class CasusRoutes {

    private static final Set<String> INTAKE_VELDEN = Set.of("tafelId", "titel", "hulpvraag", "inwoner", "thema",
            "betrokkenOrganisaties", "variantData");
    private static final Set<String> WIJZIG_VELDEN = Set.of("titel", "hulpvraag", "inwoner", "thema",
            "betrokkenOrganisaties", "variantData",
            // mogen mee als ze niet veranderen (rondje GET → PUT)
            "id", "gemeente", "tafelId", "variant", "status");
    /** Zet het platform zelf; in een PUT of PATCH genegeerd. */
    private static final Set<String> METAGEGEVENS = Set.of("historie", "resultaat", "versie", "aangemaakt", "gewijzigd");
    private static final Set<String> ALLEEN_LEZEN = Set.of("id", "gemeente", "variant", "status", "resultaat", "historie", "versie",
            "aangemaakt", "gewijzigd");
    private static final Set<String> INWONER_VELDEN = Set.of("pseudoniem", "initialen");
    private static final Set<String> STATUS_VELDEN = Set.of("status", "reden", "resultaat", "ondanksOpenstaand");
    private static final String RESULTAAT_CODES = Arrays.stream(Resultaat.values()).map(Resultaat::code)
            .collect(Collectors.joining(", "));
    private static final String STATUS_CODES = Arrays.stream(CasusStatus.values()).map(CasusStatus::code)
            .collect(Collectors.joining(", "));

    /** Het doel van het lezen vóór een wijziging: de wijziging zelf. */
    public static final String DOEL_BEHANDELEN = "Casus behandelen";

    /** Wat een gebruiker van de casussen van zijn gemeente mag zien (voor routes die de core nog niet toetst). */
    enum Bereik {
        ALLES, EIGEN_TAFELS
    }

    private final Omgeving omgeving;

    public CasusRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    static Bereik bereik(Gebruiker u) {
        if (u.heeft(Rol.CASUSREGISSEUR)) {
            return Bereik.ALLES;
        }
        if (u.heeft(Rol.TAFELLID)) {
            return Bereik.EIGEN_TAFELS;
        }
        throw Probleem.geenToegang("Uw rol geeft geen toegang tot de inhoud van casussen.");
    }

    private static Probleem casusNietGevonden(String id) {
        return Probleem.nietGevonden("Casus '" + id + "' niet gevonden.");
    }

    /** De casus uit het pad ({@code casussen/{id}}) als de gebruiker hem mag zien; anders 403 of 404. */
    Casus zichtbare(Aanvraag a, Gemeente g) {
        return zichtbare(a, g, a.deel(3));
    }

    /**
     * Een casus die de gebruiker mag zien, op id; anders 403 of 404. De core beslist en legt de inzage vast
     * ("Casus bekijken").
     */
    Casus zichtbare(Aanvraag a, Gemeente g, String id) {
        return zichtbare(a, g, id, a.namens());
    }

    private Casus zichtbare(Aanvraag a, Gemeente g, String id, nl.doorbraak.api.toegang.Namens namens) {
        return a.dienst(omgeving.casussen).zoek(namens, g.id(), id).orElseThrow(() -> casusNietGevonden(id));
    }

    public void lijst(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Paginering p = Paginering.uit(a);
        String statusCode = a.queryEen("status");
        CasusStatus status = null;
        if (statusCode != null && !statusCode.isEmpty()) {
            status = CasusStatus.vanCode(statusCode).orElseThrow(() -> Probleem.ongeldig("Onbekende status.",
                    new VeldFout("status", "ongeldig", "Kies uit: " + STATUS_CODES + ".")));
        }
        String tafel = a.queryEen("tafel");
        if (tafel != null && tafel.isEmpty()) {
            tafel = null;
        }
        String variant = a.queryEen("variant");
        if (variant != null && variant.isEmpty()) {
            variant = null;
        }
        CasusFilter filter = new CasusFilter(status, tafel, null, variant);
        CasusService service = a.dienst(omgeving.casussen);
        // the core narrows a tafellid to his own tafels and records the verwerkingen
        Pagina<Casus> pagina = service.lijst(a.namens(), g.id(), filter, p.page(), p.pageSize());
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", statusCode == null || statusCode.isEmpty() ? null : statusCode);
        filters.put("tafel", tafel);
        filters.put("variant", variant);
        p.schrijf(a, pagina.count(), pagina.results(), filters);
    }

    public void lees(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Casus c = zichtbare(a, g);
        if (Versies.nietGewijzigd(a, c.versie())) {
            a.header("ETag", Versies.etag(c.versie()));
            a.leeg(304);
            return;
        }
        stuur(a, 200, c);
    }

    public void maak(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Gebruiker u = a.gebruiker();
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(INTAKE_VELDEN, ALLEEN_LEZEN);
        for (String veld : ALLEEN_LEZEN) {
            if (in.aanwezig(veld)) {
                in.fout(veld, "alleenLezen", "Dit veld zet het platform zelf.");
            }
        }
        String tafelId = in.tekst("tafelId", true);
        String titel = in.tekst("titel", true);
        String hulpvraag = in.tekst("hulpvraag", true);
        Inwoner inwoner = inwoner(in, null);
        String thema = in.tekst("thema", false);
        List<String> organisaties = in.tekstLijst("betrokkenOrganisaties");
        Map<String, Object> variantData = zonderSchemaVersie(in.map("variantData"));
        in.klaar();
        CasusService service = a.dienst(omgeving.casussen);
        Casus c = a.eenmalig("casus", () -> service.maak(a.namens(), g.id(),
                new NieuweCasus(tafelId, titel, hulpvraag, inwoner, thema, organisaties, variantData)),
                id -> service.zoek(a.namens(), g.id(), id));
        a.header("Location", a.hier() + "/" + c.id());
        stuur(a, 201, c);
    }

    /** PUT: titel en hulpvraag verplicht; weggelaten optionele velden blijven zoals ze waren. */
    public void vervang(Aanvraag a) throws IOException {
        wijzig(a, true);
    }

    /** PATCH (JSON merge patch): alleen de meegestuurde velden; {@code variantData} wordt samengevoegd. */
    public void patch(Aanvraag a) throws IOException {
        wijzig(a, false);
    }

    private void wijzig(Aanvraag a, boolean volledig) throws IOException {
        Gemeente g = a.gemeente();
        if (a.req.getHeader("If-Match") == null) {
            throw Probleem.ifMatchVereist();
        }
        CasusService service = a.dienst(omgeving.casussen);
        Casus huidig = zichtbare(a, g, a.deel(3), a.namens());
        ObjectNode body = a.jsonBody(true);
        Invoer in = new Invoer(body);
        in.alleen(WIJZIG_VELDEN, METAGEGEVENS);
        in.alleenLezen("id", huidig.id());
        in.alleenLezen("gemeente", huidig.gemeente());
        in.alleenLezen("tafelId", huidig.tafelId());
        in.alleenLezen("variant", huidig.variant());
        in.alleenLezen("status", huidig.status() == null ? null : huidig.status().code());
        String titel = in.tekst("titel", volledig || in.expliciet("titel"));
        String hulpvraag = in.tekst("hulpvraag", volledig || in.expliciet("hulpvraag"));
        Inwoner inwoner = null;
        if (in.expliciet("inwoner")) {
            in.fout("inwoner", "verplicht", "De inwoner kan niet worden weggehaald.");
        } else {
            inwoner = inwoner(in, huidig.inwoner());
        }
        // null in een merge patch betekent: leegmaken
        String thema = in.expliciet("thema") ? "" : in.tekst("thema", false);
        List<String> organisaties = in.expliciet("betrokkenOrganisaties") ? List.of()
                : in.tekstLijst("betrokkenOrganisaties");
        Map<String, Object> variantData = null;
        if (in.expliciet("variantData")) {
            variantData = Map.of();
        } else {
            Map<String, Object> gestuurd = in.map("variantData");
            if (gestuurd != null) {
                variantData = volledig ? gestuurd : MergePatch.voegSamen(huidig.variantData(), gestuurd);
            }
        }
        in.klaar();
        long versie = Versies.verwacht(a, huidig.versie(), true, "De casus");
        Casus c = service.wijzig(a.namens(), g.id(), huidig.id(), versie, new CasusWijziging(titel, hulpvraag, inwoner,
                thema, organisaties, zonderSchemaVersie(variantData)));
        stuur(a, 200, c);
    }

    public void status(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        CasusService service = a.dienst(omgeving.casussen);
        Casus huidig = zichtbare(a, g, a.deel(3), a.namens());
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(STATUS_VELDEN, Set.of());
        String code = in.tekst("status", true);
        String reden = in.tekst("reden", false);
        String resultaatCode = in.tekst("resultaat", false);
        boolean ondanksOpenstaand = in.waarheid("ondanksOpenstaand", false);
        Resultaat resultaat = null;
        if (resultaatCode != null) {
            resultaat = Resultaat.vanCode(resultaatCode).orElse(null);
            if (resultaat == null) {
                in.fout("resultaat", "ongeldig", "Onbekend resultaat; kies uit: " + RESULTAAT_CODES + ".");
            }
        }
        CasusStatus naar = null;
        if (code != null) {
            naar = CasusStatus.vanCode(code).orElse(null);
            if (naar == null) {
                in.fout("status", "ongeldig", "Onbekende status; kies uit: " + STATUS_CODES + ".");
            }
        }
        in.klaar();
        Long versie = Versies.verwacht(a, huidig.versie(), false, "De casus");
        if (huidig.status() != null && !huidig.status().magNaar(naar)) {
            String mogelijk = huidig.status().volgende().stream().map(CasusStatus::code)
                    .collect(Collectors.joining(", "));
            throw Probleem.conflict("Een casus met status '" + huidig.status().code() + "' kan niet naar '"
                    + naar.code() + "'" + (mogelijk.isEmpty() ? "; deze status is de laatste." : "; wel naar: " + mogelijk + "."));
        }
        Casus c = service.wijzigStatus(a.namens(), g.id(), huidig.id(), versie, naar, reden, resultaat,
                ondanksOpenstaand);
        stuur(a, 200, c);
    }

    private static Inwoner inwoner(Invoer in, Inwoner huidig) {
        Invoer i = in.genest("inwoner", false);
        if (i == null) {
            return null;
        }
        i.alleen(INWONER_VELDEN, Set.of());
        String pseudoniem = i.tekst("pseudoniem", false);
        String initialen = i.tekst("initialen", false);
        if (huidig != null) {
            // samenvoegen: wat niet meekomt blijft
            if (!i.aanwezig("pseudoniem")) {
                pseudoniem = huidig.pseudoniem();
            }
            if (!i.aanwezig("initialen")) {
                initialen = huidig.initialen();
            }
        }
        return new Inwoner(pseudoniem, initialen);
    }

    /** {@code schemaVersie} zet de core zelf; een client die hem terugstuurt bedoelt er niets mee. */
    private static Map<String, Object> zonderSchemaVersie(Map<String, Object> data) {
        if (data == null || !data.containsKey(Casus.SCHEMA_VERSIE)) {
            return data;
        }
        Map<String, Object> kopie = new LinkedHashMap<>(data);
        kopie.remove(Casus.SCHEMA_VERSIE);
        return kopie;
    }

    /** De core heeft de inzage of wijziging al vastgelegd. */
    private static void stuur(Aanvraag a, int status, Casus c) throws IOException {
        a.header("ETag", Versies.etag(c.versie()));
        a.json(status, c);
    }
}
