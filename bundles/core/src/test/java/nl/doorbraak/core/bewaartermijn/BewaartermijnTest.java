package nl.doorbraak.core.bewaartermijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.ActieFilter;
import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuwBesluit;
import nl.doorbraak.api.domein.NieuweActie;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.NieuweVerwerking;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.domein.Resultaat;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Toezegging;
import nl.doorbraak.api.domein.Waardendriehoek;
import nl.doorbraak.api.domein.Wisresultaat;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.platform.Tijd;

/** The bewaartermijn on a real H2 database: personal data goes, the figures stay. */
class BewaartermijnTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static Tafel tafel;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        tafel = o.tafels.maak("eindhoven", new NieuweTafel("Bewaartafel", "standaard", List.of(
                new Deelnemer("Ria Hermans", "CJIB", "Boetes kwijtschelden tot €1.000", new BigDecimal("1000")))),
                "test");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    /** A casus with a doorbraak, an actie, a note, a BSN; closed {@code maandenGeleden} ago. */
    static Casus afgesloten(String titel, int maandenGeleden) {
        Casus k = o.casussen.maak("eindhoven", new NieuweCasus(tafel.id(), titel,
                "Mevrouw J. De Boer, Kruisstraat 12, heeft een CJIB-boete van €900", new Inwoner(null, "J.d.B."),
                "schulden", List.of("CJIB", "DUO"), Map.of("urgentie", "hoog", "aangebrachtDoor", "wijkteam")), "r");
        o.casussen.wijzigStatus("eindhoven", k.id(), null, CasusStatus.IN_VOORBEREIDING, "Gebeld met mevrouw", null,
                "r");
        // today: on the agenda, and the besluit taken there (a besluit waits until its bijeenkomst took place)
        Bijeenkomst b = o.bijeenkomsten.plan("eindhoven", new NieuweBijeenkomst(tafel.id(), Tijd.vandaag(),
                List.of("Ria Hermans"), "Mevrouw was emotioneel; dochter helpt"), "r");
        o.bijeenkomsten.agendeer("eindhoven", b.id(), k.id(), "r");
        o.besluiten.neem("eindhoven", k.id(), new NieuwBesluit(BesluitSoort.DOORBRAAK, "Boete van mevrouw De Boer "
                + "kwijtgescholden", b.id(), new Waardendriehoek("Hardheidsclausule", "Geen gijzeling",
                        new BigDecimal("12000"), "Mevrouw stemt in"), List.of("Ria Hermans"),
                List.of(new Toezegging("CJIB", new BigDecimal("900"), "boete mevrouw De Boer")), null,
                List.of(new NieuweActie("Mevrouw De Boer bellen", "CJIB", null, "Ria", LocalDate.now().plusDays(5))),
                null), "r");
        o.acties.gereed("eindhoven", o.acties.lijst("eindhoven", new ActieFilter(k.id(), null, null, false, false,
                null), 1, 10).results().get(0).id(), "r");
        o.perspectiefplannen.bewaar("eindhoven", k.id(), null, new nl.doorbraak.api.domein.NieuwPerspectiefplan(
                "Mevrouw De Boer wil zonder boetes haar opleiding afmaken", List.of("De Boer belt het CJIB zelf"),
                List.of(new nl.doorbraak.api.domein.Kostenregel("CJIB", "incasso en gijzeling", new BigDecimal("4000"),
                        new BigDecimal("900")))), "r");
        o.bsn.legVast("eindhoven", k.id(), "111222333", "r");
        o.verwerkingen.leg(List.of(new NieuweVerwerking("eindhoven", k.id(), k.inwoner().pseudoniem(),
                Verwerking.LEZEN, "casus", "r", "casusregisseur", "Casus bekijken", null)));
        o.casussen.wijzigStatus("eindhoven", k.id(), null, CasusStatus.AFGESLOTEN, "Opgelost voor mevrouw",
                Resultaat.DOORBRAAK, "r");
        o.sql("UPDATE casus SET afgesloten = ? WHERE id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusMonths(maandenGeleden), k.id());
        o.sql("UPDATE bijeenkomst SET datum = ? WHERE id = ?", LocalDate.now().minusMonths(maandenGeleden + 1), b.id());
        return k;
    }

    /** The figures the rapportage is made of: what retention must not change. */
    static List<String> cijfers() {
        List<String> l = new ArrayList<>();
        for (String sql : List.of(
                "SELECT COUNT(*), COUNT(afgesloten), COUNT(resultaat) FROM casus WHERE gemeente = 'eindhoven'",
                "SELECT thema, resultaat, status, COUNT(*) FROM casus WHERE gemeente = 'eindhoven' "
                        + "GROUP BY thema, resultaat, status ORDER BY 1, 2, 3",
                "SELECT o.organisatie, COUNT(*) FROM casus_organisatie o JOIN casus k ON k.id = o.casus_id "
                        + "WHERE k.gemeente = 'eindhoven' GROUP BY o.organisatie ORDER BY 1",
                "SELECT soort, COUNT(*), SUM(rendement_bedrag) FROM besluit WHERE gemeente = 'eindhoven' "
                        + "GROUP BY soort ORDER BY 1",
                "SELECT d.organisatie, SUM(d.bedrag) FROM besluit_bedrag d JOIN besluit b ON b.id = d.besluit_id "
                        + "WHERE b.gemeente = 'eindhoven' GROUP BY d.organisatie ORDER BY 1",
                "SELECT COUNT(*), COUNT(gereed) FROM actie WHERE gemeente = 'eindhoven'",
                "SELECT COUNT(*), SUM(doormodderen), SUM(doorbreken) FROM perspectiefplan_kosten",
                "SELECT COUNT(*) FROM casus_status_historie h JOIN casus k ON k.id = h.casus_id "
                        + "WHERE k.gemeente = 'eindhoven'")) {
            l.add(rijen(sql));
        }
        return l;
    }

    static String rijen(String sql) {
        try (Connection c = o.dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    sb.append(rs.getString(i)).append('|');
                }
                sb.append('\n');
            }
            return sb.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void naDeBewaartermijnZijnDePersoonsgegevensWegEnBlijvenDeCijfers() {
        Casus oud = afgesloten("Boete mevrouw De Boer", 30);
        Casus recent = afgesloten("Nog binnen de termijn", 6);
        List<String> voor = cijfers();

        Wisresultaat proef = o.bewaartermijn.voerUit("eindhoven", true, "beheerder").get(0);
        assertThat(proef.casussen()).isEqualTo(1);
        assertThat(proef.notities()).isEqualTo(1);
        assertThat(proef.bewaartermijnMaanden()).isEqualTo(24);
        assertThat(o.casussen.zoek("eindhoven", oud.id()).orElseThrow().hulpvraag()).contains("De Boer");

        Wisresultaat echt = o.bewaartermijn.voerUit("eindhoven", false, "beheerder").get(0);

        assertThat(echt.casussen()).isEqualTo(1);
        Casus gewist = o.casussen.zoek("eindhoven", oud.id()).orElseThrow();
        assertThat(gewist.titel()).isEqualTo("(gewist)");
        assertThat(gewist.hulpvraag()).isEqualTo("(gewist)");
        assertThat(gewist.inwoner().initialen()).isNull();
        assertThat(gewist.inwoner().pseudoniem()).isEqualTo("GEWIST");
        assertThat(gewist.variantData()).doesNotContainKey("aangebrachtDoor");
        assertThat(gewist.historie()).extracting(h -> h.reden()).containsOnlyNulls();
        assertThat(gewist.status()).isEqualTo(CasusStatus.AFGESLOTEN);
        assertThat(gewist.resultaat()).isEqualTo(Resultaat.DOORBRAAK);
        assertThat(gewist.thema()).isEqualTo("schulden");
        assertThat(gewist.betrokkenOrganisaties()).containsExactly("CJIB", "DUO");
        assertThat(o.bsn.lees("eindhoven", oud.id())).isEmpty();
        // nothing of the inwoner is left anywhere in the database for this casus
        String id = "'" + oud.id() + "'";
        for (String sql : List.of("SELECT * FROM casus WHERE id = " + id, "SELECT * FROM besluit WHERE casus_id = " + id,
                "SELECT d.* FROM besluit_bedrag d JOIN besluit b ON b.id = d.besluit_id WHERE b.casus_id = " + id,
                "SELECT * FROM actie WHERE casus_id = " + id, "SELECT * FROM audit WHERE casus_id = " + id,
                "SELECT * FROM casus_status_historie WHERE casus_id = " + id,
                "SELECT * FROM verwerking WHERE casus_id = " + id,
                "SELECT * FROM perspectiefplan WHERE casus_id = " + id,
                "SELECT * FROM bijeenkomst WHERE datum < CURRENT_DATE - 700")) {
            assertThat(rijen(sql)).as(sql).isNotEmpty().doesNotContain("De Boer").doesNotContain("J.d.B.")
                    .doesNotContain("emotioneel").doesNotContain(oud.inwoner().pseudoniem());
        }
        assertThat(o.tel("SELECT COUNT(*) FROM perspectiefplan_stap WHERE casus_id = ?", oud.id())).isZero();
        assertThat(o.perspectiefplannen.besparing("eindhoven", oud.id()).orElseThrow().totaal())
                .isEqualByComparingTo("3100");
        assertThat(o.audittrail.vanCasus("eindhoven", oud.id())).last().satisfies(r -> {
            assertThat(r.actie()).isEqualTo("gewist");
            assertThat(r.door()).isEqualTo("beheerder");
        });
        assertThat(o.audittrail.vanCasus("eindhoven", oud.id())).extracting(AuditRegel::door).contains("r");
        // the figures are exactly what they were
        assertThat(cijfers()).isEqualTo(voor);
        // the casus within its term keeps everything
        assertThat(o.casussen.zoek("eindhoven", recent.id()).orElseThrow().hulpvraag()).contains("De Boer");
        assertThat(o.bsn.lees("eindhoven", recent.id())).isPresent();
        assertThat(o.events(DoorbraakEvents.CASUS_GEWIST)).anySatisfy(
                e -> assertThat(e.getProperty(DoorbraakEvents.CASUS_ID)).isEqualTo(oud.id()));
        // no new personal data goes into a purged casus
        assertThatThrownBy(() -> o.casussen.wijzig("eindhoven", oud.id(), gewist.versie(),
                new nl.doorbraak.api.domein.CasusWijziging("Nieuwe titel", "Nieuwe hulpvraag", null, null, null, null),
                "r")).isInstanceOf(nl.doorbraak.api.service.ConflictException.class).hasMessageContaining("gewist");
        // a second round finds nothing more
        assertThat(o.bewaartermijn.voerUit("eindhoven", false, "beheerder").get(0).casussen()).isZero();
        // other gemeenten are not touched by a round for eindhoven
        assertThat(o.bewaartermijn.voerUit(null, true, "x")).extracting(Wisresultaat::gemeente)
                .contains("utrecht", "leeuwarden", "eindhoven");
    }
}
