package nl.doorbraak.api.domein;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Een taak die uit een besluit volgt, met een eigenaar en een deadline.
 *
 * @param organisatie de organisatie die de actie uitvoert
 * @param contactId   optioneel: de contactpersoon (korte lijnen) die hem trekt
 * @param eigenaar    optioneel: naam van wie hem uitvoert, als er geen contact is
 * @param gereed      wanneer hij is afgerond, of {@code null}
 * @param verlopen    open en de deadline is voorbij (op de dag van opvragen, Nederlandse tijd)
 */
public record Actie(String id, String gemeente, String casusId, String besluitId, String omschrijving,
        String organisatie, String contactId, String eigenaar, LocalDate deadline, Instant gereed, String gereedDoor,
        boolean verlopen, long versie, Instant aangemaakt, String door) {
}
