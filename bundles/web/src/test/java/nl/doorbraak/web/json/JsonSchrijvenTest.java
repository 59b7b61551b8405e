package nl.doorbraak.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.SerializerCache;

import nl.doorbraak.api.domein.Actie;
import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.domein.Besparing;
import nl.doorbraak.api.domein.Kostenregel;
import nl.doorbraak.api.domein.OrganisatieBesparing;
import nl.doorbraak.api.domein.Perspectiefplan;
import nl.doorbraak.api.domein.Rendementsvoorstel;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.toegang.Account;
import nl.doorbraak.api.toegang.Adresblokkade;
import nl.doorbraak.api.toegang.Bron;
import nl.doorbraak.api.toegang.Eenmaligecode;
import nl.doorbraak.api.toegang.NieuwAccountMetCode;
import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.ContactGroep;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.domein.EscalatieWijziging;
import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.GekoppeldeCasus;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Potje;
import nl.doorbraak.api.domein.Rapportage;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.domein.Resultaat;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.domein.SignaalStatusWijziging;
import nl.doorbraak.api.domein.StatusWijziging;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Toezegging;
import nl.doorbraak.api.domein.VariantInfo;
import nl.doorbraak.api.domein.Waardendriehoek;
import nl.doorbraak.api.opslag.Document;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.web.routes.BundleAntwoord;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.routes.RapportageRoutes;

/**
 * De mapper schrijft elk api-record precies zoals de handgeschreven generator-code het deed: dezelfde bytes
 * (veldnamen, volgorde, nulls, bedragen, tijden). Waarden van een plug-in gaan langs de walker en komen nooit in de
 * cache van de mapper.
 */
class JsonSchrijvenTest {

    static final Instant OP = Instant.parse("2026-03-01T09:15:30.123456Z");
    static final Instant ROND = Instant.parse("2026-03-02T10:00:00Z");

    final Json json = new Json();

    /** Wat de handgeschreven code schreef, per naam (vastgelegd voordat die code verdween). */
    static final Map<String, String> VERWACHT = verwacht();

    static Map<String, String> verwacht() {
        try (var in = JsonSchrijvenTest.class.getResourceAsStream("json-schrijven.txt")) {
            Map<String, String> m = new LinkedHashMap<>();
            for (String regel : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!regel.isBlank() && !regel.startsWith("#")) {
                    int spatie = regel.indexOf(' ');
                    m.put(regel.substring(0, spatie), regel.substring(spatie + 1));
                }
            }
            return m;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String nieuw(Object o) throws IOException {
        Json.Buffer b = json.schrijf(o);
        return new String(b.array(), 0, b.size(), StandardCharsets.UTF_8);
    }

    void zelfde(String naam, Object nieuw) throws IOException {
        assertThat(VERWACHT).containsKey(naam);
        assertThat(nieuw(nieuw)).as(naam).isEqualTo(VERWACHT.get(naam));
    }

    static Map<String, Object> variantData() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersie", 2);
        m.put("bedrag", new BigDecimal("1250.50"));
        m.put("klein", new BigDecimal("1E-7"));
        m.put("groot", new BigInteger("123456789012345678901234567890"));
        m.put("komma", 0.1d);
        m.put("nan", Double.NaN);
        m.put("leeg", null);
        m.put("ja", true);
        m.put("lijst", List.of("a", 1L, List.of(), Map.of()));
        m.put("genest", Map.of("x", List.of(Map.of("y", "z"))));
        return m;
    }

    static Casus casus() {
        return new Casus("c-1", "utrecht", "t-1", "standaard", "Titel \"met\" quotes", "Hulp\nvraag",
                new Inwoner("INW-3F9A2C", "J.K."), "wonen", CasusStatus.IN_VOORBEREIDING, null,
                List.of(new StatusWijziging(null, CasusStatus.AANGEMELD, "anna", OP, null),
                        new StatusWijziging(CasusStatus.AANGEMELD, CasusStatus.IN_VOORBEREIDING, "bob", ROND, "reden")),
                List.of(), variantData(), 3, OP, null);
    }

    static Casus casusLeeg() {
        return new Casus("c-2", "utrecht", null, null, null, null, null, null, null, Resultaat.DOORBRAAK, List.of(),
                List.of("UWV", "Gemeente"), null, 0, null, ROND);
    }

