package nl.doorbraak.core.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.TeVeelPogingenException;
import nl.doorbraak.api.toegang.Bron;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Inlogresultaat;
import nl.doorbraak.api.toegang.Inlogresultaat.Uitkomst;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;

/** Logins against real H2: hashes, the brute-force rules, the own password, one-time codes. */
class GebruikerServiceTest {

    static final String GOED = "Eerst mensen, dan regels";

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static final Wachtwoorden WACHTWOORDEN = new Wachtwoorden(CoreOmgeving.TEST_ITERATIES);

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    /** A fresh local account with password {@link #GOED}. */
    static String account(String naam, boolean demo) {
        o.db.inTransactie(c -> {
            new GebruikerStore().voegToe(c, new Gebruiker(naam, "Jessica van den Toorn", "utrecht",
                    Set.of(Rol.CASUSREGISSEUR), Set.of()), WACHTWOORDEN.hash(GOED.toCharArray()), demo);
            return null;
        });
        return naam;
    }

    static Inlogresultaat log(String naam, String wachtwoord, String adres) {
        return o.gebruikers(false).inloggen(naam, wachtwoord.toCharArray(), adres);
    }

    @Test
    void wachtwoordenZijnGezoutenTrageHashes() {
        Wachtwoorden echt = new Wachtwoorden();
        String a = echt.hash("demo".toCharArray());
        String b = echt.hash("demo".toCharArray());
        String[] delen = a.split("\\$");

        assertThat(delen).hasSize(4);
        assertThat(delen[0]).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(Integer.parseInt(delen[1])).isEqualTo(600_000); // OWASP's current figure
        assertThat(java.util.Base64.getDecoder().decode(delen[2])).hasSize(16);
        assertThat(a).isNotEqualTo(b).doesNotContain("demo");
        assertThat(echt.klopt("demo".toCharArray(), a)).isTrue();
        assertThat(echt.klopt("Demo".toCharArray(), a)).isFalse();
        assertThat(echt.klopt("demo".toCharArray(), "demo")).isFalse();
        assertThat(echt.klopt("demo".toCharArray(), "PBKDF2WithHmacSHA256$x$y$z")).isFalse();
    }

    @Test
    void eenGewoneGebruikerLogtInMetHetJuisteWachtwoord() {
        String naam = account("jessica", false);
        Inlogresultaat r = log(naam, GOED, "10.0.0.1");
        assertThat(r.uitkomst()).isEqualTo(Uitkomst.GELUKT);
        assertThat(r.gebruiker().gemeente()).isEqualTo("utrecht");
        assertThat(r.gebruiker().rollen()).containsExactly(Rol.CASUSREGISSEUR);
        assertThat(r.wachtwoordWijzigen()).isFalse();
        // typed with capitals and spaces around: the same account
        assertThat(log("  Jessica ", GOED, "10.0.0.1").gelukt()).isTrue();
        assertThat(log(naam, "eerst mensen", "10.0.0.1").uitkomst()).isEqualTo(Uitkomst.GEWEIGERD);
        assertThat(log("onbekend", "x", "10.0.0.1").uitkomst()).isEqualTo(Uitkomst.GEWEIGERD);
        assertThat(o.gebruikers(false).zoek(naam)).contains(r.gebruiker());
        assertThat(o.tel("SELECT COUNT(*) FROM gebruiker WHERE gebruikersnaam = ? AND laatst_ingelogd IS NOT NULL",
                naam)).isEqualTo(1);
    }

    @Test
    void demoAccountsWerkenAlleenInDemomodus() {
        String naam = account("demo-regisseur", true);
        assertThat(o.gebruikers(false).inloggen(naam, GOED.toCharArray(), null).gelukt()).isFalse();
        assertThat(o.gebruikers(false).zoek(naam)).isEmpty();
        assertThat(o.gebruikers(true).inloggen(naam, GOED.toCharArray(), null).gelukt()).isTrue();
        assertThat(o.gebruikers(true).zoek(naam)).isPresent();
    }

