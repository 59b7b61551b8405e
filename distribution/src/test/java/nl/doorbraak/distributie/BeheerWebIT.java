package nl.doorbraak.distributie;

import static nl.doorbraak.distributie.CasusApiIT.invalidParam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The screens for accounts (docs/webapp.md, docs/accounts.md) in a real browser against the real distribution with the
 * demo: the gemeentebeheerder's accounts (list, new with the one-time code, roles and tafels, 409, block lifted, new
 * code, deactivate), the platformbeheerder's accounts and blocked addresses, the own password (/account), choosing a
 * password with a one-time code on the login screen, the forced change of a one-time password (a second platform
 * without the demo), and the SSO buttons on the login screen. What a screen shows is what the API gives that account.
 */
class BeheerWebIT extends BrowserIT {

    static final String UTRECHT = "/api/gemeenten/utrecht/gebruikers";
    static final String LEEUWARDEN = "/api/gemeenten/leeuwarden/gebruikers";
    static final By MENU_GEBRUIKERS = By.xpath("//nav[@id='menu']//a[normalize-space()='Gebruikers']");

    // ---- helpers ----

    static Set<String> namen(JsonNode lijst) {
        Set<String> uit = new TreeSet<>();
        lijst.path("results").forEach(r -> uit.add(r.path("gebruikersnaam").asText()));
        return uit;
    }

    static Set<String> rijenInHetScherm() {
        Set<String> uit = new TreeSet<>();
        for (WebElement r : browser.findElements(By.cssSelector("#gebruikers tr[data-account]"))) {
            uit.add(r.getAttribute("data-account"));
        }
        return uit;
    }

    static void wachtOpLijst(int aantal) {
        wachtOpTekst("aantal", aantal == 1 ? "1 account." : aantal + " accounts.");
    }

    static WebElement veld(String formulier, String naam) {
        return browser.findElement(By.cssSelector("#" + formulier + " [name='" + naam + "']"));
    }

    static void typ(String formulier, String naam, String tekst) {
        WebElement v = veld(formulier, naam);
        v.clear();
        v.sendKeys(tekst);
    }

    static String foutBij(String formulier, String naam) {
        By door = By.cssSelector("#" + formulier + " [data-veld='" + naam + "'] .utrecht-form-field-error-message");
        wacht(() -> !browser.findElements(door).isEmpty() && browser.findElement(door).isDisplayed(),
                "de fout bij " + naam);
        return browser.findElement(door).getText();
    }

    static void verstuur(String formulier) {
        browser.findElement(By.cssSelector("#" + formulier + " button[type=submit]")).click();
    }

    static void vinkAan(String groep, String waarde, boolean aan) {
        WebElement v = browser.findElement(By.cssSelector("#" + groep + " input[value='" + waarde + "']"));
        if (v.isSelected() != aan) {
            v.click();
        }
    }

