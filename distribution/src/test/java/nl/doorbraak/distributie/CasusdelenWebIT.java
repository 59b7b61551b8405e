package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parts of the casus screen (perspectiefplan with the rekentool, escalatie, signalen, audittrail) and the screens
 * "Signalen" and "Escalaties" (docs/webapp.md) in a real headless Chromium against the real distribution with the demo:
 * what the screen shows is computed here from the API with the same account, what is changed in the screen is checked
 * in the API afterwards.
 */
class CasusdelenWebIT extends BrowserIT {

    static final String UTRECHT = "/api/gemeenten/utrecht";
    static final String LEEUWARDEN = "/api/gemeenten/leeuwarden";

    // ---- perspectiefplan ----

    @Test
    void hetPerspectiefplanToontWatDeApiGeeftEnSlaatEenWijzigingOp() {
        Api api = platform.api().als("utrecht-regisseur");
        String casus = casusZonderPlan(api);
        String plan = UTRECHT + "/casussen/" + casus + "/perspectiefplan";
        assertThat(api.put(plan, Map.of("doel", "Over een jaar wonen mijn zoon en ik samen en heb ik werk.",
                "stappen", List.of("Kostendelersnorm laten vervallen", "Werk zoeken via het buurtteam"),
                "kosten", List.of(
                        Map.of("organisatie", "Woningcorporatie", "post", "ontruiming en leegstand",
                                "doormodderen", 12000, "doorbreken", 1650),
                        Map.of("organisatie", "Werk & Inkomen", "post", "bijzondere bijstand",
                                "doormodderen", 0, "doorbreken", 2400.5)))).status()).isEqualTo(201);
        JsonNode verwacht = api.get(plan).json();

        login("utrecht-regisseur", "demo");
        open("/casussen/" + casus);
        klik(By.id("perspectiefplan-open"));
        wachtOpTekst("perspectiefplan-doel", verwacht.path("doel").asText());
        assertPlanInHetScherm("perspectiefplan-", verwacht);
        assertThat(teksten("#perspectiefplan-stappen li")).containsExactly("Kostendelersnorm laten vervallen",
                "Werk zoeken via het buurtteam");
        assertToegankelijk("het perspectiefplan");
        inBeeld("deel-perspectiefplan");
        schermafdruk("casusregisseur-perspectiefplan");

        // change it in the form: a bad amount first (the API's message at its field), then a good one
        klik(By.id("perspectiefplan-wijzig"));
        WebElement doel = veld("perspectiefplan-formulier", "doel");
        doel.clear();
        doel.sendKeys("Over een jaar woont mijn zoon hier en werk ik drie dagen.");
        typ(veld("perspectiefplan-formulier", "kosten.0.doorbreken"), "2000");
        typ(veld("perspectiefplan-formulier", "kosten.2.organisatie"), "Zorgverzekeraar");
        typ(veld("perspectiefplan-formulier", "kosten.2.doormodderen"), "-5");
        typ(veld("perspectiefplan-formulier", "kosten.2.doorbreken"), "0");
        assertToegankelijk("het formulier van het perspectiefplan");
        verwachteNetwerkfouten.add(plan);
        klik(By.cssSelector("#perspectiefplan-formulier button[type=submit]"));
        // the reason the API gives for the same line (the core checks amounts after If-Match: with the version read)
        String reden = api.verstuur("PUT", plan, Map.of("doel", "x", "kosten", List.of(
                Map.of("organisatie", "a", "doormodderen", 0, "doorbreken", 0),
                Map.of("organisatie", "b", "doormodderen", 0, "doorbreken", 0),
                Map.of("organisatie", "Zorgverzekeraar", "doormodderen", -5, "doorbreken", 0))), Map.of("If-Match", "\"1\""))
                .json().path("invalidParams").get(0).path("reason").asText();
        wacht(() -> foutBij("perspectiefplan-formulier", "kosten.2.doormodderen").equals(reden),
                "de melding van de API bij doormodderen van regel 3: " + reden);
        assertThat(veld("perspectiefplan-formulier", "doel").getAttribute("value"))
                .isEqualTo("Over een jaar woont mijn zoon hier en werk ik drie dagen.");
        assertThat(veld("perspectiefplan-formulier", "kosten.2.doormodderen").getAttribute("aria-invalid")).isEqualTo("true");
        assertToegankelijk("het formulier van het perspectiefplan met een fout");
        typ(veld("perspectiefplan-formulier", "kosten.2.doormodderen"), "5000");
        klik(By.cssSelector("#perspectiefplan-formulier button[type=submit]"));
        wacht(() -> !browser.findElements(By.id("perspectiefplan-bericht")).isEmpty(), "opgeslagen");

        JsonNode nu = api.get(plan).json();
        assertThat(nu.path("versie").asLong()).isEqualTo(2);
        assertThat(nu.path("doel").asText()).isEqualTo("Over een jaar woont mijn zoon hier en werk ik drie dagen.");
        assertThat(nu.path("kosten")).hasSize(3);
        assertThat(nu.path("kosten").get(0).path("doorbreken").decimalValue()).isEqualByComparingTo("2000");
        assertThat(nu.path("kosten").get(2).path("organisatie").asText()).isEqualTo("Zorgverzekeraar");
        assertThat(nu.path("kosten").get(2).path("doormodderen").decimalValue()).isEqualByComparingTo("5000");
        // the figures of the rekentool are the API's
        assertPlanInHetScherm("perspectiefplan-", nu);
        assertToegankelijk("het opgeslagen perspectiefplan");
    }

