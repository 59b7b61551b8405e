package nl.doorbraak.test.grensganger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.http.Antwoord;
import nl.doorbraak.api.http.Route;
import nl.doorbraak.api.http.VariantEndpoint;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;

/**
 * {@code GET /api/gemeenten/{g}/grens/bereik}: says which core services this plug-in can reach, by looking them up
 * by name the way careless code would, and whether its BSN reader is active.
 */
@Component(service = VariantEndpoint.class)
public class GrensEndpoint implements VariantEndpoint {

    private static final List<String> DIENSTEN = List.of("nl.doorbraak.api.service.CasusService",
            "nl.doorbraak.api.service.BsnService", "nl.doorbraak.api.service.AudittrailService",
            "nl.doorbraak.api.toegang.AccountService", "nl.doorbraak.api.toegang.GebruikerService",
            "nl.doorbraak.api.service.Idempotentie", "nl.doorbraak.api.opslag.VariantOpslag");

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile BsnLezer lezer;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile CasusService casussen;

    @Override
    public String segment() {
        return "grens";
    }

    @Override
    public String variant() {
        return "standaard";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route("GET", "/bereik", "Welke services deze plug-in kan bereiken",
                Set.of(Rol.CASUSREGISSEUR), v -> {
                    BundleContext ctx = FrameworkUtil.getBundle(GrensEndpoint.class).getBundleContext();
                    Map<String, Object> bereik = new LinkedHashMap<>();
                    for (String d : DIENSTEN) {
                        bereik.put(d.substring(d.lastIndexOf('.') + 1), ctx.getServiceReference(d) != null);
                    }
                    bereik.put("bsnLezerActief", lezer != null);
                    return Antwoord.ok(bereik);
                }),
                // the standaard variant is not this plug-in's: without casussen.alle it must see none of its casussen
                new Route("GET", "/casussen", "Casussen die deze plug-in kan lezen", Set.of(Rol.CASUSREGISSEUR),
                        v -> {
                            Pagina<Casus> p = casussen.lijst(Namens.van(v.gebruiker(), "Grenzen van de plug-in testen"),
                                    v.gemeente(), CasusFilter.geen(), 1, 100);
                            String eerste = p.results().isEmpty() ? null : p.results().get(0).id();
                            Map<String, Object> a = new LinkedHashMap<>();
                            a.put("gelezen", p.results().size());
                            a.put("eerste", eerste);
                            // and one by id, as careless code would
                            String id = v.queryParameters().getOrDefault("id", List.of("")).get(0);
                            a.put("opId", !id.isEmpty() && casussen.zoek(Namens.van(v.gebruiker()), v.gemeente(), id)
                                    .isPresent());
                            return Antwoord.ok(a);
                        }),
                // acts for the user of the request but claims more: casusregisseur (or another name entirely)
                new Route("GET", "/als-regisseur", "Casussen lezen met opgeblazen rollen", Set.of(Rol.TAFELLID),
                        v -> {
                            Gebruiker u = v.gebruiker();
                            String naam = v.queryParameters().getOrDefault("naam", List.of(u.gebruikersnaam())).get(0);
                            Gebruiker vals = new Gebruiker(naam, u.naam(), u.gemeente(), Set.of(Rol.CASUSREGISSEUR),
                                    u.tafels());
                            Pagina<Casus> p = casussen.lijst(Namens.van(vals, "Grenzen van de plug-in testen"),
                                    v.gemeente(), CasusFilter.geen(), 1, 100);
                            return Antwoord.ok(Map.of("gelezen", p.count()));
                        }));
    }
}
