package nl.doorbraak.api.domein;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Een Voorkom Erger Potje: geld dat een tafel direct kan inzetten (bijvoorbeeld €250 om een ontruiming te stoppen).
 * Het saldo komt nooit onder nul.
 *
 * @param tafelId    de tafel waarvoor het potje is; {@code null} voor alle tafels van de gemeente
 * @param gestort    totaal van alle stortingen
 * @param uitgegeven totaal van alle uitgaven
 * @param mutaties   aantal stortingen en uitgaven tot nu toe
 */
public record Potje(String id, String gemeente, String tafelId, String naam, BigDecimal saldo, BigDecimal gestort,
        BigDecimal uitgegeven, long mutaties, Instant aangemaakt) {
}
