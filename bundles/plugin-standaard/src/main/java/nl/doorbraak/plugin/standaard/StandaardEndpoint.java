package nl.doorbraak.plugin.standaard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.CasusWijziging;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.http.Antwoord;
import nl.doorbraak.api.http.Route;
import nl.doorbraak.api.http.Scherm;
import nl.doorbraak.api.http.VariantEndpoint;
import nl.doorbraak.api.http.Verzoek;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.api.variant.VariantVeld;

/**
 * Routes van de standaardtafel onder {@code /api/gemeenten/{gemeente}/standaard}: het urgentie-overzicht voor de
 * agenda, en de actie "spoed" die een casus naar voren haalt.
 */
@Component(service = VariantEndpoint.class)
public class StandaardEndpoint implements VariantEndpoint {

    private static final Set<Rol> TAFEL = Set.of(Rol.CASUSREGISSEUR, Rol.TAFELLID);
    private static final int PAGINA = 100;

    private final CasusService casussen;
    /** The variant's own field descriptions: described once, in StandaardVariant. */
    private final StandaardVariant variant = new StandaardVariant();

    @Activate
    public StandaardEndpoint(@Reference CasusService casussen) {
        this.casussen = casussen;
    }

    @Override
    public String segment() {
        return "standaard";
    }

    @Override
    public String variant() {
        return StandaardVariant.ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                new Route("GET", "/urgentie", "Open casussen van de standaardtafel per urgentie, voor de agenda",
                        TAFEL, this::urgentie),
                new Route("GET", "/velden", "De velden van de standaardtafel (naam, label, type, verplicht, "
                        + "maximale lengte, keuzes), voor het scherm Variantvelden", TAFEL, this::velden),
                new Route("POST", "/casussen/{id}/spoed",
                        "Markeer een casus als spoed (met wie hem aanbracht), zodat hij bovenaan de agenda komt",
                        TAFEL, this::spoed));
    }

    /**
     * Het scherm in de webapplicatie: de velden van de variant in een tabel ({@code src/main/ui/variantvelden.js},
     * in de bundle onder {@code ui/}).
     */
    @Override
    public List<Scherm> schermen() {
        return List.of(new Scherm("variantvelden", "Variantvelden", TAFEL, "ui/variantvelden.js",
                "De extra velden van een casus aan de standaardtafel"));
    }

    private Antwoord velden(Verzoek v) {
        List<Map<String, Object>> velden = new java.util.ArrayList<>();
        for (VariantVeld veld : variant.velden()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("naam", veld.naam());
            m.put("label", veld.label());
            m.put("type", veld.type().name().toLowerCase(java.util.Locale.ROOT));
            m.put("verplicht", veld.verplicht());
            m.put("maxLengte", veld.maxLengte());
            m.put("waarden", veld.waarden());
            velden.add(m);
        }
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("variant", variant.id());
        antwoord.put("naam", variant.naam());
        antwoord.put("schemaVersie", variant.schemaVersie());
        antwoord.put("velden", velden);
        return Antwoord.ok(antwoord);
    }

    private Antwoord urgentie(Verzoek v) {
        Map<String, Integer> perUrgentie = new LinkedHashMap<>();
        StandaardVariant.URGENTIES.forEach(u -> perUrgentie.put(u, 0));
        int page = 1;
        Pagina<Casus> p;
        do {
            // only this variant's casussen, filtered by the core in SQL; the core shows a tafellid only his own
            // tafels' casussen, and records that they were read
            p = casussen.lijst(Namens.van(v.gebruiker(), "Open casussen per urgentie bekijken voor de agenda"),
                    v.gemeente(), CasusFilter.vanVariant(StandaardVariant.ID), page++, PAGINA);
            for (Casus c : p.results()) {
                if (c.status() != CasusStatus.AFGESLOTEN) {
                    perUrgentie.merge(String.valueOf(c.variantData().get("urgentie")), 1, Integer::sum);
                }
            }
        } while (p.heeftVolgende());
        // fields in a fixed order (Map.of has none): the same answer every time
        Map<String, Object> antwoord = new java.util.LinkedHashMap<>();
        antwoord.put("gemeente", v.gemeente());
        antwoord.put("open", perUrgentie);
        return Antwoord.ok(antwoord);
    }

    private Antwoord spoed(Verzoek v) {
        String id = v.padParameters().get("id");
        // the core decides whether this user may see the casus (a tafellid: only of his own tafels), and records it
        Namens namens = Namens.van(v.gebruiker(), "Casus als spoed op de agenda zetten");
        Casus casus = casussen.zoek(namens, v.gemeente(), id)
                .filter(c -> StandaardVariant.ID.equals(c.variant()))
                .orElseThrow(() -> new NietGevondenException("Er is geen casus van de standaardtafel met id '" + id + "'."));
        Object door = v.body().map(b -> b.get("aangebrachtDoor")).orElse(casus.variantData().get("aangebrachtDoor"));
        if (door == null || door.toString().isBlank()) {
            throw new OngeldigeInvoerException("Zeg wie de spoed aanbrengt.", List.of(new VeldFout("aangebrachtDoor",
                    "verplicht", "Geef 'aangebrachtDoor' mee: de tafel moet iemand kunnen terugbellen.")));
        }
        Map<String, Object> data = new LinkedHashMap<>(casus.variantData());
        data.put("urgentie", "spoed");
        data.put("aangebrachtDoor", door.toString());
        Casus gewijzigd = casussen.wijzig(namens, v.gemeente(), id, casus.versie(),
                new CasusWijziging(null, null, null, null, null, data));
        Map<String, Object> antwoord = new java.util.LinkedHashMap<>();
        antwoord.put("id", gewijzigd.id());
        antwoord.put("urgentie", "spoed");
        antwoord.put("versie", gewijzigd.versie());
        return Antwoord.ok(antwoord);
    }
}
