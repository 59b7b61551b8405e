package nl.doorbraak.api.toegang;

import java.time.Instant;

/**
 * Een clientadres waarvandaan te veel inlogpogingen mislukten, over alle accounts heen.
 *
 * @param mislukt        mislukte pogingen in het huidige venster
 * @param geblokkeerdTot tot wanneer inloggen vanaf dit adres geblokkeerd is, of {@code null} als het (nog) niet is
 */
public record Adresblokkade(String adres, int mislukt, Instant geblokkeerdTot) {
}
