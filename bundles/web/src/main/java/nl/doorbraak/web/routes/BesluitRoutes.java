package nl.doorbraak.web.routes;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorbraak.api.domein.Actie;
import nl.doorbraak.api.domein.ActieFilter;
import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.NieuwBesluit;
import nl.doorbraak.api.domein.NieuweActie;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Toezegging;
import nl.doorbraak.api.domein.Uitgave;
import nl.doorbraak.api.domein.Waardendriehoek;
import nl.doorbraak.api.service.ActieService;
import nl.doorbraak.api.service.BesluitService;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Invoer;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.http.Probleem;

/**
 * Besluiten en acties: {@code …/casussen/{id}/besluiten}, {@code …/besluiten/{id}}, {@code …/casussen/{id}/acties},
 * {@code …/acties}. Wie de casus mag zien (casusregisseur; tafellid van die tafel), mag er besluiten en acties bij
 * vastleggen; een besluit wordt nooit gewijzigd.
 */
public final class BesluitRoutes {

    private static final Set<String> BESLUIT_VELDEN = Set.of("soort", "omschrijving", "bijeenkomstId",
            "waardendriehoek", "deelnemers", "toezeggingen", "uitgave", "acties", "corrigeert");
    private static final Set<String> DRIEHOEK_VELDEN = Set.of("legitimiteit", "rendement", "rendementBedrag",
            "betrokkenheid");
    private static final Set<String> TOEZEGGING_VELDEN = Set.of("organisatie", "bedrag", "omschrijving");
    private static final Set<String> UITGAVE_VELDEN = Set.of("potjeId", "bedrag", "omschrijving");
    static final Set<String> ACTIE_VELDEN = Set.of("omschrijving", "organisatie", "contactId", "eigenaar", "deadline");

    public static final String DOEL_BESLUIT_VASTLEGGEN = "Besluit vastleggen";
    public static final String DOEL_ACTIE_VASTLEGGEN = "Actie vastleggen";

    private final Omgeving omgeving;
    private final CasusRoutes casussen;

    public BesluitRoutes(Omgeving omgeving, CasusRoutes casussen) {
        this.omgeving = omgeving;
        this.casussen = casussen;
    }

    // ---- besluiten ----

    /** The core decides who sees the casus and records the verwerking; here only HTTP. */
    public void lijstBijCasus(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        List<Besluit> besluiten = a.dienst(omgeving.besluiten).lijst(a.namens(), g.id(), a.deel(3));
        Paginering.heel(a, besluiten);
    }

    public void neem(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        String casusId = a.deel(3);
        NieuwBesluit nieuw = leesBesluit(new Invoer(a.jsonBody(true)));
        BesluitService besluiten = a.dienst(omgeving.besluiten);
        Besluit b = a.eenmalig("besluit", () -> besluiten.neem(a.namens(), g.id(), casusId, nieuw),
                id -> besluiten.zoek(a.namens(), g.id(), id));
        a.header("Location", locatie(a, g, "besluiten", b.id()));
        a.json(201, b);
    }

    public void lees(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        String id = a.deel(3);
        Besluit b = a.dienst(omgeving.besluiten).zoek(a.namens(), g.id(), id).orElseThrow(() -> besluitNietGevonden(id));
        a.json(200, b);
    }

    public void nieuweActie(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        String besluitId = a.deel(3);
        Invoer in = new Invoer(a.jsonBody(true));
        NieuweActie nieuw = leesActie(in);
        in.klaar();
        // the core decides whether the besluit's casus is the user's (404, 403) and records the verwerking
        ActieService acties = a.dienst(omgeving.acties);
        Actie actie = a.eenmalig("actie", () -> acties.maak(a.namens(), g.id(), besluitId, nieuw),
                id -> acties.zoek(a.namens(), g.id(), id));
        a.header("Location", locatie(a, g, "acties", actie.id()));
        a.json(201, actie);
    }

    private static Probleem besluitNietGevonden(String id) {
        return Probleem.nietGevonden("Besluit '" + id + "' niet gevonden.");
    }

    // ---- acties ----

    public void actiesBijCasus(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Paginering p = Paginering.uit(a);
        // the core answers 404 for a casus the user may not see, and records the verwerking
        Pagina<Actie> pagina = a.dienst(omgeving.acties).lijst(a.namens(), g.id(),
                new ActieFilter(a.deel(3), null, null, false, false, null), p.page(), p.pageSize());
        p.schrijf(a, pagina.count(), pagina.results(), Map.of());
    }

