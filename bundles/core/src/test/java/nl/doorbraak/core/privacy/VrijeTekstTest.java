package nl.doorbraak.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.CasusWijziging;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.Kostenregel;
import nl.doorbraak.api.domein.NieuwBesluit;
import nl.doorbraak.api.domein.NieuwContact;
import nl.doorbraak.api.domein.NieuwPerspectiefplan;
import nl.doorbraak.api.domein.NieuwPotje;
import nl.doorbraak.api.domein.NieuwSignaal;
import nl.doorbraak.api.domein.NieuweActie;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Potje;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Toezegging;
import nl.doorbraak.api.domein.Uitgave;
import nl.doorbraak.api.domein.Waardendriehoek;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.escalatie.EscalatieServiceImpl;
import nl.doorbraak.core.escalatie.NiveauVolger;

/**
 * No BSN in any free text the core stores about a casus and the work around it, whoever calls the service (the web,
 * the shell or a plug-in all come through here): refused with {@code bsn} on the field, nothing stored, and the
 * message never repeats the number.
 */
class VrijeTekstTest {

    /** The examples and the usual tricks; each is the valid BSN 111222333 (or 123456782). */
    static final List<String> BSNS = List.of("111222333", "111_222_333", "BSN111222333", "１１１２２２３３３",
            "١١١٢٢٢٣٣٣", "111\u200B222\u200B333", "111\u00A0222\u00A0333", "1234.56.782", "bsn: 123-456-782");
    /** Numbers a text may hold: a date, an amount, a postcode, phone numbers, nine digits without the elfproef. */
    static final String GEWONE_GETALLEN = "Op 12-03-2024 € 1.250,50 betaald; 3511 AB; bel 06-12345678 of "
            + "+31 6 12345678 of 030 123 4567; dossier 123456789.";

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static Tafel tafel;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        tafel = o.tafels.maak("utrecht", new NieuweTafel("Tafel vrije tekst", "standaard", List.of(
                new Deelnemer("Marieke de Vries", "Woningcorporatie", "Ontruiming opschorten", new BigDecimal("3000")))),
                "test");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static NieuweCasus casus(String titel, String hulpvraag, String initialen, Map<String, Object> data) {
        return new NieuweCasus(tafel.id(), titel, hulpvraag, new Inwoner(null, initialen), "wonen",
                List.of("Woningcorporatie"), data);
    }

    static List<VeldFout> fouten(Runnable r) {
        OngeldigeInvoerException e = catchThrowableOfType(OngeldigeInvoerException.class, r::run);
        assertThat(e).as("geweigerd").isNotNull();
        for (VeldFout f : e.fouten()) {
            // the message points at the place, it never repeats the number
            assertThat(f.reden()).doesNotContain("111", "222", "333", "１１１", "١١١", "123", "782");
        }
        assertThat(e.getMessage()).doesNotContain("111", "222", "333", "123", "782");
        return e.fouten();
    }

    static void geweigerd(String veld, Runnable r) {
        assertThat(fouten(r)).extracting(VeldFout::naam, VeldFout::code).containsExactly(tuple(veld, "bsn"));
    }

    @Test
    void eenBsnInTitelHulpvraagInitialenOfVariantveldWordtBijDeAanmeldingGeweigerd() {
        long voor = o.tel("SELECT COUNT(*) FROM casus");
        for (String bsn : BSNS) {
            geweigerd("titel", () -> o.casussen.maak("utrecht", casus("Schuld " + bsn, "h", "A.B.",
                    Map.of("urgentie", "laag")), "r"));
            geweigerd("hulpvraag", () -> o.casussen.maak("utrecht", casus("t", "Mevrouw (" + bsn + ") belde.",
                    "A.B.", Map.of("urgentie", "laag")), "r"));
            geweigerd("variantData.aangebrachtDoor", () -> o.casussen.maak("utrecht", casus("t", "h", "A.B.",
                    Map.of("urgentie", "laag", "aangebrachtDoor", "Buurtteam, " + bsn)), "r"));
            if (bsn.length() <= 10) {
                geweigerd("inwoner.initialen", () -> o.casussen.maak("utrecht", casus("t", "h", bsn,
                        Map.of("urgentie", "laag")), "r"));
            }
        }
        // all at once: every field is named
        assertThat(fouten(() -> o.casussen.maak("utrecht", casus("111222333", "111 222 333", "111222333",
                Map.of("urgentie", "laag", "domeinen", "BSN111222333")), "r")))
                .extracting(VeldFout::naam).containsExactlyInAnyOrder("titel", "hulpvraag", "inwoner.initialen",
                        "variantData.domeinen");
        assertThat(o.tel("SELECT COUNT(*) FROM casus")).isEqualTo(voor);

        // numbers a tafel does write down stay possible
        Casus k = o.casussen.maak("utrecht", casus("Huur € 1.900 achter sinds 01-03-2026", GEWONE_GETALLEN, "A.B.",
                Map.of("urgentie", "laag", "domeinen", GEWONE_GETALLEN)), "r");
        assertThat(k.hulpvraag()).isEqualTo(GEWONE_GETALLEN);
    }

