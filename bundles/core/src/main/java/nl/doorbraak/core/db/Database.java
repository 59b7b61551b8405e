package nl.doorbraak.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Supplier;

import javax.sql.DataSource;

import nl.doorbraak.api.service.ConflictException;

/**
 * The migrated database of the core, as a service inside the bundle. Gives one transaction per unit of work: commit
 * when the work returns, rollback on any exception, so nothing is ever half-written.
 */
public final class Database {

    /** SQLState of a unique or primary key violation, the same in H2 and PostgreSQL. */
    static final String UNIEK_GESCHONDEN = "23505";

    private final DataSource dataSource;
    private final Supplier<CoreInstellingen> instellingen;
    private volatile Aanmaakvolger aanmaakvolger;

    /** Hears, inside the transaction, what it creates (the {@code Idempotency-Key} of the request is kept with it). */
    @FunctionalInterface
    public interface Aanmaakvolger {
        void gemaakt(Connection c, String object, String id) throws SQLException;
    }

    public Database(DataSource dataSource, Supplier<CoreInstellingen> instellingen) {
        this.dataSource = Objects.requireNonNull(dataSource);
        this.instellingen = Objects.requireNonNull(instellingen);
    }

    /** The settings in force now; they may change while the platform runs. */
    public CoreInstellingen instellingen() {
        return instellingen.get();
    }

    /** Runs {@code werk} in one transaction; its result is returned only after the commit succeeded. */
    public <T> T inTransactie(SqlWerk<T> werk) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T resultaat = werk.doe(c);
                c.commit();
                // back to autocommit here, so the pool need not roll back (in H2 a rollback takes a global lock)
                c.setAutoCommit(true);
                return resultaat;
            } catch (SQLException | RuntimeException | Error e) {
                terugdraaien(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw vertaal(e);
        }
    }

    /**
     * Tells the transaction on {@code c} what it created: a casus, a tafel, a mutatie, … (called by the services right
     * after the insert of the object a POST answers with). Commits or rolls back with the rest.
     */
    public void gemaakt(Connection c, String object, String id) throws SQLException {
        Aanmaakvolger v = aanmaakvolger;
        if (v != null) {
            v.gemaakt(c, object, id);
        }
    }

    /** @param volger {@code null} to stop */
    public void volgAanmaken(Aanmaakvolger volger) {
        this.aanmaakvolger = volger;
    }

    /** Reads in autocommit mode; for work that changes nothing. */
    public <T> T lees(SqlWerk<T> werk) {
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            return werk.doe(c);
        } catch (SQLException e) {
            throw vertaal(e);
        }
    }

    private static void terugdraaien(Connection c, Throwable oorzaak) {
        try {
            c.rollback();
        } catch (SQLException e) {
            oorzaak.addSuppressed(e);
        }
    }

    /** Whether the exception (or one of its causes) is a unique key violation. */
    public static boolean isUniekGeschonden(Throwable t) {
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (x instanceof SQLException s && UNIEK_GESCHONDEN.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static RuntimeException vertaal(SQLException e) {
        if (isUniekGeschonden(e)) {
            return new ConflictException("Dit bestaat al; het is intussen door een ander vastgelegd.");
        }
        // H2 lock timeout (HYT00) and PostgreSQL lock_not_available (55P03) / serialization_failure (40001)
        String state = e.getSQLState();
        if ("HYT00".equals(state) || "55P03".equals(state) || "40001".equals(state)) {
            return new ConflictException("Deze gegevens worden op dit moment door een ander gewijzigd. Probeer het opnieuw.");
        }
        return new DatabaseFout(e);
    }

    /** A database failure that is not the user's fault: HTTP 500 in the web bundle, with details only in the log. */
    public static final class DatabaseFout extends RuntimeException {

        private static final long serialVersionUID = 1L;

        DatabaseFout(SQLException oorzaak) {
            super("Databasefout (" + oorzaak.getSQLState() + "): " + oorzaak.getMessage(), oorzaak);
        }
    }
}
