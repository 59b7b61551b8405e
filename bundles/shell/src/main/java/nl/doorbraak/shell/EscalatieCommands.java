package nl.doorbraak.shell;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieFilter;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.service.EscalatieService;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;

/**
 * {@code doorbraak:escalaties <gemeente> [--verlopen]}: de escalaties van een gemeente, nieuwste eerst, met niveau,
 * status en deadline. Een eigen component (niet in {@link DoorbraakCommands}), zodat de andere commando's blijven
 * werken als de escalatieservice er even niet is. Geen persoonsgegevens en geen vrije tekst (reden, antwoord): alleen
 * ids, niveau, status en tijden. De core legt de lijst vast in het verwerkingenlog, door {@code systeem:gogo-shell}.
 */
@Component(service = EscalatieCommands.class, property = {
        "osgi.command.scope=doorbraak",
        "osgi.command.function=escalaties" })
public class EscalatieCommands {

    private static final int PAGINA = 100;
    static final String DOEL = "Escalaties van de gemeente overzien voor het beheer van het platform (Gogo-shell)";
    /** The console has no login: the platform itself lists ({@code systeem:gogo-shell} in the verwerkingenlog). */
    static final Namens CONSOLE = Namens.van(Gebruiker.systeem("gogo-shell"), DOEL);
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final GemeenteService gemeenten;
    private final EscalatieService escalaties;

    @Activate
    public EscalatieCommands(@Reference GemeenteService gemeenten, @Reference EscalatieService escalaties) {
        this.gemeenten = gemeenten;
        this.escalaties = escalaties;
    }

    @Descriptor("toont de escalaties van een gemeente; --verlopen: alleen open escalaties over hun deadline")
    public String escalaties(
            @Descriptor("alleen open escalaties waarvan de deadline voorbij is")
            @Parameter(names = { "--verlopen", "-v" }, presentValue = "true", absentValue = "false") boolean verlopen,
            @Descriptor("id van de gemeente, bijvoorbeeld utrecht") String gemeente) {
        return toon(gemeente, verlopen, Instant.now());
    }

    String toon(String gemeente, boolean verlopen, Instant nu) {
        if (gemeenten.zoek(gemeente).isEmpty()) {
            return "Onbekende gemeente '" + Tekst.neutraliseer(gemeente) + "'. Bekend: "
                    + gemeenten.alle().stream().map(Gemeente::id).collect(Collectors.joining(", "));
        }
        Tabel t = new Tabel("ID", "CASUS", "NIVEAU", "STATUS", "DEADLINE", "");
        EscalatieFilter filter = new EscalatieFilter(null, null, verlopen, null);
        int page = 1;
        int aantalVerlopen = 0;
        Pagina<Escalatie> p;
        do {
            p = escalaties.lijst(CONSOLE, gemeente, filter, page++, PAGINA);
            for (Escalatie e : p.results()) {
                String over = "";
                if (e.verlopen()) {
                    aantalVerlopen++;
                    over = "verlopen (" + Duration.between(e.deadline(), nu).toDays() + " d)";
                }
                t.rij(e.id(), e.casusId(), e.niveau(), e.status().code(), DATUM.format(e.deadline()), over);
            }
        } while (p.heeftVolgende());
        if (p.count() == 0) {
            return verlopen ? "Geen verlopen escalaties in " + gemeente + "."
                    : "Geen escalaties in " + gemeente + ".";
        }
        return t + (p.count() + " escalatie(s)" + (verlopen ? "" : ", waarvan " + aantalVerlopen + " verlopen"));
    }
}
