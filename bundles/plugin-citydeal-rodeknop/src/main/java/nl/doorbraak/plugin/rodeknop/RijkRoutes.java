package nl.doorbraak.plugin.rodeknop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

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
@Component(service = RijkEndpoint.class, reference = {
        @Reference(name = "rodeKnop", service = RodeKnopService.class, cardinality = ReferenceCardinality.OPTIONAL,
                policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY),
        @Reference(name = "agenda", service = AgendaRoutes.class, cardinality = ReferenceCardinality.OPTIONAL,
                policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY),
        @Reference(name = "precedenten", service = Precedenten.class, cardinality = ReferenceCardinality.OPTIONAL,
                policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY) })
public class RijkRoutes implements RijkEndpoint {

    private static final Set<Rol> RIJK = Set.of(Rol.RIJK);

    private final Supplier<RodeKnopService> rodeKnop;
    private final Supplier<AgendaRoutes> agenda;
    private final Supplier<PrecedentenRoutes> precedenten;

    /** The services at each request ({@link Later}), not when the web bundle binds these routes. */
    @Activate
    public RijkRoutes(ComponentContext context) {
        this(Later.van(context, "rodeKnop"), Later.van(context, "agenda"), Later.van(context, "precedenten"));
    }

    RijkRoutes(Supplier<RodeKnopService> rodeKnop, Supplier<AgendaRoutes> agenda, Supplier<Precedenten> precedenten) {
        this.rodeKnop = rodeKnop;
        this.agenda = agenda;
        this.precedenten = () -> new PrecedentenRoutes(precedenten.get());
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
                        + "per gemeente (geanonimiseerd)", RIJK, v -> agenda.get().voorstellen(v)),
                new Route("GET", "/agenda", "De agenda van de Bestuurstafel, met de aantallen per gemeente van nu "
                        + "(?status=)", RIJK, v -> agenda.get().lijstRijk(v)),
                new Route("POST", "/agenda", "Zet een regel op de agenda van de Bestuurstafel, met titel en trekker",
                        RIJK, v -> agenda.get().maak(v)),
                new Route("GET", "/agenda/{id}", "Eén agendapunt, met de aantallen per gemeente van nu", RIJK,
                        v -> agenda.get().puntRijk(v)),
                new Route("POST", "/agenda/{id}/status", "Een volgende status van een agendapunt: geagendeerd, in "
                        + "behandeling, afgerond (met de uitkomst)", RIJK, v -> agenda.get().status(v)),
                new Route("GET", "/cijfers", "Cijfers van de rode knop over alle gemeenten: zaken per partij en "
                        + "thema, tijd tot overleg, uitkomsten, follow-ups, lessen op de agenda", RIJK,
                        v -> agenda.get().cijfersRijk(v)),
                new Route("GET", "/precedenten", "Het 20 %-register: doorbraken en rode-knopuitkomsten van de "
                        + "gemeenten die delen, geanonimiseerd, nieuwste eerst (?regel=&thema=&soort=&page=&pageSize=)",
                        RIJK, v -> precedenten.get().zoekRijk(v)),
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
                "Zaken die gemeenten aan uw partij voorleggen"),
                new Scherm("rijk-agenda", "Agenda Den Haag", RIJK, "ui/agenda.js",
                        "De agenda van de Bestuurstafel en de rode knop in cijfers"));
    }

    private Antwoord partijen(Verzoek v) {
        Partijen p = rodeKnop.get().partijen();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eigen", p.van(v.gebruiker()).naarJson());
        m.put("themas", p.themas());
        m.put("count", p.alle().size());
        m.put("results", p.alle().stream().map(Partij::naarJson).toList());
        return Antwoord.ok(m);
    }

    private Antwoord inbox(Verzoek v) {
        return lijst(rodeKnop.get().inbox(v.gebruiker(), Query.status(v)));
    }

    private Antwoord zaak(Verzoek v) {
        return ok(rodeKnop.get().voorRijk(v.gebruiker(), v.padParameters().get("id")));
    }

    private Antwoord overleg(Verzoek v) {
        return ok(rodeKnop.get().planOverleg(v.gebruiker(), v.padParameters().get("id"), v.body().orElse(Map.of())));
    }

    private Antwoord uitkomst(Verzoek v) {
        return ok(rodeKnop.get().legUitkomstVast(v.gebruiker(), v.padParameters().get("id"),
                v.body().orElse(Map.of())));
    }

    private Antwoord followUp(Verzoek v) {
        return ok(rodeKnop.get().followUpRijk(v.gebruiker(), v.padParameters().get("id"), v.body().orElse(Map.of())));
    }

    private Antwoord followUps(Verzoek v) {
        return lijst(rodeKnop.get().teVolgenRijk(v.gebruiker()));
    }

    private Antwoord ok(Zaak z) {
        return Antwoord.ok(z.voorRijk(rodeKnop.get().gemeenteNaam(z.gemeente()), rodeKnop.get().nu()));
    }

    private Antwoord lijst(List<Zaak> zaken) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", zaken.size());
        RodeKnopService r = rodeKnop.get();
        m.put("results", zaken.stream().map(z -> z.voorRijk(r.gemeenteNaam(z.gemeente()), r.nu())).toList());
        return Antwoord.ok(m);
    }
}
