package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
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
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

/**
 * The SSO tests' identity provider is a real Keycloak, and the platform's side of the flow works against it with the
 * library the platform uses (Nimbus): discovery, authorization code with PKCE S256, the client secret from a file,
 * the ID token checked against the realm's keys, roles and tafels from its claims, and RP-initiated logout. What the
 * web bundle will do, done here by the test, so the harness ({@link Keycloak}) is known to work before it is used.
 */
class KeycloakIT {

    static Keycloak idp;
    static OIDCProviderMetadata op;
    static ClientID client;
    /** The platform's callback, on a port Keycloak has never heard of: the realm allows any port on localhost. */
    static URI callback;
    static URI naUitloggen;

    @BeforeAll
    static void start() throws Exception {
        idp = Keycloak.start();
        System.out.printf("Keycloak %s klaar in %d ms (CPU %d ms, RSS %d MiB)%n", Keycloak.VERSIE,
                idp.starttijd().toMillis(), idp.cpuTijd().toMillis(), idp.rssKiB() / 1024);
        op = OIDCProviderMetadata.resolve(new Issuer(idp.issuer()));
        client = new ClientID(idp.clientId());
        int poort = Platform.vrijePoort();
        callback = URI.create("http://localhost:" + poort + "/api/sso/utrecht/callback");
        naUitloggen = URI.create("http://localhost:" + poort + "/");
    }

    @AfterAll
    static void stop() {
        if (idp != null) {
            idp.close();
        }
    }

    @Test
    void theDiscoveryDocumentDescribesTheRealm() {
        assertThat(op.getIssuer().getValue()).isEqualTo(idp.issuer().toString());
        assertThat(op.getAuthorizationEndpointURI().toString()).startsWith(idp.issuer().toString());
        assertThat(op.getTokenEndpointURI()).isNotNull();
        assertThat(op.getJWKSetURI()).isNotNull();
        assertThat(op.getEndSessionEndpointURI()).as("RP-initiated logout").isNotNull();
        assertThat(op.getCodeChallengeMethods()).contains(CodeChallengeMethod.S256);
        assertThat(op.getTokenEndpointAuthMethods()).contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
    }

    @ParameterizedTest
    @CsvSource({"regisseur, casusregisseur, ''", "tafellid, tafellid, a9cf4c93-f609-398a-9e63-d957f48101e9",
            "beheerder, gemeentebeheerder, ''"})
    void aUserSignsInWithCodeAndPkceAndTheIdTokenCarriesDoorbraakRolesAndTafels(String gebruiker, String rol,
            String tafel) throws Exception {
        long t0 = System.nanoTime();
        Inlog in = logIn(idp.browser(), gebruiker);
        System.out.printf("Inloggen van %s (formulier, code, token, ID-token gecontroleerd): %d ms%n", gebruiker,
                (System.nanoTime() - t0) / 1_000_000);

        assertThat(in.claims().getStringClaim("preferred_username")).isEqualTo(gebruiker);
        assertThat(in.claims().getSubject().getValue()).isNotBlank();
        assertThat(in.claims().getStringListClaim(Keycloak.CLAIM_ROLLEN)).containsExactly(rol);
        if (tafel.isEmpty()) {
            assertThat(in.claims().getClaim(Keycloak.CLAIM_TAFELS)).isNull();
        } else {
            assertThat(in.claims().getStringListClaim(Keycloak.CLAIM_TAFELS)).containsExactly(tafel);
        }
    }

    @Test
    void aUserWithoutADoorbraakRoleSignsInButTheIdTokenNamesNoRole() throws Exception {
        Inlog in = logIn(idp.browser(), Keycloak.ZONDER_ROL);
        assertThat(in.claims().getStringClaim("preferred_username")).isEqualTo(Keycloak.ZONDER_ROL);
        assertThat(in.claims().getClaim(Keycloak.CLAIM_ROLLEN)).isNull();
        assertThat(in.claims().getClaim(Keycloak.CLAIM_TAFELS)).isNull();
    }

