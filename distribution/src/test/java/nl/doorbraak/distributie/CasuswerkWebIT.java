package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The work on a casus in the web app (js/intake.js, js/casuswerk.js; docs/webapp.md): intake with the variant's own
 * fields, the agenda of a bijeenkomst, a besluit on the waardendriehoek, an uitgave from a potje and the acties, in a
 * real Chromium against the real distribution with the demo; every step checked against the API afterwards.
 */
class CasuswerkWebIT extends BrowserIT {

    static final String G = "/api/gemeenten/utrecht";
    static final String OVERVECHT = "Doorbraaktafel Overvecht";
    static final String ONDERNEMERS = "Ondernemers-doorbraaktafel";

    @Test
    void vanIntakeViaAgendaEnBesluitTotEenUitgaveUitHetPotje() {
        Api api = platform.api().als("utrecht-regisseur");
        String tafel = tafelId(api, OVERVECHT);
        // the field descriptions come from GET /api/varianten, the same as the standaard plug-in's own route
        JsonNode velden = variantVelden(api, "standaard");
        JsonNode eigen = api.get(G + "/standaard/velden").json().path("velden");
        assertThat(velden.size()).isEqualTo(eigen.size()).isPositive();
        for (int i = 0; i < velden.size(); i++) {
            assertThat(velden.get(i).path("naam").asText()).isEqualTo(eigen.get(i).path("naam").asText());
            assertThat(velden.get(i).path("label").asText()).isEqualTo(eigen.get(i).path("label").asText());
        }

        login("utrecht-regisseur", "demo");
        klik(By.xpath("//nav[@id='menu']//a[normalize-space()='Casus aanmelden']"));
        wacht(() -> browser.getCurrentUrl().equals(platform.uri("/casussen/nieuw").toString()), "het intakescherm");
        wacht(() -> !browser.findElements(By.id("intake")).isEmpty(), "het intakeformulier");
        assertThat(browser.getTitle()).isEqualTo("Casus aanmelden - Doorbraak");
        // every field of the variant, with its label, rendered from its description
        for (JsonNode v : velden) {
            WebElement rij = veldRij("intake", "variantData." + v.path("naam").asText());
            assertThat(rij.findElement(By.tagName("label")).getText()).startsWith(v.path("label").asText());
        }
        assertThat(opties(invoer("intake", "variantData.urgentie")))
                .containsExactlyElementsOf(tekstenVan(velden.get(0).path("waarden")));
        assertThat(opties(invoer("intake", "tafelId"))).contains(OVERVECHT, ONDERNEMERS);
        assertToegankelijk("het intakeformulier");
        schermafdruk("casusregisseur-casus-aanmelden");

        String titel = "Ontruiming dreigt na huurachterstand";
        kiesTekst(invoer("intake", "tafelId"), OVERVECHT);
        typ("intake", "titel", titel);
        typ("intake", "hulpvraag", "Mevrouw wil in haar huis blijven wonen; de huurachterstand loopt op.");
        typ("intake", "inwoner.initialen", "A.B.");
        typ("intake", "thema", "wonen");
        typ("intake", "betrokkenOrganisaties", "Woningcorporatie, Buurtteam Overvecht");
        kies(invoer("intake", "variantData.urgentie"), "hoog");
        typ("intake", "variantData.aangebrachtDoor", "Buurtteam Overvecht");
        verstuur("intake");

        wacht(() -> browser.getCurrentUrl().matches(".*/casussen/[0-9a-f-]{36}$"), "het adres van de nieuwe casus");
        String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        // the besluit without betrokkenheid below is a 400 on purpose
        verwachteNetwerkfouten.add(G + "/casussen/" + id + "/besluiten");
        wacht(() -> browser.findElement(By.tagName("h1")).getText().equals(titel), "de nieuwe casus");
        JsonNode casus = api.get(G + "/casussen/" + id).json();
        assertThat(casus.path("titel").asText()).isEqualTo(titel);
        assertThat(casus.path("tafelId").asText()).isEqualTo(tafel);
        assertThat(casus.path("status").asText()).isEqualTo("aangemeld");
        assertThat(casus.path("inwoner").path("initialen").asText()).isEqualTo("A.B.");
        assertThat(casus.path("inwoner").path("pseudoniem").asText()).startsWith("INW-");
        assertThat(casus.path("thema").asText()).isEqualTo("wonen");
        assertThat(tekstenVan(casus.path("betrokkenOrganisaties")))
                .containsExactly("Woningcorporatie", "Buurtteam Overvecht");
        assertThat(casus.path("variantData").path("urgentie").asText()).isEqualTo("hoog");
        assertThat(casus.path("variantData").path("aangebrachtDoor").asText()).isEqualTo("Buurtteam Overvecht");
        // no personal data in the address or the title of the tab
        assertThat(browser.getTitle()).isEqualTo("Casus - Doorbraak");

        // status: in voorbereiding, so that it can go on the agenda
        wacht(() -> !browser.findElements(By.id("status-uitklap-knop")).isEmpty(), "het deel Status");
        wacht(() -> !browser.findElements(By.id("agendaformulier")).isEmpty(), "het deel Agenda");
        assertToegankelijk("een nieuwe casus met zijn delen");
        klik(By.id("status-uitklap-knop"));
        kies(invoer("statusformulier", "status"), "in_voorbereiding");
        typ("statusformulier", "reden", "Gesprek met de inwoner gehad");
        verstuur("statusformulier");
        wacht(() -> !browser.findElements(By.id("status-klaar")).isEmpty(), "de melding van de statuswijziging");
        wachtOpTekst("casusstatus", "In voorbereiding");
        assertThat(api.get(G + "/casussen/" + id).json().path("status").asText()).isEqualTo("in_voorbereiding");

        // agenda: the earliest coming bijeenkomst of the tafel
        wacht(() -> !browser.findElements(By.id("agendaformulier")).isEmpty(), "het agendaformulier");
        String bijeenkomst = invoer("agendaformulier", "bijeenkomst").getAttribute("value");
        JsonNode vooraf = api.get(G + "/bijeenkomsten/" + bijeenkomst).json();
        assertThat(vooraf.path("tafelId").asText()).isEqualTo(tafel);
        assertThat(LocalDate.parse(vooraf.path("datum").asText())).isAfterOrEqualTo(LocalDate.now());
        verstuur("agendaformulier");
        wacht(() -> !browser.findElements(By.id("agenda-klaar")).isEmpty(), "de melding van de agenda");
        wachtOpTekst("casusstatus", "Geagendeerd");
        JsonNode na = api.get(G + "/bijeenkomsten/" + bijeenkomst).json();
        assertThat(tekstenVan(na.path("agenda"))).contains(id);
        assertThat(api.get(G + "/casussen/" + id).json().path("status").asText()).isEqualTo("geagendeerd");
        wacht(() -> !browser.findElements(By.cssSelector("#agenda-bijeenkomsten tr[data-bijeenkomst='" + bijeenkomst
                + "']")).isEmpty(), "de bijeenkomst in het deel Agenda");
        inBeeld("deel-agenda");
        schermafdruk("casusregisseur-casus-agenda");

        // besluit: a doorbraak without betrokkenheid first; the API's message at that field, nothing lost
        klik(By.id("besluit-uitklap-knop"));
        kies(invoer("besluitformulier", "soort"), "doorbraak");
        typ("besluitformulier", "omschrijving", "Ontruiming opgeschort; achterstand deels uit het potje");
        kiesDeelnemer("Marieke de Vries");
        kiesDeelnemer("Joost van Leeuwen");
        typ("besluitformulier", "waardendriehoek.legitimiteit", "Hardheidsclausule art. 4:84 Awb");
        typ("besluitformulier", "waardendriehoek.rendement", "Geen maatschappelijke opvang nodig");
        typ("besluitformulier", "waardendriehoek.rendementBedrag", "45000");
        kiesTekst(invoer("besluitformulier", "toezeggingen.0.organisatie"), "Woningcorporatie");
        typ("besluitformulier", "toezeggingen.0.bedrag", "1650");
        typ("besluitformulier", "toezeggingen.0.omschrijving", "regeling 24 maanden");
        Map<String, Object> zonderBetrokkenheid = besluit("doorbraak",
                "Ontruiming opgeschort; achterstand deels uit het potje", List.of("Marieke de Vries",
                        "Joost van Leeuwen"), Map.of("legitimiteit", "Hardheidsclausule art. 4:84 Awb", "rendement",
                        "Geen maatschappelijke opvang nodig", "rendementBedrag", 45000), "Woningcorporatie", 1650);
        String reden = reden(api.post(G + "/casussen/" + id + "/besluiten", zonderBetrokkenheid),
                "waardendriehoek.betrokkenheid");
        inBeeld("deel-besluiten");
        schermafdruk("casusregisseur-casus-besluit");
        verstuur("besluitformulier");
        wachtOpFout("besluitformulier", "waardendriehoek.betrokkenheid", reden);
        assertThat(invoer("besluitformulier", "waardendriehoek.legitimiteit").getAttribute("value"))
                .isEqualTo("Hardheidsclausule art. 4:84 Awb");
        assertThat(api.get(G + "/casussen/" + id + "/besluiten").json().path("count").asInt()).isZero();
        assertToegankelijk("het besluitformulier met een fout");

        typ("besluitformulier", "waardendriehoek.betrokkenheid", "Mevrouw stelde het plan zelf voor");
        verstuur("besluitformulier");
        wacht(() -> !browser.findElements(By.id("besluiten-klaar")).isEmpty(), "de melding van het besluit");
        wachtOpTekst("casusstatus", "Besloten");
        JsonNode besluiten = api.get(G + "/casussen/" + id + "/besluiten").json();
        assertThat(besluiten.path("count").asInt()).isEqualTo(1);
        JsonNode b = besluiten.path("results").get(0);
        assertThat(b.path("soort").asText()).isEqualTo("doorbraak");
        assertThat(b.path("waardendriehoek").path("legitimiteit").asText()).isEqualTo("Hardheidsclausule art. 4:84 Awb");
        assertThat(b.path("waardendriehoek").path("rendement").asText()).isEqualTo("Geen maatschappelijke opvang nodig");
        assertThat(b.path("waardendriehoek").path("rendementBedrag").decimalValue()).isEqualByComparingTo("45000");
        assertThat(b.path("waardendriehoek").path("betrokkenheid").asText()).isEqualTo("Mevrouw stelde het plan zelf voor");
        List<String> nemers = new ArrayList<>();
        b.path("deelnemers").forEach(d -> nemers.add(d.path("naam").asText()));
        assertThat(nemers).containsExactlyInAnyOrder("Marieke de Vries", "Joost van Leeuwen");
        assertThat(b.path("toezeggingen").get(0).path("bedrag").decimalValue()).isEqualByComparingTo("1650");
        assertThat(api.get(G + "/casussen/" + id).json().path("status").asText()).isEqualTo("besloten");
        String besluitId = b.path("id").asText();
        wacht(() -> !browser.findElements(By.cssSelector("article[data-besluit='" + besluitId + "']")).isEmpty(),
                "het besluit in de lijst");
        assertThat(browser.findElement(By.cssSelector("article[data-besluit='" + besluitId + "']")).getText())
                .contains("Hardheidsclausule art. 4:84 Awb", "Mevrouw stelde het plan zelf voor", "Marieke de Vries");

        // uitgave from the potje of the tafel: its saldo on the screen before and after, as the API gives it
        JsonNode potje = potje(api, tafel);
        String potjeId = potje.path("id").asText();
        BigDecimal saldo = potje.path("saldo").decimalValue();
        wacht(() -> saldoOpHetScherm(potjeId).equals(euro(saldo)), "het saldo van het potje");
        assertThat(browser.findElement(By.cssSelector("#potjes-saldo tr[data-potje='" + potjeId + "'] a"))
                .getAttribute("href")).isEqualTo(platform.uri("/potjes/" + potjeId).toString());
        klik(By.id("uitgave-uitklap-knop"));
        kies(invoer("uitgaveformulier", "besluitId"), besluitId);
        kies(invoer("uitgaveformulier", "potjeId"), potjeId);
        typ("uitgaveformulier", "bedrag", "200");
        typ("uitgaveformulier", "omschrijving", "huurachterstand november");
        assertToegankelijk("het uitgaveformulier");
        verstuur("uitgaveformulier");
        wacht(() -> !browser.findElements(By.id("uitgaven-klaar")).isEmpty(), "de melding van de uitgave");
        BigDecimal nieuwSaldo = saldo.subtract(new BigDecimal("200"));
        assertThat(api.get(G + "/potjes/" + potjeId).json().path("saldo").decimalValue())
                .isEqualByComparingTo(nieuwSaldo);
        assertThat(browser.findElement(By.id("uitgaven-klaar")).getText().replace('\u00a0', ' '))
                .contains(euro(nieuwSaldo));
        wacht(() -> saldoOpHetScherm(potjeId).equals(euro(nieuwSaldo)), "het nieuwe saldo");
        JsonNode mutaties = api.get(G + "/potjes/" + potjeId + "/mutaties?pageSize=100").json().path("results");
        JsonNode uitgave = null;
        for (JsonNode m : mutaties) {
            if (besluitId.equals(m.path("besluitId").asText())) {
                uitgave = m;
            }
        }
        assertThat(uitgave).as("de uitgave in de mutaties van het potje").isNotNull();
        assertThat(uitgave.path("soort").asText()).isEqualTo("uitgave");
        assertThat(uitgave.path("bedrag").decimalValue()).isEqualByComparingTo("200");
        assertThat(uitgave.path("saldoNa").decimalValue()).isEqualByComparingTo(nieuwSaldo);
        assertThat(uitgave.path("omschrijving").asText()).isEqualTo("huurachterstand november");
        wacht(() -> browser.findElement(By.id("uitgaven-casus")).getText().contains("huurachterstand november"),
                "de uitgave in de tabel van de casus");
        inBeeld("deel-uitgaven");
        schermafdruk("casusregisseur-casus-uitgave");

        // acties: a new one on the besluit, then gereed
        klik(By.id("actie-uitklap-knop"));
        kies(invoer("actieformulier", "besluitId"), besluitId);
        typ("actieformulier", "omschrijving", "Ontruiming intrekken bij de deurwaarder");
        typ("actieformulier", "organisatie", "Woningcorporatie");
        typ("actieformulier", "eigenaar", "Marieke de Vries");
        zetDatum("actieformulier", "deadline", LocalDate.now().plusDays(14).toString());
        verstuur("actieformulier");
        wacht(() -> !browser.findElements(By.id("acties-klaar")).isEmpty(), "de melding van de actie");
        JsonNode acties = api.get(G + "/casussen/" + id + "/acties").json();
        assertThat(acties.path("count").asInt()).isEqualTo(1);
        JsonNode actie = acties.path("results").get(0);
        assertThat(actie.path("omschrijving").asText()).isEqualTo("Ontruiming intrekken bij de deurwaarder");
        assertThat(actie.path("besluitId").asText()).isEqualTo(besluitId);
        assertThat(actie.path("deadline").asText()).isEqualTo(LocalDate.now().plusDays(14).toString());
        assertThat(actie.path("gereed").isNull()).isTrue();
        String actieId = actie.path("id").asText();
        wacht(() -> !browser.findElements(By.cssSelector("tr[data-actie='" + actieId + "'] button")).isEmpty(),
                "de knop Gereed");
        assertToegankelijk("de casus met besluit, uitgave en actie");
        inBeeld("deel-acties");
        schermafdruk("casusregisseur-casus-acties");
        klik(By.cssSelector("tr[data-actie='" + actieId + "'] button"));
        wacht(() -> browser.findElements(By.cssSelector("tr[data-actie='" + actieId + "'] button")).isEmpty()
                && !browser.findElements(By.id("acties-klaar")).isEmpty(), "de actie gereed");
        assertThat(api.get(G + "/acties/" + actieId).json().path("gereed").isNull()).isFalse();
        assertThat(browser.findElement(By.cssSelector("tr[data-actie='" + actieId + "']")).getText()).contains("Gereed op");
    }

