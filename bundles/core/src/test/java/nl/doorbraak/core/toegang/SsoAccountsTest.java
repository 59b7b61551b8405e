package nl.doorbraak.core.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.toegang.Account;
import nl.doorbraak.api.toegang.Bron;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Inlogresultaat;
import nl.doorbraak.api.toegang.NieuwAccount;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.api.toegang.SsoAanmelding;
import nl.doorbraak.core.CoreOmgeving;

/** Sign-in through the gemeente's identity provider: the claims decide roles and tafels, Doorbraak can say no. */
class SsoAccountsTest {

    static final String IDP = "https://login.utrecht.example/realms/utrecht";
    static final Gebruiker PLATFORM = new Gebruiker("piet", "Piet", null, Set.of(Rol.PLATFORMBEHEERDER), Set.of());

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static GebruikerServiceImpl gebruikers;
    static AccountServiceImpl accounts;
    static Tafel overvecht;
    static Tafel friesland;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        gebruikers = o.gebruikers(false);
        accounts = o.accounts(false);
        overvecht = o.tafel("utrecht", "Overvecht");
        friesland = o.tafel("leeuwarden", "Friesland");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static Inlogresultaat aanmelding(String sub, String voorkeur, Set<Rol> rollen, Set<String> tafels) {
        return gebruikers.ssoAanmelding(new SsoAanmelding("utrecht", IDP, sub, voorkeur, "Naam " + sub, rollen,
                tafels));
    }

    @Test
    void deEersteAanmeldingMaaktHetAccountEnDeClaimsBeslissenDaarnaElkeKeer() {
        Inlogresultaat eerste = aanmelding("sub-1", "ria.utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of());
        assertThat(eerste.gelukt()).isTrue();
        assertThat(eerste.gebruiker().gebruikersnaam()).isEqualTo("ria.utrecht");
        assertThat(eerste.gebruiker().rollen()).containsExactly(Rol.CASUSREGISSEUR);
        Account a = accounts.lees(PLATFORM, "utrecht", "ria.utrecht");
        assertThat(a.bron()).isEqualTo(Bron.SSO);
        assertThat(a.wachtwoordGezet()).isFalse();

        Inlogresultaat later = aanmelding("sub-1", "ria.utrecht", Set.of(Rol.TAFELLID), Set.of(overvecht.id()));
        assertThat(later.gebruiker().rollen()).containsExactly(Rol.TAFELLID);
        assertThat(later.gebruiker().tafels()).containsExactly(overvecht.id());
        assertThat(accounts.audittrail(PLATFORM, "utrecht", "ria.utrecht")).extracting(AuditRegel::actie)
                .containsExactly("aangemaakt", "gewijzigd");
        assertThat(accounts.audittrail(PLATFORM, "utrecht", "ria.utrecht")).allSatisfy(r -> assertThat(r.door())
                .isEqualTo(SsoAccounts.DOOR));
        // the same claims again: nothing to audit
        aanmelding("sub-1", "ria.utrecht", Set.of(Rol.TAFELLID), Set.of(overvecht.id()));
        assertThat(accounts.audittrail(PLATFORM, "utrecht", "ria.utrecht")).hasSize(2);
    }

    @Test
    void zonderRolVanDeGemeenteKomtNiemandBinnenEnWordtNietsAangemaakt() {
        assertThat(aanmelding("sub-2", "zonder.rol", Set.of(), Set.of()).gelukt()).isFalse();
        // platform roles are not the identity provider of a gemeente's to give
        assertThat(aanmelding("sub-2", "zonder.rol", Set.of(Rol.PLATFORMBEHEERDER, Rol.RIJK), Set.of()).gelukt())
                .isFalse();
        // a tafellid of a tafel of another gemeente is no tafellid here
        assertThat(aanmelding("sub-2", "zonder.rol", Set.of(Rol.TAFELLID), Set.of(friesland.id())).gelukt()).isFalse();
        assertThat(o.tel("SELECT COUNT(*) FROM gebruiker WHERE sso_subject = 'sub-2'")).isZero();
        assertThat(gebruikers.ssoAanmelding(new SsoAanmelding("atlantis", IDP, "sub-2", null, "X",
                Set.of(Rol.CASUSREGISSEUR), Set.of())).gelukt()).isFalse();
    }

    @Test
    void eenGedeactiveerdAccountBlijftBuitenWatDeIdentityProviderOokZegt() {
        Gebruiker bea = beheerder();
        aanmelding("sub-3", "weg.utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of());
        accounts.deactiveer(bea, "utrecht", "weg.utrecht");
        assertThat(aanmelding("sub-3", "weg.utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of()).gelukt()).isFalse();
    }

    @Test
    void eenBezetteNaamGeeftEenEigenNaamEnEenVoorafGemaaktSsoAccountWordtGekoppeld() {
        Gebruiker bea = beheerder();
        accounts.maak(bea, new NieuwAccount("lokaal.utrecht", "Lokaal", "utrecht", Set.of(Rol.CASUSREGISSEUR),
                Set.of(), null, null));
        Inlogresultaat r = aanmelding("sub-4", "lokaal.utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of());
        assertThat(r.gebruiker().gebruikersnaam()).startsWith("sso.utrecht.").isNotEqualTo("lokaal.utrecht");

        accounts.maak(bea, new NieuwAccount("tom.sso", "Tom", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of(), null,
                Bron.SSO));
        Inlogresultaat tom = aanmelding("sub-5", "tom.sso", Set.of(Rol.CASUSREGISSEUR), Set.of());
        assertThat(tom.gebruiker().gebruikersnaam()).isEqualTo("tom.sso");
        // bound now: another subject proposing the same name gets a name of its own
        assertThat(aanmelding("sub-6", "tom.sso", Set.of(Rol.CASUSREGISSEUR), Set.of()).gebruiker().gebruikersnaam())
                .isNotEqualTo("tom.sso");
        // and it never logs in with a password of Doorbraak
        assertThat(gebruikers.inloggen("tom.sso", "".toCharArray(), null).gelukt()).isFalse();
    }

    private static Gebruiker beheerder() {
        String naam = "bea" + System.nanoTime() % 100_000 + ".utrecht";
        var n = accounts.maak(PLATFORM, new NieuwAccount(naam, "Bea", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER),
                Set.of(), null, null));
        gebruikers.herstel(naam, n.code().code(), "een zin voor de beheerder".toCharArray(), null);
        return gebruikers.inloggen(naam, "een zin voor de beheerder".toCharArray(), null).gebruiker();
    }
}
