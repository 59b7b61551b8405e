package nl.doorbraak.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

import nl.doorbraak.launcher.HoogsteVersie.Kandidaat;

class HoogsteVersieTest {

    private static Kandidaat k(long id, String naam, String versie) {
        return new Kandidaat(id, naam, Version.parseVersion(versie), naam + "-" + versie + ".jar");
    }

    @Test
    void vanElkeBundleWordtAlleenDeHoogsteVersieGebruikt() {
        Kandidaat v09 = k(30, "nl.doorbraak.plugin.standaard", "0.9.0");
        Kandidaat v10 = k(31, "nl.doorbraak.plugin.standaard", "1.0.0.SNAPSHOT");
        Kandidaat v1 = k(32, "nl.doorbraak.plugin.standaard", "1.0.0");
        Kandidaat web = k(33, "nl.doorbraak.web", "1.0.0");
        Kandidaat a = k(34, "a", "1.10.0");
        Kandidaat a9 = k(35, "a", "1.9.0");

        Map<Kandidaat, Kandidaat> uit = HoogsteVersie.teNegeren(List.of(v09, v1, web, a9, v10, a));

        // a qualifier counts: 1.0.0.SNAPSHOT is above 1.0.0; 1.10 above 1.9
        assertThat(uit).containsOnly(Map.entry(v09, v10), Map.entry(v1, v10), Map.entry(a9, a));
    }

    @Test
    void gelijkeVersiesDeEerstGeinstalleerdeWint() {
        Kandidaat eerst = k(40, "b", "2.0.0");
        Kandidaat later = k(41, "b", "2.0.0");
        assertThat(HoogsteVersie.teNegeren(List.of(later, eerst))).containsOnly(Map.entry(later, eerst));
    }

    @Test
    void deployUriIsZoalsFileInstallLocatiesSchrijft(@org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        java.nio.file.Files.createDirectories(home.resolve("deploy"));
        String uri = Main.deployUri(home);
        assertThat(uri).startsWith("file:/").doesNotStartWith("file:///").endsWith("/deploy/");
        // FileInstall: the file's java.io.File URI, normalised
        assertThat(home.resolve("deploy/x.jar").toFile().toURI().normalize().toString()).isEqualTo(uri + "x.jar");
    }
}
