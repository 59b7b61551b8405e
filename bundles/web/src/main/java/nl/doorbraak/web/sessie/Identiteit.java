package nl.doorbraak.web.sessie;

import nl.doorbraak.api.toegang.Gebruiker;

/**
 * Wie een verzoek doet.
 *
 * @param sessie             de sessie bij inloggen met een cookie; {@code null} bij HTTP Basic (dan is geen
 *                           CSRF-token nodig)
 * @param wachtwoordWijzigen ingelogd met een eenmalig wachtwoord: alleen dat wijzigen mag nog
 */
public record Identiteit(Gebruiker gebruiker, Sessie sessie, boolean wachtwoordWijzigen) {
}