    static String tekst(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    static String kop() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /**
     * Logs in as Utrecht's gemeentebeheerder; his start page expects three 403s (casussen, bijeenkomsten, acties are
     * not his), as in WebAppIT.
     */
    void loginAlsBeheerder() {
        verwachteNetwerkfouten.add("/api/gemeenten/utrecht/casussen?status=afgesloten&pageSize=1");
        verwachteNetwerkfouten.add("/api/gemeenten/utrecht/bijeenkomsten?pageSize=100&page=1");
        verwachteNetwerkfouten.add("/api/gemeenten/utrecht/acties?verlopen=true&pageSize=5");
        login("utrecht-beheerder", "demo");
    }

    /** A new account of Utrecht through the API, as the gemeentebeheerder; its one-time code. */
    static String nieuwAccount(String naam, String volledig, List<String> rollen, List<String> tafels) {
        Api.Antwoord a = platform.api().als("utrecht-beheerder").post(UTRECHT, Map.of("gebruikersnaam", naam, "naam",
                volledig, "rollen", rollen, "tafels", tafels));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("code").path("code").asText();
    }

    static void kiesWachtwoord(String naam, String code, String wachtwoord) {
        assertThat(platform.api().post("/api/account/herstel", Map.of("gebruikersnaam", naam, "code", code,
                "nieuwWachtwoord", wachtwoord)).status()).isEqualTo(204);
    }

    static String eersteTafel() {
        return platform.api().als("utrecht-beheerder").get("/api/gemeenten/utrecht/tafels").json().path("results")
                .get(0).path("id").asText();
    }

    /** Opens an account from the list of the gemeentebeheerder. */
    static void openAccount(String naam) {
        klik(MENU_GEBRUIKERS);
        klik(By.cssSelector("#gebruikers a[data-gebruiker='" + naam + "']"));
        wacht(() -> !browser.findElements(By.id("account")).isEmpty()
                && tekst("account").contains(naam), "het account " + naam);
    }

    /** Wrong passwords over the API, waiting as Retry-After asks, until the account is locked (docs/accounts.md 4). */
    static void blokkeer(String naam) {
        for (int i = 0; i < 12; i++) {
            Api.Antwoord a = platform.api().login(naam, "verkeerd wachtwoord " + i);
            if (a.status() == 429) {
                int wacht = Integer.parseInt(a.header("Retry-After"));
                if (wacht > 60) {
                    return;
                }
                Platform.slaap(wacht * 1000L + 100);
            }
        }
        fail("het account " + naam + " werd niet geblokkeerd");
    }

    // ---- the gemeentebeheerder ----

    @Test
    void deBeheerderVanUtrechtZietPreciesDeAccountsVanUtrechtEnGeenVanLeeuwarden() {
        JsonNode utrecht = platform.api().als("utrecht-beheerder").get(UTRECHT + "?pageSize=100").json();
        Set<String> leeuwarden = namen(platform.api().als("platformbeheerder").get(LEEUWARDEN + "?pageSize=100").json());
        assertThat(leeuwarden).isNotEmpty();
        loginAlsBeheerder();
        klik(MENU_GEBRUIKERS);
        wachtOpLijst(utrecht.path("count").asInt());
        assertThat(browser.getCurrentUrl()).isEqualTo(platform.uri("/beheer/gebruikers").toString());
        assertThat(browser.getTitle()).isEqualTo("Gebruikers - Doorbraak");
        assertThat(rijenInHetScherm()).isEqualTo(namen(utrecht));
        String pagina = browser.findElement(By.id("inhoud")).getText();
        for (String l : leeuwarden) {
            assertThat(pagina).doesNotContain(l);
        }
        // the roles as the API gives them, in words
        WebElement regisseur = browser.findElement(By.cssSelector("#gebruikers tr[data-account='utrecht-regisseur']"));
        assertThat(regisseur.getText()).contains("Casusregisseur");
        assertToegankelijk("de lijst met gebruikers");
        schermafdruk("gemeentebeheerder-gebruikers");

        // with the keyboard: Enter on a name opens the account, the focus goes to its heading
        browser.findElement(By.cssSelector("#gebruikers a[data-gebruiker='utrecht-regisseur']"))
                .sendKeys(org.openqa.selenium.Keys.ENTER);
        wacht(() -> !browser.findElements(By.id("account")).isEmpty(), "het account met Enter");
        assertThat(tekst("account")).contains("utrecht-regisseur");
        assertThat(browser.switchTo().activeElement().getTagName()).isEqualTo("h1");
    }

    @Test
    void eenNieuwAccountMetRolEnTafelKiestMetDeCodeEerstEenWachtwoordEnZietDanZijnStartpagina() {
        Api beheerder = platform.api().als("utrecht-beheerder");
        String tafel = eersteTafel();
        // what the API says to the same bad input
        String bestaat = beheerder.post(UTRECHT, Map.of("gebruikersnaam", "utrecht-regisseur", "naam", "Tess Tafellid",
                "rollen", List.of("tafellid"), "tafels", List.of(tafel))).json().path("detail").asText();
        String zonderRol = invalidParam(beheerder.post(UTRECHT, Map.of("gebruikersnaam", "niemand.utrecht", "naam",
                "Niemand", "rollen", List.of())), "rollen").path("reason").asText();

        loginAlsBeheerder();
        klik(MENU_GEBRUIKERS);
        klik(By.id("nieuw-account"));
        wacht(() -> !browser.findElements(By.id("nieuw-account-formulier")).isEmpty(), "het formulier");
        assertThat(browser.getCurrentUrl()).isEqualTo(platform.uri("/beheer/gebruikers/nieuw").toString());
        String f = "nieuw-account-formulier";
        typ(f, "gebruikersnaam", "utrecht-regisseur");
        typ(f, "naam", "Tess Tafellid");
        vinkAan("rollen", "tafellid", true);
        vinkAan("tafels", tafel, true);
        verwachteNetwerkfouten.add(UTRECHT);
        verwachteNetwerkfouten.add("/api/account/herstel");
        verstuur(f);
        // an existing name: the API's message at the field, nothing typed is lost
        assertThat(foutBij(f, "gebruikersnaam")).isEqualTo(bestaat);
        assertThat(veld(f, "naam").getAttribute("value")).isEqualTo("Tess Tafellid");
        assertThat(veld(f, "gebruikersnaam").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.cssSelector("#tafels input[value='" + tafel + "']")).isSelected()).isTrue();
        assertToegankelijk("nieuw account met een bestaande naam");

        // no role: the API's reason at the group of roles
        vinkAan("rollen", "tafellid", false);
        typ(f, "gebruikersnaam", "tess.utrecht");
        verstuur(f);
        wacht(() -> browser.findElement(By.id("rollen-fout")).isDisplayed(), "de fout bij de rollen");
        assertThat(tekst("rollen-fout")).isEqualTo(zonderRol);
        assertThat(veld(f, "gebruikersnaam").getAttribute("value")).isEqualTo("tess.utrecht");
        assertToegankelijk("nieuw account zonder rol");

        vinkAan("rollen", "tafellid", true);
        verstuur(f);
        wacht(() -> !browser.findElements(By.id("eenmalige-code")).isEmpty(), "de eenmalige code");
        String code = tekst("eenmalige-code");
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        JsonNode tess = beheerder.get(UTRECHT + "/tess.utrecht").json();
        assertThat(tess.path("rollen").toString()).isEqualTo("[\"tafellid\"]");
        assertThat(tess.path("tafels").toString()).isEqualTo("[\"" + tafel + "\"]");
        assertThat(tess.path("wachtwoordGezet").asBoolean()).isFalse();
        assertThat(browser.getCurrentUrl()).doesNotContain("tess");
        assertThat(browser.findElements(By.id(f))).as("het formulier is weg").isEmpty();
        assertToegankelijk("de eenmalige code");
        schermafdruk("gemeentebeheerder-nieuw-account");

        // the code is no password: the new user first chooses one, on the login screen
        uitloggen();
        assertThat(platform.api().login("tess.utrecht", code).status()).isEqualTo(401);
        klik(By.id("code-openen"));
        String c = "code-formulier";
        wacht(() -> !browser.findElements(By.id(c)).isEmpty(), "het formulier voor de code");
        String zwak = "Welkom2026!!";
        String waarom = invalidParam(platform.api().post("/api/account/herstel", Map.of("gebruikersnaam",
                "tess.utrecht", "code", code, "nieuwWachtwoord", zwak)), "nieuwWachtwoord").path("reason").asText();
        typ(c, "gebruikersnaam", "tess.utrecht");
        typ(c, "code", code);
        typ(c, "nieuwWachtwoord", zwak);
        typ(c, "herhaal", zwak);
        verstuur(c);
        assertThat(foutBij(c, "nieuwWachtwoord")).isEqualTo(waarom);
        assertThat(veld(c, "code").getAttribute("value")).isEqualTo(code);
        assertThat(veld(c, "nieuwWachtwoord").getAttribute("type")).isEqualTo("password");
        assertToegankelijk("een wachtwoord kiezen met een code, te zwak");
        schermafdruk("inloggen-eenmalige-code");

        String goed = "tess zit aan de tafel van overvecht";
        typ(c, "nieuwWachtwoord", goed);
        typ(c, "herhaal", goed);
        verstuur(c);
        wacht(() -> !browser.findElements(By.id("ingelogd")).isEmpty(), "ingelogd als tess");
        assertThat(tekst("ingelogd")).isEqualTo("Tess Tafellid");
        wacht(() -> "Start".equals(kop()), "de startpagina");
        assertThat(browser.getCurrentUrl()).isEqualTo(platform.uri("/").toString());
        assertThat(platform.api().als("tess.utrecht", goed).get("/api/sessies/huidig").status()).isEqualTo(200);
    }

