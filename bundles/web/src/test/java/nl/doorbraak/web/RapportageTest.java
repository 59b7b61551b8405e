package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.doorbraak.api.domein.Rapportage;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.RapportageService;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.web.TestServer.Antw;
import nl.doorbraak.web.routes.RapportageCsv;

/** The rapportage routes: JSON and CSV (parsed back), content negotiation, roles and tenant scope. */
class RapportageTest {

    static TestServer server;
    static final NepRapportage rapportage = new NepRapportage();
    static final String PAD = "/api/gemeenten/utrecht/rapportage";

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
        server.servlet.bindRapportageService(rapportage);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** A rapportage with awkward text: a ; and a " in a name and a regel that Excel would run as a formula. */
    static Rapportage voorbeeld(String gemeente, int jaar, String tafel) {
        Map<String, Integer> afgesloten = new LinkedHashMap<>();
        afgesloten.put("doorbraak", 5);
        afgesloten.put("opgelost_zonder_doorbraak", 2);
        afgesloten.put("terugverwezen", 1);
        Map<String, Rapportage.SignaalGroep> perStatus = new LinkedHashMap<>();
        perStatus.put("nieuw", new Rapportage.SignaalGroep(1, 4));
        perStatus.put("in_behandeling", new Rapportage.SignaalGroep(0, 0));
        perStatus.put("geagendeerd", new Rapportage.SignaalGroep(0, 0));
        perStatus.put("opgelost", new Rapportage.SignaalGroep(0, 0));
        return new Rapportage(gemeente, jaar, tafel, Instant.parse("2026-03-01T10:00:00Z"),
                new Rapportage.Casussen(12, afgesloten, 4,
                        List.of(new Rapportage.CasusGroep("wonen", 7, 5, 2), new Rapportage.CasusGroep(null, 5, 3, 2)),
                        List.of(new Rapportage.CasusGroep("Woningcorporatie \"Thuis\"; Utrecht", 7, 5, 2))),
                new Rapportage.Besluiten(5, 3, 1,
                        List.of(new Rapportage.BesluitGroep("wonen", 5, 3, new BigDecimal("2050.00"))),
                        List.of(new Rapportage.BesluitGroep("CJIB", 2, 0, new BigDecimal("400.00")))),
                new Rapportage.Doorlooptijd(8, new BigDecimal("61.5")),
                new Rapportage.Potjes(new BigDecimal("1500.00"), new BigDecimal("1234.56"), new BigDecimal("265.44"),
                        List.of(new Rapportage.PotjeCijfers("p1", "Voorkom Erger Potje", null,
                                new BigDecimal("1500.00"), new BigDecimal("1234.56"), 4, new BigDecimal("265.44")))),
                new Rapportage.Besparing(new BigDecimal("125000.00"), "waardendriehoek", 5),
                new Rapportage.Acties(3, 1, 9, 6), new Rapportage.Escalaties(1, 1, Map.of("directie", 2)),
                new Rapportage.Signalen(perStatus, 1, List.of(new Rapportage.SignaalCijfers("s1",
                        "=HYPERLINK(\"http://x\")", "DUO", "nieuw", 4))));
    }

    static final class NepRapportage implements RapportageService {
        final List<String> gevraagd = new ArrayList<>();

        @Override
        public Rapportage rapportage(Namens namens, String gemeente, int jaar, String tafelId) {
            gevraagd.add(gemeente + "/" + jaar + "/" + tafelId);
            if (jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) {
                throw new OngeldigeInvoerException("De invoer klopt niet: jaar",
                        List.of(new VeldFout("jaar", "waarde", "Jaar " + jaar + " kan niet.")));
            }
            return voorbeeld(gemeente, jaar, tafelId);
        }

        @Override
        public List<Rapportage.Totalen> platform(Namens namens, int jaar) {
            return List.of(voorbeeld("eindhoven", jaar, null).totalen(), voorbeeld("utrecht", jaar, null).totalen());
        }
    }

    /** The CSV as a spreadsheet reads it: BOM, then rows split on ; with "quoted" fields. */
    static List<List<String>> leesCsv(String body) {
        assertThat(body).startsWith("\uFEFF");
        List<List<String>> rijen = new ArrayList<>();
        for (String regel : body.substring(1).split("\r\n")) {
            List<String> velden = new ArrayList<>();
            StringBuilder v = new StringBuilder();
            boolean binnen = false;
            for (int i = 0; i < regel.length(); i++) {
                char ch = regel.charAt(i);
                if (binnen && ch == '"' && i + 1 < regel.length() && regel.charAt(i + 1) == '"') {
                    v.append('"');
                    i++;
                } else if (ch == '"') {
                    binnen = !binnen;
                } else if (ch == ';' && !binnen) {
                    velden.add(v.toString());
                    v.setLength(0);
                } else {
                    v.append(ch);
                }
            }
            velden.add(v.toString());
            rijen.add(velden);
        }
        return rijen;
    }

