package nl.doorbraak.test.standaardv1;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import nl.doorbraak.api.variant.TafelVariant;
import nl.doorbraak.api.variant.VariantVeld;

/** The standaard variant at schema 1: no {@code regelsInDeWeg} yet. */
@Component(service = TafelVariant.class)
public class StandaardVariantV1 implements TafelVariant {

    @Override
    public String id() {
        return "standaard";
    }

    @Override
    public String naam() {
        return "Doorbraaktafel (City Deal)";
    }

    @Override
    public int schemaVersie() {
        return 1;
    }

    @Override
    public List<VariantVeld> velden() {
        return List.of(
                VariantVeld.keuze("urgentie", "Urgentie", true, List.of("laag", "normaal", "hoog", "spoed")),
                VariantVeld.tekst("aangebrachtDoor", "Aangebracht door", false, 200),
                VariantVeld.tekst("domeinen", "Leefdomeinen", false, 500));
    }
}
