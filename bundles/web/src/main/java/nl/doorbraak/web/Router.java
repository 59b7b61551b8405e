package nl.doorbraak.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * De routetabel van de core-API, eenmaal opgebouwd. Matchen vergelijkt pad-delen, zonder reguliere expressies;
 * wat onder een gemeente niet van de core is, gaat naar {@link PluginRoutes}.
 */
final class Router {

    /** Een route: per deel vaste tekst of {@code null} voor een parameter. */
    record KernRoute(String sjabloon, String[] vast, Map<String, Actie> methoden, String allow) {

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

    /**
     * Schrijfroutes die ook een formulier aannemen: alleen het inloggen (het gedocumenteerde contract van
     * {@code POST /api/sessies}). Elke andere schrijfroute neemt alleen JSON.
     */
    static final Set<String> FORMULIER_TOEGESTAAN = Set.of("POST /sessies");

    private final List<KernRoute> routes = new ArrayList<>();
    private final PluginRoutes plugins;

    Router(Omgeving omgeving) {
        PlatformRoutes platform = new PlatformRoutes(omgeving);
        SessieRoutes sessies = new SessieRoutes(omgeving);
        TafelRoutes tafels = new TafelRoutes(omgeving);
        CasusRoutes casussen = new CasusRoutes(omgeving);
        BijeenkomstRoutes bijeenkomsten = new BijeenkomstRoutes(omgeving, casussen);
        BesluitRoutes besluiten = new BesluitRoutes(omgeving, casussen);
        PotjeRoutes potjes = new PotjeRoutes(omgeving, casussen);
        PrivacyRoutes privacy = new PrivacyRoutes(omgeving);
        EscalatieRoutes escalaties = new EscalatieRoutes(omgeving);
        ContactRoutes contacten = new ContactRoutes(omgeving);
        SignaalRoutes signalen = new SignaalRoutes(omgeving);
        PerspectiefplanRoutes perspectiefplannen = new PerspectiefplanRoutes(omgeving);
        RapportageRoutes rapportage = new RapportageRoutes(omgeving);
        AccountRoutes account = new AccountRoutes(omgeving);
        GebruikerRoutes gebruikers = new GebruikerRoutes(omgeving);
        SsoRoutes sso = new SsoRoutes(omgeving);
        this.plugins = new PluginRoutes(omgeving);

        route("/health", "GET", platform::health);
        route("/openapi.json", "GET", platform::openApi);
        route("/sessies", "POST", sessies::login);
        route("/sessies/huidig", "GET", sessies::huidig, "DELETE", sessies::logout);
        route("/sso", "GET", sso::lijst);
        route("/sso/uitloggen", "GET", sso::uitloggen);
        route("/sso/{gemeente}/start", "GET", sso::start);
        route("/sso/{gemeente}/terug", "GET", sso::terug);
        route("/account/wachtwoord", "PUT", account::wijzigWachtwoord);
        route("/account/herstel", "POST", account::herstel);
        route("/varianten", "GET", platform::varianten);
        route("/platform/bundles", "GET", platform::bundles);
        route("/platform/gebruikers", "GET", gebruikers::lijst, "POST", gebruikers::maak);
        route("/platform/gebruikers/{naam}", "GET", gebruikers::lees, "PUT", gebruikers::vervang, "DELETE",
                gebruikers::deactiveer);
        route("/platform/gebruikers/{naam}/code", "POST", gebruikers::code);
        route("/platform/gebruikers/{naam}/blokkade", "DELETE", gebruikers::deblokkeer);
        route("/platform/gebruikers/{naam}/audittrail", "GET", gebruikers::audittrail);
        route("/platform/blokkades", "GET", gebruikers::adressen);
        route("/platform/blokkades/{adres}", "DELETE", gebruikers::deblokkeerAdres);
        route("/rapportage", "GET", rapportage::platform);
        route("/rapportage.csv", "GET", rapportage::platformCsv);
        route("/gemeenten", "GET", platform::gemeenten);
        route("/gemeenten/{gemeente}", "GET", platform::gemeente);
        route("/gemeenten/{gemeente}/tafels", "GET", tafels::lijst, "POST", tafels::maak);
        route("/gemeenten/{gemeente}/tafels/{id}", "GET", tafels::lees, "PUT", tafels::vervang);
        route("/gemeenten/{gemeente}/casussen", "GET", casussen::lijst, "POST", casussen::maak);
        route("/gemeenten/{gemeente}/casussen/{id}", "GET", casussen::lees, "PUT", casussen::vervang, "PATCH",
                casussen::patch);
        route("/gemeenten/{gemeente}/casussen/{id}/status", "POST", casussen::status);
        route("/gemeenten/{gemeente}/casussen/{id}/besluiten", "GET", besluiten::lijstBijCasus, "POST",
                besluiten::neem);
        route("/gemeenten/{gemeente}/casussen/{id}/acties", "GET", besluiten::actiesBijCasus);
        route("/gemeenten/{gemeente}/casussen/{id}/audittrail", "GET", privacy::audittrail);
        route("/gemeenten/{gemeente}/casussen/{id}/bsn", "GET", privacy::leesBsn, "PUT", privacy::legBsnVast, "DELETE",
                privacy::wisBsn);
        route("/gemeenten/{gemeente}/verwerkingen", "GET", privacy::rapport);
        route("/gemeenten/{gemeente}/bijeenkomsten", "GET", bijeenkomsten::lijst, "POST", bijeenkomsten::plan);
        route("/gemeenten/{gemeente}/bijeenkomsten/{id}", "GET", bijeenkomsten::lees, "PUT", bijeenkomsten::vervang);
        route("/gemeenten/{gemeente}/bijeenkomsten/{id}/agenda", "POST", bijeenkomsten::agendeer);
        route("/gemeenten/{gemeente}/besluiten/{id}", "GET", besluiten::lees);
        route("/gemeenten/{gemeente}/besluiten/{id}/acties", "POST", besluiten::nieuweActie);
        route("/gemeenten/{gemeente}/acties", "GET", besluiten::acties);
        route("/gemeenten/{gemeente}/acties/{id}", "GET", besluiten::leesActie);
        route("/gemeenten/{gemeente}/acties/{id}/gereed", "POST", besluiten::gereed);
        route("/gemeenten/{gemeente}/potjes", "GET", potjes::lijst, "POST", potjes::maak);
        route("/gemeenten/{gemeente}/potjes/{id}", "GET", potjes::lees);
        route("/gemeenten/{gemeente}/potjes/{id}/mutaties", "GET", potjes::mutaties);
        route("/gemeenten/{gemeente}/potjes/{id}/stortingen", "POST", potjes::stort);
        route("/gemeenten/{gemeente}/potjes/{id}/uitgaven", "POST", potjes::neemUit);
        route("/gemeenten/{gemeente}/casussen/{id}/escalaties", "GET", escalaties::vanCasus, "POST",
                escalaties::escaleer);
        route("/gemeenten/{gemeente}/escalatieroute", "GET", escalaties::route);
        route("/gemeenten/{gemeente}/escalaties", "GET", escalaties::lijst);
        route("/gemeenten/{gemeente}/escalaties/{id}", "GET", escalaties::lees);
        route("/gemeenten/{gemeente}/escalaties/{id}/antwoord", "POST", escalaties::antwoord);
        route("/gemeenten/{gemeente}/escalaties/{id}/opgelost", "POST", escalaties::opgelost);
        route("/gemeenten/{gemeente}/escalaties/{id}/doorescaleren", "POST", escalaties::doorescaleren);
        route("/gemeenten/{gemeente}/casussen/{id}/signalen", "GET", signalen::vanCasus);
        route("/gemeenten/{gemeente}/casussen/{id}/perspectiefplan", "GET", perspectiefplannen::lees, "PUT",
                perspectiefplannen::bewaar);
        route("/gemeenten/{gemeente}/contacten", "GET", contacten::lijst, "POST", contacten::maak);
        // before {id}: a contact id is a UUID, never "trekkers"
        route("/gemeenten/{gemeente}/contacten/trekkers", "GET", contacten::trekkers);
        route("/gemeenten/{gemeente}/contacten/{id}", "GET", contacten::lees, "PUT", contacten::vervang, "DELETE",
                contacten::deactiveer);
        route("/gemeenten/{gemeente}/contacten/{id}/tafels", "GET", contacten::tafels);
        route("/gemeenten/{gemeente}/signalen", "GET", signalen::lijst, "POST", signalen::maak);
        route("/gemeenten/{gemeente}/signalen/{id}", "GET", signalen::lees, "PUT", signalen::vervang);
        route("/gemeenten/{gemeente}/signalen/{id}/status", "POST", signalen::status);
        route("/gemeenten/{gemeente}/signalen/{id}/casussen", "POST", signalen::koppel);
        route("/gemeenten/{gemeente}/signalen/{id}/casussen/{casusId}", "DELETE", signalen::ontkoppel);
        route("/gemeenten/{gemeente}/gebruikers", "GET", gebruikers::lijst, "POST", gebruikers::maak);
        route("/gemeenten/{gemeente}/gebruikers/{naam}", "GET", gebruikers::lees, "PUT", gebruikers::vervang, "DELETE",
                gebruikers::deactiveer);
        route("/gemeenten/{gemeente}/gebruikers/{naam}/code", "POST", gebruikers::code);
        route("/gemeenten/{gemeente}/gebruikers/{naam}/blokkade", "DELETE", gebruikers::deblokkeer);
        route("/gemeenten/{gemeente}/gebruikers/{naam}/audittrail", "GET", gebruikers::audittrail);
        route("/gemeenten/{gemeente}/rapportage", "GET", rapportage::gemeente);
        route("/gemeenten/{gemeente}/rapportage.csv", "GET", rapportage::gemeenteCsv);
    }