    static String waarde(List<List<String>> rijen, String onderdeel, String groep, String cijfer) {
        return rijen.stream().filter(r -> r.get(3).equals(onderdeel) && r.get(4).equals(groep) && r.get(5).equals(cijfer))
                .map(r -> r.get(6)).findFirst().orElseThrow(() -> new AssertionError(onderdeel + "/" + groep + "/" + cijfer));
    }

    @Test
    void jsonVoorDeGemeentebeheerderMetHetLopendeJaarAlsStandaard() {
        Antw a = server.getAls("utrecht-beheerder", PAD);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        int ditJaar = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        assertThat(rapportage.gevraagd).contains("utrecht/" + ditJaar + "/null");
        JsonNode r = a.json();
        assertThat(r.path("jaar").asInt()).isEqualTo(ditJaar);
        assertThat(r.path("casussen").path("afgesloten").path("doorbraak").asInt()).isEqualTo(5);
        assertThat(r.path("casussen").path("afgesloten").path("totaal").asInt()).isEqualTo(8);
        assertThat(r.path("casussen").path("perThema").get(1).path("naam").isNull()).isTrue();
        assertThat(r.path("besluiten").path("totaal").asInt()).isEqualTo(8);
        assertThat(r.path("doorlooptijd").path("mediaanDagen").decimalValue()).isEqualByComparingTo("61.5");
        assertThat(r.path("potjes").path("uitgegeven").decimalValue()).isEqualByComparingTo("1234.56");
        assertThat(r.path("besparing").path("bron").asText()).isEqualTo("waardendriehoek");
        assertThat(r.path("escalaties").path("perNiveau").path("directie").asInt()).isEqualTo(2);
        assertThat(r.path("signalen").path("perStatus").path("nieuw").path("gewicht").asInt()).isEqualTo(4);
    }

    @Test
    void csvMetBomPuntkommasEnNederlandseGetallen() {
        Antw pad = server.getAls("utrecht-regisseur", PAD + ".csv?jaar=2025&tafel=t-u1");
        Antw accept = server.get(PAD + "?jaar=2025&tafel=t-u1", "Authorization", TestServer.basic("utrecht-regisseur"),
                "Accept", "text/csv");

        for (Antw a : List.of(pad, accept)) {
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            assertThat(a.contentType()).isEqualTo("text/csv; charset=UTF-8");
            assertThat(a.header("Content-Disposition")).isEqualTo("attachment; filename=\"rapportage-utrecht-2025-tafel.csv\"");
            List<List<String>> rijen = leesCsv(a.body());
            assertThat(String.join(";", rijen.get(0))).isEqualTo(RapportageCsv.KOP);
            assertThat(rijen).allSatisfy(r -> assertThat(r).hasSize(7));
            assertThat(rijen.get(1).subList(0, 3)).containsExactly("utrecht", "2025", "t-u1");
            assertThat(waarde(rijen, "casussen", "", "aangemeld")).isEqualTo("12");
            assertThat(waarde(rijen, "casussen afgesloten", "doorbraak", "aantal")).isEqualTo("5");
            assertThat(waarde(rijen, "potjes", "", "uitgegeven")).isEqualTo("1234,56");
            assertThat(waarde(rijen, "doorlooptijd", "", "mediaanDagen")).isEqualTo("61,5");
            assertThat(waarde(rijen, "casussen per thema", RapportageCsv.GEEN_THEMA, "aangemeld")).isEqualTo("5");
            // a ; and " in a name survive the round trip; a formula is defused
            assertThat(waarde(rijen, "casussen per organisatie", "Woningcorporatie \"Thuis\"; Utrecht", "aangemeld"))
                    .isEqualTo("7");
            assertThat(waarde(rijen, "zwaarste signalen", "'=HYPERLINK(\"http://x\") (DUO)", "gewicht")).isEqualTo("4");
        }
        assertThat(rapportage.gevraagd).contains("utrecht/2025/t-u1");
    }

