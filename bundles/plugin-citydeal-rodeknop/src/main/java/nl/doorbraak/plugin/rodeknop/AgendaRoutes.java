package nl.doorbraak.plugin.rodeknop;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.http.Antwoord;
import nl.doorbraak.api.http.Verzoek;
import nl.doorbraak.api.opslag.VariantOpslag;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.plugin.rodeknop.AgendaPunt.Status;

/**
 * De afhandeling van de routes van de agenda (Bestuurstafel) en de cijfers, voor {@link RijkRoutes} en
 * {@link GemeenteRoutes}: die noemen alleen pad, rollen en samenvatting.
 */
@Component(service = AgendaRoutes.class)
public class AgendaRoutes {

    private final Agenda agenda;
    private final Cijfers cijfers;

    @Activate
    public AgendaRoutes(@Reference Agenda agenda, @Reference VariantOpslag opslag,
            @Reference GemeenteService gemeenten, @Reference Partijen partijen) {
        this(agenda, new Cijfers(opslag, gemeenten, partijen, agenda, Clock.systemUTC()));
    }

    AgendaRoutes(Agenda agenda, Cijfers cijfers) {
        this.agenda = agenda;
        this.cijfers = cijfers;
    }

    // --- het Rijk -----------------------------------------------------------------------------------------------

    Antwoord voorstellen(Verzoek v) {
        List<Regelgroep> lijst = agenda.voorstellen();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("drempel", agenda.drempel());
        m.put("count", lijst.size());
        m.put("results", lijst.stream().map(g -> g.naarJson(agenda::gemeenteNaam)).toList());
        return Antwoord.ok(m);
    }

    Antwoord lijstRijk(Verzoek v) {
        return lijst(v, true);
    }

    Antwoord puntRijk(Verzoek v) {
        return punt(v, true);
    }

    Antwoord maak(Verzoek v) {
        AgendaPunt p = agenda.maak(v.gebruiker(), v.body().orElse(Map.of()));
        return new Antwoord(201, agenda.naarJson(p, agenda.groepen(), true),
                Map.of("Location", "/api/rijk/rodeknop/agenda/" + p.id()));
    }

    Antwoord status(Verzoek v) {
        AgendaPunt p = agenda.wijzigStatus(v.gebruiker(), v.padParameters().get("id"), v.body().orElse(Map.of()));
        return Antwoord.ok(agenda.naarJson(p, agenda.groepen(), true));
    }

    Antwoord cijfersRijk(Verzoek v) {
        return Antwoord.ok(cijfers.platform());
    }

    // --- de gemeente (alleen lezen) -------------------------------------------------------------------------------

    Antwoord lijstGemeente(Verzoek v) {
        return lijst(v, false);
    }

    Antwoord puntGemeente(Verzoek v) {
        return punt(v, false);
    }

    Antwoord cijfersGemeente(Verzoek v) {
        return Antwoord.ok(cijfers.gemeente(v.gemeente()));
    }

    // --- hulp ---------------------------------------------------------------------------------------------------

    private Antwoord lijst(Verzoek v, boolean rijk) {
        Status status = status(Query.waarde(v, "status"));
        List<AgendaPunt> punten = agenda.punten(status);
        Map<String, Regelgroep> groepen = punten.isEmpty() ? Map.of() : agenda.groepen();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", punten.size());
        m.put("results", punten.stream().map(p -> agenda.naarJson(p, groepen, rijk)).toList());
        return Antwoord.ok(m);
    }

    private Antwoord punt(Verzoek v, boolean rijk) {
        AgendaPunt p = agenda.punt(v.padParameters().get("id"));
        return Antwoord.ok(agenda.naarJson(p, agenda.groepen(), rijk));
    }

    private static Status status(String code) {
        if (code == null) {
            return null;
        }
        return Status.van(code).orElseThrow(() -> new OngeldigeInvoerException("Onbekende status.",
                List.of(new VeldFout("status", "keuze", "Status '" + code + "' bestaat niet; kies " + Status.codes()
                        + "."))));
    }
}
