package nl.doorbraak.web;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.service.ActieService;
import nl.doorbraak.api.service.AudittrailService;
import nl.doorbraak.api.service.BesluitService;
import nl.doorbraak.api.service.BijeenkomstService;
import nl.doorbraak.api.service.BsnService;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.service.EscalatieService;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.Gezondheid;
import nl.doorbraak.api.service.Idempotentie;
import nl.doorbraak.api.service.PerspectiefplanService;
import nl.doorbraak.api.service.PotjeService;
import nl.doorbraak.api.service.RapportageService;
import nl.doorbraak.api.service.ContactService;
import nl.doorbraak.api.service.SignaalService;
import nl.doorbraak.api.service.TafelService;
import nl.doorbraak.api.service.VariantRegister;
import nl.doorbraak.api.service.VerwerkingenLog;
import nl.doorbraak.api.toegang.AccountService;
import nl.doorbraak.api.toegang.GebruikerService;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.sessie.Authenticatie;
import nl.doorbraak.web.plugin.EndpointRegister;
import nl.doorbraak.web.json.Json;
import nl.doorbraak.web.route.OpenApi;
import nl.doorbraak.web.http.Perimeter;
import nl.doorbraak.web.plugin.PluginEndpoint;
import nl.doorbraak.web.http.Probleem;
import nl.doorbraak.web.sso.SsoPogingen;
import nl.doorbraak.web.sso.SsoRegister;

/**
 * Alles wat de routes van de servlet delen: de dynamische services, de plug-in-endpoints, sessies, JSON en de
 * geldende instellingen. Eén per servlet-instantie; niets statisch.
 */
public final class Omgeving {

    private static final Logger LOG = LoggerFactory.getLogger(Omgeving.class);

    /**
     * Zoveel verzoeken mogen tegelijk wachten op een service of plug-in die wordt bijgewerkt; wie daarna komt krijgt
     * meteen 503, zodat wachtende verzoeken niet alle threads van Jetty bezetten.
     */
    static final int MAX_WACHTENDEN = 100;
    /** Een unbind wacht minstens zo lang op lopende verzoeken, ook als de wachttijd voor plug-ins 0 is. */
    private static final long MIN_AFBOUW_MS = 1000;
    /** Teken voor {@link Signaal#wachtOp}: stop met wachten. */
    private static final Object STOP = new Object();

    public final Json json = new Json();
    final Signaal signaal = new Signaal();
    public final EndpointRegister endpoints = new EndpointRegister(signaal, this::afbouwMs);
    /** De {@link nl.doorbraak.api.http.RijkEndpoint}s: routes onder {@code /api/rijk/{segment}}. */
    public final EndpointRegister rijk = EndpointRegister.voorHetRijk(signaal, this::afbouwMs);
    public final Dienst<GemeenteService> gemeenten = new Dienst<>("gemeenteservice");
    public final Dienst<TafelService> tafels = new Dienst<>("tafelservice");
    public final Dienst<CasusService> casussen = new Dienst<>("casusservice");
    public final Dienst<EscalatieService> escalaties = new Dienst<>("escalatieservice");
    public final Dienst<ContactService> contacten = new Dienst<>("contactservice");
    public final Dienst<SignaalService> signalen = new Dienst<>("signaalservice");
    public final Dienst<PerspectiefplanService> perspectiefplannen = new Dienst<>("perspectiefplanservice");
    public final Dienst<GebruikerService> gebruikers = new Dienst<>("gebruikersservice");
    public final Dienst<AccountService> accounts = new Dienst<>("gebruikersbeheer");
    public final Dienst<Idempotentie> idempotentie = new Dienst<>("idempotentie");
    public final Dienst<VariantRegister> varianten = new Dienst<>("variantregister");
    public final Dienst<nl.doorbraak.api.rechten.RechtenRegister> rechten = new Dienst<>("rechtenregister");
    public final Dienst<Gezondheid> gezondheid = new Dienst<>("gezondheid");
    public final Dienst<BijeenkomstService> bijeenkomsten = new Dienst<>("bijeenkomstservice");
    public final Dienst<BesluitService> besluiten = new Dienst<>("besluitservice");
    public final Dienst<PotjeService> potjes = new Dienst<>("potjeservice");
    public final Dienst<ActieService> acties = new Dienst<>("actieservice");
    public final Dienst<AudittrailService> audittrail = new Dienst<>("audittrail");
    public final Dienst<VerwerkingenLog> verwerkingen = new Dienst<>("verwerkingenlog");
    public final Dienst<BsnService> bsn = new Dienst<>("bsn-service");
    public final Dienst<RapportageService> rapportage = new Dienst<>("rapportageservice");
    public final Dienst<nl.doorbraak.api.service.BewaartermijnService> bewaartermijn =
            new Dienst<>("bewaartermijnservice");
    public final Dienst<nl.doorbraak.api.beheer.GemeenteBeheer> beheer = new Dienst<>("gemeentebeheer");
    public final Authenticatie authenticatie;
    /** Inloggen via de identity provider van een gemeente: de koppelingen (uit config/) en de lopende aanmeldingen. */
    public final SsoRegister sso = new SsoRegister();
    public final SsoPogingen ssoPogingen = new SsoPogingen();
    public final OpenApi openApi;
    private final Semaphore wachtplaatsen = new Semaphore(MAX_WACHTENDEN);
    private volatile Instellingen instellingen;
    private volatile Perimeter perimeter = Perimeter.STANDAARD;
    /** Waarom een instelling van de perimeter niet geldt, voor {@code /api/health}; leeg als alles klopt. */
    private volatile java.util.List<String> configuratieWaarschuwingen = java.util.List.of();
    /** De bundles van het framework, voor de platformbeheerder; leeg buiten OSGi (unit-tests). */
    private volatile Supplier<org.osgi.framework.Bundle[]> bundles = () -> new org.osgi.framework.Bundle[0];

