package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real Chromium, headless, driven over WebDriver with Debian's {@code chromium} and {@code chromium-driver} (what
 * .ci/run installs; DESIGN 7), for what only a browser decides: which cookies it sends where. Nothing is downloaded:
 * without them the test fails and says what to install.
 */
final class Chromium implements AutoCloseable {

    /** The browser binary, when not /usr/bin/chromium. */
    static final String BROWSER = "DOORBRAAK_CHROMIUM";
    /** The driver binary, when not /usr/bin/chromedriver. */
    static final String DRIVER = "DOORBRAAK_CHROMEDRIVER";

    final ChromeDriver driver;
    private final Path profiel;

    private Chromium(ChromeDriver driver, Path profiel) {
        this.driver = driver;
        this.profiel = profiel;
    }

    /** A fresh browser with its own, temporary profile (no cookies); close it. */
    static Chromium start() {
        Path browser = vind(BROWSER, List.of("/usr/bin/chromium", "/usr/bin/chromium-browser"));
        Path driver = vind(DRIVER, List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"));
        Path profiel;
        try {
            profiel = Files.createTempDirectory("doorbraak-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions opties = new ChromeOptions().setBinary(browser.toFile())
                // --no-sandbox: the tests may run as root (a container); the page is our own platform
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--user-data-dir=" + profiel, "--lang=nl");
        // the browser's console (errors, CSP violations) for driver.manage().logs().get(LogType.BROWSER)
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        opties.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().withTimeout(Duration.ofSeconds(60)).build();
        ChromeDriver d = new ChromeDriver(service, opties);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Chromium(d, profiel);
    }

    /** The browser's own profile directory (its HTTP cache lives under it). */
    Path profiel() {
        return profiel;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (java.util.stream.Stream<Path> s = Files.walk(profiel)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp dir left behind is not worth failing a test for
            }
        }
    }

    private static Path vind(String omgeving, List<String> kandidaten) {
        String gezet = System.getenv(omgeving);
        if (gezet != null && !gezet.isBlank()) {
            Path p = Path.of(gezet);
            if (!Files.isExecutable(p)) {
                fail(omgeving + "=" + gezet + " is geen uitvoerbaar bestand.");
            }
            return p;
        }
        for (String k : kandidaten) {
            if (Files.isExecutable(Path.of(k))) {
                return Path.of(k);
            }
        }
        return fail("Chromium of zijn WebDriver ontbreekt (gezocht: " + kandidaten + "). Installeer ze: "
                + "apt-get install -y chromium chromium-driver (.ci/run doet dit), of zet " + omgeving + ". "
                + "/ Chromium or chromedriver is missing: apt-get install -y chromium chromium-driver.");
    }
}