    @Test
    void eenFouteAanmeldingToontDeMeldingenBijDeVeldenEnHoudtDeInvoer() {
        Api api = platform.api().als("utrecht-regisseur");
        String tafel = tafelId(api, OVERVECHT);
        verwachteNetwerkfouten.add(G + "/casussen");
        login("utrecht-regisseur", "demo");
        open("/casussen/nieuw");
        wacht(() -> !browser.findElements(By.id("intake")).isEmpty(), "het intakeformulier");
        kiesTekst(invoer("intake", "tafelId"), OVERVECHT);
        String hulpvraag = "Meneer krijgt geen bijstand omdat zijn zoon bij hem woont.";
        typ("intake", "hulpvraag", hulpvraag);
        verstuur("intake");
        // an empty titel: the form says so at the field, before anything is sent
        wachtOpFout("intake", "titel", "Vul titel in.");
        assertThat(invoer("intake", "hulpvraag").getAttribute("value")).isEqualTo(hulpvraag);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo(invoer("intake", "titel")
                .getAttribute("id"));

        // spoed without who brought it in: the standaard variant's own rule, the API's message at that field
        String titel = "Kostendelersnorm " + System.nanoTime();
        typ("intake", "titel", titel);
        kies(invoer("intake", "variantData.urgentie"), "spoed");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tafelId", tafel);
        body.put("titel", titel);
        body.put("hulpvraag", hulpvraag);
        body.put("variantData", Map.of("urgentie", "spoed"));
        String reden = reden(api.post(G + "/casussen", body), "variantData.aangebrachtDoor");
        verstuur("intake");
        wachtOpFout("intake", "variantData.aangebrachtDoor", reden);
        assertThat(invoer("intake", "titel").getAttribute("value")).isEqualTo(titel);
        assertThat(invoer("intake", "hulpvraag").getAttribute("value")).isEqualTo(hulpvraag);
        assertThat(invoer("intake", "variantData.urgentie").getAttribute("value")).isEqualTo("spoed");
        assertThat(browser.getCurrentUrl()).isEqualTo(platform.uri("/casussen/nieuw").toString());
        assertToegankelijk("het intakeformulier met een fout van de API");
        // nothing was written
        JsonNode lijst = api.get(G + "/casussen?status=aangemeld&pageSize=100").json();
        lijst.path("results").forEach(c -> assertThat(c.path("titel").asText()).isNotEqualTo(titel));

        // the same form, corrected, goes through
        typ("intake", "variantData.aangebrachtDoor", "Wijkagent");
        verstuur("intake");
        wacht(() -> browser.findElement(By.tagName("h1")).getText().equals(titel), "de nieuwe casus");
    }

