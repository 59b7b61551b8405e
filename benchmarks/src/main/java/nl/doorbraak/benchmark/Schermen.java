package nl.doorbraak.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 12, point 7: every screen of the web app usable within 1 s of navigation with the demo data, and the first
 * page load under 300 kB compressed. In a real headless Chromium against a running platform (run.sh ui starts one):
 * <ul>
 * <li>the first load: a fresh browser opens {@code /}; the bytes transferred (navigation and resources, as the
 * browser counts them, gzip) until the login screen stands;</li>
 * <li>per screen of {@code routes.json} (the app's own description; a path with an id gets the first matching link
 * found on the screens without one), as an account whose role may open it: the time from the navigation (the app's
 * own history navigation, as a click in the menu) until the screen is drawn and nothing on it says it is still
 * loading ("… geladen…"), measured in the page with {@code performance.now()}; the first visit (its module not yet
 * loaded) and then {@code ROUNDS} more, min/median/max.</li>
 * </ul>
 * Prints figures only; it asserts nothing (tests never assert times).
 */
public final class Schermen {

    /** The demo account per role, for the screens with {@code rollen}; the first is the default. */
    static final Map<String, String> ACCOUNT = new LinkedHashMap<>();
    static {
        ACCOUNT.put("casusregisseur", "utrecht-regisseur");
        ACCOUNT.put("tafellid", "utrecht-tafellid");
        ACCOUNT.put("gemeentebeheerder", "utrecht-beheerder");
        ACCOUNT.put("platformbeheerder", "platformbeheerder");
    }

    public static void main(String[] args) throws Exception {
        String basis = args[0];
        Path routesJson = Path.of(args[1]);
        int rondes = Integer.parseInt(System.getenv().getOrDefault("ROUNDS", "5"));
        JsonNode routes = new ObjectMapper().readTree(Files.readAllBytes(routesJson)).path("routes");

        try (Browser eerste = Browser.start()) {
            eerste.d.get(basis + "/");
            eerste.wachtOp("gebruikersnaam");
            Map<?, ?> m = (Map<?, ?>) eerste.js("""
                    const n = performance.getEntriesByType('navigation')[0];
                    const r = performance.getEntriesByType('resource');
                    return {over: n.transferSize + r.reduce((t, e) => t + e.transferSize, 0),
                            uit: n.decodedBodySize + r.reduce((t, e) => t + e.decodedBodySize, 0), n: 1 + r.length};""");
            System.out.printf("eerste keer laden (inlogscherm, lege cache): %d bestanden, %.1f kB overgedragen, %.1f kB "
                    + "uitgepakt (doel: < 300 kB overgedragen)%n", ((Number) m.get("n")).intValue(),
                    ((Number) m.get("over")).longValue() / 1024.0, ((Number) m.get("uit")).longValue() / 1024.0);
        }

        // per account the routes it opens; the first account whose role the route names
        Map<String, List<JsonNode>> perAccount = new LinkedHashMap<>();
        for (JsonNode r : routes) {
            String account = ACCOUNT.values().iterator().next();
            if (r.has("rollen")) {
                account = null;
                for (JsonNode rol : r.path("rollen")) {
                    if (account == null && ACCOUNT.containsKey(rol.asText())) {
                        account = ACCOUNT.get(rol.asText());
                    }
                }
                if (account == null) {
                    System.out.printf("%-32s overgeslagen: geen demo-account voor rollen %s%n", r.path("pad").asText(),
                            r.path("rollen"));
                    continue;
                }
            }
            perAccount.computeIfAbsent(account, k -> new ArrayList<>()).add(r);
        }
        System.out.printf("%-32s %-20s %10s %10s %10s %10s%n", "scherm", "als", "eerste ms", "min ms", "median ms",
                "max ms");
        double slechtste = 0;
        String traagste = "";
        for (Map.Entry<String, List<JsonNode>> e : perAccount.entrySet()) {
            try (Browser b = Browser.start()) {
                b.login(basis, e.getKey());
                // the screens without an id first: their links give the ids of the others
                List<JsonNode> volgorde = new ArrayList<>(e.getValue());
                volgorde.sort((x, y) -> Boolean.compare(x.path("pad").asText().contains("{"),
                        y.path("pad").asText().contains("{")));
                Map<String, String> gevonden = new LinkedHashMap<>();
                for (JsonNode r : volgorde) {
                    String sjabloon = r.path("pad").asText();
                    String pad = sjabloon.contains("{") ? gevonden.get(sjabloon) : sjabloon;
                    if (pad == null) {
                        System.out.printf("%-32s %-20s overgeslagen: geen link naar zo'n scherm gevonden%n", sjabloon,
                                e.getKey());
                        continue;
                    }
                    List<Double> tijden = new ArrayList<>();
                    for (int i = 0; i <= rondes; i++) {
                        b.navigeer("/");
                        tijden.add(b.navigeer(pad));
                        if (i == 0) {
                            verzamelLinks(b, routes, gevonden);
                        }
                    }
                    double eerst = tijden.remove(0);
                    tijden.sort(Double::compare);
                    double mediaan = tijden.get(tijden.size() / 2);
                    System.out.printf("%-32s %-20s %10.0f %10.0f %10.0f %10.0f%n", sjabloon, e.getKey(), eerst,
                            tijden.get(0), mediaan, tijden.get(tijden.size() - 1));
                    if (eerst > slechtste) {
                        slechtste = eerst;
                        traagste = sjabloon + " als " + e.getKey();
                    }
                }
            }
        }
        System.out.printf("traagste eerste bezoek: %.0f ms (%s) (doel: < 1000 ms)%n", slechtste, traagste);
    }

