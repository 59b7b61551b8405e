package nl.doorbraak.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;

/** Small JDBC shapes that every store needs. */
public final class Sql {

    private Sql() {
    }

    /**
     * Whether a query finds a row, for example {@code vindt(c, "SELECT 1 FROM casus WHERE id = ?", id)}.
     *
     * @param waarden the text parameters, in order
     */
    public static boolean vindt(Connection c, String sql, String... waarden) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < waarden.length; i++) {
                ps.setString(i + 1, waarden[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The placeholders of an {@code IN (...)} list for these values: {@code ?, ?, ?}. */
    public static String vraagtekens(Collection<?> waarden) {
        return String.join(", ", Collections.nCopies(waarden.size(), "?"));
    }
}
