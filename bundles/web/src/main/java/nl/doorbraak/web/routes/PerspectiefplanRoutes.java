package nl.doorbraak.web.routes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;


import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Kostenregel;
import nl.doorbraak.api.domein.NieuwPerspectiefplan;
import nl.doorbraak.api.domein.Perspectiefplan;
import nl.doorbraak.api.service.PerspectiefplanService;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Invoer;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Probleem;
import nl.doorbraak.web.http.Versies;

/**
 * {@code …/casussen/{id}/perspectiefplan}: het doel van de inwoner en de rekentool. Wie de casus mag zien
 * (casusregisseur; tafellid van die tafel) mag het plan lezen en vastleggen. Het doel is een persoonsgegeven: elke
 * keer lezen of vastleggen is een verwerking. De core beslist en legt vast; hier alleen HTTP.
 */
public final class PerspectiefplanRoutes {

    private static final Set<String> VELDEN = Set.of("doel", "stappen", "kosten");
    /** Zet het platform zelf; mag terugkomen in een PUT na een GET en wordt genegeerd. */
    private static final Set<String> BEREKEND = Set.of("casusId", "gemeente", "besparing", "voorRendement", "versie",
            "aangemaakt", "aangemaaktDoor", "gewijzigd", "gewijzigdDoor");
    private static final Set<String> REGEL_VELDEN = Set.of("organisatie", "post", "doormodderen", "doorbreken");

    public static final String DOEL_VASTLEGGEN = "Perspectiefplan van de inwoner vastleggen";

    private final Omgeving omgeving;

    public PerspectiefplanRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    public void lees(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        Perspectiefplan p = a.dienst(omgeving.perspectiefplannen).zoek(a.namens(), g.id(), a.deel(3))
                .orElseThrow(() -> Probleem.nietGevonden("Deze casus heeft nog geen perspectiefplan; maak het met PUT."));
        if (Versies.nietGewijzigd(a, p.versie())) {
            a.header("ETag", Versies.etag(p.versie()));
            a.leeg(304);
            return;
        }
        stuur(a, 200, p);
    }

    /** PUT maakt het plan (zonder If-Match) of vervangt het helemaal (met de ETag van het laatste GET). */
    public void bewaar(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        PerspectiefplanService service = a.dienst(omgeving.perspectiefplannen);
        // the core's 403/404 before a word about the body, as always; the current version for If-Match
        Optional<Perspectiefplan> huidig = service.zoek(a.namens(), g.id(), a.deel(3));
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(VELDEN, BEREKEND);
        String doel = in.tekst("doel", true);
        List<String> stappen = in.tekstLijst("stappen");
        List<Kostenregel> kosten = new ArrayList<>();
        List<Invoer> regels = in.objectLijst("kosten");
        if (regels != null) {
            for (Invoer r : regels) {
                r.alleen(REGEL_VELDEN, Set.of("besparing"));
                kosten.add(new Kostenregel(r.tekst("organisatie", false), r.tekst("post", false),
                        r.bedrag("doormodderen"), r.bedrag("doorbreken")));
            }
        }
        in.klaar();
        Long versie = null;
        if (huidig.isPresent()) {
            versie = Versies.verwacht(a, huidig.get().versie(), true, "Het perspectiefplan");
        } else if (a.req.getHeader("If-Match") != null) {
            throw Probleem.conflict("Deze casus heeft (nog) geen perspectiefplan om te vervangen; stuur geen If-Match "
                    + "om het te maken.");
        }
        Perspectiefplan p = service.bewaar(a.namens(), g.id(), a.deel(3), versie,
                new NieuwPerspectiefplan(doel, stappen, kosten));
        if (huidig.isEmpty()) {
            a.header("Location", a.hier());
        }
        stuur(a, huidig.isEmpty() ? 201 : 200, p);
    }

    private static void stuur(Aanvraag a, int status, Perspectiefplan p) throws IOException {
        a.header("ETag", Versies.etag(p.versie()));
        a.json(status, p);
    }
}