    @Test
    void deBeheerderWijzigtRollenEnTafelsEnEenTussentijdseWijzigingHoudtDeInvoer() {
        Api beheerder = platform.api().als("utrecht-beheerder");
        nieuwAccount("rik.utrecht", "Rik Regisseur", List.of("casusregisseur"), List.of());
        loginAlsBeheerder();
        openAccount("rik.utrecht");
        assertThat(browser.getCurrentUrl()).isEqualTo(platform.uri("/beheer/gebruikers/account").toString());
        assertThat(browser.getTitle()).isEqualTo("Account - Doorbraak");
        assertThat(tekst("account-rollen")).isEqualTo("Casusregisseur");
        // the name is in the browser's history state, not in the address: reload, back and forward keep working
        browser.navigate().refresh();
        wacht(() -> !browser.findElements(By.id("account")).isEmpty() && tekst("account").contains("rik.utrecht"),
                "het account na herladen");
        browser.navigate().back();
        wacht(() -> browser.getCurrentUrl().equals(platform.uri("/beheer/gebruikers").toString())
                && !browser.findElements(By.id("gebruikers")).isEmpty(), "terug naar de lijst");
        browser.navigate().forward();
        wacht(() -> !browser.findElements(By.id("account")).isEmpty() && tekst("account").contains("rik.utrecht"),
                "vooruit naar het account");
        wacht(() -> !browser.findElements(By.cssSelector("#audittrail tbody tr")).isEmpty(), "de audittrail");
        assertToegankelijk("een account");
        schermafdruk("gemeentebeheerder-account");

        // meanwhile another beheerder changes the name: the screen's version is old (409), the input stays
        JsonNode rik = beheerder.get(UTRECHT + "/rik.utrecht").json();
        assertThat(beheerder.verstuur("PUT", UTRECHT + "/rik.utrecht", Map.of("naam", "Rik de Regisseur", "rollen",
                List.of("casusregisseur")), Map.of("If-Match", "\"" + rik.path("versie").asLong() + "\"")).status())
                .isEqualTo(200);
        vinkAan("rollen", "gemeentebeheerder", true);
        verwachteNetwerkfouten.add(UTRECHT + "/rik.utrecht");
        verstuur("account-wijzigen");
        wacht(() -> browser.findElement(By.id("account-wijzigen-fouten")).getText().contains("intussen gewijzigd"),
                "de melding van de 409");
        assertThat(browser.findElement(By.id("account-wijzigen-fouten")).getText()).contains("Uw invoer staat er nog.");
        assertThat(browser.findElement(By.cssSelector("#rollen input[value='gemeentebeheerder']")).isSelected()).isTrue();
        assertToegankelijk("een account na een 409");
        klik(By.xpath("//button[normalize-space()='Nieuwste versie laden']"));
        wacht(() -> "Rik de Regisseur".equals(kop()), "de nieuwste versie");

        vinkAan("rollen", "gemeentebeheerder", true);
        verstuur("account-wijzigen");
        wachtOpTekst("account-rollen", "Gemeentebeheerder, Casusregisseur");
        assertThat(tekst("account-melding")).isEqualTo("De wijzigingen zijn opgeslagen.");
        Set<String> rollen = new TreeSet<>();
        beheerder.get(UTRECHT + "/rik.utrecht").json().path("rollen").forEach(r -> rollen.add(r.asText()));
        assertThat(rollen).containsExactly("casusregisseur", "gemeentebeheerder");
        // the audittrail is the API's
        int regels = beheerder.get(UTRECHT + "/rik.utrecht/audittrail").json().path("count").asInt();
        wacht(() -> browser.findElements(By.cssSelector("#audittrail tbody tr")).size() == regels, "de audittrail");

        // a new one-time code, shown once
        klik(By.id("nieuwe-code"));
        wacht(() -> !browser.findElements(By.id("eenmalige-code")).isEmpty(), "de nieuwe code");
        assertThat(tekst("eenmalige-code")).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(beheerder.get(UTRECHT + "/rik.utrecht").json().path("codeGeldigTot").asText()).isNotEmpty();

        // deactivate (with a confirmation) and back
        klik(By.id("deactiveer"));
        klik(By.id("deactiveer-ja"));
        wacht(() -> tekst("account-status").startsWith("Gedeactiveerd"), "gedeactiveerd");
        assertThat(beheerder.get(UTRECHT + "/rik.utrecht").json().path("actief").asBoolean()).isFalse();
        klik(By.id("activeer"));
        wacht(() -> tekst("account-status").startsWith("Actief"), "weer actief");
        assertThat(beheerder.get(UTRECHT + "/rik.utrecht").json().path("actief").asBoolean()).isTrue();
    }

