package nl.doorbraak.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool reuses physical H2 connections, hands them out clean, and makes a caller wait when all are in use. */
class VerbindingenPoolTest {

    @TempDir
    Path map;

    private VerbindingenPool pool(int maximum) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + map.resolve("pool") + CoreInstellingen.H2_OPTIES);
        return new VerbindingenPool(h2, maximum);
    }

    private static long sessie(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT SESSION_ID()")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aReturnedConnectionIsReusedAndHandedOutClean() throws Exception {
        try (VerbindingenPool pool = pool(4)) {
            long eerste;
            try (Connection c = pool.getConnection()) {
                eerste = sessie(c);
                c.setAutoCommit(false);
                c.setReadOnly(true);
            }
            try (Connection c = pool.getConnection()) {
                assertThat(sessie(c)).as("dezelfde fysieke verbinding").isEqualTo(eerste);
                assertThat(c.getAutoCommit()).isTrue();
                assertThat(c.isReadOnly()).isFalse();
            }
        }
    }

    @Test
    void anUnfinishedTransactionIsRolledBackWhenTheConnectionIsReturned() throws Exception {
        try (VerbindingenPool pool = pool(1)) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (x INT)");
            }
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute("INSERT INTO t VALUES (1)");
                // no commit
            }
            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*) FROM t")) {
                r.next();
                assertThat(r.getInt(1)).isZero();
            }
        }
    }

    @Test
    void aClosedLogicalConnectionRefusesWorkAndAClosedPhysicalOneIsNotReused() throws Exception {
        try (VerbindingenPool pool = pool(1)) {
            Connection c = pool.getConnection();
            Connection fysiek = c.unwrap(Connection.class);
            fysiek.close(); // the physical connection breaks
            c.close();
            assertThat(c.isClosed()).isTrue();
            assertThatThrownBy(c::createStatement).isInstanceOf(java.sql.SQLException.class);
            try (Connection nieuw = pool.getConnection()) {
                assertThat(nieuw.unwrap(Connection.class)).isNotSameAs(fysiek);
                assertThat(sessie(nieuw)).isPositive();
            }
        }
    }

    @Test
    void whenAllConnectionsAreInUseTheNextCallerWaitsForOne() throws Exception {
        try (VerbindingenPool pool = pool(1)) {
            Connection bezet = pool.getConnection();
            CompletableFuture<Long> wachtend = CompletableFuture.supplyAsync(() -> {
                try (Connection c = pool.getConnection()) {
                    return sessie(c);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(200);
            assertThat(wachtend).isNotDone();
            long sessie = sessie(bezet);
            bezet.close();
            assertThat(wachtend.get(5, TimeUnit.SECONDS)).isEqualTo(sessie);
        }
    }
}
