package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieFilter;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.domein.EscalatieWijziging;
import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.EscalatieService;
import nl.doorbraak.api.service.NietBeschikbaarException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.web.TestServer.Antw;

/** The escalation routes: JSON in and out, who may do what, tenant scope, and every refusal as problem+json. */
class EscalatieTest {

    static TestServer server;
    static final NepEscalaties escalaties = new NepEscalaties();
    static final String R = "utrecht-regisseur";
    static String casusT1;
    static String casusT2;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
        server.servlet.bindEscalatieService(escalaties);
        server.casussen.vul(2);
        casusT1 = server.casussen.alle.values().stream().filter(c -> c.tafelId().equals("t-u1")).findFirst()
                .orElseThrow().id();
        casusT2 = server.casussen.alle.values().stream().filter(c -> c.tafelId().equals("t-u2")).findFirst()
                .orElseThrow().id();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static String casusPad(String id) {
        return "/api/gemeenten/utrecht/casussen/" + id + "/escalaties";
    }

    static void isProbleem(Antw a, int status) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().get("detail").asText()).isNotBlank();
        assertThat(a.body()).doesNotContain("Exception");
    }

    static JsonNode escaleer(String gebruiker, String casus) {
        Antw a = server.jsonAls(gebruiker, "POST", casusPad(casus), "{\"reden\":\"UWV beslist niet\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json();
    }

    @Test
    void escalerenGeeft201MetLocationEtagEnAlleVelden() {
        Antw a = server.jsonAls(R, "POST", casusPad(casusT1), "{\"reden\":\"Ontruiming volgende week\",\"niveau\":\"directie\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        JsonNode e = a.json();
        String id = e.get("id").asText();
        assertThat(a.header("Location")).isEqualTo(server.publiek + "/api/gemeenten/utrecht/escalaties/" + id);
        assertThat(a.header("ETag")).isEqualTo("\"1\"");
        assertThat(e.get("casusId").asText()).isEqualTo(casusT1);
        assertThat(e.get("niveau").asText()).isEqualTo("directie");
        assertThat(e.get("reactietermijnDagen").asInt()).isEqualTo(10);
        assertThat(e.get("status").asText()).isEqualTo("open");
        assertThat(e.get("verlopen").asBoolean()).isFalse();
        assertThat(e.get("deadline").asText()).endsWith("Z");
        assertThat(e.get("antwoord").isNull()).isTrue();
        assertThat(e.at("/historie/0/naar").asText()).isEqualTo("open");
        assertThat(e.at("/historie/0/door").asText()).isEqualTo(R);
        assertThat(e.at("/historie/0/toelichting").asText()).isEqualTo("Ontruiming volgende week");
        assertThat(escalaties.laatsteDoor).isEqualTo(R);

        Antw lees = server.getAls(R, "/api/gemeenten/utrecht/escalaties/" + id);
        assertThat(lees.status()).isEqualTo(200);
        assertThat(lees.json()).isEqualTo(e);
        assertThat(server.get("/api/gemeenten/utrecht/escalaties/" + id, "Authorization", TestServer.basic(R),
                "If-None-Match", "\"1\"").status()).isEqualTo(304);

        Antw lijst = server.getAls(R, casusPad(casusT1));
        assertThat(lijst.status()).isEqualTo(200);
        assertThat(lijst.json().get("results")).anySatisfy(x -> assertThat(x.get("id").asText()).isEqualTo(id));

        // answer with a stale If-Match: 409; with the right one: 200
        Antw oud = server.jsonAls(R, "POST", "/api/gemeenten/utrecht/escalaties/" + id + "/antwoord",
                "{\"antwoord\":\"Directie schiet de huur voor\"}", "If-Match", "\"7\"");
        isProbleem(oud, 409);
        Antw antwoord = server.jsonAls(R, "POST", "/api/gemeenten/utrecht/escalaties/" + id + "/antwoord",
                "{\"antwoord\":\"Directie schiet de huur voor\"}", "If-Match", "\"1\"");
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        assertThat(antwoord.json().get("status").asText()).isEqualTo("beantwoord");
        assertThat(antwoord.json().get("antwoord").asText()).isEqualTo("Directie schiet de huur voor");
        assertThat(antwoord.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void doorescalerenGeeft201MetDeNieuweEscalatie() {
        String id = escaleer(R, casusT2).get("id").asText();
        Antw a = server.jsonAls(R, "POST", "/api/gemeenten/utrecht/escalaties/" + id + "/doorescaleren",
                "{\"reden\":\"Geen reactie binnen de termijn\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        String nieuw = a.json().get("id").asText();
        assertThat(nieuw).isNotEqualTo(id);
        assertThat(a.header("Location")).endsWith("/api/gemeenten/utrecht/escalaties/" + nieuw);
        assertThat(a.json().get("vorige").asText()).isEqualTo(id);
        assertThat(server.getAls(R, "/api/gemeenten/utrecht/escalaties/" + id).json().get("status").asText())
                .isEqualTo("doorgeescaleerd");

        // an empty body is fine for opgelost
        Antw opgelost = server.verzoek("POST", "/api/gemeenten/utrecht/escalaties/" + nieuw + "/opgelost", null,
                "Authorization", TestServer.basic(R));
        assertThat(opgelost.status()).as(opgelost.body()).isEqualTo(200);
        assertThat(opgelost.json().get("status").asText()).isEqualTo("opgelost");
        // the service's conflict is a 409 with its Dutch explanation
        Antw weer = server.jsonAls(R, "POST", "/api/gemeenten/utrecht/escalaties/" + nieuw + "/opgelost", "{}");
        isProbleem(weer, 409);
        assertThat(weer.json().get("detail").asText()).contains("niet meer open");
    }

    @Test
    void slechteInvoerIsEen400MetAlleVelden() {
        Antw zonderReden = server.jsonAls(R, "POST", casusPad(casusT1), "{\"niveau\":\"directie\"}");
        isProbleem(zonderReden, 400);
        assertThat(zonderReden.json().at("/invalidParams/0/name").asText()).isEqualTo("reden");
        assertThat(zonderReden.json().at("/invalidParams/0/code").asText()).isEqualTo("verplicht");
        assertThat(zonderReden.json().at("/invalidParams/0/reason").asText()).contains("Geef een reden");

        Antw leeg = server.jsonAls(R, "POST", casusPad(casusT1), "{\"reden\":\"   \"}");
        isProbleem(leeg, 400);

        Antw fout = server.jsonAls(R, "POST", casusPad(casusT1), "{\"reden\":42,\"niveau\":true,\"prio\":\"hoog\"}");
        isProbleem(fout, 400);
        JsonNode p = fout.json().get("invalidParams");
        assertThat(p).hasSize(3);
        assertThat(p.findValuesAsText("name")).containsExactlyInAnyOrder("reden", "niveau", "prio");
        assertThat(p.findValuesAsText("code")).containsExactlyInAnyOrder("type", "type", "onbekend");

        isProbleem(server.verzoek("POST", casusPad(casusT1), "reden=x", "Authorization", TestServer.basic(R),
                "Content-Type", "application/x-www-form-urlencoded"), 415);
        isProbleem(server.jsonAls(R, "POST", "/api/gemeenten/utrecht/escalaties/x/antwoord", "{\"antwoord\":\"\"}"),
                404);
        String id = escaleer(R, server.casussen.maak(Nep.SYSTEEM, "utrecht", new nl.doorbraak.api.domein.NieuweCasus("t-u1", "T",
                "H", null, null, null, null)).id()).get("id").asText();
        Antw geenAntwoord = server.jsonAls(R, "POST", "/api/gemeenten/utrecht/escalaties/" + id + "/antwoord", "{}");
        isProbleem(geenAntwoord, 400);
        assertThat(geenAntwoord.json().at("/invalidParams/0/name").asText()).isEqualTo("antwoord");
        isProbleem(server.jsonAls(R, "POST", "/api/gemeenten/utrecht/escalaties/" + id + "/doorescaleren", "{}"), 400);
        isProbleem(server.jsonAls(R, "POST", "/api/gemeenten/utrecht/escalaties/" + id + "/opgelost",
                "{\"reden\":\"x\"}"), 400);

        isProbleem(server.getAls(R, "/api/gemeenten/utrecht/escalaties?status=dicht"), 400);
        Antw verlopen = server.getAls(R, "/api/gemeenten/utrecht/escalaties?verlopen=ja");
        isProbleem(verlopen, 400);
        assertThat(verlopen.json().at("/invalidParams/0/name").asText()).isEqualTo("verlopen");
        isProbleem(server.getAls(R, "/api/gemeenten/utrecht/escalaties?pageSize=500"), 400);
        Antw delete = server.verzoek("DELETE", "/api/gemeenten/utrecht/escalaties/" + id, null, "Authorization",
                TestServer.basic(R));
        isProbleem(delete, 405);
        assertThat(delete.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
    }

    @Test
    void deLijstGeeftFiltersDoorEnZeKomenTerugInNext() {
        for (int i = 0; i < 3; i++) {
            String c = server.casussen.maak(Nep.SYSTEEM, "utrecht", new nl.doorbraak.api.domein.NieuweCasus("t-u2", "L" + i, "H",
                    null, null, null, null)).id();
            escaleer(R, c);
        }
        Antw a = server.getAls(R, "/api/gemeenten/utrecht/escalaties?status=open&niveau=tafel&verlopen=true&pageSize=1");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(escalaties.laatsteFilter).isEqualTo(new EscalatieFilter(EscalatieStatus.OPEN, "tafel", true, null));
        assertThat(a.json().get("next").asText()).contains("status=open", "niveau=tafel", "verlopen=true", "page=2");
    }

    @Test
    void wieWatMag() {
        String beheerder = "utrecht-beheerder";
        String tafellid = "utrecht-tafellid";
        String id = escaleer(R, server.casussen.maak(Nep.SYSTEEM, "utrecht", new nl.doorbraak.api.domein.NieuweCasus("t-u2", "R",
                "H", null, null, null, null)).id()).get("id").asText();

        // gemeentebeheerder: reads everything, changes nothing
        assertThat(server.getAls(beheerder, "/api/gemeenten/utrecht/escalaties").status()).isEqualTo(200);
        assertThat(server.getAls(beheerder, "/api/gemeenten/utrecht/escalaties/" + id).status()).isEqualTo(200);
        assertThat(server.getAls(beheerder, "/api/gemeenten/utrecht/escalatieroute").status()).isEqualTo(200);
        isProbleem(server.jsonAls(beheerder, "POST", casusPad(casusT1), "{\"reden\":\"x\"}"), 403);
        isProbleem(server.jsonAls(beheerder, "POST", "/api/gemeenten/utrecht/escalaties/" + id + "/antwoord",
                "{\"antwoord\":\"x\"}"), 403);

        // tafellid: escalates casussen of its tafel; sees only those; handles nothing
        String eigen = server.casussen.maak(Nep.SYSTEEM, "utrecht", new nl.doorbraak.api.domein.NieuweCasus("t-u1", "E", "H",
                null, null, null, null)).id();
        JsonNode e = escaleer(tafellid, eigen);
        assertThat(e.at("/historie/0/door").asText()).isEqualTo(tafellid);
        assertThat(server.getAls(tafellid, "/api/gemeenten/utrecht/escalaties/" + e.get("id").asText()).status())
                .isEqualTo(200);
        isProbleem(server.getAls(tafellid, "/api/gemeenten/utrecht/escalaties/" + id), 404);
        isProbleem(server.getAls(tafellid, casusPad(casusT2)), 404);
        isProbleem(server.jsonAls(tafellid, "POST", casusPad(casusT2), "{\"reden\":\"x\"}"), 404);
        isProbleem(server.jsonAls(tafellid, "POST", "/api/gemeenten/utrecht/escalaties/" + e.get("id").asText()
                + "/opgelost", "{}"), 403);
        server.getAls(tafellid, "/api/gemeenten/utrecht/escalaties");
        assertThat(escalaties.laatsteFilter.tafels()).containsExactly("t-u1");

        // transformaatje: no escalaties; another gemeente, Rijk, platformbeheerder: not found
        isProbleem(server.getAls("leeuwarden-transformaatje", "/api/gemeenten/leeuwarden/escalaties"), 403);
        for (String ander : List.of("eindhoven-regisseur", "rijk-szw", "platformbeheerder")) {
            isProbleem(server.getAls(ander, "/api/gemeenten/utrecht/escalaties/" + id), 404);
            isProbleem(server.jsonAls(ander, "POST", casusPad(casusT1), "{\"reden\":\"x\"}"), 404);
        }
        // the same id under another gemeente is not found either
        isProbleem(server.getAls("eindhoven-regisseur", "/api/gemeenten/eindhoven/escalaties/" + id), 404);
        isProbleem(server.get("/api/gemeenten/utrecht/escalaties"), 401);
    }

    @Test
    void deRouteMetTermijnenEnDeGemeente() {
        Antw route = server.getAls(R, "/api/gemeenten/utrecht/escalatieroute");
        assertThat(route.status()).isEqualTo(200);
        assertThat(route.json().get("gemeente").asText()).isEqualTo("utrecht");
        JsonNode niveaus = route.json().get("niveaus");
        assertThat(niveaus.findValuesAsText("id")).containsExactly("tafel", "directie", "rijk");
        assertThat(niveaus.get(2).get("plugin").asText()).isEqualTo("nl.doorbraak.plugin.rodeknop");
        assertThat(niveaus.get(0).get("plugin").isNull()).isTrue();

        JsonNode g = server.getAls(R, "/api/gemeenten/utrecht").json();
        assertThat(g.at("/escalatieniveaus/1/id").asText()).isEqualTo("directie");
        assertThat(g.at("/escalatieniveaus/1/reactietermijnDagen").asInt()).isEqualTo(10);
    }

    @Test
    void eenPluginNiveauDatWegIsGeeft503MetRetryAfter() {
        Antw a = server.jsonAls(R, "POST", casusPad(casusT1), "{\"reden\":\"Rode knop\",\"niveau\":\"weg\"}");
        isProbleem(a, 503);
        assertThat(a.header("Retry-After")).isEqualTo("6");
    }

    @Test
    void zonderEscalatieserviceIsHetEen503EnDeRestWerkt() throws Exception {
        try (TestServer zonder = new TestServer()) {
            Antw a = zonder.getAls(R, "/api/gemeenten/utrecht/escalaties");
            isProbleem(a, 503);
            assertThat(a.header("Retry-After")).isNotBlank();
            assertThat(zonder.getAls(R, "/api/gemeenten/utrecht/casussen").status()).isEqualTo(200);
            assertThat(zonder.get("/api/health").json().get("status").asText()).isEqualTo("UP");
        }
    }

    @Test
    void deOpenApiBeschrijvingNoemtDeRoutesEnSchemas() {
        JsonNode doc = server.get("/api/openapi.json").json();
        JsonNode paden = doc.get("paths");
        assertThat(paden.has("/api/gemeenten/{gemeente}/escalaties/{id}/doorescaleren")).isTrue();
        assertThat(paden.at("/~1api~1gemeenten~1{gemeente}~1casussen~1{id}~1escalaties/post/responses").has("409"))
                .isTrue();
        assertThat(doc.at("/components/schemas/Escalatie/properties/verlopen/type").asText()).isEqualTo("boolean");
        assertThat(doc.at("/components/schemas/Gemeente/properties/escalatieniveaus/items/$ref").asText())
                .endsWith("Escalatieniveau");
    }

    /** A small in-memory escalation service; the rules themselves are tested in the core. */
    static final class NepEscalaties implements EscalatieService {
        final Map<String, Escalatie> alle = new ConcurrentHashMap<>();
        final AtomicInteger nummer = new AtomicInteger();
        volatile EscalatieFilter laatsteFilter;
        volatile String laatsteDoor;

        @Override
        public List<Escalatieniveau> route(String gemeente) {
            return List.of(Escalatieniveau.geconfigureerd("tafel", 5), Escalatieniveau.geconfigureerd("directie", 10),
                    new Escalatieniveau("rijk", "Rijk", 30, "nl.doorbraak.plugin.rodeknop"));
        }

        @Override
        public Pagina<Escalatie> lijst(String gemeente, EscalatieFilter filter, int page, int pageSize) {
            laatsteFilter = filter;
            List<Escalatie> l = alle.values().stream().filter(e -> e.gemeente().equals(gemeente))
                    .sorted(Comparator.comparing(Escalatie::id)).toList();
            return Nep.pagina(l, page, pageSize);
        }

        @Override
        public List<Escalatie> vanCasus(String gemeente, String casusId) {
            return alle.values().stream().filter(e -> e.gemeente().equals(gemeente) && e.casusId().equals(casusId))
                    .toList();
        }

        @Override
        public Optional<Escalatie> zoek(String gemeente, String id) {
            Escalatie e = alle.get(id);
            return e != null && e.gemeente().equals(gemeente) ? Optional.of(e) : Optional.empty();
        }

        @Override
        public Escalatie escaleer(String gemeente, String casusId, String niveau, String reden, String door) {
            if ("weg".equals(niveau)) {
                throw new NietBeschikbaarException("Escalatieniveau 'weg' is niet beschikbaar.", 6);
            }
            laatsteDoor = door;
            return nieuw(gemeente, casusId, niveau == null ? "tafel" : niveau, reden, null, door);
        }

        private Escalatie nieuw(String gemeente, String casusId, String niveau, String reden, String vorige,
                String door) {
            Instant nu = Instant.parse("2026-11-20T10:00:00Z");
            int dagen = niveau.equals("directie") ? 10 : 5;
            Escalatie e = new Escalatie("e-" + nummer.incrementAndGet(), gemeente, casusId, niveau, niveau, dagen,
                    reden, EscalatieStatus.OPEN, nu.plus(Duration.ofDays(dagen)), false, null, vorige, null,
                    List.of(new EscalatieWijziging(null, EscalatieStatus.OPEN, door, nu, reden)), 1, nu, door, nu);
            alle.put(e.id(), e);
            return e;
        }

        private synchronized Escalatie sluit(String gemeente, String id, Long versie, EscalatieStatus naar,
                String antwoord, String toelichting, String volgende, String door) {
            Escalatie e = zoek(gemeente, id).orElseThrow(() -> new NietGevondenException("weg"));
            if (versie != null && versie != e.versie()) {
                throw new ConflictException("De escalatie is intussen gewijzigd.");
            }
            if (!e.isOpen()) {
                throw new ConflictException("De escalatie is niet meer open.");
            }
            List<EscalatieWijziging> h = new ArrayList<>(e.historie());
            h.add(new EscalatieWijziging(e.status(), naar, door, Instant.now(), toelichting));
            Escalatie nieuw = new Escalatie(id, gemeente, e.casusId(), e.niveau(), e.niveauNaam(),
                    e.reactietermijnDagen(), e.reden(), naar, e.deadline(), false, antwoord, e.vorige(), volgende, h,
                    e.versie() + 1, e.aangemaakt(), e.aangemaaktDoor(), Instant.now());
            alle.put(id, nieuw);
            return nieuw;
        }

        @Override
        public Escalatie beantwoord(String gemeente, String id, Long versie, String antwoord, String door) {
            return sluit(gemeente, id, versie, EscalatieStatus.BEANTWOORD, antwoord, antwoord, null, door);
        }

        @Override
        public Escalatie losOp(String gemeente, String id, Long versie, String toelichting, String door) {
            return sluit(gemeente, id, versie, EscalatieStatus.OPGELOST, null, toelichting, null, door);
        }

        @Override
        public Escalatie escaleerDoor(String gemeente, String id, Long versie, String reden, String door) {
            Escalatie oud = zoek(gemeente, id).orElseThrow(() -> new NietGevondenException("weg"));
            Escalatie volgende = nieuw(gemeente, oud.casusId(), "directie", reden, id, door);
            sluit(gemeente, id, versie, EscalatieStatus.DOORGEESCALEERD, null, reden, volgende.id(), door);
            return volgende;
        }
    }
}
