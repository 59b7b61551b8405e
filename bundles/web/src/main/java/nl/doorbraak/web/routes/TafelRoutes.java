package nl.doorbraak.web.routes;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.service.TafelService;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Invoer;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.http.Probleem;
import nl.doorbraak.web.http.Versies;

/**
 * {@code /api/gemeenten/{gemeente}/tafels...}: lezen voor wie aan tafels werkt, wijzigen door de gemeentebeheerder. De
 * core beslist (TafelService, in naam van de gebruiker); hier blijft HTTP, en de vroege 403 vóór de invoer.
 */
public final class TafelRoutes {

    private static final Set<String> VELDEN = Set.of("naam", "variant", "deelnemers");
    private static final Set<String> ALLEEN_LEZEN = Set.of("id", "gemeente", "versie", "aangemaakt", "gewijzigd");
    private static final Set<String> DEELNEMER_VELDEN = Set.of("naam", "organisatie", "mandaat", "mandaatBedrag",
            "contactId");

    private final Omgeving omgeving;

    public TafelRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    public void lijst(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Paginering p = Paginering.uit(a);
        Pagina<Tafel> pagina = a.dienst(omgeving.tafels).lijst(a.namens(), g.id(), p.page(), p.pageSize());
        p.schrijf(a, pagina.count(), pagina.results(), Map.of());
    }

    public void lees(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Tafel t = zoek(a, g, a.dienst(omgeving.tafels));
        if (Versies.nietGewijzigd(a, t.versie())) {
            a.header("ETag", Versies.etag(t.versie()));
            a.leeg(304);
            return;
        }
        stuur(a, 200, t);
    }

    public void maak(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        NieuweTafel nieuw = lees(new Invoer(a.jsonBody(true)), false);
        TafelService service = a.dienst(omgeving.tafels);
        Tafel t = a.eenmalig("tafel", () -> service.maak(a.namens(), g.id(), nieuw),
                id -> service.zoek(a.namens(), g.id(), id));
        a.header("Location", a.hier() + "/" + t.id());
        stuur(a, 201, t);
    }

    /** PUT met If-Match (verplicht, net als bij casussen: geen wijziging van een ander gaat verloren). */
    public void vervang(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        if (a.req.getHeader("If-Match") == null) {
            throw Probleem.ifMatchVereist();
        }
        TafelService service = a.dienst(omgeving.tafels);
        Tafel huidig = zoek(a, g, service);
        NieuweTafel nieuw = lees(new Invoer(a.jsonBody(true)), true);
        long versie = Versies.verwacht(a, huidig.versie(), true, "De tafel");
        stuur(a, 200, service.wijzig(a.namens(), g.id(), huidig.id(), versie, nieuw));
    }

    private static Tafel zoek(Aanvraag a, Gemeente g, TafelService service) {
        String id = a.deel(3);
        return service.zoek(a.namens(), g.id(), id)
                .orElseThrow(() -> Probleem.nietGevonden("Tafel '" + id + "' niet gevonden."));
    }

    /** @param negeerAlleenLezen bij PUT: velden uit een GET mogen terugkomen */
    private static NieuweTafel lees(Invoer in, boolean negeerAlleenLezen) {
        in.alleen(VELDEN, ALLEEN_LEZEN);
        if (!negeerAlleenLezen) {
            for (String veld : ALLEEN_LEZEN) {
                if (in.aanwezig(veld)) {
                    in.fout(veld, "alleenLezen", "Dit veld zet het platform zelf.");
                }
            }
        }
        String naam = in.tekst("naam", true);
        String variant = in.tekst("variant", true);
        List<Deelnemer> deelnemers = new ArrayList<>();
        List<Invoer> lijst = in.objectLijst("deelnemers");
        if (lijst != null) {
            for (Invoer d : lijst) {
                d.alleen(DEELNEMER_VELDEN, Set.of());
                String contactId = d.tekst("contactId", false);
                // a contact from the korte lijnen brings naam and organisatie along (the core fills them in)
                boolean viaContact = contactId != null && !contactId.isBlank();
                String dNaam = d.tekst("naam", !viaContact);
                String organisatie = d.tekst("organisatie", !viaContact);
                String mandaat = d.tekst("mandaat", false);
                BigDecimal bedrag = d.bedrag("mandaatBedrag");
                deelnemers.add(new Deelnemer(dNaam, organisatie, mandaat, bedrag, contactId));
            }
        }
        in.klaar();
        return new NieuweTafel(naam, variant, deelnemers);
    }

    private static void stuur(Aanvraag a, int status, Tafel t) throws IOException {
        a.header("ETag", Versies.etag(t.versie()));
        a.json(status, t);
    }
}
