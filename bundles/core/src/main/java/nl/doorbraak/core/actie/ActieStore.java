package nl.doorbraak.core.actie;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import nl.doorbraak.api.domein.Actie;
import nl.doorbraak.api.domein.ActieFilter;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.core.db.Sql;
import nl.doorbraak.core.platform.Tijd;

/** SQL for acties. Every query is scoped by gemeente except the background scan for overdue ones. */
public final class ActieStore {

    private static final String KOLOMMEN = "a.id, a.gemeente, a.casus_id, a.besluit_id, a.omschrijving, "
            + "a.organisatie, a.contact_id, a.eigenaar, a.deadline, a.gereed, a.gereed_door, a.versie, a.aangemaakt, "
            + "a.door";

    public void voegToe(Connection c, Actie a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actie (id, gemeente, casus_id, besluit_id, "
                + "omschrijving, organisatie, contact_id, eigenaar, deadline, gereed, gereed_door, verlopen_gemeld, "
                + "versie, aangemaakt, door) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, FALSE, ?, ?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, a.gemeente());
            ps.setString(3, a.casusId());
            ps.setString(4, a.besluitId());
            ps.setString(5, a.omschrijving());
            ps.setString(6, a.organisatie());
            ps.setString(7, a.contactId());
            ps.setString(8, a.eigenaar());
            ps.setObject(9, a.deadline());
            ps.setLong(10, a.versie());
            Tijd.zet(ps, 11, a.aangemaakt());
            ps.setString(12, a.door());
            ps.executeUpdate();
        }
    }

    public Optional<Actie> zoek(Connection c, String gemeente, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + KOLOMMEN + " FROM actie a WHERE a.gemeente = ? AND a.id = ?")) {
            ps.setString(1, gemeente);
            ps.setString(2, id);
            return lees(ps).stream().findFirst();
        }
    }

    public Pagina<Actie> lijst(Connection c, String gemeente, ActieFilter filter, int page, int pageSize)
            throws SQLException {
        return lijst(c, gemeente, filter, null, page, pageSize);
    }

    /** @param varianten only acties on casussen of these variants; {@code null}: every variant */
    public Pagina<Actie> lijst(Connection c, String gemeente, ActieFilter filter, Set<String> varianten, int page,
            int pageSize) throws SQLException {
        ActieFilter f = filter == null ? ActieFilter.geen() : filter;
        if (f.tafels() != null && f.tafels().isEmpty() || varianten != null && varianten.isEmpty()) {
            return new Pagina<>(0, page, pageSize, List.of());
        }
        StringBuilder waar = new StringBuilder(" WHERE a.gemeente = ?");
        List<Object> waarden = new ArrayList<>();
        waarden.add(gemeente);
        if (f.casusId() != null) {
            waar.append(" AND a.casus_id = ?");
            waarden.add(f.casusId());
        }
        if (f.organisatie() != null) {
            waar.append(" AND LOWER(a.organisatie) = LOWER(?)");
            waarden.add(f.organisatie());
        }
        if (f.contactId() != null) {
            waar.append(" AND a.contact_id = ?");
            waarden.add(f.contactId());
        }
        if (f.alleenOpen() || f.alleenVerlopen()) {
            waar.append(" AND a.gereed IS NULL");
        }
        if (f.alleenVerlopen()) {
            waar.append(" AND a.deadline < ?");
            waarden.add(Tijd.vandaag());
        }
        String van = " FROM actie a";
        if (f.tafels() != null || varianten != null) {
            van += " JOIN casus k ON k.id = a.casus_id";
        }
        if (f.tafels() != null) {
            waar.append(" AND k.tafel_id IN (").append(Sql.vraagtekens(f.tafels()))
                    .append(')');
            waarden.addAll(f.tafels().stream().sorted().toList());
        }
        if (varianten != null) {
            waar.append(" AND k.variant IN (").append(Sql.vraagtekens(varianten)).append(')');
            waarden.addAll(varianten.stream().sorted().toList());
        }
        long aantal;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + van + waar)) {
            zet(ps, waarden);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                aantal = rs.getLong(1);
            }
        }
        // open first, then the nearest deadline
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + van + waar
                + " ORDER BY CASE WHEN a.gereed IS NULL THEN 0 ELSE 1 END, a.deadline, a.id "
                + "OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
            int i = zet(ps, waarden);
            ps.setLong(++i, (long) (page - 1) * pageSize);
            ps.setInt(++i, pageSize);
            return new Pagina<>(aantal, page, pageSize, lees(ps));
        }
    }

    /** Marks it done if it is still open; false when it was done already. */
    public boolean gereed(Connection c, String gemeente, String id, Instant op, String door) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE actie SET gereed = ?, gereed_door = ?, versie = versie + 1 "
                + "WHERE gemeente = ? AND id = ? AND gereed IS NULL")) {
            Tijd.zet(ps, 1, op);
            ps.setString(2, door);
            ps.setString(3, gemeente);
            ps.setString(4, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** Open acties past their deadline whose overdue event has not been sent, over all gemeenten. */
    public List<Actie> verlopenOngemeld(Connection c, LocalDate vandaag, int max) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM actie a WHERE a.gereed IS NULL "
                + "AND a.verlopen_gemeld = FALSE AND a.deadline < ? ORDER BY a.deadline, a.id FETCH FIRST ? ROWS ONLY")) {
            ps.setObject(1, vandaag);
            ps.setInt(2, max);
            return lees(ps);
        }
    }

    /** Claims the overdue event for one actie; false when another node or run already did. */
    public boolean markeerGemeld(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE actie SET verlopen_gemeld = TRUE WHERE id = ? AND verlopen_gemeld = FALSE")) {
            ps.setString(1, id);
            return ps.executeUpdate() == 1;
        }
    }

    private static int zet(PreparedStatement ps, List<Object> waarden) throws SQLException {
        int i = 0;
        for (Object w : waarden) {
            ps.setObject(++i, w);
        }
        return i;
    }

    private static List<Actie> lees(PreparedStatement ps) throws SQLException {
        LocalDate vandaag = Tijd.vandaag();
        List<Actie> l = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                Instant gereed = Tijd.lees(rs, "gereed");
                l.add(new Actie(rs.getString("id"), rs.getString("gemeente"), rs.getString("casus_id"),
                        rs.getString("besluit_id"), rs.getString("omschrijving"), rs.getString("organisatie"),
                        rs.getString("contact_id"), rs.getString("eigenaar"), deadline, gereed,
                        rs.getString("gereed_door"), gereed == null && deadline.isBefore(vandaag), rs.getLong("versie"),
                        Tijd.lees(rs, "aangemaakt"), rs.getString("door")));
            }
        }
        return l;
    }
}
