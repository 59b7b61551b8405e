package nl.doorbraak.web.sso;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.GebruikerService;
import nl.doorbraak.api.toegang.Inlogresultaat;
import nl.doorbraak.api.toegang.SsoAanmelding;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.sessie.Authenticatie;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.http.Probleem;
import nl.doorbraak.web.sessie.Sessie;
import nl.doorbraak.web.sessie.SessieRoutes;

/**
 * Inloggen via de identity provider van een gemeente (OpenID Connect, authorization code flow met PKCE), zonder login
 * bereikbaar: welke gemeenten SSO hebben, het begin (naar de identity provider), de terugkeer (code inwisselen,
 * ID-token controleren, de core laten beslissen, een sessie) en uitloggen, ook bij de identity provider.
 */
public final class SsoRoutes {

    // the logger keeps the name it had before the bundle was split into packages: log lines stay as operators know them
    private static final Logger LOG = LoggerFactory.getLogger("nl.doorbraak.web.SsoRoutes");

    /**
     * Bindt een aanmelding aan de browser die haar begon. {@code SameSite=Lax}: de terugkeer van de identity provider
     * is een navigatie van een andere site, en die moet de cookie meesturen.
     */
    public static final String BROWSER_COOKIE = "DOORBRAAK_SSO";
    private static final String HTML = "text/html";
    public static final int MAX_TERUG = 1000;
    /** Tekens die in een pad of query kunnen zonder codering, minus wat in HTML of een refresh-URL iets betekent. */
    private static final String VERBODEN_IN_TERUG = "\"'<>\\`{}|^ ";

    private final Omgeving omgeving;

    public SsoRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    /** {@code GET /api/sso}: de gemeenten met SSO, voor een inlogpagina. */
    public void lijst(Aanvraag a) throws IOException {
        GemeenteService gemeenten = a.dienst(omgeving.gemeenten);
        List<SsoGemeente> lijst = new ArrayList<>();
        for (String id : omgeving.sso.geldend().keySet()) {
            gemeenten.zoek(id).map(Gemeente::naam)
                    .ifPresent(naam -> lijst.add(new SsoGemeente(id, naam, a.publiek("/api/sso/" + id + "/start"))));
        }
        Paginering.heel(a, lijst);
    }

    /** Een gemeente in {@code GET /api/sso}. */
    public record SsoGemeente(String gemeente, String naam, String start) {
    }

    /** {@code GET /api/sso/{gemeente}/start[?terug=/pad]}: 302 naar de identity provider. */
    public void start(Aanvraag a) {
        String gemeente = a.deel(1);
        SsoKoppeling k = koppeling(a, gemeente);
        String terug = terugpad(a.queryEen("terug"));
        omgeving.vereisGereed(a);
        SsoKoppeling.Provider p = provider(k);
        String browser = Authenticatie.cookie(a.req, BROWSER_COOKIE);
        if (browser == null || !browser.matches("[A-Za-z0-9_-]{43}")) {
            browser = omgeving.authenticatie.nieuwToken();
        }
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        SsoPogingen pogingen = omgeving.ssoPogingen;
        pogingen.bewaar(state.getValue(), new SsoPogingen.Poging(gemeente, verifier.getValue(), nonce.getValue(), terug,
                Authenticatie.hash(browser), pogingen.nu()));
        URI naar = k.autorisatieverzoek(p, terugkeer(a, gemeente), state, nonce, verifier);
        a.resp.addHeader("Set-Cookie", BROWSER_COOKIE + "=" + browser + "; Path=" + cookiePad(a) + "; Max-Age="
                + SsoPogingen.GELDIG_NANOS / 1_000_000_000L + "; HttpOnly; SameSite=Lax" + (a.veilig() ? "; Secure" : ""));
        a.header("Location", naar.toString());
        a.leeg(302);
    }

