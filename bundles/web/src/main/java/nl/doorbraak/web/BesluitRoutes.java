package nl.doorbraak.web;

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
import nl.doorbraak.api.domein.Casus;
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
import nl.doorbraak.api.toegang.Gebruiker;

/**
 * Besluiten en acties: {@code …/casussen/{id}/besluiten}, {@code …/besluiten/{id}}, {@code …/casussen/{id}/acties},
 * {@code …/acties}. Wie de casus mag zien (casusregisseur; tafellid van die tafel), mag er besluiten en acties bij
 * vastleggen; een besluit wordt nooit gewijzigd.
 */
final class BesluitRoutes {

    private static final Set<String> BESLUIT_VELDEN = Set.of("soort", "omschrijving", "bijeenkomstId",
            "waardendriehoek", "deelnemers", "toezeggingen", "uitgave", "acties", "corrigeert");
    private static final Set<String> DRIEHOEK_VELDEN = Set.of("legitimiteit", "rendement", "rendementBedrag",
            "betrokkenheid");
    private static final Set<String> TOEZEGGING_VELDEN = Set.of("organisatie", "bedrag", "omschrijving");
    private static final Set<String> UITGAVE_VELDEN = Set.of("potjeId", "bedrag", "omschrijving");
    static final Set<String> ACTIE_VELDEN = Set.of("omschrijving", "organisatie", "contactId", "eigenaar", "deadline");

    private static final String DOEL_BESLUIT_VASTLEGGEN = "Besluit vastleggen";

    private final Omgeving omgeving;
    private final CasusRoutes casussen;

    BesluitRoutes(Omgeving omgeving, CasusRoutes casussen) {
        this.omgeving = omgeving;
        this.casussen = casussen;
    }

    // ---- besluiten ----

    /** The core decides who sees the casus and records the verwerking; here only HTTP. */
    void lijstBijCasus(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        List<Besluit> besluiten = a.dienst(omgeving.besluiten).lijst(a.namens(), g.id(), a.deel(3));
        Paginering.heel(a, besluiten, MethodeJson::besluit);
    }

    void neem(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        CasusRoutes.bereik(a.gebruiker()); // 403 before a word about the input, as always
        String casusId = a.deel(3);
        NieuwBesluit nieuw = leesBesluit(new Invoer(a.jsonBody(true)));
        BesluitService besluiten = a.dienst(omgeving.besluiten);
        Besluit b = a.eenmalig("besluit", () -> besluiten.neem(a.namens(), g.id(), casusId, nieuw),
                id -> besluiten.zoek(a.namens(DOEL_BESLUIT_VASTLEGGEN), g.id(), id));
        a.header("Location", locatie(a, g, "besluiten", b.id()));
        a.json(201, gen -> MethodeJson.besluit(gen, b));
    }

    void lees(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        Besluit b = zichtbaarBesluit(a, g, a.deel(3), null);
        a.json(200, gen -> MethodeJson.besluit(gen, b));
    }

    void nieuweActie(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        Besluit b = zichtbaarBesluit(a, g, a.deel(3), "Actie vastleggen");
        Invoer in = new Invoer(a.jsonBody(true));
        NieuweActie nieuw = leesActie(in);
        in.klaar();
        ActieService acties = a.dienst(omgeving.acties);
        Actie actie = a.eenmalig("actie", () -> acties.maak(g.id(), b.id(), nieuw, a.gebruiker().gebruikersnaam()),
                id -> acties.zoek(g.id(), id));
        a.header("Location", locatie(a, g, "acties", actie.id()));
        a.json(201, gen -> MethodeJson.actie(gen, actie));
    }

    /** Een besluit of actie met de casus waar het bij hoort. */
    record Zichtbaar<T>(T ding, Casus casus) {
    }

