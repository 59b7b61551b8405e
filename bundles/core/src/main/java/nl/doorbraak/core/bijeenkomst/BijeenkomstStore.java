package nl.doorbraak.core.bijeenkomst;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.core.db.Sql;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.tafel.DeelnemerRijen;

/** SQL for bijeenkomsten, their agenda and who was there. Scoped by gemeente. */
public final class BijeenkomstStore {

    private static final String KOLOMMEN = "id, gemeente, tafel_id, datum, notitie, versie, aangemaakt, gewijzigd";

    public Optional<Bijeenkomst> zoek(Connection c, String gemeente, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + KOLOMMEN + " FROM bijeenkomst WHERE gemeente = ? AND id = ?")) {
            ps.setString(1, gemeente);
            ps.setString(2, id);
            return lees(c, ps).stream().findFirst();
        }
    }

    /**
     * As {@link #zoek}, and locks the row until the transaction ends: a besluit taken at the bijeenkomst and a change
     * of its date or aanwezigen then cannot pass each other's checks.
     */
    public Optional<Bijeenkomst> zoekVoorWijziging(Connection c, String gemeente, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM bijeenkomst WHERE gemeente = ? AND id = ? FOR UPDATE")) {
            ps.setString(1, gemeente);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
            }
        }
        return zoek(c, gemeente, id);
    }

    /**
     * The besluiten taken at a bijeenkomst: the first day one was recorded (Dutch calendar) and who took them (as they
     * were recorded with each besluit); {@code null} when none was taken there.
     */
    public Besluitnemers besluitnemers(Connection c, String bijeenkomstId) throws SQLException {
        List<String> ids = new ArrayList<>();
        Instant eerste = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, genomen FROM besluit WHERE bijeenkomst_id = ?")) {
            ps.setString(1, bijeenkomstId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                    Instant genomen = Tijd.lees(rs, "genomen");
                    eerste = eerste == null || genomen.isBefore(eerste) ? genomen : eerste;
                }
            }
        }
        if (ids.isEmpty()) {
            return null;
        }
        List<Deelnemer> nemers = new ArrayList<>();
        for (List<Deelnemer> l : DeelnemerRijen.lees(c, "besluit_deelnemer", "besluit_id", ids).values()) {
            l.stream().filter(d -> !nemers.contains(d)).forEach(nemers::add);
        }
        return new Besluitnemers(eerste.atZone(Tijd.NEDERLAND).toLocalDate(), nemers);
    }

    /** @see #besluitnemers */
    public record Besluitnemers(LocalDate eersteDag, List<Deelnemer> nemers) {
    }

    public Pagina<Bijeenkomst> lijst(Connection c, String gemeente, String tafelId, int page, int pageSize)
            throws SQLException {
        String waar = " WHERE gemeente = ?" + (tafelId == null ? "" : " AND tafel_id = ?");
        long aantal;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM bijeenkomst" + waar)) {
            ps.setString(1, gemeente);
            if (tafelId != null) {
                ps.setString(2, tafelId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                aantal = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM bijeenkomst" + waar
                + " ORDER BY datum DESC, id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
            int i = 0;
            ps.setString(++i, gemeente);
            if (tafelId != null) {
                ps.setString(++i, tafelId);
            }
            ps.setLong(++i, (long) (page - 1) * pageSize);
            ps.setInt(++i, pageSize);
            return new Pagina<>(aantal, page, pageSize, lees(c, ps));
        }
    }

    public void voegToe(Connection c, Bijeenkomst b, String door) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bijeenkomst (id, gemeente, tafel_id, datum, notitie, "
                + "versie, aangemaakt, door, gewijzigd) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, b.id());
            ps.setString(2, b.gemeente());
            ps.setString(3, b.tafelId());
            ps.setObject(4, b.datum());
            ps.setString(5, b.notitie());
            ps.setLong(6, b.versie());
            Tijd.zet(ps, 7, b.aangemaakt());
            ps.setString(8, door);
            Tijd.zet(ps, 9, b.gewijzigd());
            ps.executeUpdate();
        }
        DeelnemerRijen.bewaar(c, "bijeenkomst_aanwezige", "bijeenkomst_id", b.id(), b.aanwezigen());
        int nr = 0;
        for (String casusId : b.agenda()) {
            agendeer(c, b.id(), ++nr, casusId);
        }
    }

    /** Datum, notitie and aanwezigen, if the row still has {@code verwachteVersie}. */
    public boolean werkBij(Connection c, Bijeenkomst b, long verwachteVersie) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE bijeenkomst SET datum = ?, notitie = ?, versie = ?, "
                + "gewijzigd = ? WHERE id = ? AND gemeente = ? AND versie = ?")) {
            ps.setObject(1, b.datum());
            ps.setString(2, b.notitie());
            ps.setLong(3, b.versie());
            Tijd.zet(ps, 4, b.gewijzigd());
            ps.setString(5, b.id());
            ps.setString(6, b.gemeente());
            ps.setLong(7, verwachteVersie);
            if (ps.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM bijeenkomst_aanwezige WHERE bijeenkomst_id = ?")) {
            ps.setString(1, b.id());
            ps.executeUpdate();
        }
        DeelnemerRijen.bewaar(c, "bijeenkomst_aanwezige", "bijeenkomst_id", b.id(), b.aanwezigen());
        return true;
    }

    /** Bumps versie and gewijzigd after an agenda change, with the same optimistic check. */
    public boolean raakAan(Connection c, String id, long verwachteVersie, Instant op) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE bijeenkomst SET versie = versie + 1, gewijzigd = ? WHERE id = ? AND versie = ?")) {
            Tijd.zet(ps, 1, op);
            ps.setString(2, id);
            ps.setLong(3, verwachteVersie);
            return ps.executeUpdate() == 1;
        }
    }

    public void agendeer(Connection c, String bijeenkomstId, int volgnummer, String casusId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO bijeenkomst_agenda (bijeenkomst_id, volgnummer, casus_id) VALUES (?, ?, ?)")) {
            ps.setString(1, bijeenkomstId);
            ps.setInt(2, volgnummer);
            ps.setString(3, casusId);
            ps.executeUpdate();
        }
    }

    private static List<Bijeenkomst> lees(Connection c, PreparedStatement ps) throws SQLException {
        List<Object[]> rijen = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rijen.add(new Object[] { rs.getString("id"), rs.getString("gemeente"), rs.getString("tafel_id"),
                        rs.getObject("datum", LocalDate.class), rs.getString("notitie"), rs.getLong("versie"),
                        Tijd.lees(rs, "aangemaakt"), Tijd.lees(rs, "gewijzigd") });
            }
        }
        if (rijen.isEmpty()) {
            return List.of();
        }
        List<String> ids = rijen.stream().map(r -> (String) r[0]).toList();
        String in = " IN (" + Sql.vraagtekens(ids) + ")";
        Map<String, List<String>> agenda = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT bijeenkomst_id, casus_id FROM bijeenkomst_agenda "
                + "WHERE bijeenkomst_id" + in + " ORDER BY bijeenkomst_id, volgnummer")) {
            for (int i = 0; i < ids.size(); i++) {
                q.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    agenda.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        Map<String, List<Deelnemer>> aanwezig = DeelnemerRijen.lees(c, "bijeenkomst_aanwezige", "bijeenkomst_id",
                ids);
        List<Bijeenkomst> l = new ArrayList<>();
        for (Object[] r : rijen) {
            String id = (String) r[0];
            l.add(new Bijeenkomst(id, (String) r[1], (String) r[2], (LocalDate) r[3],
                    agenda.getOrDefault(id, List.of()), aanwezig.getOrDefault(id, List.of()), (String) r[4],
                    (Long) r[5], (Instant) r[6], (Instant) r[7]));
        }
        return l;
    }
}
