package nl.doorbraak.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.NieuwPotje;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Potje;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.service.PotjeService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;

/**
 * {@code /api/gemeenten/{gemeente}/potjes...}: Voorkom Erger Potjes. De gemeentebeheerder maakt potjes en stort; wie
 * aan casussen werkt ziet saldo en historie en doet uitgaven bij een besluit.
 */
final class PotjeRoutes {

    static final Set<Rol> LEZERS = Set.of(Rol.GEMEENTEBEHEERDER, Rol.CASUSREGISSEUR, Rol.TAFELLID);
    static final Set<Rol> BEHEERDERS = Set.of(Rol.GEMEENTEBEHEERDER);

    private final Omgeving omgeving;
    private final CasusRoutes casussen;

    PotjeRoutes(Omgeving omgeving, CasusRoutes casussen) {
        this.omgeving = omgeving;
        this.casussen = casussen;
    }

    void lijst(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        Toegang.vereisRol(a.gebruiker(), LEZERS, "de potjes");
        List<Potje> potjes = a.dienst(omgeving.potjes).lijst(g.id());
        Paginering p = Paginering.uit(a);
        p.schrijf(a, potjes.size(), p.deel(potjes), Map.of(), MethodeJson::potje);
    }

    void lees(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        Toegang.vereisRol(a.gebruiker(), LEZERS, "de potjes");
        Potje p = zoek(a, g, a.dienst(omgeving.potjes));
        a.json(200, gen -> MethodeJson.potje(gen, p));
    }

    void maak(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        Gebruiker u = a.gebruiker();
        Toegang.vereisRol(u, BEHEERDERS, "het beheer van potjes");
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(Set.of("naam", "tafelId", "beginsaldo"), Set.of());
        NieuwPotje nieuw = new NieuwPotje(in.tekst("naam", true), in.tekst("tafelId", false), in.bedrag("beginsaldo"));
        in.klaar();
        PotjeService service = a.dienst(omgeving.potjes);
        Potje p = a.eenmalig("potje", () -> service.maak(g.id(), nieuw, u.gebruikersnaam()),
                id -> service.zoek(g.id(), id));
        a.header("Location", a.hier() + "/" + p.id());
        a.json(201, gen -> MethodeJson.potje(gen, p));
    }

    void mutaties(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        Toegang.vereisRol(a.gebruiker(), LEZERS, "de potjes");
        PotjeService service = a.dienst(omgeving.potjes);
        Potje potje = zoek(a, g, service);
        Paginering p = Paginering.uit(a);
        Pagina<PotjeMutatie> pagina = service.historie(g.id(), potje.id(), p.page(), p.pageSize());
        List<PotjeMutatie> zichtbaar = Uitgaven.voorLezer(a, g, omgeving, casussen, pagina.results());
        p.schrijf(a, pagina.count(), zichtbaar, Map.of(), MethodeJson::mutatie);
    }

    void stort(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        Gebruiker u = a.gebruiker();
        Toegang.vereisRol(u, BEHEERDERS, "stortingen in potjes");
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
        PotjeMutatie m = a.eenmalig("mutatie", () -> service.stort(g.id(), potje.id(), bedrag, omschrijving,
                u.gebruikersnaam()), id -> mutatie(service, g, id));
        a.json(201, gen -> MethodeJson.mutatie(gen, m));
    }

    /** Een uitgave bij een besluit over een casus die de gebruiker mag zien. */
    void neemUit(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        Gebruiker u = a.gebruiker();
        CasusRoutes.bereik(u);
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
        Besluit b = a.dienst(omgeving.besluiten).zoek(g.id(), besluitId).orElse(null);
        boolean zichtbaar = false;
        if (b != null) {
            try {
                casussen.zichtbare(a, g, b.casusId());
                zichtbaar = true;
            } catch (Probleem p) {
                if (p.status() != 404) {
                    throw p;
                }
            }
        }
        if (!zichtbaar) {
            throw Probleem.ongeldig("Onbekend besluit.", new nl.doorbraak.api.service.VeldFout("besluitId", "onbekend",
                    "Besluit '" + besluitId + "' bestaat niet in deze gemeente."));
        }
        PotjeMutatie m = a.eenmalig("mutatie", () -> service.neemUit(g.id(), potje.id(), besluitId, bedrag,
                omschrijving, u.gebruikersnaam()), id -> mutatie(service, g, id));
        a.json(201, gen -> MethodeJson.mutatie(gen, m));
    }

    /** A mutatie by the id the core records for an Idempotency-Key: {@code <potjeId>/<volgnummer>}. */
    private static java.util.Optional<PotjeMutatie> mutatie(PotjeService service, Gemeente g, String id) {
        int streep = id.lastIndexOf('/');
        return service.mutatie(g.id(), id.substring(0, streep), Long.parseLong(id.substring(streep + 1)));
    }

    private static Potje zoek(Aanvraag a, Gemeente g, PotjeService service) {
        String id = a.deel(3);
        return service.zoek(g.id(), id).orElseThrow(() -> Probleem.nietGevonden("Potje '" + id + "' niet gevonden."));
    }
}