    @Test
    void eenConflictBehoudtDeInvoerEnBiedtDeNieuwsteVersie() {
        Api api = platform.api().als("utrecht-regisseur");
        String casus = casusZonderPlan(api);
        String plan = UTRECHT + "/casussen/" + casus + "/perspectiefplan";
        assertThat(api.put(plan, Map.of("doel", "Eerste versie van het doel", "kosten", List.of(
                Map.of("organisatie", "UWV", "doormodderen", 8000, "doorbreken", 500)))).status()).isEqualTo(201);

        login("utrecht-regisseur", "demo");
        open("/casussen/" + casus);
        klik(By.id("perspectiefplan-open"));
        wachtOpTekst("perspectiefplan-doel", "Eerste versie van het doel");
        klik(By.id("perspectiefplan-wijzig"));
        WebElement doel = veld("perspectiefplan-formulier", "doel");
        doel.clear();
        doel.sendKeys("Wat ik typte terwijl een collega het plan wijzigde");
        typ(veld("perspectiefplan-formulier", "kosten.0.doorbreken"), "750");

        // meanwhile a colleague changes the plan
        assertThat(api.verstuur("PUT", plan, Map.of("doel", "Doel van een collega", "kosten", List.of(
                Map.of("organisatie", "UWV", "doormodderen", 9000, "doorbreken", 400))), Map.of("If-Match", "\"1\""))
                .status()).isEqualTo(200);
        verwachteNetwerkfouten.add(plan);
        klik(By.cssSelector("#perspectiefplan-formulier button[type=submit]"));
        wacht(() -> !browser.findElements(By.xpath("//button[normalize-space()='Nieuwste versie laden']")).isEmpty(),
                "de melding van het conflict");
        assertThat(veld("perspectiefplan-formulier", "doel").getAttribute("value"))
                .isEqualTo("Wat ik typte terwijl een collega het plan wijzigde");
        assertThat(veld("perspectiefplan-formulier", "kosten.0.doorbreken").getAttribute("value")).isEqualTo("750");
        assertToegankelijk("het perspectiefplan na een conflict");

        klik(By.xpath("//button[normalize-space()='Nieuwste versie laden']"));
        wachtOpTekst("perspectiefplan-nieuwste-doel", "Doel van een collega");
        assertPlanInHetScherm("perspectiefplan-nieuwste-", api.get(plan).json());
        assertThat(veld("perspectiefplan-formulier", "doel").getAttribute("value"))
                .isEqualTo("Wat ik typte terwijl een collega het plan wijzigde");
        assertThat(veld("perspectiefplan-formulier", "kosten.0.doorbreken").getAttribute("value")).isEqualTo("750");
        assertToegankelijk("de nieuwste versie naast de invoer");
        schermafdruk("casusregisseur-perspectiefplan-conflict");

        klik(By.cssSelector("#perspectiefplan-formulier button[type=submit]"));
        wachtOpTekst("perspectiefplan-doel", "Wat ik typte terwijl een collega het plan wijzigde");
        JsonNode nu = api.get(plan).json();
        assertThat(nu.path("versie").asLong()).isEqualTo(3);
        assertThat(nu.path("doel").asText()).isEqualTo("Wat ik typte terwijl een collega het plan wijzigde");
        assertThat(nu.path("kosten").get(0).path("doorbreken").decimalValue()).isEqualByComparingTo("750");
    }