    /** {@code GET …/acties?verlopen=true&open=true&organisatie=&contact=}: de lijst per gemeente en per eigenaar. */
    public void acties(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Paginering p = Paginering.uit(a);
        List<VeldFout> fouten = new ArrayList<>();
        boolean verlopen = jaNee(a, "verlopen", fouten);
        boolean open = jaNee(a, "open", fouten);
        if (!fouten.isEmpty()) {
            throw Probleem.ongeldig("Ongeldig filter.", fouten);
        }
        String organisatie = leegIsNull(a.queryEen("organisatie"));
        String contact = leegIsNull(a.queryEen("contact"));
        // the core narrows a tafellid to his own tafels and records the verwerkingen
        ActieFilter filter = new ActieFilter(null, organisatie, contact, open, verlopen, null);
        Pagina<Actie> pagina = a.dienst(omgeving.acties).lijst(a.namens(), g.id(), filter, p.page(), p.pageSize());
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("verlopen", verlopen ? "true" : null);
        filters.put("open", open ? "true" : null);
        filters.put("organisatie", organisatie);
        filters.put("contact", contact);
        p.schrijf(a, pagina.count(), pagina.results(), filters);
    }

    public void leesActie(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        String id = a.deel(3);
        Actie actie = a.dienst(omgeving.acties).zoek(a.namens(), g.id(), id).orElseThrow(() -> actieNietGevonden(id));
        a.json(200, actie);
    }

    public void gereed(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Actie klaar = a.dienst(omgeving.acties).gereed(a.namens(), g.id(), a.deel(3));
        a.json(200, klaar);
    }

    private static Probleem actieNietGevonden(String id) {
        return Probleem.nietGevonden("Actie '" + id + "' niet gevonden.");
    }

    // ---- invoer ----

    static NieuwBesluit leesBesluit(Invoer in) {
        in.alleen(BESLUIT_VELDEN, Set.of());
        String soortCode = in.tekst("soort", true);
        BesluitSoort soort = null;
        if (soortCode != null) {
            soort = BesluitSoort.vanCode(soortCode).orElse(null);
            if (soort == null) {
                in.fout("soort", "ongeldig", "Kies regulier of doorbraak.");
            }
        }
        String omschrijving = in.tekst("omschrijving", true);
        String bijeenkomst = in.tekst("bijeenkomstId", false);
        Waardendriehoek driehoek = null;
        Invoer w = in.genest("waardendriehoek", false);
        if (w != null) {
            w.alleen(DRIEHOEK_VELDEN, Set.of());
            driehoek = new Waardendriehoek(w.tekst("legitimiteit", false), w.tekst("rendement", false),
                    w.bedrag("rendementBedrag"), w.tekst("betrokkenheid", false));
        }
        List<String> deelnemers = in.tekstLijst("deelnemers");
        List<Toezegging> toezeggingen = new ArrayList<>();
        List<Invoer> tz = in.objectLijst("toezeggingen");
        if (tz != null) {
            for (Invoer t : tz) {
                t.alleen(TOEZEGGING_VELDEN, Set.of());
                toezeggingen.add(new Toezegging(t.tekst("organisatie", true), t.bedrag("bedrag"),
                        t.tekst("omschrijving", false)));
            }
        }
        Uitgave uitgave = null;
        Invoer u = in.genest("uitgave", false);
        if (u != null) {
            u.alleen(UITGAVE_VELDEN, Set.of());
            uitgave = new Uitgave(u.tekst("potjeId", true), u.bedrag("bedrag"), u.tekst("omschrijving", false));
        }
        List<NieuweActie> acties = new ArrayList<>();
        List<Invoer> al = in.objectLijst("acties");
        if (al != null) {
            for (Invoer x : al) {
                acties.add(leesActie(x));
            }
        }
        String corrigeert = in.tekst("corrigeert", false);
        in.klaar();
        return new NieuwBesluit(soort, omschrijving, bijeenkomst, driehoek, deelnemers, toezeggingen, uitgave, acties,
                corrigeert);
    }

    static NieuweActie leesActie(Invoer in) {
        in.alleen(ACTIE_VELDEN, Set.of());
        String omschrijving = in.tekst("omschrijving", true);
        String organisatie = in.tekst("organisatie", true);
        String contact = in.tekst("contactId", false);
        String eigenaar = in.tekst("eigenaar", false);
        LocalDate deadline = in.datum("deadline", true);
        return new NieuweActie(omschrijving, organisatie, contact, eigenaar, deadline);
    }

    static boolean jaNee(Aanvraag a, String naam, List<VeldFout> fouten) {
        String w = a.queryEen(naam);
        if (w == null || w.isEmpty() || "false".equals(w)) {
            return false;
        }
        if ("true".equals(w)) {
            return true;
        }
        fouten.add(new VeldFout(naam, "ongeldig", "Gebruik true of false."));
        return false;
    }

    static String leegIsNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String locatie(Aanvraag a, Gemeente g, String segment, String id) {
        return a.publiek("/api/gemeenten/" + g.id() + "/" + segment + "/" + id);
    }

}
