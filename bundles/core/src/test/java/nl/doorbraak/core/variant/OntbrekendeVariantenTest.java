package nl.doorbraak.core.variant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestOnderdeel;
import nl.doorbraak.core.TestVariant;

/** The health warning for a variant a gemeente enabled but no plug-in provides. */
class OntbrekendeVariantenTest {

    @TempDir
    Path map;
    CoreOmgeving o;

    @BeforeEach
    void start() {
        o = new CoreOmgeving(map);
        o.gezondheid.voegBronToe(new OntbrekendeVarianten(o.gemeenten, o.varianten));
    }

    @AfterEach
    void stop() {
        o.close();
    }

    @Test
    void eenAangezetteVariantZonderPlugInIsEenWaarschuwingTotDePlugInKomtOfDeConfiguratieVerandert() {
        // the three gemeenten use standaard, and nothing provides it yet
        assertThat(o.gezondheid.waarschuwingen()).hasSize(3).allSatisfy(w -> assertThat(w)
                .contains("variant 'standaard' aangezet").contains("geen geïnstalleerde plug-in"));
        assertThat(o.gezondheid.waarschuwingen()).anySatisfy(w -> assertThat(w).startsWith("Gemeente 'utrecht'"));

        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        assertThat(o.gezondheid.waarschuwingen()).isEmpty();

        o.gemeente("zwolle", "Gemeente Zwolle", "standaard,jongeren");
        assertThat(o.gezondheid.waarschuwingen()).containsExactly("Gemeente 'zwolle' heeft variant 'jongeren' "
                + "aangezet (varianten in haar configuratie), maar geen geïnstalleerde plug-in levert die variant: "
                + "installeer de plug-in in deploy/ of haal de variant uit de configuratie.");

        // the plug-in arrives, and goes again
        o.varianten.aanmelden(new TestVariant("jongeren", 1), 2, 0, "nl.zwolle.jongeren", "1.0.0");
        assertThat(o.gezondheid.waarschuwingen()).isEmpty();
        o.varianten.afmelden(2);
        assertThat(o.gezondheid.waarschuwingen()).singleElement().asString().contains("'zwolle'", "'jongeren'");

        // the configuration changes
        o.gemeente("zwolle", "Gemeente Zwolle", "standaard");
        assertThat(o.gezondheid.waarschuwingen()).isEmpty();
    }

    @Test
    void eenOnderdeelDatEenPlugInLevertIsGeenOntbrekendeVariantTotDiePlugInWeg() {
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        o.gemeente("utrecht", "Gemeente Utrecht", "standaard,rodeknop");
        assertThat(o.gezondheid.waarschuwingen()).singleElement().asString().contains("'utrecht'", "'rodeknop'");

        o.varianten.aanmeldenOnderdeel(TestOnderdeel.rodeknop(), 2, 0, "nl.plugin.rodeknop", "1.0.0");
        assertThat(o.gezondheid.waarschuwingen()).isEmpty();

        o.varianten.afmeldenOnderdeel(2);
        assertThat(o.gezondheid.waarschuwingen()).singleElement().asString().contains("'utrecht'", "'rodeknop'",
                "geen geïnstalleerde plug-in");
    }
}
