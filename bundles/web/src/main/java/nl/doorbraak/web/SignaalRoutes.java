package nl.doorbraak.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.GekoppeldeCasus;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.NieuwSignaal;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalFilter;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.domein.SignaalVolgorde;
import nl.doorbraak.api.domein.SignaalWijziging;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.service.SignaalService;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;

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
 */
final class SignaalRoutes {

    static final Set<Rol> MELDERS = Set.of(Rol.GEMEENTEBEHEERDER, Rol.CASUSREGISSEUR, Rol.TAFELLID, Rol.TRANSFORMAATJE);
    static final Set<Rol> BEHANDELAARS = Set.of(Rol.GEMEENTEBEHEERDER, Rol.CASUSREGISSEUR);

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

    SignaalRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    void lijst(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, MELDERS, "de signalen");
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
        Pagina<Signaal> pagina = a.dienst(omgeving.signalen).lijst(g.id(),
                new SignaalFilter(status, organisatie, volgorde), p.page(), p.pageSize());
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", statusCode);
        filters.put("organisatie", organisatie);
        filters.put("sorteer", sorteer);
        Predicate<GekoppeldeCasus> zichtbaar = titelZichtbaar(a.gebruiker());
        verwerk(a, g.id(), pagina.results(), zichtbaar);
        p.schrijf(a, pagina.count(), pagina.results(), filters, (j, s) -> DomeinJson.signaal(j, s, zichtbaar));
    }

    void lees(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, MELDERS, "de signalen");
        Signaal s = zoek(a, g, a.dienst(omgeving.signalen));
        if (Versies.nietGewijzigd(a, s.versie())) {
            a.header("ETag", Versies.etag(s.versie()));
            a.leeg(304);
            return;
        }
        stuur(a, 200, s);
    }

    void maak(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, MELDERS, "het melden van signalen");
        Gebruiker u = a.gebruiker();
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
        if (casusIds != null && beperktTotEigenTafels(u)) {
            List<VeldFout> fouten = new ArrayList<>();
            for (int i = 0; i < casusIds.size(); i++) {
                if (!zichtbaar(a, g, u, casusIds.get(i))) {
                    fouten.add(new VeldFout("casusIds." + i, "onbekend", casusOnbekend(casusIds.get(i))));
                }
            }
            if (!fouten.isEmpty()) {
                throw Probleem.ongeldig(fouten.size() == 1 ? "De invoer klopt niet: " + fouten.get(0).reden()
                        : "De invoer klopt niet op " + fouten.size() + " punten.", fouten);
            }
        }
        SignaalService service = a.dienst(omgeving.signalen);
        Signaal s = a.eenmalig("signaal", () -> service.maak(g.id(),
                new NieuwSignaal(regel, organisatie, omschrijving, casusIds), u.gebruikersnaam()),
                id -> service.zoek(g.id(), id));
        a.header("Location", a.hier() + "/" + s.id());
        stuur(a, 201, s);
    }

    /** PUT met If-Match (verplicht): regel, organisatie en omschrijving; status en antwoord via {@code /status}. */
    void vervang(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, MELDERS, "het wijzigen van signalen");
        Gebruiker u = a.gebruiker();
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
        stuur(a, 200, service.wijzig(g.id(), huidig.id(), versie,
                new SignaalWijziging(regel, organisatie, omschrijving), u.gebruikersnaam()));
    }

    void status(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, BEHANDELAARS, "het behandelen van signalen");
        Gebruiker u = a.gebruiker();
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
        stuur(a, 200, service.wijzigStatus(g.id(), huidig.id(), versie, naar, reden, antwoord, u.gebruikersnaam()));
    }

    /** Koppelt een casus; nog eens koppelen verandert niets en geeft ook 200. */
    void koppel(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, MELDERS, "het koppelen van casussen aan signalen");
        Gebruiker u = a.gebruiker();
        SignaalService service = a.dienst(omgeving.signalen);
        Signaal huidig = zoek(a, g, service);
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(Set.of("casusId"), Set.of());
        String casusId = in.tekst("casusId", true);
        in.klaar();
        if (beperktTotEigenTafels(u) && !zichtbaar(a, g, u, casusId)) {
            throw Probleem.ongeldig("De invoer klopt niet: " + casusOnbekend(casusId),
                    new VeldFout("casusId", "onbekend", casusOnbekend(casusId)));
        }
        stuur(a, 200, service.koppel(g.id(), huidig.id(), casusId, u.gebruikersnaam()));
    }

    void ontkoppel(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, MELDERS, "het koppelen van casussen aan signalen");
        Gebruiker u = a.gebruiker();
        SignaalService service = a.dienst(omgeving.signalen);
        Signaal huidig = zoek(a, g, service);
        String casusId = a.deel(5);
        if (beperktTotEigenTafels(u) && !zichtbaar(a, g, u, casusId)) {
            throw Probleem.nietGevonden("Casus '" + casusId + "' is niet aan dit signaal gekoppeld.");
        }
        stuur(a, 200, service.ontkoppel(g.id(), huidig.id(), casusId, u.gebruikersnaam()));
    }

    /** {@code GET .../casussen/{id}/signalen}: voor wie de casus mag zien, zoals bij de casus zelf. */
    void vanCasus(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, Set.of(Rol.CASUSREGISSEUR, Rol.TAFELLID), "de inhoud van casussen");
        Gebruiker u = a.gebruiker();
        String casusId = a.deel(3);
        if (!zichtbaar(a, g, u, casusId)) {
            throw Probleem.nietGevonden("Casus '" + casusId + "' niet gevonden.");
        }
        Paginering p = Paginering.uit(a);
        List<Signaal> alle = a.dienst(omgeving.signalen).vanCasus(g.id(), casusId);
        Predicate<GekoppeldeCasus> titel = titelZichtbaar(u);
        verwerk(a, g.id(), alle, titel);
        p.schrijf(a, alle.size(), p.deel(alle), Map.of(), (j, s) -> DomeinJson.signaal(j, s, titel));
    }

    // ---------------------------------------------------------------- helpers

    /** Een tafellid (zonder casusregisseur te zijn) ziet alleen de casussen van zijn eigen tafels. */
    private static boolean beperktTotEigenTafels(Gebruiker u) {
        return u.heeft(Rol.TAFELLID) && !u.heeft(Rol.CASUSREGISSEUR);
    }

    /** Of de gebruiker deze casus mag zien; een casus van een andere tafel bestaat voor een tafellid niet. */
    private boolean zichtbaar(Aanvraag a, Gemeente g, Gebruiker u, String casusId) {
        if (casusId == null || !u.heeft(Rol.CASUSREGISSEUR) && !u.heeft(Rol.TAFELLID)) {
            return false; // no casus rights: no casus to see (the core would say 403)
        }
        // the core applies the tafel rule and records the read
        return a.dienst(omgeving.casussen).zoek(a.namens(), g.id(), casusId).isPresent();
    }

    /** Titels van casussen zijn casusinhoud: wie ze te zien krijgt, staat in het verwerkingenlog. */
    private static void verwerk(Aanvraag a, String gemeente, java.util.Collection<Signaal> signalen,
            Predicate<GekoppeldeCasus> zichtbaar) {
        List<String> ids = signalen.stream().flatMap(s -> s.casussen().stream()).filter(zichtbaar)
                .map(GekoppeldeCasus::casusId).distinct().toList();
        Verwerkingen.perCasus(a, gemeente, ids, "signaal",
                "GET".equals(a.methode()) ? "Signalen over regels die knellen bekijken" : "Signaal behandelen");
    }

    private static Predicate<GekoppeldeCasus> titelZichtbaar(Gebruiker u) {
        if (u.heeft(Rol.CASUSREGISSEUR)) {
            return k -> true;
        }
        if (u.heeft(Rol.TAFELLID)) {
            return k -> u.tafels().contains(k.tafelId());
        }
        return k -> false;
    }

    /** Dezelfde woorden als de core: nooit verraden dat een casus elders bestaat. */
    private static String casusOnbekend(String casusId) {
        return "Casus '" + casusId + "' bestaat niet in deze gemeente.";
    }

    private static Signaal zoek(Aanvraag a, Gemeente g, SignaalService service) {
        String id = a.deel(3);
        return service.zoek(g.id(), id)
                .orElseThrow(() -> Probleem.nietGevonden("Signaal '" + id + "' niet gevonden."));
    }

    private static String leeg(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private void stuur(Aanvraag a, int status, Signaal s) throws IOException {
        a.header("ETag", Versies.etag(s.versie()));
        Predicate<GekoppeldeCasus> zichtbaar = titelZichtbaar(a.gebruiker());
        verwerk(a, s.gemeente(), List.of(s), zichtbaar);
        a.json(status, g -> DomeinJson.signaal(g, s, zichtbaar));
    }
}
