package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 11, point 4, over HTTP against the real {@code bin/doorbraak}: the four things that happened before the
 * mandate was a right, each refused now, next to what stays allowed. A UWV deelnemer without a money mandate spends
 * €800; one besluit draws 22 uitgaven totalling €650 against a €300 mandate; a besluit is recorded at a bijeenkomst
 * two days ahead with nobody present; a casus is closed as doorbraak with a bestuur escalatie open.
 */
class MandaatIT {

    static Platform platform;
    static Api regisseur;
    static Api beheerder;
    static Api tafellid;
    static String overvecht;
    static String tafel;
    static String potje;
    static final String G = "/api/gemeenten/utrecht";
    /** The day the core reckons with: a bijeenkomst has taken place when its date is not after it. */
    static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    static final List<String> IEDEREEN = List.of("Sandra Bakker", "Joost van Leeuwen", "Marieke de Vries");

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
        regisseur = platform.api().als("utrecht-regisseur");
        beheerder = platform.api().als("utrecht-beheerder");
        tafellid = platform.api().als("utrecht-tafellid");
        for (JsonNode t : regisseur.get(G + "/tafels").json().path("results")) {
            if (t.path("naam").asText().equals("Doorbraaktafel Overvecht")) {
                overvecht = t.path("id").asText();
            }
        }
        assertThat(overvecht).as("demo-tafel Overvecht").isNotNull();
        // a tafel as in the report: UWV without a money mandate, the buurtteam with €300 of the potje
        Api.Antwoord t = beheerder.post(G + "/tafels", Map.of("naam", "Mandaattafel", "variant", "standaard",
                "deelnemers", List.of(
                        Map.of("naam", "Sandra Bakker", "organisatie", "UWV", "mandaat",
                                "Herbeoordeling met voorrang"),
                        Map.of("naam", "Joost van Leeuwen", "organisatie", "Buurtteam", "mandaat",
                                "Voorkom Erger Potje tot € 300", "mandaatBedrag", 300),
                        Map.of("naam", "Marieke de Vries", "organisatie", "Woningcorporatie", "mandaat",
                                "Huurachterstand bevriezen", "mandaatBedrag", 2500))));
        assertThat(t.status()).as(t.body()).isEqualTo(201);
        tafel = t.json().path("id").asText();
        Api.Antwoord p = beheerder.post(G + "/potjes", Map.of("naam", "Potje mandaattafel", "tafelId", tafel,
                "beginsaldo", 5000));
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        potje = p.json().path("id").asText();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** A casus of the tafel on the agenda of today's bijeenkomst, where these deelnemers are present. */
    static String[] geagendeerd(String tafelId, String titel, List<String> aanwezigen) {
        Api.Antwoord c = regisseur.post(G + "/casussen", Map.of("tafelId", tafelId, "titel", titel,
                "hulpvraag", "Huurachterstand; het UWV-besluit laat op zich wachten.", "variantData",
                Map.of("urgentie", "hoog")));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        String id = c.json().path("id").asText();
        assertThat(regisseur.post(G + "/casussen/" + id + "/status", Map.of("status", "in_voorbereiding")).status())
                .isEqualTo(200);
        Api.Antwoord b = regisseur.post(G + "/bijeenkomsten", Map.of("tafelId", tafelId, "datum",
                VANDAAG.toString(), "aanwezigen", aanwezigen));
        assertThat(b.status()).as(b.body()).isEqualTo(201);
        String bijeenkomst = b.json().path("id").asText();
        Api.Antwoord agenda = regisseur.post(G + "/bijeenkomsten/" + bijeenkomst + "/agenda", Map.of("casusId", id));
        assertThat(agenda.status()).as(agenda.body()).isEqualTo(200);
        return new String[] { id, bijeenkomst };
    }

    static Map<String, Object> besluit(String bijeenkomstId, Map<String, Object> uitgave, String... wie) {
        Map<String, Object> m = new HashMap<>(Map.of("soort", "doorbraak", "omschrijving",
                "Ontruiming opgeschort; huurachterstand uit het potje", "deelnemers", List.of(wie),
                "waardendriehoek", Map.of("legitimiteit", "Hardheidsclausule art. 4:84 Awb", "rendement",
                        "Ontruiming voorkomen", "rendementBedrag", 45000, "betrokkenheid",
                        "Mevrouw stelde het plan zelf voor")));
        if (bijeenkomstId != null) {
            m.put("bijeenkomstId", bijeenkomstId);
        }
        if (uitgave != null) {
            m.put("uitgave", uitgave);
        }
        return m;
    }

