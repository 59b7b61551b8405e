package nl.doorbraak.web.sso;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

import nl.doorbraak.api.tekst.Tekst;

/**
 * De SSO van één gemeente: een factory-configuratie {@code nl.doorbraak.sso} (één bestand
 * {@code config/nl.doorbraak.sso-<gemeente>.cfg} per gemeente) en wat het platform met de identity provider doet,
 * met de Nimbus OAuth 2.0 SDK: het autorisatieverzoek (PKCE S256), de code inwisselen (client_secret_basic, het
 * geheim uit een bestand), het ID-token controleren ({@link IDTokenValidator}: handtekening tegen de JWKS van de
 * provider, issuer, audience, nonce, geldigheid) en het uitlogverzoek.
 * <p>
 * Een wijziging geldt meteen; een ongeldige laat de vorige gelden, met een logregel en een waarschuwing in
 * {@code /api/health}. Het discovery-document en de sleutels worden pas opgehaald als iemand inlogt (nooit in
 * {@code @Activate}), met time-outs, en bewaard: het document een uur, de sleutels zoals Nimbus dat doet (vijf
 * minuten, en opnieuw bij een onbekende {@code kid}, hooguit eens per 30 s). {@link nl.doorbraak.web.ApiServlet}
 * bindt elke koppeling dynamisch.
 */
// the component keeps the name it had before the split into packages (scr:info, logs); its PID is nl.doorbraak.sso
@Component(name = "nl.doorbraak.web.SsoKoppeling", service = SsoKoppeling.class, configurationPid = SsoConfiguratie.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SsoConfiguratie.class, factory = true)
public final class SsoKoppeling {

    // the logger keeps the name it had before the bundle was split into packages: log lines stay as operators know them
    private static final Logger LOG = LoggerFactory.getLogger("nl.doorbraak.web.SsoKoppeling");

    static final int VERBINDEN_MS = 5_000;
    static final int LEZEN_MS = 10_000;
    /** Zo lang geldt een opgehaald discovery-document. */
    static final long METADATA_NANOS = TimeUnit.HOURS.toNanos(1);
    /** Verschil tussen de klokken van platform en identity provider dat het ID-token nog verdraagt. */
    static final int KLOKVERSCHIL_SECONDEN = 60;
    static final int MAX_JWKS_BYTES = 512 * 1024;
    static final int MAX_GEHEIM_BYTES = 4096;

    /** Het discovery-document met de validator die bij zijn sleutels hoort, voor één instelling. */
    record Provider(SsoInstelling instelling, OIDCProviderMetadata metadata, IDTokenValidator validator,
            long opgehaald) {
    }

    /** Een gelukte aanmelding: het gecontroleerde ID-token en zijn claims. */
    record Aangemeld(JWT idToken, Map<String, Object> claims) {
    }

    private record Mislukt(long op, SsoFout fout) {
    }

    private final String bron;
    private final Path home;
    private final Object ophalen = new Object();
    private volatile SsoInstelling instelling;
    /** Waarom het configuratiebestand nu niet geldt; {@code null} als het klopt. */
    private volatile String configFout;
    private volatile Provider provider;
    private volatile Mislukt mislukt;
    /** De laatste fout in het gesprek met de identity provider, voor {@code /api/health}; weg na een gelukte aanmelding. */
    private volatile String laatsteFout;

    @Activate
    public SsoKoppeling(SsoConfiguratie configuratie, Map<String, Object> eigenschappen, BundleContext context) {
        this(bron(eigenschappen), home(context.getProperty("doorbraak.home")), configuratie);
    }

    /**
     * @param bron waar de configuratie vandaan komt, voor meldingen ({@code config/nl.doorbraak.sso-utrecht.cfg})
     * @param home de installatiemap, voor een relatief pad naar het clientgeheim
     */
    public SsoKoppeling(String bron, Path home, SsoConfiguratie configuratie) {
        this.bron = bron;
        this.home = home;
        lees(configuratie);
    }

    private static Path home(String h) {
        return h == null || h.isBlank() ? null : Path.of(h);
    }

    @Modified
    public void gewijzigd(SsoConfiguratie configuratie) {
        lees(configuratie);
    }

    private void lees(SsoConfiguratie c) {
        List<String> fouten = new ArrayList<>();
        SsoInstelling nieuw = SsoInstelling.lees(c, home, fouten);
        SsoInstelling vorige = instelling;
        if (nieuw == null) {
            configFout = "Configuratie " + bron + ": " + String.join(" ", fouten) + " " + (vorige == null
                    ? "Inloggen via deze identity provider staat uit tot het bestand klopt."
                    : "De vorige instelling (" + vorige + ") blijft gelden.");
            LOG.error("{}", Tekst.neutraliseer(configFout));
            return;
        }
        configFout = null;
        if (!nieuw.equals(vorige)) {
            instelling = nieuw;
            provider = null;
            mislukt = null;
            laatsteFout = null;
        }
        LOG.info("SSO via de identity provider: {} ({})", nieuw, bron);
        String geheim = geheimProbleem(nieuw.clientSecretBestand());
        if (geheim != null) {
            LOG.warn("{}", Tekst.neutraliseer(melding(nieuw, geheim)));
        }
    }

