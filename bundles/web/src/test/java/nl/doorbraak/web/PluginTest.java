package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.doorbraak.api.http.Antwoord;
import nl.doorbraak.api.http.Route;
import nl.doorbraak.api.http.VariantEndpoint;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.VariantNietBeschikbaarException;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.web.TestServer.Antw;

/** Plug-in-routes: dispatch, rollen, variant per gemeente, wachten tijdens een update, fouten en OpenAPI. */
class PluginTest {

    static final String BASIS = "/api/gemeenten/utrecht/toekomstgesprekken";
    static final String R = "utrecht-regisseur";

    TestServer server;

    /** Een endpoint zoals een plug-in het registreert; {@code versie} laat zien welke instantie antwoordt. */
    static VariantEndpoint toekomstgesprekken(String versie) {
        return new VariantEndpoint() {
            @Override
            public String segment() {
                return "toekomstgesprekken";
            }

            @Override
            public String variant() {
                return "utrecht-ondernemers";
            }

            @Override
            public List<Route> routes() {
                return List.of(
                        new Route("GET", "", "Lijst van toekomstgesprekken", Set.of(Rol.CASUSREGISSEUR),
                                v -> Antwoord.ok(Map.of("versie", versie, "gemeente", v.gemeente(), "gebruiker",
                                        v.gebruiker().gebruikersnaam(), "query", v.queryParameters()))),
                        new Route("GET", "/{id}", "Eén toekomstgesprek", Set.of(Rol.CASUSREGISSEUR, Rol.TAFELLID),
                                v -> Antwoord.ok(Map.of("id", v.padParameters().get("id"), "versie", versie))),
                        new Route("GET", "/nieuw", "Formulier", Set.of(Rol.CASUSREGISSEUR),
                                v -> Antwoord.ok("vast pad gaat voor")),
                        new Route("POST", "", "Een gesprek vastleggen", Set.of(Rol.CASUSREGISSEUR), v -> {
                            Map<String, Object> terug = new LinkedHashMap<>(v.body().orElse(Map.of()));
                            terug.put("opgeslagen", true);
                            return new Antwoord(201, terug, Map.of("Location", BASIS + "/g-1", "Set-Cookie", "x=y"));
                        }),
                        new Route("POST", "/{id}/kapot", "Gooit een fout", Set.of(Rol.CASUSREGISSEUR), v -> {
                            throw new IllegalStateException("stuk in de plug-in");
                        }),
                        new Route("GET", "/{id}/error", "Gooit een Error", Set.of(Rol.CASUSREGISSEUR), v -> {
                            throw new AssertionError("een Error uit de plug-in");
                        }),
                        new Route("GET", "/{id}/conflict", "Botst", Set.of(Rol.CASUSREGISSEUR), v -> {
                            throw new ConflictException("Dit gesprek is al afgerond.");
                        }),
                        new Route("GET", "/{id}/weg", "Variant weg", Set.of(Rol.CASUSREGISSEUR), v -> {
                            throw new VariantNietBeschikbaarException("utrecht-ondernemers", 7);
                        }),
                        new Route("GET", "/{id}/raar", "Geen JSON", Set.of(Rol.CASUSREGISSEUR),
                                v -> Antwoord.ok(new Object())),
                        new Route("DELETE", "/{id}", "Verwijderen", Set.of(Rol.CASUSREGISSEUR),
                                v -> Antwoord.geenInhoud()));
            }
        };
    }

