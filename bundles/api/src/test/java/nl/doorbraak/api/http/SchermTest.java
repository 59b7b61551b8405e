package nl.doorbraak.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.doorbraak.api.toegang.Rol;

class SchermTest {

    @Test
    void eenModuleStaatOnderUi() {
        assertThat(Scherm.geldigPad("ui/velden.js")).isTrue();
        assertThat(Scherm.geldigPad("ui/sub/map/velden.min.js")).isTrue();
        for (String fout : new String[] { null, "", "ui/", "ui", "velden.js", "/ui/velden.js", "ui/../x.js",
                "ui/sub/../../x.js", "ui/./x.js", "ui//x.js", "ui/.x/y.js", "ui\\x.js", "UI/x.js", "ui/x.js/",
                "ui/a b.js", "META-INF/MANIFEST.MF", "nl/doorbraak/Klasse.class", "ui/%2e%2e/x.js" }) {
            assertThat(Scherm.geldigPad(fout)).as(fout).isFalse();
        }
    }

    @Test
    void eenOngeldigSchermWordtMetRedenGeweigerd() {
        assertThatThrownBy(() -> new Scherm("velden", "Velden", Set.of(Rol.CASUSREGISSEUR), "../geheim.js"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ui/");
        assertThatThrownBy(() -> new Scherm("Velden", "Velden", Set.of(Rol.CASUSREGISSEUR), "ui/velden.js"))
                .hasMessageContaining("kleine letters");
        assertThatThrownBy(() -> new Scherm("velden", " ", Set.of(Rol.CASUSREGISSEUR), "ui/velden.js"))
                .hasMessageContaining("titel");
    }

    @Test
    void rollenEnBeschrijvingZijnNetjes() {
        Scherm s = new Scherm("velden", "Velden", null, "ui/velden.js", " ");
        assertThat(s.rollen()).isEmpty();
        assertThat(s.beschrijving()).isNull();
    }
}
