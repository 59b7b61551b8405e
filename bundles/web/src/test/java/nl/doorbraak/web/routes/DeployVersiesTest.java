package nl.doorbraak.web.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

import nl.doorbraak.web.routes.DeployVersies.Bestand;

class DeployVersiesTest {

    private static Bestand b(long id, String naam, String versie, String bestand) {
        return new Bestand(id, naam, Version.parseVersion(versie), bestand);
    }

    @Test
    void deHoogsteVersieIsInGebruikDeAndereWordenGenegeerd() {
        DeployVersies v = new DeployVersies(List.of(
                b(30, "nl.doorbraak.plugin.standaard", "0.9.0", "nl.doorbraak.plugin.standaard-0.9.0.jar"),
                b(31, "nl.doorbraak.web", "1.0.0.SNAPSHOT", "nl.doorbraak.web.jar"),
                b(32, "nl.doorbraak.plugin.standaard", "1.0.0.SNAPSHOT", "nl.doorbraak.plugin.standaard.jar"),
                b(33, "nl.doorbraak.plugin.standaard", "1.1.0", "standaard-1.1.jar")));

        assertThat(v.genegeerd()).containsExactly(32L, 30L);
        assertThat(v.waarschuwingen()).containsExactly("In deploy/ staan 3 versies van bundle "
                + "nl.doorbraak.plugin.standaard: standaard-1.1.jar (1.1.0) is in gebruik, "
                + "nl.doorbraak.plugin.standaard.jar (1.0.0.SNAPSHOT), nl.doorbraak.plugin.standaard-0.9.0.jar (0.9.0) "
                + "wordt genegeerd. Het platform gebruikt de hoogste versie; verwijder de bestanden die u niet meer "
                + "wilt.");
    }

    @Test
    void eenSnapshotIsHogerDanDeVersieZonderQualifier() {
        // OSGi: 1.0.0.SNAPSHOT comes after 1.0.0, as the launcher and the core compare too
        DeployVersies v = new DeployVersies(List.of(b(1, "a", "1.0.0", "a.jar"), b(2, "a", "1.0.0.SNAPSHOT", "a-s.jar")));
        assertThat(v.genegeerd()).containsExactly(1L);
    }

    @Test
    void versiesVergelijkenNumeriekEnElkeBundleOpZich() {
        DeployVersies v = new DeployVersies(List.of(b(1, "a", "1.10.0", "a-1.10.jar"), b(2, "a", "1.9.0", "a-1.9.jar"),
                b(3, "b", "2.0.0", "b.jar")));
        assertThat(v.genegeerd()).containsExactly(2L);
        assertThat(v.waarschuwingen()).singleElement().asString().contains("a-1.10.jar (1.10.0) is in gebruik");
    }

    @Test
    void eenBundlePerNaamIsGeenWaarschuwing() {
        DeployVersies v = new DeployVersies(List.of(b(1, "a", "1.0.0", "a.jar"), b(2, "b", "1.0.0", "b.jar")));
        assertThat(v.waarschuwingen()).isEmpty();
        assertThat(v.genegeerd()).isEmpty();
    }
}
