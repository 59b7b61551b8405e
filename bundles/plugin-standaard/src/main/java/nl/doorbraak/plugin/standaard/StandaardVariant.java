package nl.doorbraak.plugin.standaard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.StatusWijziging;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.variant.TafelVariant;
import nl.doorbraak.api.variant.VariantVeld;

/**
 * De generieke doorbraaktafel in City Deal-stijl: mensen met mandaat van alle betrokken organisaties aan één tafel.
 *
 * <p>Schema 2 voegt {@code regelsInDeWeg} toe: welke regels of procedures de inwoner vastzetten, zodat de tafel
 * ze kan melden als signaal (de regel is stuk). Gegevens van schema 1 krijgen een lege waarde.
 */
@Component(service = TafelVariant.class)
public class StandaardVariant implements TafelVariant {

    static final String ID = "standaard";
    static final List<String> URGENTIES = List.of("laag", "normaal", "hoog", "spoed");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String naam() {
        return "Doorbraaktafel (City Deal)";
    }

    @Override
    public String omschrijving() {
        return "Mensen met mandaat van woningcorporatie, Werk & Inkomen, UWV, DUO, CJIB, zorgverzekeraar en "
                + "schuldhulp hakken samen de knoop door.";
    }

    @Override
    public int schemaVersie() {
        return 2;
    }

    @Override
    public List<VariantVeld> velden() {
        return List.of(
                VariantVeld.keuze("urgentie", "Urgentie", true, URGENTIES),
                VariantVeld.tekst("aangebrachtDoor", "Aangebracht door", false, 200),
                VariantVeld.tekst("domeinen", "Leefdomeinen (wonen, werk, geld, zorg)", false, 500),
                VariantVeld.tekst("regelsInDeWeg", "Regels die in de weg zitten", false, 1000));
    }

    @Override
    public Map<String, Object> upgrade(int vanVersie, Map<String, Object> data) {
        Map<String, Object> nieuw = new LinkedHashMap<>(data);
        if (vanVersie < 2) {
            nieuw.putIfAbsent("regelsInDeWeg", "");
        }
        return nieuw;
    }

    @Override
    public List<VeldFout> valideer(Map<String, Object> data) {
        // spoed zonder wie het aanbracht kan de tafel niet terugbellen
        if ("spoed".equals(data.get("urgentie")) && isLeeg(data.get("aangebrachtDoor"))) {
            return List.of(new VeldFout("variantData.aangebrachtDoor", "verplicht",
                    "Bij urgentie 'spoed' is 'aangebracht door' verplicht: de tafel moet iemand kunnen terugbellen."));
        }
        return List.of();
    }

    @Override
    public void bijIntake(Casus casus) {
        // the standaard tafel needs no extra intake work; Utrecht and Leeuwarden variants do
    }

    @Override
    public void bijStatuswijziging(Casus casus, StatusWijziging wijziging) {
        // nothing variant-specific: the core keeps the history
    }

    private static boolean isLeeg(Object o) {
        return o == null || o.toString().isBlank();
    }
}
