package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Plug-in screens for the Rijk and plug-in parts of the casus screen in a real Chromium (docs/webapp.md), with the test
 * plug-in tests/plugin-rijkniveau hot deployed: rijk-szw, an account without gemeente, gets the plug-in's screen as
 * its menu and start instead of only the Welkom notice; a casus screen shows the plug-in's parts after the built-in
 * ones, a part that throws shows a Dutch message while the rest of the screen works, and the parts follow the plug-in
 * going and coming back on the open page.
 */
class RijkSchermenWebIT extends BrowserIT {

    static final String JAR = "rijkniveau.jar";
    static final By ITEM = By.xpath("//nav[@id='menu']//a[normalize-space()='Rijktest']");

    @Test
    void hetRijkZietHetSchermVanDePluginInPlaatsVanAlleenWelkom() {
        Api rijk = platform.api().als("rijk-szw");
        // before the test plug-in: what the API gives (another plug-in for the Rijk may be installed in the demo)
        List<String> vooraf = titels(rijk);
        login("rijk-szw", "demo");
        if (vooraf.isEmpty()) {
            wacht(() -> browser.findElement(By.tagName("h1")).getText().equals("Welkom"), "het welkom zonder plug-in");
            assertThat(browser.findElements(By.cssSelector("#menulijst li"))).isEmpty();
        } else {
            wacht(() -> browser.findElement(By.tagName("h1")).getText().equals(vooraf.get(0)), "het eerste scherm");
        }
        uitloggen();

        platform.deploy(Platform.fixture("doorbraak-test-plugin-rijkniveau"), JAR);
        try {
            DuurzaamheidIT.wachtTot(() -> RijkEndpointIT.scherm(rijk, "rijktest") != null);
            JsonNode wat = rijk.get("/api/rijk/rijktest").json();
            List<String> titels = titels(rijk);

            login("rijk-szw", "demo");
            // the start of an account without a screen of its own: its first plug-in screen
            wacht(() -> !browser.findElements(ITEM).isEmpty(), "het menu-item van de plug-in voor het Rijk");
            wacht(() -> browser.findElement(By.tagName("h1")).getText().equals(titels.get(0)), "het scherm als start");
            assertThat(browser.getCurrentUrl()).contains("/schermen/");
            // the menu is the plug-in screens the API gives, in its order: no screens of a gemeente
            assertThat(teksten("#menulijst a")).containsExactlyElementsOf(titels);
            if (!titels.get(0).equals("Rijktest")) {
                klik(ITEM);
                wacht(() -> browser.findElement(By.tagName("h1")).getText().equals("Rijktest"), "het scherm Rijktest");
            }
            assertThat(browser.getCurrentUrl()).endsWith("/schermen/nl.doorbraak.test.rijkniveau/rijktest");
            wachtOpTekst("rijktest-status", "Ingelogd als " + wat.path("gebruiker").asText()
                    + "; gemeente: geen; gemeente in de context: geen.");
            assertThat(browser.getTitle()).isEqualTo("Rijktest - Doorbraak");
            assertToegankelijk("het scherm van een plug-in voor het Rijk");
            schermafdruk("rijk-rijktest");

            // the plug-in goes: its screen says so, the menu item goes
            platform.undeploy(JAR);
            wacht(() -> browser.findElements(ITEM).isEmpty(), "het menu-item weg");
            wacht(() -> !browser.findElements(By.id("niet-beschikbaar")).isEmpty(), "de melding in het scherm");
            assertToegankelijk("een scherm van het Rijk dat weg is");
        } finally {
            if (java.nio.file.Files.exists(platform.home.resolve("deploy").resolve(JAR))) {
                platform.undeploy(JAR);
            }
        }
    }

    /** The titles of the account's plug-in screens, in the API's order (the menu's). */
    private static List<String> titels(Api api) {
        Api.Antwoord a = api.get("/api/schermen");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json().path("results").findValuesAsText("titel");
    }

    /** The titles of the account's plug-in parts of the casus screen, in the API's order. */
    private static List<String> deeltitels(Api api) {
        Api.Antwoord a = api.get("/api/schermen/casusdelen");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json().path("results").findValuesAsText("titel");
    }

