package nl.doorbraak.api.domein;

import java.util.List;

/**
 * Wat een melding van een signaal meegeeft; het signaal krijgt status {@link SignaalStatus#NIEUW}.
 *
 * @param casusIds casussen van dezelfde gemeente waarin de regel knelt; mag leeg zijn
 */
public record NieuwSignaal(String regel, String organisatie, String omschrijving, List<String> casusIds) {

    public NieuwSignaal {
        // a copy that keeps null entries, so the service can name them instead of failing here
        casusIds = casusIds == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(casusIds));
    }
}
