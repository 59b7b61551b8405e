package nl.doorbraak.api.domein;

import java.math.BigDecimal;

/**
 * De velden waarmee een contact wordt aangemaakt of geheel vervangen. Zie {@link Contact} voor hun betekenis.
 *
 * @param actief {@code null}: bij aanmaken actief, bij vervangen ongewijzigd
 */
public record NieuwContact(String organisatie, String naam, String rol, String mandaat, BigDecimal mandaatBedrag,
        String wijk, String telefoon, String email, boolean trekker, boolean aanjager, String onderwerp,
        Boolean actief) {
}
