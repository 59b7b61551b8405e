package nl.doorbraak.api.domein;

import java.math.BigDecimal;

/**
 * Wat een besluit een organisatie laat doen, in euro's: bijvoorbeeld CJIB scheldt €1.200 kwijt. Het besluit wordt
 * geweigerd als geen deelnemer van die organisatie die het besluit neemt, een mandaat tot dit bedrag heeft.
 *
 * @param organisatie de organisatie die het bedrag draagt
 * @param bedrag      in euro's, groter dan 0
 * @param omschrijving waarvoor, bijvoorbeeld {@code kwijtschelding boete}
 */
public record Toezegging(String organisatie, BigDecimal bedrag, String omschrijving) {
}
