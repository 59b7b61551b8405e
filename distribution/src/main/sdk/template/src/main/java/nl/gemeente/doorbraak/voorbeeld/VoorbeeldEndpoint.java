package nl.gemeente.doorbraak.voorbeeld;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.http.Antwoord;
import nl.doorbraak.api.http.Route;
import nl.doorbraak.api.http.VariantEndpoint;
import nl.doorbraak.api.http.Verzoek;
import nl.doorbraak.api.opslag.Document;
import nl.doorbraak.api.opslag.VariantOpslag;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;

/**
 * De eigen routes van de plug-in, onder {@code /api/gemeenten/{gemeente}/voorbeeld}: de casussen van deze variant,
 * en per casus één notitie, bewaard in {@link VariantOpslag}. Het platform heeft login, gemeente, variant en rol al
 * gecontroleerd; elke aanroep van {@link CasusService} gaat in naam van de gebruiker ({@link Namens}), en de core
 * beslist welke casussen hij ziet (een tafellid alleen die van zijn eigen tafels) en legt de inzage vast.
 */
@Component(service = VariantEndpoint.class)
public class VoorbeeldEndpoint implements VariantEndpoint {

    static final String SEGMENT = "voorbeeld";
    private static final String NOTITIES = "notities";
    private static final int MAX_TEKST = 2000;
    private static final Set<Rol> TAFEL = Set.of(Rol.CASUSREGISSEUR, Rol.TAFELLID);

    private final CasusService casussen;
    private final VariantOpslag opslag;

    @Activate
    public VoorbeeldEndpoint(@Reference CasusService casussen, @Reference VariantOpslag opslag) {
        this.casussen = casussen;
        this.opslag = opslag;
    }

    @Override
    public String segment() {
        return SEGMENT;
    }

    @Override
    public String variant() {
        return VoorbeeldVariant.ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                new Route("GET", "/casussen", "De casussen van de voorbeeldtafel", TAFEL, this::casussen),
                new Route("GET", "/casussen/{id}/notitie", "De notitie bij een casus", TAFEL, this::leesNotitie),
                new Route("PUT", "/casussen/{id}/notitie", "De notitie bij een casus vervangen",
                        Set.of(Rol.CASUSREGISSEUR), this::bewaarNotitie));
    }

    /** Alleen de casussen van deze variant: de core filtert (CasusFilter.vanVariant), niet de plug-in. */
    private Antwoord casussen(Verzoek v) {
        Pagina<Casus> p = casussen.lijst(Namens.van(v.gebruiker(), "Casussen van de voorbeeldtafel bekijken"),
                v.gemeente(), CasusFilter.vanVariant(VoorbeeldVariant.ID), 1, 100);
        List<Map<String, Object>> lijst = p.results().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("titel", c.titel());
            m.put("status", c.status().code());
            m.put("leefgebied", c.variantData().get("leefgebied"));
            return m;
        }).toList();
        return Antwoord.ok(Map.of("count", p.count(), "results", lijst));
    }

    private Antwoord leesNotitie(Verzoek v) {
        Casus casus = casus(v, "De notitie bij een casus lezen");
        Optional<Document> d = opslag.lees(v.gemeente(), NOTITIES, casus.id());
        return Antwoord.ok(Map.of("casusId", casus.id(), "tekst", d.map(x -> x.inhoud().get("tekst")).orElse(""),
                "versie", d.map(Document::versie).orElse(0L)));
    }

    private Antwoord bewaarNotitie(Verzoek v) {
        Casus casus = casus(v, "De notitie bij een casus bijwerken");
        Object tekst = v.body().map(b -> b.get("tekst")).orElse(null);
        if (!(tekst instanceof String t) || t.isBlank() || t.length() > MAX_TEKST) {
            throw new OngeldigeInvoerException("De notitie klopt niet.", List.of(new VeldFout("tekst", "verplicht",
                    "Geef 'tekst' mee: tekst van 1 tot " + MAX_TEKST + " tekens.")));
        }
        long gelezen = opslag.lees(v.gemeente(), NOTITIES, casus.id()).map(Document::versie).orElse(0L);
        // een ander heeft hem intussen gewijzigd: ConflictException, 409
        Document d = opslag.bewaar(v.gemeente(), NOTITIES, casus.id(), 1, Map.of("tekst", tekst), gelezen);
        return Antwoord.ok(Map.of("casusId", casus.id(), "tekst", tekst, "versie", d.versie()));
    }

    /** De casus uit het pad, als hij van deze variant is en de gebruiker hem mag zien (dat beslist de core); anders 404. */
    private Casus casus(Verzoek v, String doel) {
        String id = v.padParameters().get("id");
        return casussen.zoek(Namens.van(v.gebruiker(), doel), v.gemeente(), id)
                .filter(c -> VoorbeeldVariant.ID.equals(c.variant()))
                .orElseThrow(() -> new NietGevondenException("Er is geen casus van de voorbeeldtafel met id '" + id
                        + "'."));
    }
}
