package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rapportage over HTTP on the real platform: a new tafel goes through a year's work (a doorbraak with a potje
 * uitgave and an actie, a casus still open, a signaal), and its rapportage, as JSON and as CSV that a spreadsheet
 * reads, shows exactly that; who may see it; and the platformbeheerder's view across gemeenten holds no titles,
 * names, pseudoniemen or free text.
 */
class RapportageIT {

    static Platform platform;
    static Api regisseur;
    static Api beheerder;
    static String tafel;
    static String pseudoniem;
    static final String G = "/api/gemeenten/utrecht";
    static final String TITEL = "Mevrouw Jansen uit de Rapportagestraat";
    static final String HULPVRAAG = "Beslag op toeslag en huurachterstand na scheiding";
    static final int JAAR = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
    static final String MORGEN = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
        regisseur = platform.api().als("utrecht-regisseur");
        beheerder = platform.api().als("utrecht-beheerder");

        Api.Antwoord t = beheerder.post(G + "/tafels", Map.of("naam", "Rapportagetafel Zuilen", "variant",
                "standaard", "deelnemers", List.of(Map.of("naam", "Marieke de Vries", "organisatie",
                        "Woningcorporatie", "mandaat", "Huur tot €3.000", "mandaatBedrag", 3000))));
        assertThat(t.status()).as(t.body()).isEqualTo(201);
        tafel = t.json().path("id").asText();
        Api.Antwoord p = beheerder.post(G + "/potjes", Map.of("naam", "Potje Zuilen", "tafelId", tafel,
                "beginsaldo", 500));
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        String potje = p.json().path("id").asText();

        // a doorbraak: agenda, besluit with €250 from the potje and an actie, closed as doorbraak
        String a = casus(TITEL, "wonen", List.of("Woningcorporatie", "Belastingdienst"));
        pseudoniem = regisseur.get(G + "/casussen/" + a).json().path("inwoner").path("pseudoniem").asText();
        assertThat(regisseur.post(G + "/casussen/" + a + "/status", Map.of("status", "in_voorbereiding")).status())
                .isEqualTo(200);
        Api.Antwoord b = regisseur.post(G + "/bijeenkomsten", Map.of("tafelId", tafel, "datum", MORGEN,
                "aanwezigen", List.of("Marieke de Vries"), "notitie", "Mevrouw Jansen was erbij"));
        assertThat(b.status()).as(b.body()).isEqualTo(201);
        assertThat(regisseur.post(G + "/bijeenkomsten/" + b.json().path("id").asText() + "/agenda",
                Map.of("casusId", a)).status()).isEqualTo(200);
        Api.Antwoord besluit = regisseur.post(G + "/casussen/" + a + "/besluiten", Map.of("soort", "doorbraak",
                "omschrijving", "Ontruiming van mevrouw Jansen opgeschort",
                "waardendriehoek", Map.of("legitimiteit", "Hardheidsclausule", "rendement", "Geen opvang",
                        "rendementBedrag", 45000, "betrokkenheid", "Mevrouw tekent de regeling"),
                "deelnemers", List.of("Marieke de Vries"),
                "toezeggingen", List.of(Map.of("organisatie", "Woningcorporatie", "bedrag", 1650)),
                "uitgave", Map.of("potjeId", potje, "bedrag", 250, "omschrijving", "huurachterstand"),
                "acties", List.of(Map.of("omschrijving", "Ontruiming intrekken", "organisatie", "Woningcorporatie",
                        "deadline", MORGEN))));
        assertThat(besluit.status()).as(besluit.body()).isEqualTo(201);
        // the actie is still open tomorrow: the casusregisseur closes over it, with a reason (issue 11)
        Api.Antwoord dicht = regisseur.post(G + "/casussen/" + a + "/status", Map.of("status", "afgesloten",
                "reden", "Woonlasten betaalbaar; de corporatie trekt de ontruiming morgen in", "resultaat", "doorbraak",
                "ondanksOpenstaand", true));
        assertThat(dicht.status()).as(dicht.body()).isEqualTo(200);

