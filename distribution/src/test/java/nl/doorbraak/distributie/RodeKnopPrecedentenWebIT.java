package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The 20 % register on the casus screen (docs/rodeknop.md), in a real headless Chromium against the real distribution
 * with the demo: a tafel in Eindhoven, preparing a besluit, searches the precedents by rule, finds the doorbraak Utrecht
 * took, and records that it used it; nothing of Utrecht's casus is on the screen. And the Rijk searches the register
 * under /api/rijk (both through the web app's plug-in casus parts and RijkEndpoint routing).
 */
class RodeKnopPrecedentenWebIT extends BrowserIT {

    static final String REGEL = "Kostendelersnorm bij een inwonende student (precedenten-WebIT)";

    @Test
    void eenTafelVindtEenDoorbraakUitEenAndereGemeenteEnLegtHetGebruikVast() {
        Api utrecht = platform.api().als("utrecht-regisseur");
        Api eindhoven = platform.api().als("eindhoven-regisseur");
        RodeKnopPrecedentenIT.Doorbraak d = RodeKnopPrecedentenIT.doorbraakInUtrecht(utrecht,
                RodeKnopPrecedentenIT.tafel(utrecht, "Doorbraaktafel Overvecht"), REGEL);
        String zoek = RodeKnopPrecedentenIT.E + "/rodeknop/precedenten?regel=inwonende%20student";
        RodeKnopPrecedentenIT.wachtTot("het precedent voor Eindhoven",
                () -> eindhoven.get(zoek).json().path("count").asInt() == 1);
        String precedent = eindhoven.get(zoek).json().path("results").get(0).path("id").asText();
        String casus = eindhoven.get(RodeKnopPrecedentenIT.E + "/casussen?pageSize=1").json().path("results").get(0)
                .path("id").asText();

        login("eindhoven-regisseur", "demo");
        open("/casussen/" + casus);
        wacht(() -> !browser.findElements(By.id("precedenten-regel")).isEmpty(), "de precedenten op het casusscherm");
        WebElement veld = browser.findElement(By.id("precedenten-regel"));
        veld.sendKeys("INWONENDE student");
        klik(By.cssSelector("#precedenten-zoek button[type=submit]"));
        wacht(() -> !browser.findElements(By.cssSelector("[data-precedent='" + precedent + "']")).isEmpty(),
                "het precedent uit Utrecht");
        String tekst = browser.findElement(By.id("precedenten-lijst")).getText();
        assertThat(tekst).contains("Gemeente Utrecht", REGEL, "€ 18.000,00 per jaar", "0 keer gebruikt");
        JsonNode c = d.casus();
        for (String geheim : new String[] { c.path("id").asText(), c.path("titel").asText(),
                c.path("hulpvraag").asText(), c.path("inwoner").path("pseudoniem").asText(), "K.W.Z.", d.besluitId(),
                "IT-besluit", "IT-legitimiteit", "IT-signaal", "Marieke de Vries" }) {
            assertThat(browser.getPageSource()).as("'%s' hoort niet op het scherm van Eindhoven", geheim)
                    .doesNotContain(geheim);
        }
        assertToegankelijk("de precedenten op het casusscherm");

        klik(By.id("precedent-gebruikt-" + precedent));
        wacht(() -> browser.getPageSource().contains("nu 1 keer gebruikt"), "de bevestiging van het gebruik");
        assertThat(browser.findElement(By.cssSelector("[data-precedent='" + precedent + "']")).getText())
                .contains("1 keer gebruikt");
        assertThat(eindhoven.get(zoek).json().path("results").get(0).path("gebruikt").asInt()).isEqualTo(1);
        assertToegankelijk("de precedenten na het gebruik");
        schermafdruk("tafel-precedenten");
    }

    @Test
    void hetRijkZoektInHetRegisterVanGemeentenDieDelen() {
        Api utrecht = platform.api().als("utrecht-regisseur");
        Api rijk = platform.api().als("rijk-szw");
        Api beheerder = platform.api().als("utrecht-beheerder");
        String zoek = "/api/rijk/rodeknop/precedenten?regel=inwonende%20oom&thema=inkomen";
        doorbraakDieHetRijkVindt(utrecht, rijk, "Kostendelersnorm bij een inwonende oom (precedenten-Rijk)", zoek);
        JsonNode p = rijk.get(zoek).json().path("results").get(0);
        assertThat(p.path("gemeenteNaam").asText()).isEqualTo("Gemeente Utrecht");
        assertThat(p.path("samenvatting").asText()).contains("inwonende oom");
        assertThat(utrecht.get("/api/rijk/rodeknop/precedenten").status()).isEqualTo(403);
        assertThat(rijk.get("/api/rijk/rodeknop/precedenten?soort=wonder").status()).isEqualTo(400);

        String instellingen = RodeKnopPrecedentenIT.U + "/rodeknop/instellingen";
        try {
            assertThat(beheerder.put(instellingen, java.util.Map.of("precedentenDelen", false)).status())
                    .isEqualTo(200);
            assertThat(rijk.get(zoek).json().path("count").asInt()).isZero();
        } finally {
            assertThat(beheerder.put(instellingen, java.util.Map.of("precedentenDelen", true)).status())
                    .isEqualTo(200);
        }
        assertThat(rijk.get(zoek).json().path("count").asInt()).isEqualTo(1);
    }
    /** A doorbraak at an Utrecht tafel on this situation, once the Rijk finds it with {@code zoek}. */
    private static void doorbraakDieHetRijkVindt(Api utrecht, Api rijk, String situatie, String zoek) {
        RodeKnopPrecedentenIT.doorbraakInUtrecht(utrecht, RodeKnopPrecedentenIT.tafel(utrecht,
                "Doorbraaktafel Overvecht"), situatie);
        RodeKnopPrecedentenIT.wachtTot("het precedent voor het Rijk",
                () -> rijk.get(zoek).json().path("count").asInt() == 1);
    }

    /** The gemeentebeheerder turns sharing off on the screen "Agenda Den Haag"; the Rijk then finds nothing of Utrecht. */
    @Test
    void deGemeentebeheerderZetHetDelenUitEnWeerAan() {
        Api utrecht = platform.api().als("utrecht-regisseur");
        Api rijk = platform.api().als("rijk-szw");
        Api beheerder = platform.api().als("utrecht-beheerder");
        String zoek = "/api/rijk/rodeknop/precedenten?regel=inwonende%20tante";
        doorbraakDieHetRijkVindt(utrecht, rijk, "Kostendelersnorm bij een inwonende tante (precedenten-delen)", zoek);
        String instellingen = RodeKnopPrecedentenIT.U + "/rodeknop/instellingen";
        try {
            login("utrecht-beheerder", "demo");
            klik(By.linkText("Agenda Den Haag"));
            wacht(() -> !browser.findElements(By.id("rodeknop-delen-precedentenDelen-1")).isEmpty(),
                    "de keuze om precedenten te delen");
            assertThat(browser.findElement(By.id("rodeknop-delen-precedentenDelen-0")).isSelected()).isTrue();
            klik(By.id("rodeknop-delen-precedentenDelen-1"));
            klik(By.cssSelector("#rodeknop-delen button[type=submit]"));
            wacht(() -> browser.getPageSource().contains("deelt haar precedenten niet meer"), "de bevestiging");
            assertThat(browser.findElement(By.id("rodeknop-delen-precedentenDelen-1")).isSelected()).isTrue();
            assertThat(beheerder.get(instellingen).json().path("precedentenDelen").asBoolean()).isFalse();
            assertThat(rijk.get(zoek).json().path("count").asInt()).isZero();
            assertToegankelijk("precedenten delen voor de gemeentebeheerder");

            klik(By.id("rodeknop-delen-precedentenDelen-0"));
            klik(By.cssSelector("#rodeknop-delen button[type=submit]"));
            wacht(() -> browser.getPageSource().contains("Uw gemeente deelt haar precedenten."), "de bevestiging");
            assertThat(rijk.get(zoek).json().path("count").asInt()).isEqualTo(1);
            uitloggen();

            // a casusregisseur sees the agenda, not the setting (the API gives it only to the gemeentebeheerder)
            login("utrecht-regisseur", "demo");
            klik(By.linkText("Agenda Den Haag"));
            wacht(() -> browser.getPageSource().contains("Agenda van de Bestuurstafel"), "de agenda");
            assertThat(browser.findElements(By.id("rodeknop-delen"))).isEmpty();
        } finally {
            beheerder.put(instellingen, java.util.Map.of("precedentenDelen", true));
        }
    }
}