    @Test
    void eenCasusToontDeDelenVanDePluginNaDeVasteDelen() {
        Api regisseur = platform.api().als("utrecht-regisseur");
        platform.deploy(Platform.fixture("doorbraak-test-plugin-rijkniveau"), JAR);
        try {
            DuurzaamheidIT.wachtTot(() -> regisseur.get("/api/schermen/casusdelen").json().path("results")
                    .findValuesAsText("plugin").contains("nl.doorbraak.test.rijkniveau"));
            String casus = regisseur.get("/api/gemeenten/utrecht/casussen").json().path("results").get(0).path("id")
                    .asText();
            login("utrecht-regisseur", "demo");
            open("/casussen/" + casus);
            wacht(() -> !browser.findElements(By.id("rijktest-casus")).isEmpty()
                    && browser.findElement(By.id("rijktest-casus")).getText().startsWith("De plug-in ziet"),
                    "het deel van de plug-in");
            assertThat(browser.findElement(By.id("rijktest-casus")).getText())
                    .isEqualTo("De plug-in ziet casus " + casus + " in utrecht.");
            WebElement deel = sectie("rijktest");
            assertThat(deel.findElement(By.tagName("h2")).getText()).isEqualTo("Rijktest op de casus");
            // the part that throws: a Dutch message in its own section only
            WebElement kapot = sectie("kapot");
            wacht(() -> !kapot.findElements(By.cssSelector("[role=alert]")).isEmpty(), "de melding in het kapotte deel");
            assertThat(kapot.findElement(By.tagName("h2")).getText()).isEqualTo("Kapot deel");
            assertThat(kapot.findElement(By.cssSelector("[role=alert]")).getText())
                    .isEqualTo("Er ging iets mis in dit deel van de plug-in. Probeer het later opnieuw.");
            // after the built-in parts, which still work, in the API's order
            assertThat(teksten("#inhoud section.doorbraak-casusdeel > h2")).contains("Status", "Audittrail");
            assertNaDeVasteDelen(deeltitels(regisseur));
            assertThat(browser.findElement(By.id("casusstatus")).getText()).isNotBlank();
            assertToegankelijk("een casus met de delen van een plug-in");
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", deel);
            schermafdruk("casusregisseur-casus-plugindelen");

            // the plug-in goes while the casus is open: its parts go with it, the built-in ones stay
            By plugindelen = By.cssSelector("section[data-plugin='nl.doorbraak.test.rijkniveau']");
            platform.undeploy(JAR);
            wacht(() -> browser.findElements(plugindelen).isEmpty(), "de delen van de plug-in weg");
            assertThat(teksten("#inhoud section.doorbraak-casusdeel > h2")).contains("Status", "Audittrail")
                    .doesNotContain("Rijktest op de casus", "Kapot deel");
            // and comes back: its parts again, on the same open page
            platform.deploy(Platform.fixture("doorbraak-test-plugin-rijkniveau"), JAR);
            wacht(() -> !browser.findElements(By.id("rijktest-casus")).isEmpty()
                    && browser.findElement(By.id("rijktest-casus")).getText().startsWith("De plug-in ziet"),
                    "het deel van de plug-in terug");
            assertNaDeVasteDelen(deeltitels(regisseur));
        } finally {
            if (java.nio.file.Files.exists(platform.home.resolve("deploy").resolve(JAR))) {
                platform.undeploy(JAR);
            }
        }
    }

    /** The plug-in parts have exactly these headings, in this order, and come after every built-in part. */
    private static void assertNaDeVasteDelen(List<String> titels) {
        wacht(() -> teksten("#inhoud section[data-plugin] > h2").equals(titels), "de delen van plug-ins " + titels);
        List<WebElement> secties = browser.findElements(By.cssSelector("#inhoud section.doorbraak-casusdeel"));
        int eersteVanPlugin = secties.size();
        for (int i = 0; i < secties.size(); i++) {
            if (secties.get(i).getAttribute("data-plugin") != null) {
                eersteVanPlugin = Math.min(eersteVanPlugin, i);
            } else {
                assertThat(i).as("een vast deel na een deel van een plug-in").isLessThan(eersteVanPlugin);
            }
        }
    }

    private static WebElement sectie(String deel) {
        By door = By.cssSelector("section[data-plugin='nl.doorbraak.test.rijkniveau'][data-deel='" + deel + "']");
        wacht(() -> !browser.findElements(door).isEmpty(), "het deel " + deel);
        return browser.findElement(door);
    }

    private static List<String> teksten(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
