package nl.doorbraak.web.routes;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.service.BijeenkomstService;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Invoer;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.http.Probleem;
import nl.doorbraak.web.http.Versies;

/**
 * {@code /api/gemeenten/{gemeente}/bijeenkomsten...}. Een casusregisseur plant en agendeert voor alle tafels van zijn
 * gemeente, een tafellid voor zijn eigen tafels (andere bijeenkomsten: 404). De core beslist; hier alleen HTTP, en
 * een vroege 403 waar die altijd vóór de invoer kwam.
 */
public final class BijeenkomstRoutes {

    private static final Set<String> VELDEN = Set.of("tafelId", "datum", "aanwezigen", "notitie");
    private static final Set<String> ALLEEN_LEZEN = Set.of("id", "gemeente", "agenda", "versie", "aangemaakt",
            "gewijzigd");

    private final Omgeving omgeving;
    private final CasusRoutes casussen;

    public BijeenkomstRoutes(Omgeving omgeving, CasusRoutes casussen) {
        this.omgeving = omgeving;
        this.casussen = casussen;
    }

    public void lijst(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Gebruiker u = a.gebruiker();
        CasusRoutes.Bereik bereik = CasusRoutes.bereik(u);
        Paginering p = Paginering.uit(a);
        String tafel = a.queryEen("tafel");
        if (tafel != null && tafel.isBlank()) {
            tafel = null;
        }
        if (bereik == CasusRoutes.Bereik.EIGEN_TAFELS) {
            if (tafel == null && u.tafels().size() == 1) {
                tafel = u.tafels().iterator().next();
            } else if (tafel == null || !u.tafels().contains(tafel)) {
                throw Probleem.ongeldig("Kies een van uw tafels.", new VeldFout("tafel", "ongeldig",
                        "Geef met ?tafel= een tafel op waar u aan zit."));
            }
        }
        Pagina<Bijeenkomst> pagina = a.dienst(omgeving.bijeenkomsten).lijst(a.namens(), g.id(), tafel, p.page(),
                p.pageSize());
        Map<String, String> filters = new HashMap<>();
        filters.put("tafel", tafel);
        p.schrijf(a, pagina.count(), pagina.results(), filters);
    }

    public void lees(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Bijeenkomst b = zichtbare(a, g, a.dienst(omgeving.bijeenkomsten));
        if (Versies.nietGewijzigd(a, b.versie())) {
            a.header("ETag", Versies.etag(b.versie()));
            a.leeg(304);
            return;
        }
        stuur(a, 200, b);
    }

    public void plan(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        NieuweBijeenkomst nieuw = lees(new Invoer(a.jsonBody(true)), false);
        // the core refuses a tafel the user does not sit at (403)
        BijeenkomstService service = a.dienst(omgeving.bijeenkomsten);
        Bijeenkomst b = a.eenmalig("bijeenkomst", () -> service.plan(a.namens(), g.id(), nieuw),
                id -> service.zoek(a.namens(), g.id(), id));
        a.header("Location", a.hier() + "/" + b.id());
        stuur(a, 201, b);
    }

    public void vervang(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        if (a.req.getHeader("If-Match") == null) {
            throw Probleem.ifMatchVereist();
        }
        BijeenkomstService service = a.dienst(omgeving.bijeenkomsten);
        Bijeenkomst huidig = zichtbare(a, g, service);
        NieuweBijeenkomst nieuw = lees(new Invoer(a.jsonBody(true)), true);
        long versie = Versies.verwacht(a, huidig.versie(), true, "De bijeenkomst");
        stuur(a, 200, service.wijzig(a.namens(), g.id(), huidig.id(), versie, nieuw));
    }

    /** {@code POST …/bijeenkomsten/{id}/agenda} met {@code {"casusId": …}}. */
    public void agendeer(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        BijeenkomstService service = a.dienst(omgeving.bijeenkomsten);
        Bijeenkomst b = zichtbare(a, g, service);
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(Set.of("casusId"), Set.of());
        String casusId = in.tekst("casusId", true);
        in.klaar();
        // een casus die de gebruiker niet mag zien, bestaat voor hem niet (404): de core beslist en legt het vast
        stuur(a, 200, service.agendeer(a.namens(), g.id(), b.id(), casusId));
    }

    /** De bijeenkomst uit het pad als de gebruiker haar mag zien (de core beslist); anders 403 of 404. */
    private Bijeenkomst zichtbare(Aanvraag a, Gemeente g, BijeenkomstService service) {
        String id = a.deel(3);
        return service.zoek(a.namens(), g.id(), id)
                .orElseThrow(() -> Probleem.nietGevonden("Bijeenkomst '" + id + "' niet gevonden."));
    }

    private static NieuweBijeenkomst lees(Invoer in, boolean wijziging) {
        in.alleen(VELDEN, ALLEEN_LEZEN);
        if (!wijziging) {
            for (String veld : ALLEEN_LEZEN) {
                if (in.aanwezig(veld)) {
                    in.fout(veld, "alleenLezen", "Dit veld zet het platform zelf.");
                }
            }
        }
        String tafelId = in.tekst("tafelId", !wijziging);
        var datum = in.datum("datum", true);
        List<String> aanwezigen = leesAanwezigen(in);
        String notitie = in.tekst("notitie", false);
        in.klaar();
        return new NieuweBijeenkomst(tafelId, datum, aanwezigen, notitie);
    }

    /** Namen; een deelnemer uit een GET (een object met naam) mag ook. */
    private static List<String> leesAanwezigen(Invoer in) {
        if (!in.aanwezig("aanwezigen")) {
            return List.of();
        }
        List<Invoer> objecten = in.objectLijstOfNull("aanwezigen");
        if (objecten != null) {
            return objecten.stream().map(d -> d.tekst("naam", true)).toList();
        }
        List<String> namen = in.tekstLijst("aanwezigen");
        return namen == null ? List.of() : namen;
    }

    private static void stuur(Aanvraag a, int status, Bijeenkomst b) throws IOException {
        a.header("ETag", Versies.etag(b.versie()));
        a.json(status, b);
    }
}