    @Test
    void eenBesluitOfUitgaveBovenHetMandaatToontDeRedenBijHetBedragEnLegtNietsVast() {
        Api api = platform.api().als("utrecht-regisseur");
        String id = geagendeerdeCasus(api, tafelId(api, OVERVECHT), "Mandaat " + System.nanoTime());
        Map<String, Object> teVeel = besluit("regulier", "Huurachterstand kwijtschelden",
                List.of("Marieke de Vries"), Map.of(), "Woningcorporatie", 3000);
        String reden = reden(api.post(G + "/casussen/" + id + "/besluiten", teVeel), "toezeggingen.0.bedrag");
        assertThat(reden).contains("mandaat");
        verwachteNetwerkfouten.add(G + "/casussen/" + id + "/besluiten");

        login("utrecht-regisseur", "demo");
        open("/casussen/" + id);
        klik(By.id("besluit-uitklap-knop"));
        kies(invoer("besluitformulier", "soort"), "regulier");
        typ("besluitformulier", "omschrijving", "Huurachterstand kwijtschelden");
        kiesDeelnemer("Marieke de Vries");
        kiesTekst(invoer("besluitformulier", "toezeggingen.0.organisatie"), "Woningcorporatie");
        typ("besluitformulier", "toezeggingen.0.bedrag", "3000");
        verstuur("besluitformulier");
        wachtOpFout("besluitformulier", "toezeggingen.0.bedrag", reden);
        assertThat(invoer("besluitformulier", "toezeggingen.0.bedrag").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(invoer("besluitformulier", "omschrijving").getAttribute("value")).isEqualTo("Huurachterstand kwijtschelden");
        assertToegankelijk("het besluitformulier met de fout van het mandaat");
        assertThat(api.get(G + "/casussen/" + id + "/besluiten").json().path("count").asInt()).isZero();
        assertThat(api.get(G + "/casussen/" + id).json().path("status").asText()).isEqualTo("geagendeerd");

        // an uitgave from the potje above the mandate of who took the besluit (Joost van Leeuwen: € 250)
        Api.Antwoord genomen = api.post(G + "/casussen/" + id + "/besluiten", besluit("regulier",
                "Kleine bijdrage uit het potje", List.of("Joost van Leeuwen"), Map.of(), null, 0));
        assertThat(genomen.status()).as(genomen.body()).isEqualTo(201);
        String besluitId = genomen.json().path("id").asText();
        JsonNode potje = potje(api, tafelId(api, OVERVECHT));
        String potjeId = potje.path("id").asText();
        BigDecimal saldo = potje.path("saldo").decimalValue();
        String teVeelUit = reden(api.post(G + "/potjes/" + potjeId + "/uitgaven", Map.of("besluitId", besluitId,
                "bedrag", 300)), "bedrag");
        verwachteNetwerkfouten.add(G + "/potjes/" + potjeId + "/uitgaven");
        open("/casussen/" + id);
        klik(By.id("uitgave-uitklap-knop"));
        kies(invoer("uitgaveformulier", "besluitId"), besluitId);
        kies(invoer("uitgaveformulier", "potjeId"), potjeId);
        typ("uitgaveformulier", "bedrag", "300");
        verstuur("uitgaveformulier");
        wachtOpFout("uitgaveformulier", "bedrag", teVeelUit);
        assertThat(invoer("uitgaveformulier", "bedrag").getAttribute("value")).isEqualTo("300");
        assertToegankelijk("het uitgaveformulier met de fout van het mandaat");
        assertThat(api.get(G + "/potjes/" + potjeId).json().path("saldo").decimalValue()).isEqualByComparingTo(saldo);
        assertThat(saldoOpHetScherm(potjeId)).isEqualTo(euro(saldo));
    }

    @Test
    void eenTafellidWerktAanDeCasussenVanZijnTafelEnZietDieVanEenAndereTafelNiet() {
        Api regisseur = platform.api().als("utrecht-regisseur");
        String eigen = geagendeerdeCasus(regisseur, tafelId(regisseur, OVERVECHT), "Energieschuld na scheiding");
        String andere = nieuweCasus(regisseur, tafelId(regisseur, ONDERNEMERS), "Ondernemer " + System.nanoTime());
        verwachteNetwerkfouten.add(G + "/casussen/" + andere);

        login("utrecht-tafellid", "demo");
        // the intake offers only his own tafel
        klik(By.xpath("//nav[@id='menu']//a[normalize-space()='Casus aanmelden']"));
        wacht(() -> !browser.findElements(By.id("intake")).isEmpty(), "het intakeformulier");
        assertThat(opties(invoer("intake", "tafelId"))).containsExactly(OVERVECHT);

        // a casus of his tafel: the parts, with the forms the API lets him use
        open("/casussen/" + eigen);
        wacht(() -> !browser.findElements(By.id("agenda-bijeenkomsten")).isEmpty(), "het deel Agenda");
        wacht(() -> !browser.findElements(By.id("besluit-uitklap-knop")).isEmpty(), "het deel Besluiten");
        wacht(() -> !browser.findElements(By.cssSelector("#deel-uitgaven #potjes-saldo")).isEmpty(), "het deel Uitgaven");
        wacht(() -> !browser.findElements(By.id("acties-leeg")).isEmpty(), "het deel Acties");
        assertToegankelijk("een casus van het tafellid");
        // with the keyboard: Enter on "Status wijzigen" opens the form and puts the focus in its first field
        browser.findElement(By.id("status-uitklap-knop")).sendKeys(org.openqa.selenium.Keys.ENTER);
        wacht(() -> "true".equals(browser.findElement(By.id("status-uitklap-knop")).getAttribute("aria-expanded")),
                "het statusformulier open");
        assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo("status");
        // the tafellid may not close against open work: that box is only for the casusregisseur
        assertThat(browser.findElements(By.cssSelector("#statusformulier [data-veld='ondanksOpenstaand']"))).isEmpty();
        inBeeld("deel-status");
        schermafdruk("tafellid-casus-werk");

        // a casus of another tafel does not exist for him, in the screen and in the API
        open("/casussen/" + andere);
        wacht(() -> browser.findElement(By.tagName("h1")).getText().equals("Casus niet gevonden"), "niet gevonden");
        assertThat(browser.findElements(By.id("deel-besluiten"))).isEmpty();
        Api tafellid = platform.api().als("utrecht-tafellid");
        assertThat(tafellid.post(G + "/casussen/" + andere + "/status", Map.of("status", "in_voorbereiding"))
                .status()).isEqualTo(404);
        assertThat(regisseur.get(G + "/casussen/" + andere).json().path("status").asText()).isEqualTo("aangemeld");
    }

    @Test
    void leeuwardenZietEnWijzigtDeCasusVanUtrechtNiet() {
        Api regisseur = platform.api().als("utrecht-regisseur");
        String id = geagendeerdeCasus(regisseur, tafelId(regisseur, OVERVECHT), "Leeuwarden " + System.nanoTime());
        verwachteNetwerkfouten.add("/api/gemeenten/leeuwarden/casussen/" + id);

        login("leeuwarden-regisseur", "demo");
        klik(By.xpath("//nav[@id='menu']//a[normalize-space()='Casus aanmelden']"));
        wacht(() -> !browser.findElements(By.id("intake")).isEmpty(), "het intakeformulier");
        List<String> tafels = opties(invoer("intake", "tafelId"));
        assertThat(tafels).isNotEmpty().doesNotContain(OVERVECHT, ONDERNEMERS);
        open("/casussen/" + id);
        wacht(() -> browser.findElement(By.tagName("h1")).getText().equals("Casus niet gevonden"), "niet gevonden");
        Api leeuwarden = platform.api().als("leeuwarden-regisseur");
        assertThat(leeuwarden.post(G + "/casussen/" + id + "/besluiten", besluit("regulier", "x",
                List.of("Marieke de Vries"), Map.of(), null, 0)).status()).isEqualTo(404);
        assertThat(regisseur.get(G + "/casussen/" + id + "/besluiten").json().path("count").asInt()).isZero();
    }

    @Test
    void deBeheerderMeldtGeenCasussenAan() {
        // his start page hides what his role may not read (WebAppIT): those 403s are expected
        verwachteNetwerkfouten.add(G + "/casussen?status=afgesloten&pageSize=1");
        verwachteNetwerkfouten.add(G + "/bijeenkomsten?pageSize=100&page=1");
        verwachteNetwerkfouten.add(G + "/acties?verlopen=true&pageSize=5");
        login("utrecht-beheerder", "demo");
        wacht(() -> !browser.findElements(By.id("start-potjes-deel")).isEmpty(), "de startpagina");
        assertThat(browser.findElements(By.xpath("//nav[@id='menu']//a[normalize-space()='Casus aanmelden']")))
                .isEmpty();
        open("/casussen/nieuw");
        wacht(() -> browser.findElement(By.tagName("h1")).getText().equals("Geen toegang"), "geen toegang");
    }

    // ---- helpers ----

    static String tafelId(Api api, String naam) {
        for (JsonNode t : api.get(G + "/tafels?pageSize=100").json().path("results")) {
            if (naam.equals(t.path("naam").asText())) {
                return t.path("id").asText();
            }
        }
        throw new AssertionError("tafel " + naam + " niet in de demo");
    }

    static JsonNode variantVelden(Api api, String variant) {
        for (JsonNode v : api.get("/api/varianten?pageSize=100").json().path("results")) {
            if (variant.equals(v.path("id").asText())) {
                return v.path("velden");
            }
        }
        throw new AssertionError("variant " + variant + " niet in /api/varianten");
    }

    static JsonNode potje(Api api, String tafel) {
        for (JsonNode p : api.get(G + "/potjes?pageSize=100").json().path("results")) {
            if (tafel.equals(p.path("tafelId").asText())) {
                return p;
            }
        }
        throw new AssertionError("geen potje voor tafel " + tafel);
    }

    static String nieuweCasus(Api api, String tafel, String titel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tafelId", tafel);
        body.put("titel", titel);
        body.put("hulpvraag", "Hulpvraag van " + titel);
        body.put("variantData", Map.of("urgentie", "normaal"));
        Api.Antwoord a = api.post(G + "/casussen", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asText();
    }

    /** A new casus, in voorbereiding and on the agenda of the earliest coming bijeenkomst of its tafel. */
    static String geagendeerdeCasus(Api api, String tafel, String titel) {
        String id = nieuweCasus(api, tafel, titel);
        assertThat(api.post(G + "/casussen/" + id + "/status", Map.of("status", "in_voorbereiding")).status())
                .isEqualTo(200);
        String vandaag = LocalDate.now().toString();
        String bijeenkomst = null;
        String datum = null;
        for (JsonNode b : api.get(G + "/bijeenkomsten?tafel=" + tafel + "&pageSize=100").json().path("results")) {
            String d = b.path("datum").asText();
            if (d.compareTo(vandaag) >= 0 && (datum == null || d.compareTo(datum) < 0)) {
                datum = d;
                bijeenkomst = b.path("id").asText();
            }
        }
        assertThat(bijeenkomst).as("een komende bijeenkomst in de demo").isNotNull();
        Api.Antwoord a = api.post(G + "/bijeenkomsten/" + bijeenkomst + "/agenda", Map.of("casusId", id));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return id;
    }

    static Map<String, Object> besluit(String soort, String omschrijving, List<String> deelnemers,
            Map<String, Object> driehoek, String organisatie, int bedrag) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("soort", soort);
        b.put("omschrijving", omschrijving);
        b.put("deelnemers", deelnemers);
        if (!driehoek.isEmpty()) {
            b.put("waardendriehoek", driehoek);
        }
        if (organisatie != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("organisatie", organisatie);
            t.put("bedrag", bedrag);
            if (soort.equals("doorbraak")) {
                t.put("omschrijving", "regeling 24 maanden");
            }
            b.put("toezeggingen", List.of(t));
        }
        return b;
    }

    /** The API's reason for this field in a 400 (so the screen can be compared with what the API says). */
    static String reden(Api.Antwoord a, String veld) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        for (JsonNode p : a.json().path("invalidParams")) {
            if (veld.equals(p.path("name").asText())) {
                return p.path("reason").asText();
            }
        }
        throw new AssertionError("geen invalidParam " + veld + " in " + a.body());
    }

