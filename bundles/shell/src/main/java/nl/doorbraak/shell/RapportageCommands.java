package nl.doorbraak.shell;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Rapportage;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.RapportageService;
import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;

/**
 * {@code doorbraak:rapportage <gemeente> [jaar]}: de kerncijfers van een gemeente over een jaar (standaard het lopende).
 * Een eigen component, zodat de andere commando's blijven werken als de rapportageservice er even niet is. De
 * rapportage bevat geen persoonsgegevens.
 */
@Component(service = RapportageCommands.class, property = {
        "osgi.command.scope=doorbraak",
        "osgi.command.function=rapportage" })
public class RapportageCommands {

    /** The console has no login: the platform itself asks (anonymous figures, nothing is recorded). */
    static final Namens CONSOLE = Namens.van(Gebruiker.systeem("gogo-shell"));

    private final GemeenteService gemeenten;
    private final RapportageService rapportage;

    @Activate
    public RapportageCommands(@Reference GemeenteService gemeenten, @Reference RapportageService rapportage) {
        this.gemeenten = gemeenten;
        this.rapportage = rapportage;
    }

    @Descriptor("toont de kerncijfers van een gemeente over het lopende jaar")
    public String rapportage(@Descriptor("id van de gemeente, bijvoorbeeld utrecht") String gemeente) {
        return rapportage(gemeente, LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear());
    }

    @Descriptor("toont de kerncijfers van een gemeente over een jaar")
    public String rapportage(@Descriptor("id van de gemeente, bijvoorbeeld utrecht") String gemeente,
            @Descriptor("kalenderjaar, bijvoorbeeld 2025") int jaar) {
        if (gemeenten.zoek(gemeente).isEmpty()) {
            return "Onbekende gemeente '" + Tekst.neutraliseer(gemeente) + "'. Bekend: "
                    + gemeenten.alle().stream().map(Gemeente::id).collect(Collectors.joining(", "));
        }
        Rapportage r;
        try {
            r = rapportage.rapportage(CONSOLE, gemeente, jaar, null);
        } catch (OngeldigeInvoerException e) {
            return Tekst.neutraliseer(e.getMessage());
        }
        Rapportage.Casussen k = r.casussen();
        Tabel t = new Tabel("CIJFER", "WAARDE");
        t.rij("casussen aangemeld", Integer.toString(k.aangemeld()));
        t.rij("casussen afgesloten", k.afgeslotenTotaal() + " (" + k.afgesloten().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")");
        t.rij("open op jaareinde", Integer.toString(k.openOpJaareinde()));
        t.rij("doorbraken", Integer.toString(r.besluiten().doorbraken()));
        t.rij("reguliere besluiten", Integer.toString(r.besluiten().regulier()));
        t.rij("mediaan doorlooptijd", r.doorlooptijd().mediaanDagen() == null ? "-"
                : r.doorlooptijd().mediaanDagen().toPlainString().replace('.', ',') + " dagen ("
                        + r.doorlooptijd().casussen() + " casussen)");
        t.rij("geschatte besparing", euro(r.besparing().bedrag()) + " (" + r.besparing().bron() + ")");
        t.rij("potjes gestort", euro(r.potjes().gestort()));
        t.rij("potjes uitgegeven", euro(r.potjes().uitgegeven()));
        t.rij("potjes saldo jaareinde", euro(r.potjes().saldoOpJaareinde()));
        t.rij("acties open / verlopen", r.acties().open() + " / " + r.acties().verlopen());
        t.rij("acties gereed in jaar", Integer.toString(r.acties().gereed()));
        t.rij("escalaties open / verlopen", r.escalaties().open() + " / " + r.escalaties().verlopen());
        t.rij("escalaties begonnen", Integer.toString(r.escalaties().inJaar()));
        t.rij("signalen", r.signalen().perStatus().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().aantal()).collect(Collectors.joining(", ")));
        if (!r.signalen().top().isEmpty()) {
            Rapportage.SignaalCijfers s = r.signalen().top().get(0);
            t.rij("zwaarste signaal", s.regel() + " (" + s.organisatie() + ", gewicht " + s.gewicht() + ")");
        }
        return "Rapportage " + gemeente + " " + jaar + "\n" + t;
    }

    private static String euro(BigDecimal b) {
        return "€ " + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")))
                .format(b);
    }
}
