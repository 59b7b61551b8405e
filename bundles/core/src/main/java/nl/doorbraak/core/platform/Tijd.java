package nl.doorbraak.core.platform;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Timestamps as {@code TIMESTAMP WITH TIME ZONE}, in UTC, to the millisecond (what JSON clients see). */
public final class Tijd {

    private Tijd() {
    }

    /** Deadlines and bijeenkomst dates are Dutch calendar days. */
    public static final java.time.ZoneId NEDERLAND = java.time.ZoneId.of("Europe/Amsterdam");

    /** Today in the Netherlands. */
    public static java.time.LocalDate vandaag() {
        return java.time.LocalDate.now(NEDERLAND);
    }

    public static Instant nu() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public static void zet(PreparedStatement ps, int i, Instant t) throws SQLException {
        ps.setObject(i, t == null ? null : OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
    }

    public static Instant lees(ResultSet rs, String kolom) throws SQLException {
        OffsetDateTime t = rs.getObject(kolom, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
