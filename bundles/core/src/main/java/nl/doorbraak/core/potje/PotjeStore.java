package nl.doorbraak.core.potje;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Potje;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.core.db.Sql;
import nl.doorbraak.core.platform.Tijd;

/**
 * SQL for Voorkom Erger Potjes. The saldo only changes through {@link #muteer}: one conditional UPDATE that both
 * checks and changes it, so concurrent draws serialise on the row lock and none can take the saldo below zero.
 */
public final class PotjeStore {

    private static final String KOLOMMEN = "p.id, p.gemeente, p.tafel_id, p.naam, p.saldo, p.versie, p.aangemaakt, "
            + "(SELECT COALESCE(SUM(m.bedrag), 0) FROM potje_mutatie m WHERE m.potje_id = p.id AND m.soort = 'storting') AS gestort, "
            + "(SELECT COALESCE(SUM(m.bedrag), 0) FROM potje_mutatie m WHERE m.potje_id = p.id AND m.soort = 'uitgave') AS uitgegeven";

    public List<Potje> lijst(Connection c, String gemeente) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + KOLOMMEN + " FROM potje p WHERE p.gemeente = ? ORDER BY p.naam, p.id")) {
            ps.setString(1, gemeente);
            return lees(ps);
        }
    }

    public Optional<Potje> zoek(Connection c, String gemeente, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + KOLOMMEN + " FROM potje p WHERE p.gemeente = ? AND p.id = ?")) {
            ps.setString(1, gemeente);
            ps.setString(2, id);
            return lees(ps).stream().findFirst();
        }
    }

    public void voegToe(Connection c, String id, String gemeente, String tafelId, String naam, Instant op, String door)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO potje (id, gemeente, tafel_id, naam, saldo, versie, "
                + "aangemaakt, door) VALUES (?, ?, ?, ?, 0, 0, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, gemeente);
            ps.setString(3, tafelId);
            ps.setString(4, naam);
            Tijd.zet(ps, 5, op);
            ps.setString(6, door);
            ps.executeUpdate();
        }
    }

    /**
     * Adds ({@code storting}) or takes ({@code uitgave}) an amount and records the mutation, in the caller's
     * transaction.
     *
     * @return the mutation, or empty when an uitgave does not fit in the saldo (nothing changed)
     */
    public Optional<PotjeMutatie> muteer(Connection c, String gemeente, String potjeId, String soort, BigDecimal bedrag,
            String besluitId, String omschrijving, String door) throws SQLException {
        return muteer(c, gemeente, potjeId, soort, bedrag, besluitId, omschrijving, door, Tijd.nu());
    }

    /** As {@link #muteer(Connection, String, String, String, BigDecimal, String, String, String)}, at {@code op}
     * (the demo writes a year of history; everything else records now). */
    public Optional<PotjeMutatie> muteer(Connection c, String gemeente, String potjeId, String soort, BigDecimal bedrag,
            String besluitId, String omschrijving, String door, Instant op) throws SQLException {
        boolean uitgave = PotjeMutatie.UITGAVE.equals(soort);
        try (PreparedStatement ps = c.prepareStatement("UPDATE potje SET saldo = saldo " + (uitgave ? "-" : "+")
                + " ?, versie = versie + 1 WHERE id = ? AND gemeente = ?" + (uitgave ? " AND saldo >= ?" : ""))) {
            ps.setBigDecimal(1, bedrag);
            ps.setString(2, potjeId);
            ps.setString(3, gemeente);
            if (uitgave) {
                ps.setBigDecimal(4, bedrag);
            }
            if (ps.executeUpdate() != 1) {
                return Optional.empty();
            }
        }
        // the row is locked by our UPDATE until commit: versie and saldo are ours
        long volgnummer;
        BigDecimal saldo;
        try (PreparedStatement ps = c.prepareStatement("SELECT versie, saldo FROM potje WHERE id = ?")) {
            ps.setString(1, potjeId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                volgnummer = rs.getLong(1);
                saldo = rs.getBigDecimal(2);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO potje_mutatie (potje_id, volgnummer, soort, bedrag, "
                + "saldo_na, besluit_id, omschrijving, op, door) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, potjeId);
            ps.setLong(2, volgnummer);
            ps.setString(3, soort);
            ps.setBigDecimal(4, bedrag);
            ps.setBigDecimal(5, saldo);
            ps.setString(6, besluitId);
            ps.setString(7, omschrijving);
            Tijd.zet(ps, 8, op);
            ps.setString(9, door);
            ps.executeUpdate();
        }
        return Optional.of(new PotjeMutatie(potjeId, volgnummer, soort, bedrag, saldo, besluitId, omschrijving, op, door));
    }

    public BigDecimal zoekSaldo(Connection c, String potjeId) {
        try (PreparedStatement ps = c.prepareStatement("SELECT saldo FROM potje WHERE id = ?")) {
            ps.setString(1, potjeId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBigDecimal(1) : BigDecimal.ZERO;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Pagina<PotjeMutatie> historie(Connection c, String potjeId, int page, int pageSize) throws SQLException {
        long aantal;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM potje_mutatie WHERE potje_id = ?")) {
            ps.setString(1, potjeId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                aantal = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM potje_mutatie WHERE potje_id = ? "
                + "ORDER BY volgnummer DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
            ps.setString(1, potjeId);
            ps.setLong(2, (long) (page - 1) * pageSize);
            ps.setInt(3, pageSize);
            return new Pagina<>(aantal, page, pageSize, mutaties(ps));
        }
    }

    public Optional<PotjeMutatie> mutatie(Connection c, String potjeId, long volgnummer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM potje_mutatie WHERE potje_id = ? AND volgnummer = ?")) {
            ps.setString(1, potjeId);
            ps.setLong(2, volgnummer);
            return mutaties(ps).stream().findFirst();
        }
    }

    /** The uitgaven per besluit, for showing them with the besluit. */
    public Map<String, List<PotjeMutatie>> uitgavenVan(Connection c, Collection<String> besluitIds) throws SQLException {
        Map<String, List<PotjeMutatie>> per = new LinkedHashMap<>();
        if (besluitIds.isEmpty()) {
            return per;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM potje_mutatie WHERE besluit_id IN ("
                + Sql.vraagtekens(besluitIds) + ") ORDER BY op, volgnummer")) {
            int i = 0;
            for (String id : besluitIds) {
                ps.setString(++i, id);
            }
            for (PotjeMutatie m : mutaties(ps)) {
                per.computeIfAbsent(m.besluitId(), k -> new ArrayList<>()).add(m);
            }
        }
        return per;
    }

    private static List<PotjeMutatie> mutaties(PreparedStatement ps) throws SQLException {
        List<PotjeMutatie> l = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                l.add(new PotjeMutatie(rs.getString("potje_id"), rs.getLong("volgnummer"), rs.getString("soort"),
                        rs.getBigDecimal("bedrag"), rs.getBigDecimal("saldo_na"), rs.getString("besluit_id"),
                        rs.getString("omschrijving"), Tijd.lees(rs, "op"), rs.getString("door")));
            }
        }
        return l;
    }

    private static List<Potje> lees(PreparedStatement ps) throws SQLException {
        List<Potje> l = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                l.add(new Potje(rs.getString("id"), rs.getString("gemeente"), rs.getString("tafel_id"),
                        rs.getString("naam"), rs.getBigDecimal("saldo"), rs.getBigDecimal("gestort").setScale(2),
                        rs.getBigDecimal("uitgegeven").setScale(2), rs.getLong("versie"), Tijd.lees(rs, "aangemaakt")));
            }
        }
        return l;
    }
}