    @Test
    void eenGeblokkeerdAccountWordtInHetSchermOpgeheven() {
        String ww = "gert probeert het te vaak";
        kiesWachtwoord("gert.utrecht", nieuwAccount("gert.utrecht", "Gert", List.of("casusregisseur"), List.of()), ww);
        blokkeer("gert.utrecht");
        assertThat(platform.api().login("gert.utrecht", ww).status()).isEqualTo(429);
        loginAlsBeheerder();
        klik(MENU_GEBRUIKERS);
        wacht(() -> browser.findElement(By.cssSelector("#gebruikers tr[data-account='gert.utrecht']")).getText()
                .contains("geblokkeerd tot"), "de blokkade in de lijst");
        openAccount("gert.utrecht");
        assertThat(tekst("blokkade-melding")).contains("geblokkeerd tot");
        assertToegankelijk("een geblokkeerd account");
        klik(By.id("deblokkeer"));
        wachtOpTekst("account-melding", "De blokkade is opgeheven: de gebruiker kan weer inloggen.");
        assertThat(browser.findElements(By.id("blokkade-melding"))).isEmpty();
        assertThat(platform.api().als("utrecht-beheerder").get(UTRECHT + "/gert.utrecht").json()
                .path("geblokkeerdTot").isNull()).isTrue();
        assertThat(platform.api().login("gert.utrecht", ww).status()).isEqualTo(201);
    }