    private void route(String sjabloon, String m1, Actie a1) {
        route(sjabloon, new String[] { m1 }, new Actie[] { a1 });
    }

    private void route(String sjabloon, String m1, Actie a1, String m2, Actie a2) {
        route(sjabloon, new String[] { m1, m2 }, new Actie[] { a1, a2 });
    }

    private void route(String sjabloon, String m1, Actie a1, String m2, Actie a2, String m3, Actie a3) {
        route(sjabloon, new String[] { m1, m2, m3 }, new Actie[] { a1, a2, a3 });
    }

    private void route(String sjabloon, String[] methodeNamen, Actie[] acties) {
        String[] delen = Aanvraag.splits(sjabloon);
        String[] vast = new String[delen.length];
        for (int i = 0; i < delen.length; i++) {
            vast[i] = delen[i].startsWith("{") ? null : delen[i];
        }
        Map<String, Actie> methoden = new LinkedHashMap<>();
        for (int i = 0; i < methodeNamen.length; i++) {
            methoden.put(methodeNamen[i], acties[i]);
        }
        List<String> allow = new ArrayList<>(methoden.keySet());
        if (methoden.containsKey("GET")) {
            allow.add(allow.indexOf("GET") + 1, "HEAD");
        }
        allow.add("OPTIONS");
        routes.add(new KernRoute(sjabloon, vast, Map.copyOf(methoden), String.join(", ", allow)));
    }

