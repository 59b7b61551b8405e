package nl.doorbraak.plugin.rodeknop;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.service.GemeenteService;

/**
 * De Gogo-commando's van de rode knop, in één component (elke component kost de start van het platform tijd).
 * {@code rodeknop:followups}: de follow-ups die aan de beurt zijn, over alle gemeenten. Alleen ids, gemeente, partijen,
 * status en datum: geen casus en geen vrije tekst. {@code rodeknop:partijen}: de Rijkspartijen.
 * {@code rodeknop:precedenten}: het 20 %-register per gemeente (aantal, delen, gebruikt); alleen aantallen.
 * {@code rodeknop:inhalen}: maakt de precedenten die ontbreken, ook van besluiten uit de tijd dat de plug-in er niet
 * was; er ontstaat nooit een tweede precedent van hetzelfde besluit of dezelfde zaak.
 */
@Component(service = RodeKnopCommando.class, property = { "osgi.command.scope=rodeknop",
        "osgi.command.function=followups", "osgi.command.function=partijen", "osgi.command.function=precedenten",
        "osgi.command.function=inhalen" })
public class RodeKnopCommando {

    private final RodeKnopService rodeKnop;
    private final Precedenten precedenten;
    private final GemeenteService gemeenten;

    @Activate
    public RodeKnopCommando(@Reference RodeKnopService rodeKnop, @Reference Precedenten precedenten,
            @Reference GemeenteService gemeenten) {
        this.rodeKnop = rodeKnop;
        this.precedenten = precedenten;
        this.gemeenten = gemeenten;
    }

    public String followups() {
        List<Zaak> lijst = rodeKnop.teVolgen();
        if (lijst.isEmpty()) {
            return "Geen follow-ups aan de beurt.";
        }
        StringBuilder sb = new StringBuilder(String.format("%-36s  %-14s  %-10s  %-6s  %s%n", "ZAAK", "GEMEENTE",
                "FOLLOW-UP", "GEMELD", "PARTIJEN"));
        for (Zaak z : lijst) {
            sb.append(String.format("%-36s  %-14s  %-10s  %-6s  %s%n", z.id(), z.gemeente(), z.followUp().vervalt(),
                    z.followUp().gemeld() ? "ja" : "nee", String.join(",", z.partijen())));
        }
        sb.append(lijst.size()).append(" follow-up(s) aan de beurt.");
        return sb.toString();
    }

    public String partijen() {
        StringBuilder sb = new StringBuilder(String.format("%-14s  %-8s  %-40s  %s%n", "ID", "AFK.", "THEMA'S",
                "ACCOUNTS"));
        for (Partij p : rodeKnop.partijen().alle()) {
            sb.append(String.format("%-14s  %-8s  %-40s  %d%n", p.id(), p.afkorting(), String.join(",", p.themas()),
                    p.accounts().size()));
        }
        return sb.toString().stripTrailing();
    }

    public String precedenten() {
        StringBuilder sb = new StringBuilder(String.format("%-14s  %-5s  %-6s  %-10s  %s%n", "GEMEENTE", "AAN",
                "DEELT", "PRECEDENT", "GEBRUIKT"));
        int totaal = 0;
        for (Gemeente g : gemeenten.alle()) {
            List<Precedent> lijst = precedenten.vanGemeente(g.id());
            Map<String, Long> soorten = new TreeMap<>();
            lijst.forEach(p -> soorten.merge(p.soort().code(), 1L, Long::sum));
            long gebruikt = lijst.stream().mapToLong(Precedent::gebruiktTotaal).sum();
            sb.append(String.format("%-14s  %-5s  %-6s  %-10d  %d%s%n", g.id(),
                    g.gebruiktVariant(RodeKnopOnderdeel.ID) ? "ja" : "nee", precedenten.deelt(g.id()) ? "ja" : "nee",
                    lijst.size(), gebruikt, soorten.isEmpty() ? "" : "   " + soorten));
            totaal += lijst.size();
        }
        sb.append(totaal).append(" precedent(en).");
        return sb.toString();
    }

    public String inhalen() {
        Precedenten.Telling t = precedenten.inhalen(true);
        return t.gemeenten() + " gemeente(n) met de rode knop, " + t.bekeken() + " doorbraak/uitkomst(en) bekeken, "
                + t.nieuw() + " nieuw precedent(en).";
    }
}
