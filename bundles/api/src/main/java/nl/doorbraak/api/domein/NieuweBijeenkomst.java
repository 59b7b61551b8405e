package nl.doorbraak.api.domein;

import java.time.LocalDate;
import java.util.List;

/**
 * Een bijeenkomst plannen of bijwerken.
 *
 * @param aanwezigen namen van deelnemers van de tafel die er zijn (of zullen zijn); leeg mag
 * @param notitie    optioneel; persoonsgegeven
 */
public record NieuweBijeenkomst(String tafelId, LocalDate datum, List<String> aanwezigen, String notitie) {
}
