package nl.doorbraak.core.db;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one connection, inside or outside a transaction. */
@FunctionalInterface
public interface SqlWerk<T> {

    T doe(Connection verbinding) throws SQLException;
}
