package nl.doorbraak.plugin.rodeknop;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/** Eén geconfigureerde Rijkspartij; {@link Partijen} verzamelt ze. */
@Component(service = PartijBron.class, configurationPid = PartijConfiguratie.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PartijConfiguratie.class, factory = true)
public class PartijBron {

    private final Partij partij;

    @Activate
    public PartijBron(PartijConfiguratie c) {
        String id = c.id() == null ? "" : c.id().trim().toLowerCase(Locale.ROOT);
        String naam = c.naam() == null || c.naam().isBlank() ? id : c.naam().trim();
        String afkorting = c.afkorting() == null || c.afkorting().isBlank() ? id.toUpperCase(Locale.ROOT)
                : c.afkorting().trim();
        // a .cfg file has no lists: thema's and accounts are separated by commas, contactpersonen (which hold commas
        // themselves) by semicolons
        this.partij = new Partij(id, naam, afkorting, schoon(c.themas(), ",", true),
                schoon(c.contactpersonen(), ";", false), schoon(c.accounts(), ",", false));
    }

    Partij partij() {
        return partij;
    }

    static List<String> schoon(String[] waarden, String scheiding, boolean kleineLetters) {
        if (waarden == null) {
            return List.of();
        }
        return Arrays.stream(waarden).filter(w -> w != null).flatMap(w -> Arrays.stream(w.split(scheiding)))
                .filter(w -> !w.isBlank()).map(String::trim)
                .map(w -> kleineLetters ? w.toLowerCase(Locale.ROOT) : w).distinct().toList();
    }
}