    @BeforeEach
    void start() throws Exception {
        // korte wachttijd, zodat de test niet lang duurt
        server = new TestServer(new Instellingen(65536, 60, 720, 1500, 3, 60), true);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void routeringNaarDePlugin() {
        server.omgeving().endpoints.voegToe(toekomstgesprekken("1"), "nl.doorbraak.plugin.utrecht 1.0.0");
        Antw lijst = server.getAls(R, BASIS + "?fase=open");
        assertThat(lijst.status()).as(lijst.body()).isEqualTo(200);
        assertThat(lijst.json().get("gemeente").asText()).isEqualTo("utrecht");
        assertThat(lijst.json().get("gebruiker").asText()).isEqualTo(R);
        assertThat(lijst.json().at("/query/fase/0").asText()).isEqualTo("open");

        assertThat(server.getAls(R, BASIS + "/g-17").json().get("id").asText()).isEqualTo("g-17");
        assertThat(server.getAls(R, BASIS + "/nieuw").json().asText()).isEqualTo("vast pad gaat voor");

        Antw post = server.jsonAls(R, "POST", BASIS, "{\"ondernemer\":\"Bakkerij K.\",\"aantal\":3}");
        assertThat(post.status()).isEqualTo(201);
        assertThat(post.json().get("ondernemer").asText()).isEqualTo("Bakkerij K.");
        assertThat(post.json().get("aantal").asInt()).isEqualTo(3);
        assertThat(post.header("Location")).isEqualTo(server.publiek + BASIS + "/g-1");
        assertThat(post.header("Set-Cookie")).isNull();

        assertThat(server.verzoek("DELETE", BASIS + "/g-1", null, "Authorization", TestServer.basic(R)).status())
                .isEqualTo(204);
    }

    @Test
    void toegangTotPluginroutes() {
        server.omgeving().endpoints.voegToe(toekomstgesprekken("1"), "plugin");
        assertThat(server.get(BASIS).status()).isEqualTo(401);
        // andere gemeente
        assertThat(server.getAls("eindhoven-regisseur", BASIS).status()).isEqualTo(404);
        // gemeente die de variant niet gebruikt
        assertThat(server.getAls("leeuwarden-regisseur", "/api/gemeenten/leeuwarden/toekomstgesprekken").status())
                .isEqualTo(404);
        // rol
        Antw tafellid = server.getAls("utrecht-tafellid", BASIS);
        assertThat(tafellid.status()).isEqualTo(403);
        assertThat(server.getAls("utrecht-tafellid", BASIS + "/g-1").status()).isEqualTo(200);
        // onbekend pad binnen het segment en verkeerde methode
        assertThat(server.getAls(R, BASIS + "/a/b/c").status()).isEqualTo(404);
        Antw methode = server.jsonAls(R, "PUT", BASIS, "{}");
        assertThat(methode.status()).isEqualTo(405);
        assertThat(methode.header("Allow")).contains("GET", "POST");
        // nooit gezien segment
        assertThat(server.getAls(R, "/api/gemeenten/utrecht/bestaatniet").status()).isEqualTo(404);
    }

    @Test
    void slechteInvoerVoorDePlugin() {
        server.omgeving().endpoints.voegToe(toekomstgesprekken("1"), "plugin");
        assertThat(server.jsonAls(R, "POST", BASIS, "{kapot").status()).isEqualTo(400);
        assertThat(server.jsonAls(R, "POST", BASIS, "[]").status()).isEqualTo(400);
        assertThat(server.verzoek("POST", BASIS, "a=b", "Authorization", TestServer.basic(R), "Content-Type",
                "application/x-www-form-urlencoded").status()).isEqualTo(415);
        assertThat(server.jsonAls(R, "POST", BASIS, "{\"x\":\"" + "y".repeat(70_000) + "\"}").status()).isEqualTo(413);
        // een leeg formulier (zoals een andere site het kan laten versturen) komt niet bij de plug-in
        assertThat(server.verzoek("POST", BASIS, "", "Authorization", TestServer.basic(R), "Content-Type",
                "application/x-www-form-urlencoded").status()).isEqualTo(415);
        // een POST zonder body mag wel
        assertThat(server.verzoek("POST", BASIS, null, "Authorization", TestServer.basic(R)).status()).isEqualTo(201);
        // de browser meldt een verzoek van een andere site: geweigerd
        assertThat(server.jsonAls(R, "POST", BASIS, "{}", "Sec-Fetch-Site", "cross-site").status()).isEqualTo(403);
        assertThat(server.jsonAls(R, "POST", BASIS, "{}", "Sec-Fetch-Site", "same-origin").status()).isEqualTo(201);
    }

    @Test
    void fouteninDePlugin() {
        server.omgeving().endpoints.voegToe(toekomstgesprekken("1"), "nl.doorbraak.plugin.utrecht 1.0.0");
        Antw kapot = server.jsonAls(R, "POST", BASIS + "/g-1/kapot", "{}");
        assertThat(kapot.status()).isEqualTo(500);
        assertThat(kapot.contentType()).startsWith("application/problem+json");
        assertThat(kapot.json().get("detail").asText()).contains("nl.doorbraak.plugin.utrecht")
                .doesNotContain("stuk in de plug-in");
        assertThat(kapot.body()).doesNotContain("IllegalStateException");
        // het platform draait door
        assertThat(server.getAls(R, BASIS).status()).isEqualTo(200);
        assertThat(server.getAls(R, "/api/gemeenten/utrecht/casussen").status()).isEqualTo(200);

        Antw error = server.getAls(R, BASIS + "/g-1/error");
        assertThat(error.status()).isEqualTo(500);
        assertThat(error.contentType()).startsWith("application/problem+json");
        assertThat(server.getAls(R, BASIS).status()).isEqualTo(200);

        assertThat(server.getAls(R, BASIS + "/g-1/conflict").status()).isEqualTo(409);
        Antw weg = server.getAls(R, BASIS + "/g-1/weg");
        assertThat(weg.status()).isEqualTo(503);
        assertThat(weg.header("Retry-After")).isEqualTo("7");
        Antw raar = server.getAls(R, BASIS + "/g-1/raar");
        assertThat(raar.status()).isEqualTo(500);
        assertThat(raar.json().get("detail").asText()).contains("geen JSON");
    }

    @Test
    void wachtOpDePluginTijdensEenUpdate() throws Exception {
        VariantEndpoint oud = toekomstgesprekken("1");
        server.omgeving().endpoints.voegToe(oud, "plugin 1");
        assertThat(server.getAls(R, BASIS).json().get("versie").asText()).isEqualTo("1");

        server.omgeving().endpoints.verwijder(oud);
        long start = System.nanoTime();
        CompletableFuture<Antw> bezig = server.verzoekAsync("GET", BASIS, "Authorization", TestServer.basic(R));
        Thread.sleep(300);
        assertThat(bezig).isNotDone();
        server.omgeving().endpoints.voegToe(toekomstgesprekken("2"), "plugin 2");
        Antw a = bezig.get(5, TimeUnit.SECONDS);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("versie").asText()).isEqualTo("2");
        assertThat(ms).isLessThan(1500);
    }

