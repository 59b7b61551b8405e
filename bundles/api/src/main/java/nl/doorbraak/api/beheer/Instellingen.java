package nl.doorbraak.api.beheer;

import java.util.List;
import java.util.Map;

/**
 * De instellingen van één gemeente: de beschrijving van elk veld en de waarden uit haar configuratiebestand.
 *
 * @param gemeente het id van de gemeente
 * @param versie   verandert bij elke wijziging van de waarden (de ETag van de REST-api)
 * @param velden   de velden, in de volgorde van de beschrijving
 * @param waarden  per veld-id de waarde: tekst, geheel getal of een lijst van teksten; een veld zonder waarde
 *                 ontbreekt (dan geldt de standaard)
 */
public record Instellingen(String gemeente, long versie, List<Instellingveld> velden, Map<String, Object> waarden) {

    public Instellingen {
        velden = List.copyOf(velden);
        waarden = Map.copyOf(waarden);
    }
}
