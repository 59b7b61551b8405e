package nl.doorbraak.api.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.toegang.Gebruiker;

/**
 * Een HTTP-verzoek aan een plug-in-route, al geauthenticeerd en binnen de gemeente van de gebruiker. De web-bundle
 * levert het; een plug-in leest het alleen.
 *
 * <pre>{@code
 * Antwoord notities(Verzoek v) {
 *     String casusId = v.padParameters().get("id");            // uit pad "/casussen/{id}/notities"
 *     String tekst = (String) v.body().orElseThrow().get("tekst");
 *     String door = v.gebruiker().gebruikersnaam();
 *     ...
 * }
 * }</pre>
 */
@ProviderType
public interface Verzoek {

    String methode();

    /** De ingelogde gebruiker; hoort altijd bij {@link #gemeente()} (bij een {@link RijkEndpoint}: bij geen gemeente). */
    Gebruiker gebruiker();

    /** Id van de gemeente uit de URL; {@code null} bij een {@link RijkEndpoint}. */
    String gemeente();

    /** Waarden van de {@code {naam}}-delen uit {@link Route#pad()}. */
    Map<String, String> padParameters();

    Map<String, List<String>> queryParameters();

    /** Het JSON-object uit de body, als die er is; JSON-achtige waarden (Map, List, String, Number, Boolean). */
    Optional<Map<String, Object>> body();
}
