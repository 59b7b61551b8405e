package nl.doorbraak.core.tafel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.core.db.Sql;
import nl.doorbraak.core.platform.Tijd;

/** SQL for tafels and their deelnemers. Every query is scoped by gemeente. */
public final class TafelStore {

    private static final String KOLOMMEN = "id, gemeente, naam, variant, versie, aangemaakt, gewijzigd";

    public Optional<Tafel> zoek(Connection c, String gemeente, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + KOLOMMEN + " FROM tafel WHERE gemeente = ? AND id = ?")) {
            ps.setString(1, gemeente);
            ps.setString(2, id);
            List<Tafel> t = lees(c, ps);
            return t.stream().findFirst();
        }
    }

    public Pagina<Tafel> lijst(Connection c, String gemeente, int page, int pageSize) throws SQLException {
        long aantal;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM tafel WHERE gemeente = ?")) {
            ps.setString(1, gemeente);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                aantal = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM tafel WHERE gemeente = ? "
                + "ORDER BY naam, id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
            ps.setString(1, gemeente);
            ps.setLong(2, (long) (page - 1) * pageSize);
            ps.setInt(3, pageSize);
            return new Pagina<>(aantal, page, pageSize, lees(c, ps));
        }
    }

    /** The tafels of the gemeente where this contact is a deelnemer, by naam. */
    public List<Tafel> metContact(Connection c, String gemeente, String contactId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM tafel WHERE gemeente = ? "
                + "AND id IN (SELECT tafel_id FROM tafel_deelnemer WHERE contact_id = ?) ORDER BY naam, id")) {
            ps.setString(1, gemeente);
            ps.setString(2, contactId);
            return lees(c, ps);
        }
    }

    public boolean bestaat(Connection c, String id) throws SQLException {
        return Sql.vindt(c, "SELECT 1 FROM tafel WHERE id = ?", id);
    }

    public long aantalCasussen(Connection c, String tafelId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM casus WHERE tafel_id = ?")) {
            ps.setString(1, tafelId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public void voegToe(Connection c, Tafel t, String door) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tafel (id, gemeente, naam, variant, versie, "
                + "aangemaakt, aangemaakt_door, gewijzigd, gewijzigd_door) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, t.id());
            ps.setString(2, t.gemeente());
            ps.setString(3, t.naam());
            ps.setString(4, t.variant());
            ps.setLong(5, t.versie());
            Tijd.zet(ps, 6, t.aangemaakt());
            ps.setString(7, door);
            Tijd.zet(ps, 8, t.gewijzigd());
            ps.setString(9, door);
            ps.executeUpdate();
        }
        DeelnemerRijen.bewaar(c, "tafel_deelnemer", "tafel_id", t.id(), t.deelnemers());
    }

    /** @return false when the tafel is gone or its versie is no longer {@code verwachteVersie} */
    public boolean werkBij(Connection c, Tafel t, long verwachteVersie, String door) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE tafel SET naam = ?, variant = ?, versie = ?, "
                + "gewijzigd = ?, gewijzigd_door = ? WHERE id = ? AND gemeente = ? AND versie = ?")) {
            ps.setString(1, t.naam());
            ps.setString(2, t.variant());
            ps.setLong(3, t.versie());
            Tijd.zet(ps, 4, t.gewijzigd());
            ps.setString(5, door);
            ps.setString(6, t.id());
            ps.setString(7, t.gemeente());
            ps.setLong(8, verwachteVersie);
            if (ps.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM tafel_deelnemer WHERE tafel_id = ?")) {
            ps.setString(1, t.id());
            ps.executeUpdate();
        }
        DeelnemerRijen.bewaar(c, "tafel_deelnemer", "tafel_id", t.id(), t.deelnemers());
        return true;
    }

    private List<Tafel> lees(Connection c, PreparedStatement ps) throws SQLException {
        Map<String, Object[]> rijen = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rijen.put(rs.getString("id"), new Object[] { rs.getString("gemeente"), rs.getString("naam"),
                        rs.getString("variant"), rs.getLong("versie"), Tijd.lees(rs, "aangemaakt"),
                        Tijd.lees(rs, "gewijzigd") });
            }
        }
        Map<String, List<Deelnemer>> deelnemers = DeelnemerRijen.lees(c, "tafel_deelnemer", "tafel_id", rijen.keySet());
        List<Tafel> tafels = new ArrayList<>();
        rijen.forEach((id, r) -> tafels.add(new Tafel(id, (String) r[0], (String) r[1], (String) r[2],
                deelnemers.getOrDefault(id, List.of()), (Long) r[3], (java.time.Instant) r[4],
                (java.time.Instant) r[5])));
        return tafels;
    }
}