    static Map<String, Object> uitgave(Object bedrag) {
        return Map.of("potjeId", potje, "bedrag", bedrag, "omschrijving", "huurachterstand");
    }

    static List<String> velden(Api.Antwoord a) {
        List<String> l = new ArrayList<>();
        a.json().path("invalidParams").forEach(p -> l.add(p.path("name").asText() + ":" + p.path("code").asText()));
        return l;
    }

    static BigDecimal saldo() {
        return regisseur.get(G + "/potjes/" + potje).json().path("saldo").decimalValue();
    }

    static BigDecimal uitgegevenBij(String besluitId) {
        BigDecimal som = BigDecimal.ZERO;
        for (JsonNode u : regisseur.get(G + "/besluiten/" + besluitId).json().path("uitgaven")) {
            som = som.add(u.path("bedrag").decimalValue());
        }
        return som;
    }

    static void isProbleem(Api.Antwoord a, int status) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void eenUwvDeelnemerZonderGeldmandaatGeeftGeen800Uit() {
        String[] k = geagendeerd(tafel, "UWV zonder geldmandaat", IEDEREEN);
        String besluiten = G + "/casussen/" + k[0] + "/besluiten";
        BigDecimal voor = saldo();

        // in the besluit itself: 400 on the amount, and nothing of the besluit is recorded
        Api.Antwoord inBesluit = regisseur.post(besluiten, besluit(k[1], uitgave(800), "Sandra Bakker"));
        isProbleem(inBesluit, 400);
        assertThat(velden(inBesluit)).containsExactly("uitgave.bedrag:mandaat");
        assertThat(inBesluit.json().path("invalidParams").get(0).path("reason").asText())
                .contains("mandaat voor geld", "Sandra Bakker, UWV", "€ 800,00");
        assertThat(regisseur.get(besluiten).json().path("count").asInt()).isZero();

        // afterwards, on a besluit she took: the same refusal
        Api.Antwoord vanSandra = regisseur.post(besluiten, besluit(k[1], null, "Sandra Bakker"));
        assertThat(vanSandra.status()).as(vanSandra.body()).isEqualTo(201);
        Api.Antwoord achteraf = regisseur.post(G + "/potjes/" + potje + "/uitgaven", Map.of("besluitId",
                vanSandra.json().path("id").asText(), "bedrag", 800, "omschrijving", "huurachterstand"));
        isProbleem(achteraf, 400);
        assertThat(velden(achteraf)).containsExactly("bedrag:mandaat");
        assertThat(saldo()).isEqualByComparingTo(voor);

        // within the mandate of who decides it, it is spent
        Api.Antwoord binnen = regisseur.post(besluiten, besluit(k[1], uitgave(250), "Sandra Bakker",
                "Joost van Leeuwen"));
        assertThat(binnen.status()).as(binnen.body()).isEqualTo(201);
        assertThat(saldo()).isEqualByComparingTo(voor.subtract(new BigDecimal("250")));
    }