    private static String bron(Map<String, Object> eigenschappen) {
        Object bestand = eigenschappen.get("felix.fileinstall.filename");
        if (bestand != null) {
            String b = bestand.toString();
            return "config/" + b.substring(b.lastIndexOf('/') + 1);
        }
        return String.valueOf(eigenschappen.get("service.pid"));
    }

    /** De geldende instelling; {@code null} als er nog geen geldige was. */
    public SsoInstelling instelling() {
        return instelling;
    }

    String bron() {
        return bron;
    }

    /** Wat een beheerder in {@code /api/health} moet zien; leeg als alles klopt. */
    List<String> waarschuwingen() {
        List<String> w = new ArrayList<>();
        String cf = configFout;
        if (cf != null) {
            w.add(cf);
        }
        SsoInstelling i = instelling;
        if (i != null) {
            String geheim = geheimProbleem(i.clientSecretBestand());
            if (geheim != null) {
                w.add(melding(i, geheim));
            }
            String lf = laatsteFout;
            if (lf != null) {
                w.add(lf);
            }
        }
        return w;
    }

    private static String melding(SsoInstelling i, String tekst) {
        return "SSO van gemeente " + i.gemeente() + ": " + tekst;
    }

    /** Waarom het bestand met het clientgeheim niet deugt, of {@code null}. Alleen rechten, nooit de inhoud. */
    static String geheimProbleem(Path bestand) {
        if (!Files.isRegularFile(bestand) || !Files.isReadable(bestand)) {
            return "het bestand met het clientgeheim (" + bestand + ") ontbreekt of is niet leesbaar; inloggen via de "
                    + "identity provider lukt zo niet.";
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(bestand, PosixFileAttributeView.class);
        if (posix != null) {
            try {
                Set<PosixFilePermission> r = posix.readAttributes().permissions();
                if (r.contains(PosixFilePermission.GROUP_READ) || r.contains(PosixFilePermission.OTHERS_READ)) {
                    return "het bestand met het clientgeheim (" + bestand + ") is ook voor anderen leesbaar; maak het "
                            + "alleen leesbaar voor de gebruiker van het platform (chmod 600).";
                }
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    // ---- met de identity provider ----

    /**
     * Het discovery-document en de validator, uit de cache of opgehaald (met time-outs). Verzoeken die wachtten
     * terwijl het ophalen mislukte, krijgen meteen dezelfde fout in plaats van elk de time-out opnieuw.
     */
    Provider provider() throws SsoFout {
        SsoInstelling i = instelling;
        Provider p = provider;
        if (p != null && p.instelling() == i && System.nanoTime() - p.opgehaald() < METADATA_NANOS) {
            return p;
        }
        long gevraagd = System.nanoTime();
        synchronized (ophalen) {
            p = provider;
            if (p != null && p.instelling() == i && System.nanoTime() - p.opgehaald() < METADATA_NANOS) {
                return p;
            }
            Mislukt m = mislukt;
            if (m != null && m.op() - gevraagd >= 0 && instelling == i) {
                throw m.fout();
            }
            try {
                Provider nieuw = haalOp(i);
                if (instelling == i) {
                    provider = nieuw;
                }
                return nieuw;
            } catch (SsoFout f) {
                if (p != null && p.instelling() == i) {
                    // the keys and endpoints of an hour ago are better than none while discovery is down
                    LOG.warn("SSO van gemeente {}: discovery opnieuw ophalen mislukt, het vorige document blijft: {}",
                            i.gemeente(), f.getMessage());
                    p = new Provider(i, p.metadata(), p.validator(), System.nanoTime());
                    provider = p;
                    return p;
                }
                mislukt = new Mislukt(System.nanoTime(), f);
                throw f;
            }
        }
    }

    private Provider haalOp(SsoInstelling i) throws SsoFout {
        OIDCProviderMetadata m;
        try {
            m = OIDCProviderMetadata.resolve(new Issuer(i.issuer()), VERBINDEN_MS, LEZEN_MS);
        } catch (IOException e) {
            throw fout(i, SsoFout.Soort.ONBEREIKBAAR, "de identity provider " + i.issuer() + " is niet bereikbaar ("
                    + oorzaak(e) + ").");
        } catch (GeneralException | RuntimeException e) {
            throw fout(i, SsoFout.Soort.ONBEREIKBAAR, "het discovery-document van " + i.issuer() + " is onbruikbaar ("
                    + oorzaak(e) + ").");
        }
        if (m.getAuthorizationEndpointURI() == null || m.getTokenEndpointURI() == null || m.getJWKSetURI() == null) {
            throw fout(i, SsoFout.Soort.ONBEREIKBAAR, "het discovery-document van " + i.issuer()
                    + " noemt geen authorization_endpoint, token_endpoint of jwks_uri.");
        }
        IDTokenValidator validator;
        try {
            JWKSource<SecurityContext> sleutels = JWKSourceBuilder
                    .<SecurityContext>create(m.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(VERBINDEN_MS, LEZEN_MS, MAX_JWKS_BYTES))
                    .refreshAheadCache(false).build();
            validator = validator(i, m.getIssuer(), algoritmen(m.getIDTokenJWSAlgs()), sleutels);
        } catch (IOException | RuntimeException e) {
            throw fout(i, SsoFout.Soort.ONBEREIKBAAR, "de jwks_uri van " + i.issuer() + " is onbruikbaar (" + oorzaak(e)
                    + ").");
        }
        LOG.info("SSO van gemeente {}: discovery-document van {} opgehaald", i.gemeente(), i.issuer());
        laatsteFout = null; // reachable again
        mislukt = null;
        return new Provider(i, m, validator, System.nanoTime());
    }

    /** De validator van Nimbus met onze eisen: deze issuer, deze client als audience, kleine klokafwijking. */
    static IDTokenValidator validator(SsoInstelling i, Issuer issuer, Set<JWSAlgorithm> algoritmen,
            JWKSource<SecurityContext> sleutels) {
        IDTokenValidator v = new IDTokenValidator(issuer, new ClientID(i.clientId()),
                new JWSVerificationKeySelector<>(algoritmen, sleutels), null);
        v.setMaxClockSkew(KLOKVERSCHIL_SECONDEN);
        return v;
    }

    /**
     * De handtekeningalgoritmen die de provider voor ID-tokens noemt, beperkt tot RSA en EC (asymmetrisch: de sleutels
     * komen van de provider, nooit een gedeeld geheim); noemt hij er geen, dan RS256, de standaard van OpenID Connect.
     */
    static Set<JWSAlgorithm> algoritmen(List<JWSAlgorithm> genoemd) {
        Set<JWSAlgorithm> s = new LinkedHashSet<>();
        if (genoemd != null) {
            for (JWSAlgorithm a : genoemd) {
                if (JWSAlgorithm.Family.RSA.contains(a) || JWSAlgorithm.Family.EC.contains(a)) {
                    s.add(a);
                }
            }
        }
        if (s.isEmpty()) {
            s.add(JWSAlgorithm.RS256);
        }
        return s;
    }

    /** Het autorisatieverzoek: code flow, PKCE S256, state en nonce, de scopes van de gemeente. */
    URI autorisatieverzoek(Provider p, URI terug, State state, Nonce nonce, CodeVerifier verifier) {
        SsoInstelling i = p.instelling();
        return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope(i.scopes().toArray(String[]::new)),
                new ClientID(i.clientId()), terug).endpointURI(p.metadata().getAuthorizationEndpointURI()).state(state)
                .nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256).build().toURI();
    }

    /**
     * Wisselt de code in bij het token-endpoint (client_secret_basic met het geheim uit het bestand, de PKCE-verifier)
     * en controleert het ID-token.
     */
    Aangemeld wisselIn(Provider p, AuthorizationCode code, URI terug, CodeVerifier verifier, Nonce nonce)
            throws SsoFout {
        SsoInstelling i = p.instelling();
        HTTPRequest verzoek = new TokenRequest.Builder(p.metadata().getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(i.clientId()), geheim(i)),
                new AuthorizationCodeGrant(code, terug, verifier)).build().toHTTPRequest();
        verzoek.setConnectTimeout(VERBINDEN_MS);
        verzoek.setReadTimeout(LEZEN_MS);
        verzoek.setFollowRedirects(false);
        HTTPResponse antwoord;
        try {
            antwoord = verzoek.send();
        } catch (IOException e) {
            throw fout(i, SsoFout.Soort.ONBEREIKBAAR, "het token-endpoint van " + i.issuer() + " is niet bereikbaar ("
                    + oorzaak(e) + ").");
        }
        TokenResponse t;
        try {
            t = OIDCTokenResponseParser.parse(antwoord);
        } catch (ParseException e) {
            throw fout(i, SsoFout.Soort.ONBEREIKBAAR, "het token-endpoint van " + i.issuer() + " gaf een onbruikbaar "
                    + "antwoord (HTTP " + antwoord.getStatusCode() + ", " + oorzaak(e) + ").");
        }
        if (!t.indicatesSuccess()) {
            ErrorObject e = t.toErrorResponse().getErrorObject();
            String foutcode = e == null || e.getCode() == null ? "onbekend" : e.getCode();
            if ("invalid_grant".equals(foutcode)) {
                // a code used twice, expired, or of another verifier: the person, not the configuration
                LOG.info("SSO van gemeente {}: het token-endpoint weigerde de code (invalid_grant)", i.gemeente());
                throw new SsoFout(SsoFout.Soort.CODE_GEWEIGERD, "De identity provider nam de aanmelding niet aan (de "
                        + "code is verlopen of al gebruikt). Begin opnieuw met inloggen.");
            }
            SsoFout.Soort soort = foutcode.startsWith("invalid_client") || foutcode.startsWith("unauthorized_client")
                    ? SsoFout.Soort.NIET_INGESTELD : SsoFout.Soort.ONBEREIKBAAR;
            throw fout(i, soort, "het token-endpoint van " + i.issuer() + " weigerde: " + foutcode
                    + (e.getDescription() == null ? "" : " (" + e.getDescription() + ")")
                    + (soort == SsoFout.Soort.NIET_INGESTELD ? "; kloppen clientId en het clientgeheim?" : "."));
        }
        JWT idToken = ((OIDCTokenResponse) t.toSuccessResponse()).getOIDCTokens().getIDToken();
        try {
            p.validator().validate(idToken, nonce);
            Aangemeld a = new Aangemeld(idToken, idToken.getJWTClaimsSet().getClaims());
            laatsteFout = null;
            return a;
        } catch (BadJOSEException | java.text.ParseException e) {
            LOG.warn("SSO van gemeente {}: ID-token geweigerd: {}", i.gemeente(), Tekst.voorLog(e.getMessage()));
            throw new SsoFout(SsoFout.Soort.TOKEN_ONGELDIG, "Het ID-token van de identity provider kon niet worden "
                    + "gecontroleerd (handtekening, uitgever, ontvanger, nonce of geldigheid klopt niet). Begin "
                    + "opnieuw met inloggen.");
        } catch (JOSEException e) {
            // the keys could not be fetched
            throw fout(i, SsoFout.Soort.ONBEREIKBAAR, "de sleutels van " + i.issuer() + " zijn niet op te halen ("
                    + oorzaak(e) + ").");
        }
    }

    /**
     * RP-initiated logout: het end_session_endpoint met id_token_hint, client_id en waarheen daarna; {@code null} als de
     * provider er geen noemt.
     */
    URI uitlogverzoek(Provider p, JWT idToken, URI naUitloggen) {
        URI einde = p.metadata().getEndSessionEndpointURI();
        if (einde == null) {
            return null;
        }
        return new LogoutRequest(einde, idToken, null, new ClientID(p.instelling().clientId()), naUitloggen, null,
                null).toURI();
    }

    /** Het clientgeheim: de eerste regel van het bestand, elke keer gelezen (zo kan het zonder herstart wisselen). */
    Secret geheim(SsoInstelling i) throws SsoFout {
        Path bestand = i.clientSecretBestand();
        try {
            if (Files.size(bestand) > MAX_GEHEIM_BYTES) {
                throw fout(i, SsoFout.Soort.NIET_INGESTELD, "het bestand met het clientgeheim (" + bestand
                        + ") is groter dan " + MAX_GEHEIM_BYTES + " bytes; zet er alleen het geheim in.");
            }
            String inhoud = new String(Files.readAllBytes(bestand), StandardCharsets.UTF_8);
            int regel = inhoud.indexOf('\n');
            String geheim = (regel < 0 ? inhoud : inhoud.substring(0, regel)).strip();
            if (geheim.isEmpty()) {
                throw fout(i, SsoFout.Soort.NIET_INGESTELD, "het bestand met het clientgeheim (" + bestand
                        + ") is leeg.");
            }
            return new Secret(geheim);
        } catch (IOException e) {
            throw fout(i, SsoFout.Soort.NIET_INGESTELD, "het bestand met het clientgeheim (" + bestand
                    + ") ontbreekt of is niet leesbaar.");
        }
    }

    /** Een fout die de beheerder moet zien: in de log en, tot de volgende gelukte aanmelding, in de gezondheid. */
    private SsoFout fout(SsoInstelling i, SsoFout.Soort soort, String wat) {
        String m = melding(i, wat);
        LOG.error("{}", Tekst.neutraliseer(m));
        laatsteFout = "Laatste aanmelding mislukt: " + m;
        return new SsoFout(soort, m);
    }

    private static String oorzaak(Throwable e) {
        String m = e.getMessage();
        return Tekst.voorLog(e.getClass().getSimpleName() + (m == null ? "" : ": " + m));
    }
}
