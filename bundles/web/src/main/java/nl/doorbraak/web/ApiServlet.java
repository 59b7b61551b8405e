package nl.doorbraak.web;

import java.io.IOException;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.doorbraak.api.http.RijkEndpoint;
import nl.doorbraak.api.http.VariantEndpoint;
import nl.doorbraak.api.service.ActieService;
import nl.doorbraak.api.service.AudittrailService;
import nl.doorbraak.api.service.BsnService;
import nl.doorbraak.api.service.VerwerkingenLog;
import nl.doorbraak.api.service.BesluitService;
import nl.doorbraak.api.service.BijeenkomstService;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.service.PotjeService;
import nl.doorbraak.api.service.RapportageService;
import nl.doorbraak.api.service.ContactService;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.DoorbraakException;
import nl.doorbraak.api.service.EscalatieService;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.Gezondheid;
import nl.doorbraak.api.service.Idempotentie;
import nl.doorbraak.api.service.PerspectiefplanService;
import nl.doorbraak.api.service.SignaalService;
import nl.doorbraak.api.service.TafelService;
import nl.doorbraak.api.service.VariantRegister;
import nl.doorbraak.api.rechten.RechtenRegister;
import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.api.toegang.AccountService;
import nl.doorbraak.api.toegang.GebruikerService;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Perimeter;
import nl.doorbraak.web.http.Probleem;
import nl.doorbraak.web.route.Router;
import nl.doorbraak.web.sso.SsoKoppeling;

/**
 * De enige servlet van Doorbraak: heel {@code /api/*}. Alle services zijn dynamische, greedy referenties, zodat de
 * servlet blijft staan terwijl de core of een plug-in wordt vervangen; ontbreekt er een, dan wacht een verzoek kort
 * en krijgt anders 503 met {@code Retry-After}. Plug-ins registreren geen servlets maar een
 * {@link VariantEndpoint}; die worden hier bijgehouden en gerouteerd.
 */
@Component(service = { Servlet.class, EventHandler.class }, configurationPid = Configuratie.PID,
        property = EventConstants.EVENT_TOPIC + "=" + DoorbraakEvents.GEBRUIKER_GEWIJZIGD)
@Designate(ocd = Configuratie.class)
@HttpWhiteboardServletPattern("/api/*")
@HttpWhiteboardServletName(ApiServlet.NAAM)
public final class ApiServlet extends HttpServlet implements EventHandler {

    private static final long serialVersionUID = 1L;
    /** The servlet's name on the whiteboard; the headers filter finds it by it. */
    static final String NAAM = "doorbraak-api";
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    private final transient Omgeving omgeving;
    private final transient Router router;

    @Activate
    public ApiServlet(Configuratie configuratie, BundleContext context) {
        this(Instellingen.van(configuratie));
        omgeving.bundles(context::getBundles);
        // where FileInstall takes plug-ins from (bin/doorbraak sets doorbraak.home), as the URI it installs them by
        String home = context.getProperty("doorbraak.home");
        if (home != null && !home.isBlank()) {
            // java.io.File as FileInstall has it: file:/x/deploy/ (java.nio would write file:///x/deploy/)
            String deploy = new java.io.File(home, "deploy").toURI().normalize().toString();
            omgeving.deployMap(deploy.endsWith("/") ? deploy : deploy + "/");
        }
        perimeter(configuratie);
    }

    ApiServlet(Instellingen instellingen) {
        this.omgeving = new Omgeving(instellingen);
        this.router = new Router(omgeving);
    }

    /** Een configuratiewijziging houdt de sessies en de registratie op het whiteboard in stand. */
    @Modified
    void gewijzigd(Configuratie configuratie) {
        omgeving.instellingen(Instellingen.van(configuratie));
        perimeter(configuratie);
        LOG.info("Configuratie {} bijgewerkt: {}, {}", Configuratie.PID, omgeving.instellingen(), omgeving.perimeter());
    }

    /** Een ongeldige publieke URL of proxylijst laat de vorige gelden, met een regel in de log en in de gezondheid. */
    private void perimeter(Configuratie configuratie) {
        java.util.List<String> waarschuwingen = new java.util.ArrayList<>();
        Perimeter p = Perimeter.lees(configuratie.publiekeUrl(), configuratie.vertrouwdeProxies(),
                omgeving.perimeter(), waarschuwingen);
        for (String w : waarschuwingen) {
            LOG.error("{}", Tekst.neutraliseer(w));
        }
        if (p.heeftProxies() && !p.heeftPubliekeUrl()) {
            LOG.warn("Configuratie {}: vertrouwdeProxies zonder publiekeUrl; links in antwoorden wijzen dan naar het "
                    + "adres van dit proces, niet naar dat van de proxy", Configuratie.PID);
        }
        omgeving.perimeter(p, waarschuwingen);
    }