    /**
     * {@code GET /api/sso/{gemeente}/terug?code=&state=} (of {@code ?error=}): de terugkeer van de identity provider.
     * Gelukt: een sessie, en een kleine HTML-pagina die de browser binnen deze site doorstuurt naar {@code terug} (een
     * {@code SameSite=Strict}-cookie gaat niet mee met een keten van doorverwijzingen die op een andere site begon);
     * een API-client krijgt JSON zoals {@code POST /api/sessies}: HTML alleen als {@code Accept} die boven JSON verkiest
     * (een browser: {@code text/html} voor {@code *}{@code /*;q=0.8}), JSON ook zonder {@code Accept}.
     */
    public void terug(Aanvraag a) throws IOException {
        String gemeente = a.deel(1);
        SsoKoppeling k = koppeling(a, gemeente);
        // before the state is used: a 406 must not cost the sign-in
        boolean html = a.kiesType(Aanvraag.JSON, HTML).equals(HTML);
        SsoPogingen.Poging poging = omgeving.ssoPogingen.neem(a.queryEen("state"));
        if (poging == null || !poging.gemeente().equals(gemeente)) {
            throw Probleem.ongeldig("Deze aanmelding is onbekend, verlopen (na 10 minuten) of al gebruikt. Begin "
                    + "opnieuw met inloggen.", new VeldFout("state", "ongeldig", "Onbekend, verlopen of al gebruikt."));
        }
        String browser = Authenticatie.cookie(a.req, BROWSER_COOKIE);
        if (browser == null || !MessageDigest.isEqual(Authenticatie.hash(browser).getBytes(StandardCharsets.UTF_8),
                poging.browser().getBytes(StandardCharsets.UTF_8))) {
            throw Probleem.ongeldig("Deze aanmelding is in een andere browser begonnen. Begin opnieuw met inloggen, "
                    + "in deze browser.", new VeldFout("state", "andere-browser", "Hoort bij een andere browser."));
        }
        URI terugkeer = terugkeer(a, gemeente);
        AuthenticationResponse antwoord;
        try {
            antwoord = AuthenticationResponseParser.parse(terugkeer, a.query());
        } catch (ParseException e) {
            throw Probleem.ongeldig("Het antwoord van de identity provider is onvolledig. Begin opnieuw met inloggen.",
                    new VeldFout("code", "ongeldig", "Ontbreekt of is ongeldig."));
        }
        SsoInstelling instelling = k.instelling();
        if (antwoord.getIssuer() != null && !antwoord.getIssuer().getValue().equals(instelling.issuer())) {
            // RFC 9207: an answer of another identity provider than the one this sign-in went to
            throw Probleem.ongeldig("Dit antwoord komt van een andere identity provider dan die van gemeente "
                    + gemeente + ". Begin opnieuw met inloggen.", new VeldFout("iss", "ongeldig",
                            "Hoort niet bij deze gemeente."));
        }
        if (!antwoord.indicatesSuccess()) {
            throw idpFout(antwoord.toErrorResponse().getErrorObject(), gemeente);
        }
        omgeving.vereisGereed(a);
        GebruikerService service = a.dienst(omgeving.gebruikers);
        SsoKoppeling.Provider p = provider(k);
        SsoKoppeling.Aangemeld aangemeld;
        try {
            aangemeld = k.wisselIn(p, antwoord.toSuccessResponse().getAuthorizationCode(), terugkeer,
                    new CodeVerifier(poging.verifier()), new Nonce(poging.nonce()));
        } catch (SsoFout f) {
            throw probleem(f, gemeente);
        }
        SsoAanmelding aanmelding = SsoClaims.aanmelding(p.instelling(), aangemeld.claims());
        Inlogresultaat r = service.ssoAanmelding(aanmelding);
        if (!r.gelukt()) {
            throw Probleem.geenToegang("U bent ingelogd bij de identity provider van gemeente " + gemeente
                    + ", maar Doorbraak laat u niet toe: de identity provider geeft u geen rol in Doorbraak voor deze "
                    + "gemeente, of een beheerder heeft uw account in Doorbraak gedeactiveerd. Vraag uw beheerder om "
                    + "toegang.");
        }
        String[] sessie = omgeving.authenticatie.maakSessie(r.gebruiker(), false,
                new Sessie.Sso(gemeente, aangemeld.idToken()));
        a.resp.addHeader("Set-Cookie", Authenticatie.setCookie(sessie[0], a.veilig()));
        String naar = a.publiek(poging.terug());
        if (html) {
            a.ruw(200, "text/html; charset=utf-8", landingspagina(naar).getBytes(StandardCharsets.UTF_8));
            return;
        }
        SessieRoutes.schrijf(a, 200, r.gebruiker(), sessie[1], false, g -> g.writeStringField("terug", naar));
    }

    /**
     * {@code GET /api/sso/uitloggen}: beëindigt de sessie en stuurt, als die via de identity provider begon, door naar
     * diens end_session_endpoint (RP-initiated logout), anders naar de startpagina. Een GET, omdat de browser erheen
     * navigeert; de sessiecookie is {@code SameSite=Strict}, dus een andere site kan niemand zo uitloggen.
     */
    public void uitloggen(Aanvraag a) {
        String naar = a.publiek("/");
        Sessie s = a.sessieUitCookie();
        if (s != null) {
            omgeving.authenticatie.beeindig(s);
            Sessie.Sso sso = s.sso();
            SsoKoppeling k = sso == null ? null : omgeving.sso.voor(sso.gemeente());
            if (k != null) {
                try {
                    URI eind = k.uitlogverzoek(k.provider(), sso.idToken(), URI.create(naar));
                    if (eind != null) {
                        naar = eind.toString();
                    }
                } catch (SsoFout f) {
                    LOG.warn("Uitloggen bij de identity provider van gemeente {} kan nu niet; alleen de sessie van het "
                            + "platform is beëindigd", sso.gemeente());
                }
            }
        }
        a.resp.addHeader("Set-Cookie", Authenticatie.wisCookie(a.veilig()));
        a.header("Location", naar);
        a.leeg(302);
    }

    // ---- hulp ----

    /** De koppeling van een gemeente die bestaat en SSO heeft; anders 404. */
    private SsoKoppeling koppeling(Aanvraag a, String gemeente) {
        SsoKoppeling k = omgeving.sso.voor(gemeente);
        if (k == null || a.dienst(omgeving.gemeenten).zoek(gemeente).isEmpty()) {
            throw Probleem.nietGevonden("Gemeente '" + gemeente + "' heeft geen inloggen via een identity provider "
                    + "ingesteld. Log in met een Doorbraak-account (POST /api/sessies).");
        }
        return k;
    }

