package nl.doorbraak.core.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;

import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.toegang.Inlogresultaat;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.platform.GezondheidImpl;

/** The first start of a platform without any account. */
class EersteStartTest {

    @TempDir
    Path map;

    private EersteStart eersteStart(CoreOmgeving o, GezondheidImpl gezondheid) {
        Map<String, String> eigenschappen = Map.of("doorbraak.data", map.toString());
        return new EersteStart(o.db, o.bewaker, gezondheid, eigenschappen::get);
    }

    @Test
    void zonderAccountsKomtErEenPlatformbeheerderMetEenWachtwoordInEenBestandVoorAlleenDeEigenaar() throws Exception {
        try (CoreOmgeving o = new CoreOmgeving(map.resolve("db"))) {
            GezondheidImpl gezondheid = new GezondheidImpl();
            EersteStart e = eersteStart(o, gezondheid);
            e.voerUit(null, null);
            Path bestand = map.resolve(EersteStart.BESTAND);
            assertThat(Files.getPosixFilePermissions(bestand)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            Matcher m = Pattern.compile("wachtwoord: +(\\S+)").matcher(Files.readString(bestand));
            assertThat(m.find()).isTrue();
            String wachtwoord = m.group(1);
            assertThat(wachtwoord).hasSize(24);

            Inlogresultaat r = o.gebruikers(false).inloggen("beheerder", wachtwoord.toCharArray(), null);
            assertThat(r.gelukt()).isTrue();
            assertThat(r.wachtwoordWijzigen()).isTrue();
            assertThat(gezondheid.waarschuwingen()).isEmpty();
            assertThat(o.tel("SELECT COUNT(*) FROM audit WHERE object_id = 'beheerder' AND actie = 'aangemaakt'"))
                    .isEqualTo(1);

            // a second start changes nothing
            e.voerUit(null, null);
            assertThat(o.tel("SELECT COUNT(*) FROM gebruiker")).isEqualTo(1);
            assertThat(Files.readString(bestand)).contains(wachtwoord);

            // changed at the first login: the file goes
            o.gebruikers(false).wijzigWachtwoord("beheerder", wachtwoord.toCharArray(),
                    "ik kies zelf een goede zin".toCharArray(), null);
            e.handleEvent(new Event(DoorbraakEvents.GEBRUIKER_GEWIJZIGD, Map.of(DoorbraakEvents.GEBRUIKERSNAAM,
                    "beheerder", DoorbraakEvents.WAT, "wachtwoord")));
            assertThat(bestand).doesNotExist();
            assertThat(o.gebruikers(false).inloggen("beheerder", "ik kies zelf een goede zin".toCharArray(), null)
                    .wachtwoordWijzigen()).isFalse();
        }
    }

    @Test
    void hetWachtwoordKanUitDeOmgevingOfEenBestandKomenEnMoetDanAanDeRegelsVoldoen() throws Exception {
        try (CoreOmgeving o = new CoreOmgeving(map.resolve("db1"))) {
            GezondheidImpl gezondheid = new GezondheidImpl();
            eersteStart(o, gezondheid).voerUit(null, "welkom123");
            assertThat(o.tel("SELECT COUNT(*) FROM gebruiker")).isZero();
            assertThat(gezondheid.waarschuwingen()).singleElement().asString()
                    .contains("geen platformbeheerder aangemaakt").contains("minstens 12").doesNotContain("welkom123");

            eersteStart(o, gezondheid).voerUit(null, "een lange zin uit de kluis");
            assertThat(o.gebruikers(false).inloggen("beheerder", "een lange zin uit de kluis".toCharArray(), null)
                    .wachtwoordWijzigen()).isTrue();
            assertThat(gezondheid.waarschuwingen()).isEmpty();
            assertThat(map.resolve(EersteStart.BESTAND)).doesNotExist();
        }
        try (CoreOmgeving o = new CoreOmgeving(map.resolve("db2"))) {
            Path geheim = Files.writeString(map.resolve("geheim.txt"), "wachtwoord uit een bestand\n");
            eersteStart(o, new GezondheidImpl()).voerUit(geheim.toString(), null);
            assertThat(o.gebruikers(false).inloggen("beheerder", "wachtwoord uit een bestand".toCharArray(), null)
                    .gelukt()).isTrue();
            GezondheidImpl g = new GezondheidImpl();
            try (CoreOmgeving leeg = new CoreOmgeving(map.resolve("db3"))) {
                eersteStart(leeg, g).voerUit(map.resolve("bestaat-niet.txt").toString(), null);
                assertThat(g.waarschuwingen()).singleElement().asString().contains("kan niet worden gelezen");
            }
        }
    }

    @Test
    void eenDemoAccountTeltNietAlsEchtAccount() throws Exception {
        try (CoreOmgeving o = new CoreOmgeving(map.resolve("db"))) {
            new nl.doorbraak.core.demo.DemoGegevens().laad(o.db);
            eersteStart(o, new GezondheidImpl()).voerUit(null, "een lange zin uit de kluis");
            assertThat(o.tel("SELECT COUNT(*) FROM gebruiker WHERE demo = FALSE")).isEqualTo(1);
        }
    }
}