    /**
     * Een schrijvend verzoek met een Content-Type dat geen JSON is, krijgt 415 voordat een route iets doet, ook als
     * die route geen body leest. Zo kan een formulier, een multipart-upload of platte tekst van een andere website
     * (verzoeken die een browser zonder CORS-preflight stuurt, met de cookies en Basic-gegevens van de gebruiker)
     * nergens iets in gang zetten. Zonder Content-Type en zonder body gaat het verzoek door.
     */
    static void alleenJson(Aanvraag a, String sjabloon) {
        String mt = a.mediatype();
        if (mt == null || Aanvraag.isJson(mt)) {
            return;
        }
        boolean formulier = sjabloon != null && FORMULIER_TOEGESTAAN.contains(a.methode() + " " + sjabloon);
        if (formulier && Aanvraag.FORM.equals(mt)) {
            return;
        }
        throw Probleem.verkeerdMediatype(a.req.getContentType(),
                formulier ? Aanvraag.JSON + " of " + Aanvraag.FORM : Aanvraag.JSON);
    }

    List<KernRoute> routes() {
        return routes;
    }

    void behandel(Aanvraag a) throws IOException {
        String[] delen = a.delen();
        for (KernRoute r : routes) {
            if (r.past(delen)) {
                Actie actie = r.methoden().get(a.methode());
                if (actie != null) {
                    if (a.onveilig()) {
                        alleenJson(a, r.sjabloon());
                    }
                    actie.voerUit(a);
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
        throw Probleem.nietGevonden("Onbekend pad.");
    }
}