    @Test
    void tweeentwintigUitgavenBijEenBesluitBlijvenBinnenHetMandaatVan300() {
        String[] k = geagendeerd(tafel, "Tweeëntwintig uitgaven", IEDEREEN);
        Api.Antwoord b = regisseur.post(G + "/casussen/" + k[0] + "/besluiten", besluit(k[1], null,
                "Joost van Leeuwen"));
        assertThat(b.status()).as(b.body()).isEqualTo(201);
        String besluit = b.json().path("id").asText();

        // what happened: 22 uitgaven totalling €650 (20 × €30 and 2 × €25) against Joost's €300
        Map<Integer, Integer> perStatus = new HashMap<>();
        for (int i = 0; i < 22; i++) {
            Api.Antwoord u = regisseur.post(G + "/potjes/" + potje + "/uitgaven", Map.of("besluitId", besluit,
                    "bedrag", i < 20 ? 30 : 25, "omschrijving", "noodgeval " + (i + 1)));
            perStatus.merge(u.status(), 1, Integer::sum);
            if (u.status() == 409) {
                isProbleem(u, 409);
                assertThat(u.json().path("detail").asText()).contains("€ 300,00", "Joost van Leeuwen",
                        "niets vastgelegd");
            }
        }
        assertThat(perStatus).containsOnlyKeys(201, 409).containsEntry(201, 10).containsEntry(409, 12);
        assertThat(uitgegevenBij(besluit)).isEqualByComparingTo("300");

        // exactly the grant is allowed, one cent more is not
        String tweede = regisseur.post(G + "/casussen/" + k[0] + "/besluiten", besluit(k[1], uitgave(299.99),
                "Joost van Leeuwen")).json().path("id").asText();
        assertThat(regisseur.post(G + "/potjes/" + potje + "/uitgaven", Map.of("besluitId", tweede, "bedrag", 0.01))
                .status()).isEqualTo(201);
        assertThat(uitgegevenBij(tweede)).isEqualByComparingTo("300.00");
        isProbleem(regisseur.post(G + "/potjes/" + potje + "/uitgaven", Map.of("besluitId", tweede, "bedrag",
                0.01)), 409);
        assertThat(uitgegevenBij(tweede)).isEqualByComparingTo("300.00");
    }

