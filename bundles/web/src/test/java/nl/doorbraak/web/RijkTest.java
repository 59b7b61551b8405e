package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

import com.fasterxml.jackson.databind.JsonNode;

import nl.doorbraak.api.http.Antwoord;
import nl.doorbraak.api.http.RijkEndpoint;
import nl.doorbraak.api.http.Route;
import nl.doorbraak.api.http.Scherm;
import nl.doorbraak.api.http.VariantEndpoint;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.web.TestServer.Antw;

/**
 * Plug-in-routes en -schermen voor het Rijk ({@link RijkEndpoint}, {@code /api/rijk/{segment}}) en de delen van het
 * casusscherm ({@link VariantEndpoint#casusdelen()}, {@code /api/schermen/casusdelen}).
 */
class RijkTest {

    static final String BASIS = "/api/rijk/inbox";
    static final String RIJK = "rijk-szw";

    TestServer server;

    @TempDir
    Path map;

    /** Een Rijk-endpoint zoals de rode knop het registreert; {@code versie} laat zien welke instantie antwoordt. */
    static RijkEndpoint inbox(String versie) {
        return new RijkEndpoint() {
            @Override
            public String segment() {
                return "inbox";
            }

            @Override
            public List<Route> routes() {
                return List.of(
                        new Route("GET", "", "Zaken voor uw partij", Set.of(Rol.RIJK), v -> {
                            Map<String, Object> m = new HashMap<>();
                            m.put("versie", versie);
                            m.put("gemeente", v.gemeente());
                            m.put("gebruiker", v.gebruiker().gebruikersnaam());
                            return Antwoord.ok(m);
                        }),
                        new Route("GET", "/{id}", "Eén zaak", Set.of(Rol.RIJK),
                                v -> Antwoord.ok(Map.of("id", v.padParameters().get("id")))),
                        new Route("POST", "/{id}/reactie", "Reageren", Set.of(Rol.RIJK),
                                v -> Antwoord.ok(v.body().orElse(Map.of()))),
                        new Route("GET", "/gedeeld", "Ook voor de casusregisseur", Set.of(Rol.RIJK, Rol.CASUSREGISSEUR),
                                v -> Antwoord.ok(Map.of("gemeenteInVerzoek", String.valueOf(v.gemeente())))),
                        new Route("GET", "/kapot", "Gooit", Set.of(Rol.RIJK), v -> {
                            throw new IllegalStateException("stuk in de rijk-plug-in");
                        }));
            }

            @Override
            public List<Scherm> schermen() {
                return List.of(new Scherm("rijk-inbox", "Inbox van het Rijk", Set.of(Rol.RIJK), "ui/inbox.js"));
            }
        };
    }

    /** Een variant-endpoint met een deel van het casusscherm voor de casusregisseur en een voor niemand anders. */
    static VariantEndpoint metCasusdeel(String segment, String variant) {
        return new VariantEndpoint() {
            @Override
            public String segment() {
                return segment;
            }

            @Override
            public String variant() {
                return variant;
            }

            @Override
            public List<Route> routes() {
                return List.of();
            }

            @Override
            public List<Scherm> casusdelen() {
                return List.of(new Scherm("rode-knop", "Rode knop", Set.of(Rol.CASUSREGISSEUR), "ui/rodeknop.js",
                        "De casus naar het Rijk"),
                        new Scherm("beheer", "Alleen beheer", Set.of(Rol.GEMEENTEBEHEERDER), "ui/beheer.js"));
            }
        };
    }

