package nl.doorbraak.plugin.rodeknop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Een ministerie of landelijke uitvoerder in het register van Rijkspartijen.
 *
 * @param id              kort en stabiel, bijvoorbeeld {@code szw}
 * @param themas          de thema's waarop de partij aanspreekbaar is, bijvoorbeeld {@code inkomen}
 * @param contactpersonen voor de gemeenten, bijvoorbeeld {@code A. de Wit, beleidsmedewerker, a.dewit@minszw.nl}
 * @param accounts        gebruikersnamen van de Rijk-accounts die voor deze partij werken
 */
public record Partij(String id, String naam, String afkorting, List<String> themas, List<String> contactpersonen,
        List<String> accounts) {

    public Partij {
        themas = List.copyOf(themas);
        contactpersonen = List.copyOf(contactpersonen);
        accounts = List.copyOf(accounts);
    }

    public boolean dekt(String thema) {
        return thema != null && themas.contains(thema);
    }

    /** Zoals de api hem toont; de accounts blijven binnen het platform. */
    public Map<String, Object> naarJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("naam", naam);
        m.put("afkorting", afkorting);
        m.put("themas", themas);
        m.put("contactpersonen", contactpersonen);
        return m;
    }
}
