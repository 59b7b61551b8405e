package nl.doorbraak.test.rijkniveau;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import nl.doorbraak.api.http.Antwoord;
import nl.doorbraak.api.http.RijkEndpoint;
import nl.doorbraak.api.http.Route;
import nl.doorbraak.api.http.Scherm;
import nl.doorbraak.api.toegang.Rol;

/** Routes under /api/rijk/rijktest and a screen for the Rijk: what the rode knop's inbox will do, in small. */
@Component(service = RijkEndpoint.class)
public class RijkTestEndpoint implements RijkEndpoint {

    @Override
    public String segment() {
        return "rijktest";
    }

    @Override
    public List<Route> routes() {
        return List.of(
                new Route("GET", "", "Wie de plug-in van het Rijk ziet", Set.of(Rol.RIJK), v -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("gebruiker", v.gebruiker().gebruikersnaam());
                    m.put("gemeente", v.gemeente());
                    return Antwoord.ok(m);
                }),
                new Route("GET", "/zaken/{id}", "Eén zaak", Set.of(Rol.RIJK),
                        v -> Antwoord.ok(Map.of("id", v.padParameters().get("id")))));
    }

    @Override
    public List<Scherm> schermen() {
        return List.of(new Scherm("rijktest", "Rijktest", Set.of(Rol.RIJK), "ui/rijktest.js",
                "Een scherm van de testplug-in voor het Rijk"));
    }
}
