package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The class archive (AppCDS, bin/doorbraak and launcher Klassenarchief): the first start lists nothing, a restart
 * lists its classes and writes the archive when it stops, the next start maps it; an archive of another
 * installation or JDK is not used.
 */
class KlassenarchiefIT {

    private Platform platform;

    @AfterEach
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    private Path archief() {
        return platform.data.resolve("cds/doorbraak.jsa");
    }

    private boolean vraagt(String optie) {
        return platform.opdrachtregel().stream().anyMatch(a -> a.startsWith(optie));
    }

    @Test
    void eenHerstartSchrijftHetArchiefEnDeVolgendeStartGebruiktHet() throws Exception {
        platform = Platform.nieuw().metDemo().start();
        assertThat(vraagt("-XX:DumpLoadedClassList")).as("de allereerste start houdt niets bij").isFalse();
        assertThat(vraagt("-XX:SharedArchiveFile")).isFalse();
        platform.stop();
        assertThat(archief()).doesNotExist();

        platform.start();
        assertThat(vraagt("-XX:DumpLoadedClassList")).as("een herstart zonder archief houdt zijn klassen bij").isTrue();
        platform.stop();
        assertThat(archief()).isRegularFile();
        assertThat(platform.data.resolve("cds/stempel")).isRegularFile();
        try (var rest = Files.list(platform.data.resolve("cds"))) {
            assertThat(rest.map(p -> p.getFileName().toString()).toList())
                    .as("geen lijst of half archief achtergelaten").containsExactlyInAnyOrder("doorbraak.jsa", "stempel");
        }

        platform.start();
        assertThat(vraagt("-XX:SharedArchiveFile=" + archief())).isTrue();
        assertThat(platform.heeftGemapt(archief())).as("de JVM gebruikt het archief echt").isTrue();
        assertThat(vraagt("-XX:DumpLoadedClassList")).isFalse();
        // and the platform works as without it: login, data, the plug-ins
        assertThat(platform.api().als("utrecht-regisseur").get("/api/gemeenten/utrecht/casussen").status())
                .isEqualTo(200);
        // the plug-in loads its demo after the core is ready: a few seconds at most
        int zaken = 0;
        for (int i = 0; i < 300 && zaken < 5; i++) {
            zaken = platform.api().als("rijk-szw").get("/api/rijk/rodeknop/inbox").json().path("count").asInt();
            Platform.slaap(100);
        }
        assertThat(zaken).as("de demozaken voor SZW in de inbox").isEqualTo(5);
        List<String> alarm = platform.alarmregels();
        assertThat(alarm).as("waarschuwingen en fouten in logs/doorbraak.log").isEmpty();
        assertThat(platform.uitvoer()).doesNotContain("klassenarchief niet geschreven");
    }

    @Test
    void eenVerplaatsteInstallatieMaaktEenNieuwArchief() throws Exception {
        platform = Platform.nieuw().start();
        platform.stop();
        platform.start();
        platform.stop();
        long oud = Files.getLastModifiedTime(archief()).toMillis();
        String stempel = Files.readString(platform.data.resolve("cds/stempel"));

        // the JVM would refuse an archive made for other paths: not offered, a new one is written
        platform.verplaats();
        platform.start();
        assertThat(vraagt("-XX:SharedArchiveFile")).isFalse();
        assertThat(vraagt("-XX:DumpLoadedClassList")).isTrue();
        platform.stop();
        assertThat(Files.readString(platform.data.resolve("cds/stempel"))).isNotEqualTo(stempel);
        assertThat(Files.getLastModifiedTime(archief()).toMillis()).isGreaterThanOrEqualTo(oud);

        platform.start();
        assertThat(platform.heeftGemapt(archief())).isTrue();
    }

    @Test
    void uitgezetDoetHetNiets() {
        platform = Platform.nieuw().metOmgeving("DOORBRAAK_CDS", "false").start();
        platform.stop();
        platform.start();
        assertThat(vraagt("-XX:DumpLoadedClassList")).isFalse();
        assertThat(vraagt("-XX:SharedArchiveFile")).isFalse();
        platform.stop();
        assertThat(platform.data.resolve("cds")).doesNotExist();
    }
}
