package nl.doorbraak.test.standaardv1;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import nl.doorbraak.api.http.Antwoord;
import nl.doorbraak.api.http.Route;
import nl.doorbraak.api.http.VariantEndpoint;
import nl.doorbraak.api.toegang.Rol;

/** The earlier release already had the urgentie route, so requests to it must survive the update to schema 2. */
@Component(service = VariantEndpoint.class)
public class StandaardEndpointV1 implements VariantEndpoint {

    @Override
    public String segment() {
        return "standaard";
    }

    @Override
    public String variant() {
        return "standaard";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route("GET", "/urgentie", "Urgentie-overzicht (eerdere versie)",
                Set.of(Rol.CASUSREGISSEUR, Rol.TAFELLID), v -> Antwoord.ok(Map.of("gemeente", v.gemeente(), "versie", 1))));
    }
}