    /** Scrolls a part of the screen to the top of the window, for its screenshot. */
    static void inBeeld(String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    static WebElement veldRij(String formulier, String naam) {
        By door = By.cssSelector("#" + formulier + " [data-veld='" + naam + "']");
        wacht(() -> !browser.findElements(door).isEmpty(), naam + " in #" + formulier);
        return browser.findElement(door);
    }

    static WebElement invoer(String formulier, String naam) {
        return veldRij(formulier, naam).findElement(By.cssSelector("input, select, textarea"));
    }

    static void typ(String formulier, String naam, String tekst) {
        WebElement e = invoer(formulier, naam);
        e.clear();
        e.sendKeys(tekst);
    }

    static void zetDatum(String formulier, String naam, String iso) {
        // a date input takes keys in the browser's locale; the value itself is always yyyy-mm-dd
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", invoer(formulier, naam), iso);
    }

    static void verstuur(String formulier) {
        browser.findElement(By.cssSelector("#" + formulier + " button[type=submit]")).click();
    }

    static void kiesDeelnemer(String naam) {
        for (WebElement rij : browser.findElements(By.cssSelector("#besluitformulier [data-veld^='deelnemer.']"))) {
            if (rij.findElement(By.tagName("label")).getText().startsWith(naam + " (")) {
                WebElement vak = rij.findElement(By.cssSelector("input[type=checkbox]"));
                if (!vak.isSelected()) {
                    vak.click();
                }
                return;
            }
        }
        throw new AssertionError("deelnemer " + naam + " niet in het besluitformulier");
    }

    /** The message under a field equals the reason, and the field is marked invalid and described by it. */
    static void wachtOpFout(String formulier, String naam, String reden) {
        By fout = By.cssSelector("#" + formulier + " [data-veld='" + naam + "'] .utrecht-form-field-error-message");
        wacht(() -> {
            List<WebElement> e = browser.findElements(fout);
            return !e.isEmpty() && e.get(0).isDisplayed() && e.get(0).getText().equals(reden);
        }, "de melding '" + reden + "' bij " + naam);
        WebElement e = invoer(formulier, naam);
        assertThat(e.getAttribute("aria-describedby")).contains(browser.findElement(fout).getAttribute("id"));
    }

    /** Chooses an option by its value, as a user does (the select fires change). */
    static void kies(WebElement select, String waarde) {
        select.findElement(By.cssSelector("option[value='" + waarde + "']")).click();
        assertThat(select.getAttribute("value")).isEqualTo(waarde);
    }

    static void kiesTekst(WebElement select, String tekst) {
        for (WebElement o : select.findElements(By.tagName("option"))) {
            if (o.getText().equals(tekst)) {
                o.click();
                assertThat(select.getAttribute("value")).isEqualTo(o.getAttribute("value"));
                return;
            }
        }
        throw new AssertionError("geen keuze '" + tekst + "'");
    }

    static List<String> opties(WebElement select) {
        List<String> uit = new ArrayList<>();
        for (WebElement o : select.findElements(By.tagName("option"))) {
            if (!o.getAttribute("value").isEmpty()) {
                uit.add(o.getText());
            }
        }
        return uit;
    }

    static List<String> tekstenVan(JsonNode lijst) {
        List<String> uit = new ArrayList<>();
        lijst.forEach(n -> uit.add(n.asText()));
        return uit;
    }

    static String saldoOpHetScherm(String potje) {
        List<WebElement> rij = browser.findElements(By.cssSelector("#potjes-saldo tr[data-potje='" + potje + "'] td"));
        return rij.size() < 2 ? "" : rij.get(1).getText().replace('\u00a0', ' ');
    }

    /** An amount as the screen shows it (Intl.NumberFormat nl-NL, EUR): "€ 1.234,50". */
    static String euro(BigDecimal bedrag) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return (bedrag.signum() < 0 ? "€ -" : "€ ") + f.format(bedrag.abs());
    }
}
