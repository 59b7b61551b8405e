package nl.gemeente.doorbraak.voorbeeld;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.variant.TafelVariant;
import nl.doorbraak.api.variant.VariantVeld;

/**
 * De tafelvariant: wat deze tafel anders doet dan de standaard. De core vindt hem vanzelf (Declarative Services);
 * een gemeente gebruikt hem zodra {@code voorbeeld} in {@code varianten} van haar configuratie staat.
 */
@Component(service = TafelVariant.class)
public class VoorbeeldVariant implements TafelVariant {

    /** Staat in elke tafel en casus van deze variant en in config/: verander het nooit meer. */
    public static final String ID = "voorbeeld";
    static final List<String> LEEFGEBIEDEN = List.of("wonen", "werk", "schulden", "zorg", "anders");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String naam() {
        return "Voorbeeldtafel";
    }

    @Override
    public String omschrijving() {
        return "Een tafel per leefgebied; vervang dit door wat uw tafel doet.";
    }

    @Override
    public int schemaVersie() {
        // verhoog bij elke wijziging van velden() en zet oudere gegevens om in upgrade(...)
        return 1;
    }

    @Override
    public List<VariantVeld> velden() {
        return List.of(
                VariantVeld.keuze("leefgebied", "Leefgebied", true, LEEFGEBIEDEN),
                VariantVeld.tekst("toelichting", "Toelichting", false, 500));
    }

    /** Pas aangeroepen als type, verplicht en lengte al kloppen (dat controleert de core zelf). */
    @Override
    public List<VeldFout> valideer(Map<String, Object> data) {
        Object toelichting = data.get("toelichting");
        if ("anders".equals(data.get("leefgebied"))
                && (!(toelichting instanceof String t) || t.isBlank())) {
            return List.of(new VeldFout("toelichting", "verplicht",
                    "Bij leefgebied 'anders' hoort een toelichting: welk leefgebied is het?"));
        }
        return List.of();
    }
}
