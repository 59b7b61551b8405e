package nl.doorbraak.api.domein;

import java.math.BigDecimal;

/**
 * Een nieuw potje.
 *
 * @param tafelId    optioneel: alleen voor deze tafel
 * @param beginsaldo optioneel: wordt als eerste storting vastgelegd
 */
public record NieuwPotje(String naam, String tafelId, BigDecimal beginsaldo) {
}
