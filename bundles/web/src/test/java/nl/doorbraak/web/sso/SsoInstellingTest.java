package nl.doorbraak.web.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.doorbraak.api.toegang.Rol;

/** Een bestand config/nl.doorbraak.sso-<gemeente>.cfg lezen: standaarden, fouten in het Nederlands, de rolkoppeling. */
public class SsoInstellingTest {

    /** Een configuratie zoals DS haar geeft: de waarden uit het bestand, anders de standaard van de annotatie. */
    public static SsoConfiguratie config(Map<String, String> waarden) {
        return (SsoConfiguratie) Proxy.newProxyInstance(SsoConfiguratie.class.getClassLoader(),
                new Class<?>[] { SsoConfiguratie.class }, (proxy, m, args) -> {
                    if (m.getName().equals("annotationType")) {
                        return SsoConfiguratie.class;
                    }
                    if (m.getDeclaringClass() == Object.class) {
                        return m.getName().equals("hashCode") ? 0 : m.getName().equals("equals") ? proxy == args[0]
                                : "config";
                    }
                    return waarden.containsKey(m.getName()) ? waarden.get(m.getName()) : m.getDefaultValue();
                });
    }

    public static Map<String, String> utrecht(String issuer, Path geheim) {
        Map<String, String> m = new HashMap<>();
        m.put("gemeente", "utrecht");
        m.put("issuer", issuer);
        m.put("clientId", "doorbraak");
        m.put("clientSecretBestand", geheim.toString());
        return m;
    }

    @Test
    void eenMinimaalBestandKrijgtDeStandaarden() {
        List<String> fouten = new ArrayList<>();
        SsoInstelling i = SsoInstelling.lees(config(utrecht("https://login.utrecht.example/realms/medewerkers",
                Path.of("/etc/doorbraak/geheim"))), null, fouten);
        assertThat(fouten).isEmpty();
        assertThat(i.gemeente()).isEqualTo("utrecht");
        assertThat(i.scopes()).containsExactly("openid", "profile");
        assertThat(i.rollenClaim()).isEqualTo("doorbraak_rollen");
        assertThat(i.tafelsClaim()).isEqualTo("doorbraak_tafels");
        assertThat(i.gebruikersnaamClaim()).isEqualTo("preferred_username");
        assertThat(i.naamClaim()).isEqualTo("name");
        assertThat(i.rolKoppeling()).isEmpty();
        assertThat(i.toString()).doesNotContain("geheim");
    }

    @Test
    void eenRelatiefPadIsTenOpzichteVanDeInstallatiemapEnOpenidKomtAltijdMee() {
        Map<String, String> m = utrecht("http://localhost:8180/realms/utrecht", Path.of("config/sso-utrecht.geheim"));
        m.put("scopes", "profile, email  groups");
        List<String> fouten = new ArrayList<>();
        SsoInstelling i = SsoInstelling.lees(config(m), Path.of("/opt/doorbraak"), fouten);
        assertThat(fouten).isEmpty();
        assertThat(i.clientSecretBestand()).isEqualTo(Path.of("/opt/doorbraak/config/sso-utrecht.geheim"));
        assertThat(i.scopes()).containsExactly("openid", "profile", "email", "groups");
    }

    @Test
    void ontbrekendeEnOngeldigeWaardenNoemenElkeFout() {
        Map<String, String> m = new HashMap<>();
        m.put("gemeente", "Utrecht!");
        m.put("issuer", "http://login.utrecht.example/realms/x");
        m.put("rollenClaim", "mijn rollen");
        List<String> fouten = new ArrayList<>();
        assertThat(SsoInstelling.lees(config(m), null, fouten)).isNull();
        assertThat(String.join("\n", fouten)).contains("gemeente 'Utrecht!'", "moet met https beginnen",
                "clientId ontbreekt", "clientSecretBestand ontbreekt", "rollenClaim 'mijn rollen'");
    }

    @Test
    void eenIssuerMetQueryOfGebruikerKanNiet() {
        assertThat(SsoInstelling.issuerProbleem("https://login.example/realms/x")).isNull();
        assertThat(SsoInstelling.issuerProbleem("http://127.0.0.1:8180/realms/x")).isNull();
        assertThat(SsoInstelling.issuerProbleem("https://login.example/?tenant=x")).isNotNull();
        assertThat(SsoInstelling.issuerProbleem("https://piet@login.example/")).isNotNull();
        assertThat(SsoInstelling.issuerProbleem("ftp://login.example/")).isNotNull();
        assertThat(SsoInstelling.issuerProbleem("login.example")).isNotNull();
    }

    @Test
    void deRolkoppelingGeeftAlleenRollenVanEenGemeente() {
        List<String> fouten = new ArrayList<>();
        Map<String, Set<Rol>> k = SsoInstelling.rolKoppeling(
                "DoorbraakRegisseur=casusregisseur, Beheer=gemeentebeheerder,Beheer=casusregisseur,,", fouten);
        assertThat(fouten).isEmpty();
        assertThat(k).containsEntry("DoorbraakRegisseur", Set.of(Rol.CASUSREGISSEUR))
                .containsEntry("Beheer", Set.of(Rol.GEMEENTEBEHEERDER, Rol.CASUSREGISSEUR));

        SsoInstelling.rolKoppeling("Baas=platformbeheerder, Iets, X=onbekend", fouten);
        assertThat(fouten).hasSize(3).allSatisfy(f -> assertThat(f).contains("moet waarde=rol zijn"));
    }
}