    // ---- escalatie ----

    @Test
    void eenEscalatieUitHetSchermStaatInDeApi() {
        Api api = platform.api().als("utrecht-regisseur");
        String casus = casusZonder(api, c -> api.get(UTRECHT + "/casussen/" + c + "/escalaties").json().path("count").asInt() == 0);
        String adres = UTRECHT + "/casussen/" + casus + "/escalaties";

        login("utrecht-regisseur", "demo");
        open("/casussen/" + casus);
        wacht(() -> !browser.findElements(By.id("escalaties-geen")).isEmpty(), "geen escalaties");
        klik(By.id("escalatie-start"));
        veld("escalatie-formulier", "reden").sendKeys("De corporatie reageert niet; gevraagd: ontruiming opschorten.");
        // the Rijk is on Utrecht's route, but reached with the rode knop: not offered here, the form says how
        assertThat(veld("escalatie-formulier", "niveau").findElements(By.tagName("option")).stream()
                .map(o -> o.getAttribute("value")).toList()).contains("tafel", "directie", "bestuur").doesNotContain("rijk");
        assertThat(browser.findElement(By.cssSelector("#escalatie-formulier")).getText()).contains("rode knop");
        kies(veld("escalatie-formulier", "niveau"), "directie");
        assertToegankelijk("het formulier om te escaleren");
        klik(By.cssSelector("#escalatie-formulier button[type=submit]"));
        wacht(() -> !browser.findElements(By.id("escalatie-bericht")).isEmpty(), "geëscaleerd");

        JsonNode lijst = api.get(adres).json();
        assertThat(lijst.path("count").asInt()).isEqualTo(1);
        JsonNode e = lijst.path("results").get(0);
        assertThat(e.path("reden").asText()).isEqualTo("De corporatie reageert niet; gevraagd: ontruiming opschorten.");
        assertThat(e.path("niveau").asText()).isEqualTo("directie");
        assertThat(e.path("status").asText()).isEqualTo("open");
        assertThat(browser.findElements(By.cssSelector("#escalaties tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#escalaties tbody tr")).getAttribute("data-escalatie"))
                .isEqualTo(e.path("id").asText());
        assertToegankelijk("een open escalatie");
        inBeeld("deel-escalatie");
        schermafdruk("casusregisseur-escalatie");

        // the casusregisseur escalates it further (the next level of the route), then records the answer there
        klik(By.id("escalatie-door"));
        veld("escalatie-doorescaleren-formulier", "reden").sendKeys("De directie reageert niet binnen de termijn.");
        klik(By.cssSelector("#escalatie-doorescaleren-formulier button[type=submit]"));
        wacht(() -> attributen("#escalaties tbody tr", "data-status").equals(List.of("doorgeescaleerd", "open")),
                "doorgeëscaleerd in het scherm");
        JsonNode twee = api.get(adres).json();
        assertThat(waarden(twee, "status")).containsExactly("doorgeescaleerd", "open");
        assertThat(twee.path("results").get(1).path("niveau").asText()).isEqualTo("bestuur");
        assertThat(twee.path("results").get(1).path("vorige").asText()).isEqualTo(e.path("id").asText());
        // above the bestuur is the Rijk: no "Doorescaleren", but the way there
        wacht(() -> !browser.findElements(By.id("escalatie-ingang")).isEmpty(), "de weg naar het Rijk");
        assertThat(browser.findElement(By.id("escalatie-ingang")).getText()).contains("rode knop");
        assertThat(browser.findElements(By.id("escalatie-door"))).isEmpty();

        klik(By.id("escalatie-antwoord"));
        veld("escalatie-antwoord-formulier", "antwoord").sendKeys("Het bestuur schort de ontruiming drie maanden op.");
        klik(By.cssSelector("#escalatie-antwoord-formulier button[type=submit]"));
        wacht(() -> attributen("#escalaties tbody tr", "data-status").equals(List.of("doorgeescaleerd", "beantwoord")),
                "beantwoord in het scherm");
        JsonNode beantwoord = api.get(UTRECHT + "/escalaties/" + twee.path("results").get(1).path("id").asText()).json();
        assertThat(beantwoord.path("status").asText()).isEqualTo("beantwoord");
        assertThat(beantwoord.path("antwoord").asText()).isEqualTo("Het bestuur schort de ontruiming drie maanden op.");
        // no open escalation: escalating again is offered
        wacht(() -> !browser.findElements(By.id("escalatie-start")).isEmpty(), "opnieuw escaleren");
    }

