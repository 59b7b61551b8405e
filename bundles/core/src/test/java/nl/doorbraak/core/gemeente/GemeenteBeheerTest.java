package nl.doorbraak.core.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

import nl.doorbraak.api.beheer.Instellingen;
import nl.doorbraak.api.beheer.Instellingveld;
import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietBeschikbaarException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.audit.AuditStore;
import nl.doorbraak.core.platform.Invoer;

/**
 * The settings of a gemeente with a real file, a real register and a real database; FileInstall is played by a
 * thread that hands the file to {@link GemeenteConfiguratie} when it changes (the distribution's InstellingenIT does it
 * with the real one, and the real MetaTypeService).
 */
class GemeenteBeheerTest {

    static final Namens BEA = Namens.van(new Gebruiker("bea", "Bea", "zwolle", Set.of(Rol.GEMEENTEBEHEERDER), null),
            "test");
    static final Namens RIA = Namens.van(new Gebruiker("ria", "Ria", "zwolle", Set.of(Rol.CASUSREGISSEUR), null),
            "test");
    static final Namens UTRECHT = Namens.van(new Gebruiker("ub", "U", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER), null),
            "test");
    static final Namens PIET = Namens.van(new Gebruiker("piet", "Piet", null, Set.of(Rol.PLATFORMBEHEERDER), null),
            "test");

    @TempDir
    Path map;
    CoreOmgeving o;
    Path config;
    Path zwolle;
    Thread fileinstall;
    volatile boolean stoppen;
    GemeenteBeheerImpl beheer;

    @BeforeEach
    void start() throws IOException {
        o = new CoreOmgeving(map.resolve("db"));
        config = Files.createDirectories(map.resolve("config"));
        zwolle = config.resolve("nl.doorbraak.gemeente-zwolle.cfg");
        Files.writeString(zwolle, """
                # Gemeente Zwolle, met de hand
                id = zwolle
                naam = Gemeente Zwolle
                # maanden
                bewaartermijnMaanden = 24
                eigenSleutel = blijft
                """);
        fileinstall = new Thread(this::speelFileInstall);
        fileinstall.start();
        beheer = new GemeenteBeheerImpl(o.gemeenten, Beschrijving::new, o.db, config, map, 5000);
        long tot = System.currentTimeMillis() + 5000;
        while (o.gemeenten.zoek("zwolle").isEmpty() && System.currentTimeMillis() < tot) {
            slaap();
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        stoppen = true;
        fileinstall.join();
        o.close();
    }

    /** What FileInstall does for config/: every file read as properties, given to its configuration when it changes. */
    private void speelFileInstall() {
        Map<Path, String> gezien = new HashMap<>();
        Map<Path, GemeenteConfiguratie> componenten = new HashMap<>();
        while (!stoppen) {
            try (var bestanden = Files.list(config)) {
                for (Path p : bestanden.filter(f -> f.getFileName().toString().endsWith(".cfg")).toList()) {
                    String tekst = Files.readString(p);
                    if (tekst.equals(gezien.put(p, tekst))) {
                        continue;
                    }
                    Properties props = new Properties();
                    props.load(new StringReader(tekst));
                    Map<String, Object> m = new HashMap<>();
                    props.stringPropertyNames().forEach(k -> m.put(k, props.getProperty(k)));
                    m.put("service.pid", "nl.doorbraak.gemeente~" + p.getFileName());
                    m.put("felix.fileinstall.filename", p.toUri().toString());
                    GemeenteConfiguratie c = componenten.get(p);
                    if (c == null) {
                        componenten.put(p, new GemeenteConfiguratie(o.gemeenten, m));
                    } else {
                        c.gewijzigd(m);
                    }
                }
            } catch (IOException e) {
                // a file being replaced: the next round reads it
            }
            slaap();
        }
    }

    @Test
    void deVeldenKomenUitDeBeschrijvingMetGrenzenUitValidate() {
        Instellingen i = beheer.instellingen(BEA, "zwolle");
        Instellingveld b = i.velden().stream().filter(v -> v.id().equals("bewaartermijnMaanden")).findFirst()
                .orElseThrow();
        assertThat(b.type()).isEqualTo("geheel getal");
        assertThat(b.min()).isZero();
        assertThat(b.max()).isEqualTo(1200);
        assertThat(i.velden().get(0).alleenLezen()).isTrue();
        assertThat(i.velden().get(0).verplicht()).isTrue();
        assertThat(i.waarden()).containsEntry("naam", "Gemeente Zwolle").containsEntry("bewaartermijnMaanden", 24L)
                .doesNotContainKey("eigenSleutel");
    }

    @Test
    void eenWijzigingStaatInHetBestandMetCommentaarEnIsInGebruikAlsHetAntwoordKomt() throws Exception {
        Instellingen i = beheer.instellingen(BEA, "zwolle");
        Map<String, Object> w = new LinkedHashMap<>(i.waarden());
        w.put("bewaartermijnMaanden", 36);
        w.put("naam", "Gemeente Zwolle — Súdwest");
        w.put("escalatieniveaus", List.of("tafel:5", "bestuur:20"));
        Instellingen na = beheer.wijzig(BEA, "zwolle", i.versie(), w);
        assertThat(na.versie()).isNotEqualTo(i.versie());
        assertThat(o.gemeenten.zoek("zwolle").orElseThrow().bewaartermijnMaanden()).isEqualTo(36);
        assertThat(o.gemeenten.zoek("zwolle").orElseThrow().naam()).isEqualTo("Gemeente Zwolle — Súdwest");
        String tekst = Files.readString(zwolle, StandardCharsets.UTF_8);
        assertThat(tekst).startsWith("# Gemeente Zwolle, met de hand\nid = zwolle\n")
                .contains("# maanden\nbewaartermijnMaanden = 36\n").contains("eigenSleutel = blijft\n")
                .contains("escalatieniveaus = tafel:5,bestuur:20\n").contains("\\u2014");
        assertThat(Files.list(config).map(p -> p.getFileName().toString())).containsExactly(zwolle.getFileName()
                .toString());
        List<AuditRegel> audit = o.db.lees(c -> new AuditStore().vanObject(c, "gemeente", "zwolle"));
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).door()).isEqualTo("bea");
        assertThat(audit.get(0).wijzigingen()).extracting(AuditRegel.Veldwijziging::veld)
                .contains("bewaartermijnMaanden", "naam", "escalatieniveaus");

        // the old version is stale now
        assertThatThrownBy(() -> beheer.wijzig(BEA, "zwolle", i.versie(), w)).isInstanceOf(ConflictException.class);
    }

    @Test
    void foutenPerVeldEnNietsGeschreven() throws Exception {
        Instellingen i = beheer.instellingen(BEA, "zwolle");
        byte[] voor = Files.readAllBytes(zwolle);
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("id", "kampen");
        w.put("naam", "");
        w.put("bewaartermijnMaanden", 5000);
        w.put("escalatieniveaus", List.of("tafel:0", "tafel"));
        w.put("kleur", "rood");
        w.put("logo", "../data/geheim.png");
        w.put("thema", "a${b}");
        w.put("varianten", "standaard");
        w.put("onbekend", "x");
        assertThatThrownBy(() -> beheer.wijzig(BEA, "zwolle", i.versie(), w))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .extracting(VeldFout::naam).containsExactlyInAnyOrder("onbekend", "id", "naam",
                                "bewaartermijnMaanden", "escalatieniveaus", "kleur", "logo", "thema"));
        assertThat(Files.readAllBytes(zwolle)).isEqualTo(voor);
    }

    @Test
    void wieMag() {
        assertThatThrownBy(() -> beheer.instellingen(RIA, "zwolle")).isInstanceOf(GeenToegangException.class);
        assertThatThrownBy(() -> beheer.instellingen(UTRECHT, "zwolle")).isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> beheer.instellingen(PIET, "nergens")).isInstanceOf(NietGevondenException.class);
        assertThat(beheer.instellingen(PIET, "zwolle").gemeente()).isEqualTo("zwolle");
        assertThatThrownBy(() -> beheer.maak(BEA, Map.of("id", "kampen", "naam", "Kampen")))
                .isInstanceOf(GeenToegangException.class);
        // utrecht of CoreOmgeving comes from no file
        assertThatThrownBy(() -> beheer.instellingen(UTRECHT, "utrecht")).isInstanceOf(NietBeschikbaarException.class);
    }

    @Test
    void eenNieuweGemeente() throws Exception {
        Instellingen i = beheer.maak(PIET, Map.of("id", "kampen", "naam", "Gemeente Kampen", "varianten",
                List.of("standaard")));
        assertThat(i.gemeente()).isEqualTo("kampen");
        assertThat(o.gemeenten.zoek("kampen")).isPresent();
        assertThat(Files.readString(config.resolve("nl.doorbraak.gemeente-kampen.cfg")))
                .contains("id = kampen\n").contains("naam = Gemeente Kampen\n");
        assertThatThrownBy(() -> beheer.maak(PIET, Map.of("id", "kampen", "naam", "Nog eens")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> beheer.maak(PIET, Map.of("id", "utrecht", "naam", "Nog eens")))
                .isInstanceOf(ConflictException.class);
        List<AuditRegel> audit = o.db.lees(c -> new AuditStore().vanObject(c, "gemeente", "kampen"));
        assertThat(audit).extracting(AuditRegel::actie).containsExactly("aangemaakt");
    }

    @Test
    void cfgbestandHoudtRegelsEnKanEenSleutelWeghalen() {
        Cfgbestand c = Cfgbestand.nieuw("kop");
        Map<String, String> m = new LinkedHashMap<>();
        m.put("a", "1");
        m.put("b", "twee\\drie");
        Cfgbestand d = c.met(m);
        assertThat(d.tekst()).isEqualTo("# kop\na = 1\nb = twee\\\\drie\n");
        assertThat(d.waarden()).containsEntry("b", "twee\\drie");
        Map<String, String> weg = new LinkedHashMap<>();
        weg.put("a", null);
        assertThat(d.met(weg).tekst()).isEqualTo("# kop\nb = twee\\\\drie\n");
        assertThat(d.versie()).isNotEqualTo(c.versie());
        assertThat(Cfgbestand.sleutel("  x\\ y : z")).isEqualTo("x y");
        assertThat(Cfgbestand.sleutel("# x = y")).isNull();
    }

    @Test
    void controleerGeeftInvoercodes() {
        Invoer fouten = new Invoer();
        List<Instellingveld> velden = beheer.velden();
        assertThatThrownBy(() -> GemeenteBeheerImpl.controleer(velden, Map.of("naam", List.of("a")), fouten))
                .isInstanceOf(OngeldigeInvoerException.class);
        assertThat(fouten.fouten()).extracting(VeldFout::naam, VeldFout::code)
                .contains(org.assertj.core.groups.Tuple.tuple("naam", Invoer.TYPE),
                        org.assertj.core.groups.Tuple.tuple("id", Invoer.VERPLICHT));
    }

    private static void slaap() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The Metatype of nl.doorbraak.gemeente as the MetaTypeService gives it (Felix validates min and max too). */
    static final class Beschrijving implements ObjectClassDefinition {

        private final List<AttributeDefinition> alle = List.of(
                new Attribuut("id", "Id", AttributeDefinition.STRING, 0, null, null, null),
                new Attribuut("naam", "Naam", AttributeDefinition.STRING, 0, null, null, null),
                new Attribuut("varianten", "Varianten", AttributeDefinition.STRING, 50, null, null,
                        new String[] { "standaard" }),
                new Attribuut("escalatieniveaus", "Escalatieniveaus", AttributeDefinition.STRING, 20, null, null,
                        new String[] { "tafel", "directie", "bestuur" }),
                new Attribuut("bewaartermijnMaanden", "Bewaartermijn (maanden)", AttributeDefinition.INTEGER, 0, 0L,
                        1200L, new String[] { "24" }),
                new Attribuut("thema", "Thema", AttributeDefinition.STRING, 0, null, null,
                        new String[] { "standaard" }),
                new Attribuut("kleur", "Hoofdkleur", AttributeDefinition.STRING, 0, null, null, null),
                new Attribuut("accentkleur", "Accentkleur", AttributeDefinition.STRING, 0, null, null, null),
                new Attribuut("logo", "Logo", AttributeDefinition.STRING, 0, null, null, null));

        @Override
        public String getName() {
            return "Doorbraak gemeente";
        }

        @Override
        public String getID() {
            return GemeenteConfiguratie.FACTORY_PID;
        }

        @Override
        public String getDescription() {
            return "Een gemeente";
        }

        @Override
        public AttributeDefinition[] getAttributeDefinitions(int filter) {
            return alle.stream().filter(a -> filter == ALL || (filter == REQUIRED) == a.getID().matches("id|naam"))
                    .toArray(AttributeDefinition[]::new);
        }

        @Override
        public java.io.InputStream getIcon(int size) {
            return null;
        }
    }

    record Attribuut(String id, String naam, int type, int cardinality, Long min, Long max, String[] standaard)
            implements AttributeDefinition {

        @Override
        public String getName() {
            return naam;
        }

        @Override
        public String getID() {
            return id;
        }

        @Override
        public String getDescription() {
            return naam + ".";
        }

        @Override
        public int getCardinality() {
            return cardinality;
        }

        @Override
        public int getType() {
            return type;
        }

        @Override
        public String[] getOptionValues() {
            return null;
        }

        @Override
        public String[] getOptionLabels() {
            return null;
        }

        @Override
        public String validate(String value) {
            if (min == null) {
                return null;
            }
            long v = Long.parseLong(value);
            return v < min ? "Value is less than minimum" : v > max ? "Value is greater than maximum" : "";
        }

        @Override
        public String[] getDefaultValue() {
            return standaard;
        }
    }
}
