package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The screens of tafels, bijeenkomsten, contacten (korte lijnen) and the rapportage (docs/webapp.md) in a real headless
 * Chromium against the real distribution with the demo: what they show is what the API gives the same account, a
 * change made in a screen is in the API afterwards, a 400 shows the API's message at its field and a 409 keeps what
 * was typed, the charts draw without a console or CSP error, the CSV download is the API's CSV, another gemeente's
 * data is not shown, and axe-core finds nothing serious on any of them.
 */
class TafelsRapportageWebIT extends BrowserIT {

    static final String G = "/api/gemeenten/utrecht";

    // ---- tafels and bijeenkomsten ----

    @Test
    void deRegisseurZietDeTafelsEnWerktEenBijeenkomstBij() {
        Api api = platform.api().als("utrecht-regisseur");
        JsonNode tafels = api.get(G + "/tafels?pageSize=100").json();
        login("utrecht-regisseur", "demo");
        naarMenu("Tafels");
        int n = tafels.path("count").asInt();
        wachtOpTekst("tafels-aantal", n + " tafels.");
        assertThat(kolom("tafels", 1)).isEqualTo(namen(tafels.path("results")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tafels");
        assertToegankelijk("de tafels");
        schermafdruk("casusregisseur-tafels");

        // a tafel: its deelnemers with organisation and mandate, its bijeenkomsten as the API lists them
        JsonNode tafel = tafels.path("results").get(0);
        String tafelId = tafel.path("id").asText();
        // with the keyboard: after the navigation the focus is on the heading, Tab reaches the tafel, Enter opens it
        WebElement link = browser.findElement(By.linkText(tafel.path("naam").asText()));
        for (int i = 0; i < 10 && !browser.switchTo().activeElement().equals(link); i++) {
            browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
        }
        assertThat(browser.switchTo().activeElement()).as("de tafel met Tab").isEqualTo(link);
        link.sendKeys(org.openqa.selenium.Keys.ENTER);
        wacht(() -> browser.getCurrentUrl().equals(platform.uri("/tafels/" + tafelId).toString()), "het adres van de tafel");
        wacht(() -> browser.switchTo().activeElement().getTagName().equals("h1"), "de focus op de kop van de tafel");
        wacht(() -> !browser.findElements(By.id("deelnemers")).isEmpty(), "de deelnemers");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(tafel.path("naam").asText());
        assertThat(browser.getTitle()).isEqualTo("Tafel - Doorbraak");
        assertThat(kolom("deelnemers", 1)).isEqualTo(namen(tafel.path("deelnemers")));
        List<String> organisaties = new ArrayList<>();
        tafel.path("deelnemers").forEach(d -> organisaties.add(d.path("organisatie").asText()));
        assertThat(kolom("deelnemers", 2)).isEqualTo(organisaties);
        List<String> mandaten = kolom("deelnemers", 3);
        for (int i = 0; i < tafel.path("deelnemers").size(); i++) {
            JsonNode d = tafel.path("deelnemers").get(i);
            if (!d.path("mandaat").isNull()) {
                assertThat(mandaten.get(i)).startsWith(d.path("mandaat").asText());
            }
        }
        List<JsonNode> bijeenkomsten = alle(api, G + "/bijeenkomsten?tafel=" + tafelId);
        String vandaag = LocalDate.now().toString();
        List<String> komend = bijeenkomsten.stream().filter(b -> b.path("datum").asText().compareTo(vandaag) >= 0)
                .sorted((a, b) -> a.path("datum").asText().compareTo(b.path("datum").asText()))
                .map(b -> b.path("id").asText()).toList();
        long geweest = bijeenkomsten.size() - komend.size();
        wacht(() -> !browser.findElements(By.id("komende-bijeenkomsten")).isEmpty(), "de komende bijeenkomsten");
        assertThat(attributen("#komende-bijeenkomsten tbody tr", "data-bijeenkomst")).isEqualTo(komend);
        assertThat(browser.findElements(By.cssSelector("#eerdere-bijeenkomsten tbody tr"))).hasSize((int) geweest);
        assertToegankelijk("een tafel");
        schermafdruk("casusregisseur-tafel");

        // a bijeenkomst: date, agenda, aanwezigen as the API gives them
        String id = komend.get(0);
        JsonNode b = api.get(G + "/bijeenkomsten/" + id).json();
        klik(By.cssSelector("tr[data-bijeenkomst='" + id + "'] a"));
        wacht(() -> !browser.findElements(By.id("bijeenkomst-wijzigen")).isEmpty(), "de bijeenkomst");
        assertThat(browser.getCurrentUrl()).isEqualTo(platform.uri("/bijeenkomsten/" + id).toString());
        assertThat(browser.findElement(By.id("bijeenkomst-tafel")).getText()).isEqualTo(tafel.path("naam").asText());
        assertThat(browser.findElements(By.cssSelector("#agenda li"))).hasSize(b.path("agenda").size());
        assertThat(browser.findElements(By.cssSelector("#aanwezigen tbody tr"))).hasSize(b.path("aanwezigen").size());
        assertToegankelijk("een bijeenkomst");

        // a casus on the agenda, from the bijeenkomst
        if (!browser.findElements(By.id("agendapunt")).isEmpty()) {
            WebElement keuze = browser.findElement(By.cssSelector("#agendapunt select"));
            String casus = keuze.getAttribute("value");
            String titel = keuze.findElement(By.cssSelector("option:checked")).getText();
            klik(By.xpath("//form[@id='agendapunt']//button[@type='submit']"));
            wacht(() -> !browser.findElements(By.cssSelector("#agenda li[data-casus='" + casus + "']")).isEmpty(),
                    "de casus op de agenda");
            wachtOpTekst("bijeenkomst-opgeslagen", "De casus staat op de agenda.");
            assertThat(browser.findElement(By.cssSelector("#agenda li[data-casus='" + casus + "']")).getText()).isEqualTo(titel);
            assertThat(api.get(G + "/bijeenkomsten/" + id).json().path("agenda").toString()).contains(casus);
        }

        // aanwezigen and notitie changed in the screen are in the API
        JsonNode d0 = tafel.path("deelnemers").get(0);
        JsonNode d1 = tafel.path("deelnemers").get(1);
        zetAanwezig(d0, true);
        zetAanwezig(d1, true);
        String notitie = "Woningcorporatie en Werk & Inkomen bellen vooraf over de betalingsregeling.";
        WebElement vak = browser.findElement(By.cssSelector("#bijeenkomst-wijzigen textarea"));
        vak.clear();
        vak.sendKeys(notitie);
        klik(By.xpath("//form[@id='bijeenkomst-wijzigen']//button[@type='submit']"));
        wachtOpTekst("bijeenkomst-notitie", notitie);
        assertThat(browser.findElement(By.id("bijeenkomst-opgeslagen")).getText()).isEqualTo("De bijeenkomst is opgeslagen.");
        JsonNode na = api.get(G + "/bijeenkomsten/" + id).json();
        assertThat(namen(na.path("aanwezigen"))).contains(d0.path("naam").asText(), d1.path("naam").asText());
        assertThat(na.path("notitie").asText()).isEqualTo(notitie);
        assertThat(browser.findElement(By.id("bijeenkomst-notitie")).getText()).isEqualTo(notitie);
        assertThat(kolom("aanwezigen", 1)).isEqualTo(namen(na.path("aanwezigen")));
        schermafdruk("casusregisseur-bijeenkomst");

        // someone else changes it meanwhile: the 409 keeps what was typed, the newest version is a button away
        Map<String, Object> anders = Map.of("datum", na.path("datum").asText(), "aanwezigen", namen(na.path("aanwezigen")),
                "notitie", "Intussen door een collega gewijzigd");
        Api.Antwoord put = api.verstuur("PUT", G + "/bijeenkomsten/" + id, anders,
                Map.of("If-Match", "\"" + na.path("versie").asLong() + "\""));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        verwachteNetwerkfouten.add(G + "/bijeenkomsten/" + id);
        WebElement vak2 = browser.findElement(By.cssSelector("#bijeenkomst-wijzigen textarea"));
        vak2.clear();
        vak2.sendKeys("Mijn eigen aanvulling");
        zetAanwezig(d1, false);
        klik(By.xpath("//form[@id='bijeenkomst-wijzigen']//button[@type='submit']"));
        wacht(() -> !browser.findElements(By.cssSelector("#bijeenkomst-wijzigen-fouten [role=alert]")).isEmpty(), "de 409");
        assertThat(browser.findElement(By.id("bijeenkomst-wijzigen-fouten")).getText()).contains("intussen gewijzigd")
                .contains("Uw invoer staat er nog.");
        assertThat(browser.findElement(By.cssSelector("#bijeenkomst-wijzigen textarea")).getAttribute("value"))
                .isEqualTo("Mijn eigen aanvulling");
        assertThat(vinkje(d1).isSelected()).isFalse();
        assertThat(api.get(G + "/bijeenkomsten/" + id).json().path("notitie").asText())
                .isEqualTo("Intussen door een collega gewijzigd");
        assertToegankelijk("een bijeenkomst na een 409");
        klik(By.xpath("//button[normalize-space()='Nieuwste versie laden']"));
        wachtOpTekst("bijeenkomst-notitie", "Intussen door een collega gewijzigd");
    }

    @Test
    void eenNieuweBijeenkomstVoorEenTafel() {
        Api api = platform.api().als("utrecht-regisseur");
        JsonNode tafel = api.get(G + "/tafels?pageSize=100").json().path("results").get(1);
        String tafelId = tafel.path("id").asText();
        int voor = api.get(G + "/bijeenkomsten?pageSize=1&tafel=" + tafelId).json().path("count").asInt();
        login("utrecht-regisseur", "demo");
        open("/tafels/" + tafelId);
        wacht(() -> !browser.findElements(By.id("nieuwe-bijeenkomst")).isEmpty(), "het formulier");
        // without a date: the field says so, nothing is sent
        klik(By.xpath("//form[@id='nieuwe-bijeenkomst']//button[@type='submit']"));
        wacht(() -> !browser.findElements(By.cssSelector("#nieuwe-bijeenkomst [aria-invalid=true]")).isEmpty(), "de melding");
        assertToegankelijk("een nieuwe bijeenkomst zonder datum");
        LocalDate datum = LocalDate.now().plusDays(40);
        WebElement veld = browser.findElement(By.cssSelector("#nieuwe-bijeenkomst input[type=date]"));
        // a date input takes the date as the browser's locale writes it; set it by script as a user's picker would
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", veld, datum.toString());
        zetAanwezig(tafel.path("deelnemers").get(0), true);
        klik(By.xpath("//form[@id='nieuwe-bijeenkomst']//button[@type='submit']"));
        wacht(() -> browser.getCurrentUrl().contains("/bijeenkomsten/"), "de nieuwe bijeenkomst");
        String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        JsonNode b = api.get(G + "/bijeenkomsten/" + id).json();
        assertThat(b.path("tafelId").asText()).isEqualTo(tafelId);
        assertThat(b.path("datum").asText()).isEqualTo(datum.toString());
        assertThat(namen(b.path("aanwezigen"))).containsExactly(tafel.path("deelnemers").get(0).path("naam").asText());
        assertThat(api.get(G + "/bijeenkomsten?pageSize=1&tafel=" + tafelId).json().path("count").asInt()).isEqualTo(voor + 1);
    }

    @Test
    void hetTafellidZietAlleenZijnTafels() {
        Api api = platform.api().als("utrecht-tafellid");
        List<String> eigen = new ArrayList<>();
        api.get("/api/sessies/huidig").json().path("gebruiker").path("tafels").forEach(t -> eigen.add(t.asText()));
        JsonNode alle = api.get(G + "/tafels?pageSize=100").json().path("results");
        List<String> zijnNamen = new ArrayList<>();
        String andere = null;
        for (JsonNode t : alle) {
            if (eigen.contains(t.path("id").asText())) {
                zijnNamen.add(t.path("naam").asText());
            } else {
                andere = t.path("id").asText();
            }
        }
        assertThat(andere).as("de demo heeft een tafel waar het tafellid niet aan zit").isNotNull();
        login("utrecht-tafellid", "demo");
        naarMenu("Tafels");
        wachtOpTekst("tafels-aantal", zijnNamen.size() == 1 ? "1 tafel." : zijnNamen.size() + " tafels.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mijn tafels");
        assertThat(kolom("tafels", 1)).isEqualTo(zijnNamen);
        assertToegankelijk("de tafels van een tafellid");
        schermafdruk("tafellid-tafels");

        String tafelId = eigen.get(0);
        List<JsonNode> bijeenkomsten = alle(api, G + "/bijeenkomsten?tafel=" + tafelId);
        open("/tafels/" + tafelId);
        wacht(() -> !browser.findElements(By.cssSelector("#komende-bijeenkomsten, #geen-komende")).isEmpty(), "de bijeenkomsten");
        assertThat(browser.findElements(By.cssSelector("#komende-bijeenkomsten tbody tr, #eerdere-bijeenkomsten tbody tr")))
                .hasSize(bijeenkomsten.size());
        String vandaag = LocalDate.now().toString();
        JsonNode komend = bijeenkomsten.stream().filter(b -> b.path("datum").asText().compareTo(vandaag) >= 0).findFirst()
                .orElseThrow();
        klik(By.cssSelector("tr[data-bijeenkomst='" + komend.path("id").asText() + "'] a"));
        wacht(() -> !browser.findElements(By.id("bijeenkomst-wijzigen")).isEmpty(), "de bijeenkomst");
        assertThat(browser.findElements(By.cssSelector("#agenda li"))).hasSize(komend.path("agenda").size());
        assertToegankelijk("een bijeenkomst voor een tafellid");
        schermafdruk("tafellid-bijeenkomst");

        // the other tafel: its deelnemers (the API gives them), not its bijeenkomsten
        open("/tafels/" + andere);
        wacht(() -> !browser.findElements(By.id("geen-bijeenkomsten")).isEmpty(), "de melding");
        assertThat(browser.findElements(By.id("tafel-bijeenkomsten"))).isEmpty();
        // a bijeenkomst of that tafel by its address: not found
        String vreemd = platform.api().als("utrecht-regisseur").get(G + "/bijeenkomsten?pageSize=1&tafel=" + andere).json()
                .path("results").get(0).path("id").asText();
        verwachteNetwerkfouten.add(G + "/bijeenkomsten/" + vreemd);
        open("/bijeenkomsten/" + vreemd);
        wacht(() -> browser.findElement(By.tagName("h1")).getText().equals("Bijeenkomst niet gevonden"), "niet gevonden");

        // no rapportage for a tafellid: no menu item, and the address says so
        assertThat(browser.findElements(By.xpath("//nav[@id='menu']//a[normalize-space()='Rapportage']"))).isEmpty();
        open("/rapportage");
        wacht(() -> browser.findElement(By.tagName("h1")).getText().equals("Geen toegang"), "geen toegang");
    }

    // ---- contacten ----

    @Test
    void deContactenZijnDieVanDeApiEnEenNieuwContactKomtErin() {
        Api api = platform.api().als("utrecht-regisseur");
        JsonNode lijst = api.get(G + "/contacten?pageSize=20").json();
        login("utrecht-regisseur", "demo");
        naarMenu("Contacten");
        wachtOpTekst("contacten-aantal", lijst.path("count").asInt() + " contacten.");
        assertThat(kolom("contacten", 1)).isEqualTo(namen(lijst.path("results")));
        List<String> organisaties = new ArrayList<>();
        lijst.path("results").forEach(c -> organisaties.add(c.path("organisatie").asText()));
        assertThat(kolom("contacten", 2)).isEqualTo(organisaties);
        assertToegankelijk("de contacten");
        schermafdruk("casusregisseur-contacten");

        // searching is the API's search
        JsonNode gezocht = api.get(G + "/contacten?pageSize=20&q=incasso").json();
        browser.findElement(By.id("zoek-q")).sendKeys("incasso");
        klik(By.xpath("//form[@id='contacten-zoeken']//button[@type='submit']"));
        int gevonden = gezocht.path("count").asInt();
        wachtOpTekst("contacten-aantal", gevonden == 1 ? "1 contact." : gevonden + " contacten.");
        assertThat(kolom("contacten", 1)).isEqualTo(namen(gezocht.path("results")));

        // a bad e-mail address: the API's message at the field, what was typed stays
        String naam = "Ilse Brouwer-Kanters";
        Map<String, Object> fout = Map.of("organisatie", "Woningcorporatie", "naam", naam, "email", "geen-adres");
        String reden = api.post(G + "/contacten", fout).json().path("invalidParams").get(0).path("reason").asText();
        vulContact("Woningcorporatie", naam, null, "geen-adres");
        klik(By.xpath("//form[@id='nieuw-contact']//button[@type='submit']"));
        wacht(() -> !browser.findElements(By.cssSelector("#nieuw-contact [data-veld=email] .utrecht-form-field-error-message:not([hidden])"))
                .isEmpty(), "de melding bij e-mail");
        assertThat(browser.findElement(By.cssSelector("#nieuw-contact [data-veld=email] .utrecht-form-field-error-message")).getText())
                .isEqualTo(reden);
        assertThat(browser.findElement(By.cssSelector("#nieuw-contact [data-veld=naam] input")).getAttribute("value")).isEqualTo(naam);
        assertThat(browser.findElement(By.cssSelector("#nieuw-contact [data-veld=email] input")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        verwachteNetwerkfouten.add(G + "/contacten");
        assertToegankelijk("een nieuw contact met een fout");

        // corrected: the contact is in the API, and its page opens
        WebElement email = browser.findElement(By.cssSelector("#nieuw-contact [data-veld=email] input"));
        email.clear();
        email.sendKeys("ilse.brouwer@example.org");
        browser.findElement(By.cssSelector("#nieuw-contact [data-veld=telefoon] input")).sendKeys("030-123 45 67");
        klik(By.xpath("//form[@id='nieuw-contact']//button[@type='submit']"));
        wacht(() -> !browser.findElements(By.id("contact-bericht")).isEmpty(), "het nieuwe contact");
        JsonNode nieuw = api.get(G + "/contacten?q=Kanters").json();
        assertThat(nieuw.path("count").asInt()).isEqualTo(1);
        JsonNode c = nieuw.path("results").get(0);
        assertThat(c.path("naam").asText()).isEqualTo(naam);
        assertThat(c.path("email").asText()).isEqualTo("ilse.brouwer@example.org");
        assertThat(browser.getCurrentUrl()).isEqualTo(platform.uri("/contacten/" + c.path("id").asText()).toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(naam);
        assertThat(browser.getTitle()).isEqualTo("Contact - Doorbraak");
        assertToegankelijk("een contact");
        schermafdruk("casusregisseur-contact");

        // changed in the screen, in the API; deactivated, then active again
        WebElement rol = browser.findElement(By.cssSelector("#contact-wijzigen [data-veld=rol] input"));
        rol.clear();
        rol.sendKeys("teamleider incasso");
        klik(By.xpath("//form[@id='contact-wijzigen']//button[@type='submit']"));
        wachtOpTekst("contact-bericht", "Het contact is opgeslagen.");
        assertThat(api.get(G + "/contacten/" + c.path("id").asText()).json().path("rol").asText()).isEqualTo("teamleider incasso");
        klik(By.id("contact-actief"));
        wacht(() -> !browser.findElements(By.id("contact-gedeactiveerd")).isEmpty(), "gedeactiveerd");
        assertThat(api.get(G + "/contacten/" + c.path("id").asText()).json().path("actief").asBoolean()).isFalse();
        klik(By.id("contact-actief"));
        wachtOpTekst("contact-bericht", "Het contact is weer actief.");
        assertThat(api.get(G + "/contacten/" + c.path("id").asText()).json().path("actief").asBoolean()).isTrue();
    }

    @Test
    void eenTafellidLeestDeContactenMaarBeheertZeNiet() {
        Api api = platform.api().als("utrecht-tafellid");
        JsonNode lijst = api.get(G + "/contacten?pageSize=20").json();
        login("utrecht-tafellid", "demo");
        naarMenu("Contacten");
        wachtOpTekst("contacten-aantal", lijst.path("count").asInt() + " contacten.");
        assertThat(kolom("contacten", 1)).isEqualTo(namen(lijst.path("results")));
        assertThat(browser.findElements(By.id("nieuw-contact"))).isEmpty();
        klik(By.linkText(lijst.path("results").get(0).path("naam").asText()));
        wacht(() -> !browser.findElements(By.id("contactgegevens")).isEmpty(), "het contact");
        assertThat(browser.findElements(By.id("contact-wijzigen"))).isEmpty();
        assertToegankelijk("een contact voor een tafellid");
        schermafdruk("tafellid-contact");
    }

    // ---- rapportage ----

    @Test
    void deRapportageToontDeCijfersVanDeApiMetGrafiekenEnEenCsv() throws IOException {
        Api api = platform.api().als("utrecht-regisseur");
        int jaar = LocalDate.now().getYear();
        JsonNode r = api.get(G + "/rapportage?jaar=" + jaar).json();
        login("utrecht-regisseur", "demo");
        // Chart.js is loaded on the rapportage screen only, not before
        assertThat(chartGeladen()).as("Chart.js voor de rapportage").isFalse();
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        try {
            naarMenu("Rapportage");
            wacht(() -> !browser.findElements(By.id("rapportage-casussen")).isEmpty(), "de rapportage");
            wachtOpGrafieken(4);
        } finally {
            browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        }
        Map<?, ?> m = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript("""
                const c = performance.getEntriesByType('resource').find(e => e.name.includes('/vendor/chart'));
                const s = performance.getEntriesByType('resource').find(e => e.name.includes('/js/rapportage.js'));
                return {chart: c.transferSize, chartUitgepakt: c.decodedBodySize, scherm: s.transferSize};""");
        System.out.printf("TafelsRapportageWebIT: Chart.js op het rapportagescherm: %d bytes overgedragen (gzip), %d bytes "
                + "uitgepakt; js/rapportage.js %d bytes overgedragen%n", ((Number) m.get("chart")).longValue(),
                ((Number) m.get("chartUitgepakt")).longValue(), ((Number) m.get("scherm")).longValue());

        // the numbers in the tables are the API's
        JsonNode c = r.path("casussen");
        assertThat(getallen("rapportage-casussen", 2)).containsExactly(
                getal(c.path("aangemeld")), getal(c.path("afgesloten").path("doorbraak")),
                getal(c.path("afgesloten").path("opgelost_zonder_doorbraak")), getal(c.path("afgesloten").path("terugverwezen")),
                getal(c.path("afgesloten").path("totaal")), getal(c.path("openOpJaareinde")),
                getal(r.path("doorlooptijd").path("mediaanDagen")));
        List<String> themas = new ArrayList<>();
        c.path("perThema").forEach(t -> themas.add(t.path("naam").isNull() ? "(geen thema)" : t.path("naam").asText()));
        assertThat(kolom("rapportage-thema", 1)).isEqualTo(themas);
        assertThat(getallen("rapportage-thema", 2)).isEqualTo(getallen(c.path("perThema"), "aangemeld"));
        assertThat(getallen("rapportage-thema", 3)).isEqualTo(getallen(c.path("perThema"), "afgesloten"));
        assertThat(getallen("rapportage-thema", 4)).isEqualTo(getallen(c.path("perThema"), "openOpJaareinde"));
        assertThat(getallen("rapportage-organisatie", 2)).isEqualTo(getallen(c.path("perOrganisatie"), "aangemeld"));
        JsonNode b = r.path("besluiten");
        assertThat(getallen("rapportage-besluiten", 2)).containsExactly(getal(b.path("doorbraken")), getal(b.path("regulier")),
                getal(b.path("totaal")), getal(b.path("gecorrigeerd")));
        assertThat(getallen("rapportage-besluiten-thema", 4)).isEqualTo(getallen(b.path("perThema"), "toegezegd"));
        JsonNode potjes = r.path("potjes").path("potjes");
        assertThat(kolom("rapportage-potjes", 1)).isEqualTo(namen(potjes));
        assertThat(getallen("rapportage-potjes", 3)).isEqualTo(getallen(potjes, "uitgegeven"));
        assertThat(getallen("rapportage-potjes", 5)).isEqualTo(getallen(potjes, "saldoOpJaareinde"));
        assertThat(getal(browser.findElement(By.id("rapportage-besparing-bedrag")).getText()))
                .isEqualByComparingTo(getal(r.path("besparing").path("bedrag")));
        assertThat(getallen("rapportage-acties", 2)).containsExactly(getal(r.path("acties").path("open")),
                getal(r.path("acties").path("verlopen")), getal(r.path("acties").path("aangemaakt")),
                getal(r.path("acties").path("gereed")));
        // every chart is a canvas that Chart.js drew, with a name that points to its table
        for (WebElement f : browser.findElements(By.cssSelector("figure.doorbraak-grafiek"))) {
            WebElement canvas = f.findElement(By.tagName("canvas"));
            assertThat(canvas.getAttribute("role")).isEqualTo("img");
            assertThat(canvas.getAttribute("aria-label")).contains("De cijfers staan in de tabel");
            assertThat(Integer.parseInt(canvas.getAttribute("width"))).isPositive();
            assertThat(browser.findElements(By.id(f.getAttribute("data-tabel")))).hasSize(1);
        }
        assertToegankelijk("de rapportage");
        // the guide shows a chart with its table
        ((JavascriptExecutor) browser).executeScript("document.getElementById('rapportage-thema-deel').scrollIntoView()");
        schermafdruk("casusregisseur-rapportage");

        // the CSV download: the file the browser saves is GET …/rapportage.csv
        Path bestand = downloadCsv("rapportage-utrecht-" + jaar + ".csv", api.get(G + "/rapportage.csv?jaar=" + jaar).body());
        assertThat(Files.readString(bestand, StandardCharsets.UTF_8)).startsWith("\uFEFFgemeente;jaar;tafel;");

        // a failing download: a Dutch message, no unhandled error
        String csvPad = G + "/rapportage.csv?jaar=" + jaar;
        verwachteNetwerkfouten.add(csvPad);
        browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*rapportage.csv*")));
        try {
            klik(By.id("csv-downloaden"));
            wacht(() -> !browser.findElements(By.id("csv-fout")).isEmpty(), "de foutmelding");
            assertThat(browser.findElement(By.id("csv-fout")).getText()).startsWith("De CSV kon niet worden gedownload.");
        } finally {
            browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }

        // one tafel: the API's figures for that tafel
        String tafelId = null;
        for (JsonNode p : r.path("potjes").path("potjes")) {
            tafelId = p.path("tafelId").isTextual() ? p.path("tafelId").asText() : tafelId;
        }
        assertThat(tafelId).as("de demo heeft een potje van een tafel").isNotNull();
        String tafel = tafelId;
        JsonNode rt = api.get(G + "/rapportage?jaar=" + jaar + "&tafel=" + tafel).json();
        klik(By.cssSelector("#rapportage-tafel option[value='" + tafel + "']"));
        klik(By.xpath("//form[@id='rapportage-filter']//button[@type='submit']"));
        wacht(() -> kolom("rapportage-potjes", 1).equals(namen(rt.path("potjes").path("potjes"))), "de potjes van de tafel");
        assertThat(getallen("rapportage-casussen", 2).get(0)).isEqualByComparingTo(getal(rt.path("casussen").path("aangemeld")));

        // a year the API refuses: its message, in Dutch
        String fout = api.get(G + "/rapportage?jaar=1999").json().path("invalidParams").get(0).path("reason").asText();
        verwachteNetwerkfouten.add(G + "/rapportage?jaar=1999&tafel=" + tafel);
        WebElement jaarVeld = browser.findElement(By.id("rapportage-jaar"));
        jaarVeld.clear();
        jaarVeld.sendKeys("1999");
        klik(By.xpath("//form[@id='rapportage-filter']//button[@type='submit']"));
        wacht(() -> !browser.findElements(By.cssSelector("#rapportage-inhoud [role=alert]")).isEmpty(), "de melding");
        assertThat(browser.findElement(By.cssSelector("#rapportage-inhoud [role=alert]")).getText()).isEqualTo(fout);
    }

    @Test
    void dePlatformbeheerderZietDeKerncijfersPerGemeente() throws IOException {
        JsonNode r = platform.api().als("platformbeheerder").get("/api/rapportage").json();
        login("platformbeheerder", "demo");
        naarMenu("Rapportage");
        wacht(() -> !browser.findElements(By.id("rapportage-platform")).isEmpty(), "de rapportage van het platform");
        List<String> gemeenten = new ArrayList<>();
        r.path("gemeenten").forEach(g -> gemeenten.add(g.path("gemeente").asText()));
        assertThat(kolom("rapportage-platform", 1)).isEqualTo(gemeenten);
        List<BigDecimal> aangemeld = new ArrayList<>();
        r.path("gemeenten").forEach(g -> aangemeld.add(getal(g.path("casussen").path("aangemeld"))));
        assertThat(getallen("rapportage-platform", 2)).isEqualTo(aangemeld);
        wachtOpGrafieken(1);
        assertToegankelijk("de rapportage van het platform");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('rapportage-filter').scrollIntoView()");
        schermafdruk("platformbeheerder-rapportage");
        downloadCsv("rapportage-platform-" + r.path("jaar").asInt() + ".csv",
                platform.api().als("platformbeheerder").get("/api/rapportage.csv?jaar=" + r.path("jaar").asInt()).body());
    }

    @Test
    void deGemeentebeheerderZietDeRapportageEnDeTafelsZonderBijeenkomsten() {
        Api api = platform.api().als("utrecht-beheerder");
        JsonNode r = api.get(G + "/rapportage").json();
        JsonNode tafels = api.get(G + "/tafels?pageSize=100").json().path("results");
        // the start page after the login: what a gemeentebeheerder may not read (WebAppIT)
        verwachteNetwerkfouten.addAll(List.of(G + "/acties?verlopen=true&pageSize=5",
                G + "/casussen?status=afgesloten&pageSize=1", G + "/bijeenkomsten?pageSize=100&page=1"));
        login("utrecht-beheerder", "demo");
        naarMenu("Rapportage");
        wacht(() -> !browser.findElements(By.id("rapportage-casussen")).isEmpty(), "de rapportage");
        assertThat(getallen("rapportage-casussen", 2).get(0)).isEqualByComparingTo(getal(r.path("casussen").path("aangemeld")));
        assertThat(kolom("rapportage-potjes", 1)).isEqualTo(namen(r.path("potjes").path("potjes")));
        wachtOpGrafieken(4);
        // the tafels and their deelnemers; bijeenkomsten are for the regisseur and the tafelleden
        naarMenu("Tafels");
        wacht(() -> !browser.findElements(By.id("tafels")).isEmpty(), "de tafels");
        assertThat(kolom("tafels", 1)).isEqualTo(namen(tafels));
        klik(By.linkText(tafels.get(0).path("naam").asText()));
        wacht(() -> !browser.findElements(By.id("deelnemers")).isEmpty(), "de deelnemers");
        assertThat(kolom("deelnemers", 1)).isEqualTo(namen(tafels.get(0).path("deelnemers")));
        assertThat(browser.findElements(By.id("tafel-bijeenkomsten"))).isEmpty();
        assertToegankelijk("een tafel voor de gemeentebeheerder");
    }

    // ---- another gemeente ----

    @Test
    void leeuwardenZietNietsVanUtrecht() {
        Api utrecht = platform.api().als("utrecht-regisseur");
        JsonNode tafelsUtrecht = utrecht.get(G + "/tafels?pageSize=100").json().path("results");
        JsonNode tafelsLeeuwarden = platform.api().als("leeuwarden-regisseur")
                .get("/api/gemeenten/leeuwarden/tafels?pageSize=100").json().path("results");
        login("leeuwarden-regisseur", "demo");
        naarMenu("Tafels");
        wacht(() -> !browser.findElements(By.id("tafels")).isEmpty(), "de tafels");
        assertThat(kolom("tafels", 1)).isEqualTo(namen(tafelsLeeuwarden)).doesNotContainAnyElementsOf(namen(tafelsUtrecht));
        String tafelUtrecht = tafelsUtrecht.get(0).path("id").asText();
        verwachteNetwerkfouten.add("/api/gemeenten/leeuwarden/tafels/" + tafelUtrecht);
        open("/tafels/" + tafelUtrecht);
        wacht(() -> browser.findElement(By.tagName("h1")).getText().equals("Tafel niet gevonden"), "niet gevonden");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(tafelsUtrecht.get(0).path("naam").asText());
        String bijeenkomst = utrecht.get(G + "/bijeenkomsten?pageSize=1").json().path("results").get(0).path("id").asText();
        verwachteNetwerkfouten.add("/api/gemeenten/leeuwarden/bijeenkomsten/" + bijeenkomst);
        open("/bijeenkomsten/" + bijeenkomst);
        wacht(() -> browser.findElement(By.tagName("h1")).getText().equals("Bijeenkomst niet gevonden"), "niet gevonden");
        Set<String> contactenUtrecht = new HashSet<>(namen(utrecht.get(G + "/contacten?pageSize=100").json().path("results")));
        naarMenu("Contacten");
        wacht(() -> !browser.findElements(By.id("contacten")).isEmpty(), "de contacten");
        assertThat(kolom("contacten", 1)).isNotEmpty().doesNotContainAnyElementsOf(contactenUtrecht);
        naarMenu("Rapportage");
        wacht(() -> !browser.findElements(By.id("rapportage-casussen")).isEmpty(), "de rapportage");
        JsonNode r = platform.api().als("leeuwarden-regisseur").get("/api/gemeenten/leeuwarden/rapportage").json();
        assertThat(getallen("rapportage-casussen", 2).get(0)).isEqualByComparingTo(getal(r.path("casussen").path("aangemeld")));
        assertThat(kolom("rapportage-potjes", 1)).isEqualTo(namen(r.path("potjes").path("potjes")));
    }

    // ---- helpers ----

    static void naarMenu(String tekst) {
        klik(By.xpath("//nav[@id='menu']//a[normalize-space()='" + tekst + "']"));
    }

    /** The texts of column {@code k} (1-based, th or td) of the body rows of table {@code id}. */
    static List<String> kolom(String id, int k) {
        List<String> uit = new ArrayList<>();
        for (WebElement rij : browser.findElements(By.cssSelector("#" + id + " tbody tr"))) {
            uit.add(rij.findElements(By.cssSelector("th, td")).get(k - 1).getText());
        }
        return uit;
    }

    static List<String> attributen(String css, String attribuut) {
        return browser.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute(attribuut)).toList();
    }

    static List<String> namen(JsonNode lijst) {
        List<String> uit = new ArrayList<>();
        lijst.forEach(n -> uit.add(n.path("naam").asText()));
        return uit;
    }

    static List<JsonNode> alle(Api api, String adres) {
        List<JsonNode> uit = new ArrayList<>();
        for (int p = 1;; p++) {
            JsonNode pagina = api.get(adres + (adres.contains("?") ? "&" : "?") + "pageSize=100&page=" + p).json();
            pagina.path("results").forEach(uit::add);
            if (pagina.path("next").isNull() || pagina.path("next").isMissingNode()) {
                return uit;
            }
        }
    }

    /** A number as the screen writes it (nl-NL: 1.234,50, € 1.234,50, — for none) or as the API gives it. */
    static BigDecimal getal(String tekst) {
        String t = tekst.replace("€", "").replace("\u00a0", "").replace(" ", "").replace(".", "").replace(",", ".");
        return t.equals("—") ? null : new BigDecimal(t);
    }

    static BigDecimal getal(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? null : n.decimalValue().stripTrailingZeros();
    }

    static List<BigDecimal> getallen(String id, int k) {
        return kolom(id, k).stream().map(TafelsRapportageWebIT::getal).map(TafelsRapportageWebIT::genormaliseerd).toList();
    }

    static List<BigDecimal> getallen(JsonNode lijst, String veld) {
        List<BigDecimal> uit = new ArrayList<>();
        lijst.forEach(n -> uit.add(genormaliseerd(getal(n.path(veld)))));
        return uit;
    }

    static BigDecimal genormaliseerd(BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros();
    }

    static WebElement vinkje(JsonNode deelnemer) {
        String label = "Aanwezig: " + deelnemer.path("naam").asText() + " (" + deelnemer.path("organisatie").asText() + ")";
        WebElement l = browser.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
        return browser.findElement(By.id(l.getAttribute("for")));
    }

    static void zetAanwezig(JsonNode deelnemer, boolean aan) {
        WebElement v = vinkje(deelnemer);
        if (v.isSelected() != aan) {
            v.click();
        }
    }

    static void vulContact(String organisatie, String naam, String telefoon, String email) {
        browser.findElement(By.cssSelector("#nieuw-contact [data-veld=organisatie] input")).sendKeys(organisatie);
        browser.findElement(By.cssSelector("#nieuw-contact [data-veld=naam] input")).sendKeys(naam);
        if (telefoon != null) {
            browser.findElement(By.cssSelector("#nieuw-contact [data-veld=telefoon] input")).sendKeys(telefoon);
        }
        if (email != null) {
            browser.findElement(By.cssSelector("#nieuw-contact [data-veld=email] input")).sendKeys(email);
        }
    }

    /** Clicks the CSV button with Chromium's downloads in a temp dir; the saved file must be {@code verwacht}. */
    static Path downloadCsv(String naam, String verwacht) throws IOException {
        Path map = Files.createTempDirectory("doorbraak-download-");
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", map.toString()));
        klik(By.id("csv-downloaden"));
        wacht(() -> !browser.findElements(By.id("csv-klaar")).isEmpty(), "de download");
        Path bestand = map.resolve(naam);
        wacht(() -> {
            try {
                return Files.isRegularFile(bestand) && !Files.exists(map.resolve(naam + ".crdownload"))
                        && Files.readString(bestand, StandardCharsets.UTF_8).equals(verwacht);
            } catch (IOException e) {
                return false;
            }
        }, "de CSV " + naam + " gelijk aan die van de API");
        return bestand;
    }

    static boolean chartGeladen() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').some(e => e.name.includes('/vendor/chart')) || !!window.Chart;"));
    }

    static void wachtOpGrafieken(int minstens) {
        wacht(() -> {
            List<WebElement> f = browser.findElements(By.cssSelector("figure.doorbraak-grafiek"));
            return f.size() >= minstens && f.stream().allMatch(e -> "true".equals(e.getAttribute("data-getekend")));
        }, "de grafieken");
    }
}