    @Test
    void hetTafellidEscaleertMaarBehandeltNietEnWijzigtGeenStatusVanEenSignaal() {
        Api tafellid = platform.api().als("utrecht-tafellid");
        List<JsonNode> open = new ArrayList<>();
        tafellid.get(UTRECHT + "/escalaties?status=open&pageSize=100").json().path("results").forEach(open::add);
        assertThat(open).as("de demo heeft open escalaties aan de tafels van het tafellid").isNotEmpty();
        String casus = open.get(0).path("casusId").asText();

        login("utrecht-tafellid", "demo");
        assertThat(teksten("#menulijst a")).contains("Signalen", "Escalaties");
        open("/escalaties");
        wacht(() -> !browser.findElements(By.id("open-escalaties")).isEmpty(), "de open escalaties");
        assertThat(attributen("#open-escalaties tbody tr", "data-escalatie")).containsExactlyInAnyOrderElementsOf(
                open.stream().map(e -> e.path("id").asText()).toList());

        open("/casussen/" + casus);
        wacht(() -> !browser.findElements(By.id("escalatie-open")).isEmpty(), "de open escalatie");
        // answering, solving and escalating further is the casusregisseur's
        assertThat(browser.findElements(By.id("escalatie-antwoord"))).isEmpty();
        assertThat(browser.findElements(By.id("escalatie-door"))).isEmpty();
        assertToegankelijk("een open escalatie voor het tafellid");

        String signaal = tafellid.get(UTRECHT + "/signalen?pageSize=1").json().path("results").get(0).path("id").asText();
        open("/signalen/" + signaal);
        wacht(() -> !browser.findElements(By.id("signaalgegevens")).isEmpty(), "het signaal");
        assertThat(browser.findElements(By.id("signaal-status-formulier"))).isEmpty();
        schermafdruk("tafellid-signaal");
    }

    @Test
    void hetEscalatieschermToontDeOpenEscalatiesVerlopenEerst() {
        Api api = platform.api().als("utrecht-regisseur");
        List<JsonNode> open = new ArrayList<>();
        api.get(UTRECHT + "/escalaties?status=open&pageSize=100").json().path("results").forEach(open::add);
        open.sort(Comparator.comparing((JsonNode e) -> !e.path("verlopen").asBoolean())
                .thenComparing(e -> e.path("deadline").asText()));
        assertThat(open).as("de demo heeft open escalaties").isNotEmpty();

        login("utrecht-regisseur", "demo");
        klik(By.xpath("//nav[@id='menu']//a[normalize-space()='Escalaties']"));
        wacht(() -> !browser.findElements(By.id("open-escalaties")).isEmpty(), "de open escalaties");
        assertThat(attributen("#open-escalaties tbody tr", "data-escalatie"))
                .containsExactlyElementsOf(open.stream().map(e -> e.path("id").asText()).toList());
        // every link opens a casus the regisseur may read
        for (JsonNode e : open) {
            String titel = api.get(UTRECHT + "/casussen/" + e.path("casusId").asText()).json().path("titel").asText();
            assertThat(browser.findElement(By.cssSelector("tr[data-escalatie='" + e.path("id").asText() + "'] a")).getText())
                    .isEqualTo(titel);
        }
        assertToegankelijk("de open escalaties");
        schermafdruk("casusregisseur-escalaties");
    }

    // ---- signalen ----

