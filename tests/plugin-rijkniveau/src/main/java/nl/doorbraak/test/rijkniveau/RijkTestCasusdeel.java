package nl.doorbraak.test.rijkniveau;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import nl.doorbraak.api.http.Antwoord;
import nl.doorbraak.api.http.Route;
import nl.doorbraak.api.http.Scherm;
import nl.doorbraak.api.http.VariantEndpoint;
import nl.doorbraak.api.toegang.Rol;

/**
 * Parts of the casus screen for gemeenten with the standaard variant, as the rode knop's button on the casus will be:
 * one that works (it calls its own route with the casus id from its context) and one that throws.
 */
@Component(service = VariantEndpoint.class)
public class RijkTestCasusdeel implements VariantEndpoint {

    @Override
    public String segment() {
        return "rijktest";
    }

    @Override
    public String variant() {
        return "standaard";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route("GET", "/casussen/{id}", "Wat het deel van het casusscherm toont",
                Set.of(Rol.CASUSREGISSEUR, Rol.TAFELLID), v -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("casus", v.padParameters().get("id"));
                    m.put("gemeente", v.gemeente());
                    return Antwoord.ok(m);
                }));
    }

    @Override
    public List<Scherm> casusdelen() {
        return List.of(
                new Scherm("rijktest", "Rijktest op de casus", Set.of(Rol.CASUSREGISSEUR), "ui/casusdeel.js",
                        "Een deel van het casusscherm van de testplug-in"),
                new Scherm("kapot", "Kapot deel", Set.of(Rol.CASUSREGISSEUR), "ui/kapot-deel.js"));
    }
}
