package nl.doorbraak.api.domein;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Korte lijnen: een persoon met naam bij een organisatie of in een wijk, die je rechtstreeks kunt bellen of mailen.
 * Tafels gebruiken contacten als deelnemer en acties als eigenaar; daarom wordt een contact nooit verwijderd maar
 * hoogstens gedeactiveerd ({@code actief = false}): wat ernaar verwijst blijft op te zoeken.
 *
 * @param rol           functie bij de organisatie, bijvoorbeeld {@code teamleider incasso}
 * @param mandaat       wat dit contact zelf mag besluiten, in woorden; {@code null} als onbekend
 * @param mandaatBedrag tot welk bedrag in euro's; {@code null} als dat niet geldt
 * @param wijk          de wijk waar dit contact voor werkt; {@code null} voor de hele gemeente
 * @param telefoon      minstens één van telefoon en e-mail is ingevuld
 * @param trekker       trekt het onderwerp of het deel van de organisatie
 * @param aanjager      jaagt het onderwerp of de organisatie aan
 * @param onderwerp     waarvoor dit contact trekker of aanjager is, bijvoorbeeld {@code schulden}
 * @param versie        optimistische vergrendeling; wordt als ETag gebruikt
 */
public record Contact(String id, String gemeente, String organisatie, String naam, String rol, String mandaat,
        BigDecimal mandaatBedrag, String wijk, String telefoon, String email, boolean trekker, boolean aanjager,
        String onderwerp, boolean actief, long versie, Instant aangemaakt, Instant gewijzigd) {
}
