package nl.doorbraak.api.domein;

import java.time.Instant;

/**
 * Eén overgang in de historie van een casus: wie, wanneer, waarom.
 *
 * @param van {@code null} bij de aanmelding zelf
 */
public record StatusWijziging(CasusStatus van, CasusStatus naar, String door, Instant op, String reden) {
}
