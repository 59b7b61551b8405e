package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rode knop's own screens (docs/rodeknop.md), from the plug-in through the web app's plug-in mechanism, in a real
 * headless Chromium against the real distribution with the demo: a casusregisseur presses the rode knop on a casus,
 * the Rijk (rijk-szw) works the zaak from its inbox to the follow-up and never sees what the gemeente did not share.
 */
class RodeKnopWebIT extends BrowserIT {

    static final String UTRECHT = "/api/gemeenten/utrecht";
    static final String RODEKNOP = UTRECHT + "/rodeknop";

    @Test
    void eenCasusregisseurDruktOpDeRodeKnopEnKiestWatHetRijkZiet() {
        Api api = platform.api().als("utrecht-regisseur");
        String casus = casusZonderEscalatie(api, 0);

        login("utrecht-regisseur", "demo");
        open("/casussen/" + casus);
        klik(By.id("rodeknop-open"));
        wacht(() -> !browser.findElements(By.id("rodeknop-druk")).isEmpty(), "het formulier van de rode knop");
        CasuswerkWebIT.kies(browser.findElement(By.id("rodeknop-druk-thema")), "inkomen");
        // the thema suggests the parties that cover it
        wacht(() -> browser.findElement(By.cssSelector("#rodeknop-druk-partijen input[value=szw]")).isSelected(),
                "SZW voorgesteld bij thema inkomen");
        typ("rodeknop-druk-regel-omschrijving", "Kostendelersnorm in de bijstand");
        typ("rodeknop-druk-regel-wet", "Participatiewet");
        typ("rodeknop-druk-geprobeerd", "Bijzondere bijstand; de wet laat geen uitzondering toe.");
        typ("rodeknop-druk-vraag", "Uitzondering voor BSN 111222333 graag");
        klik(By.cssSelector("#rodeknop-druk-delen input[value=geprobeerd]"));
        assertToegankelijk("het formulier van de rode knop");

        verwachteNetwerkfouten.add(RODEKNOP + "/casussen/" + casus);
        klik(By.cssSelector("#rodeknop-druk button[type=submit]"));
        wacht(() -> fout("rodeknop-druk-vraag").contains("BSN"), "de melding van de API bij de vraag");
        assertThat(browser.findElement(By.id("rodeknop-druk-vraag")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("rodeknop-druk-geprobeerd")).getAttribute("value"))
                .isEqualTo("Bijzondere bijstand; de wet laat geen uitzondering toe.");
        assertToegankelijk("het formulier van de rode knop met een fout");

        WebElement vraag = browser.findElement(By.id("rodeknop-druk-vraag"));
        vraag.clear();
        vraag.sendKeys("Sta een jaar uitzondering op de kostendelersnorm toe.");
        klik(By.cssSelector("#rodeknop-druk button[type=submit]"));
        wacht(() -> browser.getPageSource().contains("De casus ligt bij het Rijk"), "de bevestiging");

        JsonNode zaken = api.get(RODEKNOP + "/casussen/" + casus).json().path("results");
        assertThat(zaken).hasSize(1);
        JsonNode zaak = zaken.get(0);
        assertThat(zaak.path("status").asText()).isEqualTo("ingediend");
        assertThat(tekstenVan(zaak.path("partijen"))).contains("szw");
        assertThat(tekstenVan(zaak.path("gedeeld"))).containsExactly("regel", "vraag", "thema", "geprobeerd");
        assertThat(api.get(UTRECHT + "/casussen/" + casus + "/escalaties").json().path("results")
                .findValuesAsText("niveau")).contains("rijk");
        assertThat(browser.findElement(By.cssSelector("[data-zaak='" + zaak.path("id").asText() + "']")).getText())
                .contains("Ingediend", "Kostendelersnorm in de bijstand (Participatiewet)");
        assertToegankelijk("de rode knop op het casusscherm");
        schermafdruk("casusregisseur-rodeknop");
    }