    Omgeving(Instellingen instellingen) {
        this.instellingen = instellingen;
        this.authenticatie = new Authenticatie(this::instellingen, gebruikers);
        this.openApi = new OpenApi(json.mapper(), endpoints, rijk);
    }

    public void bundles(Supplier<org.osgi.framework.Bundle[]> bron) {
        this.bundles = bron;
    }

    /** {@code deploy/} van de installatie als {@code file:}-URI met / aan het eind, of {@code null} (tests). */
    private volatile String deployMap;

    public void deployMap(String uri) {
        this.deployMap = uri;
    }

    public String deployMap() {
        return deployMap;
    }

    public org.osgi.framework.Bundle[] bundles() {
        return bundles.get();
    }

    public Instellingen instellingen() {
        return instellingen;
    }

    public void instellingen(Instellingen nieuw) {
        this.instellingen = nieuw;
    }

    public Perimeter perimeter() {
        return perimeter;
    }

    public void perimeter(Perimeter nieuw, java.util.List<String> waarschuwingen) {
        this.perimeter = nieuw;
        this.configuratieWaarschuwingen = java.util.List.copyOf(waarschuwingen);
    }

    public java.util.List<String> configuratieWaarschuwingen() {
        return configuratieWaarschuwingen;
    }

    /** Hoe lang een unbind wacht tot lopende verzoeken klaar zijn. */
    long afbouwMs() {
        return Math.max(MIN_AFBOUW_MS, instellingen.variantWachttijdMs());
    }

    <T> void bind(Dienst<T> d, T dienst) {
        d.bind(dienst);
        signaal.meld();
    }

    /** Ontbindt en wacht (begrensd) tot verzoeken die de service nog gebruiken klaar zijn. */
    <T> void ontbind(Dienst<T> d, T dienst) {
        Gebruik g = d.ontbind(dienst);
        if (g == null) {
            return;
        }
        signaal.meld(); // wachtende verzoeken die deze service vasthouden geven hem terug
        if (!g.wachtTotKlaar(afbouwMs())) {
            LOG.warn("{} ontbonden terwijl nog {} verzoek(en) hem gebruikten", d.omschrijving(), g.bezig());
        }
    }

