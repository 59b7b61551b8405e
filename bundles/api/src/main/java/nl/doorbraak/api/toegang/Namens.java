package nl.doorbraak.api.toegang;

/**
 * In wiens naam en met welk doel een service van de core wordt aangeroepen. De core toetst rol, gemeente en tafel
 * van de {@link #gebruiker()} en legt elke inzage of wijziging van persoonsgegevens vast in het verwerkingenlog,
 * met dit doel.
 *
 * <pre>{@code
 * Casus c = casussen.zoek(Namens.van(v.gebruiker(), "Casus als spoed op de agenda zetten"), gemeente, id)
 *         .orElseThrow(...);
 * }</pre>
 *
 * @param gebruiker wie handelt: de ingelogde gebruiker van het verzoek, of {@link Gebruiker#systeem het platform}
 * @param doel      waarom, in woorden van de gebruiker; {@code null}: het standaarddoel van de handeling
 * @since 1.2
 */
public record Namens(Gebruiker gebruiker, String doel) {

    public Namens {
        if (gebruiker == null) {
            throw new IllegalArgumentException("Zeg in wiens naam: gebruiker is verplicht.");
        }
        if (doel != null && doel.isBlank()) {
            doel = null;
        }
    }

    public static Namens van(Gebruiker gebruiker, String doel) {
        return new Namens(gebruiker, doel);
    }

    /** Met het standaarddoel van de handeling. */
    public static Namens van(Gebruiker gebruiker) {
        return new Namens(gebruiker, null);
    }

    /** Het doel, of {@code standaard} als er geen is gegeven. */
    public String doelOf(String standaard) {
        return doel != null ? doel : standaard;
    }
}
