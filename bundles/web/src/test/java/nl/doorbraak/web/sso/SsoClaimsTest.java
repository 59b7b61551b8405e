package nl.doorbraak.web.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.api.toegang.SsoAanmelding;

/** Van claims naar rollen en tafels, zoals de gemeente het instelde. */
class SsoClaimsTest {

    static SsoInstelling instelling(Map<String, String> extra) {
        Map<String, String> m = SsoInstellingTest.utrecht("https://login.utrecht.example/realms/x", Path.of("/geheim"));
        m.putAll(extra);
        List<String> fouten = new ArrayList<>();
        SsoInstelling i = SsoInstelling.lees(SsoInstellingTest.config(m), null, fouten);
        assertThat(fouten).isEmpty();
        return i;
    }

    @Test
    void zonderKoppelingTellenDeRolcodesVanEenGemeente() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", "https://login.utrecht.example/realms/x");
        claims.put("sub", "f3a1");
        claims.put("preferred_username", "ria.utrecht");
        claims.put("name", "Ria de Vries");
        claims.put("doorbraak_rollen", List.of("casusregisseur", "platformbeheerder", "rijk", "manager", "tafellid"));
        claims.put("doorbraak_tafels", List.of("t-1", "t-2", "t-1"));
        SsoAanmelding a = SsoClaims.aanmelding(instelling(Map.of()), claims);
        assertThat(a.gemeente()).isEqualTo("utrecht");
        assertThat(a.issuer()).isEqualTo("https://login.utrecht.example/realms/x");
        assertThat(a.subject()).isEqualTo("f3a1");
        assertThat(a.voorkeursnaam()).isEqualTo("ria.utrecht");
        assertThat(a.naam()).isEqualTo("Ria de Vries");
        // platform roles are never a gemeente's identity provider's to give
        assertThat(a.rollen()).containsExactlyInAnyOrder(Rol.CASUSREGISSEUR, Rol.TAFELLID);
        assertThat(a.tafels()).containsExactlyInAnyOrder("t-1", "t-2");
    }

    @Test
    void metKoppelingTellenAlleenDeGekoppeldeWaarden() {
        SsoInstelling i = instelling(Map.of("rolKoppeling", "Doorbraak.Regie=casusregisseur, Doorbraak.Beheer=gemeentebeheerder",
                "rollenClaim", "roles"));
        Map<String, Object> claims = Map.of("sub", "x", "roles", List.of("Doorbraak.Regie", "casusregisseur", "tafellid"));
        assertThat(SsoClaims.aanmelding(i, claims).rollen()).containsExactly(Rol.CASUSREGISSEUR);
        assertThat(SsoClaims.aanmelding(i, Map.of("sub", "x", "roles", List.of("tafellid"))).rollen()).isEmpty();
    }

    @Test
    void eenTekstIsEenOfMeerWaardenEnEenPadMetPuntenGaatDoorGenesteClaims() {
        SsoInstelling i = instelling(Map.of("rollenClaim", "resource_access.doorbraak.roles", "tafelsClaim", "tafel",
                "naamClaim", "https://gemeente.nl/naam"));
        Map<String, Object> claims = new HashMap<>();
        claims.put("resource_access", Map.of("doorbraak", Map.of("roles", List.of("gemeentebeheerder"))));
        claims.put("tafel", "t-9 t-10,t-11");
        claims.put("https://gemeente.nl/naam", "Piet");
        SsoAanmelding a = SsoClaims.aanmelding(i, claims);
        assertThat(a.rollen()).containsExactly(Rol.GEMEENTEBEHEERDER);
        assertThat(a.tafels()).containsExactlyInAnyOrder("t-9", "t-10", "t-11");
        assertThat(a.naam()).isEqualTo("Piet");
    }

    @Test
    void watGeenTekstIsTeltNiet() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "x");
        claims.put("preferred_username", List.of("a", "b"));
        claims.put("doorbraak_rollen", List.of(42, Map.of("rol", "casusregisseur"), "casusregisseur"));
        claims.put("doorbraak_tafels", 7);
        SsoAanmelding a = SsoClaims.aanmelding(instelling(Map.of()), claims);
        assertThat(a.voorkeursnaam()).isNull();
        assertThat(a.rollen()).containsExactly(Rol.CASUSREGISSEUR);
        assertThat(a.tafels()).isEmpty();
        assertThat(a.issuer()).isNull();
        assertThat(SsoClaims.waarden("x".repeat(SsoClaims.MAX_LENGTE + 1))).isEmpty();
    }
}
