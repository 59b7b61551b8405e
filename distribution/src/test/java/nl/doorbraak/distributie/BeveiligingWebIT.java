package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 12, point 6, as the browser sees it: the session cookie is HttpOnly and SameSite=Strict, a change without the
 * CSRF token is refused, nothing personal lands in the browser's HTTP cache or comes back after logging out, and no
 * personal data is in a title or address of the history.
 */
class BeveiligingWebIT extends BrowserIT {

    static final String CASUSSEN = "/api/gemeenten/utrecht/casussen";

    /** A casus with a hulpvraag, as the regisseur reads it through the API. */
    static JsonNode casus() {
        Api api = platform.api().als("utrecht-regisseur");
        return api.get(CASUSSEN + "/" + api.get(CASUSSEN + "?pageSize=1").json().path("results").get(0).path("id")
                .asText()).json();
    }

    @Test
    void deSessiecookieIsHttpOnlyEnSameSiteStrict() {
        login("utrecht-regisseur", "demo");
        Cookie c = browser.manage().getCookieNamed("DOORBRAAK_SESSIE");
        assertThat(c).as("de sessiecookie").isNotNull();
        assertThat(c.isHttpOnly()).isTrue();
        assertThat(c.getSameSite()).isEqualTo("Strict");
        assertThat(c.getPath()).isEqualTo("/");
        // a script in the page cannot read it
        assertThat(String.valueOf(((JavascriptExecutor) browser).executeScript("return document.cookie")))
                .doesNotContain("DOORBRAAK_SESSIE");
    }

    @Test
    void eenWijzigingZonderCsrfTokenWordtGeweigerdEnVerandertNiets() {
        JsonNode c = casus();
        String id = c.path("id").asText();
        login("utrecht-regisseur", "demo");
        String pad = CASUSSEN + "/" + id + "/status";
        verwachteNetwerkfouten.add(pad);
        // the cookie alone, as a forged request from a script would send it: no X-CSRF-Token
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                const klaar = arguments[arguments.length - 1];
                fetch(arguments[0], {method: 'POST', credentials: 'same-origin',
                    headers: {'Content-Type': 'application/json', 'X-Requested-With': 'doorbraak-ui'},
                    body: JSON.stringify({status: 'afgesloten', reden: 'vervalst'})})
                  .then(r => klaar(r.status), e => klaar('fout ' + e));""", pad);
        assertThat(status).isEqualTo(403L);
        assertThat(platform.api().als("utrecht-regisseur").get(CASUSSEN + "/" + id).json().path("status").asText())
                .isEqualTo(c.path("status").asText());
    }

    @Test
    void nietsPersoonlijksInDeCacheVanDeBrowserEnNaUitloggenNietsTerug() {
        JsonNode c = casus();
        String id = c.path("id").asText();
        String hulpvraag = c.path("hulpvraag").asText();
        login("utrecht-regisseur", "demo");
        open("/casussen/" + id);
        wachtOpTekst("hulpvraag", hulpvraag);
        // no personal data in the title or the address the history keeps
        assertThat(browser.getTitle()).doesNotContain(c.path("titel").asText()).doesNotContain(hulpvraag);
        assertThat(browser.getCurrentUrl()).endsWith("/casussen/" + id);

        // the app's own files are in the HTTP cache (so the search below does find what is there) ...
        Path cache = chromium.profiel();
        wacht(() -> bevat(cache, "/js/app.js"), "app.js in de cache van de browser");
        // ... the API's answers (no-store) are not: neither their address nor their content
        assertThat(bevat(cache, CASUSSEN + "/" + id)).as("het adres van de casus in de cache").isFalse();
        assertThat(bevat(cache, hulpvraag)).as("de hulpvraag in de cache").isFalse();

        // log out in the app, then back in the browser's history: the login screen, not the casus
        klik(By.id("uitloggen"));
        wacht(() -> !browser.findElements(By.id("gebruikersnaam")).isEmpty(), "het inlogscherm");
        verwachteNetwerkfouten.add("/api/sessies/huidig");
        verwachteNetwerkfouten.add(CASUSSEN + "/" + id);
        browser.navigate().back();
        wacht(() -> !browser.findElements(By.id("gebruikersnaam")).isEmpty(), "het inlogscherm na terug");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(hulpvraag);

        // a whole page left and the session gone meanwhile (another tab logged out): back shows no casus either
        login("utrecht-regisseur", "demo");
        open("/casussen/" + id);
        wachtOpTekst("hulpvraag", hulpvraag);
        browser.get(platform.uri("/api/health").toString());
        browser.manage().deleteAllCookies();
        browser.navigate().back();
        wacht(() -> !browser.findElements(By.id("gebruikersnaam")).isEmpty(), "het inlogscherm na terug zonder sessie");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(hulpvraag);
    }

    @Test
    void elkApiAntwoordVanDeAppIsNoStore() {
        JsonNode c = casus();
        login("utrecht-regisseur", "demo");
        open("/casussen/" + c.path("id").asText());
        wachtOpTekst("hulpvraag", c.path("hulpvraag").asText());
        // every API address the page fetched, asked again from the page: the browser sees no-store on each
        @SuppressWarnings("unchecked")
        Map<String, String> headers = (Map<String, String>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const klaar = arguments[arguments.length - 1];
                const api = [...new Set(performance.getEntriesByType('resource').map(e => new URL(e.name))
                    .filter(u => u.pathname.startsWith('/api/')).map(u => u.pathname + u.search))];
                Promise.all(api.map(p => fetch(p, {credentials: 'same-origin', cache: 'no-store',
                    headers: {'X-Requested-With': 'doorbraak-ui'}}).then(r => [p, r.headers.get('Cache-Control')])))
                  .then(l => klaar(Object.fromEntries(l)), e => klaar({fout: String(e)}));""");
        assertThat(headers).as("de API-adressen van het casusscherm").containsKey(CASUSSEN + "/" + c.path("id").asText())
                .containsKey("/api/sessies/huidig");
        assertThat(headers.values()).allMatch("no-store"::equals);
        assertThat(List.copyOf(headers.keySet())).noneMatch(p -> p.contains(c.path("titel").asText()));
    }

    /** Whether any file under the browser's cache directories contains this text (as UTF-8 bytes). */
    static boolean bevat(Path profiel, String tekst) {
        byte[] zoek = tekst.getBytes(StandardCharsets.UTF_8);
        boolean[] gevonden = {false};
        try {
            // walkFileTree, not walk: Chromium removes cache files while we read, and a file gone is not in the cache
            Files.walkFileTree(profiel, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes a) {
                    gevonden[0] = a.isRegularFile() && p.toString().contains("Cache") && bevat(lees(p), zoek);
                    return gevonden[0] ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
                    return weg(e);
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    return e == null ? FileVisitResult.CONTINUE : weg(e);
                }

                private FileVisitResult weg(IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gevonden[0];
    }

    static byte[] lees(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    static boolean bevat(byte[] in, byte[] zoek) {
        outer:
        for (int i = 0; i + zoek.length <= in.length; i++) {
            for (int j = 0; j < zoek.length; j++) {
                if (in[i + j] != zoek[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