    @Test
    void theTokenEndpointRefusesTheCodeWithAnotherCodeVerifier() throws Exception {
        State state = new State();
        CodeVerifier verifier = new CodeVerifier();
        Keycloak.Antwoord a = idp.browser().login(autorisatieverzoek(state, new Nonce(), verifier).toURI(),
                Keycloak.REGISSEUR, Keycloak.WACHTWOORD);
        AuthorizationCode code = AuthenticationResponseParser.parse(a.callback()).toSuccessResponse()
                .getAuthorizationCode();

        TokenResponse fout = token(new AuthorizationCodeGrant(code, callback, new CodeVerifier()));
        assertThat(fout.indicatesSuccess()).isFalse();
        assertThat(fout.toErrorResponse().getErrorObject().getCode()).isEqualTo(OAuth2Error.INVALID_GRANT.getCode());
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsRefused() throws Exception {
        AuthenticationRequest zonderPkce = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid"),
                client, callback).endpointURI(op.getAuthorizationEndpointURI()).state(new State()).nonce(new Nonce())
                .build();
        Keycloak.Antwoord a = idp.browser().open(zonderPkce.toURI());
        AuthenticationResponse r = AuthenticationResponseParser.parse(a.callback());
        assertThat(r.indicatesSuccess()).isFalse();
        assertThat(r.toErrorResponse().getErrorObject().getCode()).isEqualTo(OAuth2Error.INVALID_REQUEST.getCode());
        assertThat(a.parameters()).doesNotContainKey("code");
    }

