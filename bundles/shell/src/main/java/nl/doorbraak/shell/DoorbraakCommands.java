package nl.doorbraak.shell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.VariantInfo;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.Gezondheid;
import nl.doorbraak.api.service.VariantRegister;
import nl.doorbraak.api.tekst.Tekst;

/**
 * Gogo-commando's voor beheerders: {@code doorbraak:gemeenten}, {@code doorbraak:varianten},
 * {@code doorbraak:casussen <gemeente>}, {@code doorbraak:gezondheid}.
 *
 * <p>De shell handelt als platformbeheerder, en die ziet geen casusinhoud: van een casus toont
 * {@code doorbraak:casussen} alleen id, status, variant, tafel en de datum van de laatste wijziging, geen titel of
 * andere vrije tekst. Ook zo'n regel gaat over een (gepseudonimiseerde) inwoner: elke getoonde casus staat als
 * verwerking in het rapport van zijn inwoner (door {@code systeem:gogo-shell}); dat legt de core vast voordat hij de
 * lijst teruggeeft, zoals bij de casuslijst van de REST-API.
 */
@Component(service = DoorbraakCommands.class, property = {
        "osgi.command.scope=doorbraak",
        "osgi.command.function=gemeenten",
        "osgi.command.function=varianten",
        "osgi.command.function=casussen",
        "osgi.command.function=gezondheid" })
public class DoorbraakCommands {

    private static final int PAGINA = 100;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("Europe/Amsterdam"));
    static final String DOEL_CASUSSEN = "Casussen van de gemeente overzien voor het beheer van het platform (Gogo-shell)";
    /** The console has no login: the platform itself lists ({@code systeem:gogo-shell} in the verwerkingenlog). */
    static final Namens CONSOLE = Namens.van(Gebruiker.systeem("gogo-shell"), DOEL_CASUSSEN);

    private final GemeenteService gemeenten;
    private final VariantRegister varianten;
    private final CasusService casussen;
    private final Gezondheid gezondheid;

    @Activate
    public DoorbraakCommands(@Reference GemeenteService gemeenten, @Reference VariantRegister varianten,
            @Reference CasusService casussen, @Reference Gezondheid gezondheid) {
        this.gemeenten = gemeenten;
        this.varianten = varianten;
        this.casussen = casussen;
        this.gezondheid = gezondheid;
    }

    @Descriptor("toont de geconfigureerde gemeenten")
    public String gemeenten() {
        List<Gemeente> alle = gemeenten.alle();
        if (alle.isEmpty()) {
            return "Geen gemeenten geconfigureerd. Zet een bestand nl.doorbraak.gemeente-<id>.cfg in config/.";
        }
        Tabel t = new Tabel("ID", "NAAM", "VARIANTEN", "ESCALATIEROUTE", "BEWAARTERMIJN");
        for (Gemeente g : alle) {
            t.rij(g.id(), g.naam(), String.join(",", g.varianten()), g.escalatieniveaus().stream()
                    .map(n -> n.id() + " (" + n.reactietermijnDagen() + " d)").collect(Collectors.joining(" > ")),
                    g.bewaartermijnMaanden() + " mnd");
        }
        return t.toString();
    }

    @Descriptor("toont de tafelvarianten: geïnstalleerd (actief) of afwezig")
    public String varianten() {
        List<VariantInfo> alle = varianten.varianten();
        if (alle.isEmpty()) {
            return "Geen tafelvarianten bekend. Zet een plug-in-bundle in deploy/.";
        }
        Tabel t = new Tabel("ID", "NAAM", "BUNDLE", "VERSIE", "SCHEMA", "STATUS");
        for (VariantInfo v : alle) {
            t.rij(v.id(), v.naam(), v.bundle(), v.versie(), Integer.toString(v.schemaVersie()), v.status());
        }
        return t.toString();
    }

    @Descriptor("toont de casussen van een gemeente: id, status, variant, tafel en laatste wijziging (geen inhoud); "
            + "elke getoonde casus staat als verwerking in het rapport van zijn inwoner")
    public String casussen(@Descriptor("id van de gemeente, bijvoorbeeld utrecht") String gemeente) {
        if (gemeenten.zoek(gemeente).isEmpty()) {
            return "Onbekende gemeente '" + Tekst.neutraliseer(gemeente) + "'. Bekend: "
                    + gemeenten.alle().stream().map(Gemeente::id).collect(Collectors.joining(", "));
        }
        Tabel t = new Tabel("ID", "STATUS", "VARIANT", "TAFEL", "GEWIJZIGD");
        int page = 1;
        Pagina<Casus> p;
        long[] perStatus = new long[CasusStatus.values().length];
        do {
            // the core records every listed casus in its inwoner's report before it returns them
            p = casussen.lijst(CONSOLE, gemeente, CasusFilter.geen(), page++, PAGINA);
            for (Casus c : p.results()) {
                t.rij(c.id(), c.status().code(), c.variant(), c.tafelId(),
                        c.gewijzigd() == null ? null : DATUM.format(c.gewijzigd()));
                perStatus[c.status().ordinal()]++;
            }
        } while (p.heeftVolgende());
        StringBuilder totaal = new StringBuilder().append(p.count()).append(" casussen");
        for (CasusStatus s : CasusStatus.values()) {
            if (perStatus[s.ordinal()] > 0) {
                totaal.append(", ").append(perStatus[s.ordinal()]).append(' ').append(s.code());
            }
        }
        return t + totaal.toString();
    }

    @Descriptor("toont waarschuwingen over het platform, zoals een geweigerde configuratie")
    public String gezondheid() {
        List<String> w = gezondheid.waarschuwingen();
        return w.isEmpty() ? "Alles in orde."
                : "Waarschuwingen:\n  - " + w.stream().map(Tekst::neutraliseer).collect(Collectors.joining("\n  - "));
    }
}
