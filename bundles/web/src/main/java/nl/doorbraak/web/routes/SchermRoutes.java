package nl.doorbraak.web.routes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.http.Scherm;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.http.Toegang;
import nl.doorbraak.web.plugin.PluginEndpoint;

/**
 * {@code GET /api/schermen}: de schermen van plug-ins voor het menu van de webapplicatie. Dezelfde endpoints en
 * dezelfde regels als hun routes ({@link nl.doorbraak.web.plugin.PluginRoutes}): alleen actieve plug-ins, alleen
 * varianten die de gemeente van de gebruiker gebruikt (de platformbeheerder: alle), alleen de genoemde rollen; een
 * account zonder gemeente ziet daarnaast de schermen van {@link nl.doorbraak.api.http.RijkEndpoint}s die een van zijn
 * rollen noemen. {@code GET /api/schermen/casusdelen}: de delen van het casusscherm
 * ({@link nl.doorbraak.api.http.VariantEndpoint#casusdelen()}), met dezelfde regels, voor wie bij een gemeente hoort.
 */
public final class SchermRoutes {

    private final Omgeving omgeving;

    public SchermRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    public void lijst(Aanvraag a) throws IOException {
        Gebruiker u = a.gebruiker();
        List<PluginEndpoint> actief = omgeving.endpoints.alleActieve();
        List<SchermAntwoord> zichtbaar = new ArrayList<>();
        Gemeente gemeente = null;
        boolean alle = u.heeft(Rol.PLATFORMBEHEERDER);
        if (!alle && u.gemeente() != null && actief.stream().anyMatch(pe -> !pe.schermen().isEmpty())) {
            // the core only when there is something to show: the menu keeps working while the core is swapped
            gemeente = a.dienst(omgeving.gemeenten).zoek(a.namens(), u.gemeente()).orElse(null);
        }
        for (PluginEndpoint pe : actief) {
            if (!alle && (gemeente == null || !gemeente.gebruiktVariant(pe.variant()))) {
                continue;
            }
            for (Scherm s : pe.schermen()) {
                if (Toegang.heeftEen(u, s.rollen())) {
                    zichtbaar.add(SchermAntwoord.van(pe, s));
                }
            }
        }
        if (u.gemeente() == null) {
            // the Rijk's screens: for accounts of no gemeente, by role only (their routes have no gemeente either)
            for (PluginEndpoint pe : omgeving.rijk.alleActieve()) {
                for (Scherm s : pe.schermen()) {
                    if (Toegang.heeftEen(u, s.rollen())) {
                        zichtbaar.add(SchermAntwoord.van(pe, s));
                    }
                }
            }
        }
        zichtbaar.sort(Comparator.comparing(SchermAntwoord::titel).thenComparing(SchermAntwoord::plugin)
                .thenComparing(SchermAntwoord::id));
        Paginering.heel(a, zichtbaar);
    }

    /**
     * De delen van het casusscherm voor de gebruiker: van actieve plug-ins waarvan zijn gemeente de variant gebruikt,
     * voor zijn rollen; per plug-in (op segment) in de volgorde die de plug-in opgeeft. Zonder gemeente: geen (het
     * casusscherm is er alleen binnen een gemeente).
     */
    public void casusdelen(Aanvraag a) throws IOException {
        Gebruiker u = a.gebruiker();
        List<SchermAntwoord> delen = new ArrayList<>();
        List<PluginEndpoint> actief = omgeving.endpoints.alleActieve();
        if (u.gemeente() != null && actief.stream().anyMatch(pe -> !pe.casusdelen().isEmpty())) {
            Gemeente gemeente = a.dienst(omgeving.gemeenten).zoek(a.namens(), u.gemeente()).orElse(null);
            for (PluginEndpoint pe : actief) {
                if (gemeente == null || !gemeente.gebruiktVariant(pe.variant())) {
                    continue;
                }
                for (Scherm s : pe.casusdelen()) {
                    if (Toegang.heeftEen(u, s.rollen())) {
                        delen.add(SchermAntwoord.van(pe, s));
                    }
                }
            }
        }
        Paginering.heel(a, delen);
    }

    /**
     * Een scherm in {@code /api/schermen} of een deel van het casusscherm in {@code /api/schermen/casusdelen}.
     *
     * @param plugin symbolische naam van de bundle
     * @param versie versie van de bundle
     * @param variant de variant van het endpoint; {@code null} voor een scherm van het Rijk
     * @param module absoluut pad van de ES-module, met de versie erin: na een update een andere URL
     */
    public record SchermAntwoord(String id, String plugin, String versie, String variant, String titel,
            String beschrijving, String module) {

        static SchermAntwoord van(PluginEndpoint pe, Scherm s) {
            String versie = pe.versie() == null ? "0.0.0" : pe.versie().toString();
            return new SchermAntwoord(s.id(), pe.symbolischeNaamVanBundle(), versie, pe.variant(), s.titel(),
                    s.beschrijving(), nl.doorbraak.web.PluginBestanden.url(pe.symbolischeNaamVanBundle(), versie, s.module()));
        }
    }
}
