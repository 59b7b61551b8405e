package nl.doorbraak.api.domein;

import java.time.Instant;
import java.util.List;

/**
 * "De regel is stuk" (Garage de Bedoeling): een regel of werkwijze die in casussen knelt, met de organisatie die
 * erop moet antwoorden. Eén signaal verzamelt alle casussen waarin het speelt; hun aantal is het {@link #gewicht()}.
 *
 * @param regel        de regel of werkwijze die knelt, bijvoorbeeld {@code kostendelersnorm in de bijstand}
 * @param organisatie  de verantwoordelijke organisatie, die moet antwoorden
 * @param antwoord     het antwoord van die organisatie; verplicht bij {@link SignaalStatus#OPGELOST}
 * @param historie     alle statusovergangen, oudste eerst
 * @param casussen     de gekoppelde casussen, in volgorde van koppelen
 * @param versie       optimistische vergrendeling; wordt als ETag gebruikt
 */
public record Signaal(String id, String gemeente, String regel, String organisatie, String omschrijving,
        SignaalStatus status, String antwoord, List<SignaalStatusWijziging> historie, List<GekoppeldeCasus> casussen,
        long versie, Instant aangemaakt, Instant gewijzigd) {

    public Signaal {
        historie = List.copyOf(historie);
        casussen = List.copyOf(casussen);
    }

    /** Het gewicht: in hoeveel casussen deze regel knelt. */
    public int gewicht() {
        return casussen.size();
    }
}