    private SsoKoppeling.Provider provider(SsoKoppeling k) {
        try {
            return k.provider();
        } catch (SsoFout f) {
            throw probleem(f, k.instelling().gemeente());
        }
    }

    /** Waar de identity provider de browser terugstuurt: altijd de publieke URL, nooit de Host-header. */
    private static URI terugkeer(Aanvraag a, String gemeente) {
        return URI.create(a.publiek("/api/sso/" + gemeente + "/terug"));
    }

    private static String cookiePad(Aanvraag a) {
        String pad = URI.create(a.publiek("/api/sso")).getRawPath();
        return pad == null || pad.isEmpty() ? "/" : pad;
    }

    private Probleem probleem(SsoFout f, String gemeente) {
        int na = omgeving.instellingen().retryAfterSeconden();
        return switch (f.soort()) {
            case ONBEREIKBAAR -> Probleem.nietBeschikbaar("De identity provider van gemeente " + gemeente
                    + " is nu niet bereikbaar. Probeer het over " + na + " seconden opnieuw, of log in met een "
                    + "Doorbraak-account.", na);
            case NIET_INGESTELD -> Probleem.nietBeschikbaar("Inloggen via de identity provider van gemeente " + gemeente
                    + " is op het platform niet goed ingesteld; de beheerder ziet de oorzaak in /api/health. Log zolang "
                    + "in met een Doorbraak-account.", na);
            case CODE_GEWEIGERD -> Probleem.ongeldig(f.getMessage(), new VeldFout("code", "geweigerd",
                    "Verlopen of al gebruikt."));
            case TOKEN_ONGELDIG -> Probleem.nietIngelogd(f.getMessage(), false);
        };
    }

    /**
     * Een fout die de identity provider terugstuurt ({@code ?error=}). Zijn {@code error_description} komt niet in het
     * antwoord: die staat in een URL die iedereen kan maken.
     */
    private static Probleem idpFout(ErrorObject fout, String gemeente) {
        String code = fout == null || fout.getCode() == null ? "" : fout.getCode();
        boolean netjes = code.matches("[a-z_]{1,60}");
        if ("access_denied".equals(code)) {
            return Probleem.geenToegang("De identity provider van gemeente " + gemeente + " weigerde de aanmelding "
                    + "(access_denied).");
        }
        return Probleem.ongeldig("Inloggen bij de identity provider van gemeente " + gemeente + " is niet gelukt"
                + (netjes ? " (" + code + ")" : "") + ". Begin opnieuw met inloggen.",
                new VeldFout("error", netjes ? code : "onbekend", "Foutmelding van de identity provider."));
    }

    /**
     * {@code terug}: een pad op dit platform, dus geen open redirect. Begint met één {@code /}, geen schema of host,
     * geen {@code .} of {@code ..} als pad-deel (onder een publieke URL met een pad zou {@code /../} het platform
     * verlaten), geen #, geen tekens die in HTML of een refresh-URL iets betekenen; leeg is {@code /}.
     */
    public static String terugpad(String waarde) {
        if (waarde == null || waarde.isEmpty()) {
            return "/";
        }
        boolean goed = waarde.length() <= MAX_TERUG && waarde.charAt(0) == '/' && !waarde.startsWith("//")
                && waarde.chars().allMatch(c -> c > 0x20 && c < 0x7f && VERBODEN_IN_TERUG.indexOf(c) < 0);
        if (goed) {
            try {
                URI u = new URI(waarde);
                goed = u.getScheme() == null && u.getRawAuthority() == null && u.getRawFragment() == null
                        && u.getRawPath() != null && u.getRawPath().startsWith("/");
                if (goed) {
                    for (String deel : u.getRawPath().split("/", -1)) {
                        String d = deel.toLowerCase(Locale.ROOT).replace("%2e", ".");
                        if (d.equals(".") || d.equals("..") || d.contains("%2f") || d.contains("%5c")) {
                            goed = false;
                        }
                    }
                }
            } catch (URISyntaxException e) {
                goed = false;
            }
        }
        if (!goed) {
            throw Probleem.ongeldig("De parameter terug moet een pad op dit platform zijn, zoals /casussen.",
                    new VeldFout("terug", "ongeldig", "Een pad dat met één / begint, zonder host, . of .. of #."));
        }
        return waarde;
    }

    /**
     * Een pagina die de browser binnen deze site naar {@code naar} stuurt: een meta-refresh (een navigatie vanaf deze
     * site, dus met de SameSite=Strict-cookie) en een link. Geen inline script: de CSP verbiedt het.
     */
    public static String landingspagina(String naar) {
        String url = html(naar);
        return "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + url + "\">"
                + "<title>Ingelogd - Doorbraak</title></head>\n"
                + "<body><p>U bent ingelogd. <a href=\"" + url + "\">Verder naar Doorbraak</a></p></body></html>\n";
    }

    private static String html(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
