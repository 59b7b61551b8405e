package nl.doorbraak.api.domein;

import java.math.BigDecimal;

/**
 * Een bedrag uit een Voorkom Erger Potje, als onderdeel van een besluit.
 *
 * @param potjeId      het potje
 * @param bedrag       in euro's, groter dan 0; nooit meer dan het saldo
 * @param omschrijving waarvoor, bijvoorbeeld {@code huurachterstand, ontruiming gestopt}
 */
public record Uitgave(String potjeId, BigDecimal bedrag, String omschrijving) {
}