        // still open, and a signaal over both
        String open = casus("Nog open", "inkomen", List.of("Werk & Inkomen"));
        Api.Antwoord s = regisseur.post(G + "/signalen", Map.of("regel", "Beslagvrije voet bij toeslagen",
                "organisatie", "Belastingdienst", "omschrijving", "Mevrouw Jansen hield niets over",
                "casusIds", List.of(a, open)));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
    }

    static String casus(String titel, String thema, List<String> organisaties) {
        Api.Antwoord c = regisseur.post(G + "/casussen", Map.of("tafelId", tafel, "titel", titel, "hulpvraag",
                HULPVRAAG, "inwoner", Map.of("initialen", "J.J."), "thema", thema, "betrokkenOrganisaties",
                organisaties, "variantData", Map.of("urgentie", "hoog")));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        return c.json().path("id").asText();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    static void zonderPersoonsgegevens(String body) {
        assertThat(body).doesNotContain(TITEL, "Jansen", HULPVRAAG, "J.J.", pseudoniem, "Marieke", "Nog open",
                "utrecht-regisseur");
    }

    @Test
    void deRapportageVanEenTafelToontPreciesWatErGebeurde() {
        Api.Antwoord a = regisseur.get(G + "/rapportage?tafel=" + tafel);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode r = a.json();
        assertThat(r.path("jaar").asInt()).isEqualTo(JAAR);
        assertThat(r.path("casussen").path("aangemeld").asInt()).isEqualTo(2);
        assertThat(r.path("casussen").path("afgesloten").path("doorbraak").asInt()).isEqualTo(1);
        assertThat(r.path("casussen").path("openOpJaareinde").asInt()).isEqualTo(1);
        assertThat(r.path("casussen").path("perThema").toString()).contains("\"naam\":\"inkomen\"", "\"naam\":\"wonen\"");
        assertThat(r.path("casussen").path("perOrganisatie").size()).isEqualTo(3);
        assertThat(r.path("besluiten").path("doorbraken").asInt()).isEqualTo(1);
        assertThat(r.path("besluiten").path("perOrganisatie").get(0).path("naam").asText()).isEqualTo("Woningcorporatie");
        assertThat(r.path("besluiten").path("perOrganisatie").get(0).path("toegezegd").decimalValue())
                .isEqualByComparingTo("1650");
        assertThat(r.path("doorlooptijd").path("casussen").asInt()).isEqualTo(1);
        assertThat(r.path("doorlooptijd").path("mediaanDagen").decimalValue()).isEqualByComparingTo("0");
        assertThat(r.path("potjes").path("gestort").decimalValue()).isEqualByComparingTo("500");
        assertThat(r.path("potjes").path("uitgegeven").decimalValue()).isEqualByComparingTo("250");
        assertThat(r.path("potjes").path("saldoOpJaareinde").decimalValue()).isEqualByComparingTo("250");
        assertThat(r.path("besparing").path("bedrag").decimalValue()).isEqualByComparingTo("45000");
        assertThat(r.path("acties").path("open").asInt()).isEqualTo(1);
        assertThat(r.path("acties").path("verlopen").asInt()).isZero();
        assertThat(r.path("signalen").path("top").get(0).path("regel").asText())
                .isEqualTo("Beslagvrije voet bij toeslagen");
        assertThat(r.path("signalen").path("top").get(0).path("gewicht").asInt()).isEqualTo(2);
        zonderPersoonsgegevens(a.body());
        // last year this tafel did not exist yet
        assertThat(regisseur.get(G + "/rapportage?tafel=" + tafel + "&jaar=" + (JAAR - 1)).json().path("casussen")
                .path("aangemeld").asInt()).isZero();
    }

    @Test
    void deCsvOpentInEenSpreadsheetMetDezelfdeCijfers() {
        Api.Antwoord pad = beheerder.get(G + "/rapportage.csv?tafel=" + tafel);
        Api.Antwoord accept = beheerder.verstuur(beheerder.request(G + "/rapportage?tafel=" + tafel).GET(),
                Map.of("Accept", "text/csv"));

        for (Api.Antwoord a : List.of(pad, accept)) {
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            assertThat(a.contentType()).startsWith("text/csv");
            assertThat(a.body()).startsWith("\uFEFF");
            List<String[]> rijen = new ArrayList<>();
            for (String regel : a.body().substring(1).split("\r\n")) {
                rijen.add(regel.split(";", -1));
            }
            assertThat(String.join(";", rijen.get(0))).isEqualTo("gemeente;jaar;tafel;onderdeel;groep;cijfer;waarde");
            assertThat(rijen).allSatisfy(r -> assertThat(r).hasSize(7));
            assertThat(waarde(rijen, "casussen", "", "aangemeld")).isEqualTo("2");
            assertThat(waarde(rijen, "casussen afgesloten", "doorbraak", "aantal")).isEqualTo("1");
            assertThat(waarde(rijen, "potjes", "", "uitgegeven")).isEqualTo("250,00");
            assertThat(waarde(rijen, "besparing", "waardendriehoek", "bedrag")).isEqualTo("45000,00");
            assertThat(rijen.get(1)[0]).isEqualTo("utrecht");
            assertThat(rijen.get(1)[2]).isEqualTo(tafel);
            zonderPersoonsgegevens(a.body());
        }
    }

    static String waarde(List<String[]> rijen, String onderdeel, String groep, String cijfer) {
        return rijen.stream().filter(r -> r[3].equals(onderdeel) && r[4].equals(groep) && r[5].equals(cijfer))
                .map(r -> r[6]).findFirst().orElseThrow(() -> new AssertionError(onderdeel + "/" + groep + "/" + cijfer));
    }

    @Test
    void alleenBeheerderEnRegisseurVanDeGemeente() {
        assertThat(beheerder.get(G + "/rapportage").status()).isEqualTo(200);
        assertThat(platform.api().als("utrecht-tafellid").get(G + "/rapportage").status()).isEqualTo(403);
        Api.Antwoord ander = platform.api().als("leeuwarden-regisseur").get(G + "/rapportage");
        assertThat(ander.status()).isEqualTo(404);
        assertThat(ander.contentType()).startsWith("application/problem+json");
        assertThat(platform.api().als("platformbeheerder").get(G + "/rapportage").status()).isEqualTo(403);
        Api.Antwoord vreemdeTafel = platform.api().als("leeuwarden-regisseur")
                .get("/api/gemeenten/leeuwarden/rapportage?tafel=" + tafel);
        assertThat(vreemdeTafel.status()).isEqualTo(400);
        assertThat(vreemdeTafel.body()).doesNotContain("Zuilen");
        assertThat(regisseur.get(G + "/rapportage?jaar=volgend").status()).isEqualTo(400);
    }

    @Test
    void hetPlatformZietPerGemeenteAlleenAantallenEnBedragen() {
        Api.Antwoord a = platform.api().als("platformbeheerder").get("/api/rapportage?jaar=" + JAAR);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode gemeenten = a.json().path("gemeenten");
        List<String> ids = new ArrayList<>();
        gemeenten.forEach(g -> ids.add(g.path("gemeente").asText()));
        assertThat(ids).containsExactly("eindhoven", "leeuwarden", "utrecht");
        JsonNode utrecht = gemeenten.get(2);
        assertThat(utrecht.path("casussen").path("aangemeld").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(utrecht.path("besluiten").path("doorbraken").asInt()).isGreaterThanOrEqualTo(1);
        // no titles, names, pseudoniemen, free text, nor names of tafels, potjes, thema's or signalen
        zonderPersoonsgegevens(a.body());
        assertThat(a.body()).doesNotContain("Zuilen", "Beslagvrije", "wonen", "Woningcorporatie", "Overvecht",
                "hulpvraag", "titel", "INW-");
        Api.Antwoord csv = platform.api().als("platformbeheerder").get("/api/rapportage.csv?jaar=" + JAAR);
        assertThat(csv.status()).isEqualTo(200);
        zonderPersoonsgegevens(csv.body());
        assertThat(csv.body()).doesNotContain("Zuilen", "Beslagvrije", "wonen", "INW-");
        assertThat(beheerder.get("/api/rapportage").status()).isEqualTo(403);
        assertThat(regisseur.get("/api/rapportage").status()).isEqualTo(403);
    }

    @Test
    void inHetOpenApiDocument() {
        JsonNode paden = platform.api().get("/api/openapi.json").json().path("paths");
        assertThat(paden.has("/api/gemeenten/{gemeente}/rapportage")).isTrue();
        assertThat(paden.has("/api/rapportage")).isTrue();
    }
}
