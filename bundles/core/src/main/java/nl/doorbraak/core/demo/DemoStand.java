package nl.doorbraak.core.demo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import nl.doorbraak.core.db.Database;

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
        return db.lees(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT waarde FROM platform_stand WHERE sleutel = ?")) {
                ps.setString(1, SLEUTEL);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && stand.equals(rs.getString(1));
                }
            }
        });
    }

    static void leg(Database db, String stand) {
        db.inTransactie(c -> {
            try (PreparedStatement upd = c.prepareStatement("UPDATE platform_stand SET waarde = ? WHERE sleutel = ?")) {
                upd.setString(1, stand);
                upd.setString(2, SLEUTEL);
                if (upd.executeUpdate() == 0) {
                    try (PreparedStatement ins = c.prepareStatement(
                            "INSERT INTO platform_stand (sleutel, waarde) VALUES (?, ?)")) {
                        ins.setString(1, SLEUTEL);
                        ins.setString(2, stand);
                        ins.executeUpdate();
                    }
                }
            }
            return null;
        });
    }
}
