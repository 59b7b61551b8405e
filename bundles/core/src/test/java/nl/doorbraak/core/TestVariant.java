package nl.doorbraak.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.StatusWijziging;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.variant.TafelVariant;
import nl.doorbraak.api.variant.VariantVeld;

/**
 * A real variant implementation for tests, shaped like the {@code standaard} plug-in (urgentie, aangebrachtDoor,
 * domeinen) plus, from schema 2 on, a field {@code vervolgafspraak} that the upgrade fills in.
 */
public class TestVariant implements TafelVariant {

    public final List<Casus> intakes = new CopyOnWriteArrayList<>();
    public final List<StatusWijziging> wijzigingen = new CopyOnWriteArrayList<>();
    private final String id;
    private final int schema;
    public volatile RuntimeException faalBijUpgrade;
    public volatile RuntimeException faalBijValideer;
    /** RuntimeException or Error, thrown from bijIntake and bijStatuswijziging. */
    public volatile Throwable faalBijReactie;
    public volatile int upgrades;

    public TestVariant(String id, int schema) {
        this.id = id;
        this.schema = schema;
    }

    public static TestVariant standaard() {
        return new TestVariant("standaard", 1);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String naam() {
        return "Test " + id;
    }

    @Override
    public int schemaVersie() {
        return schema;
    }

    @Override
    public List<VariantVeld> velden() {
        List<VariantVeld> v = new ArrayList<>(List.of(
                VariantVeld.keuze("urgentie", "Urgentie", true, List.of("laag", "normaal", "hoog", "spoed")),
                VariantVeld.tekst("aangebrachtDoor", "Aangebracht door", false, 200),
                VariantVeld.tekst("domeinen", "Domeinen", false, 500)));
        if (schema >= 2) {
            v.add(VariantVeld.tekst("vervolgafspraak", "Vervolgafspraak", false, 100));
            v.add(VariantVeld.datum("datumTafel", "Datum tafel", false));
            v.add(VariantVeld.getal("kosten", "Kosten", false));
            v.add(VariantVeld.jaNee("spoed", "Spoed", false));
        }
        return v;
    }

    @Override
    public Map<String, Object> upgrade(int vanVersie, Map<String, Object> data) {
        upgrades++;
        if (faalBijUpgrade != null) {
            throw faalBijUpgrade;
        }
        Map<String, Object> nieuw = new LinkedHashMap<>(data);
        if (vanVersie < 2) {
            nieuw.putIfAbsent("vervolgafspraak", "nog plannen");
        }
        return nieuw;
    }

    @Override
    public List<VeldFout> valideer(Map<String, Object> data) {
        if (faalBijValideer != null) {
            throw faalBijValideer;
        }
        if ("spoed".equals(data.get("urgentie")) && data.get("aangebrachtDoor") == null) {
            return List.of(new VeldFout("aangebrachtDoor", "verplicht", "Bij spoed: wie bracht de casus aan?"));
        }
        return List.of();
    }

    @Override
    public void bijIntake(Casus casus) {
        intakes.add(casus);
        gooi();
    }

    @Override
    public void bijStatuswijziging(Casus casus, StatusWijziging wijziging) {
        wijzigingen.add(wijziging);
        gooi();
    }

    private void gooi() {
        Throwable t = faalBijReactie;
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }
}
