package nl.doorbraak.core.gemeente;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.platform.Gebeurtenissen;
import nl.doorbraak.core.platform.GezondheidImpl;

/** Gemeenten from factory configurations, with strings as FileInstall delivers them. */
class GemeenteTest {

    private final GezondheidImpl gezondheid = new GezondheidImpl();
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private GemeenteRegister register;

    @BeforeEach
    void start() {
        Gebeurtenissen g = new Gebeurtenissen();
        g.zetEventAdmin(CoreOmgeving.opnemer(events));
        register = new GemeenteRegister(gezondheid, g);
    }

    private static Map<String, Object> utrecht() {
        Map<String, Object> p = new HashMap<>();
        p.put("service.pid", "nl.doorbraak.gemeente~utrecht");
        p.put("felix.fileinstall.filename", "file:/opt/doorbraak/config/nl.doorbraak.gemeente-utrecht.cfg");
        p.put("id", "utrecht");
        p.put("naam", "Gemeente Utrecht");
        p.put("varianten", "standaard, utrecht-ondernemers");
        p.put("escalatieniveaus", "tafel:5, directie:10,bestuurder,Rijk:30");
        p.put("bewaartermijnMaanden", "36");
        p.put("thema", "utrecht");
        return p;
    }

    @Test
    void eenGeldigeConfiguratieGeeftEenGemeenteEnEenEvent() {
        new GemeenteConfiguratie(register, utrecht());

        Gemeente g = register.zoek("utrecht").orElseThrow();
        assertThat(g.naam()).isEqualTo("Gemeente Utrecht");
        assertThat(g.varianten()).containsExactly("standaard", "utrecht-ondernemers");
        // a level without days gets the default response time
        assertThat(g.escalatieniveaus()).containsExactly(Escalatieniveau.geconfigureerd("tafel", 5),
                Escalatieniveau.geconfigureerd("directie", 10),
                Escalatieniveau.geconfigureerd("bestuurder", GemeenteConfiguratie.STANDAARD_REACTIETERMIJN),
                Escalatieniveau.geconfigureerd("Rijk", 30));
        assertThat(g.bewaartermijnMaanden()).isEqualTo(36);
        assertThat(g.thema()).isEqualTo("utrecht");
        assertThat(register.alle()).extracting(Gemeente::id).containsExactly("utrecht");
        assertThat(gezondheid.waarschuwingen()).isEmpty();
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.getTopic()).isEqualTo(DoorbraakEvents.GEMEENTE_GEWIJZIGD);
            assertThat(e.getProperty(DoorbraakEvents.GEMEENTE)).isEqualTo("utrecht");
        });
    }

    @Test
    void standaardwaardenAlsVeldenOntbreken() {
        Gemeente g = GemeenteConfiguratie.lees(Map.of("id", "eindhoven", "naam", "Gemeente Eindhoven"));
        assertThat(g.varianten()).containsExactly("standaard");
        assertThat(g.bewaartermijnMaanden()).isEqualTo(24);
        assertThat(g.escalatieniveaus()).extracting(Escalatieniveau::id).containsExactly("tafel", "directie", "bestuur");
        assertThat(g.escalatieniveaus()).extracting(Escalatieniveau::reactietermijnDagen).containsOnly(10);
        // the old plain list still works
        assertThat(GemeenteConfiguratie.lees(Map.of("id", "x", "naam", "X", "escalatieniveaus", "tafel,bestuur"))
                .escalatieniveaus()).extracting(Escalatieniveau::id).containsExactly("tafel", "bestuur");
        assertThat(g.thema()).isEqualTo("standaard");
        // typed arrays (a .config file or the web console) work as well
        assertThat(GemeenteConfiguratie.lees(Map.of("id", "x", "naam", "X", "varianten",
                new String[] { "standaard", "rodeknop" })).varianten()).containsExactly("standaard", "rodeknop");
    }

    @Test
    void eenOngeldigeWijzigingWordtGeweigerdEnDeLaatsteGeldigeBlijft() {
        Map<String, Object> config = utrecht();
        GemeenteConfiguratie c = new GemeenteConfiguratie(register, config);
        events.clear();

        config.put("bewaartermijnMaanden", "drie jaar");
        config.put("naam", "Utrecht (nieuw)");
        c.gewijzigd(config);

        Gemeente g = register.zoek("utrecht").orElseThrow();
        assertThat(g.bewaartermijnMaanden()).isEqualTo(36);
        assertThat(g.naam()).isEqualTo("Gemeente Utrecht");
        assertThat(gezondheid.waarschuwingen()).singleElement().asString()
                .contains("nl.doorbraak.gemeente-utrecht.cfg", "bewaartermijnMaanden", "drie jaar",
                        "laatste geldige configuratie");
        assertThat(events).isEmpty();

        // fixed: applied, the warning is gone
        config.put("bewaartermijnMaanden", "12");
        c.gewijzigd(config);
        assertThat(register.zoek("utrecht").orElseThrow().bewaartermijnMaanden()).isEqualTo(12);
        assertThat(register.zoek("utrecht").orElseThrow().naam()).isEqualTo("Utrecht (nieuw)");
        assertThat(gezondheid.waarschuwingen()).isEmpty();
        assertThat(events).hasSize(1);
    }

    @Test
    void elkeSoortFoutWordtHerkend() {
        assertThat(fout(Map.of("naam", "Zonder id"))).contains("id ontbreekt");
        assertThat(fout(Map.of("id", "Utrecht Stad", "naam", "X"))).contains("id 'Utrecht Stad'");
        assertThat(fout(Map.of("id", "utrecht"))).contains("naam ontbreekt");
        assertThat(fout(Map.of("id", "utrecht", "naam", "X", "bewaartermijnMaanden", "-1")))
                .contains("bewaartermijnMaanden -1");
        assertThat(fout(Map.of("id", "utrecht", "naam", "X", "bewaartermijnMaanden", "12.5")))
                .contains("geen geheel aantal");
        assertThat(fout(Map.of("id", "utrecht", "naam", "X", "varianten", "standaard,Rode Knop")))
                .contains("variant 'Rode Knop'");
        assertThat(fout(Map.of("id", "utrecht", "naam", "X", "thema", "Blauw!"))).contains("thema");
        assertThat(fout(Map.of("id", "utrecht", "naam", "X", "escalatieniveaus", "tafel:vijf,directie:10")))
                .contains("escalatieniveau 'tafel:vijf'", "aantal dagen");
        assertThat(fout(Map.of("id", "utrecht", "naam", "X", "escalatieniveaus", "tafel:0,directie:400")))
                .contains("reactietermijn 0", "reactietermijn 400", "tussen 1 en 365");
        assertThat(fout(Map.of("id", "utrecht", "naam", "X", "escalatieniveaus", "tafel:5,tafel:10")))
                .contains("'tafel' staat twee keer");
        assertThat(fout(Map.of("id", "utrecht", "naam", "X", "escalatieniveaus", ":5,directie"))).contains("geen naam");
        assertThat(fout(Map.of("id", "utrecht", "naam", "X", "escalatieniveaus", " , "))).contains("leeg");
    }

    private static String fout(Map<String, Object> p) {
        try {
            GemeenteConfiguratie.lees(p);
            return "geaccepteerd";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Test
    void eenOngeldigeEscalatierouteWordtGeweigerdEnDeLaatsteGeldigeBlijft() {
        Map<String, Object> config = utrecht();
        GemeenteConfiguratie c = new GemeenteConfiguratie(register, config);

        config.put("escalatieniveaus", "tafel:5,directie:tien");
        c.gewijzigd(config);

        assertThat(register.zoek("utrecht").orElseThrow().escalatieniveaus()).extracting(Escalatieniveau::id)
                .containsExactly("tafel", "directie", "bestuurder", "Rijk");
        assertThat(gezondheid.waarschuwingen()).singleElement().asString()
                .contains("nl.doorbraak.gemeente-utrecht.cfg", "directie:tien", "laatste geldige configuratie");

        config.put("escalatieniveaus", "tafel:5,directie:14");
        c.gewijzigd(config);
        assertThat(register.zoek("utrecht").orElseThrow().escalatieniveau("directie").orElseThrow()
                .reactietermijnDagen()).isEqualTo(14);
        assertThat(gezondheid.waarschuwingen()).isEmpty();
    }

    @Test
    void eenEersteOngeldigeConfiguratieGeeftGeenGemeenteMaarWelEenWaarschuwing() {
        Map<String, Object> config = utrecht();
        config.remove("id");
        new GemeenteConfiguratie(register, config);

        assertThat(register.alle()).isEmpty();
        assertThat(gezondheid.waarschuwingen()).singleElement().asString().contains("id ontbreekt", "niet actief");
    }

    @Test
    void dezelfdeIdInTweeBestandenWordtGeweigerd() {
        new GemeenteConfiguratie(register, utrecht());
        Map<String, Object> tweede = utrecht();
        tweede.put("service.pid", "nl.doorbraak.gemeente~utrecht2");
        tweede.put("naam", "Dubbel");
        new GemeenteConfiguratie(register, tweede);

        assertThat(register.zoek("utrecht").orElseThrow().naam()).isEqualTo("Gemeente Utrecht");
        assertThat(gezondheid.waarschuwingen()).singleElement().asString().contains("al in gebruik");
    }

    @Test
    void eenVerwijderdBestandHaaltDeGemeenteEnZijnWaarschuwingWeg() {
        Map<String, Object> config = utrecht();
        GemeenteConfiguratie c = new GemeenteConfiguratie(register, config);
        config.put("bewaartermijnMaanden", "x");
        c.gewijzigd(config);
        events.clear();

        c.weg(org.osgi.service.component.ComponentConstants.DEACTIVATION_REASON_CONFIGURATION_DELETED);

        assertThat(register.zoek("utrecht")).isEmpty();
        assertThat(gezondheid.waarschuwingen()).isEmpty();
        assertThat(events).extracting(e -> e.getProperty(DoorbraakEvents.GEMEENTE)).containsExactly("utrecht");
    }

    @Test
    void eenStoppendeBundleMeldtGeenVerwijdering() {
        GemeenteConfiguratie c = new GemeenteConfiguratie(register, utrecht());
        events.clear();

        c.weg(org.osgi.service.component.ComponentConstants.DEACTIVATION_REASON_BUNDLE_STOPPED);

        assertThat(events).isEmpty();
    }
}
