package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The screens Platform (platformbeheerder: bundles, upload of a plug-in from the screen, its removal, variants per
 * gemeente) and Privacy (gemeentebeheerder: the verwerkingen report of an inwoner, the bewaartermijn counted and run)
 * in a real Chromium against the real distribution.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformWebIT extends BrowserIT {

    static final String GRENSGANGER = "nl.doorbraak.test.grensganger";
    /** After the platform's start (the first test): the core's own bewaartermijn round runs a minute after it. */
    static long begin;

    @org.junit.jupiter.api.BeforeEach
    void onthoudBegin() {
        if (begin == 0) {
            begin = System.nanoTime();
        }
    }

    @Test
    @Order(1)
    void dePlatformbeheerderInstalleertEenPlugInVanuitHetSchermEnVerwijdertHem() {
        login("platformbeheerder", "demo");
        // an account without a gemeente starts on the first screen it may open: this one
        wacht(() -> !browser.findElements(By.cssSelector("#platform-bundles tr[data-bundle='nl.doorbraak.core']"))
                .isEmpty(), "de bundles");
        assertThat(browser.getTitle()).isEqualTo("Platform - Doorbraak");
        WebElement core = browser.findElement(By.cssSelector("#platform-bundles tr[data-bundle='nl.doorbraak.core']"));
        assertThat(core.getText()).contains("Actief").contains("platform");
        assertThat(core.findElements(By.tagName("button"))).as("een bundle van het platform verwijder je hier niet")
                .isEmpty();
        wacht(() -> !browser.findElements(By.cssSelector("#platform-varianten tr[data-variant='standaard']")).isEmpty(),
                "de varianten per gemeente");
        assertThat(browser.findElement(By.cssSelector("#platform-varianten tr[data-variant='standaard']")).getText())
                .contains("nl.doorbraak.plugin.standaard").contains("Gemeente Utrecht").contains("Gemeente Leeuwarden");
        assertToegankelijk("het scherm Platform");
        assertThat(browser.findElements(By.cssSelector("tr[data-bundle='" + GRENSGANGER + "']"))).isEmpty();

        // the upload: a jar chosen in the file input, Installeren, and the bundle appears, active
        Path jar = Platform.fixture("doorbraak-test-plugin-grensganger").toAbsolutePath();
        browser.findElement(By.cssSelector("#platform-upload input[type=file]")).sendKeys(jar.toString());
        klik(By.cssSelector("#platform-upload button[type=submit]"));
        wacht(() -> !browser.findElements(By.cssSelector("tr[data-bundle='" + GRENSGANGER + "'][data-status='actief']"))
                .isEmpty(), "de geüploade plug-in, actief");
        assertThat(browser.findElement(By.id("platform-bericht")).getText()).contains(GRENSGANGER).contains("actief");
        assertThat(browser.findElement(By.cssSelector("tr[data-bundle='" + GRENSGANGER + "']")).getText())
                .contains("geweigerd: ").contains("bsn");
        assertThat(platform.api().als("utrecht-regisseur").get("/api/gemeenten/utrecht/grens/bereik").status())
                .as("zijn routes antwoorden").isEqualTo(200);
        schermafdruk("platformbeheerder-platform");

        // removal, with a confirmation first
        klik(By.cssSelector("[data-verwijder='" + GRENSGANGER + "']"));
        wacht(() -> !browser.findElements(By.id("platform-verwijderen-ja")).isEmpty(), "de bevestiging");
        assertThat(browser.findElement(By.id("platform-bericht")).getText()).contains("verwijderen?");
        assertToegankelijk("het scherm Platform met de bevestiging");
        klik(By.id("platform-verwijderen-ja"));
        wacht(() -> browser.findElement(By.id("platform-bericht")).getText().contains("is verwijderd"), "verwijderd");
        wacht(() -> browser.findElements(By.cssSelector("tr[data-bundle='" + GRENSGANGER + "']")).isEmpty(),
                "de plug-in weg uit de lijst");
        assertThat(versies(GRENSGANGER)).isEmpty();
    }

    @Test
    @Order(2)
    void eenGemeentebeheerderZietHetSchermPlatformNiet() {
        // the page asks for the session before the login: a 401
        verwachteNetwerkfouten.add("/api/sessies/huidig");
        open("/platform");
        login("utrecht-beheerder", "demo");
        wacht(() -> browser.findElement(By.tagName("h1")).getText().equals("Geen toegang"), "geen toegang");
        assertThat(browser.findElements(By.id("platform-bundles"))).isEmpty();
        assertThat(browser.findElement(By.id("menulijst")).getText()).doesNotContain("Platform").contains("Privacy");
    }

    @Test
    @Order(3)
    void deGemeentebeheerderVraagtHetVerwerkingenrapportOpEnLaatDeBewaartermijnLopen() throws IOException {
        // the regisseur reads a casus: a verwerking in the report of its inwoner
        Api regisseur = platform.api().als("utrecht-regisseur");
        String id = regisseur.get("/api/gemeenten/utrecht/casussen?status=afgesloten&pageSize=1").json()
                .at("/results/0/id").asText();
        String pseudoniem = regisseur.get("/api/gemeenten/utrecht/casussen/" + id).json().at("/inwoner/pseudoniem")
                .asText();

        verwachteNetwerkfouten.add("/api/sessies/huidig");
        open("/privacy");
        login("utrecht-beheerder", "demo");
        wacht(() -> browser.findElement(By.id("privacy-termijn")).getText().contains("24 maanden"), "de bewaartermijn");
        assertThat(browser.getTitle()).isEqualTo("Privacy - Doorbraak");
        assertToegankelijk("het scherm Privacy");

        // a BSN never leaves the page: refused next to the field
        WebElement veld = browser.findElement(By.cssSelector("#privacy-zoek input[name=inwoner]"));
        veld.sendKeys("111222333");
        klik(By.cssSelector("#privacy-zoek button[type=submit]"));
        wacht(() -> "true".equals(veld.getAttribute("aria-invalid")), "de fout bij het veld");
        assertThat(browser.findElement(By.id("privacy-zoek")).getText()).contains("BSN");
        veld.clear();
        veld.sendKeys(pseudoniem);
        klik(By.cssSelector("#privacy-zoek button[type=submit]"));
        wacht(() -> !browser.findElements(By.cssSelector("#privacy-verwerkingen tbody tr")).isEmpty(), "het rapport");
        assertThat(browser.findElement(By.id("privacy-rapport-aantal")).getText()).contains(pseudoniem);
        assertThat(browser.findElement(By.id("privacy-verwerkingen")).getText()).contains("utrecht-regisseur");
        assertThat(browser.getCurrentUrl()).as("geen pseudoniem in het adres").doesNotContain(pseudoniem);
        assertToegankelijk("het verwerkingenrapport");

        // every closed casus due: a bewaartermijn of 0 months, after the core's own first round (a minute after start)
        long wacht = 70_000 - (System.nanoTime() - begin) / 1_000_000;
        if (wacht > 0) {
            Platform.slaap(wacht);
        }
        Path cfg = platform.home.resolve("config/nl.doorbraak.gemeente-utrecht.cfg");
        platform.schrijfConfig("nl.doorbraak.gemeente-utrecht.cfg", Files.readString(cfg)
                .replace("bewaartermijnMaanden = 24", "bewaartermijnMaanden = 0"));
        Api beheerder = platform.api().als("utrecht-beheerder");
        DuurzaamheidIT.wachtTot(() -> beheerder.get("/api/gemeenten/utrecht").json().path("bewaartermijnMaanden")
                .asInt() == 0);
        int afgesloten = regisseur.get("/api/gemeenten/utrecht/casussen?status=afgesloten&pageSize=1").json()
                .path("count").asInt();

        klik(By.id("privacy-proef-knop"));
        wacht(() -> !browser.findElements(By.id("privacy-proef")).isEmpty(), "de telling");
        assertThat(browser.findElement(By.id("privacy-proef")).getText()).startsWith(afgesloten + " casussen");
        assertThat(regisseur.get("/api/gemeenten/utrecht/casussen/" + id).json().path("titel").asText())
                .as("tellen wist niets").isNotEqualTo("(gewist)");
        klik(By.id("privacy-wissen"));
        wacht(() -> !browser.findElements(By.id("privacy-wissen-ja")).isEmpty(), "de bevestiging");
        assertToegankelijk("de bevestiging van het wissen");
        klik(By.id("privacy-wissen-ja"));
        wacht(() -> !browser.findElements(By.id("privacy-gewist")).isEmpty(), "gewist");
        assertThat(browser.findElement(By.id("privacy-gewist")).getText())
                .contains("Gewist: de persoonsgegevens van " + afgesloten + " casussen");
        assertThat(regisseur.get("/api/gemeenten/utrecht/casussen/" + id).json().path("titel").asText())
                .isEqualTo("(gewist)");
        schermafdruk("gemeentebeheerder-privacy");
    }

    private static List<String> versies(String naam) {
        List<String> l = new java.util.ArrayList<>();
        for (var b : platform.api().als("platformbeheerder").get("/api/platform/bundles?pageSize=100").json()
                .path("results")) {
            if (b.path("symbolischeNaam").asText().equals(naam)) {
                l.add(b.path("versie").asText());
            }
        }
        return l;
    }
}
