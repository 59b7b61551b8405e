package nl.doorbraak.plugin.rodeknop;

import java.time.Instant;
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
import nl.doorbraak.api.http.Route;
import nl.doorbraak.api.http.Scherm;
import nl.doorbraak.api.http.VariantEndpoint;
import nl.doorbraak.api.http.Verzoek;
import nl.doorbraak.api.toegang.Rol;

/**
 * De rode knop voor de gemeente, onder {@code /api/gemeenten/{gemeente}/rodeknop}: de knop op een casus, de zaken
 * van de gemeente, de follow-ups, en het register van Rijkspartijen.
 */
@Component(service = VariantEndpoint.class, reference = {
        @Reference(name = "rodeKnop", service = RodeKnopService.class, cardinality = ReferenceCardinality.OPTIONAL,
                policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY),
        @Reference(name = "agenda", service = AgendaRoutes.class, cardinality = ReferenceCardinality.OPTIONAL,
                policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY),
        @Reference(name = "precedenten", service = Precedenten.class, cardinality = ReferenceCardinality.OPTIONAL,
                policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY) })
public class GemeenteRoutes implements VariantEndpoint {

    private static final Set<Rol> REGISSEUR = Set.of(Rol.CASUSREGISSEUR);
    private static final Set<Rol> TAFEL = Set.of(Rol.CASUSREGISSEUR, Rol.TAFELLID);

    private final Supplier<RodeKnopService> rodeKnop;
    private final Supplier<AgendaRoutes> agenda;
    private final Supplier<PrecedentenRoutes> precedenten;

    /** The services at each request ({@link Later}), not when the web bundle binds these routes. */
    @Activate
    public GemeenteRoutes(ComponentContext context) {
        this(Later.van(context, "rodeKnop"), Later.van(context, "agenda"), Later.van(context, "precedenten"));
    }

    GemeenteRoutes(Supplier<RodeKnopService> rodeKnop, Supplier<AgendaRoutes> agenda,
            Supplier<Precedenten> precedenten) {
        this.rodeKnop = rodeKnop;
        this.agenda = agenda;
        this.precedenten = () -> new PrecedentenRoutes(precedenten.get());
    }

    @Override
    public String segment() {
        return RodeKnopOnderdeel.ID;
    }

