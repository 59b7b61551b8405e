package nl.doorbraak.api.domein;

import java.util.List;

/**
 * De actieve trekkers en aanjagers van één organisatie in één wijk, voor het overzicht van de beheerder.
 *
 * @param wijk {@code null}: voor de hele gemeente
 */
public record ContactGroep(String organisatie, String wijk, List<Contact> trekkers, List<Contact> aanjagers) {

    public ContactGroep {
        trekkers = List.copyOf(trekkers);
        aanjagers = List.copyOf(aanjagers);
    }
}
