package nl.doorbraak.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieFilter;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.escalatie.EscalatieServiceImpl;
import nl.doorbraak.core.escalatie.NiveauVolger;
import nl.doorbraak.core.gemeente.GemeenteConfiguratie;

/** The demo escalaties: what a demo user sees, loaded twice without duplicates, consistent with config/. */
class DemoEscalatiesTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static EscalatieServiceImpl service;
    static int eerste;
    static int tweede;

    @BeforeAll
    static void laadTweemaal() {
        o = new CoreOmgeving(map);
        service = new EscalatieServiceImpl(o.db, new NiveauVolger(o.gemeenten), o.gemeenten, o.gebeurtenissen);
        new DemoGegevens().laad(o.db);
        eerste = new DemoEscalaties().laad(o.db);
        tweede = new DemoEscalaties().laad(o.db);
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    @Test
    void tweemaalLadenDupliceertNiets() {
        assertThat(eerste).isEqualTo(DemoEscalaties.ESCALATIES.size());
        assertThat(tweede).isZero();
        assertThat(o.tel("SELECT COUNT(*) FROM escalatie")).isEqualTo(DemoEscalaties.ESCALATIES.size());
    }

    @Test
    void utrechtHeeftEenVerlopenEscalatieEnEenDieNaarDeDirectieIsDoorgeescaleerd() {
        List<Escalatie> verlopen = service.lijst("utrecht", new EscalatieFilter(null, null, true, null), 1, 10)
                .results();
        assertThat(verlopen).singleElement().satisfies(e -> {
            assertThat(e.casusId()).isEqualTo(DemoGegevens.id("utrecht/energieschuld"));
            assertThat(e.niveau()).isEqualTo("tafel");
            assertThat(e.reden()).contains("energieleverancier");
        });

        List<Escalatie> ontruiming = service.vanCasus("utrecht", DemoGegevens.id("utrecht/ontruiming-aangezegd"));
        assertThat(ontruiming).extracting(Escalatie::niveau, Escalatie::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tafel", EscalatieStatus.DOORGEESCALEERD),
                org.assertj.core.groups.Tuple.tuple("directie", EscalatieStatus.OPEN));
        assertThat(ontruiming.get(0).volgende()).isEqualTo(ontruiming.get(1).id());
        assertThat(ontruiming.get(1).vorige()).isEqualTo(ontruiming.get(0).id());
        assertThat(ontruiming.get(1).verlopen()).isFalse();
    }

    @Test
    void geenCasusIsAlsDoorbraakAfgeslotenMetEenOpenEscalatie() {
        // issue 11: closing as doorbraak waits for open escalaties; the demo keeps to that rule too
        assertThat(o.tel("SELECT COUNT(*) FROM escalatie e JOIN casus k ON k.id = e.casus_id WHERE e.status = 'open' "
                + "AND k.resultaat = 'doorbraak'")).isZero();
        assertThat(o.tel("SELECT COUNT(*) FROM escalatie WHERE status = 'open'")).isPositive();
    }

    @Test
    void eindhovenHeeftEenBeantwoordeEnLeeuwardenEenOpgelosteEscalatie() {
        assertThat(service.lijst("eindhoven", EscalatieFilter.geen(), 1, 10).results()).singleElement()
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(EscalatieStatus.BEANTWOORD);
                    assertThat(e.antwoord()).contains("rode knop");
                    assertThat(e.historie()).hasSize(2);
                });
        assertThat(service.lijst("leeuwarden", EscalatieFilter.geen(), 1, 10).results()).singleElement()
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(EscalatieStatus.OPGELOST);
                    assertThat(e.niveau()).isEqualTo("afdelingshoofd");
                });
    }

    /** Levels and response times of the demo escalaties are those in the shipped configuration. */
    @Test
    void niveausEnTermijnenPassenBijConfig() throws IOException {
        for (DemoEscalaties.DemoEscalatie d : DemoEscalaties.ESCALATIES) {
            Gemeente g = gemeente(d.gemeente());
            assertThat(g.escalatieniveau(d.niveau())).as(d.sleutel()).hasValueSatisfying(
                    n -> assertThat(n.reactietermijnDagen()).isEqualTo(d.termijn()));
        }
    }

    private static Gemeente gemeente(String id) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("../../config/nl.doorbraak.gemeente-" + id + ".cfg"))) {
            p.load(r);
        }
        Map<String, Object> m = new HashMap<>();
        p.forEach((k, v) -> m.put((String) k, v));
        return GemeenteConfiguratie.lees(m);
    }
}
