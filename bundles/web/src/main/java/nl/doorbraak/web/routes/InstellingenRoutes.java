package nl.doorbraak.web.routes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.doorbraak.api.beheer.GemeenteBeheer;
import nl.doorbraak.api.beheer.Huisstijl;
import nl.doorbraak.api.beheer.Instellingen;
import nl.doorbraak.api.beheer.Instellingveld;
import nl.doorbraak.api.beheer.Logo;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Probleem;
import nl.doorbraak.web.http.Versies;
import nl.doorbraak.web.json.Json;

/**
 * {@code /api/gemeenten/{gemeente}/instellingen}, {@code POST /api/gemeenten} en de eigen huisstijl van een gemeente
 * ({@code huisstijl.css}, {@code logo}). De core beslist (GemeenteBeheer: wie mag, de regels van de configuratie, het
 * bestand in config/); hier blijft HTTP.
 */
public final class InstellingenRoutes {

    public static final String CSS = "text/css;charset=utf-8";

    private final Omgeving omgeving;

    public InstellingenRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    /** Het antwoord: de velden uit de Metatype-beschrijving en de waarden, in de volgorde van de velden. */
    public record InstellingenAntwoord(String gemeente, List<Instellingveld> velden, Map<String, Object> waarden) {

        static InstellingenAntwoord van(Instellingen i) {
            Map<String, Object> waarden = new LinkedHashMap<>();
            for (Instellingveld v : i.velden()) {
                if (i.waarden().containsKey(v.id())) {
                    waarden.put(v.id(), i.waarden().get(v.id()));
                }
            }
            return new InstellingenAntwoord(i.gemeente(), i.velden(), waarden);
        }
    }

    public void lees(Aanvraag a) throws IOException {
        Instellingen i = a.dienst(omgeving.beheer).instellingen(a.namens(), a.deel(1));
        if (Versies.nietGewijzigd(a, i.versie())) {
            a.header("ETag", Versies.etag(i.versie()));
            a.leeg(304);
            return;
        }
        stuur(a, 200, i);
    }

    /** PUT met If-Match (verplicht): alle waarden; wat ontbreekt krijgt zijn standaard. */
    public void wijzig(Aanvraag a) throws IOException {
        if (a.req.getHeader("If-Match") == null) {
            throw Probleem.ifMatchVereist();
        }
        String gemeente = a.deel(1);
        GemeenteBeheer beheer = a.dienst(omgeving.beheer);
        Instellingen huidig = beheer.instellingen(a.namens(), gemeente);
        Map<String, Object> waarden = Json.naarMap(a.jsonBody(true));
        long versie = Versies.verwacht(a, huidig.versie(), true, "De instellingen van de gemeente");
        stuur(a, 200, beheer.wijzig(a.namens(), gemeente, versie, waarden));
    }

    /** POST: een nieuwe gemeente; 201 met Location als ze in gebruik is. */
    public void maak(Aanvraag a) throws IOException {
        Map<String, Object> waarden = Json.naarMap(a.jsonBody(true));
        GemeenteBeheer beheer = a.dienst(omgeving.beheer);
        Instellingen i = a.eenmalig("gemeente", () -> beheer.maak(a.namens(), waarden),
                id -> Optional.of(beheer.instellingen(a.namens(), id)));
        a.header("Location", "/api/gemeenten/" + i.gemeente());
        stuur(a, 201, i);
    }

    /**
     * Een stylesheet met de eigen kleuren als design tokens, voor een gemeente met thema {@value Huisstijl#THEMA}; leeg
     * (maar 200) zonder eigen kleuren, zodat de app hem altijd kan laden.
     */
    public void css(Aanvraag a) throws IOException {
        Optional<Huisstijl> h = a.dienst(omgeving.beheer).huisstijl(a.namens(), a.deel(1));
        a.ruw(200, CSS, css(h.orElse(null), a.deel(1)).getBytes(StandardCharsets.UTF_8));
    }

    public void logo(Aanvraag a) throws IOException {
        Logo logo = a.dienst(omgeving.beheer).logo(a.namens(), a.deel(1))
                .orElseThrow(() -> Probleem.nietGevonden("Deze gemeente heeft geen logo."));
        a.ruw(200, logo.mediatype(), logo.inhoud());
    }