    @BeforeEach
    void start() throws Exception {
        server = new TestServer(new Instellingen(65536, 60, 720, 1500, 3, 60), true);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void routeringNaarHetRijkZonderGemeente() {
        server.omgeving().rijk.voegToe(inbox("1"), "nl.doorbraak.plugin.rodeknop 1.0.0");
        Antw lijst = server.getAls(RIJK, BASIS);
        assertThat(lijst.status()).as(lijst.body()).isEqualTo(200);
        assertThat(lijst.json().get("gemeente").isNull()).isTrue();
        assertThat(lijst.json().get("gebruiker").asText()).isEqualTo(RIJK);
        assertThat(server.getAls(RIJK, BASIS + "/z-7").json().get("id").asText()).isEqualTo("z-7");
        Antw post = server.jsonAls(RIJK, "POST", BASIS + "/z-7/reactie", "{\"tekst\":\"SZW neemt contact op\"}");
        assertThat(post.status()).as(post.body()).isEqualTo(200);
        assertThat(post.json().get("tekst").asText()).isEqualTo("SZW neemt contact op");
    }

    @Test
    void toegangTotRijkroutes() {
        server.omgeving().rijk.voegToe(inbox("1"), "plugin");
        assertThat(server.get(BASIS).status()).isEqualTo(401);
        // een account van een gemeente: alleen als de route een van zijn rollen noemt
        Antw regisseur = server.getAls("utrecht-regisseur", BASIS);
        assertThat(regisseur.status()).isEqualTo(403);
        assertThat(regisseur.contentType()).startsWith("application/problem+json");
        assertThat(regisseur.json().get("detail").asText()).contains("inbox");
        Antw gedeeld = server.getAls("utrecht-regisseur", BASIS + "/gedeeld");
        assertThat(gedeeld.status()).isEqualTo(200);
        assertThat(gedeeld.json().get("gemeenteInVerzoek").asText()).isEqualTo("null");
        assertThat(server.getAls("platformbeheerder", BASIS).status()).isEqualTo(403);
        // onbekend pad, onbekend segment, /api/rijk zelf
        assertThat(server.getAls(RIJK, BASIS + "/a/b/c").status()).isEqualTo(404);
        assertThat(server.getAls(RIJK, "/api/rijk/bestaatniet").status()).isEqualTo(404);
        assertThat(server.getAls(RIJK, "/api/rijk").status()).isEqualTo(404);
        // verkeerde methode, OPTIONS
        Antw methode = server.jsonAls(RIJK, "PUT", BASIS, "{}");
        assertThat(methode.status()).isEqualTo(405);
        assertThat(methode.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
        Antw opties = server.verzoek("OPTIONS", BASIS + "/z-1/reactie", null, "Authorization", TestServer.basic(RIJK));
        assertThat(opties.status()).isEqualTo(204);
        assertThat(opties.header("Allow")).isEqualTo("OPTIONS, POST");
        // geen formulier van een andere site
        assertThat(server.verzoek("POST", BASIS + "/z-1/reactie", "a=b", "Authorization", TestServer.basic(RIJK),
                "Content-Type", "application/x-www-form-urlencoded").status()).isEqualTo(415);
    }

    @Test
    void eenFoutInDePluginIsEenNette500() {
        server.omgeving().rijk.voegToe(inbox("1"), "nl.doorbraak.plugin.rodeknop 1.0.0");
        Antw kapot = server.getAls(RIJK, BASIS + "/kapot");
        assertThat(kapot.status()).isEqualTo(500);
        assertThat(kapot.contentType()).startsWith("application/problem+json");
        assertThat(kapot.json().get("detail").asText()).contains("nl.doorbraak.plugin.rodeknop 1.0.0")
                .contains("werkt gewoon door").doesNotContain("stuk in de rijk-plug-in");
        assertThat(server.getAls(RIJK, BASIS).status()).isEqualTo(200);
    }

    @Test
    void tijdensEenUpdateWachtHetVerzoekOpDeNieuweVersie() throws Exception {
        RijkEndpoint oud = inbox("1");
        server.omgeving().rijk.voegToe(oud, "plugin 1");
        server.omgeving().rijk.verwijder(oud);
        CompletableFuture<Antw> bezig = server.verzoekAsync("GET", BASIS, "Authorization", TestServer.basic(RIJK));
        Thread.sleep(300);
        assertThat(bezig).isNotDone();
        server.omgeving().rijk.voegToe(inbox("2"), "plugin 2");
        Antw a = bezig.get(5, TimeUnit.SECONDS);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("versie").asText()).isEqualTo("2");
    }

    @Test
    void eenPluginDieNietTerugkomtGeeft503MetRetryAfter() {
        RijkEndpoint oud = inbox("1");
        server.omgeving().rijk.voegToe(oud, "plugin 1");
        server.omgeving().rijk.verwijder(oud);
        Antw a = server.getAls(RIJK, BASIS);
        assertThat(a.status()).isEqualTo(503);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.header("Retry-After")).isEqualTo("3");
        assertThat(server.get("/api/openapi.json").json().get("paths").has(BASIS)).isFalse();
    }

