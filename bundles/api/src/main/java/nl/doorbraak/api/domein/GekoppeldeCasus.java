package nl.doorbraak.api.domein;

import java.time.Instant;

/**
 * Een casus waarin een signaal speelt.
 *
 * @param titel   de titel van de casus: casusinhoud, dus alleen tonen aan wie de casus mag zien
 * @param tafelId de tafel van de casus, om te bepalen wie hem mag zien
 */
public record GekoppeldeCasus(String casusId, String titel, String tafelId, String gekoppeldDoor,
        Instant gekoppeldOp) {
}
