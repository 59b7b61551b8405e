package nl.doorbraak.api.http;

import java.util.Map;

/**
 * Het antwoord van een plug-in-route. {@code body} bestaat uit JSON-achtige waarden (Map, List, String, Number,
 * Boolean, {@code null}); nooit eigen klassen van de plug-in, zodat na een update niets de oude klassen vasthoudt.
 * Een fout geeft u door een {@link nl.doorbraak.api.service.DoorbraakException} te gooien; die wordt een nette
 * problem+json.
 *
 * <pre>{@code
 * return Antwoord.aangemaakt(Map.of("id", id, "versie", 1));
 * return new Antwoord(202, Map.of("status", "ingepland"), Map.of("Location", "/api/gemeenten/utrecht/rodeknop/17"));
 * }</pre>
 */
public record Antwoord(int status, Object body, Map<String, String> headers) {

    public Antwoord {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static Antwoord ok(Object body) {
        return new Antwoord(200, body, Map.of());
    }

    public static Antwoord aangemaakt(Object body) {
        return new Antwoord(201, body, Map.of());
    }

    public static Antwoord geenInhoud() {
        return new Antwoord(204, null, Map.of());
    }
}
