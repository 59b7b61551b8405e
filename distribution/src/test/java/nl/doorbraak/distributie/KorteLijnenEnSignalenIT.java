package nl.doorbraak.distributie;

import static nl.doorbraak.distributie.CasusApiIT.assertProblem;
import static nl.doorbraak.distributie.CasusApiIT.invalidParam;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Korte lijnen (contacten, also as deelnemers of tafels) and signalen over HTTP, as beheerders, regisseurs, tafelleden
 * and transformaatjes use them.
 */
class KorteLijnenEnSignalenIT {

    static Platform platform;
    static final String CONTACTEN = "/api/gemeenten/utrecht/contacten";
    static final String SIGNALEN = "/api/gemeenten/utrecht/signalen";
    static final String TAFELS = "/api/gemeenten/utrecht/tafels";

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    static Api als(String gebruiker) {
        return platform.api().als(gebruiker);
    }

    static Map<String, Object> contact(String naam) {
        Map<String, Object> m = new HashMap<>();
        m.put("organisatie", "UWV");
        m.put("naam", naam);
        m.put("rol", "klantmanager Wajong");
        m.put("mandaat", "Herbeoordeling met voorrang");
        m.put("wijk", "Overvecht");
        m.put("telefoon", "06-1234 5699");
        m.put("trekker", true);
        m.put("onderwerp", "Wajong");
        return m;
    }

    // ---------------------------------------------------------------- contacten

    @Test
    void deDemoGemeentenHebbenKorteLijnenMetTrekkersPerWijk() {
        Api.Antwoord trekkers = als("utrecht-tafellid").get(CONTACTEN + "/trekkers");
        assertThat(trekkers.status()).as(trekkers.body()).isEqualTo(200);
        List<String> groepen = new ArrayList<>();
        trekkers.json().path("results").forEach(g -> groepen.add(g.path("organisatie").asText() + " / "
                + (g.path("wijk").isNull() ? "hele gemeente" : g.path("wijk").asText())));
        assertThat(groepen).contains("Woningcorporatie / Overvecht", "Werk & Inkomen / hele gemeente",
                "Buurtteam Overvecht / Overvecht");

        JsonNode cjib = als("leeuwarden-transformaatje").get("/api/gemeenten/leeuwarden/contacten?organisatie=cjib")
                .json();
        assertThat(cjib.path("count").asInt()).isEqualTo(1);
        assertThat(cjib.at("/results/0/naam").asText()).isEqualTo("Wouter de Jong");
        JsonNode zoek = als("eindhoven-regisseur").get("/api/gemeenten/eindhoven/contacten?q=wij-team&functie=trekker")
                .json();
        assertThat(zoek.path("results").findValuesAsText("naam")).containsExactly("Koen Smulders",
                "Ellen van den Heuvel");
    }

    @Test
    void eenBeheerderLegtEenContactVastWijzigtEnDeactiveertHet() {
        Api beheerder = als("utrecht-beheerder");
        Api.Antwoord gemaakt = beheerder.post(CONTACTEN, contact("Yara de Graaf"));
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        String pad = CONTACTEN + "/" + gemaakt.json().path("id").asText();
        assertThat(gemaakt.header("Location")).endsWith(pad);
        assertThat(als("utrecht-tafellid").get(CONTACTEN + "?q=yara").json().path("count").asInt()).isEqualTo(1);

        Map<String, Object> nieuw = contact("Yara de Graaf");
        nieuw.put("email", "y.degraaf@uwv.example");
        nieuw.put("telefoon", null);
        assertProblem(beheerder.verstuur("PUT", pad, nieuw, Map.of()), 428);
        Api.Antwoord gewijzigd = als("utrecht-regisseur").verstuur("PUT", pad, nieuw,
                Map.of("If-Match", gemaakt.header("ETag")));
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);
        assertThat(gewijzigd.json().path("email").asText()).isEqualTo("y.degraaf@uwv.example");
        assertThat(gewijzigd.json().path("telefoon").isNull()).isTrue();
        assertProblem(beheerder.verstuur("PUT", pad, nieuw, Map.of("If-Match", gemaakt.header("ETag"))), 409);

