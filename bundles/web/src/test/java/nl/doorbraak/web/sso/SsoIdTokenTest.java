package nl.doorbraak.web.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

/**
 * Hoe de web-bundle de validator van Nimbus instelt (geen eigen tokencontrole): alleen asymmetrische handtekeningen
 * met de sleutels van de provider, deze issuer, deze client als audience, de nonce van de aanmelding, een kleine
 * klokafwijking. De tokens hier tekent de test zelf met een sleutel die als "JWKS van de provider" dient; tegen een
 * echte identity provider: SsoIT.
 */
class SsoIdTokenTest {

    static final String ISSUER = "https://login.utrecht.example/realms/medewerkers";
    static RSAKey sleutel;
    static IDTokenValidator validator;
    static final Nonce NONCE = new Nonce();

    @BeforeAll
    static void maak() throws Exception {
        sleutel = new RSAKeyGenerator(2048).keyID("k1").generate();
        SsoInstelling i = SsoClaimsTest.instelling(Map.of("issuer", ISSUER));
        Set<JWSAlgorithm> algoritmen = SsoKoppeling.algoritmen(List.of(JWSAlgorithm.RS256, JWSAlgorithm.HS256,
                JWSAlgorithm.EdDSA));
        validator = SsoKoppeling.validator(i, new Issuer(ISSUER), algoritmen,
                new ImmutableJWKSet<>(new JWKSet(sleutel.toPublicJWK())));
    }

    static JWTClaimsSet.Builder claims() {
        long nu = System.currentTimeMillis();
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("f3a1").audience("doorbraak")
                .expirationTime(new Date(nu + 300_000)).issueTime(new Date(nu)).claim("nonce", NONCE.getValue())
                .claim("doorbraak_rollen", List.of("casusregisseur"));
    }

    static SignedJWT getekend(JWTClaimsSet c, RSAKey met) throws Exception {
        SignedJWT t = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(met.getKeyID()).build(), c);
        t.sign(new RSASSASigner(met));
        return t;
    }

    @Test
    void eenGoedTokenVanDeProviderGaatDoor() throws Exception {
        assertThat(validator.validate(getekend(claims().build(), sleutel), NONCE).getSubject().getValue())
                .isEqualTo("f3a1");
    }

    @Test
    void eenAndereSleutelEenAndereIssuerOfAudienceEenAndereNonceOfVerlopenWordtGeweigerd() throws Exception {
        RSAKey vreemd = new RSAKeyGenerator(2048).keyID("k1").generate();
        assertThatThrownBy(() -> validator.validate(getekend(claims().build(), vreemd), NONCE))
                .isInstanceOf(BadJOSEException.class);
        assertThatThrownBy(() -> validator.validate(getekend(claims().issuer("https://elders.example").build(),
                sleutel), NONCE)).isInstanceOf(BadJOSEException.class);
        assertThatThrownBy(() -> validator.validate(getekend(claims().audience("iemand-anders").build(), sleutel),
                NONCE)).isInstanceOf(BadJOSEException.class);
        assertThatThrownBy(() -> validator.validate(getekend(claims().build(), sleutel), new Nonce()))
                .isInstanceOf(BadJOSEException.class);
        long nu = System.currentTimeMillis();
        assertThatThrownBy(() -> validator.validate(getekend(claims().expirationTime(new Date(nu - 120_000))
                .issueTime(new Date(nu - 420_000)).build(), sleutel), NONCE)).isInstanceOf(BadJOSEException.class);
    }

    @Test
    void eenKlokDieEvenAchterlooptWordtVerdragen() throws Exception {
        long nu = System.currentTimeMillis();
        assertThat(validator.validate(getekend(claims().expirationTime(new Date(nu - 30_000)).build(), sleutel), NONCE))
                .isNotNull();
    }

    @Test
    void eenTokenZonderHandtekeningOfMetEenGedeeldGeheimWordtGeweigerd() throws Exception {
        assertThatThrownBy(() -> validator.validate(new PlainJWT(claims().build()), NONCE))
                .isInstanceOf(BadJOSEException.class);
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
        hmac.sign(new MACSigner("een-gedeeld-geheim-van-minstens-32-bytes!!"));
        assertThatThrownBy(() -> validator.validate(hmac, NONCE)).isInstanceOf(BadJOSEException.class);
    }

    @Test
    void alleenRsaEnEcTellenEnZonderOpgaveRs256() {
        assertThat(SsoKoppeling.algoritmen(List.of(JWSAlgorithm.HS256, JWSAlgorithm.RS256, JWSAlgorithm.ES256,
                JWSAlgorithm.PS256, JWSAlgorithm.EdDSA))).containsExactly(JWSAlgorithm.RS256, JWSAlgorithm.ES256,
                        JWSAlgorithm.PS256);
        assertThat(SsoKoppeling.algoritmen(null)).containsExactly(JWSAlgorithm.RS256);
        assertThat(SsoKoppeling.algoritmen(List.of(JWSAlgorithm.HS512))).containsExactly(JWSAlgorithm.RS256);
    }
}
