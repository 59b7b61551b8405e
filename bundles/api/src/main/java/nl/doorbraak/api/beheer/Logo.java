package nl.doorbraak.api.beheer;

/**
 * Het logo van een gemeente met een eigen huisstijl.
 *
 * @param mediatype {@code image/svg+xml} of {@code image/png}
 * @param inhoud    de bytes van het bestand
 */
public record Logo(String mediatype, byte[] inhoud) {
}
