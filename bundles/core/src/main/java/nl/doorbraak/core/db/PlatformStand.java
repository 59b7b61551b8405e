package nl.doorbraak.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the platform itself has done once and need not repeat, by key (table {@code platform_stand}, V17), in the
 * database so it goes with a backup: which build loaded the demo, whether the verwerkingenlog's volgnummers are set.
 */
public final class PlatformStand {

    private PlatformStand() {
    }

    /** The value under {@code sleutel}, or {@code null}. */
    public static String lees(Connection c, String sleutel) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT waarde FROM platform_stand WHERE sleutel = ?")) {
            ps.setString(1, sleutel);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public static void leg(Connection c, String sleutel, String waarde) throws SQLException {
        try (PreparedStatement upd = c.prepareStatement("UPDATE platform_stand SET waarde = ? WHERE sleutel = ?")) {
            upd.setString(1, waarde);
            upd.setString(2, sleutel);
            if (upd.executeUpdate() == 0) {
                try (PreparedStatement ins = c.prepareStatement(
                        "INSERT INTO platform_stand (sleutel, waarde) VALUES (?, ?)")) {
                    ins.setString(1, sleutel);
                    ins.setString(2, waarde);
                    ins.executeUpdate();
                }
            }
        }
    }
}
