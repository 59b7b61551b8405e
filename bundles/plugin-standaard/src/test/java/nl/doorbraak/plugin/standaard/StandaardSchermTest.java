package nl.doorbraak.plugin.standaard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.doorbraak.api.http.Antwoord;
import nl.doorbraak.api.http.Route;
import nl.doorbraak.api.http.Scherm;
import nl.doorbraak.api.toegang.Rol;

class StandaardSchermTest {

    private final StandaardEndpoint endpoint = new StandaardEndpoint(null);

    @Test
    void hetSchermWijstNaarEenModuleDieInDeJarKomt() throws Exception {
        List<Scherm> schermen = endpoint.schermen();
        assertThat(schermen).hasSize(1);
        Scherm s = schermen.get(0);
        assertThat(s.rollen()).containsExactlyInAnyOrder(Rol.CASUSREGISSEUR, Rol.TAFELLID);
        // bnd.bnd: -includeresource: ui=src/main/ui
        Path module = Path.of("src/main").resolve(s.module());
        assertThat(module).exists();
        String js = Files.readString(module);
        assertThat(js).contains("export default function toon(element, context)")
                .doesNotContain("style=", ".style.", "innerHTML", "eval(");
    }

    @Test
    @SuppressWarnings("unchecked")
    void deRouteVeldenGeeftDeVeldenVanDeVariant() throws Exception {
        Route velden = endpoint.routes().stream().filter(r -> r.pad().equals("/velden")).findFirst().orElseThrow();
        assertThat(velden.methode()).isEqualTo("GET");
        Antwoord a = velden.handler().behandel(null);
        Map<String, Object> body = (Map<String, Object>) a.body();
        assertThat(body).containsEntry("variant", "standaard").containsEntry("schemaVersie", 2);
        List<Map<String, Object>> lijst = (List<Map<String, Object>>) body.get("velden");
        assertThat(lijst).extracting(v -> v.get("naam"))
                .containsExactly("urgentie", "aangebrachtDoor", "domeinen", "regelsInDeWeg");
        assertThat(lijst.get(0)).containsEntry("type", "keuze").containsEntry("verplicht", true)
                .containsEntry("waarden", List.of("laag", "normaal", "hoog", "spoed"));
    }
}
