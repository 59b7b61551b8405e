package nl.doorbraak.api.domein;

import java.math.BigDecimal;

/**
 * Iemand aan een tafel namens een organisatie, met mandaat. Staat de deelnemer in de korte lijnen van de gemeente,
 * dan verwijst {@code contactId} naar dat {@link Contact}: zo weet de tafel wie ze buiten de bijeenkomst belt.
 *
 * <p>Een deelnemer die ook een contact is, bijvoorbeeld:
 *
 * <pre>{@code
 * new Deelnemer("Peter Kok", "CJIB", "Invordering opschorten, betalingsregeling op maat", new BigDecimal("2000.00"),
 *         contact.id());
 * // zonder korte lijn, zoals vóór versie 1.1 van dit package:
 * new Deelnemer("Gerrit Visser", "Schuldhulp", "Schuldhulptraject met voorrang", null);
 * }</pre>
 *
 * <p>Bij het aanmaken of wijzigen van een tafel mag een deelnemer met {@code contactId} zonder naam en organisatie
 * worden gegeven: de core neemt die dan (en een leeg mandaat en mandaatbedrag) over van het contact. Een nieuwe
 * verwijzing moet naar een actief contact van dezelfde gemeente gaan. Wie een deelnemer kopieert (aanwezigen van een
 * bijeenkomst, deelnemers aan een besluit) houdt de verwijzing mee.
 *
 * @param naam          naam van de deelnemer
 * @param organisatie   bijvoorbeeld {@code woningcorporatie}, {@code Werk & Inkomen}, {@code CJIB}
 * @param mandaat       wat deze deelnemer alleen mag besluiten, in woorden
 * @param mandaatBedrag het bedrag in euro's tot waar de deelnemer mag besluiten; {@code null} als dat niet geldt
 * @param contactId     het id van het {@link Contact} in de korte lijnen van de gemeente; {@code null} als de
 *                      deelnemer daar niet in staat (sinds versie 1.1 van dit package)
 */
public record Deelnemer(String naam, String organisatie, String mandaat, BigDecimal mandaatBedrag, String contactId) {

    /** Een deelnemer die niet in de korte lijnen staat ({@code contactId} is {@code null}); de vorm van versie 1.0. */
    public Deelnemer(String naam, String organisatie, String mandaat, BigDecimal mandaatBedrag) {
        this(naam, organisatie, mandaat, mandaatBedrag, null);
    }
}