    @Test
    void hetSignalenschermToontDeSignalenVanDeApiEnMeldtEenNieuw() {
        Api api = platform.api().als("utrecht-regisseur");
        login("utrecht-regisseur", "demo");
        klik(By.xpath("//nav[@id='menu']//a[normalize-space()='Signalen']"));
        JsonNode lijst = api.get(UTRECHT + "/signalen?pageSize=20").json();
        wacht(() -> attributen("#signalen tbody tr", "data-signaal").equals(ids(lijst)), "de signalen van de API");
        assertThat(teksten("#signalen tbody tr td:first-child")).containsExactlyElementsOf(
                waarden(lijst, "regel"));
        assertThat(browser.findElement(By.id("signalen-aantal")).getText()).startsWith(lijst.path("count").asText() + " signa");
        assertToegankelijk("de signalen");
        schermafdruk("casusregisseur-signalen");

        // a bad one: the API's message at the field, what was typed stays
        klik(By.id("signaal-melden"));
        veld("signaal-formulier", "regel").sendKeys("Geen uitkering zonder bankrekening");
        String teLang = "W".repeat(201);
        veld("signaal-formulier", "organisatie").sendKeys(teLang);
        veld("signaal-formulier", "omschrijving").sendKeys("Wie schulden heeft, krijgt geen rekening en dus geen uitkering.");
        String reden = api.post(UTRECHT + "/signalen", Map.of("regel", "x", "organisatie", teLang, "omschrijving", "x"))
                .json().path("invalidParams").get(0).path("reason").asText();
        verwachteNetwerkfouten.add(UTRECHT + "/signalen");
        klik(By.cssSelector("#signaal-formulier button[type=submit]"));
        wacht(() -> foutBij("signaal-formulier", "organisatie").equals(reden), "de melding van de API bij organisatie: " + reden);
        assertThat(veld("signaal-formulier", "regel").getAttribute("value")).isEqualTo("Geen uitkering zonder bankrekening");
        assertToegankelijk("een signaal met een fout");
        WebElement organisatie = veld("signaal-formulier", "organisatie");
        organisatie.clear();
        organisatie.sendKeys("Werk & Inkomen");
        klik(By.cssSelector("#signaal-formulier button[type=submit]"));
        wacht(() -> browser.getCurrentUrl().startsWith(platform.uri("/signalen/").toString()), "het nieuwe signaal");
        String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        JsonNode nieuw = api.get(UTRECHT + "/signalen/" + id).json();
        assertThat(nieuw.path("regel").asText()).isEqualTo("Geen uitkering zonder bankrekening");
        assertThat(nieuw.path("organisatie").asText()).isEqualTo("Werk & Inkomen");
        assertThat(nieuw.path("status").asText()).isEqualTo("nieuw");
        wacht(() -> browser.findElement(By.tagName("h1")).getText().equals("Geen uitkering zonder bankrekening"), "de kop");

        // the status, as the casusregisseur may change it
        kies(veld("signaal-status-formulier", "status"), "in_behandeling");
        veld("signaal-status-formulier", "reden").sendKeys("Werk & Inkomen zoekt het uit.");
        assertToegankelijk("een signaal");
        schermafdruk("casusregisseur-signaal");
        klik(By.cssSelector("#signaal-status-formulier button[type=submit]"));
        wachtOpTekst("signaal-status", "In behandeling");
        assertThat(api.get(UTRECHT + "/signalen/" + id).json().path("status").asText()).isEqualTo("in_behandeling");
    }

    @Test
    void eenSignaalKoppelenEnOntkoppelenBijDeCasus() {
        Api api = platform.api().als("utrecht-regisseur");
        String casus = casusZonder(api, c -> api.get(UTRECHT + "/casussen/" + c + "/signalen").json().path("count").asInt() == 0);
        JsonNode signaal = api.get(UTRECHT + "/signalen?pageSize=1").json().path("results").get(0);
        String sid = signaal.path("id").asText();

        login("utrecht-regisseur", "demo");
        open("/casussen/" + casus);
        wacht(() -> !browser.findElements(By.id("casus-signalen-geen")).isEmpty(), "geen signalen bij de casus");
        kies(veld("signaal-koppelen", "signaal"), sid);
        klik(By.cssSelector("#signaal-koppelen button[type=submit]"));
        wacht(() -> attributen("#casus-signalen tbody tr", "data-signaal").equals(List.of(sid)), "het gekoppelde signaal");
        assertThat(ids(api.get(UTRECHT + "/casussen/" + casus + "/signalen").json())).containsExactly(sid);
        assertThat(browser.findElement(By.cssSelector("#casus-signalen tbody tr a")).getText())
                .isEqualTo(signaal.path("regel").asText());
        assertToegankelijk("de signalen bij een casus");
        inBeeld("deel-signalen");
        schermafdruk("casusregisseur-casus-signalen");

        klik(By.cssSelector("button[data-ontkoppel='" + sid + "']"));
        wacht(() -> !browser.findElements(By.id("casus-signalen-geen")).isEmpty(), "ontkoppeld");
        assertThat(api.get(UTRECHT + "/casussen/" + casus + "/signalen").json().path("count").asInt()).isZero();
    }

