package nl.doorbraak.api.http;

import java.util.Set;
import java.util.regex.Pattern;

import nl.doorbraak.api.toegang.Rol;

/**
 * Een scherm van een plug-in in de webapplicatie: een menu-item en een ES-module uit de eigen bundle. Een plug-in
 * noemt zijn schermen in {@link VariantEndpoint#schermen()}, zoals zijn routes; de webapplicatie toont het menu-item
 * alleen aan de genoemde rollen, in gemeenten die de variant van het endpoint gebruiken ({@code GET /api/schermen}).
 *
 * <p>De module staat in de bundle onder {@value #MAP} (bnd: {@code -includeresource: ui=src/main/ui}); het platform
 * serveert hem op {@code /plugins/<symbolische naam>/<versie>/<module>}. Een nieuwe versie van de plug-in heeft dus een
 * nieuwe URL: na een update laadt de webapplicatie het nieuwe scherm, nooit een mengsel.
 *
 * <p>Het contract van de module: de {@code default}-export is een functie {@code toon(element, context)} die het
 * scherm in het gegeven DOM-element tekent en een functie mag teruggeven die opruimt (timers, listeners) als het
 * scherm sluit of de plug-in verdwijnt. {@code context} biedt ten minste:
 * <ul>
 * <li>{@code gemeente}: het id van de gemeente waarin de gebruiker werkt;</li>
 * <li>{@code gebruiker}: de ingelogde gebruiker, zoals {@code GET /api/sessies/huidig} hem geeft;</li>
 * <li>{@code fetch(pad, opties)}: {@code window.fetch} met de sessie en de CSRF-header, voor de eigen routes van de
 * plug-in onder {@code /api/gemeenten/{gemeente}/{segment}} en de rest van de API.</li>
 * </ul>
 * Er hoeft geen web component geregistreerd te worden (een {@code customElements.define} kan niet worden vervangen,
 * een module-URL wel). Geen inline scripts of stijlen: de Content-Security-Policy staat alleen {@code 'self'} toe.
 *
 * <pre>{@code
 * public List<Scherm> schermen() {
 *     return List.of(new Scherm("toekomstgesprekken", "Toekomstgesprekken", Set.of(Rol.CASUSREGISSEUR),
 *             "ui/toekomstgesprekken.js", "Gesprekken per casus"));
 * }
 * }</pre>
 *
 * @param id           uniek binnen de plug-in: kleine letters, cijfers en {@code -}
 * @param titel        de tekst van het menu-item, in het Nederlands
 * @param rollen       rollen die het scherm zien; leeg: niemand (zoals bij {@link Route})
 * @param module       pad van de ES-module in de bundle, onder {@value #MAP}, bijvoorbeeld
 *                     {@code ui/toekomstgesprekken.js}; geen {@code ..}, geen absoluut pad
 * @param beschrijving korte uitleg bij het menu-item; mag {@code null} zijn
 * @since 1.1
 */
public record Scherm(String id, String titel, Set<Rol> rollen, String module, String beschrijving) {

    /** De map in de bundle waar schermen (en alles wat ze laden) staan; het platform serveert niets daarbuiten. */
    public static final String MAP = "ui/";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Segmenten van letters, cijfers, {@code .}, {@code _} en {@code -}; geen leeg segment, geen {@code ..}. */
    private static final Pattern PAD = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    /**
     * @throws IllegalArgumentException als id, titel of module niet deugt
     */
    public Scherm {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Scherm-id '" + id + "' is niet kleine letters, cijfers en '-'.");
        }
        if (titel == null || titel.isBlank()) {
            throw new IllegalArgumentException("Scherm '" + id + "' heeft geen titel.");
        }
        rollen = rollen == null ? Set.of() : Set.copyOf(rollen);
        if (!geldigPad(module)) {
            throw new IllegalArgumentException("Module '" + module + "' van scherm '" + id + "' is geen pad onder "
                    + MAP + " zonder '..' (bijvoorbeeld " + MAP + id + ".js).");
        }
        beschrijving = beschrijving == null || beschrijving.isBlank() ? null : beschrijving;
    }

    /** Een scherm zonder beschrijving. */
    public Scherm(String id, String titel, Set<Rol> rollen, String module) {
        this(id, titel, rollen, module, null);
    }

    /**
     * Of {@code pad} een bestand onder {@value #MAP} noemt: relatief, zonder lege segmenten, zonder {@code .} of
     * {@code ..} als segment en zonder backslash. Het platform controleert zo ook de paden die het serveert.
     */
    public static boolean geldigPad(String pad) {
        return pad != null && pad.startsWith(MAP) && pad.length() > MAP.length() && PAD.matcher(pad).matches();
    }
}
