package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.CasusWijziging;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.http.Antwoord;
import nl.doorbraak.api.http.Route;
import nl.doorbraak.api.http.VariantEndpoint;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.web.TestServer.Antw;

/** Een unbind wacht tot lopende verzoeken klaar zijn; pas dan mag SCR de oude component deactiveren. */
class HotSwapTest {

    static final String R = "utrecht-regisseur";
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer(new Instellingen(65536, 60, 720, 3000, 2, 60), true);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    /** Een endpoint waarvan de handler wacht tot de test hem loslaat. */
    static VariantEndpoint traag(CountDownLatch binnen, CountDownLatch los) {
        return new VariantEndpoint() {
            public String segment() {
                return "traag";
            }

            public String variant() {
                return "standaard";
            }

            public List<Route> routes() {
                return List.of(new Route("GET", "", "Traag", Set.of(Rol.CASUSREGISSEUR), v -> {
                    binnen.countDown();
                    los.await(10, TimeUnit.SECONDS);
                    return Antwoord.ok(Map.of("klaar", true));
                }));
            }
        };
    }

    @Test
    void unbindVanEenPluginWachtOpLopendVerzoek() throws Exception {
        CountDownLatch binnen = new CountDownLatch(1);
        CountDownLatch los = new CountDownLatch(1);
        VariantEndpoint ep = traag(binnen, los);
        server.omgeving().endpoints.voegToe(ep, "traag 1.0.0");
        CompletableFuture<Antw> bezig = server.verzoekAsync("GET", "/api/gemeenten/utrecht/traag", "Authorization",
                TestServer.basic(R));
        assertThat(binnen.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> unbind = CompletableFuture.runAsync(() -> server.omgeving().endpoints.verwijder(ep));
        Thread.sleep(300);
        assertThat(unbind).as("unbind wacht op het lopende verzoek").isNotDone();
        los.countDown();
        Antw a = bezig.get(5, TimeUnit.SECONDS);
        assertThat(a.status()).isEqualTo(200);
        unbind.get(5, TimeUnit.SECONDS);
    }

    @Test
    void unbindVanDeCoreWachtOpLopendVerzoek() throws Exception {
        CountDownLatch binnen = new CountDownLatch(1);
        CountDownLatch los = new CountDownLatch(1);
        CasusService echt = server.casussen;
        server.casussen.vul(1);
        CasusService traag = new CasusService() {
            public Pagina<Casus> lijst(Namens n, String g, CasusFilter f, int p, int s) {
                binnen.countDown();
                try {
                    los.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return echt.lijst(n, g, f, p, s);
            }

            public Optional<Casus> zoek(Namens n, String g, String id) {
                return echt.zoek(n, g, id);
            }

            public Casus maak(Namens n, String g, NieuweCasus c) {
                return echt.maak(n, g, c);
            }

            public Casus wijzig(Namens n, String g, String id, long v, CasusWijziging w) {
                return echt.wijzig(n, g, id, v, w);
            }

            public Casus wijzigStatus(Namens n, String g, String id, Long v, CasusStatus naar, String r,
                    nl.doorbraak.api.domein.Resultaat res, boolean ondanks) {
                return echt.wijzigStatus(n, g, id, v, naar, r, res, ondanks);
            }
        };
        server.servlet.bindCasusService(traag);
        CompletableFuture<Antw> bezig = server.verzoekAsync("GET", "/api/gemeenten/utrecht/casussen", "Authorization",
                TestServer.basic(R));
        assertThat(binnen.await(5, TimeUnit.SECONDS)).isTrue();
        // greedy vervanging: eerst de nieuwe binden, dan de oude los
        server.servlet.bindCasusService(echt);
        CompletableFuture<Void> unbind = CompletableFuture.runAsync(() -> server.servlet.unbindCasusService(traag));
        Thread.sleep(300);
        assertThat(unbind).isNotDone();
        // nieuwe verzoeken gaan intussen naar de nieuwe service
        assertThat(server.getAls(R, "/api/gemeenten/utrecht/casussen").status()).isEqualTo(200);
        los.countDown();
        assertThat(bezig.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        unbind.get(5, TimeUnit.SECONDS);
    }

    @Test
    void wachtendVerzoekGeeftIngetrokkenServiceMeteenTerug() throws Exception {
        VariantEndpoint ep = PluginTest.toekomstgesprekken("1");
        server.omgeving().endpoints.voegToe(ep, "plugin");
        server.omgeving().endpoints.verwijder(ep);
        // dit verzoek houdt de gemeenteservice vast en wacht op de plug-in
        CompletableFuture<Antw> bezig = server.verzoekAsync("GET", "/api/gemeenten/utrecht/toekomstgesprekken",
                "Authorization", TestServer.basic(R));
        Thread.sleep(300);
        long start = System.nanoTime();
        server.servlet.unbindGemeenteService(server.gemeenten);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        // geen patstelling: het verzoek geeft op, de unbind gaat door
        assertThat(ms).isLessThan(1500);
        Antw a = bezig.get(5, TimeUnit.SECONDS);
        assertThat(a.status()).isEqualTo(503);
        assertThat(a.header("Retry-After")).isEqualTo("2");
    }
}
