package nl.doorbraak.core.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.NieuwContact;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.toegang.Account;
import nl.doorbraak.api.toegang.AccountFilter;
import nl.doorbraak.api.toegang.AccountWijziging;
import nl.doorbraak.api.toegang.Bron;
import nl.doorbraak.api.toegang.Eenmaligecode;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.NieuwAccount;
import nl.doorbraak.api.toegang.NieuwAccountMetCode;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;

/** User management with the rights decided in the core, on real H2. */
class AccountServiceTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static AccountServiceImpl accounts;
    static GebruikerServiceImpl gebruikers;
    static final Gebruiker PLATFORM = new Gebruiker("piet", "Piet Platform", null, Set.of(Rol.PLATFORMBEHEERDER),
            Set.of());
    static Tafel overvecht;
    static Tafel friesland;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        accounts = o.accounts(false);
        gebruikers = o.gebruikers(false);
        overvecht = o.tafel("utrecht", "Overvecht");
        friesland = o.tafel("leeuwarden", "Friesland");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static NieuwAccount nieuw(String naam, String gemeente, Set<Rol> rollen, Set<String> tafels) {
        return new NieuwAccount(naam, "Naam van " + naam, gemeente, rollen, tafels, null, null);
    }

    /** A gemeentebeheerder as the platformbeheerder creates it, with its own password chosen through the code. */
    static Gebruiker beheerder(String naam, String gemeente) {
        NieuwAccountMetCode n = accounts.maak(PLATFORM, nieuw(naam, gemeente, Set.of(Rol.GEMEENTEBEHEERDER), Set.of()));
        gebruikers.herstel(naam, n.code().code(), "een eigen lange zin van mij".toCharArray(), null);
        return gebruikers.inloggen(naam, "een eigen lange zin van mij".toCharArray(), null).gebruiker();
    }

    @Test
    void dePlatformbeheerderMaaktDeEersteGemeentebeheerderDieMetDeCodeZijnWachtwoordKiest() {
        NieuwAccountMetCode n = accounts.maak(PLATFORM, nieuw("bea.utrecht", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER),
                Set.of()));
        Account a = n.account();
        assertThat(a.gemeente()).isEqualTo("utrecht");
        assertThat(a.rollen()).containsExactly(Rol.GEMEENTEBEHEERDER);
        assertThat(a.wachtwoordGezet()).isFalse();
        assertThat(a.codeGeldigTot()).isEqualTo(o.klok.get().plus(java.time.Duration.ofHours(72)));
        Eenmaligecode code = n.code();
        assertThat(code.code()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(code.toString()).doesNotContain(code.code());
        // no password yet: nothing logs in
        assertThat(gebruikers.inloggen("bea.utrecht", "".toCharArray(), null).gelukt()).isFalse();
        gebruikers.herstel("bea.utrecht", code.code(), "zomer op het balkon in Overvecht".toCharArray(), null);
        assertThat(gebruikers.inloggen("bea.utrecht", "zomer op het balkon in Overvecht".toCharArray(), null)
                .gebruiker().rollen()).containsExactly(Rol.GEMEENTEBEHEERDER);
        Account daarna = accounts.lees(PLATFORM, "utrecht", "bea.utrecht");
        assertThat(daarna.wachtwoordGezet()).isTrue();
        assertThat(daarna.codeGeldigTot()).isNull();
        // the code never in the database, the audit or an event
        assertThat(o.tel("SELECT COUNT(*) FROM audit WHERE wijzigingen LIKE ?", "%" + code.code() + "%")).isZero();
        assertThat(o.tel("SELECT COUNT(*) FROM gebruiker WHERE code_hash LIKE ?", "%" + code.code() + "%")).isZero();
    }

    @Test
    void eenGemeenteDieLaterInDeConfiguratieKomtKrijgtOokEenBeheerder() {
        assertThatThrownBy(() -> accounts.maak(PLATFORM, nieuw("anna.almere", "almere", Set.of(Rol.GEMEENTEBEHEERDER),
                Set.of()))).isInstanceOf(NietGevondenException.class);
        o.gemeente("almere", "Gemeente Almere", "standaard");
        assertThat(accounts.maak(PLATFORM, nieuw("anna.almere", "almere", Set.of(Rol.GEMEENTEBEHEERDER), Set.of()))
                .account().gemeente()).isEqualTo("almere");
    }

    @Test
    void dePlatformbeheerderGeeftGeenRechtenOpCasussen() {
        assertThatThrownBy(() -> accounts.maak(PLATFORM, nieuw("cas.door.piet", "utrecht",
                Set.of(Rol.CASUSREGISSEUR), Set.of()))).isInstanceOf(GeenToegangException.class)
                .hasMessageContaining("casusregisseur");
        Gebruiker bea = beheerder("bea2.utrecht", "utrecht");
        Account regisseur = accounts.maak(bea, nieuw("ria2.utrecht", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of()))
                .account();
        // he sees it, but neither resets nor unlocks nor deactivates an account with casus rights
        assertThat(accounts.lees(PLATFORM, "utrecht", regisseur.gebruikersnaam()).rollen())
                .containsExactly(Rol.CASUSREGISSEUR);
        assertThatThrownBy(() -> accounts.nieuweCode(PLATFORM, "utrecht", regisseur.gebruikersnaam()))
                .isInstanceOf(GeenToegangException.class);
        assertThatThrownBy(() -> accounts.deactiveer(PLATFORM, "utrecht", regisseur.gebruikersnaam()))
                .isInstanceOf(GeenToegangException.class);
    }

    @Test
    void eenGemeentebeheerderBeheertZijnGemeenteEnGeeftAlleenHaarRollen() {
        Gebruiker bea = beheerder("bea3.utrecht", "utrecht");
        Account tom = accounts.maak(bea, nieuw("tom.utrecht", "utrecht", Set.of(Rol.TAFELLID),
                Set.of(overvecht.id()))).account();
        assertThat(tom.tafels()).containsExactly(overvecht.id());
        assertThat(accounts.maak(bea, nieuw("tijs.utrecht", "utrecht", Set.of(Rol.TRANSFORMAATJE), Set.of())).code())
                .isNotNull();
        // a tafel of another gemeente, a tafellid without tafel, tafels without the role: 400 per field
        assertThatThrownBy(() -> accounts.maak(bea, nieuw("x1.utrecht", "utrecht", Set.of(Rol.TAFELLID),
                Set.of(friesland.id())))).isInstanceOf(OngeldigeInvoerException.class)
                .satisfies(e -> assertThat(velden(e)).containsExactly("tafels"));
        assertThatThrownBy(() -> accounts.maak(bea, nieuw("x2.utrecht", "utrecht", Set.of(Rol.TAFELLID), Set.of())))
                .isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> accounts.maak(bea, nieuw("x3.utrecht", "utrecht", Set.of(Rol.CASUSREGISSEUR),
                Set.of(overvecht.id())))).isInstanceOf(OngeldigeInvoerException.class);
        // platform roles are not the gemeente's to give
        assertThatThrownBy(() -> accounts.maak(bea, nieuw("x4.utrecht", "utrecht", Set.of(Rol.PLATFORMBEHEERDER),
                Set.of()))).isInstanceOf(OngeldigeInvoerException.class)
                .satisfies(e -> assertThat(velden(e)).containsExactly("rollen"));
        assertThatThrownBy(() -> accounts.maak(bea, nieuw("x5", "", Set.of(Rol.RIJK), Set.of())))
                .isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> accounts.maak(bea, new NieuwAccount("x6", "X", null, Set.of(Rol.RIJK), Set.of(), null,
                null))).isInstanceOf(GeenToegangException.class);
        // another gemeente does not exist for her; the platform list is not hers
        assertThatThrownBy(() -> accounts.lijst(bea, "leeuwarden", null, 1, 20))
                .isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> accounts.lees(bea, "utrecht", "piet")).isInstanceOf(NietGevondenException.class);
        // a user without the role: 403
        Gebruiker ria = new Gebruiker("ria", "Ria", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of());
        assertThatThrownBy(() -> accounts.lijst(ria, "utrecht", null, 1, 20)).isInstanceOf(GeenToegangException.class);
    }

    @Test
    void namenZijnUniekEnVolgenDeRegels() {
        Gebruiker bea = beheerder("bea4.utrecht", "utrecht");
        accounts.maak(bea, nieuw("dubbel", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of()));
        assertThatThrownBy(() -> accounts.maak(bea, nieuw("dubbel", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of())))
                .isInstanceOf(ConflictException.class);
        for (String fout : List.of("Hoofdletter", "a", "met spatie", "nul\u0000byte", "-begint-met-streep")) {
            assertThatThrownBy(() -> accounts.maak(bea, nieuw(fout, "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of())))
                    .as(fout).isInstanceOf(OngeldigeInvoerException.class);
        }
        assertThat(accounts.maak(bea, nieuw("j.devries@utrecht.nl", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of()))
                .account().gebruikersnaam()).isEqualTo("j.devries@utrecht.nl");
    }

    @Test
    void eenGebruikerHoortBijEenContactVanDeKorteLijnenVanZijnEigenGemeente() {
        Gebruiker bea = beheerder("bea5.utrecht", "utrecht");
        Contact marieke = o.contacten.maak("utrecht", new NieuwContact("Woningcorporatie", "Marieke de Vries",
                "Incasso", "Ontruiming opschorten", new BigDecimal("2500"), null, "06-12345678", null, false, false, null,
                null), "test");
        Contact fries = o.contacten.maak("leeuwarden", new NieuwContact("CJIB", "Fries", null, null, null, null,
                "06-12345679", null, false, false, null, null), "test");
        Account a = accounts.maak(bea, new NieuwAccount("marieke.utrecht", "Marieke de Vries", "utrecht",
                Set.of(Rol.TAFELLID), Set.of(overvecht.id()), marieke.id(), null)).account();
        assertThat(a.contactId()).isEqualTo(marieke.id());
        assertThatThrownBy(() -> accounts.maak(bea, new NieuwAccount("fries.utrecht", "Fries", "utrecht",
                Set.of(Rol.CASUSREGISSEUR), Set.of(), fries.id(), null))).isInstanceOf(OngeldigeInvoerException.class)
                .satisfies(e -> assertThat(velden(e)).containsExactly("contactId"));
        Account los = accounts.wijzig(bea, "utrecht", a.gebruikersnaam(), a.versie(), new AccountWijziging(a.naam(),
                a.rollen(), a.tafels(), null, true));
        assertThat(los.contactId()).isNull();
        assertThat(los.versie()).isEqualTo(a.versie() + 1);
    }

    @Test
    void niemandWijzigtZijnEigenRollenEnDeLaatsteBeheerderBlijft() {
        o.gemeente("zwolle", "Gemeente Zwolle", "standaard");
        Gebruiker eerste = beheerder("eerste.zwolle", "zwolle");
        Account zelf = accounts.lees(eerste, "zwolle", "eerste.zwolle");
        assertThatThrownBy(() -> accounts.wijzig(eerste, "zwolle", "eerste.zwolle", zelf.versie(),
                new AccountWijziging(zelf.naam(), Set.of(Rol.GEMEENTEBEHEERDER, Rol.CASUSREGISSEUR), Set.of(), null,
                        true))).isInstanceOf(GeenToegangException.class);
        assertThatThrownBy(() -> accounts.deactiveer(eerste, "zwolle", "eerste.zwolle"))
                .isInstanceOf(GeenToegangException.class);
        // the platformbeheerder may, but not the last one
        assertThatThrownBy(() -> accounts.deactiveer(PLATFORM, "zwolle", "eerste.zwolle"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("laatste actieve gemeentebeheerder");
        Account tweede = accounts.maak(eerste, nieuw("tweede.zwolle", "zwolle", Set.of(Rol.GEMEENTEBEHEERDER,
                Rol.CASUSREGISSEUR), Set.of())).account();
        // taking the role away from the last-but-one works; from the last one it does not
        accounts.wijzig(eerste, "zwolle", tweede.gebruikersnaam(), tweede.versie(), new AccountWijziging(tweede.naam(),
                Set.of(Rol.CASUSREGISSEUR), Set.of(), null, true));
        assertThatThrownBy(() -> accounts.deactiveer(PLATFORM, "zwolle", "eerste.zwolle"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void tweeBeheerdersDieElkaarTegelijkVerwijderenLukkenNietAllebei() throws Exception {
        for (int ronde = 0; ronde < 5; ronde++) {
            String gemeente = "deventer" + ronde;
            o.gemeente(gemeente, "Gemeente Deventer " + ronde, "standaard");
            Gebruiker a = beheerder("a." + gemeente, gemeente);
            Gebruiker b = beheerder("b." + gemeente, gemeente);
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Boolean>> pogingen = new ArrayList<>();
            for (Gebruiker[] paar : List.of(new Gebruiker[] { a, b }, new Gebruiker[] { b, a })) {
                pogingen.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        accounts.deactiveer(paar[0], gemeente, paar[1].gebruikersnaam());
                        return true;
                    } catch (ConflictException e) {
                        return false;
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            start.countDown();
            long gelukt = 0;
            for (CompletableFuture<Boolean> p : pogingen) {
                gelukt += p.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(gelukt).isLessThanOrEqualTo(1);
            assertThat(o.tel("SELECT COUNT(*) FROM gebruiker WHERE gemeente = ? AND actief = TRUE", gemeente))
                    .isEqualTo(2 - gelukt);
        }
    }

    @Test
    void platformaccountsBeheertAlleenDePlatformbeheerder() {
        Account rijk = accounts.maak(PLATFORM, new NieuwAccount("szw.contact", "SZW", null, Set.of(Rol.RIJK), Set.of(),
                null, null)).account();
        assertThat(rijk.gemeente()).isNull();
        assertThatThrownBy(() -> accounts.maak(PLATFORM, new NieuwAccount("rijk.met.casus", "X", null,
                Set.of(Rol.CASUSREGISSEUR), Set.of(), null, null))).isInstanceOf(OngeldigeInvoerException.class);
        assertThat(accounts.lijst(PLATFORM, null, new AccountFilter(Rol.RIJK, true, false), 1, 20).results())
                .extracting(Account::gebruikersnaam).contains("szw.contact");
        Gebruiker bea = beheerder("bea6.utrecht", "utrecht");
        assertThatThrownBy(() -> accounts.lijst(bea, null, null, 1, 20)).isInstanceOf(GeenToegangException.class);
        assertThatThrownBy(() -> accounts.adresblokkades(bea)).isInstanceOf(GeenToegangException.class);
    }

    @Test
    void ssoAccountsHebbenGeenCodeEnGedeactiveerdeKrijgenErGeen() {
        Gebruiker bea = beheerder("bea7.utrecht", "utrecht");
        NieuwAccountMetCode sso = accounts.maak(bea, new NieuwAccount("sso.gebruiker", "Via de IdP", "utrecht",
                Set.of(Rol.CASUSREGISSEUR), Set.of(), null, Bron.SSO));
        assertThat(sso.code()).isNull();
        assertThatThrownBy(() -> accounts.nieuweCode(bea, "utrecht", "sso.gebruiker"))
                .isInstanceOf(ConflictException.class);
        accounts.maak(bea, nieuw("weg.utrecht", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of()));
        accounts.deactiveer(bea, "utrecht", "weg.utrecht");
        assertThatThrownBy(() -> accounts.nieuweCode(bea, "utrecht", "weg.utrecht"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void elkeWijzigingStaatInDeAudittrailEnWordtMeteenGemeld() {
        Gebruiker bea = beheerder("bea8.utrecht", "utrecht");
        int voor = o.events(DoorbraakEvents.GEBRUIKER_GEWIJZIGD).size();
        Account a = accounts.maak(bea, nieuw("gevolgd.utrecht", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of()))
                .account();
        a = accounts.wijzig(bea, "utrecht", a.gebruikersnaam(), a.versie(), new AccountWijziging("Nieuwe naam",
                Set.of(Rol.CASUSREGISSEUR, Rol.TAFELLID), Set.of(overvecht.id()), null, true));
        accounts.nieuweCode(bea, "utrecht", a.gebruikersnaam());
        for (int i = 0; i < 5; i++) {
            gebruikers.inloggen(a.gebruikersnaam(), ("fout" + i).toCharArray(), null);
            o.wacht(java.time.Duration.ofSeconds(10));
        }
        assertThat(accounts.lijst(bea, "utrecht", new AccountFilter(null, null, true), 1, 20).results())
                .extracting(Account::gebruikersnaam).containsExactly(a.gebruikersnaam());
        accounts.deblokkeer(bea, "utrecht", a.gebruikersnaam());
        accounts.deactiveer(bea, "utrecht", a.gebruikersnaam());
        o.wacht(java.time.Duration.ofMinutes(20));

        List<AuditRegel> regels = accounts.audittrail(bea, "utrecht", a.gebruikersnaam());
        assertThat(regels).extracting(AuditRegel::actie).containsExactly("aangemaakt", "gewijzigd", "code uitgegeven",
                "gedeblokkeerd", "gedeactiveerd");
        assertThat(regels).allSatisfy(r -> assertThat(r.door()).isEqualTo("bea8.utrecht"));
        assertThat(regels.get(1).wijzigingen()).extracting(AuditRegel.Veldwijziging::veld)
                .containsExactly("naam", "rollen", "tafels");
        assertThat(o.events(DoorbraakEvents.GEBRUIKER_GEWIJZIGD).subList(voor, voor + 5))
                .extracting(e -> e.getProperty(DoorbraakEvents.WAT))
                .containsExactly("aangemaakt", "gewijzigd", "code", "gedeblokkeerd", "gedeactiveerd");
    }

    private static List<String> velden(Throwable e) {
        return ((OngeldigeInvoerException) e).fouten().stream().map(f -> f.naam()).distinct().toList();
    }
}