    private static void stuur(Aanvraag a, int status, Instellingen i) throws IOException {
        a.header("ETag", Versies.etag(i.versie()));
        a.json(status, InstellingenAntwoord.van(i));
    }

    /**
     * The tokens of the NL Design System components the app uses, on {@code html.doorbraak-huisstijl} (the class the app
     * sets for thema {@value Huisstijl#THEMA}). Text on the colour is black or white, whichever contrasts more (WCAG).
     * Only validated {@code #rrggbb} values get here, so nothing can break out of the declaration.
     */
    static String css(Huisstijl h, String gemeente) {
        StringBuilder s = new StringBuilder("/* Eigen huisstijl van gemeente ").append(gemeente)
                .append(" (config/nl.doorbraak.gemeente-*.cfg: kleur, accentkleur, logo) */\n");
        if (h == null || (h.kleur() == null && h.accentkleur() == null && !h.logo())) {
            return s.toString();
        }
        if (h.logo()) {
            // the app's header has an empty span.doorbraak-logo (role img, labelled): shown only when there is a logo
            s.append("html.doorbraak-huisstijl .doorbraak-logo {\n  display: inline-block;\n  background-image: url(\"/api/gemeenten/")
                    .append(gemeente).append("/logo\");\n}\n");
        }
        // html.…: more specific than the token classes on the same element (voorbeeld-theme), whatever the order
        s.append("html.doorbraak-huisstijl {\n");
        if (h.kleur() != null) {
            String tekst = tekstOp(h.kleur());
            s.append("  --doorbraak-huisstijl-kleur: ").append(h.kleur()).append(";\n");
            s.append("  --utrecht-button-primary-action-background-color: ").append(h.kleur()).append(";\n");
            s.append("  --utrecht-button-primary-action-border-color: ").append(h.kleur()).append(";\n");
            s.append("  --utrecht-button-primary-action-color: ").append(tekst).append(";\n");
            s.append("  --utrecht-button-primary-action-hover-background-color: ").append(h.kleur()).append(";\n");
            s.append("  --utrecht-button-primary-action-hover-color: ").append(tekst).append(";\n");
            s.append("  --utrecht-page-header-background-color: ").append(h.kleur()).append(";\n");
            s.append("  --utrecht-page-header-color: ").append(tekst).append(";\n");
        }
        if (h.accentkleur() != null) {
            s.append("  --doorbraak-huisstijl-accentkleur: ").append(h.accentkleur()).append(";\n");
            s.append("  --utrecht-page-header-border-block-end-color: ").append(h.accentkleur()).append(";\n");
            s.append("  --utrecht-focus-outline-color: ").append(h.accentkleur()).append(";\n");
        }
        s.append("}\n");
        if (h.kleur() != null) {
            // links and the secondary button in the coloured header: the text colour too, or their contrast fails
            String tekst = tekstOp(h.kleur());
            s.append("html.doorbraak-huisstijl .utrecht-page-header {\n");
            for (String token : new String[] { "link-color", "link-hover-color", "link-visited-color", "link-active-color",
                    "link-focus-color", "button-secondary-action-color", "button-secondary-action-border-color",
                    "button-secondary-action-hover-color", "button-secondary-action-hover-border-color",
                    "button-secondary-action-active-color", "button-secondary-action-focus-color" }) {
                s.append("  --utrecht-").append(token).append(": ").append(tekst).append(";\n");
            }
            for (String token : new String[] { "button-secondary-action-background-color",
                    "button-secondary-action-hover-background-color", "button-secondary-action-active-background-color",
                    "button-secondary-action-focus-background-color" }) {
                s.append("  --utrecht-").append(token).append(": ").append(h.kleur()).append(";\n");
            }
            s.append("}\n");
        }
        return s.toString();
    }

    /** Black or white, whichever has the higher contrast ratio with {@code #rrggbb} (WCAG 2.1 relative luminance). */
    public static String tekstOp(String kleur) {
        String k = kleur.toLowerCase(Locale.ROOT);
        double l = 0.2126 * kanaal(k.substring(1, 3)) + 0.7152 * kanaal(k.substring(3, 5))
                + 0.0722 * kanaal(k.substring(5, 7));
        double metWit = 1.05 / (l + 0.05);
        double metZwart = (l + 0.05) / 0.05;
        return metWit >= metZwart ? "#ffffff" : "#000000";
    }

    private static double kanaal(String hex) {
        double c = Integer.parseInt(hex, 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