    @Test
    void leeuwardenZietGeenSignalenVanUtrecht() {
        JsonNode utrecht = platform.api().als("utrecht-regisseur").get(UTRECHT + "/signalen?pageSize=100").json();
        JsonNode leeuwarden = platform.api().als("leeuwarden-regisseur").get(LEEUWARDEN + "/signalen?pageSize=20").json();
        login("leeuwarden-regisseur", "demo");
        klik(By.xpath("//nav[@id='menu']//a[normalize-space()='Signalen']"));
        wacht(() -> attributen("#signalen tbody tr", "data-signaal").equals(ids(leeuwarden)), "de signalen van Leeuwarden");
        assertThat(attributen("#signalen tbody tr", "data-signaal")).doesNotContainAnyElementsOf(ids(utrecht));

        String utrechts = ids(utrecht).get(0);
        verwachteNetwerkfouten.add(LEEUWARDEN + "/signalen/" + utrechts);
        open("/signalen/" + utrechts);
        wacht(() -> browser.findElement(By.tagName("h1")).getText().equals("Signaal niet gevonden"), "niet gevonden");
        assertToegankelijk("een signaal dat er niet is");
    }

    // ---- audittrail ----

    @Test
    void deAudittrailIsErVoorDeRegisseurEnNietVoorWieDeApiWeigert() {
        Api api = platform.api().als("utrecht-regisseur");
        String casus = casusZonderPlan(api);
        String plan = UTRECHT + "/casussen/" + casus + "/perspectiefplan";

        // a new plan, made in the screen, makes the audittrail (the demo's casussen have none of their own)
        login("utrecht-regisseur", "demo");
        open("/casussen/" + casus);
        verwachteNetwerkfouten.add(plan); // no plan yet: the API's 404
        klik(By.id("perspectiefplan-open"));
        wacht(() -> !browser.findElements(By.id("perspectiefplan-leeg")).isEmpty(), "nog geen plan");
        // the audittrail before the plan: as many lines as the API gives (none for an untouched demo casus)
        int voor = api.get(UTRECHT + "/casussen/" + casus + "/audittrail").json().path("count").asInt();
        wachtOpTekst("audittrail-aantal", voor == 0 ? "Er is nog geen wijziging vastgelegd."
                : voor == 1 ? "1 regel." : voor + " regels, de nieuwste eerst.");
        klik(By.id("perspectiefplan-wijzig"));
        veld("perspectiefplan-formulier", "doel").sendKeys("Zonder studieschuld bij DUO weer naar school.");
        typ(veld("perspectiefplan-formulier", "kosten.0.organisatie"), "DUO");
        typ(veld("perspectiefplan-formulier", "kosten.0.doormodderen"), "300");
        typ(veld("perspectiefplan-formulier", "kosten.0.doorbreken"), "0");
        klik(By.cssSelector("#perspectiefplan-formulier button[type=submit]"));
        wachtOpTekst("perspectiefplan-doel", "Zonder studieschuld bij DUO weer naar school.");
        JsonNode gemaakt = api.get(plan).json();
        assertThat(gemaakt.path("versie").asLong()).isEqualTo(1);
        assertThat(gemaakt.path("kosten").get(0).path("organisatie").asText()).isEqualTo("DUO");
        assertPlanInHetScherm("perspectiefplan-", gemaakt);

        JsonNode trail = api.get(UTRECHT + "/casussen/" + casus + "/audittrail").json();
        assertThat(trail.path("count").asInt()).isPositive();
        open("/casussen/" + casus);
        wacht(() -> !browser.findElements(By.id("audittrail")).isEmpty(), "de audittrail");
        List<String> volgnummers = new ArrayList<>();
        trail.path("results").forEach(r -> volgnummers.add(0, r.path("volgnummer").asText()));
        assertThat(attributen("#audittrail tbody tr", "data-volgnummer")).containsExactlyElementsOf(volgnummers);
        assertThat(browser.findElement(By.cssSelector("#audittrail tbody tr td:nth-child(3)")).getText())
                .isEqualTo(trail.path("results").get(trail.path("count").asInt() - 1).path("object").asText());
        assertToegankelijk("de audittrail");
        inBeeld("deel-audittrail");
        schermafdruk("casusregisseur-audittrail");
        uitloggen();

        // the gemeentebeheerder: the API refuses him the casus and its audittrail; a Dutch message, no audittrail
        Api beheerder = platform.api().als("utrecht-beheerder");
        assertThat(beheerder.get(UTRECHT + "/casussen/" + casus).status()).isEqualTo(403);
        assertThat(beheerder.get(UTRECHT + "/casussen/" + casus + "/audittrail").status()).isEqualTo(403);
        verwachteNetwerkfouten.add("/api/sessies/huidig");
        // his start page: the parts his role may not read (as in WebAppIT)
        verwachteNetwerkfouten.add(UTRECHT + "/casussen?status=afgesloten&pageSize=1");
        verwachteNetwerkfouten.add(UTRECHT + "/bijeenkomsten?pageSize=100&page=1");
        verwachteNetwerkfouten.add(UTRECHT + "/acties?verlopen=true&pageSize=5");
        login("utrecht-beheerder", "demo");
        open("/casussen/" + casus);
        wacht(() -> browser.findElement(By.tagName("h1")).getText().equals("Geen toegang"), "de melding");
        assertThat(browser.findElements(By.id("deel-audittrail"))).isEmpty();
        assertThat(browser.findElements(By.id("audittrail"))).isEmpty();
        // his menu has Signalen and Escalaties (the API lets him read both)
        assertThat(teksten("#menulijst a")).contains("Signalen", "Escalaties");
    }