    @Test
    void pluginDieNietTerugkomtGeeft503MetRetryAfter() {
        VariantEndpoint oud = toekomstgesprekken("1");
        server.omgeving().endpoints.voegToe(oud, "plugin 1");
        server.omgeving().endpoints.verwijder(oud);
        long start = System.nanoTime();
        Antw a = server.getAls(R, BASIS);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(a.status()).isEqualTo(503);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.header("Retry-After")).isEqualTo("3");
        assertThat(ms).isGreaterThanOrEqualTo(1400);
        // een gemeente zonder die variant wacht niet en krijgt 404
        assertThat(server.getAls("leeuwarden-regisseur", "/api/gemeenten/leeuwarden/toekomstgesprekken").status())
                .isEqualTo(404);
    }

    @Test
    void openApiVolgtDePlugins() {
        VariantEndpoint ep = toekomstgesprekken("1");
        assertThat(server.get("/api/openapi.json").json().get("paths").has(BASIS.replace("utrecht", "{gemeente}")))
                .isFalse();
        server.omgeving().endpoints.voegToe(ep, "nl.doorbraak.plugin.utrecht 1.0.0");
        JsonNode paden = server.get("/api/openapi.json").json().get("paths");
        JsonNode lijst = paden.get("/api/gemeenten/{gemeente}/toekomstgesprekken");
        assertThat(lijst).isNotNull();
        assertThat(lijst.at("/get/summary").asText()).isEqualTo("Lijst van toekomstgesprekken");
        assertThat(lijst.at("/post/summary").asText()).isEqualTo("Een gesprek vastleggen");
        JsonNode een = paden.get("/api/gemeenten/{gemeente}/toekomstgesprekken/{id}");
        assertThat(een.at("/get/parameters").toString()).contains("\"name\":\"gemeente\"").contains("\"name\":\"id\"");
        assertThat(een.at("/get/x-doorbraak-rollen").toString()).contains("tafellid");

        server.omgeving().endpoints.verwijder(ep);
        assertThat(server.get("/api/openapi.json").json().get("paths").has("/api/gemeenten/{gemeente}/toekomstgesprekken"))
                .isFalse();
    }

    @Test
    void onbruikbareEndpointsWordenGenegeerd() {
        VariantEndpoint kern = new VariantEndpoint() {
            public String segment() {
                return "casussen";
            }

            public String variant() {
                return "standaard";
            }

            public List<Route> routes() {
                return List.of(new Route("GET", "", "kaping", Set.of(Rol.CASUSREGISSEUR), v -> Antwoord.ok("gekaapt")));
            }
        };
        VariantEndpoint gooit = new VariantEndpoint() {
            public String segment() {
                return "gooit";
            }

            public String variant() {
                return "standaard";
            }

            public List<Route> routes() {
                throw new IllegalStateException("kan niet");
            }
        };
        server.omgeving().endpoints.voegToe(kern, "kaper");
        server.omgeving().endpoints.voegToe(gooit, "gooier");
        Antw c = server.getAls(R, "/api/gemeenten/utrecht/casussen");
        assertThat(c.status()).isEqualTo(200);
        assertThat(c.body()).doesNotContain("gekaapt");
        assertThat(server.getAls(R, "/api/gemeenten/utrecht/gooit").status()).isEqualTo(404);
    }

    @Test
    void dubbelSegmentGeeftWaarschuwing() {
        VariantEndpoint a = toekomstgesprekken("a");
        VariantEndpoint b = toekomstgesprekken("b");
        server.omgeving().endpoints.voegToe(a, "bundle a");
        server.omgeving().endpoints.voegToe(b, "bundle b");
        assertThat(server.getAls(R, BASIS).json().get("versie").asText()).isEqualTo("a");
        assertThat(server.get("/api/health").json().get("waarschuwingen").toString()).contains("toekomstgesprekken");
        // greedy vervanging: eerst de nieuwe binden, dan de oude los: de nieuwe neemt het over
        server.omgeving().endpoints.verwijder(a);
        assertThat(server.getAls(R, BASIS).json().get("versie").asText()).isEqualTo("b");
    }

    @Test
    void vanTweeVersiesVanEenPluginWintDeHoogsteInElkeVolgorde() {
        org.osgi.framework.Version v09 = org.osgi.framework.Version.parseVersion("0.9.0");
        org.osgi.framework.Version v10 = org.osgi.framework.Version.parseVersion("1.0.0.SNAPSHOT");
        VariantEndpoint oud = toekomstgesprekken("0.9");
        VariantEndpoint nieuw = toekomstgesprekken("1.0");
        // the lower version first, as FileInstall may install them
        server.omgeving().endpoints.voegToe(oud, "nl.doorbraak.plugin.utrecht", v09);
        server.omgeving().endpoints.voegToe(nieuw, "nl.doorbraak.plugin.utrecht", v10);
        assertThat(server.getAls(R, BASIS).json().get("versie").asText()).isEqualTo("1.0");
        assertThat(server.get("/api/openapi.json").json()
                .at("/paths/~1api~1gemeenten~1{gemeente}~1toekomstgesprekken/get/description").asText())
                .contains("nl.doorbraak.plugin.utrecht 1.0.0.SNAPSHOT");
        // not a conflict between plug-ins: the warning about deploy/ names the files instead
        assertThat(server.get("/api/health").json().get("waarschuwingen")).isEmpty();

        // the higher one goes: the lower one serves
        server.omgeving().endpoints.verwijder(nieuw);
        assertThat(server.getAls(R, BASIS).json().get("versie").asText()).isEqualTo("0.9");

        // the higher one comes back: it serves again; a lower one that comes later does not take over
        server.omgeving().endpoints.voegToe(nieuw, "nl.doorbraak.plugin.utrecht", v10);
        assertThat(server.getAls(R, BASIS).json().get("versie").asText()).isEqualTo("1.0");
        server.omgeving().endpoints.verwijder(oud);
        server.omgeving().endpoints.voegToe(oud, "nl.doorbraak.plugin.utrecht", v09);
        assertThat(server.getAls(R, BASIS).json().get("versie").asText()).isEqualTo("1.0");
    }

    @Test
    void eenTweedeBindVanDezelfdeServiceTeltNietDubbel() {
        // SCR bindt een plug-in soms twee keer als zijn registratie samenvalt met de activering van de servlet
        VariantEndpoint ep = toekomstgesprekken("1");
        server.omgeving().endpoints.voegToe(ep, "nl.doorbraak.plugin.utrecht 1.0.0");
        server.omgeving().endpoints.voegToe(ep, "nl.doorbraak.plugin.utrecht 1.0.0");
        assertThat(server.get("/api/health").json().get("waarschuwingen")).isEmpty();
        assertThat(server.getAls(R, BASIS).status()).isEqualTo(200);

        // en één unbind haalt hem weg: geen verwijderde plug-in die verzoeken blijft beantwoorden
        server.omgeving().endpoints.verwijder(ep);
        assertThat(server.getAls(R, BASIS).status()).isEqualTo(503);
        assertThat(server.get("/api/openapi.json").json().get("paths").has("/api/gemeenten/{gemeente}/toekomstgesprekken"))
                .isFalse();
    }
}
