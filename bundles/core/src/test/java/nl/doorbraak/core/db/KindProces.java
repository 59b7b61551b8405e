package nl.doorbraak.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import nl.doorbraak.core.CoreOmgeving;

/** Runs in a separate JVM: commits one row, says so, and waits to be killed with SIGKILL. */
public final class KindProces {

    public static void main(String[] args) throws Exception {
        try (Connection c = CoreOmgeving.dataSource(args[0]).getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS bewijs (id VARCHAR(36) PRIMARY KEY)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bewijs (id) VALUES (?)")) {
                ps.setString(1, args[1]);
                ps.executeUpdate();
            }
            c.commit();
            System.out.println("VASTGELEGD");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
