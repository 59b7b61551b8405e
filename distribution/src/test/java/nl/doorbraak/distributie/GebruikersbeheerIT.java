package nl.doorbraak.distributie;

import static nl.doorbraak.distributie.CasusApiIT.assertProblem;
import static nl.doorbraak.distributie.CasusApiIT.invalidParam;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A real platform taken into use as docs/accounts.md describes, without --demo: the first platformbeheerder with the
 * one-time password from data/, a gemeentebeheerder, users with roles who then do their work, codes, contacts,
 * deactivation that takes effect at once, and the audittrail of it all. One platform; the steps build on each other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GebruikersbeheerIT {

    static final String PLATFORM_WW = "het platform van de doorbraaktafels";
    static final String BEA_WW = "bea beheert de accounts van utrecht";
    static Platform platform;
    static Api beheer;
    static Api bea;

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().start();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @Order(1)
    void deEersteStartMaaktEenPlatformbeheerderMetEenEenmaligWachtwoordInDeGegevensmap() throws Exception {
        Path bestand = platform.data.resolve("eerste-beheerder.txt");
        assertThat(Files.getPosixFilePermissions(bestand)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String eenmalig = wachtwoordUit(bestand);
        // its path is printed at start; the password itself is in no log
        assertThat(platform.uitvoer()).contains(bestand.toString()).doesNotContain(eenmalig);
        assertThat(platform.log()).doesNotContain(eenmalig);
        // the demo accounts are refused as before
        assertProblem(platform.api().login("platformbeheerder", "demo"), 401);

        beheer = platform.api();
        Api.Antwoord login = beheer.login("beheerder", eenmalig);
        assertThat(login.status()).isEqualTo(201);
        assertThat(login.json().path("wachtwoordWijzigen").asBoolean()).isTrue();
        assertThat(login.json().path("gebruiker").path("rollen")).extracting(JsonNode::asText)
                .containsExactly("platformbeheerder");
        // nothing else until the password is changed, also not over Basic
        Api.Antwoord nogNiet = beheer.get("/api/gemeenten");
        assertProblem(nogNiet, 403);
        assertThat(nogNiet.json().path("detail").asText()).contains("PUT /api/account/wachtwoord");
        assertProblem(platform.api().als("beheerder", eenmalig).get("/api/platform/bundles"), 403);
        assertThat(beheer.get("/api/sessies/huidig").status()).isEqualTo(200);

        // NIST: no short and no breached passwords; then the file goes
        Api.Antwoord kort = beheer.put("/api/account/wachtwoord", Map.of("huidigWachtwoord", eenmalig,
                "nieuwWachtwoord", "Welkom01"));
        assertProblem(kort, 400);
        assertThat(invalidParam(kort, "nieuwWachtwoord").path("reason").asText()).contains("minstens 12");
        Api.Antwoord gelekt = beheer.put("/api/account/wachtwoord", Map.of("huidigWachtwoord", eenmalig,
                "nieuwWachtwoord", "1qaz2wsx3edc4rfv"));
        assertProblem(gelekt, 400);
        assertThat(invalidParam(gelekt, "nieuwWachtwoord").path("reason").asText()).contains("uitgelekte");
        String oudeCookie = beheer.cookie();
        Api.Antwoord gewijzigd = beheer.neemSessieOver(beheer.put("/api/account/wachtwoord",
                Map.of("huidigWachtwoord", eenmalig, "nieuwWachtwoord", PLATFORM_WW)));
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);
        assertThat(gewijzigd.json().has("wachtwoordWijzigen")).isFalse();
        assertThat(beheer.cookie()).isNotEqualTo(oudeCookie);
        assertThat(beheer.get("/api/gemeenten").json().path("count").asInt()).isEqualTo(3);
        assertProblem(platform.api().als("beheerder", eenmalig).get("/api/gemeenten"), 401);
        assertThat(platform.api().als("beheerder", PLATFORM_WW).get("/api/platform/bundles").status()).isEqualTo(200);
        Platform.slaap(300);
        assertThat(bestand).doesNotExist();
    }

    @Test
    @Order(2)
    void dePlatformbeheerderMaaktDeGemeentebeheerderDieZelfEenWachtwoordKiest() {
        Api.Antwoord nieuw = beheer.post("/api/gemeenten/utrecht/gebruikers", Map.of("gebruikersnaam", "bea.utrecht",
                "naam", "Bea de Beheerder", "rollen", List.of("gemeentebeheerder")));
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        assertThat(nieuw.header("Location")).endsWith("/api/gemeenten/utrecht/gebruikers/bea.utrecht");
        assertThat(nieuw.header("ETag")).isEqualTo("\"1\"");
        String code = nieuw.json().path("code").path("code").asText();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(nieuw.json().path("wachtwoordGezet").asBoolean()).isFalse();
        // the code is shown once: not in a later read, not in the log
        assertThat(beheer.get("/api/gemeenten/utrecht/gebruikers/bea.utrecht").body()).doesNotContain(code);
        assertThat(platform.log()).doesNotContain(code);
        // a platformbeheerder gives no right to casussen
        assertProblem(beheer.post("/api/gemeenten/utrecht/gebruikers", Map.of("gebruikersnaam", "ria.utrecht", "naam",
                "Ria", "rollen", List.of("casusregisseur"))), 403);

        Api.Antwoord herstel = platform.api().post("/api/account/herstel", Map.of("gebruikersnaam", "bea.utrecht",
                "code", code.toLowerCase().replace("-", " "), "nieuwWachtwoord", BEA_WW));
        assertThat(herstel.status()).as(herstel.body()).isEqualTo(204);
        // once only
        assertProblem(platform.api().post("/api/account/herstel", Map.of("gebruikersnaam", "bea.utrecht", "code", code,
                "nieuwWachtwoord", "nog een keer hetzelfde proberen")), 400);
        bea = platform.api().als("bea.utrecht", BEA_WW);
        assertThat(bea.get("/api/gemeenten").json().path("results").get(0).path("id").asText()).isEqualTo("utrecht");
    }

    @Test
    @Order(3)
    void deGemeentebeheerderGeeftRollenEnDieWerkenMeteen() {
        String tafel = bea.post("/api/gemeenten/utrecht/tafels", Map.of("naam", "Tafel Kanaleneiland", "variant",
                "standaard", "deelnemers", List.of())).json().path("id").asText();
        String ria = nieuweGebruiker("ria.utrecht", List.of("casusregisseur"), List.of(), "ria regisseert de casussen");
        String tom = nieuweGebruiker("tom.utrecht", List.of("tafellid"), List.of(tafel), "tom zit aan kanaleneiland");
        Api regisseur = platform.api().als("ria.utrecht", ria);
        Api.Antwoord casus = regisseur.post("/api/gemeenten/utrecht/casussen", Map.of("tafelId", tafel, "titel",
                "Huurachterstand na ziekte", "hulpvraag", "Ontruiming dreigt; de inwoner wil blijven wonen.",
                "variantData", Map.of("urgentie", "normaal")));
        assertThat(casus.status()).as(casus.body()).isEqualTo(201);
        assertThat(platform.api().als("tom.utrecht", tom).get("/api/gemeenten/utrecht/casussen").json().path("count")
                .asInt()).isEqualTo(1);
        // nobody grants what he does not administer; nobody changes his own roles
        assertProblem(bea.post("/api/gemeenten/utrecht/gebruikers", Map.of("gebruikersnaam", "x.utrecht", "naam", "X",
                "rollen", List.of("platformbeheerder"))), 400);
        JsonNode zelf = bea.get("/api/gemeenten/utrecht/gebruikers/bea.utrecht").json();
        assertProblem(bea.verstuur("PUT", "/api/gemeenten/utrecht/gebruikers/bea.utrecht", Map.of("naam", "Bea",
                "rollen", List.of("gemeentebeheerder", "casusregisseur")), Map.of("If-Match", "\"" + zelf.path("versie")
                        .asLong() + "\"")), 403);
        // another gemeente does not exist for her
        assertProblem(bea.get("/api/gemeenten/leeuwarden/gebruikers"), 404);
        assertProblem(regisseur.get("/api/gemeenten/utrecht/gebruikers"), 403);
    }

    @Test
    @Order(4)
    void eenGebruikerHoortBijEenContactVanDeKorteLijnen() {
        Api.Antwoord contact = bea.post("/api/gemeenten/utrecht/contacten", Map.of("organisatie", "Woningcorporatie",
                "naam", "Marieke de Vries", "mandaat", "Ontruiming opschorten", "mandaatBedrag", 2500, "telefoon",
                "06-12345678"));
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        String contactId = contact.json().path("id").asText();
        JsonNode tom = bea.get("/api/gemeenten/utrecht/gebruikers/tom.utrecht").json();
        Api.Antwoord gekoppeld = bea.verstuur("PUT", "/api/gemeenten/utrecht/gebruikers/tom.utrecht", Map.of("naam",
                "Tom Tafellid", "rollen", List.of("tafellid"), "tafels", tom.path("tafels"), "contactId", contactId),
                Map.of("If-Match", "\"" + tom.path("versie").asLong() + "\""));
        assertThat(gekoppeld.status()).as(gekoppeld.body()).isEqualTo(200);
        assertThat(gekoppeld.json().path("contactId").asText()).isEqualTo(contactId);
        // stale If-Match: 409, missing: 428
        assertProblem(bea.verstuur("PUT", "/api/gemeenten/utrecht/gebruikers/tom.utrecht", Map.of("naam", "Tom",
                "rollen", List.of("tafellid"), "tafels", tom.path("tafels")), Map.of("If-Match", "\"1\"")), 409);
        assertProblem(bea.put("/api/gemeenten/utrecht/gebruikers/tom.utrecht", Map.of("naam", "Tom", "rollen",
                List.of("tafellid"))), 428);
    }

    @Test
    @Order(5)
    void deactiverenEnEenNieuwWachtwoordWerkenMeteenOokVoorEenOnthoudenBasicLogin() {
        String ww = nieuweGebruiker("sam.utrecht", List.of("casusregisseur"), List.of(), "sam blijft niet lang hier");
        Api sam = platform.api().als("sam.utrecht", ww);
        Api samSessie = platform.api();
        assertThat(samSessie.login("sam.utrecht", ww).status()).isEqualTo(201);
        assertThat(sam.get("/api/gemeenten/utrecht/casussen").status()).isEqualTo(200); // now remembered
        Api.Antwoord weg = bea.delete("/api/gemeenten/utrecht/gebruikers/sam.utrecht");
        assertThat(weg.json().path("actief").asBoolean()).isFalse();
        assertProblem(sam.get("/api/gemeenten/utrecht/casussen"), 401);
        assertProblem(samSessie.get("/api/gemeenten/utrecht/casussen"), 401);

        String riaWw = "ria regisseert de casussen";
        Api ria = platform.api().als("ria.utrecht", riaWw);
        assertThat(ria.get("/api/gemeenten/utrecht/casussen").status()).isEqualTo(200);
        assertThat(ria.put("/api/account/wachtwoord", Map.of("huidigWachtwoord", riaWw, "nieuwWachtwoord",
                "ria kiest een nieuwe zin")).status()).isEqualTo(200);
        assertProblem(ria.get("/api/gemeenten/utrecht/casussen"), 401);
        assertThat(platform.api().als("ria.utrecht", "ria kiest een nieuwe zin").get("/api/gemeenten/utrecht/casussen")
                .status()).isEqualTo(200);
    }

    @Test
    @Order(6)
    void eenVergetenWachtwoordMetEenCodeVanDeBeheerder() {
        Api.Antwoord code = bea.post("/api/gemeenten/utrecht/gebruikers/ria.utrecht/code", Map.of());
        assertThat(code.status()).as(code.body()).isEqualTo(201);
        // the old password works until she has chosen a new one
        assertThat(platform.api().als("ria.utrecht", "ria kiest een nieuwe zin").get("/api/gemeenten").status())
                .isEqualTo(200);
        // an unknown name and a wrong code get the same answer
        Api.Antwoord onbekend = platform.api().post("/api/account/herstel", Map.of("gebruikersnaam", "niemand",
                "code", code.json().path("code").asText(), "nieuwWachtwoord", "wat dan ook maar lang"));
        Api.Antwoord fout = platform.api().post("/api/account/herstel", Map.of("gebruikersnaam", "ria.utrecht",
                "code", "AAAA-BBBB-CCCC", "nieuwWachtwoord", "wat dan ook maar lang"));
        assertProblem(onbekend, 400);
        assertThat(fout.body()).isEqualTo(onbekend.body());
        assertThat(platform.api().post("/api/account/herstel", Map.of("gebruikersnaam", "ria.utrecht", "code",
                code.json().path("code").asText(), "nieuwWachtwoord", "ria weet het weer")).status()).isEqualTo(204);
        assertThat(platform.api().als("ria.utrecht", "ria weet het weer").get("/api/gemeenten").status())
                .isEqualTo(200);
    }

    @Test
    @Order(7)
    void deLaatsteGemeentebeheerderBlijftEnEenLaterGeconfigureerdeGemeenteKrijgtDeHaar() {
        assertProblem(beheer.delete("/api/gemeenten/utrecht/gebruikers/bea.utrecht"), 409);
        platform.schrijfConfig("nl.doorbraak.gemeente-almere.cfg", "id = almere\nnaam = Gemeente Almere\n");
        Api.Antwoord almere = null;
        for (int i = 0; i < 50; i++) {
            almere = beheer.post("/api/gemeenten/almere/gebruikers", Map.of("gebruikersnaam", "anna.almere", "naam",
                    "Anna", "rollen", List.of("gemeentebeheerder")));
            if (almere.status() != 404) {
                break;
            }
            Platform.slaap(200);
        }
        assertThat(almere.status()).as(almere.body()).isEqualTo(201);
        assertThat(beheer.get("/api/gemeenten/almere/gebruikers").json().path("count").asInt()).isEqualTo(1);
    }

    @Test
    @Order(8)
    void elkeWijzigingStaatInDeAudittrail() {
        JsonNode regels = bea.get("/api/gemeenten/utrecht/gebruikers/sam.utrecht/audittrail").json();
        assertThat(regels.path("results")).extracting(r -> r.path("actie").asText()).containsExactly("aangemaakt",
                "wachtwoord gekozen", "gedeactiveerd");
        assertThat(regels.path("results").get(0).path("door").asText()).isEqualTo("bea.utrecht");
        JsonNode ria = bea.get("/api/gemeenten/utrecht/gebruikers/ria.utrecht/audittrail").json();
        assertThat(ria.path("results")).extracting(r -> r.path("actie").asText()).containsExactly("aangemaakt",
                "wachtwoord gekozen", "wachtwoord gewijzigd", "code uitgegeven", "wachtwoord gekozen");
        assertThat(ria.toString()).doesNotContain("ria weet het weer");
        JsonNode eigen = beheer.get("/api/platform/gebruikers/beheerder/audittrail").json();
        assertThat(eigen.path("results")).extracting(r -> r.path("actie").asText()).containsExactly("aangemaakt",
                "wachtwoord gewijzigd");
        assertThat(eigen.path("results").get(0).path("door").asText()).isEqualTo("eerste start");
    }

    /** Bea makes an account; the user chooses {@code wachtwoord} with the code. Returns the password. */
    private static String nieuweGebruiker(String naam, List<String> rollen, List<String> tafels, String wachtwoord) {
        Api.Antwoord a = bea.post("/api/gemeenten/utrecht/gebruikers", Map.of("gebruikersnaam", naam, "naam",
                "Naam van " + naam, "rollen", rollen, "tafels", tafels));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        Api.Antwoord h = platform.api().post("/api/account/herstel", Map.of("gebruikersnaam", naam, "code",
                a.json().path("code").path("code").asText(), "nieuwWachtwoord", wachtwoord));
        assertThat(h.status()).as(h.body()).isEqualTo(204);
        return wachtwoord;
    }

    static String wachtwoordUit(Path bestand) throws java.io.IOException {
        Matcher m = Pattern.compile("wachtwoord: +(\\S+)").matcher(Files.readString(bestand));
        assertThat(m.find()).as("wachtwoord in " + bestand).isTrue();
        return m.group(1);
    }
}