    /** The first link on the open screen to each route with an id, as the user would follow it. */
    static void verzamelLinks(Browser b, JsonNode routes, Map<String, String> gevonden) {
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) b.js(
                "return [...document.querySelectorAll('#inhoud a[data-route], #menu a[data-route]')].map(a => a.getAttribute('href'))");
        for (JsonNode r : routes) {
            String sjabloon = r.path("pad").asText();
            if (!sjabloon.contains("{") || gevonden.containsKey(sjabloon)) {
                continue;
            }
            Pattern p = Pattern.compile(Pattern.quote(sjabloon).replaceAll("\\{[a-zA-Z]+}", "\\\\E[A-Za-z0-9._~-]{1,128}\\\\Q"));
            for (String h : hrefs) {
                if (p.matcher(h).matches()) {
                    gevonden.put(sjabloon, h);
                    break;
                }
            }
        }
    }

    /** A headless Chromium with its own profile, as the browser tests use it. */
    static final class Browser implements AutoCloseable {
        final ChromeDriver d;
        private final Path profiel;

        private Browser(ChromeDriver d, Path profiel) {
            this.d = d;
            this.profiel = profiel;
        }

        static Browser start() throws Exception {
            Path profiel = Files.createTempDirectory("doorbraak-bench-chromium-");
            ChromeOptions o = new ChromeOptions().setBinary(System.getenv().getOrDefault("DOORBRAAK_CHROMIUM",
                    "/usr/bin/chromium")).addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                            "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profiel, "--lang=nl");
            ChromeDriverService s = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getenv().getOrDefault("DOORBRAAK_CHROMEDRIVER",
                            "/usr/bin/chromedriver")).toFile())
                    .usingAnyFreePort().build();
            ChromeDriver d = new ChromeDriver(s, o);
            d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(d, profiel);
        }

        Object js(String script) {
            return ((JavascriptExecutor) d).executeScript(script);
        }

        void wachtOp(String id) throws InterruptedException {
            for (int i = 0; i < 600 && d.findElements(By.id(id)).isEmpty(); i++) {
                Thread.sleep(50);
            }
        }

        void login(String basis, String account) throws Exception {
            d.get(basis + "/");
            wachtOp("gebruikersnaam");
            d.findElement(By.id("gebruikersnaam")).sendKeys(account);
            d.findElement(By.id("wachtwoord")).sendKeys("demo", Keys.ENTER);
            wachtOp("ingelogd");
        }

        /**
         * Navigates inside the app as a click on a menu link does (history + the app's router) and answers the ms
         * until the screen is drawn ({@code data-klaar} changed) and nothing in it is still loading.
         */
        double navigeer(String pad) {
            Object ms = ((JavascriptExecutor) d).executeAsyncScript("""
                    const klaar = arguments[arguments.length - 1];
                    const pad = arguments[0];
                    const root = document.documentElement;
                    const voor = root.dataset.klaar;
                    const t0 = performance.now();
                    const laadt = () => /geladen…|worden geladen|wordt geladen/i.test(
                        document.getElementById('inhoud').textContent) || document.querySelector('[aria-busy=true]');
                    const kijk = () => {
                      if (root.dataset.klaar !== voor && !laadt()) {
                        klaar(performance.now() - t0);
                      } else if (performance.now() - t0 > 20000) {
                        klaar(-1);
                      } else {
                        requestAnimationFrame(kijk);
                      }
                    };
                    history.pushState(null, '', pad);
                    dispatchEvent(new PopStateEvent('popstate'));
                    kijk();""", pad);
            return ((Number) ms).doubleValue();
        }

        @Override
        public void close() throws Exception {
            d.quit();
            try (var s = Files.walk(profiel)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