        Api.Antwoord weg = beheerder.verstuur(beheerder.request(pad).DELETE(), Map.of());
        assertThat(weg.status()).as(weg.body()).isEqualTo(200);
        assertThat(weg.json().path("actief").asBoolean()).isFalse();
        // still there for a tafel or actie that names her, but no longer in the list
        assertThat(als("utrecht-tafellid").get(pad).json().path("naam").asText()).isEqualTo("Yara de Graaf");
        assertThat(als("utrecht-tafellid").get(CONTACTEN + "?q=yara").json().path("count").asInt()).isZero();
        assertThat(als("utrecht-tafellid").get(CONTACTEN + "?q=yara&actief=false").json().path("count").asInt())
                .isEqualTo(1);
    }

    @Test
    void eenContactZonderTelefoonOfEmailOfMetFouteWaardenWordtGeweigerd() {
        Map<String, Object> zonder = contact("Onbereikbaar");
        zonder.remove("telefoon");
        Api.Antwoord a = als("utrecht-beheerder").post(CONTACTEN, zonder);
        assertProblem(a, 400);
        assertThat(invalidParam(a, "telefoon").path("reason").asText()).contains("telefoonnummer of een e-mailadres");

        Map<String, Object> fout = contact("Fout");
        fout.put("email", "geen-adres");
        fout.put("telefoon", "bel mij");
        fout.put("mandaatBedrag", -5);
        fout.put("aanjager", "ja");
        fout.put("kleur", "rood");
        Api.Antwoord b = als("utrecht-beheerder").post(CONTACTEN, fout);
        assertProblem(b, 400);
        // JSON shape first: unknown field and wrong type
        assertThat(invalidParam(b, "kleur").path("code").asText()).isEqualTo("onbekend");
        assertThat(invalidParam(b, "aanjager").path("code").asText()).isEqualTo("type");
        fout.remove("kleur");
        fout.put("aanjager", true);
        Api.Antwoord c = als("utrecht-beheerder").post(CONTACTEN, fout);
        assertProblem(c, 400);
        assertThat(c.json().path("invalidParams").findValuesAsText("name")).containsExactlyInAnyOrder("email",
                "telefoon", "mandaatBedrag");
    }

    @Test
    void wieContactenMagZienEnWijzigen() {
        assertProblem(als("utrecht-tafellid").post(CONTACTEN, contact("Niet door een tafellid")), 403);
        assertProblem(als("leeuwarden-transformaatje").post("/api/gemeenten/leeuwarden/contacten",
                contact("Niet door een transformaatje")), 403);
        assertProblem(als("leeuwarden-regisseur").get(CONTACTEN), 404);
        String utrechts = als("utrecht-regisseur").get(CONTACTEN).json().at("/results/0/id").asText();
        assertProblem(als("leeuwarden-regisseur").get("/api/gemeenten/leeuwarden/contacten/" + utrechts), 404);
        assertProblem(als("platformbeheerder").get(CONTACTEN), 403);
        assertProblem(als("rijk-szw").get(CONTACTEN + "/trekkers"), 403);
        assertProblem(platform.api().get(CONTACTEN), 401);
    }

    // ---------------------------------------------------------------- contacten aan tafel

    static JsonNode tafel(Api api, String naam) {
        for (JsonNode t : api.get(TAFELS + "?pageSize=100").json().path("results")) {
            if (t.path("naam").asText().equals(naam)) {
                return t;
            }
        }
        throw new AssertionError("geen tafel '" + naam + "'");
    }

    @Test
    void eenContactZitAanTafelEnReistMeeNaarDeBijeenkomst() {
        Api regisseur = als("utrecht-regisseur");
        // the demo: Peter Kok of the CJIB sits at Overvecht as the contact from the korte lijnen
        JsonNode overvecht = tafel(regisseur, "Doorbraaktafel Overvecht");
        String kok = null;
        for (JsonNode d : overvecht.path("deelnemers")) {
            if (d.path("naam").asText().equals("Peter Kok")) {
                kok = d.path("contactId").asText(null);
            }
        }
        assertThat(kok).isNotNull();
        assertThat(regisseur.get(CONTACTEN + "/" + kok).json().path("organisatie").asText()).isEqualTo("CJIB");
        Api.Antwoord waar = als("utrecht-tafellid").get(CONTACTEN + "/" + kok + "/tafels");
        assertThat(waar.status()).as(waar.body()).isEqualTo(200);
        assertThat(waar.json().path("results").findValuesAsText("naam")).containsExactly("Doorbraaktafel Overvecht");

        // a beheerder seats a contact by reference alone: naam, organisatie and mandate come from the korte lijnen
        Api beheerder = als("utrecht-beheerder");
        Map<String, Object> c = contact("Noa Visser");
        c.put("organisatie", "Zorgverzekeraar");
        c.put("mandaat", "Premieachterstand bevriezen");
        c.put("mandaatBedrag", 1500);
        String noa = beheerder.post(CONTACTEN, c).json().path("id").asText();
        Api.Antwoord gemaakt = beheerder.post(TAFELS, Map.of("naam", "Doorbraaktafel Zuid", "variant", "standaard",
                "deelnemers", List.of(Map.of("contactId", noa),
                        Map.of("naam", "Noor Bakker", "organisatie", "Buurtteam Zuid"))));
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        JsonNode zuid = gemaakt.json();
        assertThat(zuid.at("/deelnemers/0/naam").asText()).isEqualTo("Noa Visser");
        assertThat(zuid.at("/deelnemers/0/organisatie").asText()).isEqualTo("Zorgverzekeraar");
        assertThat(zuid.at("/deelnemers/0/mandaatBedrag").decimalValue()).isEqualByComparingTo("1500");
        assertThat(zuid.at("/deelnemers/0/contactId").asText()).isEqualTo(noa);
        assertThat(zuid.at("/deelnemers/1/contactId").isNull()).isTrue();

        // at a bijeenkomst she is there as she sits at the tafel, korte lijn included
        Api.Antwoord b = regisseur.post("/api/gemeenten/utrecht/bijeenkomsten", Map.of("tafelId",
                zuid.path("id").asText(), "datum", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(7).toString(), "aanwezigen",
                List.of("Noa Visser", "Noor Bakker")));
        assertThat(b.status()).as(b.body()).isEqualTo(201);
        assertThat(b.json().at("/aanwezigen/0/contactId").asText()).isEqualTo(noa);
        assertThat(b.json().at("/aanwezigen/1/contactId").isNull()).isTrue();

        // a contact of Leeuwarden is no korte lijn in Utrecht: 400 that names the id and reveals nothing more
        String wouter = als("leeuwarden-regisseur").get("/api/gemeenten/leeuwarden/contacten?organisatie=cjib").json()
                .at("/results/0/id").asText();
        Api.Antwoord elders = beheerder.post(TAFELS, Map.of("naam", "Tafel met een Leeuwarder", "variant",
                "standaard", "deelnemers", List.of(Map.of("contactId", wouter))));
        assertProblem(elders, 400);
        assertThat(elders.json().path("detail").asText()).contains("Contact '" + wouter + "' bestaat niet");
        assertThat(invalidParam(elders, "deelnemers.0.contactId").path("code").asText()).isEqualTo("onbekend");

        // deactivated: not seated anew, while the tafel that had her keeps the reference
        Api.Antwoord weg = beheerder.verstuur(beheerder.request(CONTACTEN + "/" + noa).DELETE(), Map.of());
        assertThat(weg.status()).as(weg.body()).isEqualTo(200);
        Api.Antwoord nieuw = beheerder.post(TAFELS, Map.of("naam", "Doorbraaktafel Zuidwest", "variant", "standaard",
                "deelnemers", List.of(Map.of("contactId", noa))));
        assertProblem(nieuw, 400);
        assertThat(invalidParam(nieuw, "deelnemers.0.contactId").path("reason").asText()).contains("gedeactiveerd");
        assertThat(regisseur.get(TAFELS + "/" + zuid.path("id").asText()).json().at("/deelnemers/0/contactId")
                .asText()).isEqualTo(noa);
        assertThat(regisseur.get(TAFELS + "?pageSize=100").json().path("results").findValuesAsText("naam"))
                .doesNotContain("Tafel met een Leeuwarder", "Doorbraaktafel Zuidwest");
    }

    // ---------------------------------------------------------------- signalen

    @Test
    void demoSignalenStaanOpGewichtEnTonenTitelsAlleenAanWieDeCasusZiet() {
        JsonNode regisseur = als("leeuwarden-regisseur").get("/api/gemeenten/leeuwarden/signalen?sorteer=gewicht")
                .json();
        assertThat(regisseur.path("count").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(regisseur.at("/results/0/gewicht").asInt()).isEqualTo(2);
        assertThat(regisseur.at("/results/0/casussen/0/titel").asText()).isNotBlank();
        JsonNode transformaatje = als("leeuwarden-transformaatje")
                .get("/api/gemeenten/leeuwarden/signalen?sorteer=gewicht").json();
        assertThat(transformaatje.at("/results/0/casussen/0/id").asText())
                .isEqualTo(regisseur.at("/results/0/casussen/0/id").asText());
        assertThat(transformaatje.at("/results/0/casussen/0/titel").isNull()).isTrue();

        JsonNode opgelost = als("leeuwarden-transformaatje")
                .get("/api/gemeenten/leeuwarden/signalen?status=opgelost").json();
        assertThat(opgelost.at("/results/0/regel").asText()).contains("Spoedaanvraag bijzondere bijstand");
        assertThat(opgelost.at("/results/0/antwoord").asText()).contains("twee werkdagen");
        assertProblem(als("utrecht-regisseur").get(SIGNALEN + "?sorteer=grootte"), 400);
    }

    @Test
    void eenRegelDieKneltVerzameltCasussenEnKrijgtEenAntwoord() {
        Api regisseur = als("utrecht-regisseur");
        JsonNode casussen = regisseur.get("/api/gemeenten/utrecht/casussen?pageSize=100").json().path("results");
        String eerste = casussen.get(0).path("id").asText();
        String tweede = casussen.get(1).path("id").asText();

        Api.Antwoord gemeld = regisseur.post(SIGNALEN, Map.of("regel", "Bijzondere bijstand: eerst alle "
                + "voorliggende voorzieningen", "organisatie", "Werk & Inkomen", "omschrijving",
                "Een spoedaanvraag wacht op een besluit van het UWV dat weken duurt.", "casusIds", List.of(eerste)));
        assertThat(gemeld.status()).as(gemeld.body()).isEqualTo(201);
        String pad = SIGNALEN + "/" + gemeld.json().path("id").asText();
        assertThat(gemeld.json().path("status").asText()).isEqualTo("nieuw");
        assertThat(gemeld.json().path("gewicht").asInt()).isEqualTo(1);

        // the beheerder links a second casus, twice: the weight counts it once
        Api beheerder = als("utrecht-beheerder");
        assertThat(beheerder.post(pad + "/casussen", Map.of("casusId", tweede)).json().path("gewicht").asInt())
                .isEqualTo(2);
        Api.Antwoord nogEens = beheerder.post(pad + "/casussen", Map.of("casusId", tweede));
        assertThat(nogEens.status()).isEqualTo(200);
        assertThat(nogEens.json().path("gewicht").asInt()).isEqualTo(2);
        assertThat(regisseur.get("/api/gemeenten/utrecht/casussen/" + tweede + "/signalen").json()
                .path("results").findValuesAsText("id")).contains(gemeld.json().path("id").asText());

        // the rules of the status: no answer, no opgelost; not straight from nieuw
        Api.Antwoord teVroeg = regisseur.post(pad + "/status", Map.of("status", "opgelost", "antwoord", "Klaar"));
        assertProblem(teVroeg, 409);
        assertThat(teVroeg.json().path("detail").asText()).contains("in_behandeling, geagendeerd");
        assertThat(regisseur.post(pad + "/status", Map.of("status", "in_behandeling", "reden", "Trekker W&I "
                + "zoekt het uit")).status()).isEqualTo(200);
        Api.Antwoord zonderAntwoord = regisseur.post(pad + "/status", Map.of("status", "opgelost"));
        assertProblem(zonderAntwoord, 400);
        assertThat(invalidParam(zonderAntwoord, "antwoord").path("code").asText()).isEqualTo("verplicht");
        assertProblem(als("utrecht-tafellid").post(pad + "/status", Map.of("status", "geagendeerd")), 403);
        Api.Antwoord opgelost = beheerder.post(pad + "/status", Map.of("status", "opgelost", "antwoord",
                "Bij een onderbouwing van het buurtteam wordt bijzondere bijstand als voorschot verstrekt."));
        assertThat(opgelost.status()).as(opgelost.body()).isEqualTo(200);
        JsonNode historie = opgelost.json().path("historie");
        assertThat(historie.size()).isEqualTo(3);
        assertThat(historie.get(2).path("door").asText()).isEqualTo("utrecht-beheerder");
        assertThat(historie.get(2).path("antwoord").asText()).startsWith("Bij een onderbouwing");

        // the text changes with If-Match; the status does not change that way
        JsonNode huidig = regisseur.get(pad).json();
        Map<String, Object> tekst = Map.of("regel", "Voorliggende voorziening bij bijzondere bijstand",
                "organisatie", "Werk & Inkomen", "omschrijving", huidig.path("omschrijving").asText());
        assertProblem(regisseur.verstuur("PUT", pad, tekst, Map.of()), 428);
        Api.Antwoord vervangen = regisseur.verstuur("PUT", pad, tekst,
                Map.of("If-Match", "\"" + huidig.path("versie").asLong() + "\""));
        assertThat(vervangen.status()).as(vervangen.body()).isEqualTo(200);
        assertThat(vervangen.json().path("status").asText()).isEqualTo("opgelost");
        assertProblem(regisseur.verstuur("PUT", pad, tekst,
                Map.of("If-Match", "\"" + huidig.path("versie").asLong() + "\"")), 409);

        Api.Antwoord los = regisseur.verstuur(regisseur.request(pad + "/casussen/" + tweede).DELETE(), Map.of());
        assertThat(los.status()).as(los.body()).isEqualTo(200);
        assertThat(los.json().path("gewicht").asInt()).isEqualTo(1);
        assertProblem(regisseur.verstuur(regisseur.request(pad + "/casussen/" + tweede).DELETE(), Map.of()), 404);
    }

    @Test
    void casussenVanAnderenBestaanNietVoorEenSignaal() {
        String leeuwarden = als("leeuwarden-regisseur").get("/api/gemeenten/leeuwarden/casussen").json()
                .at("/results/0/id").asText();
        Api.Antwoord elders = als("utrecht-regisseur").post(SIGNALEN, Map.of("regel", "r", "organisatie", "CJIB",
                "omschrijving", "o", "casusIds", List.of(leeuwarden)));
        assertProblem(elders, 400);
        Api.Antwoord nergens = als("utrecht-regisseur").post(SIGNALEN, Map.of("regel", "r", "organisatie", "CJIB",
                "omschrijving", "o", "casusIds", List.of("00000000-0000-0000-0000-000000000000")));
        assertThat(invalidParam(elders, "casusIds.0").path("reason").asText().replace(leeuwarden, "X")).isEqualTo(
                invalidParam(nergens, "casusIds.0").path("reason").asText().replace("00000000-0000-0000-0000-000000000000", "X"));

        // the tafellid links only casussen of his own tafel
        Api regisseur = als("utrecht-regisseur");
        Api tafellid = als("utrecht-tafellid");
        String eigenTafel = tafellid.get("/api/gemeenten/utrecht/casussen").json().at("/results/0/tafelId").asText();
        String andere = null;
        for (JsonNode c : regisseur.get("/api/gemeenten/utrecht/casussen?pageSize=100").json().path("results")) {
            if (!c.path("tafelId").asText().equals(eigenTafel)) {
                andere = c.path("id").asText();
            }
        }
        assertThat(andere).isNotNull();
        assertProblem(tafellid.post(SIGNALEN, Map.of("regel", "r", "organisatie", "CJIB", "omschrijving", "o",
                "casusIds", List.of(andere))), 400);
        assertProblem(tafellid.get("/api/gemeenten/utrecht/casussen/" + andere + "/signalen"), 404);
        // another gemeente's signalen: 404, platform-wide roles: 403
        String signaal = regisseur.get(SIGNALEN).json().at("/results/0/id").asText();
        assertProblem(als("eindhoven-regisseur").get(SIGNALEN + "/" + signaal), 404);
        assertProblem(als("eindhoven-regisseur").get("/api/gemeenten/eindhoven/signalen/" + signaal), 404);
        assertProblem(als("rijk-szw").get(SIGNALEN), 403);
        assertProblem(als("platformbeheerder").post(SIGNALEN, Map.of("regel", "r")), 403);
    }

    @Test
    void deRoutesStaanInDeOpenApiBeschrijving() {
        JsonNode paden = platform.api().get("/api/openapi.json").json().path("paths");
        for (String p : List.of("/api/gemeenten/{gemeente}/contacten", "/api/gemeenten/{gemeente}/contacten/trekkers",
                "/api/gemeenten/{gemeente}/contacten/{id}", "/api/gemeenten/{gemeente}/contacten/{id}/tafels",
                "/api/gemeenten/{gemeente}/signalen",
                "/api/gemeenten/{gemeente}/signalen/{id}/status", "/api/gemeenten/{gemeente}/signalen/{id}/casussen",
                "/api/gemeenten/{gemeente}/signalen/{id}/casussen/{casusId}",
                "/api/gemeenten/{gemeente}/casussen/{id}/signalen")) {
            assertThat(paden.has(p)).as(p).isTrue();
        }
    }
}