    // ---- the platformbeheerder, other roles ----

    @Test
    void dePlatformbeheerderZietDePlatformaccountsEnDeGeblokkeerdeAdressenEnGeenCasusschermen() {
        Api platformbeheerder = platform.api().als("platformbeheerder");
        // a failed login from this address: it is in the list of addresses
        assertThat(platform.api().login("bestaat-niet-" + System.nanoTime(), "fout").status()).isEqualTo(401);
        JsonNode accounts = platformbeheerder.get("/api/platform/gebruikers?pageSize=100").json();
        JsonNode adressen = platformbeheerder.get("/api/platform/blokkades").json();
        assertThat(adressen.path("count").asInt()).isPositive();
        login("platformbeheerder", "demo");
        klik(MENU_GEBRUIKERS);
        wachtOpLijst(accounts.path("count").asInt());
        assertThat(rijenInHetScherm()).isEqualTo(namen(accounts));
        wacht(() -> browser.findElements(By.cssSelector("#blokkades tbody tr")).size() == adressen.path("count").asInt(),
                "de adressen");
        List<String> menu = new ArrayList<>();
        browser.findElements(By.cssSelector("#menulijst a")).forEach(a -> menu.add(a.getText()));
        assertThat(menu).contains("Gebruikers").doesNotContain("Casussen", "Start");
        assertToegankelijk("de platformaccounts");
        schermafdruk("platformbeheerder-gebruikers");

        String adres = adressen.path("results").get(0).path("adres").asText();
        klik(By.cssSelector("#blokkades button[data-adres='" + adres + "']"));
        wacht(() -> !browser.findElements(By.id("blokkade-opgeheven")).isEmpty(), "opgeheven");
        for (JsonNode b : platformbeheerder.get("/api/platform/blokkades").json().path("results")) {
            assertThat(b.path("adres").asText()).isNotEqualTo(adres);
        }

        // a platform account: the roles of the platform only
        klik(By.id("nieuw-account"));
        String nieuw = "nieuw-account-formulier";
        wacht(() -> !browser.findElements(By.id(nieuw)).isEmpty(), "het formulier");
        assertThat(browser.findElements(By.cssSelector("#rollen input"))).extracting(e -> e.getAttribute("value"))
                .containsExactly("platformbeheerder", "rijk");
        typ(nieuw, "gebruikersnaam", "ria.rijk");
        typ(nieuw, "naam", "Ria van het Rijk");
        vinkAan("rollen", "rijk", true);
        verstuur(nieuw);
        wacht(() -> !browser.findElements(By.id("eenmalige-code")).isEmpty(), "de code");
        assertThat(platformbeheerder.get("/api/platform/gebruikers/ria.rijk").json().path("rollen").toString())
                .isEqualTo("[\"rijk\"]");
        klik(By.linkText("Terug naar de gebruikers"));
        wachtOpLijst(accounts.path("count").asInt() + 1);

        // the gemeentebeheerders of a gemeente (the tafels are not his: a 403 the screen expects)
        verwachteNetwerkfouten.add("/api/gemeenten/utrecht/tafels?page=1&pageSize=100");
        klik(By.cssSelector("#bereik-keuze option[value='utrecht']"));
        klik(By.xpath("//form[@aria-label='Welke accounts']//button"));
        JsonNode utrecht = platformbeheerder.get(UTRECHT + "?pageSize=100").json();
        wachtOpLijst(utrecht.path("count").asInt());
        assertThat(rijenInHetScherm()).isEqualTo(namen(utrecht));
        assertToegankelijk("de accounts van Utrecht voor de platformbeheerder");
        // he makes a gemeentebeheerder there (the only role he gives in a gemeente)
        klik(By.id("nieuw-account"));
        String f = "nieuw-account-formulier";
        wacht(() -> !browser.findElements(By.id(f)).isEmpty(), "het formulier");
        assertThat(browser.findElements(By.cssSelector("#rollen input"))).extracting(e -> e.getAttribute("value"))
                .containsExactly("gemeentebeheerder");
        typ(f, "gebruikersnaam", "gea.utrecht");
        typ(f, "naam", "Gea Beheer");
        vinkAan("rollen", "gemeentebeheerder", true);
        verstuur(f);
        wacht(() -> !browser.findElements(By.id("eenmalige-code")).isEmpty(), "de code");
        JsonNode gea = platformbeheerder.get(UTRECHT + "/gea.utrecht").json();
        assertThat(gea.path("rollen").toString()).isEqualTo("[\"gemeentebeheerder\"]");
        assertThat(gea.path("gemeente").asText()).isEqualTo("utrecht");

        // no casus screens: the address of the casussen is not for his role
        open("/casussen");
        wacht(() -> "Geen toegang".equals(kop()), "Geen toegang op /casussen");
        assertThat(browser.findElements(By.id("lijst"))).isEmpty();
    }

