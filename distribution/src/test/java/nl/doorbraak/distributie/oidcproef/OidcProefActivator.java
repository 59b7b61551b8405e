package nl.doorbraak.distributie.oidcproef;

import java.net.URI;
import java.util.Date;
import java.util.List;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.id.Subject;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

/**
 * Runs inside Felix, in a bundle that OidcBundlesIT builds with bnd as the web bundle is built: every step of the
 * platform's side of an OpenID Connect sign-in that needs no network, with Nimbus from system/. If a class does not
 * load or a step fails, start() throws and the bundle does not become ACTIVE.
 */
public final class OidcProefActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) throws Exception {
        Issuer issuer = new Issuer("http://localhost:8180/realms/utrecht");
        ClientID client = new ClientID("doorbraak");
        URI callback = URI.create("http://localhost:8080/api/sso/utrecht/callback");

        // discovery
        OIDCProviderMetadata op = OIDCProviderMetadata.parse("{\"issuer\":\"" + issuer + "\","
                + "\"authorization_endpoint\":\"" + issuer + "/protocol/openid-connect/auth\","
                + "\"token_endpoint\":\"" + issuer + "/protocol/openid-connect/token\","
                + "\"end_session_endpoint\":\"" + issuer + "/protocol/openid-connect/logout\","
                + "\"jwks_uri\":\"" + issuer + "/protocol/openid-connect/certs\","
                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"code_challenge_methods_supported\":[\"S256\"],"
                + "\"ui_locales_supported\":[\"nl\",\"en\"]}");

        // authorization request with PKCE, and the callback
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI autorisatie = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid"), client, callback)
                .endpointURI(op.getAuthorizationEndpointURI()).state(state).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256).build().toURI();
        AuthenticationResponse antwoord = AuthenticationResponseParser.parse(URI.create(callback + "?code=proef&state="
                + state.getValue() + "&iss=" + java.net.URLEncoder.encode(issuer.getValue(), "UTF-8")));
        AuthorizationCode code = antwoord.toSuccessResponse().getAuthorizationCode();
        if (!antwoord.getState().equals(state) || !antwoord.toSuccessResponse().getIssuer().equals(issuer)) {
            throw new IllegalStateException("state of iss klopt niet");
        }

        // the token request (not sent) and a token response with an ID token signed by the provider's key
        HTTPRequest tokenverzoek = new TokenRequest.Builder(op.getTokenEndpointURI(),
                new ClientSecretBasic(client, new Secret("geheim")), new AuthorizationCodeGrant(code, callback, verifier))
                .build().toHTTPRequest();
        RSAKey sleutel = new RSAKeyGenerator(2048).keyID("proef").generate();
        IDTokenClaimsSet claims = new IDTokenClaimsSet(issuer, new Subject("proef"), List.of(new Audience(client)),
                new Date(System.currentTimeMillis() + 300_000), new Date());
        claims.setNonce(nonce);
        claims.setClaim("doorbraak_rollen", List.of("tafellid"));
        claims.setClaim("doorbraak_tafels", List.of("a9cf4c93-f609-398a-9e63-d957f48101e9"));
        SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("proef").build(),
                claims.toJWTClaimsSet());
        idToken.sign(new RSASSASigner(sleutel));
        HTTPResponse http = new HTTPResponse(200);
        http.setHeader("Content-Type", "application/json");
        http.setBody("{\"access_token\":\"proef\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\""
                + idToken.serialize() + "\"}");
        OIDCTokenResponse tokens = (OIDCTokenResponse) OIDCTokenResponseParser.parse(http).toSuccessResponse();

        // the ID token validated against the provider's keys; one signed by another key refused
        IDTokenValidator validator = new IDTokenValidator(issuer, client, JWSAlgorithm.RS256,
                new JWKSet(sleutel.toPublicJWK()));
        IDTokenClaimsSet gecontroleerd = validator.validate(tokens.getOIDCTokens().getIDToken(), nonce);
        List<String> rollen = gecontroleerd.getStringListClaim("doorbraak_rollen");
        SignedJWT vals = new SignedJWT(idToken.getHeader(), claims.toJWTClaimsSet());
        vals.sign(new RSASSASigner(new RSAKeyGenerator(2048).keyID("proef").generate()));
        try {
            validator.validate(vals, nonce);
            throw new IllegalStateException("een ID-token met een vreemde sleutel werd aanvaard");
        } catch (BadJOSEException verwacht) {
            // refused, as it should be
        }

        // RP-initiated logout
        URI uitloggen = new LogoutRequest(op.getEndSessionEndpointURI(), idToken, URI.create("http://localhost:8080/"),
                new State()).toURI();

        System.out.println("oidc-proef: in orde (" + autorisatie.getHost() + ", " + tokenverzoek.getMethod()
                + " token, rollen " + rollen + ", uitloggen via " + uitloggen.getPath() + ")");
    }

    @Override
    public void stop(BundleContext context) {
        // nothing to stop
    }
}
