package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/** The Voorkom Erger Potjes in the web app: what the API gives each role, a storting and a new potje by the beheerder. */
class PotjesWebIT extends BrowserIT {

    static final String POTJES = "/api/gemeenten/utrecht/potjes";
    static final By MENU = By.xpath("//nav[@id='menu']//a[normalize-space()='Potjes']");

    static String euro(JsonNode bedrag) {
        // as the browser writes it with Intl.NumberFormat('nl-NL', EUR): "€ 1.234,50" (a narrow no-break space)
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.forLanguageTag("nl-NL"));
        return normaal(f.format(new BigDecimal(bedrag.asText())));
    }

    /** Spaces as spaces: the browser and Java put different no-break spaces in a currency. */
    static String normaal(String tekst) {
        return tekst.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    static void wachtOpBedrag(String id, JsonNode bedrag) {
        wacht(() -> !browser.findElements(By.id(id)).isEmpty()
                && normaal(browser.findElement(By.id(id)).getText()).equals(euro(bedrag)), "#" + id + " = " + euro(bedrag));
    }

    static List<String> kolom(String tabel, int n) {
        List<String> uit = new ArrayList<>();
        for (WebElement e : browser.findElements(By.cssSelector("#" + tabel + " tbody tr td:nth-child(" + n + ")"))) {
            uit.add(normaal(e.getText()));
        }
        return uit;
    }

    @Test
    void deBeheerderZietDePotjesStortEnMaaktEenNieuw() {
        Api api = platform.api().als("utrecht-beheerder");
        JsonNode lijst = api.get(POTJES + "?pageSize=100").json();
        login("utrecht-beheerder", "demo");
        klik(MENU);
        wacht(() -> !browser.findElements(By.id("potjes")).isEmpty(), "de potjes");
        List<String> namen = new ArrayList<>();
        List<String> saldi = new ArrayList<>();
        lijst.path("results").forEach(p -> {
            namen.add(p.path("naam").asText());
            saldi.add(euro(p.path("saldo")));
        });
        assertThat(kolom("potjes", 1)).isEqualTo(namen);
        assertThat(kolom("potjes", 3)).isEqualTo(saldi);
        assertToegankelijk("de potjes");
        schermafdruk("gemeentebeheerder-potjes");

        // a potje: its mutaties as the API gives them
        JsonNode eerste = lijst.path("results").get(0);
        String id = eerste.path("id").asText();
        klik(By.cssSelector("tr[data-potje='" + id + "'] a"));
        wachtOpBedrag("saldo", eerste.path("saldo"));
        JsonNode mutaties = api.get(POTJES + "/" + id + "/mutaties?pageSize=20").json();
        List<String> nummers = new ArrayList<>();
        mutaties.path("results").forEach(m -> nummers.add(m.path("volgnummer").asText()));
        wacht(() -> kolom("mutaties", 1).equals(nummers), "de mutaties van de API");
        assertThat(browser.getTitle()).isEqualTo("Potje - Doorbraak");

        // a bad storting: the API's message at the field, the typed text stays
        WebElement bedrag = browser.findElement(By.cssSelector("#storting input[name=bedrag]"));
        WebElement omschrijving = browser.findElement(By.cssSelector("#storting input[name=omschrijving]"));
        bedrag.sendKeys("-5");
        omschrijving.sendKeys("Aanvulling van de raad");
        verwachteNetwerkfouten.add(POTJES + "/" + id + "/stortingen");
        klik(By.cssSelector("#storting button[type=submit]"));
        wacht(() -> "true".equals(bedrag.getAttribute("aria-invalid")), "de fout bij het bedrag");
        String fout = browser.findElement(By.id(bedrag.getAttribute("aria-describedby").split(" ")[0])).getText();
        assertThat(fout).isEqualTo("Het bedrag moet groter zijn dan € 0; -5 kan niet.");
        assertThat(omschrijving.getAttribute("value")).isEqualTo("Aanvulling van de raad");
        assertThat(api.get(POTJES + "/" + id).json().path("mutaties").asInt()).isEqualTo(eerste.path("mutaties").asInt());
        assertToegankelijk("een storting met een fout");

        // corrected: stored, the saldo in the screen is the API's new saldo
        bedrag.clear();
        bedrag.sendKeys("250");
        klik(By.cssSelector("#storting button[type=submit]"));
        BigDecimal nieuw = new BigDecimal(eerste.path("saldo").asText()).add(new BigDecimal("250"));
        wacht(() -> new BigDecimal(api.get(POTJES + "/" + id).json().path("saldo").asText()).compareTo(nieuw) == 0,
                "de storting in de API");
        JsonNode na = api.get(POTJES + "/" + id).json();
        wachtOpBedrag("saldo", na.path("saldo"));
        JsonNode laatste = api.get(POTJES + "/" + id + "/mutaties?pageSize=1").json().path("results").get(0);
        assertThat(laatste.path("omschrijving").asText()).isEqualTo("Aanvulling van de raad");
        assertThat(laatste.path("door").asText()).isEqualTo("utrecht-beheerder");
        schermafdruk("gemeentebeheerder-potje");

        // a new potje: the screen of the new potje, and in the API's list
        klik(By.xpath("//a[normalize-space()='Terug naar de potjes']"));
        wacht(() -> !browser.findElements(By.cssSelector("#nieuw-potje input[name=naam]")).isEmpty(), "het formulier");
        browser.findElement(By.cssSelector("#nieuw-potje input[name=naam]")).sendKeys("Potje Kanaleneiland");
        browser.findElement(By.cssSelector("#nieuw-potje input[name=beginsaldo]")).sendKeys("1000");
        klik(By.cssSelector("#nieuw-potje button[type=submit]"));
        wacht(() -> browser.findElement(By.tagName("h1")).getText().equals("Potje Kanaleneiland"), "het nieuwe potje");
        assertThat(api.get(POTJES + "?pageSize=100").json().path("count").asInt())
                .isEqualTo(lijst.path("count").asInt() + 1);
    }

    @Test
    void deRegisseurLeestMaarWijzigtNietEnLeeuwardenZietNietsVanUtrecht() {
        JsonNode lijst = platform.api().als("utrecht-regisseur").get(POTJES + "?pageSize=100").json();
        login("utrecht-regisseur", "demo");
        klik(MENU);
        wacht(() -> !browser.findElements(By.id("potjes")).isEmpty(), "de potjes");
        assertThat(kolom("potjes", 1)).hasSize(lijst.path("count").asInt());
        assertThat(browser.findElements(By.id("nieuw-potje"))).isEmpty();
        String id = lijst.path("results").get(0).path("id").asText();
        open("/potjes/" + id);
        wacht(() -> !browser.findElements(By.id("saldo")).isEmpty(), "het potje");
        assertThat(browser.findElements(By.id("storting"))).isEmpty();
        assertToegankelijk("een potje voor de regisseur");

        // another gemeente: no Utrecht potje, not even by its address
        uitloggen();
        verwachteNetwerkfouten.add("/api/gemeenten/leeuwarden/potjes/" + id);
        login("leeuwarden-regisseur", "demo");
        open("/potjes/" + id);
        wacht(() -> browser.findElement(By.tagName("h1")).getText().equals("Potje niet gevonden"), "niet gevonden");
        klik(MENU);
        wacht(() -> !browser.findElements(By.id("potjes-aantal")).isEmpty(), "de potjes van Leeuwarden");
        for (JsonNode p : lijst.path("results")) {
            assertThat(browser.findElement(By.id("inhoud")).getText()).doesNotContain(p.path("naam").asText());
        }
    }
}
