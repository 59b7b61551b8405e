package nl.gemeente.doorbraak.voorbeeld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.variant.VariantVeld;

/** Een gewone unit-test: de variant is een gewone klasse, zonder platform eromheen. */
class VoorbeeldVariantTest {

    private final VoorbeeldVariant variant = new VoorbeeldVariant();

    @Test
    void leefgebiedIsVerplichtEnEenKeuze() {
        VariantVeld leefgebied = variant.velden().get(0);
        assertEquals("leefgebied", leefgebied.naam());
        assertTrue(leefgebied.verplicht());
        assertEquals(VoorbeeldVariant.LEEFGEBIEDEN, leefgebied.waarden());
    }

    @Test
    void andersVraagtEenToelichting() {
        List<VeldFout> fouten = variant.valideer(Map.of("leefgebied", "anders"));
        assertEquals(1, fouten.size());
        assertEquals("toelichting", fouten.get(0).naam());

        assertEquals(List.of(), variant.valideer(Map.of("leefgebied", "anders", "toelichting", "Vervoer")));
        assertEquals(List.of(), variant.valideer(Map.of("leefgebied", "wonen")));
    }

    @Test
    void deRoutesHorenBijDeVariant() {
        VoorbeeldEndpoint endpoint = new VoorbeeldEndpoint(null, null);
        assertEquals(VoorbeeldVariant.ID, endpoint.variant());
        assertEquals(3, endpoint.routes().size());
        assertTrue(endpoint.routes().stream().allMatch(r -> !r.rollen().isEmpty()), "elke route noemt rollen");
    }
}