    @Test
    void eenInactieveGebruikerKomtNietBinnen() {
        String naam = account("vertrokken", false);
        o.sql("UPDATE gebruiker SET actief = FALSE WHERE gebruikersnaam = ?", naam);
        assertThat(log(naam, GOED, null).gelukt()).isFalse();
        assertThat(o.gebruikers(false).zoek(naam)).isEmpty();
    }

    @Test
    void naDeDerdeMisluktePogingWachtElkeVolgendeLangerEnDeVijfdeBlokkeert() {
        String naam = account("doelwit", false);
        String adres = "10.0.1.1";
        assertThat(log(naam, "fout-1", adres).uitkomst()).isEqualTo(Uitkomst.GEWEIGERD);
        assertThat(log(naam, "fout-2", adres).uitkomst()).isEqualTo(Uitkomst.GEWEIGERD);
        assertThat(log(naam, "fout-3", adres).uitkomst()).isEqualTo(Uitkomst.GEWEIGERD);
        // the fourth comes too soon: refused without looking at the password, even the right one
        Inlogresultaat teSnel = log(naam, GOED, adres);
        assertThat(teSnel.uitkomst()).isEqualTo(Uitkomst.TE_VEEL_POGINGEN);
        assertThat(teSnel.opnieuwNaSeconden()).isEqualTo(1);
        o.wacht(Duration.ofSeconds(1));
        assertThat(log(naam, "fout-4", adres).uitkomst()).isEqualTo(Uitkomst.GEWEIGERD);
        assertThat(log(naam, GOED, adres).opnieuwNaSeconden()).isEqualTo(2);
        o.wacht(Duration.ofSeconds(2));
        assertThat(log(naam, "fout-5", adres).uitkomst()).isEqualTo(Uitkomst.GEWEIGERD);
        // locked now, for the configured 15 minutes, whatever the password
        Inlogresultaat blok = log(naam, GOED, adres);
        assertThat(blok.uitkomst()).isEqualTo(Uitkomst.TE_VEEL_POGINGEN);
        assertThat(blok.opnieuwNaSeconden()).isBetween(14 * 60, 15 * 60);
        assertThat(o.tel("SELECT mislukte_pogingen FROM gebruiker WHERE gebruikersnaam = ?", naam)).isEqualTo(5);
        o.wacht(Duration.ofMinutes(15));
        assertThat(log(naam, GOED, adres).gelukt()).isTrue();
        assertThat(o.tel("SELECT mislukte_pogingen FROM gebruiker WHERE gebruikersnaam = ?", naam)).isZero();
    }

    @Test
    void eenOnbekendeNaamKrijgtPreciesDezelfdeAntwoordenAlsEenBestaand() {
        String naam = account("bestaand", false);
        List<String> bestaand = reeks(naam, "10.0.2.1");
        List<String> onbekend = reeks("bestaat-niet", "10.0.2.2");
        assertThat(onbekend).isEqualTo(bestaand);
        assertThat(bestaand).contains("TE_VEEL_POGINGEN/1", "TE_VEEL_POGINGEN/900");
    }