    @Test
    void ookBijWijzigenEnStatuswijzigen() {
        Casus k = o.casussen.maak("utrecht", casus("Voor", "h", "A.B.", Map.of("urgentie", "laag")), "r");
        geweigerd("titel", () -> o.casussen.wijzig("utrecht", k.id(), 1, new CasusWijziging("BSN 111222333", null,
                null, null, null, null), "r"));
        geweigerd("hulpvraag", () -> o.casussen.wijzig("utrecht", k.id(), 1, new CasusWijziging(null,
                "１１１２２２３３３", null, null, null, null), "r"));
        geweigerd("inwoner.initialen", () -> o.casussen.wijzig("utrecht", k.id(), 1, new CasusWijziging(null, null,
                new Inwoner(k.inwoner().pseudoniem(), "111222333"), null, null, null), "r"));
        // a plug-in changing its own field goes through the same check
        geweigerd("variantData.domeinen", () -> o.casussen.wijzig("utrecht", k.id(), 1, new CasusWijziging(null,
                null, null, null, null, Map.of("domeinen", "111_222_333")), "r"));
        geweigerd("reden", () -> o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.IN_VOORBEREIDING,
                "Gebeld over 111 222 333", null, "r"));
        Casus nu = o.casussen.zoek("utrecht", k.id()).orElseThrow();
        assertThat(nu.versie()).isEqualTo(1);
        assertThat(nu.status()).isEqualTo(CasusStatus.AANGEMELD);
    }

    @Test
    void eenBsnInDeTekstenRondomDeCasusWordtGeweigerd() {
        Casus k = o.casussen.maak("utrecht", casus("Rondom", "h", "A.B.", Map.of("urgentie", "hoog")), "r");
        o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.IN_VOORBEREIDING, null, null, "r");
        String bsn = "BSN 111.222.333";

        // bijeenkomst
        geweigerd("notitie", () -> o.bijeenkomsten.plan("utrecht", new NieuweBijeenkomst(tafel.id(),
                LocalDate.now().plusDays(1), List.of("Marieke de Vries"), "Notitie over " + bsn), "r"));
        Bijeenkomst b = o.bijeenkomsten.plan("utrecht", new NieuweBijeenkomst(tafel.id(), LocalDate.now().plusDays(1),
                List.of("Marieke de Vries"), GEWONE_GETALLEN), "r");
        o.bijeenkomsten.agendeer("utrecht", b.id(), k.id(), "r");

        // besluit: omschrijving, the waardendriehoek, toezeggingen, the uitgave and the acties
        Potje potje = o.potjes.maak("utrecht", new NieuwPotje("Potje vrije tekst", null, new BigDecimal("500")),
                "beheerder");
        Waardendriehoek driehoek = new Waardendriehoek("Hardheidsclausule", "Ontruiming voorkomen",
                new BigDecimal("10000"), "Mevrouw tekent zelf");
        NieuweActie actie = new NieuweActie("Regeling opstellen", "Woningcorporatie", null, null,
                LocalDate.now().plusDays(7));
        geweigerd("omschrijving", () -> o.besluiten.neem("utrecht", k.id(), new NieuwBesluit(BesluitSoort.REGULIER,
                "Besluit voor " + bsn, null, null, List.of("Marieke de Vries"), null, null, null, null), "r"));
        assertThat(fouten(() -> o.besluiten.neem("utrecht", k.id(), new NieuwBesluit(BesluitSoort.DOORBRAAK,
                "Ontruiming opgeschort", null, new Waardendriehoek(bsn, bsn, new BigDecimal("10000"), bsn),
                List.of("Marieke de Vries"), List.of(new Toezegging("Woningcorporatie", new BigDecimal("100"), bsn)),
                new Uitgave(potje.id(), new BigDecimal("50"), bsn),
                List.of(new NieuweActie(bsn, "Woningcorporatie", null, null, LocalDate.now().plusDays(7))), null),
                "r"))).extracting(VeldFout::naam, VeldFout::code).containsExactlyInAnyOrder(
                        tuple("waardendriehoek.legitimiteit", "bsn"), tuple("waardendriehoek.rendement", "bsn"),
                        tuple("waardendriehoek.betrokkenheid", "bsn"), tuple("toezeggingen.0.omschrijving", "bsn"),
                        tuple("uitgave.omschrijving", "bsn"), tuple("acties.0.omschrijving", "bsn"));
        var besluit = o.besluiten.neem("utrecht", k.id(), new NieuwBesluit(BesluitSoort.DOORBRAAK,
                "Ontruiming opgeschort", null, driehoek, List.of("Marieke de Vries"), null, null, List.of(actie), null),
                "r");
        geweigerd("omschrijving", () -> o.acties.maak("utrecht", besluit.id(), new NieuweActie("Bel " + bsn,
                "Woningcorporatie", null, null, LocalDate.now().plusDays(7)), "r"));

        // potje
        geweigerd("omschrijving", () -> o.potjes.neemUit("utrecht", potje.id(), besluit.id(), new BigDecimal("25"),
                "Huur van " + bsn, "r"));
        geweigerd("omschrijving", () -> o.potjes.stort("utrecht", potje.id(), new BigDecimal("25"), bsn, "b"));
        assertThat(o.potjes.zoek("utrecht", potje.id()).orElseThrow().saldo()).isEqualByComparingTo("500");

        // perspectiefplan
        assertThat(fouten(() -> o.perspectiefplannen.bewaar("utrecht", k.id(), null, new NieuwPerspectiefplan(
                "Mijn doel, " + bsn, List.of("Eerst dit", bsn), List.of(new Kostenregel("Woningcorporatie", bsn,
                        new BigDecimal("1000"), BigDecimal.ZERO))), "r")))
                .extracting(VeldFout::naam, VeldFout::code).containsExactlyInAnyOrder(tuple("doel", "bsn"),
                        tuple("stappen.1", "bsn"), tuple("kosten.0.post", "bsn"));

        // escalatie
        EscalatieServiceImpl escalaties = new EscalatieServiceImpl(o.db, new NiveauVolger(o.gemeenten), o.gemeenten,
                o.gebeurtenissen);
        geweigerd("reden", () -> escalaties.escaleer("utrecht", k.id(), null, "Niemand beslist over " + bsn, "r"));
        var e = escalaties.escaleer("utrecht", k.id(), null, "Niemand beslist", "r");
        geweigerd("antwoord", () -> escalaties.beantwoord("utrecht", e.id(), null, bsn, "r"));
        geweigerd("toelichting", () -> escalaties.losOp("utrecht", e.id(), null, bsn, "r"));
        geweigerd("reden", () -> escalaties.escaleerDoor("utrecht", e.id(), null, bsn, "r"));

        // signaal
        assertThat(fouten(() -> o.signalen.maak("utrecht", new NieuwSignaal(bsn, "UWV", bsn, List.of(k.id())), "r")))
                .extracting(VeldFout::naam, VeldFout::code)
                .containsExactlyInAnyOrder(tuple("regel", "bsn"), tuple("omschrijving", "bsn"));
        var s = o.signalen.maak("utrecht", new NieuwSignaal("Kostendelersnorm", "UWV", "Knelt", List.of(k.id())), "r");
        geweigerd("reden", () -> o.signalen.wijzigStatus("utrecht", s.id(), null, SignaalStatus.IN_BEHANDELING, bsn,
                null, "r"));

        // korte lijnen: what a contact may decide and on which subject
        assertThat(fouten(() -> o.contacten.maak("utrecht", new NieuwContact("UWV", "Joost", bsn, bsn, null, null,
                "06-12345678", null, false, false, bsn, null), "r"))).extracting(VeldFout::naam, VeldFout::code)
                .containsExactlyInAnyOrder(tuple("rol", "bsn"), tuple("mandaat", "bsn"), tuple("onderwerp", "bsn"));
        // nothing of it reached the database, not even the audittrail
        assertThat(o.tel("SELECT COUNT(*) FROM audit WHERE wijzigingen LIKE '%111.222.333%'")).isZero();
    }
}