    /**
     * Inloggen kan pas als het platform klaar is (de demo-accounts geladen, de eerste beheerder aangemaakt): tot dan
     * 503 met {@code Retry-After}, zodat niemand "wachtwoord onjuist" hoort voor een account dat er zo is.
     */
    public void vereisGereed(Aanvraag a) {
        Gezondheid g = gezondheid.huidig();
        boolean gereed;
        try {
            gereed = g == null || g.gereed();
        } catch (RuntimeException e) {
            gereed = true; // een core die dit niet kan zeggen, houdt niemand buiten
        }
        if (!gereed) {
            int na = instellingen.retryAfterSeconden();
            throw Probleem.nietBeschikbaar("Het platform start nog op; inloggen kan zo. Probeer het over " + na
                    + " seconden opnieuw.", na);
        }
    }

    /** Of de services van de core er allemaal zijn (voor {@code /api/health}). */
    public boolean kernActief() {
        return gemeenten.huidig() != null && tafels.huidig() != null && casussen.huidig() != null
                && gebruikers.huidig() != null && varianten.huidig() != null;
    }

    /**
     * De service voor dit verzoek, met telling van het gebruik; ontbreekt hij maar was hij er eerder (de core wordt
     * bijgewerkt), dan wacht het verzoek kort. Anders 503 met {@code Retry-After}.
     */
    public <T> T vereist(Dienst<T> d, Aanvraag a) {
        Dienst.Gebonden<T> g = d.gebonden();
        if (g != null && g.gebruik().begin()) {
            a.gebruik(g.gebruik());
            return g.dienst();
        }
        Instellingen i = instellingen;
        if (d.ooitGezien()) {
            long einde = System.nanoTime() + i.variantWachttijdMs() * 1_000_000L;
            while (true) {
                long rest = (einde - System.nanoTime()) / 1_000_000L;
                Object r = wacht(() -> a.houdtIngetrokken() ? STOP : d.gebonden(), Math.max(0, rest));
                if (!(r instanceof Dienst.Gebonden<?>)) {
                    break;
                }
                @SuppressWarnings("unchecked")
                Dienst.Gebonden<T> terug = (Dienst.Gebonden<T>) r;
                if (terug.gebruik().begin()) {
                    a.gebruik(terug.gebruik());
                    return terug.dienst();
                }
                // net weer ingetrokken: opnieuw kijken met de resterende tijd
            }
        }
        throw Probleem.nietBeschikbaar("De kern van het platform (" + d.omschrijving()
                + ") is op dit moment niet beschikbaar. Probeer het over " + i.retryAfterSeconden()
                + " seconden opnieuw.", i.retryAfterSeconden());
    }

    /**
     * Het actieve plug-in-endpoint voor dit verzoek, met telling van het gebruik; wacht kort als het segment er
     * eerder was.
     *
     * @return {@code null} als het na de wachttijd niet terug is
     */
    public PluginEndpoint endpoint(String segment, Aanvraag a) {
        return endpoint(endpoints, segment, a);
    }

    /** Als {@link #endpoint(String, Aanvraag)}, in het gegeven register (dat van de varianten of van het Rijk). */
    public PluginEndpoint endpoint(EndpointRegister endpoints, String segment, Aanvraag a) {
        PluginEndpoint ep = endpoints.actief(segment);
        if (ep != null && ep.gebruik().begin()) {
            a.gebruik(ep.gebruik());
            return ep;
        }
        long einde = System.nanoTime() + instellingen.variantWachttijdMs() * 1_000_000L;
        while (true) {
            long rest = (einde - System.nanoTime()) / 1_000_000L;
            Object r = wacht(() -> a.houdtIngetrokken() ? STOP : endpoints.actief(segment), Math.max(0, rest));
            if (!(r instanceof PluginEndpoint terug)) {
                return null;
            }
            if (terug.gebruik().begin()) {
                a.gebruik(terug.gebruik());
                return terug;
            }
        }
    }

    /** Wacht met een begrensd aantal tegelijk; zonder vrije plaats meteen het huidige antwoord. */
    private Object wacht(Supplier<Object> zoek, long millis) {
        if (!wachtplaatsen.tryAcquire()) {
            return zoek.get();
        }
        try {
            return signaal.wachtOp(zoek, millis);
        } finally {
            wachtplaatsen.release();
        }
    }
}
