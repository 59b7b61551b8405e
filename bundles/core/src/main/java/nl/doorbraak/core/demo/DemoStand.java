package nl.doorbraak.core.demo;

import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.db.PlatformStand;

/**
 * Which build of the core last loaded the demo data, in the database itself (table {@code platform_stand}), so it
 * goes with a backup of the data. A restart of the same build skips the load: planning the demo year and checking
 * every row of it cost ±0,3 s of a restart on two cores, for nothing. A new build (an update of the core) loads
 * again and adds only what is missing, as before.
 */
final class DemoStand {

    static final String SLEUTEL = "demo";

    private DemoStand() {
    }

    static boolean geladen(Database db, String stand) {
        return db.lees(c -> stand.equals(PlatformStand.lees(c, SLEUTEL)));
    }

    static void leg(Database db, String stand) {
        db.inTransactie(c -> {
            PlatformStand.leg(c, SLEUTEL, stand);
            return null;
        });
    }
}
