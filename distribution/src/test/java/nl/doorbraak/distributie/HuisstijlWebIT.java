package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A gemeente without a published token package (Eindhoven in the demo: thema eigen, kleur #9b1b30, a logo) gets its
 * own colours and logo in the web app from its configuration; Utrecht keeps its tokens; logging out takes it away.
 */
class HuisstijlWebIT extends BrowserIT {

    static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    static String kopKleur() {
        return String.valueOf(js("return getComputedStyle(document.querySelector('.doorbraak-kop')).backgroundColor"));
    }

    @Test
    void eindhovenKrijgtZijnKleurEnLogo() {
        login("eindhoven-regisseur", "demo");
        wacht(() -> "rgb(155, 27, 48)".equals(kopKleur()), "de kleur van Eindhoven in de kop");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).contains("doorbraak-huisstijl",
                "voorbeeld-theme");
        // the logo: shown, from the API, and the API gives an image
        assertThat(js("return getComputedStyle(document.getElementById('logo')).display")).isEqualTo("inline-block");
        assertThat(String.valueOf(js("return getComputedStyle(document.getElementById('logo')).backgroundImage")))
                .contains("/api/gemeenten/eindhoven/logo");
        assertThat(browser.findElement(By.id("logo")).getAttribute("aria-label")).isEqualTo("Logo van Gemeente Eindhoven");
        Object type = ((JavascriptExecutor) browser).executeAsyncScript("""
                const klaar = arguments[arguments.length - 1];
                fetch('/api/gemeenten/eindhoven/logo', {credentials: 'same-origin'})
                  .then(r => klaar(r.status + ' ' + r.headers.get('Content-Type')), e => klaar(String(e)));""");
        assertThat(String.valueOf(type)).startsWith("200 image/svg+xml");
        // the primary button in the gemeente's colour, the text on it readable (axe checks the contrast everywhere)
        open("/casussen/nieuw");
        wacht(() -> !browser.findElements(By.cssSelector("button.utrecht-button--primary-action")).isEmpty(), "een knop");
        assertThat(js("return getComputedStyle(document.querySelector('button.utrecht-button--primary-action'))"
                + ".backgroundColor")).isEqualTo("rgb(155, 27, 48)");
        assertToegankelijk("Eindhoven in eigen huisstijl");
        schermafdruk("huisstijl-eindhoven");

        // logged out: the neutral theme, no logo, no stylesheet of the gemeente
        uitloggen();
        assertThat(browser.findElements(By.id("huisstijl"))).isEmpty();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).doesNotContain("doorbraak-huisstijl");
        assertThat(kopKleur()).isNotEqualTo("rgb(155, 27, 48)");
        assertThat(js("return getComputedStyle(document.getElementById('logo')).display")).isEqualTo("none");
    }

    @Test
    void utrechtHoudtZijnTokensZonderEigenHuisstijl() {
        login("utrecht-regisseur", "demo");
        wacht(() -> "utrecht-theme".equals(thema()), "het thema van Utrecht");
        assertThat(browser.findElements(By.id("huisstijl"))).isEmpty();
        assertThat(js("return getComputedStyle(document.getElementById('logo')).display")).isEqualTo("none");
    }
}
