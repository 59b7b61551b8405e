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
import nl.doorbraak.api.toegang.Rol;

/** Gelijke Basic-verzoeken tegelijk: één trage wachtwoordcontrole, de rest wacht op die uitkomst. */
class AuthenticatieTest {

    private static final Gebruiker RIA =
            new Gebruiker("utrecht-regisseur", "Ria Regisseur", "utrecht", Set.of(Rol.CASUSREGISSEUR), null);

    /** Een gebruikersservice die traag is, zoals PBKDF2, en telt hoe vaak hij controleert. */
    private static final class Traag implements GebruikerService {
        final AtomicInteger controles = new AtomicInteger();

        @Override
        public Optional<Gebruiker> authenticeer(String gebruikersnaam, char[] wachtwoord) {
            controles.incrementAndGet();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "demo".equals(new String(wachtwoord)) ? Optional.of(RIA) : Optional.empty();
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
        List<CompletableFuture<Optional<Gebruiker>>> verzoeken = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            verzoeken.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return auth.basic(header, () -> traag);
            }, threads));
        }
        start.countDown();
        for (CompletableFuture<Optional<Gebruiker>> v : verzoeken) {
            assertThat(v.get(10, TimeUnit.SECONDS)).contains(RIA);
        }
        threads.shutdown();
        assertThat(traag.controles.get()).isEqualTo(1);

        // een fout wachtwoord wordt niet onthouden: een volgende poging controleert opnieuw
        String fout = TestServer.basic("utrecht-regisseur", "fout");
        assertThat(auth.basic(fout, () -> traag)).isEmpty();
        assertThat(auth.basic(fout, () -> traag)).isEmpty();
        assertThat(traag.controles.get()).isEqualTo(3);
    }
}
