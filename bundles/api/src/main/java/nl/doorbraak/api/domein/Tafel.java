package nl.doorbraak.api.domein;

import java.time.Instant;
import java.util.List;

/**
 * Een doorbraaktafel van een gemeente, van één variant, met deelnemers.
 *
 * @param versie optimistische vergrendeling: stijgt bij elke wijziging; wordt als ETag gebruikt
 */
public record Tafel(String id, String gemeente, String naam, String variant, List<Deelnemer> deelnemers,
        long versie, Instant aangemaakt, Instant gewijzigd) {

    public Tafel {
        deelnemers = List.copyOf(deelnemers);
    }
}
