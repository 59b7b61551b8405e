package nl.doorbraak.shell;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.Actie;
import nl.doorbraak.api.domein.ActieFilter;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Potje;
import nl.doorbraak.api.domein.Wisresultaat;
import nl.doorbraak.api.service.ActieService;
import nl.doorbraak.api.service.BewaartermijnService;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.PotjeService;
import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;

/**
 * De vragen die een beheerder het vaakst heeft: {@code doorbraak:acties <gemeente> [--verlopen]} (wat ligt er nog,
 * wat is over de deadline, per eigenaar), {@code doorbraak:potjes <gemeente>} (saldo), en
 * {@code doorbraak:bewaartermijn [gemeente] [--proef]} (persoonsgegevens wissen na de bewaartermijn). Geen
 * persoonsgegevens: van een actie alleen id, casus, organisatie en deadline; de core legt de lijst toch vast in het
 * verwerkingenlog, door {@code systeem:gogo-shell}.
 */
@Component(service = MethodeCommands.class, property = {
        "osgi.command.scope=doorbraak",
        "osgi.command.function=acties",
        "osgi.command.function=potjes",
        "osgi.command.function=bewaartermijn" })
public class MethodeCommands {

    private static final int PAGINA = 100;
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(NL);

    static final String DOEL_ACTIES = "Open acties van de gemeente overzien voor het beheer van het platform (Gogo-shell)";
    /** The console has no login: the platform itself lists ({@code systeem:gogo-shell} in the verwerkingenlog). */
    static final Namens CONSOLE = Namens.van(Gebruiker.systeem("gogo-shell"), DOEL_ACTIES);
    /** Potjes hold no personal data: nothing is recorded for their list. */
    static final Namens CONSOLE_POTJES = Namens.van(Gebruiker.systeem("gogo-shell"));
    /** Wiping shows nothing: the audittrail names {@code systeem:gogo-shell} for every casus wiped. */
    static final Namens CONSOLE_BEWAARTERMIJN = Namens.van(Gebruiker.systeem("gogo-shell"));

    private final GemeenteService gemeenten;
    private final ActieService acties;
    private final PotjeService potjes;
    private final BewaartermijnService bewaartermijn;

    @Activate
    public MethodeCommands(@Reference GemeenteService gemeenten, @Reference ActieService acties,
            @Reference PotjeService potjes, @Reference BewaartermijnService bewaartermijn) {
        this.gemeenten = gemeenten;
        this.acties = acties;
        this.potjes = potjes;
        this.bewaartermijn = bewaartermijn;
    }

    @Descriptor("toont de open acties van een gemeente per eigenaar; --verlopen: alleen die over hun deadline")
    public String acties(
            @Descriptor("alleen open acties waarvan de deadline voorbij is")
            @Parameter(names = { "--verlopen", "-v" }, presentValue = "true", absentValue = "false") boolean verlopen,
            @Descriptor("id van de gemeente, bijvoorbeeld utrecht") String gemeente) {
        String fout = onbekend(gemeente);
        if (fout != null) {
            return fout;
        }
        LocalDate vandaag = LocalDate.now(NL);
        Tabel t = new Tabel("ORGANISATIE", "DEADLINE", "", "ACTIE", "CASUS");
        ActieFilter filter = new ActieFilter(null, null, null, true, verlopen, null);
        int page = 1;
        int over = 0;
        Pagina<Actie> p;
        java.util.Map<String, Integer> perEigenaar = new java.util.TreeMap<>();
        do {
            p = acties.lijst(CONSOLE, gemeente, filter, page++, PAGINA);
            for (Actie a : p.results()) {
                String status = "";
                if (a.verlopen()) {
                    over++;
                    status = ChronoUnit.DAYS.between(a.deadline(), vandaag) + " d over";
                }
                perEigenaar.merge(a.organisatie(), 1, Integer::sum);
                t.rij(a.organisatie(), a.deadline().toString(), status, a.id(), a.casusId());
            }
        } while (p.heeftVolgende());
        if (p.count() == 0) {
            return verlopen ? "Geen verlopen acties in " + gemeente + "." : "Geen open acties in " + gemeente + ".";
        }
        return t.toString() + p.count() + " open actie(s)" + (verlopen ? " over de deadline" : ", waarvan " + over
                + " over de deadline") + ". Per eigenaar: " + perEigenaar.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ".";
    }

    @Descriptor("toont de Voorkom Erger Potjes van een gemeente met hun saldo")
    public String potjes(@Descriptor("id van de gemeente, bijvoorbeeld utrecht") String gemeente) {
        String fout = onbekend(gemeente);
        if (fout != null) {
            return fout;
        }
        List<Potje> alle = potjes.lijst(CONSOLE_POTJES, gemeente);
        if (alle.isEmpty()) {
            return "Geen potjes in " + gemeente + ". Een gemeentebeheerder maakt ze met POST /api/gemeenten/"
                    + gemeente + "/potjes.";
        }
        Tabel t = new Tabel("NAAM", "TAFEL", "SALDO", "GESTORT", "UITGEGEVEN", "MUTATIES");
        java.math.BigDecimal totaal = java.math.BigDecimal.ZERO;
        for (Potje p : alle) {
            t.rij(p.naam(), p.tafelId() == null ? "alle" : p.tafelId(), euro(p.saldo()), euro(p.gestort()),
                    euro(p.uitgegeven()), Long.toString(p.mutaties()));
            totaal = totaal.add(p.saldo());
        }
        return t.toString() + alle.size() + " potje(s), samen " + euro(totaal) + " beschikbaar.";
    }

    @Descriptor("wist nu de persoonsgegevens van casussen die langer dan de bewaartermijn afgesloten zijn")
    public String bewaartermijn(
            @Descriptor("alleen tellen wat gewist zou worden, niets wissen")
            @Parameter(names = { "--proef", "-p" }, presentValue = "true", absentValue = "false") boolean proef,
            @Descriptor("id van de gemeente; leeg: alle gemeenten")
            @Parameter(names = { "--gemeente", "-g" }, absentValue = "") String gemeente) {
        if (!gemeente.isEmpty()) {
            String fout = onbekend(gemeente);
            if (fout != null) {
                return fout;
            }
        }
        List<Wisresultaat> r = bewaartermijn.voerUit(CONSOLE_BEWAARTERMIJN, gemeente.isEmpty() ? null : gemeente, proef);
        Tabel t = new Tabel("GEMEENTE", "TERMIJN", "AFGESLOTEN VOOR", proef ? "ZOU WISSEN" : "GEWIST", "NOTITIES");
        for (Wisresultaat w : r) {
            t.rij(w.gemeente(), w.bewaartermijnMaanden() + " mnd", TIJD.format(w.grens()), w.casussen() + " casus(sen)",
                    Integer.toString(w.notities()));
        }
        return t + (proef ? "Proef: er is niets gewist." : "Klaar. De cijfers van de rapportage blijven gelijk.");
    }

    private String onbekend(String gemeente) {
        if (gemeenten.zoek(gemeente).isPresent()) {
            return null;
        }
        return "Onbekende gemeente '" + Tekst.neutraliseer(gemeente) + "'. Bekend: "
                + gemeenten.alle().stream().map(Gemeente::id).collect(Collectors.joining(", "));
    }

    static String euro(java.math.BigDecimal b) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("nl-NL")));
        return "€ " + f.format(b);
    }
}