    @Test
    void hetRijkWerktEenZaakVanDeInboxTotDeFollowUpEnZietAlleenWatGedeeldIs() {
        Api gemeente = platform.api().als("utrecht-regisseur");
        String casus = casusZonderEscalatie(gemeente, 1);
        JsonNode casusJson = gemeente.get(UTRECHT + "/casussen/" + casus).json();
        String geheim = "Situatie die niet gedeeld is " + System.nanoTime();
        Api.Antwoord gedrukt = gemeente.post(RODEKNOP + "/casussen/" + casus, Map.of("thema", "inkomen",
                "regel", Map.of("omschrijving", "Kostendelersnorm bij inwonende kinderen", "artikel", "art. 22a"),
                "geprobeerd", "Maatwerk binnen de Participatiewet.", "vraag", "Mag de norm een jaar vervallen?",
                "situatie", geheim, "partijen", List.of("szw"), "delen", List.of("thema")));
        assertThat(gedrukt.status()).as(gedrukt.body()).isEqualTo(201);
        String zaak = gedrukt.json().path("id").asText();
        // one for another party: not in SZW's inbox
        String andere = casusZonderEscalatie(gemeente, 2);
        assertThat(gemeente.post(RODEKNOP + "/casussen/" + andere, Map.of("thema", "werk",
                "regel", Map.of("omschrijving", "Alleen voor UWV " + System.nanoTime()), "geprobeerd", "x",
                "vraag", "y", "partijen", List.of("uwv"))).status()).isEqualTo(201);

        login("rijk-szw", "demo");
        klik(By.linkText("Rode knop: inbox"));
        wacht(() -> !browser.findElements(By.cssSelector("button[data-zaak='" + zaak + "']")).isEmpty(),
                "de zaak in de inbox");
        assertThat(browser.getPageSource()).doesNotContain("Alleen voor UWV");
        assertNietsVanDeCasus(casusJson, geheim);
        assertToegankelijk("de inbox van het Rijk");
        schermafdruk("rijk-inbox");

        klik(By.cssSelector("button[data-zaak='" + zaak + "']"));
        wacht(() -> browser.getPageSource().contains("Mag de norm een jaar vervallen?"), "de zaak");
        assertThat(browser.getPageSource()).contains("Niet gedeeld door de gemeente");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContainPattern("\\bnull\\b|undefined");
        assertNietsVanDeCasus(casusJson, geheim);
        assertThat(browser.getPageSource()).doesNotContain("Maatwerk binnen de Participatiewet.");
        assertToegankelijk("een zaak voor het Rijk");
        schermafdruk("rijk-zaak");

        zetDatum("rodeknop-overleg-datum", LocalDate.now().plusDays(7).toString());
        klik(By.cssSelector("#rodeknop-overleg button[type=submit]"));
        wacht(() -> browser.getPageSource().contains("Het rode-knopoverleg is gepland."), "het geplande overleg");

        klik(By.cssSelector("#rodeknop-uitkomst input[value=omwisselbesluit]"));
        typ("rodeknop-uitkomst-toelichting", "De gemeente mag de norm een jaar buiten toepassing laten.");
        typ("rodeknop-uitkomst-afspraken", "Evaluatie na een halfjaar\nSZW neemt het mee in de wetsevaluatie");
        typ("rodeknop-uitkomst-besparing", "12000");
        assertToegankelijk("het formulier van de uitkomst");
        klik(By.cssSelector("#rodeknop-uitkomst button[type=submit]"));
        wacht(() -> browser.getPageSource().contains("De uitkomst is vastgelegd."), "de vastgelegde uitkomst");

        klik(By.cssSelector("#rodeknop-followup input[value=ja]"));
        typ("rodeknop-followup-bevinding", "De zoon woont thuis en heeft werk.");
        klik(By.cssSelector("#rodeknop-followup button[type=submit]"));
        wacht(() -> browser.getPageSource().contains("de zaak is afgerond"), "de follow-up");

        JsonNode bijGemeente = gemeente.get(RODEKNOP + "/zaken/" + zaak).json();
        assertThat(bijGemeente.path("status").asText()).isEqualTo("afgerond");
        assertThat(bijGemeente.path("uitkomst").path("soort").asText()).isEqualTo("omwisselbesluit");
        assertThat(tekstenVan(bijGemeente.path("uitkomst").path("afspraken"))).containsExactly(
                "Evaluatie na een halfjaar", "SZW neemt het mee in de wetsevaluatie");
        assertThat(bijGemeente.path("followUp").path("opgelost").asBoolean()).isTrue();
        JsonNode escalatie = gemeente.get(UTRECHT + "/escalaties/" + bijGemeente.path("escalatieId").asText()).json();
        assertThat(escalatie.path("status").asText()).isEqualTo("beantwoord");
        assertThat(escalatie.path("antwoord").asText()).contains("omwisselbesluit");

        // every view by the Rijk is in the gemeente's verwerkingenlog, in the report for this inwoner
        JsonNode log = platform.api().als("utrecht-beheerder").get(UTRECHT + "/verwerkingen?inwoner="
                + casusJson.path("inwoner").path("pseudoniem").asText()).json();
        assertThat(log.findValues("door").stream().map(JsonNode::asText).toList()).contains("rijk-szw");
    }

