package nl.doorbraak.core.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.PooledConnection;

/**
 * A small pool of physical connections over the standard JDBC {@link ConnectionPoolDataSource}, which both H2 and
 * pgjdbc give through their {@code DataSourceFactory}. Opening a connection per request cost more than the query
 * itself; a pooled one is handed out as a logical connection whose {@code close()} returns it here.
 */
final class VerbindingenPool implements DataSource, AutoCloseable {

    private static final long WACHT_SECONDEN = 30;

    private final ConnectionPoolDataSource bron;
    private final BlockingDeque<PooledConnection> vrij = new LinkedBlockingDeque<>();
    private final Semaphore plaatsen;
    private final ConnectionEventListener terug = new ConnectionEventListener() {
        @Override
        public void connectionClosed(ConnectionEvent event) {
            vrij.offerFirst((PooledConnection) event.getSource());
            plaatsen.release();
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
            // a broken physical connection is not reused
            sluit((PooledConnection) event.getSource());
            plaatsen.release();
        }
    };
    private volatile boolean gesloten;

    VerbindingenPool(ConnectionPoolDataSource bron, int maximum) {
        this.bron = bron;
        this.plaatsen = new Semaphore(maximum, true);
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (gesloten) {
            throw new SQLException("De verbindingen met de database zijn gesloten");
        }
        try {
            if (!plaatsen.tryAcquire(WACHT_SECONDEN, TimeUnit.SECONDS)) {
                throw new SQLException("Geen databaseverbinding vrij binnen " + WACHT_SECONDEN + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Onderbroken tijdens het wachten op een databaseverbinding", e);
        }
        try {
            PooledConnection pc = vrij.pollFirst();
            if (pc == null) {
                pc = bron.getPooledConnection();
                pc.addConnectionEventListener(terug);
            }
            Connection c = pc.getConnection();
            // the previous user may have left it read-only or in manual commit mode; setting a mode commits in some
            // drivers, so only when it differs
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            if (c.isReadOnly()) {
                c.setReadOnly(false);
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            plaatsen.release();
            throw e;
        }
    }

    @Override
    public void close() {
        gesloten = true;
        PooledConnection pc;
        while ((pc = vrij.pollFirst()) != null) {
            sluit(pc);
        }
    }

    private static void sluit(PooledConnection pc) {
        try {
            pc.close();
        } catch (SQLException e) {
            // closing a connection that is already broken: nothing left to do
        }
    }

    @Override
    public Connection getConnection(String gebruiker, String wachtwoord) throws SQLException {
        throw new SQLFeatureNotSupportedException("De pool gebruikt de geconfigureerde inloggegevens");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // logging goes through slf4j
    }

    @Override
    public void setLoginTimeout(int seconden) {
        // the pool waits WACHT_SECONDEN for a free connection
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Geen " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
