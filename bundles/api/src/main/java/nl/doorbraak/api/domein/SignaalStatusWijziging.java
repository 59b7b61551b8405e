package nl.doorbraak.api.domein;

import java.time.Instant;

/**
 * Eén overgang in de historie van een signaal: wie, wanneer, waarom.
 *
 * @param van     {@code null} bij het melden zelf
 * @param antwoord het antwoord dat bij deze overgang is gegeven; {@code null} als er geen nieuw antwoord was
 */
public record SignaalStatusWijziging(SignaalStatus van, SignaalStatus naar, String door, Instant op, String reden,
        String antwoord) {
}