    @Test
    void hetRijkZetEenRegelUitTweeGemeentenOpDeAgendaEnDeGemeenteLeestMee() {
        String regel = "Kostendelersnorm voor mantelzorgers (agenda-WebIT " + System.nanoTime() + ")";
        for (String gemeente : List.of("utrecht", "leeuwarden")) {
            Api api = platform.api().als(gemeente + "-regisseur");
            String tafel = api.get("/api/gemeenten/" + gemeente + "/tafels").json().path("results").get(0).path("id")
                    .asText();
            String casus = EscalatieIT.nieuweCasus(api, gemeente, tafel, "Agenda-WebIT " + gemeente);
            assertThat(api.post("/api/gemeenten/" + gemeente + "/rodeknop/casussen/" + casus, Map.of("thema",
                    "inkomen", "regel", Map.of("omschrijving", regel), "geprobeerd", "x", "vraag", "y")).status())
                    .isEqualTo(201);
        }
        Api rijk = platform.api().als("rijk-szw");
        JsonNode voorstellen = rijk.get("/api/rijk/rodeknop/agenda/voorstellen").json().path("results");
        int plek = -1;
        for (int i = 0; i < voorstellen.size(); i++) {
            if (voorstellen.get(i).path("regel").asText().equalsIgnoreCase(regel)) {
                plek = i;
            }
        }
        assertThat(plek).as("voorstel voor " + regel + " in " + voorstellen).isNotNegative();

        login("rijk-szw", "demo");
        klik(By.linkText("Agenda Den Haag"));
        klik(By.id("rodeknop-voorstel-" + plek));
        wacht(() -> !browser.findElements(By.id("rodeknop-agenderen")).isEmpty(), "het formulier om te agenderen");
        CasuswerkWebIT.kies(browser.findElement(By.id("rodeknop-agenderen-trekker")), "szw");
        typ("rodeknop-agenderen-toelichting", "Komt in twee gemeenten voor.");
        assertToegankelijk("agenderen");
        klik(By.cssSelector("#rodeknop-agenderen button[type=submit]"));
        wacht(() -> browser.getPageSource().contains("De regel staat op de agenda."), "de bevestiging");
        JsonNode punt = null;
        for (JsonNode p : rijk.get("/api/rijk/rodeknop/agenda").json().path("results")) {
            if (p.path("regel").asText().equals(regel)) {
                punt = p;
            }
        }
        assertThat(punt).as("het agendapunt in de API").isNotNull();
        assertThat(punt.path("trekker").path("id").asText()).isEqualTo("szw");
        assertThat(punt.path("status").asText()).isEqualTo("voorgesteld");

        CasuswerkWebIT.kies(browser.findElement(By.id("rodeknop-agendastatus-punt")), punt.path("id").asText());
        CasuswerkWebIT.kies(browser.findElement(By.id("rodeknop-agendastatus-status")), "geagendeerd");
        klik(By.cssSelector("#rodeknop-agendastatus button[type=submit]"));
        wacht(() -> browser.getPageSource().contains("De status is bijgewerkt."), "de nieuwe status");
        assertThat(rijk.get("/api/rijk/rodeknop/agenda/" + punt.path("id").asText()).json().path("status").asText())
                .isEqualTo("geagendeerd");
        assertToegankelijk("de agenda van de Bestuurstafel");
        schermafdruk("rijk-agenda");
        uitloggen();

        // the gemeente reads along: the item with its counts, no forms, nothing of a casus
        login("utrecht-regisseur", "demo");
        klik(By.linkText("Agenda Den Haag"));
        wacht(() -> browser.getPageSource().contains(regel), "het agendapunt bij de gemeente");
        assertThat(browser.findElements(By.id("rodeknop-agendastatus"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("Agenda-WebIT utrecht", "Agenda-WebIT leeuwarden");
        assertToegankelijk("de agenda voor de gemeente");
    }

    /** Nothing of the casus itself on the Rijk's screen: not its id, titel, hulpvraag, initialen or pseudoniem. */
    static void assertNietsVanDeCasus(JsonNode casus, String geheim) {
        String bron = browser.getPageSource();
        assertThat(bron).doesNotContain(casus.path("id").asText(), casus.path("titel").asText(),
                casus.path("hulpvraag").asText(), casus.path("inwoner").path("pseudoniem").asText(), geheim);
        String initialen = casus.path("inwoner").path("initialen").asText();
        if (!initialen.isBlank()) {
            assertThat(bron).doesNotContain(">" + initialen + "<");
        }
    }

    /** The n-th open casus of Utrecht without an open escalation or rode-knopzaak (the demo may have some). */
    static String casusZonderEscalatie(Api api, int n) {
        int gevonden = 0;
        for (JsonNode c : api.get(UTRECHT + "/casussen?pageSize=100").json().path("results")) {
            String id = c.path("id").asText();
            if ("afgesloten".equals(c.path("status").asText())) {
                continue;
            }
            boolean open = api.get(UTRECHT + "/casussen/" + id + "/escalaties").json().path("results")
                    .findValuesAsText("status").contains("open");
            boolean zaak = api.get(RODEKNOP + "/casussen/" + id).json().path("results")
                    .findValuesAsText("status").stream().anyMatch(s -> !"afgerond".equals(s));
            if (!open && !zaak && gevonden++ == n) {
                return id;
            }
        }
        throw new AssertionError("De demo van Utrecht heeft geen " + (n + 1) + " open casussen zonder escalatie.");
    }

    static List<String> tekstenVan(JsonNode lijst) {
        return java.util.stream.StreamSupport.stream(lijst.spliterator(), false).map(JsonNode::asText).toList();
    }

    static String fout(String veldId) {
        List<WebElement> f = browser.findElements(By.id(veldId + "-fout"));
        return f.isEmpty() ? "" : f.get(0).getText();
    }

    static void typ(String id, String tekst) {
        wacht(() -> !browser.findElements(By.id(id)).isEmpty(), "#" + id);
        WebElement e = browser.findElement(By.id(id));
        e.clear();
        e.sendKeys(tekst);
    }

    static void zetDatum(String id, String iso) {
        wacht(() -> !browser.findElements(By.id(id)).isEmpty(), "#" + id);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)),
                iso);
    }
}