    @Test
    void gelijktijdigeUitgavenBijEenBesluitKomenSamenNietBovenHetMandaat() throws Exception {
        String[] k = geagendeerd(tafel, "Veertig tegelijk", IEDEREEN);
        String besluit = regisseur.post(G + "/casussen/" + k[0] + "/besluiten", besluit(k[1], null,
                "Joost van Leeuwen")).json().path("id").asText();
        BigDecimal voor = saldo();

        int aantal = 40;
        ExecutorService pool = Executors.newFixedThreadPool(aantal);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Api.Antwoord>> uit = new ArrayList<>();
        Map<Integer, Integer> perStatus = new HashMap<>();
        try {
            for (int i = 0; i < aantal; i++) {
                uit.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return regisseur.post(G + "/potjes/" + potje + "/uitgaven",
                            Map.of("besluitId", besluit, "bedrag", 10, "omschrijving", "noodgeval"));
                }, pool));
            }
            start.countDown();
            for (CompletableFuture<Api.Antwoord> f : uit) {
                Api.Antwoord a = f.get();
                perStatus.merge(a.status(), 1, Integer::sum);
                if (a.status() != 201) {
                    isProbleem(a, 409);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // €300 in uitgaven of €10: exactly 30 went through, however the 40 arrived
        assertThat(perStatus).containsEntry(201, 30).containsEntry(409, 10);
        assertThat(uitgegevenBij(besluit)).isEqualByComparingTo("300");
        assertThat(saldo()).isEqualByComparingTo(voor.subtract(new BigDecimal("300")));
    }

    @Test
    void eenBesluitOpEenBijeenkomstOverTweeDagenZonderAanwezigenWordtGeweigerd() {
        String[] k = geagendeerd(tafel, "Te vroeg", List.of("Joost van Leeuwen", "Marieke de Vries"));
        String besluiten = G + "/casussen/" + k[0] + "/besluiten";
        Api.Antwoord later = regisseur.post(G + "/bijeenkomsten", Map.of("tafelId", tafel, "datum",
                VANDAAG.plusDays(2).toString()));
        assertThat(later.status()).as(later.body()).isEqualTo(201);

        Api.Antwoord teVroeg = regisseur.post(besluiten, besluit(later.json().path("id").asText(), null,
                "Marieke de Vries"));
        isProbleem(teVroeg, 409);
        assertThat(teVroeg.json().path("detail").asText()).contains("nog niet geweest",
                VANDAAG.plusDays(2).toString());
        // at today's bijeenkomst, someone who was not there does not decide
        Api.Antwoord afwezig = regisseur.post(besluiten, besluit(k[1], null, "Marieke de Vries", "Sandra Bakker"));
        isProbleem(afwezig, 400);
        assertThat(velden(afwezig)).containsExactly("deelnemers.1:afwezig");
        assertThat(afwezig.json().path("invalidParams").get(0).path("reason").asText()).contains("Sandra Bakker",
                "niet aanwezig");
        assertThat(regisseur.get(besluiten).json().path("count").asInt()).isZero();

        // who was there, at a bijeenkomst that took place: recorded
        Api.Antwoord goed = regisseur.post(besluiten, besluit(k[1], null, "Marieke de Vries", "Joost van Leeuwen"));
        assertThat(goed.status()).as(goed.body()).isEqualTo(201);
        assertThat(goed.json().path("bijeenkomstId").asText()).isEqualTo(k[1]);
        // and the bijeenkomst keeps them among its aanwezigen
        JsonNode bij = regisseur.get(G + "/bijeenkomsten/" + k[1]).json();
        Api.Antwoord weg = regisseur.verstuur("PUT", G + "/bijeenkomsten/" + k[1], Map.of("datum", VANDAAG.toString(),
                "aanwezigen", List.of("Marieke de Vries")), Map.of("If-Match", "\"" + bij.path("versie").asLong()
                        + "\""));
        isProbleem(weg, 409);
        assertThat(weg.json().path("detail").asText()).contains("Joost van Leeuwen");
    }

    @Test
    void eenCasusMetEenOpenBestuursescalatieSluitNietAlsDoorbraak() {
        // on Overvecht, where the demo tafellid sits
        String[] k = geagendeerd(overvecht, "Bestuur kijkt nog", List.of("Marieke de Vries", "Joost van Leeuwen"));
        String casus = G + "/casussen/" + k[0];
        assertThat(regisseur.post(casus + "/besluiten", besluit(k[1], null, "Marieke de Vries")).status())
                .isEqualTo(201);
        Api.Antwoord e = regisseur.post(casus + "/escalaties", Map.of("niveau", "bestuur", "reden",
                "De regel voor de kostendelersnorm knelt bij meer gezinnen; het bestuur moet hem bekijken."));
        assertThat(e.status()).as(e.body()).isEqualTo(201);
        Map<String, Object> sluiten = new HashMap<>(Map.of("status", "afgesloten", "resultaat", "doorbraak",
                "reden", "Woonlasten weer betaalbaar"));

        Api.Antwoord dicht = regisseur.post(casus + "/status", sluiten);
        isProbleem(dicht, 409);
        assertThat(dicht.json().path("detail").asText()).contains("escalatie op niveau 'bestuur'",
                "ondanksOpenstaand");
        assertThat(regisseur.get(casus).json().path("status").asText()).isEqualTo("besloten");

        // the tafellid of Overvecht cannot override; the casusregisseur can, with a reason
        sluiten.put("ondanksOpenstaand", true);
        Api.Antwoord alsTafellid = tafellid.post(casus + "/status", sluiten);
        isProbleem(alsTafellid, 403);
        assertThat(alsTafellid.json().path("detail").asText()).contains("casusregisseur");
        Map<String, Object> zonderReden = new HashMap<>(sluiten);
        zonderReden.remove("reden");
        isProbleem(regisseur.post(casus + "/status", zonderReden), 400);
        assertThat(regisseur.get(casus).json().path("status").asText()).isEqualTo("besloten");

        sluiten.put("reden", "Woonlasten weer betaalbaar; de escalatie gaat over de regel, niet meer over deze inwoner");
        Api.Antwoord toch = regisseur.post(casus + "/status", sluiten);
        assertThat(toch.status()).as(toch.body()).isEqualTo(200);
        assertThat(toch.json().path("resultaat").asText()).isEqualTo("doorbraak");
        JsonNode historie = toch.json().path("historie");
        assertThat(historie.get(historie.size() - 1).path("door").asText()).isEqualTo("utrecht-regisseur");
        String audittrail = regisseur.get(casus + "/audittrail").body();
        assertThat(audittrail).contains("ondanksOpenstaand", "escalatie op niveau 'bestuur'",
                "de escalatie gaat over de regel");
    }

    @Test
    void hetNieuweVeldStaatInHetOpenApiDocument() {
        JsonNode schema = platform.api().get("/api/openapi.json").json().path("components").path("schemas")
                .path("StatusVerzoek").path("properties").path("ondanksOpenstaand");
        assertThat(schema.path("type").asText()).isEqualTo("boolean");
        assertThat(schema.path("description").asText()).contains("casusregisseur");
    }
}
