package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.SignaalVolgorde;
import nl.doorbraak.web.TestServer.Antw;

/** Signalen: melden met casussen, wie titels ziet, status en antwoord, (ont)koppelen, per casus. */
class SignaalTest {

    static TestServer server;
    static final String SIGNALEN = "/api/gemeenten/utrecht/signalen";
    static final String R = "utrecht-regisseur";
    static final String T = "utrecht-tafellid";
    /** Casus aan de tafel van het tafellid (t-u1) en een aan een andere tafel (t-u2). */
    static String eigen;
    static String andere;
    static String leeuwarden;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
        eigen = casus("utrecht", "t-u1", "Zoon mag niet thuis wonen");
        andere = casus("utrecht", "t-u2", "Dochter van 21 terug naar huis");
        leeuwarden = casus("leeuwarden", "t-l1", "CJIB en DUO stapelen");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static String casus(String gemeente, String tafel, String titel) {
        return server.casussen.maak(Nep.SYSTEEM, gemeente, new NieuweCasus(tafel, titel, "Hulp", new Inwoner(null, "A.B."), null,
                List.of(), Map.of())).id();
    }

    static Antw meld(String gebruiker, String... casusIds) {
        String ids = String.join("\",\"", casusIds);
        return server.jsonAls(gebruiker, "POST", SIGNALEN, """
                {"regel":"Kostendelersnorm in de bijstand","organisatie":"Werk & Inkomen",
                 "omschrijving":"Een meerderjarig kind dat thuis woont verlaagt de bijstand.",
                 "casusIds":[%s]}""".formatted(casusIds.length == 0 ? "" : "\"" + ids + "\""));
    }

    @Test
    void meldenMetCasussenEnTitelsAlleenVoorWieDeCasusZiet() {
        Antw a = meld(R, eigen, andere);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        JsonNode s = a.json();
        String id = s.get("id").asText();
        assertThat(a.header("Location")).isEqualTo(server.publiek + SIGNALEN + "/" + id);
        assertThat(a.header("ETag")).isEqualTo("\"1\"");
        assertThat(s.get("status").asText()).isEqualTo("nieuw");
        assertThat(s.get("gewicht").asInt()).isEqualTo(2);
        assertThat(s.at("/historie/0/naar").asText()).isEqualTo("nieuw");
        assertThat(s.at("/casussen/0/titel").asText()).isEqualTo("Zoon mag niet thuis wonen");
        assertThat(s.at("/casussen/0/gekoppeldDoor").asText()).isEqualTo(R);

        // the tafellid sees the title of a casus at his own tafel only
        JsonNode tafellid = server.getAls(T, SIGNALEN + "/" + id).json();
        assertThat(tafellid.at("/casussen/0/titel").asText()).isEqualTo("Zoon mag niet thuis wonen");
        assertThat(tafellid.at("/casussen/1/id").asText()).isEqualTo(andere);
        assertThat(tafellid.at("/casussen/1/titel").isNull()).isTrue();
        // the gemeentebeheerder sees the ids and the weight, no casus contents
        JsonNode beheerder = server.getAls("utrecht-beheerder", SIGNALEN + "/" + id).json();
        assertThat(beheerder.get("gewicht").asInt()).isEqualTo(2);
        assertThat(beheerder.at("/casussen/0/titel").isNull()).isTrue();
        assertThat(beheerder.at("/casussen/1/titel").isNull()).isTrue();
    }

