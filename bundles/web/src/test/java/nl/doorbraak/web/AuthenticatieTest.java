package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.GebruikerService;
import nl.doorbraak.api.toegang.Inlogresultaat;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.web.sessie.Authenticatie;

/** Gelijke Basic-verzoeken tegelijk: één trage wachtwoordcontrole, de rest wacht op die uitkomst. */
class AuthenticatieTest {

    private static final Gebruiker RIA =
            new Gebruiker("utrecht-regisseur", "Ria Regisseur", "utrecht", Set.of(Rol.CASUSREGISSEUR), null);

    /** Een gebruikersservice die traag is, zoals PBKDF2, en telt hoe vaak hij controleert. */
    private static class Traag implements GebruikerService {
        final AtomicInteger controles = new AtomicInteger();

        @Override
        @Deprecated
        public Optional<Gebruiker> authenticeer(String gebruikersnaam, char[] wachtwoord) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Inlogresultaat inloggen(String gebruikersnaam, char[] wachtwoord, String clientAdres) {
            controles.incrementAndGet();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "demo".equals(new String(wachtwoord)) ? Inlogresultaat.gelukt(RIA, false)
                    : Inlogresultaat.geweigerd();
        }

        @Override
        public void wijzigWachtwoord(String gebruikersnaam, char[] huidig, char[] nieuw, String clientAdres) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void herstel(String gebruikersnaam, String code, char[] nieuw, String clientAdres) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Inlogresultaat ssoAanmelding(nl.doorbraak.api.toegang.SsoAanmelding aanmelding) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Gebruiker> zoek(String gebruikersnaam) {
            return Optional.empty();
        }
    }

    @Test
    void gelijktijdigeGelijkeBasicVerzoekenControlerenHetWachtwoordEenKeer() throws Exception {
        Traag traag = new Traag();
        Authenticatie auth = new Authenticatie(Instellingen::standaard, new Dienst<>("gebruikers"));
        String header = TestServer.basic("utrecht-regisseur", "demo");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Inlogresultaat>> verzoeken = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            verzoeken.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return auth.basic(header, () -> traag, () -> "127.0.0.1");
            }, threads));
        }
        start.countDown();
        for (CompletableFuture<Inlogresultaat> v : verzoeken) {
            assertThat(v.get(10, TimeUnit.SECONDS).gebruiker()).isEqualTo(RIA);
        }
        threads.shutdown();
        assertThat(traag.controles.get()).isEqualTo(1);

        // een fout wachtwoord wordt niet onthouden: een volgende poging controleert opnieuw
        String fout = TestServer.basic("utrecht-regisseur", "fout");
        assertThat(auth.basic(fout, () -> traag, () -> "127.0.0.1").gelukt()).isFalse();
        assertThat(auth.basic(fout, () -> traag, () -> "127.0.0.1").gelukt()).isFalse();
        assertThat(traag.controles.get()).isEqualTo(3);
    }

    @Test
    void eenGewijzigdAccountValtMeteenUitDeBasicCacheEnUitZijnSessies() {
        Traag traag = new Traag();
        Dienst<GebruikerService> dienst = new Dienst<>("gebruikers");
        dienst.bind(traag);
        Authenticatie auth = new Authenticatie(Instellingen::standaard, dienst);
        String header = TestServer.basic("utrecht-regisseur", "demo");
        assertThat(auth.basic(header, () -> traag, () -> "127.0.0.1").gelukt()).isTrue();
        assertThat(auth.basic(header, () -> traag, () -> "127.0.0.1").gelukt()).isTrue();
        assertThat(traag.controles.get()).isEqualTo(1); // onthouden
        String[] sessie = auth.maakSessie(RIA, false);
        String[] ander = auth.maakSessie(new Gebruiker("ander", "Ander", "utrecht", Set.of(Rol.CASUSREGISSEUR), null),
                false);

        auth.accountGewijzigd("utrecht-regisseur", "gedeactiveerd");
        assertThat(auth.zoekSessie(sessie[0])).isNull();
        assertThat(auth.zoekSessie(ander[0])).isNotNull();
        assertThat(auth.basic(header, () -> traag, () -> "127.0.0.1").gelukt()).isTrue();
        assertThat(traag.controles.get()).isEqualTo(2); // opnieuw gecontroleerd: de core beslist

        // andere wijzigingen (rollen): de sessie blijft, maar haalt de gebruiker bij het volgende verzoek opnieuw op
        String[] nog = auth.maakSessie(RIA, false);
        auth.accountGewijzigd("utrecht-regisseur", "gewijzigd");
        assertThat(auth.zoekSessie(nog[0])).as("de nepservice kent niemand meer: de sessie vervalt bij verversen")
                .isNull();
    }

    @Test
    void eenControleDieLiepTerwijlHetAccountVeranderdeWordtNietOnthouden() throws Exception {
        CountDownLatch bezig = new CountDownLatch(1);
        CountDownLatch verder = new CountDownLatch(1);
        Traag langzaam = new Traag() {
            @Override
            public Inlogresultaat inloggen(String gebruikersnaam, char[] wachtwoord, String clientAdres) {
                controles.incrementAndGet();
                bezig.countDown();
                try {
                    verder.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Inlogresultaat.gelukt(RIA, false);
            }
        };
        Authenticatie auth = new Authenticatie(Instellingen::standaard, new Dienst<>("gebruikers"));
        String header = TestServer.basic("utrecht-regisseur", "demo");
        CompletableFuture<Inlogresultaat> lopend = CompletableFuture
                .supplyAsync(() -> auth.basic(header, () -> langzaam, () -> "127.0.0.1"));
        assertThat(bezig.await(5, TimeUnit.SECONDS)).isTrue();
        auth.accountGewijzigd("utrecht-regisseur", "wachtwoord"); // terwijl de controle loopt
        verder.countDown();
        assertThat(lopend.get(5, TimeUnit.SECONDS).gelukt()).isTrue();
        auth.basic(header, () -> langzaam, () -> "127.0.0.1");
        assertThat(langzaam.controles.get()).isEqualTo(2);
    }
}
