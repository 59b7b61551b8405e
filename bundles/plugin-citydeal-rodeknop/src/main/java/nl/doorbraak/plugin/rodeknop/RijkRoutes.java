package nl.doorbraak.plugin.rodeknop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.http.Antwoord;
import nl.doorbraak.api.http.RijkEndpoint;
import nl.doorbraak.api.http.Route;
import nl.doorbraak.api.http.Scherm;
import nl.doorbraak.api.http.Verzoek;
import nl.doorbraak.api.toegang.Rol;

/**
 * De inbox van het Rijk, onder {@code /api/rijk/rodeknop}: de zaken die gemeenten aan de partij van de gebruiker
 * voorleggen, alleen met wat de gemeente deelt, en het werk eraan (overleg, uitkomst, follow-up).
 */
@Component(service = RijkEndpoint.class)
public class RijkRoutes implements RijkEndpoint {

    private static final Set<Rol> RIJK = Set.of(Rol.RIJK);

    private final RodeKnopService rodeKnop;
    private final AgendaRoutes agenda;
    private final PrecedentenRoutes precedenten;

    @Activate
    public RijkRoutes(@Reference RodeKnopService rodeKnop, @Reference AgendaRoutes agenda,
            @Reference Precedenten precedenten) {
        this.rodeKnop = rodeKnop;
        this.agenda = agenda;
        this.precedenten = new PrecedentenRoutes(precedenten);
    }

    @Override
    public String segment() {
        return RodeKnopOnderdeel.ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                new Route("GET", "/partijen", "Het register van Rijkspartijen, en de partij van de gebruiker", RIJK,
                        this::partijen),
                new Route("GET", "/agenda/voorstellen", "Voorstellen voor de agenda van de Bestuurstafel: regels die "
                        + "in twee of meer gemeenten knellen of in ten minste agendaDrempel casussen, met aantallen "
                        + "per gemeente (geanonimiseerd)", RIJK, agenda::voorstellen),
                new Route("GET", "/agenda", "De agenda van de Bestuurstafel, met de aantallen per gemeente van nu "
                        + "(?status=)", RIJK, agenda::lijstRijk),
                new Route("POST", "/agenda", "Zet een regel op de agenda van de Bestuurstafel, met titel en trekker",
                        RIJK, agenda::maak),
                new Route("GET", "/agenda/{id}", "Eén agendapunt, met de aantallen per gemeente van nu", RIJK,
                        agenda::puntRijk),
                new Route("POST", "/agenda/{id}/status", "Een volgende status van een agendapunt: geagendeerd, in "
                        + "behandeling, afgerond (met de uitkomst)", RIJK, agenda::status),
                new Route("GET", "/cijfers", "Cijfers van de rode knop over alle gemeenten: zaken per partij en "
                        + "thema, tijd tot overleg, uitkomsten, follow-ups, lessen op de agenda", RIJK,
                        agenda::cijfersRijk),
                new Route("GET", "/precedenten", "Het 20 %-register: doorbraken en rode-knopuitkomsten van de "
                        + "gemeenten die delen, geanonimiseerd, nieuwste eerst (?regel=&thema=&soort=&page=&pageSize=)",
                        RIJK, precedenten::zoekRijk),
                new Route("GET", "/inbox", "De rode-knopzaken voor uw partij, over alle gemeenten (?status=)", RIJK,
                        this::inbox),
                new Route("GET", "/zaken/{id}", "Eén rode-knopzaak: alleen wat de gemeente deelt", RIJK, this::zaak),
                new Route("POST", "/zaken/{id}/overleg", "Plan het rode-knopoverleg", RIJK, this::overleg),
                new Route("POST", "/zaken/{id}/uitkomst", "Leg de uitkomst van het overleg vast: doorbraak, "
                        + "omwisselbesluit of geen oplossing", RIJK, this::uitkomst),
                new Route("POST", "/zaken/{id}/followup", "Leg de follow-up vast; daarna is de zaak af", RIJK,
                        this::followUp),
                new Route("GET", "/followups", "Follow-ups van uw partij die aan de beurt zijn", RIJK,
                        this::followUps));
    }

    @Override
    public List<Scherm> schermen() {
        return List.of(new Scherm("rijk-inbox", "Rode knop: inbox", RIJK, "ui/rijk-inbox.js",
                "Zaken die gemeenten aan uw partij voorleggen"));
    }

    private Antwoord partijen(Verzoek v) {
        Partijen p = rodeKnop.partijen();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eigen", p.van(v.gebruiker()).naarJson());
        m.put("themas", p.themas());
        m.put("count", p.alle().size());
        m.put("results", p.alle().stream().map(Partij::naarJson).toList());
        return Antwoord.ok(m);
    }

    private Antwoord inbox(Verzoek v) {
        return lijst(rodeKnop.inbox(v.gebruiker(), Query.status(v)));
    }

    private Antwoord zaak(Verzoek v) {
        return ok(rodeKnop.voorRijk(v.gebruiker(), v.padParameters().get("id")));
    }

    private Antwoord overleg(Verzoek v) {
        return ok(rodeKnop.planOverleg(v.gebruiker(), v.padParameters().get("id"), v.body().orElse(Map.of())));
    }

    private Antwoord uitkomst(Verzoek v) {
        return ok(rodeKnop.legUitkomstVast(v.gebruiker(), v.padParameters().get("id"), v.body().orElse(Map.of())));
    }

    private Antwoord followUp(Verzoek v) {
        return ok(rodeKnop.followUpRijk(v.gebruiker(), v.padParameters().get("id"), v.body().orElse(Map.of())));
    }

    private Antwoord followUps(Verzoek v) {
        return lijst(rodeKnop.teVolgenRijk(v.gebruiker()));
    }

    private Antwoord ok(Zaak z) {
        return Antwoord.ok(z.voorRijk(rodeKnop.gemeenteNaam(z.gemeente()), rodeKnop.nu()));
    }

    private Antwoord lijst(List<Zaak> zaken) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", zaken.size());
        m.put("results", zaken.stream().map(z -> z.voorRijk(rodeKnop.gemeenteNaam(z.gemeente()), rodeKnop.nu()))
                .toList());
        return Antwoord.ok(m);
    }
}
