package nl.doorbraak.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.CasusWijziging;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuwBesluit;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.NieuweVerwerking;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;

/** Audittrail, verwerkingenlog and the BSN, on a real H2 database. */
class PrivacyTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static Tafel tafel;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        tafel = o.tafels.maak("utrecht", new NieuweTafel("Privacytafel", "standaard", List.of(
                new Deelnemer("Marieke de Vries", "Woningcorporatie", "Huur", new BigDecimal("2500")))), "test");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static Casus casus(String titel) {
        return o.casussen.maak("utrecht", new NieuweCasus(tafel.id(), titel, "Huurachterstand", new Inwoner(null,
                "K.L."), "wonen", List.of("Woningcorporatie"), Map.of("urgentie", "hoog")), "regisseur");
    }

    @Test
    void elkeWijzigingAanEenCasusEnZijnOnderdelenStaatInDeAudittrail() {
        Casus k = casus("Audit");
        o.casussen.wijzig("utrecht", k.id(), 1, new CasusWijziging("Audit, bijgewerkt", null, null, "schulden", null,
                Map.of("urgentie", "laag")), "a");
        o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.IN_VOORBEREIDING, "Info ophalen", null, "b");
        Bijeenkomst b = o.bijeenkomsten.plan("utrecht", new NieuweBijeenkomst(tafel.id(), nl.doorbraak.core.platform.Tijd.vandaag().plusDays(2),
                List.of(), null), "c");
        o.bijeenkomsten.agendeer("utrecht", b.id(), k.id(), "c");
        o.besluiten.neem("utrecht", k.id(), new NieuwBesluit(BesluitSoort.REGULIER, "Regeling", null, null,
                List.of("Marieke de Vries"), null, null, null, null), "d");

        List<AuditRegel> trail = o.audittrail.vanCasus("utrecht", k.id());

        assertThat(trail).extracting(AuditRegel::object, AuditRegel::actie, AuditRegel::door).containsExactly(
                tuple("casus", "aangemaakt", "regisseur"), tuple("casus", "gewijzigd", "a"),
                tuple("casus", "status", "b"), tuple("casus", "status", "c"), tuple("bijeenkomst", "geagendeerd", "c"),
                tuple("besluit", "genomen", "d"), tuple("casus", "status", "d"));
        assertThat(trail.get(1).wijzigingen()).extracting(AuditRegel.Veldwijziging::veld, AuditRegel.Veldwijziging::oud,
                AuditRegel.Veldwijziging::nieuw).containsExactlyInAnyOrder(
                        tuple("titel", "Audit", "Audit, bijgewerkt"), tuple("thema", "wonen", "schulden"),
                        tuple("variantData.urgentie", "hoog", "laag"));
        assertThat(trail.get(2).wijzigingen()).extracting(AuditRegel.Veldwijziging::veld,
                AuditRegel.Veldwijziging::oud, AuditRegel.Veldwijziging::nieuw).contains(
                        tuple("status", "aangemeld", "in_voorbereiding"), tuple("reden", null, "Info ophalen"));
        assertThat(trail).extracting(AuditRegel::volgnummer).isSorted();
        // another gemeente's casus has no audittrail to show
        assertThatThrownBy(() -> o.audittrail.vanCasus("leeuwarden", k.id())).isInstanceOf(NietGevondenException.class);
        // a write that fails leaves no audit line
        long voor = o.tel("SELECT COUNT(*) FROM audit WHERE casus_id = ?", k.id());
        assertThatThrownBy(() -> o.besluiten.neem("utrecht", k.id(), new NieuwBesluit(BesluitSoort.DOORBRAAK,
                "Zonder driehoek", null, null, List.of("Marieke de Vries"), null, null, null, null), "e"))
                .isInstanceOf(OngeldigeInvoerException.class);
        assertThat(o.tel("SELECT COUNT(*) FROM audit WHERE casus_id = ?", k.id())).isEqualTo(voor);
    }

    @Test
    void verwerkingenWordenSamenVastgelegdEnPerInwonerGerapporteerd() {
        Casus k = casus("Verwerkingen");
        String pseudoniem = k.inwoner().pseudoniem();
        List<CompletableFuture<Void>> tegelijk = new ArrayList<>();
        IntStream.range(0, 50).forEach(i -> tegelijk.add(CompletableFuture.runAsync(() -> o.verwerkingen.leg(List.of(
                new NieuweVerwerking("utrecht", k.id(), pseudoniem, Verwerking.LEZEN, "casus", "lezer" + i,
                        "tafellid", "Casus bekijken", null))))));
        tegelijk.forEach(CompletableFuture::join);
        // each returned once its line was in the journal; the report moves the journal into the table first

        List<Verwerking> rapport = o.verwerkingen.vanInwoner("utrecht", pseudoniem);
        assertThat(o.tel("SELECT COUNT(*) FROM verwerking WHERE casus_id = ?", k.id())).isEqualTo(50);
        assertThat(rapport).hasSize(50).allSatisfy(v -> {
            assertThat(v.casusId()).isEqualTo(k.id());
            assertThat(v.grondslag()).contains("AVG art. 6");
            assertThat(v.rol()).isEqualTo("tafellid");
        });
        // a line without a casus pseudoniem is still found through its casus
        o.verwerkingen.leg(List.of(new NieuweVerwerking("utrecht", k.id(), null, Verwerking.LEZEN, "actie", "x",
                "casusregisseur", "Acties volgen", null)));
        assertThat(o.verwerkingen.vanInwoner("utrecht", pseudoniem)).hasSize(51);
        assertThat(o.verwerkingen.vanInwoner("leeuwarden", pseudoniem)).isEmpty();
        // a plug-in's own grondslag is kept as given; the platform's is not repeated in every row but reported whole
        o.verwerkingen.leg(List.of(new NieuweVerwerking("utrecht", k.id(), pseudoniem, Verwerking.LEZEN, "casus",
                "wijkteam", "tafellid", "Toekomstgesprek", "Wmo 2015 art. 2.3.2")));
        assertThat(o.verwerkingen.vanInwoner("utrecht", pseudoniem)).hasSize(52).extracting(Verwerking::grondslag)
                .containsOnly(VerwerkingenLogImpl.GRONDSLAG, "Wmo 2015 art. 2.3.2");
        assertThat(o.tel("SELECT COUNT(*) FROM verwerking WHERE casus_id = ? AND grondslag IS NULL", k.id()))
                .isEqualTo(51);
        assertThatThrownBy(() -> o.verwerkingen.leg(List.of(new NieuweVerwerking("utrecht", k.id(), null, null,
                "casus", "x", "y", "z", null)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void naEenCrashKomtHetJournaalAlsnogEnmaalInDeDatabase() throws Exception {
        Casus k = casus("Crash");
        Path map = PrivacyTest.map.resolve("crash-journaal");
        VerwerkingenLogImpl voor = new VerwerkingenLogImpl(o.db, map, 3_600_000);
        voor.leg(List.of(regel(k, "lezer-1"), regel(k, "lezer-2")));
        voor.leg(List.of(regel(k, "lezer-3")));
        // the process dies right after answering: the lines are only in the journal
        voor.crashVoorTest();
        assertThat(o.tel("SELECT COUNT(*) FROM verwerking WHERE casus_id = ?", k.id())).isZero();
        // ... and an import from before had committed its first line but not yet deleted its file, whose last line
        // was torn
        String regel = "{\"gemeente\":\"utrecht\",\"casusId\":\"" + k.id() + "\",\"inwoner\":null,"
                + "\"handeling\":\"lezen\",\"object\":\"casus\",\"door\":\"%s\",\"rol\":\"tafellid\","
                + "\"op\":\"2026-11-25T08:00:00Z\",\"doel\":\"Casus bekijken\",\"grondslag\":\"AVG\"}";
        Files.writeString(map.resolve("journaal.over"), "{\"journaal\":\"eerder-journaal\"}\n"
                + regel.formatted("eerder") + "\n" + regel.formatted("daarna") + "\n" + regel.substring(0, 40));
        o.sql("INSERT INTO verwerking (gemeente, casus_id, handeling, object, door, rol, op, doel, grondslag) "
                + "VALUES ('utrecht', ?, 'lezen', 'casus', 'eerder', 'tafellid', CURRENT_TIMESTAMP, 'x', 'AVG')", k.id());
        o.sql("DELETE FROM verwerking_import");
        o.sql("INSERT INTO verwerking_import (journaal, regels) VALUES ('eerder-journaal', 1)");

        VerwerkingenLogImpl na = new VerwerkingenLogImpl(o.db, map, 3_600_000);
        try {
            // at start everything arrived, the line imported before only once, the torn one skipped
            assertThat(o.tel("SELECT COUNT(*) FROM verwerking WHERE casus_id = ?", k.id())).isEqualTo(5);
            assertThat(o.tel("SELECT COUNT(*) FROM verwerking WHERE casus_id = ? AND door = 'eerder'", k.id()))
                    .isEqualTo(1);
            assertThat(Files.exists(map.resolve("journaal.over"))).isFalse();
            na.leg(List.of(regel(k, "lezer-4")));
            assertThat(na.vanInwoner("utrecht", k.inwoner().pseudoniem())).extracting(Verwerking::door)
                    .containsExactlyInAnyOrder("lezer-1", "lezer-2", "lezer-3", "lezer-4", "eerder", "daarna");
        } finally {
            na.stopVoorTest();
        }
    }

    @Test
    void eenGrootJournaalKomtInDelenEnNaEenCrashZonderDubbeleRegelsBinnen() throws Exception {
        Casus k = casus("Groot journaal");
        Path map = PrivacyTest.map.resolve("groot-journaal");
        Files.createDirectories(map);
        // a burst of reads left more lines than one transaction takes; the first two batches were in before a crash
        StringBuilder journaal = new StringBuilder("{\"journaal\":\"groot\"}\n");
        int regels = VerwerkingenLogImpl.PER_BATCH * 2 + 700;
        for (int i = 0; i < regels; i++) {
            journaal.append("{\"gemeente\":\"utrecht\",\"casusId\":\"").append(k.id()).append("\",\"inwoner\":null,"
                    + "\"handeling\":\"lezen\",\"object\":\"casus\",\"door\":\"lezer-").append(i).append("\","
                    + "\"rol\":\"tafellid\",\"op\":\"2026-11-25T08:00:00Z\",\"doel\":\"Lijst\",\"grondslag\":null}\n");
        }
        Files.writeString(map.resolve("journaal.over"), journaal);
        o.sql("DELETE FROM verwerking_import");
        o.sql("INSERT INTO verwerking_import (journaal, regels) VALUES ('groot', ?)", VerwerkingenLogImpl.PER_BATCH);

        VerwerkingenLogImpl log = new VerwerkingenLogImpl(o.db, map, 3_600_000);
        try {
            // the lines after the committed ones arrive exactly once, the first batch's not again
            assertThat(o.tel("SELECT COUNT(*) FROM verwerking WHERE casus_id = ?", k.id()))
                    .isEqualTo(regels - VerwerkingenLogImpl.PER_BATCH);
            assertThat(o.tel("SELECT COUNT(*) FROM verwerking WHERE casus_id = ? AND door = ?", k.id(),
                    "lezer-" + VerwerkingenLogImpl.PER_BATCH)).isEqualTo(1);
            assertThat(o.tel("SELECT COUNT(*) FROM verwerking WHERE casus_id = ? AND door = 'lezer-0'", k.id()))
                    .isZero();
        } finally {
            log.stopVoorTest();
        }
    }

    @Test
    void eenAfgebrokenKopregelHoudtDeStartNietTegen() throws Exception {
        Casus k = casus("Kop");
        Path map = PrivacyTest.map.resolve("kop-journaal");
        Files.createDirectories(map);
        // a crash while the first line of a new journal was written, after which (impossible, but still) a line
        Files.writeString(map.resolve("journaal.over"), "{\"journaal\":\"abc\n{\"gemeente\":\"utrecht\","
                + "\"casusId\":\"" + k.id() + "\",\"inwoner\":null,\"handeling\":\"lezen\",\"object\":\"casus\","
                + "\"door\":\"na-de-kop\",\"rol\":\"tafellid\",\"op\":\"2026-11-25T08:00:00Z\","
                + "\"doel\":\"Casus bekijken\",\"grondslag\":\"AVG\"}\n");
        VerwerkingenLogImpl log = new VerwerkingenLogImpl(o.db, map, 3_600_000);
        try {
            assertThat(o.tel("SELECT COUNT(*) FROM verwerking WHERE casus_id = ? AND door = 'na-de-kop'", k.id()))
                    .isEqualTo(1);
            assertThat(Files.exists(map.resolve("journaal.over"))).isFalse();
        } finally {
            log.stopVoorTest();
        }
    }

    static NieuweVerwerking regel(Casus k, String door) {
        return new NieuweVerwerking("utrecht", k.id(), k.inwoner().pseudoniem(), Verwerking.LEZEN, "casus", door,
                "tafellid", "Casus bekijken", null);
    }

    @Test
    void eenBsnStaatVersleuteldOpslagEnNooitInDeAudittrail() throws Exception {
        Casus k = casus("Met BSN");
        String bsn = "111222333";
        assertThat(BsnServiceImpl.geldig(bsn)).isTrue();

        o.bsn.legVast("utrecht", k.id(), "111 22 2333", "regisseur");

        assertThat(o.bsn.lees("utrecht", k.id())).contains(bsn);
        assertThat(o.bsn.isVastgelegd("utrecht", k.id())).isTrue();
        assertThat(o.tel("SELECT COUNT(*) FROM casus_bsn WHERE versleuteld LIKE ?", "%" + bsn + "%")).isZero();
        assertThat(o.tel("SELECT COUNT(*) FROM audit WHERE wijzigingen LIKE ?", "%" + bsn + "%")).isZero();
        assertThat(o.audittrail.vanCasus("utrecht", k.id())).extracting(AuditRegel::wijzigingen)
                .anySatisfy(w -> assertThat(w).extracting(AuditRegel.Veldwijziging::veld).contains("bsn"));
        assertThat(Files.readString(BsnKern.sleutelBestand(map.toAbsolutePath().toString()))).isNotBlank();
        // another gemeente does not get it
        assertThat(o.bsn.lees("leeuwarden", k.id())).isEmpty();
        assertThatThrownBy(() -> o.bsn.legVast("leeuwarden", k.id(), bsn, "x")).isInstanceOf(NietGevondenException.class);
        // a wrong number is refused without repeating it
        assertThatThrownBy(() -> o.bsn.legVast("utrecht", k.id(), "123456789", "x"))
                .isInstanceOf(OngeldigeInvoerException.class)
                .satisfies(e -> assertThat(((OngeldigeInvoerException) e).fouten().get(0).reden())
                        .doesNotContain("123456789"))
                .hasMessageNotContaining("123456789");

        o.bsn.wis("utrecht", k.id(), "regisseur");
        assertThat(o.bsn.lees("utrecht", k.id())).isEmpty();
    }
}
