package nl.doorbraak.plugin.rodeknop;

import static nl.doorbraak.plugin.rodeknop.RodeKnopServiceTest.fake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.http.Antwoord;
import nl.doorbraak.api.http.Route;
import nl.doorbraak.api.http.Verzoek;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.SignaalService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;

/**
 * The agenda's routes as the web bundle dispatches them (first route whose path matches, in list order), until the
 * Rijk routes can be tested over HTTP: who may call them, and that {@code /agenda/voorstellen} is not taken for an id.
 */
@SuppressWarnings("unchecked")
class AgendaRoutesTest {

    static final Set<Rol> LEZERS = Set.of(Rol.CASUSREGISSEUR, Rol.GEMEENTEBEHEERDER);

    GeheugenOpslag opslag;
    List<Route> rijk;
    List<Route> gemeente;

    @BeforeEach
    void maak() {
        opslag = new GeheugenOpslag();
        SignaalService geen = fake(SignaalService.class, (m, a) -> new Pagina<>(0, 1, 100, List.of()));
        Clock klok = Clock.fixed(AgendaTest.NU, ZoneOffset.UTC);
        Agenda agenda = new Agenda(opslag, geen, AgendaTest.gemeenten(), AgendaTest.PARTIJEN, 3, klok);
        Cijfers cijfers = new Cijfers(opslag, AgendaTest.gemeenten(), AgendaTest.PARTIJEN, agenda, klok);
        AgendaRoutes routes = new AgendaRoutes(agenda, cijfers);
        // the other routes are only listed here, never called: no RodeKnopService or Precedenten needed
        rijk = new RijkRoutes(null, () -> routes, null).routes();
        gemeente = new GemeenteRoutes(null, () -> routes, null).routes();
        new Zaken(opslag, () -> AgendaTest.GEMEENTEN).bewaar(AgendaTest.zaak("z1", "utrecht", "u1",
                AgendaTest.KDN_REGEL));
        new Zaken(opslag, () -> AgendaTest.GEMEENTEN).bewaar(AgendaTest.zaak("z2", "leeuwarden", "l1",
                AgendaTest.KDN_REGEL));
    }