    @Test
    void eenLopendVerzoekHoudtZijnEndpointTotHetKlaarIs() throws Exception {
        java.util.concurrent.CountDownLatch binnen = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch verder = new java.util.concurrent.CountDownLatch(1);
        RijkEndpoint traag = new RijkEndpoint() {
            public String segment() {
                return "traag";
            }

            public List<Route> routes() {
                return List.of(new Route("GET", "", "Traag", Set.of(Rol.RIJK), v -> {
                    binnen.countDown();
                    try {
                        verder.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Antwoord.ok(Map.of("klaar", true));
                }));
            }
        };
        server.omgeving().rijk.voegToe(traag, "traag 1.0.0");
        CompletableFuture<Antw> bezig = server.verzoekAsync("GET", "/api/rijk/traag", "Authorization",
                TestServer.basic(RIJK));
        assertThat(binnen.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> unbind = CompletableFuture.runAsync(() -> server.omgeving().rijk.verwijder(traag));
        Thread.sleep(200);
        // the removal waits for the running request
        assertThat(unbind).isNotDone();
        verder.countDown();
        assertThat(bezig.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        unbind.get(5, TimeUnit.SECONDS);
    }

    @Test
    void dubbelSegmentEersteWintMetWaarschuwing() {
        RijkEndpoint a = inbox("a");
        RijkEndpoint b = inbox("b");
        server.omgeving().rijk.voegToe(a, "bundle a");
        server.omgeving().rijk.voegToe(b, "bundle b");
        assertThat(server.getAls(RIJK, BASIS).json().get("versie").asText()).isEqualTo("a");
        assertThat(server.get("/api/health").json().get("waarschuwingen").toString())
                .contains("Rijk-segment 'inbox' wordt geleverd door bundle a, bundle b");
        server.omgeving().rijk.verwijder(a);
        assertThat(server.getAls(RIJK, BASIS).json().get("versie").asText()).isEqualTo("b");
        assertThat(server.get("/api/health").json().get("waarschuwingen")).isEmpty();
    }

    @Test
    void eenSegmentVanEenVariantEnVanHetRijkZijnTweeVerschillendeDingen() {
        // the rode knop plug-in will use "rodeknop" under both
        server.omgeving().rijk.voegToe(inbox("rijk"), "rijk");
        server.omgeving().endpoints.voegToe(metCasusdeel("inbox", "standaard"), "variant");
        assertThat(server.getAls(RIJK, BASIS).json().get("versie").asText()).isEqualTo("rijk");
        assertThat(server.get("/api/health").json().get("waarschuwingen")).isEmpty();
    }

    @Test
    void deOpenApiBeschrijvingNoemtDeRoutesVanHetRijk() {
        RijkEndpoint ep = inbox("1");
        server.omgeving().rijk.voegToe(ep, "nl.doorbraak.plugin.rodeknop 1.0.0");
        JsonNode paden = server.get("/api/openapi.json").json().get("paths");
        JsonNode lijst = paden.get(BASIS);
        assertThat(lijst).as(paden.toString()).isNotNull();
        assertThat(lijst.at("/get/summary").asText()).isEqualTo("Zaken voor uw partij");
        assertThat(lijst.at("/get/operationId").asText()).isEqualTo("rijk_inbox_get");
        assertThat(lijst.at("/get/description").asText()).contains("nl.doorbraak.plugin.rodeknop 1.0.0")
                .contains("Rijk");
        assertThat(lijst.at("/get/x-doorbraak-rollen").toString()).isEqualTo("[\"rijk\"]");
        assertThat(lijst.at("/get/x-doorbraak-variant").isMissingNode()).isTrue();
        JsonNode een = paden.get(BASIS + "/{id}");
        assertThat(een.at("/get/parameters").toString()).contains("\"name\":\"id\"").doesNotContain("gemeente");
        assertThat(paden.get(BASIS + "/{id}/reactie").at("/post/requestBody")).isNotNull();

        server.omgeving().rijk.verwijder(ep);
        assertThat(server.get("/api/openapi.json").json().get("paths").has(BASIS)).isFalse();
    }

    @Test
    void schermenVanHetRijkAlleenVoorAccountsZonderGemeenteMetDeRol() throws IOException {
        Files.createDirectories(map.resolve("ui"));
        Files.writeString(map.resolve("ui/inbox.js"), "export default function toon() {}\n");
        RijkEndpoint ep = inbox("1");
        server.omgeving().rijk.voegToe(ep, "nl.doorbraak.plugin.rodeknop", Version.parseVersion("1.2.0"),
                pad -> bestand(map.resolve(pad)));
        JsonNode rijk = server.getAls(RIJK, "/api/schermen").json();
        assertThat(rijk.get("count").asInt()).isEqualTo(1);
        JsonNode s = rijk.at("/results/0");
        assertThat(s.get("id").asText()).isEqualTo("rijk-inbox");
        assertThat(s.get("titel").asText()).isEqualTo("Inbox van het Rijk");
        assertThat(s.get("variant").isNull()).isTrue();
        assertThat(s.get("module").asText()).isEqualTo("/plugins/nl.doorbraak.plugin.rodeknop/1.2.0/ui/inbox.js");
        // the module is served like a variant's
        Antw module = server.get(s.get("module").asText());
        assertThat(module.status()).isEqualTo(200);
        assertThat(module.body()).contains("export default");
        // an account of a gemeente or without the role: not in its menu
        assertThat(server.getAls("utrecht-regisseur", "/api/schermen").json().get("count").asInt()).isZero();
        assertThat(server.getAls("platformbeheerder", "/api/schermen").json().get("count").asInt()).isZero();

        server.omgeving().rijk.verwijder(ep);
        assertThat(server.getAls(RIJK, "/api/schermen").json().get("count").asInt()).isZero();
        assertThat(server.get("/plugins/nl.doorbraak.plugin.rodeknop/1.2.0/ui/inbox.js").status()).isEqualTo(404);
    }

    @Test
    void casusdelenVolgenVariantEnRol() {
        assertThat(server.getAls("utrecht-regisseur", "/api/schermen/casusdelen").json().get("count").asInt())
                .isZero();
        VariantEndpoint ep = metCasusdeel("rodeknop", "utrecht-ondernemers");
        server.omgeving().endpoints.voegToe(ep, "nl.doorbraak.plugin.rodeknop", Version.parseVersion("1.0.0"), null);
        JsonNode delen = server.getAls("utrecht-regisseur", "/api/schermen/casusdelen").json();
        assertThat(delen.get("count").asInt()).as(delen.toString()).isEqualTo(1);
        JsonNode d = delen.at("/results/0");
        assertThat(d.get("id").asText()).isEqualTo("rode-knop");
        assertThat(d.get("titel").asText()).isEqualTo("Rode knop");
        assertThat(d.get("beschrijving").asText()).isEqualTo("De casus naar het Rijk");
        assertThat(d.get("variant").asText()).isEqualTo("utrecht-ondernemers");
        assertThat(d.get("module").asText()).isEqualTo("/plugins/nl.doorbraak.plugin.rodeknop/1.0.0/ui/rodeknop.js");
        // the menu is unchanged: a casus part is no screen
        assertThat(server.getAls("utrecht-regisseur", "/api/schermen").json().get("count").asInt()).isZero();
        // another role, a gemeente without the variant, no gemeente, no login
        assertThat(server.getAls("utrecht-tafellid", "/api/schermen/casusdelen").json().get("count").asInt()).isZero();
        assertThat(server.getAls("eindhoven-regisseur", "/api/schermen/casusdelen").json().get("count").asInt())
                .isZero();
        assertThat(server.getAls(RIJK, "/api/schermen/casusdelen").json().get("count").asInt()).isZero();
        assertThat(server.get("/api/schermen/casusdelen").status()).isEqualTo(401);

        server.omgeving().endpoints.verwijder(ep);
        assertThat(server.getAls("utrecht-regisseur", "/api/schermen/casusdelen").json().get("count").asInt())
                .isZero();
    }

    @Test
    void casusdelenDieNietDeugenLatenDeRoutesWerken() {
        VariantEndpoint ep = new VariantEndpoint() {
            public String segment() {
                return "stuk";
            }

            public String variant() {
                return "standaard";
            }

            public List<Route> routes() {
                return List.of(new Route("GET", "", "Werkt", Set.of(Rol.CASUSREGISSEUR), v -> Antwoord.ok("ja")));
            }

            public List<Scherm> casusdelen() {
                throw new IllegalStateException("casusdelen stuk");
            }
        };
        server.omgeving().endpoints.voegToe(ep, "stuk");
        assertThat(server.getAls("utrecht-regisseur", "/api/gemeenten/utrecht/stuk").status()).isEqualTo(200);
        assertThat(server.getAls("utrecht-regisseur", "/api/schermen/casusdelen").json().get("count").asInt())
                .isZero();
    }

    private static URL bestand(Path p) {
        if (!Files.isRegularFile(p)) {
            return null;
        }
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