    @Test
    void deCasusregisseurHeeftGeenGebruikersbeheer() {
        login("utrecht-regisseur", "demo");
        wacht(() -> !browser.findElements(By.cssSelector("#menulijst a")).isEmpty(), "het menu");
        assertThat(browser.findElements(MENU_GEBRUIKERS)).isEmpty();
        open("/beheer/gebruikers");
        wacht(() -> "Geen toegang".equals(kop()), "Geen toegang");
        assertThat(browser.findElement(By.id("inhoud")).getText()).contains("Dit scherm is er niet voor uw rol.");
        assertThat(browser.findElements(By.id("gebruikers"))).isEmpty();
        assertToegankelijk("geen toegang");
    }

    @Test
    void eenTafellidWijzigtZijnEigenWachtwoord() {
        String oud = "tamara wijzigt haar wachtwoord";
        String nieuw = "een nieuwe zin voor tamara";
        kiesWachtwoord("tamara.utrecht", nieuwAccount("tamara.utrecht", "Tamara Tafellid", List.of("tafellid"),
                List.of(eersteTafel())), oud);
        Api zelf = platform.api().als("tamara.utrecht", oud);
        String onjuist = invalidParam(zelf.put("/api/account/wachtwoord", Map.of("huidigWachtwoord", "dit is het niet",
                "nieuwWachtwoord", nieuw)), "huidigWachtwoord").path("reason").asText();
        String kort = invalidParam(zelf.put("/api/account/wachtwoord", Map.of("huidigWachtwoord", oud,
                "nieuwWachtwoord", "te kort")), "nieuwWachtwoord").path("reason").asText();

        login("tamara.utrecht", oud);
        klik(By.id("mijn-account"));
        wacht(() -> "Mijn account".equals(kop()), "Mijn account");
        assertThat(browser.getCurrentUrl()).isEqualTo(platform.uri("/account").toString());
        assertThat(tekst("accountgegevens")).contains("tamara.utrecht").contains("Tafellid");
        String f = "wachtwoord-wijzigen";
        verwachteNetwerkfouten.add("/api/account/wachtwoord");
        typ(f, "huidigWachtwoord", "dit is het niet");
        typ(f, "nieuwWachtwoord", nieuw);
        typ(f, "herhaal", nieuw);
        verstuur(f);
        assertThat(foutBij(f, "huidigWachtwoord")).isEqualTo(onjuist);
        assertThat(veld(f, "nieuwWachtwoord").getAttribute("value")).isEqualTo(nieuw);
        assertToegankelijk("wachtwoord wijzigen met een fout");

        typ(f, "huidigWachtwoord", oud);
        typ(f, "nieuwWachtwoord", "te kort");
        typ(f, "herhaal", "te kort");
        verstuur(f);
        assertThat(foutBij(f, "nieuwWachtwoord")).isEqualTo(kort);
        // two different new passwords: caught before the API, at the second field
        typ(f, "nieuwWachtwoord", nieuw);
        typ(f, "herhaal", nieuw + " anders");
        verstuur(f);
        assertThat(foutBij(f, "herhaal")).contains("nog een keer");

        typ(f, "herhaal", nieuw);
        verstuur(f);
        wachtOpTekst("account-melding", "Uw wachtwoord is gewijzigd.");
        assertToegankelijk("mijn account");
        schermafdruk("tafellid-account");
        // the new session works on (new CSRF token): the start page and its data load
        klik(By.xpath("//nav[@id='menu']//a[normalize-space()='Start']"));
        wacht(() -> "Start".equals(kop()), "de start");
        assertThat(platform.api().login("tamara.utrecht", nieuw).status()).isEqualTo(201);
        assertThat(platform.api().als("tamara.utrecht", oud).get("/api/sessies/huidig").status()).isEqualTo(401);
    }

