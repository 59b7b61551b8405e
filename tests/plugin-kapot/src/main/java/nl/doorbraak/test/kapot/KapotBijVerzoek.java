package nl.doorbraak.test.kapot;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import nl.doorbraak.api.http.Antwoord;
import nl.doorbraak.api.http.Route;
import nl.doorbraak.api.http.Scherm;
import nl.doorbraak.api.http.VariantEndpoint;
import nl.doorbraak.api.toegang.Rol;

/** Routes under the standaard variant's gemeenten whose handlers fail in every way a plug-in can. */
@Component(service = VariantEndpoint.class)
public class KapotBijVerzoek implements VariantEndpoint {

    @Override
    public String segment() {
        return "kapot";
    }

    @Override
    public String variant() {
        return "standaard";
    }

    @Override
    public List<Route> routes() {
        Set<Rol> iedereen = Set.of(Rol.CASUSREGISSEUR, Rol.TAFELLID);
        return List.of(
                new Route("GET", "/exceptie", "Gooit een RuntimeException", iedereen, v -> {
                    throw new IllegalStateException("kapot bij verzoek (testplug-in)");
                }),
                new Route("GET", "/error", "Gooit een Error", iedereen, v -> {
                    throw new AssertionError("kapot met een Error (testplug-in)");
                }),
                new Route("GET", "/onzin", "Geeft een body die geen JSON kan worden", iedereen,
                        v -> Antwoord.ok(new Object())));
    }

    /** A screen whose module throws in toon: the web app shows its message and keeps working. */
    @Override
    public List<Scherm> schermen() {
        return List.of(new Scherm("kapot", "Kapot scherm", Set.of(Rol.CASUSREGISSEUR), "ui/kapot.js",
                "Een scherm dat bij het tonen een fout gooit"));
    }
}