    @Test
    void eenTransformaatjeZietBijEenSignaalDeCasussenZonderTitel() {
        Api transformaatje = platform.api().als("leeuwarden-transformaatje");
        JsonNode signaal = null;
        for (JsonNode s : transformaatje.get(LEEUWARDEN + "/signalen?pageSize=100&sorteer=gewicht").json().path("results")) {
            signaal = signaal == null ? s : signaal;
        }
        assertThat(signaal).as("de demo van Leeuwarden heeft signalen").isNotNull();
        JsonNode s = transformaatje.get(LEEUWARDEN + "/signalen/" + signaal.path("id").asText()).json();
        assertThat(s.path("casussen")).as("het zwaarste signaal heeft casussen").isNotEmpty();

        // his start page: the parts his role may not read
        for (String deel : List.of("/casussen?status=afgesloten&pageSize=1", "/bijeenkomsten?pageSize=100&page=1",
                "/acties?verlopen=true&pageSize=5", "/escalaties?verlopen=true&pageSize=5", "/potjes?pageSize=100", "")) {
            verwachteNetwerkfouten.add(LEEUWARDEN + deel);
        }
        login("leeuwarden-transformaatje", "demo");
        assertThat(teksten("#menulijst a")).contains("Signalen").doesNotContain("Escalaties");
        open("/signalen/" + s.path("id").asText());
        wacht(() -> !browser.findElements(By.cssSelector("#signaal-casussen li")).isEmpty(), "de gekoppelde casussen");
        List<String> verwacht = new ArrayList<>();
        s.path("casussen").forEach(c -> verwacht.add(c.path("id").asText()));
        assertThat(attributen("#signaal-casussen li", "data-casus")).containsExactlyElementsOf(verwacht);
        // the API gives him no titles (casusinhoud): only the ids, and no link to a casus he may not open
        assertThat(browser.findElements(By.cssSelector("#signaal-casussen a"))).isEmpty();
        assertThat(teksten("#signaal-casussen li")).allMatch(t -> t.startsWith("Casus "));
        assertThat(browser.findElements(By.id("signaal-status-formulier"))).isEmpty();
        assertToegankelijk("een signaal voor een transformaatje");
    }

    @Test
    void eenAccountZonderGemeenteZietSignalenEnEscalatiesNiet() {
        login("platformbeheerder", "demo");
        assertThat(teksten("#menulijst a")).doesNotContain("Signalen", "Escalaties");
        open("/signalen");
        wacht(() -> browser.findElement(By.tagName("h1")).getText().equals("Geen toegang"), "geen toegang");
    }

    // ---- helpers ----

    /** A casus of Utrecht that is not closed and has no perspectiefplan yet (each test takes its own). */
    static String casusZonderPlan(Api api) {
        return casusZonder(api, c -> api.get(UTRECHT + "/casussen/" + c + "/perspectiefplan").status() == 404);
    }

    static String casusZonder(Api api, java.util.function.Predicate<String> vrij) {
        for (int p = 1; p <= 5; p++) {
            JsonNode lijst = api.get(UTRECHT + "/casussen?pageSize=100&page=" + p).json();
            for (JsonNode c : lijst.path("results")) {
                if (!c.path("status").asText().equals("afgesloten") && vrij.test(c.path("id").asText())) {
                    return c.path("id").asText();
                }
            }
            if (lijst.path("next").isNull()) {
                break;
            }
        }
        throw new AssertionError("geen vrije casus in de demo van Utrecht");
    }

