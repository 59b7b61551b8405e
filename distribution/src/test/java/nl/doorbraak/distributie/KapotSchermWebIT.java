package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A plug-in screen whose {@code toon} throws (tests/plugin-kapot): the web app shows a Dutch message in the screen,
 * no uncaught error reaches the console, and the rest of the app goes on working (issue 12, point 3).
 */
class KapotSchermWebIT extends BrowserIT {

    static final By ITEM = By.xpath("//nav[@id='menu']//a[normalize-space()='Kapot scherm']");

    @Test
    void eenSchermDatGooitGeeftEenMeldingEnDeAppGaatDoor() throws Exception {
        platform.deploy(Platform.fixture("doorbraak-test-plugin-kapot"), "kapot.jar");
        try {
            login("utrecht-regisseur", "demo");
            // the menu follows GET /api/schermen within seconds (the app refreshes it)
            wacht(() -> !browser.findElements(ITEM).isEmpty(), "het menu-item van de kapotte plug-in");
            klik(ITEM);
            wacht(() -> browser.findElements(By.cssSelector("#scherm [role=alert]")).size() == 1, "de melding");
            assertThat(browser.findElement(By.cssSelector("#scherm [role=alert]")).getText())
                    .isEqualTo("Er ging iets mis in dit scherm van de plug-in. Probeer het later opnieuw.");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kapot scherm");
            assertToegankelijk("een kapot scherm van een plug-in");
            // the app goes on: another screen works
            klik(By.xpath("//nav[@id='menu']//a[normalize-space()='Casussen']"));
            wacht(() -> !browser.findElements(By.id("aantal")).isEmpty()
                    && browser.findElement(By.id("aantal")).getText().endsWith("casussen."), "de lijst");
        } finally {
            platform.undeploy("kapot.jar");
        }
    }
}