    // ---- the login screen ----

    @Test
    void hetInlogschermToontAlleenKnoppenVoorSsoAlsErEenInstellingIs() throws Exception {
        wacht(() -> browser.findElement(By.id("inlog-aanvulling")).getAttribute("data-sso") != null, "GET /api/sso");
        assertThat(platform.api().get("/api/sso").json().path("count").asInt()).isZero();
        assertThat(browser.findElements(By.cssSelector("a[data-sso]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("[role=alert]"))).isEmpty();

        // a configuration as an administrator drops it in config/ (no identity provider is contacted for the list)
        Path geheim = platform.home.resolve("sso-utrecht.geheim");
        Files.writeString(geheim, "geheim\n");
        Files.setPosixFilePermissions(geheim, PosixFilePermissions.fromString("rw-------"));
        String cfg = "nl.doorbraak.sso-utrecht.cfg";
        platform.schrijfConfig(cfg, SsoIT.config("utrecht", "http://localhost:" + Platform.vrijePoort() + "/realms/x",
                geheim));
        try {
            DuurzaamheidIT.wachtTot(() -> platform.api().get("/api/sso").json().path("count").asInt() == 1);
            JsonNode sso = platform.api().get("/api/sso").json().path("results").get(0);
            verwachteNetwerkfouten.add("/api/sessies/huidig");
            open("/casussen");
            wacht(() -> !browser.findElements(By.cssSelector("a[data-sso='utrecht']")).isEmpty(), "de knop van Utrecht");
            WebElement knop = browser.findElement(By.cssSelector("a[data-sso='utrecht']"));
            assertThat(knop.getText()).isEqualTo("Inloggen via " + sso.path("naam").asText());
            // back to where the user came from after the identity provider
            assertThat(knop.getAttribute("href")).isEqualTo(sso.path("start").asText() + "?terug=%2Fcasussen");
            assertToegankelijk("het inlogscherm met SSO");
            schermafdruk("inloggen-sso");
        } finally {
            platform.verwijderConfig(cfg);
            DuurzaamheidIT.wachtTot(() -> platform.api().get("/api/sso").json().path("count").asInt() == 0);
        }
    }

    /**
     * The first platformbeheerder of a platform without the demo logs in with the one-time password: the app shows only
     * the screen to choose his own, on every address, until he has. A second platform, as a real installation.
     */
    @Test
    void eenEenmaligWachtwoordMoetEerstWordenGewijzigd() throws Exception {
        try (Platform echt = Platform.nieuw().start()) {
            String eenmalig = GebruikersbeheerIT.wachtwoordUit(echt.data.resolve("eerste-beheerder.txt"));
            browser.manage().deleteAllCookies();
            browser.get(echt.uri("/beheer/gebruikers").toString());
            vul("beheerder", eenmalig);
            wacht(() -> "Kies een eigen wachtwoord".equals(kop()), "het scherm voor een eigen wachtwoord");
            assertThat(browser.findElement(By.id("menu")).isDisplayed()).isFalse();
            assertThat(browser.findElements(By.id("gebruikers"))).isEmpty();
            assertToegankelijk("een eigen wachtwoord kiezen");
            schermafdruk("platformbeheerder-eerste-wachtwoord");
            // another address: the same screen
            browser.get(echt.uri("/account").toString());
            wacht(() -> "Kies een eigen wachtwoord".equals(kop()), "nog steeds het scherm voor een eigen wachtwoord");

            String f = "wachtwoord-wijzigen";
            String nieuw = "het platform van de doorbraaktafels";
            typ(f, "huidigWachtwoord", eenmalig);
            typ(f, "nieuwWachtwoord", nieuw);
            typ(f, "herhaal", nieuw);
            verstuur(f);
            wacht(() -> "Mijn account".equals(kop()), "verder: het scherm van het adres");
            assertThat(browser.findElement(By.id("menu")).isDisplayed()).isTrue();
            assertThat(tekst("account-melding")).isEqualTo("Uw wachtwoord is gewijzigd.");
            klik(MENU_GEBRUIKERS);
            wachtOpLijst(1);
            assertThat(echt.api().login("beheerder", nieuw).json().has("wachtwoordWijzigen")).isFalse();
            // this platform's only expected console line: the 401 of the session check before the login
            List<String> fouten = new ArrayList<>();
            for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
                if (e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()
                        && !e.getMessage().startsWith(echt.uri("/api/sessies/huidig") + " ")) {
                    fouten.add(e.getMessage());
                }
            }
            assertThat(fouten).as("console op het tweede platform").isEmpty();
            // away from this platform before it stops (the open page would keep asking it for its menu)
            browser.manage().deleteAllCookies();
            verwachteNetwerkfouten.add("/api/sessies/huidig");
            open("/");
        }
    }
}