    @Override
    public String variant() {
        return RodeKnopOnderdeel.ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                new Route("GET", "/partijen", "Het register van Rijkspartijen met hun thema's; met ?thema= de "
                        + "partijen die dat thema dekken", Set.of(Rol.CASUSREGISSEUR, Rol.TAFELLID,
                                Rol.GEMEENTEBEHEERDER), this::partijen),
                new Route("GET", "/agenda", "De agenda van de Bestuurstafel in Den Haag: regels die over gemeenten "
                        + "heen knellen, met trekker, status, uitkomst en aantallen per gemeente (alleen lezen; "
                        + "?status=)", Set.of(Rol.CASUSREGISSEUR, Rol.GEMEENTEBEHEERDER),
                        v -> agenda.get().lijstGemeente(v)),
                new Route("GET", "/agenda/{id}", "Eén agendapunt van de Bestuurstafel, met de aantallen per gemeente",
                        Set.of(Rol.CASUSREGISSEUR, Rol.GEMEENTEBEHEERDER), v -> agenda.get().puntGemeente(v)),
                new Route("GET", "/cijfers", "Cijfers van de rode knop van de gemeente: zaken per partij en thema, "
                        + "tijd tot overleg, uitkomsten, follow-ups, lessen op de agenda",
                        Set.of(Rol.CASUSREGISSEUR, Rol.GEMEENTEBEHEERDER), v -> agenda.get().cijfersGemeente(v)),
                new Route("GET", "/precedenten", "Het 20 %-register: eerdere doorbraken en rode-knopuitkomsten van "
                        + "alle gemeenten, geanonimiseerd, nieuwste eerst (?regel=&thema=&soort=&page=&pageSize=)",
                        TAFEL, v -> precedenten.get().zoekGemeente(v)),
                new Route("POST", "/precedenten/{id}/gebruikt", "Leg vast dat de tafel dit precedent gebruikt bij "
                        + "het voorbereiden van een besluit ({\"casusId\"}; alleen het aantal wordt bewaard)", TAFEL,
                        v -> precedenten.get().gebruikt(v)),
                new Route("GET", "/instellingen", "De instellingen van de rode knop voor de gemeente "
                        + "(precedentenDelen)", Set.of(Rol.GEMEENTEBEHEERDER),
                        v -> precedenten.get().instellingen(v)),
                new Route("PUT", "/instellingen", "Zet het delen van de precedenten van de gemeente aan of uit "
                        + "({\"precedentenDelen\": true|false})", Set.of(Rol.GEMEENTEBEHEERDER),
                        v -> precedenten.get().wijzigInstellingen(v)),
                new Route("GET", "/casussen/{id}", "De rode-knopzaken van een casus", TAFEL, this::vanCasus),
                new Route("POST", "/casussen/{id}", "Druk op de rode knop: leg de casus voor aan het Rijk", TAFEL,
                        this::druk),
                new Route("GET", "/zaken", "De rode-knopzaken van de gemeente, nieuwste eerst (?status=)", REGISSEUR,
                        this::zaken),
                new Route("GET", "/zaken/{id}", "Eén rode-knopzaak", TAFEL, this::zaak),
                new Route("POST", "/zaken/{id}/followup", "Leg de follow-up vast; daarna is de zaak op "
                        + "Rijksniveau af", REGISSEUR, this::followUp),
                new Route("GET", "/followups", "Follow-ups van de gemeente die aan de beurt zijn", REGISSEUR,
                        this::followUps));
    }

    @Override
    public List<Scherm> schermen() {
        return List.of(new Scherm("agenda", "Agenda Den Haag", Set.of(Rol.CASUSREGISSEUR, Rol.GEMEENTEBEHEERDER),
                "ui/agenda.js", "Regels die over gemeenten heen knellen, en de rode knop van uw gemeente in cijfers"));
    }

    @Override
    public List<Scherm> casusdelen() {
        return List.of(new Scherm("rodeknop", "Rode knop (Rijk)", TAFEL, "ui/casus-rodeknop.js",
                "De casus aan het Rijk voorleggen en de zaak volgen"),
                new Scherm("rodeknop-precedenten", "Precedenten (20 %-register)", TAFEL, "ui/casus-precedenten.js",
                        "Eerdere doorbraken bij dit thema of deze regel, uit alle gemeenten die ze delen"));
    }

    private Antwoord partijen(Verzoek v) {
        String thema = Zaak.normaal(Query.waarde(v, "thema"));
        Partijen p = rodeKnop.get().partijen();
        List<Partij> lijst = thema == null ? p.alle() : p.voorThema(thema);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("themas", p.themas());
        m.put("count", lijst.size());
        m.put("results", lijst.stream().map(Partij::naarJson).toList());
        return Antwoord.ok(m);
    }

    private Antwoord vanCasus(Verzoek v) {
        return lijst(rodeKnop.get().vanCasus(v.gebruiker(), v.gemeente(), v.padParameters().get("id")));
    }

    private Antwoord druk(Verzoek v) {
        Zaak z = rodeKnop.get().druk(v.gebruiker(), v.gemeente(), v.padParameters().get("id"),
                v.body().orElse(Map.of()));
        return new Antwoord(201, z.voorGemeente(rodeKnop.get().nu()),
                Map.of("Location", "/api/gemeenten/" + v.gemeente() + "/rodeknop/zaken/" + z.id()));
    }

    private Antwoord zaken(Verzoek v) {
        return lijst(rodeKnop.get().vanGemeente(v.gebruiker(), v.gemeente(), Query.status(v)));
    }

    private Antwoord zaak(Verzoek v) {
        return Antwoord.ok(rodeKnop.get().vanGemeente(v.gebruiker(), v.gemeente(), v.padParameters().get("id"))
                .voorGemeente(rodeKnop.get().nu()));
    }

    private Antwoord followUp(Verzoek v) {
        return Antwoord.ok(rodeKnop.get().followUpGemeente(v.gebruiker(), v.gemeente(), v.padParameters().get("id"),
                v.body().orElse(Map.of())).voorGemeente(rodeKnop.get().nu()));
    }

    private Antwoord followUps(Verzoek v) {
        return lijst(rodeKnop.get().teVolgen(v.gebruiker(), v.gemeente()));
    }

    private Antwoord lijst(List<Zaak> zaken) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", zaken.size());
        Instant nu = rodeKnop.get().nu();
        m.put("results", zaken.stream().map(z -> z.voorGemeente(nu)).toList());
        return Antwoord.ok(m);
    }
}