    /** The plan as the screen shows it (ids with this prefix) equals the API's plan, figures included. */
    static void assertPlanInHetScherm(String voor, JsonNode plan) {
        List<List<BigDecimal>> regels = new ArrayList<>();
        plan.path("kosten").forEach(r -> regels.add(List.of(getal(r.path("doormodderen")), getal(r.path("doorbreken")),
                getal(r.path("besparing")))));
        wacht(() -> bedragen("#" + voor + "regels tbody tr", 2).equals(regels), "de regels van de rekentool");
        assertThat(teksten("#" + voor + "regels tbody tr td:first-child"))
                .containsExactlyElementsOf(waarden(plan.path("kosten"), "organisatie"));
        List<List<BigDecimal>> perOrganisatie = new ArrayList<>();
        plan.path("besparing").path("perOrganisatie").forEach(o -> perOrganisatie.add(List.of(
                getal(o.path("doormodderen")), getal(o.path("doorbreken")), getal(o.path("besparing")))));
        assertThat(bedragen("#" + voor + "organisaties tbody tr", 1)).isEqualTo(perOrganisatie);
        assertThat(bedrag(browser.findElement(By.id(voor + "doormodderen")).getText()))
                .isEqualByComparingTo(plan.path("besparing").path("doormodderen").decimalValue());
        assertThat(bedrag(browser.findElement(By.id(voor + "doorbreken")).getText()))
                .isEqualByComparingTo(plan.path("besparing").path("doorbreken").decimalValue());
        assertThat(bedrag(browser.findElement(By.id(voor + "besparing")).getText()))
                .isEqualByComparingTo(plan.path("besparing").path("totaal").decimalValue());
        assertThat(browser.findElement(By.id(voor + "voorstel")).getText()).isEqualTo(plan.path("voorRendement").path("tekst").asText());
    }

    /** The amounts in the cells from column {@code vanaf} (0-based) of each row, as numbers. */
    static List<List<BigDecimal>> bedragen(String rijen, int vanaf) {
        List<List<BigDecimal>> uit = new ArrayList<>();
        for (WebElement rij : browser.findElements(By.cssSelector(rijen))) {
            List<WebElement> cellen = rij.findElements(By.tagName("td"));
            uit.add(cellen.subList(vanaf, cellen.size()).stream().map(c -> bedrag(c.getText())).toList());
        }
        return uit;
    }

    static BigDecimal getal(JsonNode n) {
        return n.decimalValue().stripTrailingZeros();
    }

    /** "€ -1.550,50" (nl-NL) as -1550.5. */
    static BigDecimal bedrag(String tekst) {
        String s = tekst.replaceAll("[^0-9,\\-−]", "").replace('−', '-').replace(',', '.');
        return new BigDecimal(s).stripTrailingZeros();
    }

    static WebElement veld(String formulier, String naam) {
        By door = By.cssSelector("#" + formulier + " [name='" + naam + "']");
        wacht(() -> !browser.findElements(door).isEmpty(), "het veld " + naam);
        return browser.findElement(door);
    }

    /** Scrolls a part of the casus screen to the top of the window, for its screenshot. */
    static void inBeeld(String id) {
        browser.executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", id);
    }

    /** Chooses the option with this value in a select, as a user does with a click. */
    static void kies(WebElement select, String waarde) {
        select.findElement(By.cssSelector("option[value='" + waarde + "']")).click();
    }

    static void typ(WebElement veld, String tekst) {
        veld.clear();
        veld.sendKeys(tekst);
    }

    /** The error text under a field of a form (empty if none). */
    static String foutBij(String formulier, String naam) {
        List<WebElement> e = browser.findElements(By.cssSelector("#" + formulier + " [data-veld='" + naam + "'] .utrecht-form-field-error-message"));
        return e.isEmpty() ? "" : e.get(0).getText();
    }

    static List<String> teksten(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    static List<String> attributen(String css, String attribuut) {
        return browser.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute(attribuut)).toList();
    }

    static List<String> ids(JsonNode lijst) {
        return waarden(lijst.path("results"), "id");
    }

    static List<String> waarden(JsonNode lijst, String veld) {
        JsonNode l = lijst.has("results") ? lijst.path("results") : lijst;
        List<String> uit = new ArrayList<>();
        l.forEach(n -> uit.add(n.path(veld).asText()));
        return uit;
    }
}