    static Deelnemer[] deelnemers() {
        return new Deelnemer[] {new Deelnemer("Anna", "UWV", "beslissen", new BigDecimal("1000.00"), "k-1"),
            new Deelnemer("Bob", "Gemeente", null, null), new Deelnemer("Cor", null, "advies", new BigDecimal("0"))};
    }

    static Tafel tafel() {
        return new Tafel("t-1", "utrecht", "Tafel Noord", "standaard", List.of(deelnemers()), 5, OP, ROND);
    }

    static Contact contact(boolean vol) {
        return vol ? new Contact("k-1", "utrecht", "UWV", "Anna", "teamleider", "beslissen", new BigDecimal("2500"),
                "Noord", "030-1234567", "anna@example.org", true, false, "werk", true, 2, OP, ROND)
                : new Contact("k-2", "utrecht", "Gemeente", "Bob", null, null, null, null, null, null, false, true,
                        null, false, 0, OP, null);
    }

    static Signaal signaal() {
        return new Signaal("s-1", "utrecht", "Participatiewet art. 31", "Gemeente", "Omschrijving",
                SignaalStatus.IN_BEHANDELING, null,
                List.of(new SignaalStatusWijziging(null, SignaalStatus.NIEUW, "anna", OP, null, null),
                        new SignaalStatusWijziging(SignaalStatus.NIEUW, SignaalStatus.IN_BEHANDELING, "bob", ROND,
                                "reden", "antwoord")),
                List.of(new GekoppeldeCasus("c-1", "Titel", "t-1", "anna", OP),
                        new GekoppeldeCasus("c-2", null, null, "bob", ROND)),
                4, OP, null);
    }

    static Gemeente gemeente() {
        return new Gemeente("utrecht", "Utrecht", List.of("standaard", "utrecht-ondernemers"),
                List.of(new Escalatieniveau("directie", "Directie", 10, null),
                        new Escalatieniveau("rijk", "Den Haag", 30, "nl.doorbraak.rijk")),
                84, "donker");
    }

    static Escalatie escalatie() {
        return new Escalatie("e-1", "utrecht", "c-1", "directie", "Directie", 10, "Reden", EscalatieStatus.BEANTWOORD,
                ROND, true, "Antwoord", null, "e-2",
                List.of(new EscalatieWijziging(null, EscalatieStatus.OPEN, "anna", OP, null),
                        new EscalatieWijziging(EscalatieStatus.OPEN, EscalatieStatus.BEANTWOORD, "bob", ROND, "ok")),
                2, OP, "anna", ROND);
    }

    static PluginRechten rechten() {
        return new PluginRechten("nl.x.plugin", "1.0.0", Set.of(Recht.BSN, Recht.OPSLAG, Recht.CASUSSEN,
                Recht.AUDITTRAIL), Set.of(Recht.OPSLAG, Recht.CASUSSEN), List.of("onbekend.b", "onbekend.a"));
    }

