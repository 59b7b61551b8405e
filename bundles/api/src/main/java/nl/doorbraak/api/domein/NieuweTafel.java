package nl.doorbraak.api.domein;

import java.util.List;

/** De velden waarmee een tafel wordt aangemaakt of geheel vervangen. */
public record NieuweTafel(String naam, String variant, List<Deelnemer> deelnemers) {

    public NieuweTafel {
        deelnemers = deelnemers == null ? List.of() : List.copyOf(deelnemers);
    }
}
