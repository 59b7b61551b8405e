package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The base of the browser tests of the web application (docs/webapp.md): one real distribution with the demo and one
 * headless Chromium per test class; every test starts logged out with an empty console and ends without console
 * errors; axe-core on a screen with {@link #assertToegankelijk}. A test class per group of screens extends this.
 */
abstract class BrowserIT {

    static Platform platform;
    static Chromium chromium;
    static ChromeDriver browser;
    static String axe;

    /** Network errors a test causes on purpose (a 401 before login, a 404 for another gemeente's casus). */
    final List<String> verwachteNetwerkfouten = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        String pad = System.getProperty("doorbraak.axe");
        if (pad == null || !Files.isRegularFile(Path.of(pad))) {
            fail("axe-core ontbreekt (" + pad + "): bundles/ui installeert het met npm ci; bouw eerst bundles/ui "
                    + "(./mvnw -B install -pl distribution -am). / axe-core is missing: build bundles/ui (npm ci).");
        }
        axe = Files.readString(Path.of(pad));
        platform = Platform.nieuw().metDemo().start();
        chromium = Chromium.start();
        browser = chromium.driver;
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // one size for every screenshot in the guides (a laptop screen)
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @BeforeEach
    void schoon() {
        // every test starts logged out, on the login screen, with an empty console
        open("/");
        browser.manage().deleteAllCookies();
        open("/");
        browser.manage().logs().get(LogType.BROWSER);
    }

    @AfterEach
    void geenFoutenInDeConsole() {
        assertThat(consolefouten()).as("fouten in de console van de browser").isEmpty();
    }

    // ---- helpers ----

    static void open(String pad) {
        browser.get(platform.uri(pad).toString());
        wacht(() -> "true".equals(String.valueOf(((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.dataset.klaar !== undefined"))), "de app op " + pad);
    }

    static void login(String gebruiker, String wachtwoord) {
        if (browser.findElements(By.id("gebruikersnaam")).isEmpty()) {
            open("/");
        }
        vul(gebruiker, wachtwoord);
        wacht(() -> !browser.findElements(By.id("ingelogd")).isEmpty(), "ingelogd als " + gebruiker);
    }


    /** Logs out with the button in the header and waits for the login screen (the ended session's 401 is expected). */
    void uitloggen() {
        klik(By.id("uitloggen"));
        wacht(() -> !browser.findElements(By.id("gebruikersnaam")).isEmpty(), "het inlogscherm na uitloggen");
        verwachteNetwerkfouten.add("/api/sessies/huidig");
    }

    static void vul(String gebruiker, String wachtwoord) {
        wacht(() -> !browser.findElements(By.id("gebruikersnaam")).isEmpty(), "het inlogscherm");
        browser.findElement(By.id("gebruikersnaam")).sendKeys(gebruiker);
        browser.findElement(By.id("wachtwoord")).sendKeys(wachtwoord);
        // with the keyboard: Enter in the password field submits
        browser.findElement(By.id("wachtwoord")).sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    /**
     * Clicks the element as soon as it is there; a screen that draws itself again in between (a plug-in screen that is
     * mounted again when its plug-in came back) replaces the element, so finding and clicking are tried together.
     */
    static void klik(By door) {
        wacht(() -> {
            browser.findElement(door).click();
            return true;
        }, door.toString());
    }

    static String thema() {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.dataset.thema || 'voorbeeld-theme'"));
    }

    static String klassen() {
        return browser.findElement(By.tagName("html")).getAttribute("class");
    }




    static void wachtOpTekst(String id, String tekst) {
        wacht(() -> {
            List<WebElement> e = browser.findElements(By.id(id));
            return !e.isEmpty() && e.get(0).getText().equals(tekst);
        }, "#" + id + " = " + tekst);
    }

    static void wacht(Supplier<Boolean> voorwaarde, String wat) {
        wacht(browser, voorwaarde, wat);
    }

    static void wacht(Duration hoeLang, Supplier<Boolean> voorwaarde, String wat) {
        wacht(browser, hoeLang, voorwaarde, wat);
    }

    static void wacht(ChromeDriver d, Supplier<Boolean> voorwaarde, String wat) {
        wacht(d, Duration.ofSeconds(20), voorwaarde, wat);
    }

    static void wacht(ChromeDriver d, Duration hoeLang, Supplier<Boolean> voorwaarde, String wat) {
        long tot = System.nanoTime() + hoeLang.toNanos();
        RuntimeException laatste = null;
        while (System.nanoTime() < tot) {
            try {
                if (Boolean.TRUE.equals(voorwaarde.get())) {
                    return;
                }
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                laatste = e;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        fail("Gewacht op " + wat + ", niet gezien. Pagina: " + d.getCurrentUrl() + "\n"
                + d.findElement(By.tagName("body")).getText(), laatste);
    }

    /** The errors in the browser's console, less the network errors a test caused on purpose. */
    List<String> consolefouten() {
        List<String> fouten = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            String m = e.getMessage();
            boolean verwacht = m.contains("Failed to load resource") && verwachteNetwerkfouten.stream()
                    .anyMatch(p -> m.startsWith(platform.uri(p).toString() + " "));
            if (e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue() && !verwacht) {
                fouten.add(e.getLevel() + " " + m);
            }
        }
        return fouten;
    }

    /** axe-core in the page: no serious or critical violation (WCAG 2.1 AA and best practices). */
    static void assertToegankelijk(String scherm) {
        JavascriptExecutor js = browser;
        js.executeScript(axe);
        Object uit = js.executeAsyncScript("""
                const klaar = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
                    'best-practice']}, resultTypes: ['violations']})
                  .then(r => klaar(JSON.stringify(r.violations.filter(v => v.impact === 'serious'
                      || v.impact === 'critical').map(v => ({id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + n.failureSummary)})))))
                  .catch(e => klaar('axe faalde: ' + e));""");
        assertThat(String.valueOf(uit)).as("axe-core op " + scherm).isEqualTo("[]");
    }

    /**
     * A screenshot of the page for the guides per role (docs/gids/): always target/schermafdrukken/{naam}.png; with
     * {@code -Dschermafdrukken.bijwerken=true} also docs/gids/afbeeldingen/{naam}.png in the source tree (commit
     * those with the change that alters the screen, as with the pinned OpenAPI files).
     */
    static Path schermafdruk(String naam) {
        try {
            byte[] png = browser.getScreenshotAs(OutputType.BYTES);
            Path map = Path.of("target", "schermafdrukken");
            Files.createDirectories(map);
            Path uit = map.resolve(naam + ".png");
            Files.write(uit, png);
            if (Boolean.getBoolean("schermafdrukken.bijwerken")) {
                Path docs = Path.of(System.getProperty("doorbraak.bron"), "docs", "gids", "afbeeldingen");
                Files.createDirectories(docs);
                Files.write(docs.resolve(naam + ".png"), png);
            }
            return uit;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
