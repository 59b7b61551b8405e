package nl.doorbraak.core.platform;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;

/** Preconditions every write shares. */
public final class Vereist {

    private Vereist() {
    }

    /** Writes need a configured gemeente; an unknown one is "not found", as for another gemeente's data. */
    public static Gemeente gemeente(GemeenteService gemeenten, String id) {
        return gemeenten.zoek(id)
                .orElseThrow(() -> new NietGevondenException("Gemeente '" + id + "' bestaat niet op dit platform."));
    }

    /** Who makes the change; set by the web bundle from the login, so a missing one is a programming error. */
    public static String door(String door) {
        if (door == null || door.isBlank() || door.length() > 100) {
            throw new IllegalArgumentException("'door' moet de gebruikersnaam zijn (1 tot 100 tekens)");
        }
        return door;
    }
}
