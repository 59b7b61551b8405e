package nl.doorbraak.core.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;

class GebruikerServiceTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static final Wachtwoorden WACHTWOORDEN = new Wachtwoorden();

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.db.inTransactie(c -> {
            GebruikerStore s = new GebruikerStore();
            s.voegToe(c, new Gebruiker("jessica", "Jessica van den Toorn", "utrecht", Set.of(Rol.CASUSREGISSEUR),
                    Set.of()), WACHTWOORDEN.hash("Eerst mensen, dan regels".toCharArray()), false);
            s.voegToe(c, new Gebruiker("demo-regisseur", "Demo", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of()),
                    WACHTWOORDEN.hash("demo".toCharArray()), true);
            return null;
        });
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    @Test
    void wachtwoordenZijnGezoutenTrageHashes() {
        String a = WACHTWOORDEN.hash("demo".toCharArray());
        String b = WACHTWOORDEN.hash("demo".toCharArray());
        String[] delen = a.split("\\$");

        assertThat(delen).hasSize(4);
        assertThat(delen[0]).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(Integer.parseInt(delen[1])).isGreaterThanOrEqualTo(120_000);
        assertThat(java.util.Base64.getDecoder().decode(delen[2])).hasSize(16);
        assertThat(a).isNotEqualTo(b).doesNotContain("demo");
        assertThat(WACHTWOORDEN.klopt("demo".toCharArray(), a)).isTrue();
        assertThat(WACHTWOORDEN.klopt("demo".toCharArray(), b)).isTrue();
        assertThat(WACHTWOORDEN.klopt("Demo".toCharArray(), a)).isFalse();
        assertThat(WACHTWOORDEN.klopt("demo".toCharArray(), "demo")).isFalse();
        assertThat(WACHTWOORDEN.klopt("demo".toCharArray(), "PBKDF2WithHmacSHA256$x$y$z")).isFalse();
        assertThat(o.tel("SELECT COUNT(*) FROM gebruiker WHERE wachtwoord_hash LIKE '%demo%'")).isZero();
    }

    @Test
    void eenGewoneGebruikerLogtInMetHetJuisteWachtwoord() {
        GebruikerServiceImpl service = new GebruikerServiceImpl(o.db, false);

        Gebruiker g = service.authenticeer("jessica", "Eerst mensen, dan regels".toCharArray()).orElseThrow();
        assertThat(g.gemeente()).isEqualTo("utrecht");
        assertThat(g.rollen()).containsExactly(Rol.CASUSREGISSEUR);
        assertThat(service.authenticeer("jessica", "eerst mensen".toCharArray())).isEmpty();
        assertThat(service.authenticeer("onbekend", "x".toCharArray())).isEmpty();
        assertThat(service.zoek("jessica")).contains(g);
    }

    @Test
    void demoAccountsWerkenAlleenInDemomodus() {
        assertThat(new GebruikerServiceImpl(o.db, false).authenticeer("demo-regisseur", "demo".toCharArray()))
                .isEmpty();
        assertThat(new GebruikerServiceImpl(o.db, false).zoek("demo-regisseur")).isEmpty();
        assertThat(new GebruikerServiceImpl(o.db, true).authenticeer("demo-regisseur", "demo".toCharArray()))
                .isPresent();
        assertThat(new GebruikerServiceImpl(o.db, true).zoek("demo-regisseur")).isPresent();
    }

    @Test
    void eenInactieveGebruikerKomtNietBinnen() {
        o.db.inTransactie(c -> {
            new GebruikerStore().voegToe(c, new Gebruiker("vertrokken", "Oud-collega", "utrecht",
                    Set.of(Rol.TAFELLID), Set.of()), WACHTWOORDEN.hash("geheim".toCharArray()), false);
            return null;
        });
        o.sql("UPDATE gebruiker SET actief = FALSE WHERE gebruikersnaam = 'vertrokken'");
        GebruikerServiceImpl service = new GebruikerServiceImpl(o.db, true);
        assertThat(service.authenticeer("vertrokken", "geheim".toCharArray())).isEmpty();
        assertThat(service.zoek("vertrokken")).isEmpty();
    }
}
