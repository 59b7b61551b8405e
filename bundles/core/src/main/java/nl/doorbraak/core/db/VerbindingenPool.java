package nl.doorbraak.core.db;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A small pool of physical connections from the driver's plain {@link DataSource} (H2 and pgjdbc give one through
 * their {@code DataSourceFactory}). Opening a connection per request cost more than the query itself; a pooled one
 * is handed out as a logical connection whose {@code close()} returns it here.
 *
 * <p>Why not the driver's {@code ConnectionPoolDataSource}: H2's pooled connection sends a {@code ROLLBACK} on every
 * checkout and every close. In H2 each rollback ends a transaction with "changes" and, with {@code WRITE_DELAY=0},
 * takes the store's global fair lock ({@code MVStore.commit}); under load all request threads queued on that lock
 * and every database route fell to a quarter of the throughput. This pool resets only what a user changed: a
 * connection left in manual commit mode is rolled back, one in autocommit mode (every read) is returned as it is.
 */
final class VerbindingenPool implements DataSource, AutoCloseable {

    private static final long WACHT_SECONDEN = 30;
    private static final Class<?>[] INTERFACES = { Connection.class };

    private final DataSource bron;
    private final BlockingDeque<Connection> vrij = new LinkedBlockingDeque<>();
    private final Semaphore plaatsen;
    private volatile boolean gesloten;

    VerbindingenPool(DataSource bron, int maximum) {
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
            Connection fysiek = vrij.pollFirst();
            if (fysiek == null) {
                fysiek = bron.getConnection();
            }
            return (Connection) Proxy.newProxyInstance(VerbindingenPool.class.getClassLoader(), INTERFACES,
                    new Logisch(fysiek));
        } catch (SQLException | RuntimeException e) {
            plaatsen.release();
            throw e;
        }
    }

    /** Puts a physical connection back in the state a new user expects, or drops it if that fails. */
    private void terug(Connection fysiek, boolean readOnlyGezet, boolean kapot) {
        try {
            if (kapot || fysiek.isClosed()) {
                sluit(fysiek);
                return;
            }
            if (!fysiek.getAutoCommit()) {
                // an unfinished transaction is never carried over to the next user
                fysiek.rollback();
                fysiek.setAutoCommit(true);
            }
            if (readOnlyGezet) {
                fysiek.setReadOnly(false);
            }
            if (gesloten) {
                sluit(fysiek);
            } else {
                vrij.offerFirst(fysiek);
            }
        } catch (SQLException | RuntimeException e) {
            sluit(fysiek);
        } finally {
            plaatsen.release();
        }
    }

    @Override
    public void close() {
        gesloten = true;
        Connection c;
        while ((c = vrij.pollFirst()) != null) {
            sluit(c);
        }
    }

    private static void sluit(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a connection that is already broken: nothing left to do
        }
    }

    /** The logical connection: everything goes to the physical one, except close, which returns it to the pool. */
    private final class Logisch implements InvocationHandler {

        private final Connection fysiek;
        private boolean dicht;
        private boolean readOnlyGezet;
        private boolean kapot;

        Logisch(Connection fysiek) {
            this.fysiek = fysiek;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            switch (m.getName()) {
                case "close":
                    if (!dicht) {
                        dicht = true;
                        terug(fysiek, readOnlyGezet, kapot);
                    }
                    return null;
                case "isClosed":
                    return dicht || fysiek.isClosed();
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "Logische verbinding op " + fysiek;
                default:
                    break;
            }
            if (dicht) {
                throw new SQLException("De verbinding is gesloten", "08003");
            }
            if ("setReadOnly".equals(m.getName())) {
                readOnlyGezet = true;
            }
            try {
                return m.invoke(fysiek, args);
            } catch (InvocationTargetException e) {
                Throwable oorzaak = e.getCause();
                // SQLState class 08: the connection itself broke; it is not reused
                if (oorzaak instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                    kapot = true;
                }
                throw oorzaak;
            }
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