    Omgeving omgeving() {
        return omgeving;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // persoonsgegevens: nooit in een gedeelde cache
        headers(req, resp, omgeving.perimeter());
        Aanvraag a = new Aanvraag(req, resp, omgeving);
        try {
            if (a.onveilig() && "cross-site".equals(req.getHeader("Sec-Fetch-Site"))) {
                // de browser zegt zelf dat dit van een andere site komt: geen wijzigingen uit naam van de gebruiker
                throw Probleem.geenToegang("Wijzigingen vanaf een andere website worden geweigerd.");
            }
            a.controleerPad();
            router.behandel(a);
        } catch (Probleem p) {
            a.probleem(p);
        } catch (DoorbraakException e) {
            a.probleem(Probleem.van(e, omgeving.instellingen().retryAfterSeconden()));
        } catch (RuntimeException | Error e) {
            LOG.error("Onverwachte fout bij {} {}", Tekst.voorLog(req.getMethod()), Tekst.voorLog(req.getRequestURI()), e);
            a.probleem(Probleem.intern(
                    "Er ging iets mis aan de kant van het platform. De fout is vastgelegd; probeer het later opnieuw."));
        } finally {
            a.klaar();
        }
    }

    /**
     * Een account is gewijzigd (synchroon verstuurd door de core, vóór de wijziging bevestigd is): sessies en
     * onthouden Basic-logins van dat account laten we meteen los of verversen we.
     */
    @Override
    public void handleEvent(Event event) {
        Object naam = event.getProperty(DoorbraakEvents.GEBRUIKERSNAAM);
        if (naam instanceof String n) {
            omgeving.authenticatie.accountGewijzigd(n, String.valueOf(event.getProperty(DoorbraakEvents.WAT)));
        }
    }

    /**
     * De headers van elk API-antwoord: persoonsgegevens nooit in een cache, geen MIME-sniffing, een browser laadt of
     * omlijst er niets uit, en HSTS zodra de publieke URL https is. HTML-antwoorden krijgen meer
     * ({@link Beveiligingsheaders}).
     */
    static void headers(HttpServletRequest req, HttpServletResponse resp, Perimeter perimeter) {
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", Beveiligingsheaders.CSP_API);
        if (perimeter.veilig(req)) {
            resp.setHeader("Strict-Transport-Security", Beveiligingsheaders.HSTS);
        }
    }

    // ---- services van de core: optioneel, dynamisch, greedy ----

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindGemeenteService(GemeenteService s) {
        omgeving.bind(omgeving.gemeenten, s);
    }

