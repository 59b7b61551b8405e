package nl.doorbraak.web.routes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.VariantInfo;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.RechtenRegister;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.Gezondheid;
import nl.doorbraak.api.service.VariantRegister;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.Dienst;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.http.Toegang;
import nl.doorbraak.web.json.VariantAntwoord;

/** {@code /api/health}, {@code /api/openapi.json}, {@code /api/varianten} en {@code /api/gemeenten}. */
public final class PlatformRoutes {

    // the logger keeps the name it had before the bundle was split into packages: log lines stay as operators know them
    private static final Logger LOG = LoggerFactory.getLogger("nl.doorbraak.web.PlatformRoutes");

    private final Omgeving omgeving;

    public PlatformRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    public void health(Aanvraag a) throws IOException {
        boolean kern = omgeving.kernActief();
        List<String> waarschuwingen = new ArrayList<>();
        if (!kern) {
            List<String> weg = new ArrayList<>();
            for (Dienst<?> d : List.of(omgeving.gemeenten, omgeving.tafels, omgeving.casussen, omgeving.gebruikers,
                    omgeving.varianten)) {
                if (d.huidig() == null) {
                    weg.add(d.omschrijving());
                }
            }
            waarschuwingen.add("Niet beschikbaar: " + String.join(", ", weg) + ".");
        }
        Gezondheid gezondheid = omgeving.gezondheid.huidig();
        boolean gereed = true;
        if (gezondheid != null) {
            try {
                waarschuwingen.addAll(gezondheid.waarschuwingen());
                gereed = gezondheid.gereed();
            } catch (RuntimeException e) {
                LOG.warn("Waarschuwingen van de core konden niet worden gelezen", e);
                waarschuwingen.add("De waarschuwingen van de core konden niet worden gelezen.");
            }
        }
        waarschuwingen.addAll(omgeving.endpoints.waarschuwingen());
        waarschuwingen.addAll(omgeving.rijk.waarschuwingen());
        waarschuwingen.addAll(omgeving.configuratieWaarschuwingen());
        GemeenteService gemeenten = omgeving.gemeenten.huidig();
        waarschuwingen.addAll(omgeving.sso.waarschuwingen(gemeenten == null ? null : id -> {
            try {
                return gemeenten.zoek(id).isPresent();
            } catch (RuntimeException e) {
                return true; // a core that cannot say, does not make a warning
            }
        }));
        Bundle[] bundles = omgeving.bundles();
        // two files of one bundle in deploy/: the highest version is used, the others are ignored (not resolved)
        DeployVersies versies = DeployVersies.van(bundles, omgeving.deployMap());
        waarschuwingen.addAll(versies.waarschuwingen());
        for (Bundle b : bundles) {
            // installed but not resolved: a plug-in whose imports are missing never starts; say so here, not only
            // in the log
            if (b.getState() == Bundle.INSTALLED && b.getHeaders("").get("Fragment-Host") == null
                    && !versies.genegeerd().contains(b.getBundleId())) {
                waarschuwingen.add("Bundle " + b.getSymbolicName() + " " + b.getVersion() + " is geïnstalleerd maar "
                        + "kan niet starten: afhankelijkheden ontbreken (zie logs/doorbraak.log).");
            }
        }
        // UP only when users can work: core present and done starting (demo accounts loaded, first beheerder made)
        String status = !kern ? "DOWN" : gereed ? "UP" : "STARTEND";
        if (!"UP".equals(status)) {
            a.header("Retry-After", Integer.toString(omgeving.instellingen().retryAfterSeconden()));
        }
        a.json("UP".equals(status) ? 200 : 503,
                new Health(status, new Health.Componenten(status, "UP"), waarschuwingen));
    }

    public void openApi(Aanvraag a) throws IOException {
        a.ruw(200, Aanvraag.JSON, omgeving.openApi.document());
    }

    public void varianten(Aanvraag a) throws IOException {
        a.gebruiker();
        Paginering p = Paginering.uit(a);
        VariantRegister register = a.dienst(omgeving.varianten);
        List<VariantInfo> alle = register.varianten();
        Map<String, PluginRechten> rechten = new java.util.HashMap<>();
        for (PluginRechten r : pluginRechten()) {
            rechten.put(r.bundle() + "@" + r.versie(), r);
        }
        p.schrijf(a, alle.size(), p.deel(alle).stream()
                .map(v -> VariantAntwoord.van(v, rechten.get(v.bundle() + "@" + v.versie()), register.velden(v.id())))
                .toList(), Map.of());
    }

    /**
     * De bundles van het platform met id, versie en toestand: voor de platformbeheerder, die zo ziet wat er draait
     * en dat een hot swap core en web niet heeft herstart (hun bundle-id blijft gelijk).
     */
    public void bundles(Aanvraag a) throws IOException {
        Gebruiker u = a.gebruiker();
        Paginering p = Paginering.uit(a);
        List<Bundle> alle = List.of(omgeving.bundles());
        RechtenRegister register = omgeving.rechten.huidig();
        p.schrijf(a, alle.size(), p.deel(alle).stream().map(b -> BundleAntwoord.van(b,
                register == null ? null : register.van(b.getBundleId()).orElse(null))).toList(), Map.of());
    }

    /** Zonder core (tijdens een hot swap) geen rechten: het overzicht blijft werken. */
    private List<PluginRechten> pluginRechten() {
        RechtenRegister register = omgeving.rechten.huidig();
        return register == null ? List.of() : register.plugins();
    }

    /** Platformbeheerder: alle; wie bij een gemeente hoort: die; anderen (Rijk): nog geen. */
    public void gemeenten(Aanvraag a) throws IOException {
        Paginering p = Paginering.uit(a);
        List<Gemeente> zichtbaar = a.dienst(omgeving.gemeenten).zichtbaar(a.namens());
        p.schrijf(a, zichtbaar.size(), p.deel(zichtbaar), Map.of());
    }

    public void gemeente(Aanvraag a) throws IOException {
        String id = a.deel(1);
        Gemeente g = a.dienst(omgeving.gemeenten).zoek(a.namens(), id)
                .orElseThrow(() -> Toegang.gemeenteNietGevonden(id));
        a.json(200, g);
    }

    /** Het antwoord van {@code /api/health}. */
    public record Health(String status, Componenten componenten, List<String> waarschuwingen) {
        private record Componenten(String core, String web) {
        }
    }
}