    @Test
    void eenTafellidKoppeltAlleenCasussenDieHijZiet() {
        Antw anders = meld(T, andere);
        assertThat(anders.status()).isEqualTo(400);
        assertThat(anders.json().at("/invalidParams/0/name").asText()).isEqualTo("casusIds.0");
        // the same words as for a casus that does not exist
        Antw nergens = meld(T, "c-9999");
        assertThat(nergens.json().at("/invalidParams/0/reason").asText().replace("c-9999", "X"))
                .isEqualTo(anders.json().at("/invalidParams/0/reason").asText().replace(andere, "X"));

        String id = meld(T, eigen).json().get("id").asText();
        String koppel = SIGNALEN + "/" + id + "/casussen";
        assertThat(server.jsonAls(T, "POST", koppel, "{\"casusId\":\"" + andere + "\"}").status()).isEqualTo(400);
        assertThat(server.verzoek("DELETE", koppel + "/" + andere, null, "Authorization", TestServer.basic(T))
                .status()).isEqualTo(404);
        // a casus of another gemeente is just as unknown
        Antw elders = server.jsonAls(R, "POST", koppel, "{\"casusId\":\"" + leeuwarden + "\"}");
        assertThat(elders.status()).isEqualTo(400);
        assertThat(elders.json().at("/invalidParams/0/code").asText()).isEqualTo("onbekend");
    }

    @Test
    void koppelenIsIdempotentEnOntkoppelenKan() {
        String id = meld(R).json().get("id").asText();
        String koppel = SIGNALEN + "/" + id + "/casussen";
        Antw eerste = server.jsonAls("utrecht-beheerder", "POST", koppel, "{\"casusId\":\"" + andere + "\"}");
        assertThat(eerste.status()).as(eerste.body()).isEqualTo(200);
        assertThat(eerste.json().get("gewicht").asInt()).isEqualTo(1);
        Antw tweede = server.jsonAls("utrecht-beheerder", "POST", koppel, "{\"casusId\":\"" + andere + "\"}");
        assertThat(tweede.status()).isEqualTo(200);
        assertThat(tweede.json().get("gewicht").asInt()).isEqualTo(1);
        assertThat(tweede.header("ETag")).isEqualTo(eerste.header("ETag"));
        assertThat(server.jsonAls(R, "POST", koppel, "{\"casusId\":7}").status()).isEqualTo(400);

        Antw los = server.verzoek("DELETE", koppel + "/" + andere, null, "Authorization", TestServer.basic(R));
        assertThat(los.status()).as(los.body()).isEqualTo(200);
        assertThat(los.json().get("gewicht").asInt()).isZero();
        assertThat(server.verzoek("DELETE", koppel + "/" + andere, null, "Authorization", TestServer.basic(R))
                .status()).isEqualTo(404);
    }

    @Test
    void statusEnAntwoordDoorRegisseurEnBeheerder() {
        String id = meld(R).json().get("id").asText();
        String status = SIGNALEN + "/" + id + "/status";
        Antw illegaal = server.jsonAls(R, "POST", status, "{\"status\":\"opgelost\",\"antwoord\":\"Klaar\"}");
        assertThat(illegaal.status()).isEqualTo(409);
        assertThat(illegaal.json().get("detail").asText()).contains("nieuw").contains("opgelost");
        assertThat(server.jsonAls(R, "POST", status, "{\"status\":\"weg\"}").status()).isEqualTo(400);
        assertThat(server.jsonAls(T, "POST", status, "{\"status\":\"in_behandeling\"}").status()).isEqualTo(403);

        Antw opgepakt = server.jsonAls(R, "POST", status, "{\"status\":\"in_behandeling\",\"reden\":\"Opgepakt\"}",
                "If-Match", "\"1\"");
        assertThat(opgepakt.status()).as(opgepakt.body()).isEqualTo(200);
        assertThat(server.jsonAls(R, "POST", status, "{\"status\":\"opgelost\",\"antwoord\":\"x\"}", "If-Match",
                "\"1\"").status()).isEqualTo(409);
        Antw zonderAntwoord = server.jsonAls("utrecht-beheerder", "POST", status, "{\"status\":\"opgelost\"}");
        assertThat(zonderAntwoord.status()).isEqualTo(400);
        assertThat(zonderAntwoord.json().at("/invalidParams/0/name").asText()).isEqualTo("antwoord");
        Antw opgelost = server.jsonAls("utrecht-beheerder", "POST", status,
                "{\"status\":\"opgelost\",\"antwoord\":\"Hardheidsclausule toegepast\"}");
        assertThat(opgelost.status()).isEqualTo(200);
        assertThat(opgelost.json().get("antwoord").asText()).isEqualTo("Hardheidsclausule toegepast");
        assertThat(opgelost.json().at("/historie/2/antwoord").asText()).isEqualTo("Hardheidsclausule toegepast");
    }