    static Bundle bundle(int toestand) {
        return (Bundle) Proxy.newProxyInstance(JsonSchrijvenTest.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (p, m, args) -> switch (m.getName()) {
                    case "getBundleId" -> 12L;
                    case "getSymbolicName" -> "nl.doorbraak.core";
                    case "getVersion" -> new Version("1.2.3.SNAPSHOT");
                    case "getState" -> toestand;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    static PotjeMutatie mutatie() {
        return new PotjeMutatie("p-1", 3, PotjeMutatie.UITGAVE, new BigDecimal("-125.5"), new BigDecimal("874.50"),
                "b-1", "Huur", OP, "anna");
    }

    static Besluit besluit() {
        return new Besluit("b-1", "utrecht", "c-1", "bk-1", BesluitSoort.DOORBRAAK, "Omschrijving",
                new Waardendriehoek("legitiem", "rendement", new BigDecimal("12000.00"), null), List.of(deelnemers()),
                List.of(new Toezegging("UWV", new BigDecimal("300"), "Huur"), new Toezegging("Gemeente", null, null)),
                List.of(mutatie()), null, "b-2", OP, "anna");
    }

    @Test
    void domeintypen() throws IOException {
        Casus c = casus();
        zelfde("casus", c);
        Casus l = casusLeeg();
        zelfde("casusLeeg", l);
        Tafel t = tafel();
        zelfde("tafel", t);
        Tafel t0 = new Tafel("t-0", "utrecht", "Leeg", null, List.of(), 0, OP, null);
        zelfde("tafelLeeg", t0);
        Contact k = contact(true);
        zelfde("contact", k);
        Contact k2 = contact(false);
        zelfde("contactLeeg", k2);
        ContactGroep groep = new ContactGroep("UWV", null, List.of(k, k2), List.of());
        zelfde("contactGroep", groep);
        Signaal s = signaal();
        zelfde("signaal", s);
        Gemeente gem = gemeente();
        zelfde("gemeente", gem);
        Escalatieniveau n = gem.escalatieniveaus().get(1);
        zelfde("escalatieniveau", n);
        Escalatie e = escalatie();
        zelfde("escalatie", e);
        Gebruiker u = new Gebruiker("anna", "Anna de Vries", "utrecht", Set.of(Rol.TAFELLID, Rol.CASUSREGISSEUR,
                Rol.PLATFORMBEHEERDER), Set.of("t-9", "t-1", "t-10"));
        zelfde("gebruiker", u);
        Gebruiker u0 = new Gebruiker("rijk", null, null, Set.of(), null);
        zelfde("gebruikerLeeg", u0);
        VeldFout f = new VeldFout("deelnemers.0.naam", "verplicht", "Geef een naam.");
        zelfde("veldFout", f);
    }

    @Test
    void platform() throws IOException {
        VariantInfo v = new VariantInfo("standaard", "Standaard", "nl.doorbraak.standaard", "1.0.0", 2, "actief");
        PluginRechten r = rechten();
        zelfde("variant", VariantAntwoord.van(v, r));
        zelfde("variantZonderRechten", VariantAntwoord.van(v, null));
        PluginRechten leeg = new PluginRechten("b", "1", Set.of(), Set.of(), List.of());
        zelfde("variantLegeRechten", VariantAntwoord.van(v, leeg));
        for (int toestand : new int[] {Bundle.ACTIVE, Bundle.RESOLVED, Bundle.INSTALLED, Bundle.STARTING,
            Bundle.STOPPING, Bundle.UNINSTALLED}) {
            Bundle b = bundle(toestand);
            zelfde("bundle" + toestand, BundleAntwoord.van(b, toestand == Bundle.ACTIVE ? r : null));
        }
    }

    @Test
    void methode() throws IOException {
        Bijeenkomst bk = new Bijeenkomst("bk-1", "utrecht", "t-1", LocalDate.of(2026, 3, 5), List.of("Casus A", "B"),
                List.of(deelnemers()), "Notitie", 1, OP, null);
        zelfde("bijeenkomst", bk);
        Bijeenkomst bk0 = new Bijeenkomst("bk-0", "utrecht", "t-1", null, List.of(), List.of(), null, 0, OP, ROND);
        zelfde("bijeenkomstLeeg", bk0);
        Besluit b = besluit();
        zelfde("besluit", b);
        Besluit b0 = new Besluit("b-0", "utrecht", "c-1", null, BesluitSoort.REGULIER, null, Waardendriehoek.leeg(),
                List.of(), List.of(), List.of(), "b-9", null, null, null);
        zelfde("besluitLeeg", b0);
        Potje p = new Potje("p-1", "utrecht", "t-1", "Doorbraakpotje", new BigDecimal("874.50"),
                new BigDecimal("1000"), new BigDecimal("125.50"), 2, OP);
        zelfde("potje", p);
        Potje p0 = new Potje("p-0", "utrecht", null, null, null, null, null, 0, null);
        zelfde("potjeLeeg", p0);
        PotjeMutatie m = mutatie();
        zelfde("mutatie", m);
        Actie a = new Actie("a-1", "utrecht", "c-1", "b-1", "Bellen", "UWV", "k-1", "anna", LocalDate.of(2026, 4, 1),
                ROND, "bob", true, 2, OP, "anna");
        zelfde("actie", a);
        Actie a0 = new Actie("a-0", "utrecht", "c-1", null, "Bellen", null, null, null, null, null, null, false, 0,
                OP, null);
        zelfde("actieLeeg", a0);
    }

    @Test
    void lijsten() throws IOException {
        List<Object> results = List.of(casus(), casusLeeg());
        Paginering p = new Paginering(2, 2);
        Paginering.Lijst lijst = p.lijst("https://doorbraak.example/api/gemeenten/utrecht/casussen", 7, results,
                new LinkedHashMap<>(Map.of("status", "in voorbereiding")));
        zelfde("lijst", lijst);
        assertThat(lijst.next()).endsWith("?page=3&pageSize=2&status=in+voorbereiding");
        Paginering.Lijst eerste = new Paginering(1, 20).lijst("https://x/api/tafels", 0, List.of(), Map.of());
        assertThat(nieuw(eerste)).isEqualTo("{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}");
        Paginering.Heel heel = new Paginering.Heel(1, List.of(besluit()));
        zelfde("heel", heel);
    }

    static Account account(boolean vol) {
        return vol ? new Account("anna", "Anna de Vries", "utrecht", Set.of(Rol.TAFELLID, Rol.GEMEENTEBEHEERDER),
                Set.of("t-2", "t-1"), "k-1", Bron.SSO, true, false, true, false, 2, OP, ROND, OP, 7, OP, ROND)
                : new Account("bob", null, null, Set.of(Rol.RIJK), null, null, Bron.LOKAAL, false, true, false, true,
                        0, null, null, null, 0, null, null);
    }

    @Test
    void accountsEnPrivacy() throws IOException {
        Account acc = account(true);
        zelfde("account", acc);
        Account acc0 = account(false);
        zelfde("accountLeeg", acc0);
        Eenmaligecode code = new Eenmaligecode("anna", "ABCD-EFGH", ROND);
        zelfde("code", code);
        zelfde("nieuwAccount", new NieuwAccountMetCode(acc, code));
        // a retry with the same Idempotency-Key: the account without the code
        zelfde("nieuwAccountZonderCode", new NieuwAccountMetCode(acc0, null));
        Adresblokkade b = new Adresblokkade("203.0.113.9", 12, ROND);
        zelfde("adresblokkade", b);
        AuditRegel r = new AuditRegel(9, "utrecht", "c-1", "casus", "c-1", "wijzigen", "anna", OP, List.of(
                new AuditRegel.Veldwijziging("titel", "Oud", "Nieuw"), new AuditRegel.Veldwijziging("bedrag", null,
                        new BigDecimal("12.50")), new AuditRegel.Veldwijziging("data", Map.of("a", List.of(1, 2)),
                                CasusStatus.BESLOTEN)));
        zelfde("auditRegel", r);
        AuditRegel r0 = new AuditRegel(1, null, null, null, null, null, null, ROND, List.of());
        zelfde("auditRegelLeeg", r0);
        Verwerking v = new Verwerking(3, "utrecht", "c-1", "INW-1", Verwerking.LEZEN, "casus", "anna", "tafellid", OP,
                "doorbraaktafel", "art. 6 lid 1 sub e AVG", "nl.doorbraak.plugin.standaard");
        zelfde("verwerking", v);
        Verwerking v0 = new Verwerking(4, null, null, null, null, null, null, null, ROND, null, null);
        zelfde("verwerkingLeeg", v0);
        zelfde("wisresultaat", new nl.doorbraak.api.domein.Wisresultaat("utrecht", 24, OP, 3, 1, true));
    }

    @Test
    void perspectiefplan() throws IOException {
        Perspectiefplan p = new Perspectiefplan("c-1", "utrecht", "Doel", List.of("Stap 1", "Stap 2"),
                List.of(new Kostenregel("UWV", "Uitkering", new BigDecimal("12000"), new BigDecimal("3000.50")),
                        new Kostenregel("Gemeente", "Schuldhulp", null, new BigDecimal("10"))),
                new Besparing(new BigDecimal("12000"), new BigDecimal("3010.50"), new BigDecimal("8989.50"),
                        List.of(new OrganisatieBesparing("UWV", new BigDecimal("12000"), new BigDecimal("3000.50"),
                                new BigDecimal("8999.50")))),
                new Rendementsvoorstel(new BigDecimal("8989.50"), "Tekst"), 2, OP, "anna", ROND, "bob");
        zelfde("perspectiefplan", p);
        Perspectiefplan p0 = new Perspectiefplan("c-2", "utrecht", null, null, null,
                new Besparing(null, null, null, null), new Rendementsvoorstel(null, null), 0, OP, null, null, null);
        zelfde("perspectiefplanLeeg", p0);
    }

    static Rapportage rapportageVol() {
        Map<String, Integer> afgesloten = new LinkedHashMap<>();
        afgesloten.put("doorbraak", 3);
        afgesloten.put("opgelost_zonder_doorbraak", 0);
        afgesloten.put("terugverwezen", 1);
        Map<String, Integer> perNiveau = new LinkedHashMap<>();
        perNiveau.put("directie", 2);
        perNiveau.put("rijk", 0);
        Map<String, Rapportage.SignaalGroep> perStatus = new LinkedHashMap<>();
        perStatus.put("nieuw", new Rapportage.SignaalGroep(2, 5));
        perStatus.put("opgelost", new Rapportage.SignaalGroep(0, 0));
        return new Rapportage("utrecht", 2026, null, Instant.parse("2026-03-01T09:15:30.123Z"),
                new Rapportage.Casussen(12, afgesloten, 8, List.of(new Rapportage.CasusGroep("wonen", 4, 1, 3)),
                        List.of()),
                new Rapportage.Besluiten(3, 5, 1, List.of(new Rapportage.BesluitGroep("wonen", 1, 2,
                        new BigDecimal("1250.50"))), List.of(new Rapportage.BesluitGroep("UWV", 0, 1, null))),
                new Rapportage.Doorlooptijd(4, new BigDecimal("81.0")),
                new Rapportage.Potjes(new BigDecimal("5000"), new BigDecimal("1250.50"), null, List.of(
                        new Rapportage.PotjeCijfers("p-1", "Potje", "t-1", new BigDecimal("5000"),
                                new BigDecimal("1250.50"), 3, new BigDecimal("3749.50")))),
                new Rapportage.Besparing(new BigDecimal("12000.00"), "perspectiefplannen", 2),
                new Rapportage.Acties(3, 1, 7, 4),
                new Rapportage.Escalaties(1, 0, perNiveau),
                new Rapportage.Signalen(perStatus, 2, List.of(new Rapportage.SignaalCijfers("s-1", "Regel", "UWV",
                        "nieuw", 5))));
    }

    static Rapportage rapportageLeeg() {
        return new Rapportage("eindhoven", 2025, "t-9", Instant.parse("2026-01-01T00:00:00Z"),
                new Rapportage.Casussen(0, Map.of(), 0, List.of(), List.of()),
                new Rapportage.Besluiten(0, 0, 0, List.of(), List.of()), new Rapportage.Doorlooptijd(0, null),
                new Rapportage.Potjes(null, null, null, List.of()), new Rapportage.Besparing(null, null, 0),
                new Rapportage.Acties(0, 0, 0, 0), new Rapportage.Escalaties(0, 0, Map.of()),
                new Rapportage.Signalen(Map.of(), 0, List.of()));
    }

    /** De rapportage: afgesloten met totaal, besluiten met totaal, escalaties met begonnen; het platform genest. */
    @Test
    void rapportage() throws IOException {
        zelfde("rapportage", rapportageVol());
        zelfde("rapportageLeeg", rapportageLeeg());
        zelfde("rapportagePlatform", new RapportageRoutes.Platform(2026, List.of(rapportageVol().totalen(),
                rapportageLeeg().totalen())));
    }

    /** Wat een plug-in teruggeeft: de walker, met de api-records die hij kent via de mapper. */
    @Test
    void antwoordVanEenPlugin() throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("casus", casus());
        body.put("signaal", signaal());
        body.put("document", new Document("gesprekken", "d-1", 3, variantData(), 4, OP));
        body.put("pagina", new Pagina<>(11, 2, 5, List.of(tafel(), gemeente())));
        body.put("variant", new VariantInfo("v", "V", "nl.v", "1.0", 1, "actief"));
        body.put("rest", List.of(contact(true), new ContactGroep("UWV", "Noord", List.of(), List.of()),
                deelnemers()[0], new Inwoner("INW-1", null), new StatusWijziging(null, CasusStatus.AANGEMELD, "a",
                        OP, null), escalatie(), gemeente().escalatieniveaus().get(0), escalatie().historie().get(1),
                new VeldFout("a", "b", "c")));
        body.put("enums", List.of(CasusStatus.IN_UITVOERING, Rol.TAFELLID, EscalatieStatus.OPEN,
                SignaalStatus.OPGELOST, Recht.CASUSSEN_ALLE));
        body.put("overig", new Object[] {Optional.of("x"), Optional.empty(), UUID.fromString(
                "123e4567-e89b-12d3-a456-426614174000"), java.net.URI.create("https://x/y"), LocalDate.of(2026, 1, 2),
            OP, new StringBuilder("sb"), 3.5f, (short) 4, new int[] {1, 2}});
        zelfde("plugin", new JsonWaarde(body));
    }

    /**
     * De dieptegrens geldt zoals altijd: niets dieper dan {@value JsonWaarde#MAX_DIEPTE} niveaus, ook door een
     * document heen (zijn inhoud telt één niveau extra); een casus begint zijn variantData weer bij 0.
     */
    @Test
    void dieptegrens() throws IOException {
        assertThat(nieuw(new JsonWaarde(genest("blad", 64)))).startsWith("[[[").endsWith("]]]");
        assertThatThrownBy(() -> json.schrijf(new JsonWaarde(genest("blad", 65))))
                .isInstanceOf(JsonWaarde.GeenJsonException.class)
                .hasMessage("de waarde is dieper genest dan 64 niveaus");
        for (int buiten = 55; buiten <= 66; buiten++) {
            for (int binnen = 0; binnen <= 12; binnen += 3) {
                // the document at depth buiten, its inhoud at buiten + 1, "x" at + 2, the blad at + 2 + binnen
                Object v = genest(new Document("c", "d", 1, Map.of("x", genest("blad", binnen)), 1, null), buiten);
                boolean weigert;
                try {
                    nieuw(new JsonWaarde(v));
                    weigert = false;
                } catch (JsonWaarde.GeenJsonException e) {
                    weigert = true;
                }
                assertThat(weigert).as(buiten + "/" + binnen).isEqualTo(buiten + 2 + binnen > 64);
            }
        }
        Casus c = new Casus("c", "g", null, null, null, null, null, null, null, null, List.of(), List.of(),
                Map.of("x", genest("blad", 63)), 0, null, null);
        assertThat(nieuw(new JsonWaarde(genest(c, 60)))).contains("\"blad\"");
    }

    static Object genest(Object blad, int n) {
        Object v = blad;
        for (int i = 0; i < n; i++) {
            v = List.of(v);
        }
        return v;
    }

    /** Een eigen klasse van een plug-in: geen JSON. */
    record PluginDing(String naam) {
    }

    /** Een eigen Map-klasse van een plug-in: wel JSON, maar haar klasse mag niet in de cache van de mapper. */
    static final class PluginMap extends AbstractMap<String, Object> {
        @Override
        public Set<Entry<String, Object>> entrySet() {
            return Map.<String, Object>of("k", new PluginLijst()).entrySet();
        }
    }

    static final class PluginLijst extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;

        PluginLijst() {
            add(1);
        }
    }

    @Test
    void eenKlasseVanEenPluginKomtNietInDeCache() throws Exception {
        assertThatThrownBy(() -> json.schrijf(new JsonWaarde(Map.of("x", List.of(new PluginDing("a"))))))
                .isInstanceOf(JsonWaarde.GeenJsonException.class)
                .hasMessage("een waarde van klasse " + PluginDing.class.getName() + " is geen JSON");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("plugin", new PluginMap());
        Casus c = new Casus("c", "g", null, null, null, null, null, null, null, null, List.of(), List.of(), data, 0,
                null, null);
        assertThat(nieuw(c)).contains("\"variantData\":{\"plugin\":{\"k\":[1]}}");
        assertThat(nieuw(new JsonWaarde(List.of(new PluginMap(), c)))).startsWith("[{\"k\":[1]},{\"id\":\"c\"");
        // a casus in variantData is written whole, its own variantData by the walker again
        assertThatThrownBy(() -> json.schrijf(new Casus("c", "g", null, null, null, null, null, null, null, null,
                List.of(), List.of(), Map.of("x", new PluginDing("b")), 0, null, null)))
                .isInstanceOf(JsonWaarde.GeenJsonException.class);

        SerializerCache cache = cache();
        assertThat(cache.untypedValueSerializer(Casus.class)).isNotNull(); // the cache is the one the mapper uses
        for (Class<?> k : List.of(PluginDing.class, PluginMap.class, PluginLijst.class)) {
            assertThat(cache.untypedValueSerializer(k)).as(k.getName()).isNull();
            assertThat(cache.untypedValueSerializer(json.mapper().constructType(k))).as(k.getName()).isNull();
        }
    }

    private SerializerCache cache() throws ReflectiveOperationException {
        Field f = SerializerProvider.class.getDeclaredField("_serializerCache");
        f.setAccessible(true);
        return (SerializerCache) f.get(json.mapper().getSerializerProvider());
    }
}