    /** The first route with this method whose path matches, as PluginRoutes picks it. */
    static Optional<Route> route(List<Route> routes, String methode, String pad) {
        String[] delen = pad.substring(1).split("/");
        for (Route r : routes) {
            String[] p = r.pad().substring(1).split("/");
            boolean past = p.length == delen.length;
            for (int i = 0; past && i < p.length; i++) {
                past = p[i].startsWith("{") || p[i].equals(delen[i]);
            }
            if (past && r.methode().equals(methode)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    static Antwoord roep(Route r, Gebruiker u, String gemeente, Map<String, String> pad, Map<String, Object> body)
            throws Exception {
        return r.handler().behandel(new Verzoek() {
            public String methode() {
                return r.methode();
            }

            public Gebruiker gebruiker() {
                return u;
            }

            public String gemeente() {
                return gemeente;
            }

            public Map<String, String> padParameters() {
                return pad;
            }

            public Map<String, List<String>> queryParameters() {
                return Map.of();
            }

            public Optional<Map<String, Object>> body() {
                return Optional.ofNullable(body);
            }
        });
    }

    @Test
    void hetRijkVindtVoorstellenMaaktEenPuntEnZetHetVerder() throws Exception {
        Route voorstellen = route(rijk, "GET", "/agenda/voorstellen").orElseThrow();
        assertThat(voorstellen.rollen()).containsExactly(Rol.RIJK);
        assertThat(voorstellen.samenvatting()).isNotBlank();
        Map<String, Object> v = (Map<String, Object>) roep(voorstellen, AgendaTest.SZW, null, Map.of(), null).body();
        assertThat(v).containsEntry("drempel", 3).containsEntry("count", 1);

        Map<String, Object> body = new HashMap<>(AgendaTest.body(AgendaTest.KDN, "Kostendelersnorm", "szw"));
        Antwoord gemaakt = roep(route(rijk, "POST", "/agenda").orElseThrow(), AgendaTest.SZW, null, Map.of(), body);
        assertThat(gemaakt.status()).isEqualTo(201);
        String id = (String) ((Map<String, Object>) gemaakt.body()).get("id");
        assertThat(gemaakt.headers()).containsEntry("Location", "/api/rijk/rodeknop/agenda/" + id);

        Route status = route(rijk, "POST", "/agenda/" + id + "/status").orElseThrow();
        Map<String, Object> na = (Map<String, Object>) roep(status, AgendaTest.SZW, null, Map.of("id", id),
                Map.of("status", "geagendeerd")).body();
        assertThat(na).containsEntry("status", "geagendeerd");
        assertThat((Map<String, Object>) na.get("aantallen")).containsEntry("gemeenten", 2);

        Map<String, Object> cijfers = (Map<String, Object>) roep(route(rijk, "GET", "/cijfers").orElseThrow(),
                AgendaTest.SZW, null, Map.of(), null).body();
        assertThat(cijfers).containsEntry("bereik", "platform");
        for (String pad : List.of("/agenda", "/agenda/" + id, "/cijfers")) {
            assertThat(route(rijk, "GET", pad).orElseThrow().rollen()).as(pad).containsExactly(Rol.RIJK);
        }
    }

    @Test
    void deGemeenteLeestAlleenEnAlleenRegisseurEnBeheerder() throws Exception {
        Antwoord gemaakt = roep(route(rijk, "POST", "/agenda").orElseThrow(), AgendaTest.SZW, null, Map.of(),
                new HashMap<>(AgendaTest.body(AgendaTest.KDN, "Kostendelersnorm", "utrecht")));
        String id = (String) ((Map<String, Object>) gemaakt.body()).get("id");

        for (String pad : List.of("/agenda", "/agenda/" + id, "/cijfers")) {
            assertThat(route(gemeente, "GET", pad).orElseThrow().rollen()).as(pad).isEqualTo(LEZERS);
        }
        assertThat(route(gemeente, "POST", "/agenda")).isEmpty();
        assertThat(route(gemeente, "POST", "/agenda/" + id + "/status")).isEmpty();
        Gebruiker beheerder = new Gebruiker("utrecht-beheerder", "B", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER),
                Set.of());
        Map<String, Object> p = (Map<String, Object>) roep(route(gemeente, "GET", "/agenda/" + id).orElseThrow(),
                beheerder, "utrecht", Map.of("id", id), null).body();
        assertThat(p).containsEntry("status", "voorgesteld").doesNotContainKey("door");
        Map<String, Object> c = (Map<String, Object>) roep(route(gemeente, "GET", "/cijfers").orElseThrow(),
                beheerder, "utrecht", Map.of(), null).body();
        assertThat(c).containsEntry("gemeente", "utrecht");
        assertThat((Map<String, Object>) c.get("zaken")).containsEntry("totaal", 1);
        assertThat((Map<String, Object>) c.get("lessen")).containsEntry("totaal", 1);
    }

    @Test
    void eenOnbekendeStatusInDeQueryIsFouteInvoer() {
        Route lijst = route(gemeente, "GET", "/agenda").orElseThrow();
        assertThatThrownBy(() -> lijst.handler().behandel(new Verzoek() {
            public String methode() {
                return "GET";
            }

            public Gebruiker gebruiker() {
                return null;
            }

            public String gemeente() {
                return "utrecht";
            }

            public Map<String, String> padParameters() {
                return Map.of();
            }

            public Map<String, List<String>> queryParameters() {
                return Map.of("status", List.of("besproken"));
            }

            public Optional<Map<String, Object>> body() {
                return Optional.empty();
            }
        })).isInstanceOf(OngeldigeInvoerException.class);
    }
}