    /** Het besluit als de gebruiker de casus ervan mag zien (de core beslist en legt vast); anders 403 of 404. */
    private Besluit zichtbaarBesluit(Aanvraag a, Gemeente g, String id, String doel) {
        return a.dienst(omgeving.besluiten).zoek(a.namens(doel), g.id(), id)
                .orElseThrow(() -> besluitNietGevonden(id));
    }

    private static Probleem besluitNietGevonden(String id) {
        return Probleem.nietGevonden("Besluit '" + id + "' niet gevonden.");
    }

    // ---- acties ----

    void actiesBijCasus(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        Casus c = casussen.zichtbare(a, g);
        Paginering p = Paginering.uit(a);
        Pagina<Actie> pagina = a.dienst(omgeving.acties).lijst(g.id(),
                new ActieFilter(c.id(), null, null, false, false, null), p.page(), p.pageSize());
        Verwerkingen.casus(a, "actie", "Acties van de casus bekijken", c);
        p.schrijf(a, pagina.count(), pagina.results(), Map.of(), MethodeJson::actie);
    }

    /** {@code GET …/acties?verlopen=true&open=true&organisatie=&contact=}: de lijst per gemeente en per eigenaar. */
    void acties(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        Gebruiker u = a.gebruiker();
        CasusRoutes.Bereik bereik = CasusRoutes.bereik(u);
        Paginering p = Paginering.uit(a);
        List<VeldFout> fouten = new ArrayList<>();
        boolean verlopen = jaNee(a, "verlopen", fouten);
        boolean open = jaNee(a, "open", fouten);
        if (!fouten.isEmpty()) {
            throw Probleem.ongeldig("Ongeldig filter.", fouten);
        }
        String organisatie = leegIsNull(a.queryEen("organisatie"));
        String contact = leegIsNull(a.queryEen("contact"));
        ActieFilter filter = new ActieFilter(null, organisatie, contact, open, verlopen,
                bereik == CasusRoutes.Bereik.EIGEN_TAFELS ? u.tafels() : null);
        Pagina<Actie> pagina = a.dienst(omgeving.acties).lijst(g.id(), filter, p.page(), p.pageSize());
        Verwerkingen.perCasus(a, g.id(), pagina.results().stream().map(Actie::casusId).distinct().toList(), "actie",
                "Acties van de gemeente volgen");
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("verlopen", verlopen ? "true" : null);
        filters.put("open", open ? "true" : null);
        filters.put("organisatie", organisatie);
        filters.put("contact", contact);
        p.schrijf(a, pagina.count(), pagina.results(), filters, MethodeJson::actie);
    }

    void leesActie(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        Zichtbaar<Actie> z = zichtbareActie(a, g, a.dienst(omgeving.acties));
        Verwerkingen.casus(a, "actie", "Actie bekijken", z.casus());
        a.json(200, gen -> MethodeJson.actie(gen, z.ding()));
    }

    void gereed(Aanvraag a) throws IOException {
        Gemeente g = Toegang.eigenGemeente(a, a.deel(1));
        ActieService service = a.dienst(omgeving.acties);
        Zichtbaar<Actie> z = zichtbareActie(a, g, service);
        Actie klaar = service.gereed(g.id(), z.ding().id(), a.gebruiker().gebruikersnaam());
        Verwerkingen.casus(a, "actie", "Actie gereed melden", z.casus());
        a.json(200, gen -> MethodeJson.actie(gen, klaar));
    }

    private Zichtbaar<Actie> zichtbareActie(Aanvraag a, Gemeente g, ActieService service) {
        String id = a.deel(3);
        Actie actie = service.zoek(g.id(), id).orElse(null);
        if (actie != null) {
            try {
                return new Zichtbaar<>(actie, casussen.zichtbare(a, g, actie.casusId()));
            } catch (Probleem p) {
                if (p.status() != 404) {
                    throw p;
                }
            }
        }
        throw Probleem.nietGevonden("Actie '" + id + "' niet gevonden.");
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
