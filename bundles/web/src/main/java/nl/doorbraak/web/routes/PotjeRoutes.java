package nl.doorbraak.web.routes;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.NieuwPotje;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Potje;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.service.PotjeService;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Invoer;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.http.Probleem;

/**
 * {@code /api/gemeenten/{gemeente}/potjes...}: Voorkom Erger Potjes. De gemeentebeheerder maakt potjes en stort; wie
 * aan casussen werkt ziet saldo en historie en doet uitgaven bij een besluit.
 */
public final class PotjeRoutes {

    private final Omgeving omgeving;
    private final CasusRoutes casussen;

    public PotjeRoutes(Omgeving omgeving, CasusRoutes casussen) {
        this.omgeving = omgeving;
        this.casussen = casussen;
    }

    public void lijst(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        List<Potje> potjes = a.dienst(omgeving.potjes).lijst(a.namens(), g.id());
        Paginering p = Paginering.uit(a);
        p.schrijf(a, potjes.size(), p.deel(potjes), Map.of());
    }

    public void lees(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Potje p = zoek(a, g, a.dienst(omgeving.potjes));
        a.json(200, p);
    }

    public void maak(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(Set.of("naam", "tafelId", "beginsaldo"), Set.of());
        NieuwPotje nieuw = new NieuwPotje(in.tekst("naam", true), in.tekst("tafelId", false), in.bedrag("beginsaldo"));
        in.klaar();
        PotjeService service = a.dienst(omgeving.potjes);
        Potje p = a.eenmalig("potje", () -> service.maak(a.namens(), g.id(), nieuw),
                id -> service.zoek(a.namens(), g.id(), id));
        a.header("Location", a.hier() + "/" + p.id());
        a.json(201, p);
    }

    public void mutaties(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        PotjeService service = a.dienst(omgeving.potjes);
        Potje potje = zoek(a, g, service);
        Paginering p = Paginering.uit(a);
        // the core shows an uitgave's omschrijving only to who may see the casus of its besluit, and records that
        Pagina<PotjeMutatie> pagina = service.historie(a.namens(), g.id(), potje.id(), p.page(), p.pageSize());
        p.schrijf(a, pagina.count(), pagina.results(), Map.of());
    }

    public void stort(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        PotjeService service = a.dienst(omgeving.potjes);
        Potje potje = zoek(a, g, service);
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(Set.of("bedrag", "omschrijving"), Set.of());
        var bedrag = in.bedrag("bedrag");
        if (bedrag == null && !in.aanwezig("bedrag")) {
            in.fout("bedrag", "verplicht", "Dit veld is verplicht.");
        }
        String omschrijving = in.tekst("omschrijving", false);
        in.klaar();
        PotjeMutatie m = a.eenmalig("mutatie", () -> service.stort(a.namens(), g.id(), potje.id(), bedrag,
                omschrijving), id -> mutatie(a, service, g, id));
        a.json(201, m);
    }

    /** Een uitgave bij een besluit over een casus die de gebruiker mag zien. */
    public void neemUit(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        PotjeService service = a.dienst(omgeving.potjes);
        Potje potje = zoek(a, g, service);
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(Set.of("besluitId", "bedrag", "omschrijving"), Set.of());
        String besluitId = in.tekst("besluitId", true);
        var bedrag = in.bedrag("bedrag");
        if (bedrag == null && !in.aanwezig("bedrag")) {
            in.fout("bedrag", "verplicht", "Dit veld is verplicht.");
        }
        String omschrijving = in.tekst("omschrijving", false);
        in.klaar();
        // the core decides whether the user may see the besluit's casus, and records the uitgave
        PotjeMutatie m = a.eenmalig("mutatie", () -> service.neemUit(a.namens(), g.id(), potje.id(), besluitId, bedrag,
                omschrijving), id -> mutatie(a, service, g, id));
        a.json(201, m);
    }

    /** A mutatie by the id the core records for an Idempotency-Key: {@code <potjeId>/<volgnummer>}. */
    private static java.util.Optional<PotjeMutatie> mutatie(Aanvraag a, PotjeService service, Gemeente g,
            String id) {
        int streep = id.lastIndexOf('/');
        return service.mutatie(a.namens(), g.id(), id.substring(0, streep), Long.parseLong(id.substring(streep + 1)));
    }

    private static Potje zoek(Aanvraag a, Gemeente g, PotjeService service) {
        String id = a.deel(3);
        return service.zoek(a.namens(), g.id(), id).orElseThrow(() -> Probleem.nietGevonden("Potje '" + id + "' niet gevonden."));
    }
}
