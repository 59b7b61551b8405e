package nl.doorbraak.plugin.rodeknop;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code rodeknop:followups}: de follow-ups die aan de beurt zijn, over alle gemeenten. Alleen ids, gemeente, partijen,
 * status en datum: geen casus en geen vrije tekst.
 */
@Component(service = RodeKnopCommando.class, property = { "osgi.command.scope=rodeknop",
        "osgi.command.function=followups", "osgi.command.function=partijen" })
public class RodeKnopCommando {

    private final RodeKnopService rodeKnop;

    @Activate
    public RodeKnopCommando(@Reference RodeKnopService rodeKnop) {
        this.rodeKnop = rodeKnop;
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
}
