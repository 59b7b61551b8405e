package nl.doorbraak.web.route;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.plugin.EndpointRegister;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.plugin.PluginRoutes;
import nl.doorbraak.web.http.Probleem;
import nl.doorbraak.web.http.Toegang;

/**
 * De routetabel van de core-API, eenmaal opgebouwd uit de beschrijvingen van {@link Kernroutes}. Matchen vergelijkt
 * pad-delen, zonder reguliere expressies; wat onder een gemeente niet van de core is, en alles onder {@code /rijk/},
 * gaat naar {@link PluginRoutes}.
 * Vóór de handler controleert de router wat de beschrijving zegt: login, gemeente en rol ({@link #toegang}).
 */
public final class Router {

    /** Een pad met zijn operaties: per deel vaste tekst of {@code null} voor een parameter. */
    public record KernRoute(String sjabloon, String[] vast, Map<String, Operatie> methoden, String allow) {

        boolean past(String[] delen) {
            if (delen.length != vast.length) {
                return false;
            }
            for (int i = 0; i < vast.length; i++) {
                if (vast[i] != null && !vast[i].equals(delen[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<KernRoute> routes = new ArrayList<>();
    private final PluginRoutes plugins;

    public Router(Omgeving omgeving) {
        this(omgeving, Kernroutes.alle(omgeving));
    }

    public Router(Omgeving omgeving, List<Operatie> operaties) {
        this.plugins = new PluginRoutes(omgeving);
        Map<String, Map<String, Operatie>> perPad = new LinkedHashMap<>();
        for (Operatie o : operaties) {
            Operatie dubbel = perPad.computeIfAbsent(o.sjabloon, k -> new LinkedHashMap<>()).put(o.methode, o);
            if (dubbel != null) {
                throw new IllegalStateException("Twee keer beschreven: " + o);
            }
        }
        perPad.forEach(this::route);
        omgeving.openApi.kern(operaties);
    }

    private void route(String sjabloon, Map<String, Operatie> methoden) {
        String[] delen = Aanvraag.splits(sjabloon);
        String[] vast = new String[delen.length];
        for (int i = 0; i < delen.length; i++) {
            vast[i] = delen[i].startsWith("{") ? null : delen[i];
        }
        List<String> allow = new ArrayList<>(methoden.keySet());
        if (methoden.containsKey("GET")) {
            allow.add(allow.indexOf("GET") + 1, "HEAD");
        }
        allow.add("OPTIONS");
        routes.add(new KernRoute(sjabloon, vast, Collections.unmodifiableMap(methoden), String.join(", ", allow)));
    }

    /**
     * Wat de beschrijving over toegang zegt, vóór de handler: een login (anders 401), de eigen gemeente uit het pad
     * (anders 404, zoals een gemeente die niet bestaat; de gemeente gaat mee in de aanvraag) en een van de rollen
     * (anders 403). Met {@link Operatie#rolVoorGemeente()} krijgt wie bij geen gemeente hoort en de rol niet heeft 403
     * (zijn rol geeft dit recht nergens) in plaats van 404.
     */
    static void toegang(Aanvraag a, Operatie o) {
        if (o.isPubliek()) {
            return;
        }
        Gebruiker u = a.gebruiker();
        boolean rol = o.weigering() != null;
        if (o.gemeenteControle() && !Toegang.heeftEen(u, o.elkeGemeente())) {
            if (rol && o.isRolVoorGemeente() && u.gemeente() == null) {
                vereisRol(u, o);
            }
            a.gemeente(Toegang.eigenGemeente(a, a.deel(1)));
        }
        if (rol) {
            vereisRol(u, o);
        }
    }

    private static void vereisRol(Gebruiker u, Operatie o) {
        if (!Toegang.heeftEen(u, o.rollen())) {
            throw Probleem.geenToegang(o.weigering());
        }
    }

    /**
     * Een schrijvend verzoek met een Content-Type dat geen JSON is, krijgt 415 voordat een route iets doet, ook als
     * die route geen body leest. Zo kan een formulier, een multipart-upload of platte tekst van een andere website
     * (verzoeken die een browser zonder CORS-preflight stuurt, met de cookies en Basic-gegevens van de gebruiker)
     * nergens iets in gang zetten. Zonder Content-Type en zonder body gaat het verzoek door.
     */
    static void alleenJson(Aanvraag a, Operatie o) {
        String mt = a.mediatype();
        if (mt == null || Aanvraag.isJson(mt)) {
            return;
        }
        // only a route whose body is described in that type takes it: the login a form, an upload of a plug-in a jar
        // (a type a browser sends to another site only after a CORS preflight, which this API never allows)
        List<String> anders = o == null ? List.of() : o.bodyTypes().stream().filter(t -> !Aanvraag.isJson(t)).toList();
        if (anders.contains(mt)) {
            return;
        }
        String verwacht = anders.contains(Aanvraag.FORM) ? Aanvraag.JSON + " of " + Aanvraag.FORM
                : anders.isEmpty() ? Aanvraag.JSON : String.join(" of ", anders);
        throw Probleem.verkeerdMediatype(a.req.getContentType(), verwacht);
    }

    public List<KernRoute> routes() {
        return routes;
    }

    public void behandel(Aanvraag a) throws IOException {
        String[] delen = a.delen();
        for (KernRoute r : routes) {
            if (r.past(delen)) {
                Operatie o = r.methoden().get(a.methode());
                if (o != null) {
                    if (a.onveilig()) {
                        alleenJson(a, o);
                    }
                    toegang(a, o);
                    a.doel(o.doel());
                    o.actie.voerUit(a);
                } else if ("OPTIONS".equals(a.methode())) {
                    a.header("Allow", r.allow());
                    a.leeg(204);
                } else {
                    throw Probleem.methodeNietToegestaan(a.methode(), r.allow());
                }
                return;
            }
        }
        if (delen.length >= 3 && "gemeenten".equals(delen[0]) && !EndpointRegister.KERNSEGMENTEN.contains(delen[2])) {
            if (a.onveilig()) {
                alleenJson(a, null);
            }
            plugins.behandel(a);
            return;
        }
        if (delen.length >= 2 && "rijk".equals(delen[0])) {
            if (a.onveilig()) {
                alleenJson(a, null);
            }
            plugins.behandelRijk(a);
            return;
        }
        throw Probleem.nietGevonden("Onbekend pad.");
    }
}