    @Test
    void jsonOfCsvVolgensDeVolgordeEnKwaliteitInAccept() {
        String json = "application/json";
        String csv = "text/csv; charset=UTF-8";
        for (String[] geval : new String[][] { { null, json }, { "application/json", json }, { "text/csv", csv },
                { "application/json, text/csv", json }, { "text/csv, application/json", csv },
                { "text/csv;q=0.5, application/json", json }, { "*/*", json }, { "text/*", csv },
                // as openapi-generator's client asks for the JSON operation
                { "application/json, text/csv, application/problem+json", json } }) {
            for (String pad : List.of(PAD + "?jaar=2025", "/api/rapportage?jaar=2025")) {
                String wie = pad.startsWith("/api/rapportage") ? "platformbeheerder" : "utrecht-regisseur";
                Antw a = geval[0] == null ? server.getAls(wie, pad)
                        : server.get(pad, "Authorization", TestServer.basic(wie), "Accept", geval[0]);
                assertThat(a.status()).as(pad + " " + geval[0] + ": " + a.body()).isEqualTo(200);
                assertThat(a.contentType()).as(pad + " " + geval[0]).isEqualTo(geval[1]);
            }
        }
        // the .csv path is CSV whatever Accept says, as before
        Antw pad = server.get(PAD + ".csv?jaar=2025", "Authorization", TestServer.basic("utrecht-regisseur"), "Accept",
                "application/json");
        assertThat(pad.contentType()).isEqualTo(csv);
    }

    @Test
    void nietsAanvaardbaarIs406InHetNederlands() {
        for (String accept : List.of("text/csv;q=0", "application/xml", "application/json;q=0, text/csv;q=0")) {
            Antw a = server.get(PAD + "?jaar=2025", "Authorization", TestServer.basic("utrecht-regisseur"), "Accept",
                    accept);
            assertThat(a.status()).as(accept).isEqualTo(406);
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat(a.json().path("detail").asText()).isEqualTo("Dit antwoord is er als application/json of "
                    + "text/csv, maar de header Accept van het verzoek aanvaardt geen daarvan. Noem een van deze typen "
                    + "in Accept, of laat de header weg.");
        }
    }

    @Test
    void alleenBeheerderEnRegisseurVanDeEigenGemeente() {
        assertThat(server.getAls("utrecht-tafellid", PAD).status()).isEqualTo(403);
        assertThat(server.getAls("leeuwarden-transformaatje", "/api/gemeenten/leeuwarden/rapportage").status())
                .isEqualTo(403);
        Antw ander = server.getAls("leeuwarden-regisseur", PAD + ".csv");
        assertThat(ander.status()).isEqualTo(404);
        assertThat(ander.contentType()).startsWith("application/problem+json");
        assertThat(server.getAls("platformbeheerder", PAD).status()).isEqualTo(403);
        assertThat(server.getAls("rijk-szw", PAD).status()).isEqualTo(403);
        assertThat(server.get(PAD).status()).isEqualTo(401);
    }

    @Test
    void eenOngeldigJaarIs400MetHetVeld() {
        for (String jaar : List.of("twintig", "1999")) {
            Antw a = server.getAls("utrecht-regisseur", PAD + "?jaar=" + jaar);
            assertThat(a.status()).as(a.body()).isEqualTo(400);
            assertThat(a.json().path("invalidParams").get(0).path("name").asText()).isEqualTo("jaar");
        }
    }

    @Test
    void hetPlatformZietPerGemeenteAlleenAantallenEnBedragen() {
        Antw a = server.getAls("platformbeheerder", "/api/rapportage?jaar=2025");

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode g = a.json().path("gemeenten");
        assertThat(g).extracting(n -> n.path("gemeente").asText()).containsExactly("eindhoven", "utrecht");
        assertThat(g.get(1).path("besluiten").path("doorbraken").asInt()).isEqualTo(5);
        // no names of themes, organisaties, potjes or signalen, and no free text
        assertThat(a.body()).doesNotContain("wonen", "Woningcorporatie", "CJIB", "Voorkom Erger", "HYPERLINK", "DUO",
                "perThema", "perOrganisatie", "regel");
        Antw csv = server.getAls("platformbeheerder", "/api/rapportage.csv?jaar=2025");
        assertThat(csv.status()).isEqualTo(200);
        List<List<String>> rijen = leesCsv(csv.body());
        assertThat(rijen.stream().skip(1).map(r -> r.get(0)).distinct()).containsExactly("eindhoven", "utrecht");
        assertThat(csv.body()).doesNotContain("wonen", "Woningcorporatie", "HYPERLINK");
        // and only for the platformbeheerder
        assertThat(server.getAls("utrecht-beheerder", "/api/rapportage").status()).isEqualTo(403);
    }

    @Test
    void inHetOpenApiDocument() {
        JsonNode doc = server.get("/api/openapi.json").json();
        for (String pad : Arrays.asList("/api/gemeenten/{gemeente}/rapportage", "/api/gemeenten/{gemeente}/rapportage.csv",
                "/api/rapportage", "/api/rapportage.csv")) {
            assertThat(doc.path("paths").path(pad).path("get").path("responses").path("200").path("content")
                    .has("text/csv")).as(pad).isTrue();
        }
        assertThat(doc.path("components").path("schemas").path("Rapportage").path("properties").has("besparing"))
                .isTrue();
    }
}
