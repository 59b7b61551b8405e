package nl.doorbraak.web.routes;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.ContactFilter;
import nl.doorbraak.api.domein.ContactFunctie;
import nl.doorbraak.api.domein.ContactGroep;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.NieuwContact;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.service.ContactService;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Invoer;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.http.Probleem;
import nl.doorbraak.web.http.Versies;

/**
 * {@code /api/gemeenten/{gemeente}/contacten...}: korte lijnen. Iedereen van de gemeente leest; gemeentebeheerder en
 * casusregisseur wijzigen. Platformbeheerder en Rijk: 403. {@code DELETE} deactiveert: het contact blijft op te
 * zoeken voor tafels en acties die ernaar verwijzen. De core beslist (ContactService, in naam van de gebruiker); hier
 * blijft HTTP, en de vroege 403 vóór de invoer, zoals altijd.
 */
public final class ContactRoutes {

    private static final Set<String> VELDEN = Set.of("organisatie", "naam", "rol", "mandaat", "mandaatBedrag", "wijk",
            "telefoon", "email", "trekker", "aanjager", "onderwerp", "actief");
    private static final Set<String> ALLEEN_LEZEN = Set.of("id", "gemeente", "versie", "aangemaakt", "gewijzigd");

    private final Omgeving omgeving;

    public ContactRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    public void lijst(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Paginering p = Paginering.uit(a);
        String functieCode = leeg(a.queryEen("functie"));
        ContactFunctie functie = null;
        if (functieCode != null) {
            functie = ContactFunctie.vanCode(functieCode).orElseThrow(() -> Probleem.ongeldig("Onbekende functie.",
                    new VeldFout("functie", "ongeldig", "Kies uit: trekker, aanjager.")));
        }
        String actiefCode = leeg(a.queryEen("actief"));
        Boolean actief = switch (actiefCode == null ? "true" : actiefCode) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "alle" -> null;
            default -> throw Probleem.ongeldig("Ongeldige waarde voor actief.",
                    new VeldFout("actief", "ongeldig", "Kies uit: true (standaard), false, alle."));
        };
        String organisatie = leeg(a.queryEen("organisatie"));
        String wijk = leeg(a.queryEen("wijk"));
        String q = leeg(a.queryEen("q"));
        Pagina<Contact> pagina = a.dienst(omgeving.contacten).lijst(a.namens(), g.id(),
                new ContactFilter(organisatie, wijk, q, functie, actief), p.page(), p.pageSize());
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("organisatie", organisatie);
        filters.put("wijk", wijk);
        filters.put("q", q);
        filters.put("functie", functieCode);
        filters.put("actief", actiefCode);
        p.schrijf(a, pagina.count(), pagina.results(), filters);
    }

    /** Trekkers en aanjagers per organisatie en wijk: voor de beheerder die wil weten wie wat trekt. */
    public void trekkers(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        List<ContactGroep> groepen = a.dienst(omgeving.contacten).trekkersEnAanjagers(a.namens(), g.id());
        Paginering.heel(a, groepen);
    }

    public void lees(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Contact k = zoek(a, g, a.dienst(omgeving.contacten));
        if (Versies.nietGewijzigd(a, k.versie())) {
            a.header("ETag", Versies.etag(k.versie()));
            a.leeg(304);
            return;
        }
        stuur(a, 200, k);
    }

    /**
     * De tafels waar dit contact deelnemer is, als {@code {count, results: [{id, naam}]}}. Een eigen pad en niet een
     * veld van het contact: het contact houdt zo zijn ETag, die alleen verandert als het contact zelf verandert.
     */
    public void tafels(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Contact k = zoek(a, g, a.dienst(omgeving.contacten));
        List<Tafel> tafels = a.dienst(omgeving.tafels).metContact(a.namens(), g.id(), k.id());
        Paginering.heel(a, tafels.stream().map(t -> new TafelVanContact(t.id(), t.naam())).toList());
    }

    /** Een tafel in {@code …/contacten/{id}/tafels}: alleen id en naam. */
    public record TafelVanContact(String id, String naam) {
    }

    public void maak(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        NieuwContact nieuw = lees(new Invoer(a.jsonBody(true)), false);
        ContactService service = a.dienst(omgeving.contacten);
        Contact k = a.eenmalig("contact", () -> service.maak(a.namens(), g.id(), nieuw),
                id -> service.zoek(a.namens(), g.id(), id));
        a.header("Location", a.hier() + "/" + k.id());
        stuur(a, 201, k);
    }

    /** PUT met If-Match (verplicht): alle velden; een weggelaten {@code actief} blijft zoals het was. */
    public void vervang(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        if (a.req.getHeader("If-Match") == null) {
            throw Probleem.ifMatchVereist();
        }
        ContactService service = a.dienst(omgeving.contacten);
        Contact huidig = zoek(a, g, service);
        NieuwContact nieuw = lees(new Invoer(a.jsonBody(true)), true);
        long versie = Versies.verwacht(a, huidig.versie(), true, "Het contact");
        stuur(a, 200, service.wijzig(a.namens(), g.id(), huidig.id(), versie, nieuw));
    }

    /** Deactiveren (If-Match optioneel); het antwoord is het contact met {@code actief: false}. */
    public void deactiveer(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        ContactService service = a.dienst(omgeving.contacten);
        Contact huidig = zoek(a, g, service);
        Long versie = Versies.verwacht(a, huidig.versie(), false, "Het contact");
        stuur(a, 200, service.deactiveer(a.namens(), g.id(), huidig.id(), versie));
    }

    private static Contact zoek(Aanvraag a, Gemeente g, ContactService service) {
        String id = a.deel(3);
        return service.zoek(a.namens(), g.id(), id)
                .orElseThrow(() -> Probleem.nietGevonden("Contact '" + id + "' niet gevonden."));
    }

    /** @param negeerAlleenLezen bij PUT: velden uit een GET mogen terugkomen */
    private static NieuwContact lees(Invoer in, boolean negeerAlleenLezen) {
        in.alleen(VELDEN, ALLEEN_LEZEN);
        if (!negeerAlleenLezen) {
            for (String veld : ALLEEN_LEZEN) {
                if (in.aanwezig(veld)) {
                    in.fout(veld, "alleenLezen", "Dit veld zet het platform zelf.");
                }
            }
        }
        String organisatie = in.tekst("organisatie", true);
        String naam = in.tekst("naam", true);
        String rol = in.tekst("rol", false);
        String mandaat = in.tekst("mandaat", false);
        BigDecimal bedrag = in.bedrag("mandaatBedrag");
        String wijk = in.tekst("wijk", false);
        String telefoon = in.tekst("telefoon", false);
        String email = in.tekst("email", false);
        boolean trekker = in.waarheid("trekker", false);
        boolean aanjager = in.waarheid("aanjager", false);
        String onderwerp = in.tekst("onderwerp", false);
        Boolean actief = in.aanwezig("actief") && !in.expliciet("actief") ? in.waarheid("actief", true) : null;
        in.klaar();
        return new NieuwContact(organisatie, naam, rol, mandaat, bedrag, wijk, telefoon, email, trekker, aanjager,
                onderwerp, actief);
    }

    private static String leeg(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static void stuur(Aanvraag a, int status, Contact k) throws IOException {
        a.header("ETag", Versies.etag(k.versie()));
        a.json(status, k);
    }
}