    @Test
    void tekstWijzigenMetIfMatchMaarNietDeStatus() {
        JsonNode s = meld("utrecht-beheerder").json();
        String pad = SIGNALEN + "/" + s.get("id").asText();
        assertThat(server.jsonAls(R, "PUT", pad, s.toString()).status()).isEqualTo(428);
        // round trip GET → PUT with a new text
        Antw goed = server.jsonAls(T, "PUT", pad, s.toString().replace("Kostendelersnorm in de bijstand",
                "Kostendelersnorm (art. 22a Participatiewet)"), "If-Match", "\"1\"");
        assertThat(goed.status()).as(goed.body()).isEqualTo(200);
        assertThat(goed.json().get("regel").asText()).isEqualTo("Kostendelersnorm (art. 22a Participatiewet)");
        Antw status = server.jsonAls(R, "PUT", pad, "{\"regel\":\"r\",\"organisatie\":\"o\",\"omschrijving\":\"o\","
                + "\"status\":\"opgelost\"}", "If-Match", "\"2\"");
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.json().at("/invalidParams/0/code").asText()).isEqualTo("alleenLezen");
    }

    @Test
    void lijstEnSignalenVanEenCasus() {
        meld(R, eigen, andere);
        Antw a = server.getAls("leeuwarden-transformaatje", "/api/gemeenten/leeuwarden/signalen?sorteer=gewicht"
                + "&status=nieuw&organisatie=DUO");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(server.signalen.laatsteFilter.volgorde()).isEqualTo(SignaalVolgorde.GEWICHT);
        assertThat(server.signalen.laatsteFilter.organisatie()).isEqualTo("DUO");
        Antw fout = server.getAls(R, SIGNALEN + "?sorteer=grootte&status=klaar");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.json().get("invalidParams").findValuesAsText("name")).containsExactly("status", "sorteer");

        Antw vanCasus = server.getAls(T, "/api/gemeenten/utrecht/casussen/" + eigen + "/signalen");
        assertThat(vanCasus.status()).as(vanCasus.body()).isEqualTo(200);
        assertThat(vanCasus.json().get("count").asInt()).isPositive();
        // a casus the tafellid cannot see: 404, as for the casus itself
        assertThat(server.getAls(T, "/api/gemeenten/utrecht/casussen/" + andere + "/signalen").status())
                .isEqualTo(404);
        // casus contents: not for the gemeentebeheerder
        assertThat(server.getAls("utrecht-beheerder", "/api/gemeenten/utrecht/casussen/" + eigen + "/signalen")
                .status()).isEqualTo(403);
    }

    @Test
    void rollenEnGemeenten() {
        assertThat(meld("leeuwarden-regisseur").status()).isEqualTo(404);
        assertThat(server.getAls("leeuwarden-regisseur", SIGNALEN).status()).isEqualTo(404);
        assertThat(server.getAls("platformbeheerder", SIGNALEN).status()).isEqualTo(403);
        assertThat(meld("rijk-szw").status()).isEqualTo(403);
        Antw transformaatje = server.jsonAls("leeuwarden-transformaatje", "POST", "/api/gemeenten/leeuwarden/signalen",
                "{\"regel\":\"Spoedaanvraag bijzondere bijstand\",\"organisatie\":\"Werk & Inkomen\","
                        + "\"omschrijving\":\"Tien extra vragen\",\"casusIds\":[\"" + leeuwarden + "\"]}");
        assertThat(transformaatje.status()).as(transformaatje.body()).isEqualTo(201);
        // a transformaatje links, but does not see casus contents
        assertThat(transformaatje.json().at("/casussen/0/titel").isNull()).isTrue();
        assertThat(server.jsonAls(R, "POST", SIGNALEN, "{\"regel\":\"r\",\"status\":\"opgelost\"}").json()
                .get("invalidParams").findValuesAsText("name")).contains("status", "organisatie", "omschrijving");
    }
}
