package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The screens "Instellingen" (gemeentebeheerder) and "Nieuwe gemeente" (platformbeheerder) in a real Chromium against
 * the real bin/doorbraak (issue 12: "a beheerder takes a new gemeente into use without editing a file"): the form comes
 * from the API's description, an error stands next to its field and nothing typed is lost (400, 409), a change ends up
 * in config/, a new gemeente is in use at once; axe-core on each screen.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstellingenWebIT extends BrowserIT {

    static final By MENU_INSTELLINGEN = By.xpath("//nav[@id='menu']//a[normalize-space()='Instellingen']");
    static final By MENU_NIEUW = By.xpath("//nav[@id='menu']//a[normalize-space()='Nieuwe gemeente']");
    static final By OPSLAAN = By.cssSelector("#instellingen-formulier button[type=submit]");

    static WebElement invoer(String formulier, String veld) {
        return browser.findElement(By.cssSelector("#" + formulier + " [data-veld='" + veld + "'] input"));
    }

    static void zet(WebElement e, String waarde) {
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        e.sendKeys(waarde);
    }

    /** The gemeentebeheerder lands on the start page, whose parts for casussen, bijeenkomsten and acties are a 403. */
    void loginAlsBeheerder() {
        verwachteNetwerkfouten.add("/api/gemeenten/utrecht/casussen?status=afgesloten&pageSize=1");
        verwachteNetwerkfouten.add("/api/gemeenten/utrecht/bijeenkomsten?pageSize=100&page=1");
        verwachteNetwerkfouten.add("/api/gemeenten/utrecht/acties?verlopen=true&pageSize=5");
        login("utrecht-beheerder", "demo");
    }

    static Path cfg(String gemeente) {
        return platform.home.resolve("config/nl.doorbraak.gemeente-" + gemeente + ".cfg");
    }

    @Test
    @Order(1)
    void deGemeentebeheerderWijzigtDeInstellingenEnZietFoutenBijHetVeld() throws Exception {
        loginAlsBeheerder();
        klik(MENU_INSTELLINGEN);
        wacht(() -> !browser.findElements(By.id("instellingen-formulier")).isEmpty(), "het formulier");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Instellingen van de gemeente");
        assertThat(browser.findElement(By.id("instellingen-id")).getText()).contains("utrecht");
        WebElement termijn = invoer("instellingen-formulier", "bewaartermijnMaanden");
        assertThat(termijn.getAttribute("value")).isEqualTo("24");
        assertThat(termijn.getAttribute("max")).isEqualTo("1200");
        // the label comes from the Metatype
        assertThat(browser.findElement(By.cssSelector("[data-veld=bewaartermijnMaanden] label")).getText())
                .startsWith("Bewaartermijn (maanden)");
        assertToegankelijk("instellingen van de gemeente");
        schermafdruk("gemeentebeheerder-instellingen");
        byte[] voor = Files.readAllBytes(cfg("utrecht"));

        zet(invoer("instellingen-formulier", "naam"), "Gemeente Utrecht (gewijzigd)");
        zet(termijn, "5000");
        verwachteNetwerkfouten.add("/api/gemeenten/utrecht/instellingen");
        klik(OPSLAAN);
        wacht(() -> "true".equals(invoer("instellingen-formulier", "bewaartermijnMaanden")
                .getAttribute("aria-invalid")), "de fout bij de bewaartermijn");
        String fout = browser.findElement(By.cssSelector("[data-veld=bewaartermijnMaanden] "
                + ".utrecht-form-field-error-message")).getText();
        assertThat(fout).contains("tussen 0 en 1200");
        // nothing typed is lost, nothing written
        assertThat(invoer("instellingen-formulier", "naam").getAttribute("value"))
                .isEqualTo("Gemeente Utrecht (gewijzigd)");
        assertThat(Files.readAllBytes(cfg("utrecht"))).isEqualTo(voor);
        assertToegankelijk("instellingen met een fout");

        zet(invoer("instellingen-formulier", "bewaartermijnMaanden"), "48");
        klik(OPSLAAN);
        wacht(() -> !browser.findElements(By.id("instellingen-opgeslagen")).isEmpty(), "opgeslagen");
        assertThat(Files.readString(cfg("utrecht"))).contains("bewaartermijnMaanden = 48\n")
                .contains("naam = Gemeente Utrecht (gewijzigd)\n");
        assertThat(platform.api().als("utrecht-regisseur").get("/api/gemeenten/utrecht").json()
                .path("bewaartermijnMaanden").asInt()).isEqualTo(48);
    }

    @Test
    @Order(2)
    void eenWijzigingVanEenAnderIntussenLaatDeInvoerStaan() {
        loginAlsBeheerder();
        open("/beheer/instellingen");
        wacht(() -> !browser.findElements(By.id("instellingen-formulier")).isEmpty(), "het formulier");
        zet(invoer("instellingen-formulier", "bewaartermijnMaanden"), "60");
        // meanwhile the platformbeheerder changes the same file
        Api piet = platform.api().als("platformbeheerder");
        Api.Antwoord lees = piet.get("/api/gemeenten/utrecht/instellingen");
        Map<String, Object> w = Api.JSON.convertValue(lees.json().path("waarden"),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        w.put("thema", "utrecht");
        w.put("bewaartermijnMaanden", 50);
        assertThat(piet.verstuur("PUT", "/api/gemeenten/utrecht/instellingen", w,
                Map.of("If-Match", lees.header("ETag"))).status()).isEqualTo(200);

        verwachteNetwerkfouten.add("/api/gemeenten/utrecht/instellingen");
        klik(OPSLAAN);
        wacht(() -> !browser.findElements(By.xpath("//button[normalize-space()='Nieuwste versie laden']")).isEmpty(),
                "de melding over de wijziging van een ander");
        assertThat(invoer("instellingen-formulier", "bewaartermijnMaanden").getAttribute("value")).isEqualTo("60");
        assertToegankelijk("instellingen na een 409");
        klik(By.xpath("//button[normalize-space()='Nieuwste versie laden']"));
        // the newest version, with what was typed kept
        wacht(() -> browser.findElements(By.xpath("//button[normalize-space()='Nieuwste versie laden']")).isEmpty()
                && "60".equals(invoer("instellingen-formulier", "bewaartermijnMaanden").getAttribute("value")),
                "het formulier opnieuw, met de invoer");
        klik(OPSLAAN);
        wacht(() -> !browser.findElements(By.id("instellingen-opgeslagen")).isEmpty(), "opgeslagen");
        assertThat(platform.api().als("utrecht-regisseur").get("/api/gemeenten/utrecht").json()
                .path("bewaartermijnMaanden").asInt()).isEqualTo(60);
    }

    @Test
    @Order(3)
    void dePlatformbeheerderMaaktEenNieuweGemeente() throws Exception {
        login("platformbeheerder", "demo");
        klik(MENU_NIEUW);
        wacht(() -> !browser.findElements(By.id("nieuwe-gemeente-formulier")).isEmpty(), "het formulier");
        assertToegankelijk("nieuwe gemeente");
        schermafdruk("platformbeheerder-nieuwe-gemeente");
        zet(invoer("nieuwe-gemeente-formulier", "id"), "Deventer!");
        zet(invoer("nieuwe-gemeente-formulier", "naam"), "Gemeente Deventer");
        verwachteNetwerkfouten.add("/api/gemeenten");
        klik(By.cssSelector("#nieuwe-gemeente-formulier button[type=submit]"));
        wacht(() -> "true".equals(invoer("nieuwe-gemeente-formulier", "id").getAttribute("aria-invalid")),
                "de fout bij het id");
        assertThat(invoer("nieuwe-gemeente-formulier", "naam").getAttribute("value")).isEqualTo("Gemeente Deventer");
        zet(invoer("nieuwe-gemeente-formulier", "id"), "deventer");
        klik(By.cssSelector("#nieuwe-gemeente-formulier button[type=submit]"));
        wacht(() -> !browser.findElements(By.id("gemeente-aangemaakt")).isEmpty(), "aangemaakt");
        assertThat(browser.findElement(By.id("gemeente-aangemaakt")).getText()).contains("Gemeente Deventer");
        assertThat(Files.readString(cfg("deventer"))).contains("id = deventer\n");
        assertThat(platform.api().als("platformbeheerder").get("/api/gemeenten/deventer").status()).isEqualTo(200);
        // its settings, one click away
        klik(By.linkText("Instellingen van deze gemeente"));
        wacht(() -> !browser.findElements(By.id("instellingen-formulier")).isEmpty()
                && browser.findElement(By.id("instellingen-id")).getText().contains("deventer"), "de instellingen");
        assertToegankelijk("instellingen door de platformbeheerder");
    }
}
