package nl.doorbraak.core.casus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.CasusWijziging;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;

/** A casus read comes from memory only while it is still what is stored, whoever changed it. */
class CasusCacheTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    @Test
    void eenWijzigingVanEldersIsBijHetVolgendeLezenTeZien() {
        Tafel t = o.tafel("utrecht", "Cachetafel");
        Casus k = o.casussen.maak("utrecht", CasusServiceTest.intake(t, "Eerste titel"), "utrecht-regisseur");
        assertThat(o.casussen.zoek("utrecht", k.id())).get().extracting(Casus::titel).isEqualTo("Eerste titel");
        assertThat(o.casussen.zoek("utrecht", k.id())).get().isEqualTo(k);

        // another process on the same database (PostgreSQL, or a second core during an update) changes it
        CasusServiceImpl ander = new CasusServiceImpl(o.db, o.varianten, o.gemeenten, o.overgangen);
        Casus gewijzigd = ander.wijzig("utrecht", k.id(), k.versie(), new CasusWijziging("Tweede titel", null,
                new Inwoner(k.inwoner().pseudoniem(), "S.B."), null, List.of("UWV"), Map.of("urgentie", "laag")),
                "utrecht-regisseur");
        Casus gelezen = o.casussen.zoek("utrecht", k.id()).orElseThrow();
        assertThat(gelezen.titel()).isEqualTo("Tweede titel");
        assertThat(gelezen.betrokkenOrganisaties()).containsExactly("UWV");
        assertThat(gelezen.variantData()).containsEntry("urgentie", "laag");
        assertThat(gelezen.versie()).isEqualTo(gewijzigd.versie());

        ander.wijzigStatus("utrecht", k.id(), gewijzigd.versie(), CasusStatus.IN_VOORBEREIDING, "Stukken compleet",
                null, "utrecht-regisseur");
        gelezen = o.casussen.zoek("utrecht", k.id()).orElseThrow();
        assertThat(gelezen.status()).isEqualTo(CasusStatus.IN_VOORBEREIDING);
        assertThat(gelezen.historie()).extracting(h -> h.reden()).containsExactly("Aanmelding", "Stukken compleet");

        // the background schema upgrade keeps versie, but rewrites the data: that is seen too
        o.sql("UPDATE casus SET variant_data = '{\"urgentie\":\"hoog\"}', variant_schema_versie = 0 WHERE id = ?",
                k.id());
        assertThat(o.casussen.zoek("utrecht", k.id())).get().extracting(c -> c.variantData().get("urgentie"))
                .isEqualTo("hoog");

        // gone, or asked for from another gemeente: not found
        assertThat(o.casussen.zoek("leeuwarden", k.id())).isEmpty();
        o.sql("DELETE FROM casus WHERE id = ?", k.id());
        assertThat(o.casussen.zoek("utrecht", k.id())).isEmpty();
    }
}