    /** Eight attempts with waits in between, as an attacker would: what each answer was. */
    private static List<String> reeks(String naam, String adres) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Inlogresultaat r = log(naam, "verkeerd-" + i, adres);
            l.add(r.uitkomst() + "/" + r.opnieuwNaSeconden());
            if (r.uitkomst() == Uitkomst.TE_VEEL_POGINGEN && r.opnieuwNaSeconden() < 60) {
                o.wacht(Duration.ofSeconds(r.opnieuwNaSeconden()));
            }
        }
        o.wacht(Duration.ofMinutes(16)); // leave the clock past every lock for other tests
        return l;
    }

    @Test
    void onbekendeNaamEnVerkeerdWachtwoordKostenEvenveelHashwerk() {
        String naam = account("gelijk-werk", false);
        // a hash from before the cost rose: a wrong password for it must cost as much as for an unknown name
        o.sql("UPDATE gebruiker SET wachtwoord_hash = ? WHERE gebruikersnaam = ?",
                new Wachtwoorden(CoreOmgeving.TEST_ITERATIES / 2).hash(GOED.toCharArray()), naam);
        List<Integer> onbekend = new CopyOnWriteArrayList<>();
        List<Integer> verkeerd = new CopyOnWriteArrayList<>();
        List<Integer> zonderWachtwoord = new CopyOnWriteArrayList<>();
        o.bewaker.hashmeter(onbekend::add);
        log("niemand-hier", "verkeerd", "10.0.3.1");
        o.bewaker.hashmeter(verkeerd::add);
        log(naam, "verkeerd", "10.0.3.2");
        String nieuw = account("nog-zonder-wachtwoord", false);
        o.sql("UPDATE gebruiker SET wachtwoord_hash = NULL WHERE gebruikersnaam = ?", nieuw);
        o.bewaker.hashmeter(zonderWachtwoord::add);
        log(nieuw, "verkeerd", "10.0.3.3");
        o.bewaker.hashmeter(n -> { });
        int werk = CoreOmgeving.TEST_ITERATIES;
        assertThat(onbekend.stream().mapToInt(Integer::intValue).sum()).isEqualTo(werk);
        assertThat(verkeerd.stream().mapToInt(Integer::intValue).sum()).isEqualTo(werk);
        assertThat(zonderWachtwoord.stream().mapToInt(Integer::intValue).sum()).isEqualTo(werk);
    }

    @Test
    void eenHashVanVoordatDeKostenStegenWordtBijDeVolgendeLoginVernieuwd() {
        String naam = account("oude-hash", false);
        String oud = new Wachtwoorden(CoreOmgeving.TEST_ITERATIES / 2).hash(GOED.toCharArray());
        o.sql("UPDATE gebruiker SET wachtwoord_hash = ? WHERE gebruikersnaam = ?", oud, naam);
        assertThat(log(naam, GOED, null).gelukt()).isTrue();
        assertThat(o.tel("SELECT COUNT(*) FROM gebruiker WHERE gebruikersnaam = ? AND wachtwoord_hash LIKE ?", naam,
                "PBKDF2WithHmacSHA256$" + CoreOmgeving.TEST_ITERATIES + "$%")).isEqualTo(1);
        assertThat(log(naam, GOED, null).gelukt()).isTrue();
    }

    @Test
    void vanEenAdresMetTeVeelMislukkingenOverAlleAccountsKanNiemandMeerInloggen() {
        String adres = "10.0.4.4";
        for (int i = 0; i < 20; i++) {
            assertThat(log("gok-" + i, "x", adres).uitkomst()).isEqualTo(Uitkomst.GEWEIGERD);
        }
        String naam = account("onschuldig", false);
        assertThat(log(naam, GOED, adres).uitkomst()).isEqualTo(Uitkomst.TE_VEEL_POGINGEN);
        assertThat(log(naam, GOED, "10.0.4.5").gelukt()).isTrue();
        assertThat(o.bewaker.adressen()).anySatisfy(b -> {
            assertThat(b.adres()).isEqualTo(adres);
            assertThat(b.geblokkeerdTot()).isNotNull();
        });
        assertThat(o.bewaker.deblokkeerAdres(adres)).isTrue();
        assertThat(log(naam, GOED, adres).gelukt()).isTrue();
    }

    @Test
    void eigenWachtwoordWijzigenVraagtHetHuidigeEnVolgtDeRegels() {
        String naam = account("wijzigaar", false);
        var service = o.gebruikers(false);
        assertThatThrownBy(() -> service.wijzigWachtwoord(naam, GOED.toCharArray(), "kort".toCharArray(), null))
                .isInstanceOf(OngeldigeInvoerException.class)
                .satisfies(e -> assertThat(((OngeldigeInvoerException) e).fouten().get(0).naam())
                        .isEqualTo("nieuwWachtwoord"));
        assertThatThrownBy(() -> service.wijzigWachtwoord(naam, "niet het huidige".toCharArray(),
                "een lange zin die niemand raadt".toCharArray(), null)).isInstanceOf(OngeldigeInvoerException.class)
                .satisfies(e -> assertThat(((OngeldigeInvoerException) e).fouten().get(0).naam())
                        .isEqualTo("huidigWachtwoord"));
        int events = o.events(DoorbraakEvents.GEBRUIKER_GEWIJZIGD).size();
        service.wijzigWachtwoord(naam, GOED.toCharArray(), "een lange zin die niemand raadt".toCharArray(), null);
        assertThat(log(naam, GOED, null).gelukt()).isFalse();
        assertThat(log(naam, "een lange zin die niemand raadt", null).gelukt()).isTrue();
        assertThat(o.events(DoorbraakEvents.GEBRUIKER_GEWIJZIGD)).hasSize(events + 1);
        assertThat(o.tel("SELECT COUNT(*) FROM audit WHERE object = 'gebruiker' AND object_id = ? "
                + "AND actie = 'wachtwoord gewijzigd' AND wijzigingen NOT LIKE '%zin%'", naam)).isEqualTo(1);
    }

    @Test
    void eenEenmaligeCodeWerktEenKeerEnAlleenVoorDeGeldigheid() {
        String naam = account("vergeetachtig", false);
        Codes codes = new Codes();
        String code = codes.nieuw();
        o.sql("UPDATE gebruiker SET code_hash = ?, code_geldig_tot = ? WHERE gebruikersnaam = ?",
                Codes.hash(naam, code), java.time.OffsetDateTime.ofInstant(o.klok.get().plus(Duration.ofHours(1)),
                        java.time.ZoneOffset.UTC), naam);
        var service = o.gebruikers(false);
        String nieuw = "mijn tweede wachtwoord onthoud ik wel";
        // unknown name and wrong code: the same answer
        assertThatThrownBy(() -> service.herstel("onbekende", code, nieuw.toCharArray(), null))
                .hasMessage(GebruikerServiceImpl.CODE_ONJUIST);
        assertThatThrownBy(() -> service.herstel(naam, codes.nieuw(), nieuw.toCharArray(), null))
                .hasMessage(GebruikerServiceImpl.CODE_ONJUIST);
        // a typed code: lower case, without dashes, O for 0: the same code
        service.herstel(naam, code.toLowerCase().replace("-", ""), nieuw.toCharArray(), null);
        assertThat(log(naam, nieuw, null).gelukt()).isTrue();
        assertThatThrownBy(() -> service.herstel(naam, code, "en nog een ander wachtwoord".toCharArray(), null))
                .hasMessage(GebruikerServiceImpl.CODE_ONJUIST);

        String later = codes.nieuw();
        o.sql("UPDATE gebruiker SET code_hash = ?, code_geldig_tot = ? WHERE gebruikersnaam = ?",
                Codes.hash(naam, later), java.time.OffsetDateTime.ofInstant(o.klok.get().plus(Duration.ofHours(1)),
                        java.time.ZoneOffset.UTC), naam);
        o.wacht(Duration.ofHours(2));
        assertThatThrownBy(() -> service.herstel(naam, later, "te laat maar wel lang genoeg".toCharArray(), null))
                .hasMessage(GebruikerServiceImpl.CODE_ONJUIST);
    }

    @Test
    void codesRadenTeltAlsMisluktePoging() {
        String naam = account("code-doelwit", false);
        var service = o.gebruikers(false);
        List<Class<?>> uitkomsten = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            try {
                service.herstel(naam, "AAAA-AAAA-AAAA", "een lang nieuw wachtwoord".toCharArray(), "10.0.5.5");
            } catch (RuntimeException e) {
                uitkomsten.add(e.getClass());
            }
        }
        assertThat(uitkomsten).containsExactly(OngeldigeInvoerException.class, OngeldigeInvoerException.class,
                OngeldigeInvoerException.class, TeVeelPogingenException.class);
        o.wacht(Duration.ofMinutes(16));
    }

    @Test
    void eenSsoAccountLogtNooitInMetEenWachtwoordVanDoorbraak() {
        String naam = account("via-idp", false);
        o.sql("UPDATE gebruiker SET bron = ? WHERE gebruikersnaam = ?", Bron.SSO.code(), naam);
        assertThat(log(naam, GOED, null).gelukt()).isFalse();
    }
}