    @Test
    void aRedirectUriOutsideTheClientsIsNeverUsed() throws Exception {
        AuthenticationRequest elders = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid"),
                client, URI.create("http://elders.example/api/sso/utrecht/callback"))
                .endpointURI(op.getAuthorizationEndpointURI()).state(new State()).nonce(new Nonce())
                .codeChallenge(new CodeVerifier(), CodeChallengeMethod.S256).build();
        Keycloak.Antwoord a = idp.browser().open(elders.toURI());
        assertThat(a.doorgestuurdNaar()).isNull();
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.isLoginformulier()).isFalse();
    }

    @Test
    void aDisabledUserCannotSignIn() throws Exception {
        Keycloak.Antwoord a = idp.browser().login(autorisatieverzoek(new State(), new Nonce(), new CodeVerifier())
                .toURI(), Keycloak.GEBLOKKEERD, Keycloak.WACHTWOORD);
        assertThat(a.doorgestuurdNaar()).as("geen code voor een geblokkeerd account").isNull();
        assertThat(a.melding()).containsIgnoringCase("geblokkeerd");
    }

    @Test
    void aWrongPasswordShowsTheFormAgain() throws Exception {
        Keycloak.Antwoord a = idp.browser().login(autorisatieverzoek(new State(), new Nonce(), new CodeVerifier())
                .toURI(), Keycloak.REGISSEUR, "fout-" + Keycloak.WACHTWOORD);
        assertThat(a.doorgestuurdNaar()).isNull();
        assertThat(a.isLoginformulier()).isTrue();
        assertThat(a.melding()).containsIgnoringCase("ongeldig");
    }

    @Test
    void rpInitiatedLogoutEndsTheKeycloakSessionAndReturnsToThePlatform() throws Exception {
        Keycloak.Browser browser = idp.browser();
        Inlog in = logIn(browser, Keycloak.REGISSEUR);
        // while the session lasts, a new sign-in comes straight back without the form
        assertThat(browser.heeftSessie()).isTrue();
        Keycloak.Antwoord nogIngelogd = browser.open(autorisatieverzoek(new State(), new Nonce(), new CodeVerifier())
                .toURI());
        assertThat(nogIngelogd.parameters()).containsKey("code");

        State state = new State();
        LogoutRequest uitloggen = new LogoutRequest(op.getEndSessionEndpointURI(), in.idToken(), naUitloggen, state);
        Keycloak.Antwoord a = browser.logout(uitloggen.toURI());
        assertThat(a.callback().toString()).startsWith(naUitloggen.toString());
        assertThat(a.parameters()).containsEntry("state", state.getValue());

        assertThat(browser.heeftSessie()).isFalse();
        assertThat(browser.open(autorisatieverzoek(new State(), new Nonce(), new CodeVerifier()).toURI())
                .isLoginformulier()).as("na uitloggen weer het inlogformulier").isTrue();
        // the tokens of the ended session are dead at Keycloak too
        TokenResponse vernieuwd = token(new RefreshTokenGrant(in.tokens().getRefreshToken()));
        assertThat(vernieuwd.indicatesSuccess()).isFalse();
    }

    @Test
    void logoutWithoutIdTokenHintIsConfirmedOnKeycloaksPage() throws Exception {
        Keycloak.Browser browser = idp.browser();
        logIn(browser, Keycloak.BEHEERDER);
        State state = new State();
        URI uitloggen = new LogoutRequest(op.getEndSessionEndpointURI(), null, null, client, naUitloggen, state, null)
                .toURI();
        Keycloak.Antwoord vraag = browser.open(uitloggen);
        assertThat(vraag.doorgestuurdNaar()).as("zonder id_token_hint vraagt Keycloak eerst").isNull();
        assertThat(vraag.document().selectFirst("form[action*=logout-confirm]")).isNotNull();
        assertThat(browser.heeftSessie()).isTrue();

        Keycloak.Antwoord a = browser.logout(uitloggen);
        assertThat(a.parameters()).containsEntry("state", state.getValue());
        assertThat(browser.heeftSessie()).isFalse();
    }

    record Inlog(IDTokenClaimsSet claims, OIDCTokens tokens) {
        JWT idToken() {
            return tokens.getIDToken();
        }
    }

    /** The platform's part: authorization request, login (the person), code for tokens, ID token validated. */
    static Inlog logIn(Keycloak.Browser browser, String gebruiker) throws Exception {
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        Keycloak.Antwoord a = browser.login(autorisatieverzoek(state, nonce, verifier).toURI(), gebruiker,
                Keycloak.WACHTWOORD);
        assertThat(a.callback().toString()).startsWith(callback + "?");
        AuthenticationResponse r = AuthenticationResponseParser.parse(a.callback());
        assertThat(r.indicatesSuccess()).as(a.callback().toString()).isTrue();
        assertThat(r.getState()).isEqualTo(state);
        assertThat(r.getIssuer()).as("iss (RFC 9207)").isEqualTo(op.getIssuer());

        TokenResponse t = token(new AuthorizationCodeGrant(r.toSuccessResponse().getAuthorizationCode(), callback,
                verifier));
        assertThat(t.indicatesSuccess()).as(String.valueOf(t.indicatesSuccess() ? "" : t.toErrorResponse()
                .getErrorObject())).isTrue();
        OIDCTokens tokens = ((OIDCTokenResponse) t.toSuccessResponse()).getOIDCTokens();
        IDTokenValidator validator = new IDTokenValidator(op.getIssuer(), client, JWSAlgorithm.RS256,
                op.getJWKSetURI().toURL());
        IDTokenClaimsSet claims = validator.validate(tokens.getIDToken(), nonce);
        return new Inlog(claims, tokens);
    }

    static AuthenticationRequest autorisatieverzoek(State state, Nonce nonce, CodeVerifier verifier) {
        return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile", "email"), client,
                callback).endpointURI(op.getAuthorizationEndpointURI()).state(state).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256).build();
    }

    /** At the token endpoint, authenticated with the client secret as the platform reads it: from a file. */
    static TokenResponse token(AuthorizationGrant grant) throws Exception {
        Secret secret = new Secret(Files.readString(idp.clientSecretBestand()).strip());
        TokenRequest verzoek = new TokenRequest.Builder(op.getTokenEndpointURI(), new ClientSecretBasic(client, secret),
                grant).build();
        return OIDCTokenResponseParser.parse(verzoek.toHTTPRequest().send());
    }
}
