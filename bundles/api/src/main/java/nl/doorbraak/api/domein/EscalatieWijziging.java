package nl.doorbraak.api.domein;

import java.time.Instant;

/**
 * Eén overgang in de historie van een escalatie: wie, wanneer, waarom.
 *
 * @param van        {@code null} bij het escaleren zelf
 * @param toelichting de reden van de escalatie, het antwoord, of de toelichting bij oplossen of doorescaleren
 */
public record EscalatieWijziging(EscalatieStatus van, EscalatieStatus naar, String door, Instant op,
        String toelichting) {
}