    void unbindGemeenteService(GemeenteService s) {
        omgeving.ontbind(omgeving.gemeenten, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindTafelService(TafelService s) {
        omgeving.bind(omgeving.tafels, s);
    }

    void unbindTafelService(TafelService s) {
        omgeving.ontbind(omgeving.tafels, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindCasusService(CasusService s) {
        omgeving.bind(omgeving.casussen, s);
    }

    void unbindCasusService(CasusService s) {
        omgeving.ontbind(omgeving.casussen, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindEscalatieService(EscalatieService s) {
        omgeving.bind(omgeving.escalaties, s);
    }

    void unbindEscalatieService(EscalatieService s) {
        omgeving.ontbind(omgeving.escalaties, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindContactService(ContactService s) {
        omgeving.bind(omgeving.contacten, s);
    }

    void unbindContactService(ContactService s) {
        omgeving.ontbind(omgeving.contacten, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindSignaalService(SignaalService s) {
        omgeving.bind(omgeving.signalen, s);
    }

    void unbindSignaalService(SignaalService s) {
        omgeving.ontbind(omgeving.signalen, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindPerspectiefplanService(PerspectiefplanService s) {
        omgeving.bind(omgeving.perspectiefplannen, s);
    }

    void unbindPerspectiefplanService(PerspectiefplanService s) {
        omgeving.ontbind(omgeving.perspectiefplannen, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindGebruikerService(GebruikerService s) {
        omgeving.bind(omgeving.gebruikers, s);
    }

    void unbindGebruikerService(GebruikerService s) {
        omgeving.ontbind(omgeving.gebruikers, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindIdempotentie(Idempotentie s) {
        omgeving.bind(omgeving.idempotentie, s);
    }

    void unbindIdempotentie(Idempotentie s) {
        omgeving.ontbind(omgeving.idempotentie, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindGemeenteBeheer(nl.doorbraak.api.beheer.GemeenteBeheer s) {
        omgeving.bind(omgeving.beheer, s);
    }

    void unbindGemeenteBeheer(nl.doorbraak.api.beheer.GemeenteBeheer s) {
        omgeving.ontbind(omgeving.beheer, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAccountService(AccountService s) {
        omgeving.bind(omgeving.accounts, s);
    }

    void unbindAccountService(AccountService s) {
        omgeving.ontbind(omgeving.accounts, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindVariantRegister(VariantRegister s) {
        omgeving.bind(omgeving.varianten, s);
    }

    void unbindVariantRegister(VariantRegister s) {
        omgeving.ontbind(omgeving.varianten, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRechtenRegister(RechtenRegister s) {
        omgeving.bind(omgeving.rechten, s);
    }

    void unbindRechtenRegister(RechtenRegister s) {
        omgeving.ontbind(omgeving.rechten, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindGezondheid(Gezondheid s) {
        omgeving.bind(omgeving.gezondheid, s);
    }

    void unbindGezondheid(Gezondheid s) {
        omgeving.ontbind(omgeving.gezondheid, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindBijeenkomstService(BijeenkomstService s) {
        omgeving.bind(omgeving.bijeenkomsten, s);
    }

    void unbindBijeenkomstService(BijeenkomstService s) {
        omgeving.ontbind(omgeving.bijeenkomsten, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindBesluitService(BesluitService s) {
        omgeving.bind(omgeving.besluiten, s);
    }

    void unbindBesluitService(BesluitService s) {
        omgeving.ontbind(omgeving.besluiten, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindPotjeService(PotjeService s) {
        omgeving.bind(omgeving.potjes, s);
    }

    void unbindPotjeService(PotjeService s) {
        omgeving.ontbind(omgeving.potjes, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindActieService(ActieService s) {
        omgeving.bind(omgeving.acties, s);
    }

    void unbindActieService(ActieService s) {
        omgeving.ontbind(omgeving.acties, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAudittrailService(AudittrailService s) {
        omgeving.bind(omgeving.audittrail, s);
    }

    void unbindAudittrailService(AudittrailService s) {
        omgeving.ontbind(omgeving.audittrail, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindVerwerkingenLog(VerwerkingenLog s) {
        omgeving.bind(omgeving.verwerkingen, s);
    }

    void unbindVerwerkingenLog(VerwerkingenLog s) {
        omgeving.ontbind(omgeving.verwerkingen, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindBsnService(BsnService s) {
        omgeving.bind(omgeving.bsn, s);
    }

    void unbindBsnService(BsnService s) {
        omgeving.ontbind(omgeving.bsn, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRapportageService(RapportageService s) {
        omgeving.bind(omgeving.rapportage, s);
    }

    void unbindRapportageService(RapportageService s) {
        omgeving.ontbind(omgeving.rapportage, s);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindBewaartermijnService(nl.doorbraak.api.service.BewaartermijnService s) {
        omgeving.bind(omgeving.bewaartermijn, s);
    }

    void unbindBewaartermijnService(nl.doorbraak.api.service.BewaartermijnService s) {
        omgeving.ontbind(omgeving.bewaartermijn, s);
    }

    // ---- SSO: een koppeling per config/nl.doorbraak.sso-<gemeente>.cfg, erbij en weg zonder de servlet te raken ----

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindSsoKoppeling(SsoKoppeling koppeling) {
        omgeving.sso.voegToe(koppeling);
    }

    void unbindSsoKoppeling(SsoKoppeling koppeling) {
        omgeving.sso.verwijder(koppeling);
    }

    // ---- plug-ins: het whiteboard-patroon (MULTIPLE, DYNAMIC, GREEDY) ----

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindVariantEndpoint(VariantEndpoint endpoint, ServiceReference<VariantEndpoint> ref) {
        Bundle b = ref == null ? null : ref.getBundle();
        if (b == null) {
            omgeving.endpoints.voegToe(endpoint, bundleNaam(ref));
        } else {
            omgeving.endpoints.voegToe(endpoint, b.getSymbolicName(), b.getVersion(), b::getEntry);
        }
    }

    void unbindVariantEndpoint(VariantEndpoint endpoint) {
        omgeving.endpoints.verwijder(endpoint);
    }

    /** Routes en schermen voor het Rijk ({@code /api/rijk/{segment}}): hetzelfde patroon, een eigen register. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRijkEndpoint(RijkEndpoint endpoint, ServiceReference<RijkEndpoint> ref) {
        Bundle b = ref == null ? null : ref.getBundle();
        if (b == null) {
            omgeving.rijk.voegToe(endpoint, bundleNaam(ref));
        } else {
            omgeving.rijk.voegToe(endpoint, b.getSymbolicName(), b.getVersion(), b::getEntry);
        }
    }

    void unbindRijkEndpoint(RijkEndpoint endpoint) {
        omgeving.rijk.verwijder(endpoint);
    }

    private static String bundleNaam(ServiceReference<?> ref) {
        Bundle b = ref == null ? null : ref.getBundle();
        if (b == null) {
            return "onbekende bundle";
        }
        return b.getSymbolicName() + " " + b.getVersion();
    }
}
