package nl.doorbraak.api.rechten;

import java.util.List;
import java.util.Set;

/**
 * Wat één plug-in vroeg en kreeg.
 *
 * @param bundle     symbolische naam van de plug-in
 * @param versie     versie van de bundle
 * @param gevraagd   de rechten uit zijn manifest
 * @param verleend   wat hij heeft: de gevraagde niet-gevoelige rechten en de gevraagde gevoelige die de
 *                   configuratie toekent
 * @param onbekend   codes uit zijn manifest die het platform niet kent (hij krijgt ze niet)
 */
public record PluginRechten(String bundle, String versie, Set<Recht> gevraagd, Set<Recht> verleend,
        List<String> onbekend) {

    public PluginRechten {
        gevraagd = Set.copyOf(gevraagd);
        verleend = Set.copyOf(verleend);
        onbekend = List.copyOf(onbekend);
    }

    /** Gevraagd maar niet verleend. */
    public Set<Recht> geweigerd() {
        java.util.EnumSet<Recht> w = java.util.EnumSet.noneOf(Recht.class);
        w.addAll(gevraagd);
        w.removeAll(verleend);
        return w;
    }

    public boolean heeft(Recht recht) {
        return verleend.contains(recht);
    }
}
