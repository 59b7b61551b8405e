package nl.doorbraak.api.domein;

import java.math.BigDecimal;

/**
 * Iemand aan een tafel namens een organisatie, met mandaat.
 *
 * @param naam          naam van de deelnemer
 * @param organisatie   bijvoorbeeld {@code woningcorporatie}, {@code Werk & Inkomen}, {@code CJIB}
 * @param mandaat       wat deze deelnemer alleen mag besluiten, in woorden
 * @param mandaatBedrag het bedrag in euro's tot waar de deelnemer mag besluiten; {@code null} als dat niet geldt
 */
public record Deelnemer(String naam, String organisatie, String mandaat, BigDecimal mandaatBedrag) {
}
