package nl.doorbraak.api.service;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.annotation.versioning.ProviderType;

/**
 * {@code Idempotency-Key} voor verzoeken die iets aanmaken: een herhaling met dezelfde sleutel (omdat het antwoord
 * verloren ging, ook als het platform vlak na het vastleggen stopte) krijgt het oorspronkelijke object in plaats van
 * een tweede. De core legt de sleutel vast in dezelfde transactie als het eerste object dat het werk aanmaakt.
 *
 * @since 1.2
 */
@ProviderType
public interface Idempotentie {

    /**
     * Wat eerder met deze sleutel van deze gebruiker is aangemaakt.
     *
     * @param verzoek  een vingerafdruk van het verzoek (methode, pad, body), om hergebruik van een sleutel voor een ander
     *                 verzoek te herkennen
     * @param object   bijvoorbeeld {@code casus}, {@code tafel}, {@code mutatie}
     * @param objectId het id waarmee het object weer te lezen is
     */
    record Vastgelegd(String verzoek, String object, String objectId, Instant op) {
    }

    Optional<Vastgelegd> zoek(String door, String sleutel);

    /**
     * Voert {@code werk} uit; als de core daarin een {@code object} aanmaakt (het object waarmee het verzoek
     * antwoordt; wat erbij ontstaat, zoals de acties van een besluit, telt niet), legt hij de sleutel vast in dezelfde
     * transactie.
     *
     * @throws ConflictException als een gelijktijdig verzoek met dezelfde sleutel het al vastlegde; er is dan niets
     *                           aangemaakt (kijk met {@link #zoek} wat het andere verzoek maakte)
     */
    <T> T eenmaal(String door, String sleutel, String verzoek, String object, Supplier<T> werk);
}
