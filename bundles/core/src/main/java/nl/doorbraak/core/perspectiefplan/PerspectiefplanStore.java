package nl.doorbraak.core.perspectiefplan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.doorbraak.api.domein.Besparing;
import nl.doorbraak.api.domein.Kostenregel;
import nl.doorbraak.api.domein.Perspectiefplan;
import nl.doorbraak.core.db.Sql;
import nl.doorbraak.core.platform.Tijd;

/** SQL for perspectiefplannen: the plan row, its stappen and its rekentool lines. */
public final class PerspectiefplanStore {

    /** A plan as stored, before the saving is computed. */
    record Opgeslagen(String casusId, String gemeente, String doel, List<String> stappen, List<Kostenregel> kosten,
            long versie, Instant aangemaakt, String aangemaaktDoor, Instant gewijzigd, String gewijzigdDoor) {

        Perspectiefplan alsPlan() {
            Besparing b = Rekentool.besparing(kosten);
            return new Perspectiefplan(casusId, gemeente, doel, stappen, kosten, b, Rekentool.voorRendement(kosten, b),
                    versie, aangemaakt, aangemaaktDoor, gewijzigd, gewijzigdDoor);
        }
    }

    public Optional<Opgeslagen> zoek(Connection c, String gemeente, String casusId) throws SQLException {
        Opgeslagen p;
        try (PreparedStatement ps = c.prepareStatement("SELECT casus_id, gemeente, doel, versie, aangemaakt, "
                + "aangemaakt_door, gewijzigd, gewijzigd_door FROM perspectiefplan WHERE casus_id = ? AND gemeente = ?")) {
            ps.setString(1, casusId);
            ps.setString(2, gemeente);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                p = new Opgeslagen(rs.getString("casus_id"), rs.getString("gemeente"), rs.getString("doel"), null,
                        null, rs.getLong("versie"), Tijd.lees(rs, "aangemaakt"), rs.getString("aangemaakt_door"),
                        Tijd.lees(rs, "gewijzigd"), rs.getString("gewijzigd_door"));
            }
        }
        List<String> stappen = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT tekst FROM perspectiefplan_stap WHERE casus_id = ? ORDER BY volgnummer")) {
            ps.setString(1, casusId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stappen.add(rs.getString(1));
                }
            }
        }
        return Optional.of(new Opgeslagen(p.casusId(), p.gemeente(), p.doel(), stappen, kosten(c, casusId),
                p.versie(), p.aangemaakt(), p.aangemaaktDoor(), p.gewijzigd(), p.gewijzigdDoor()));
    }

    /** Only the rekentool lines; empty when the casus has no plan in this gemeente. */
    public Optional<List<Kostenregel>> kostenVan(Connection c, String gemeente, String casusId) throws SQLException {
        if (!Sql.vindt(c, "SELECT 1 FROM perspectiefplan WHERE casus_id = ? AND gemeente = ?", casusId, gemeente)) {
            return Optional.empty();
        }
        return Optional.of(kosten(c, casusId));
    }

    private static List<Kostenregel> kosten(Connection c, String casusId) throws SQLException {
        List<Kostenregel> kosten = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT organisatie, post, doormodderen, doorbreken FROM "
                + "perspectiefplan_kosten WHERE casus_id = ? ORDER BY volgnummer")) {
            ps.setString(1, casusId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    kosten.add(new Kostenregel(rs.getString(1), rs.getString(2), rs.getBigDecimal(3).setScale(2),
                            rs.getBigDecimal(4).setScale(2)));
                }
            }
        }
        return kosten;
    }

    void voegToe(Connection c, Opgeslagen p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO perspectiefplan (casus_id, gemeente, doel, versie, "
                + "aangemaakt, aangemaakt_door, gewijzigd, gewijzigd_door) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, p.casusId());
            ps.setString(2, p.gemeente());
            ps.setString(3, p.doel());
            ps.setLong(4, p.versie());
            Tijd.zet(ps, 5, p.aangemaakt());
            ps.setString(6, p.aangemaaktDoor());
            Tijd.zet(ps, 7, p.gewijzigd());
            ps.setString(8, p.gewijzigdDoor());
            ps.executeUpdate();
        }
        delen(c, p);
    }

    /** Replaces the plan if it still has {@code verwachteVersie}; {@code false} otherwise (nothing written). */
    boolean vervang(Connection c, Opgeslagen p, long verwachteVersie) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE perspectiefplan SET doel = ?, versie = ?, gewijzigd = ?, "
                + "gewijzigd_door = ? WHERE casus_id = ? AND gemeente = ? AND versie = ?")) {
            ps.setString(1, p.doel());
            ps.setLong(2, p.versie());
            Tijd.zet(ps, 3, p.gewijzigd());
            ps.setString(4, p.gewijzigdDoor());
            ps.setString(5, p.casusId());
            ps.setString(6, p.gemeente());
            ps.setLong(7, verwachteVersie);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        for (String tabel : new String[] { "perspectiefplan_stap", "perspectiefplan_kosten" }) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + tabel + " WHERE casus_id = ?")) {
                ps.setString(1, p.casusId());
                ps.executeUpdate();
            }
        }
        delen(c, p);
        return true;
    }

    private static void delen(Connection c, Opgeslagen p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO perspectiefplan_stap (casus_id, volgnummer, tekst) VALUES (?, ?, ?)")) {
            for (int i = 0; i < p.stappen().size(); i++) {
                ps.setString(1, p.casusId());
                ps.setInt(2, i + 1);
                ps.setString(3, p.stappen().get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO perspectiefplan_kosten (casus_id, volgnummer, "
                + "organisatie, post, doormodderen, doorbreken) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < p.kosten().size(); i++) {
                Kostenregel k = p.kosten().get(i);
                ps.setString(1, p.casusId());
                ps.setInt(2, i + 1);
                ps.setString(3, k.organisatie());
                ps.setString(4, k.post());
                ps.setBigDecimal(5, k.doormodderen());
                ps.setBigDecimal(6, k.doorbreken());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The rekentool lines of the plans whose casus counts in [{@code van}, {@code tot}): the moment it first became
     * besloten, or without a besluit the moment it was closed; terugverwezen casussen not at all. Per casus id, in
     * plan order; a plan without lines is there with an empty list.
     */
    Map<String, List<Kostenregel>> kostenInPeriode(Connection c, String gemeente, Instant van, Instant tot)
            throws SQLException {
        String moment = "COALESCE((SELECT MIN(h.op) FROM casus_status_historie h WHERE h.casus_id = p.casus_id "
                + "AND h.naar = 'besloten'), k.afgesloten)";
        Map<String, List<Kostenregel>> per = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.casus_id, r.organisatie, r.post, r.doormodderen, "
                + "r.doorbreken FROM perspectiefplan p JOIN casus k ON k.id = p.casus_id "
                + "LEFT JOIN perspectiefplan_kosten r ON r.casus_id = p.casus_id "
                + "WHERE p.gemeente = ? AND (k.resultaat IS NULL OR k.resultaat <> 'terugverwezen') "
                + "AND " + moment + " >= ? AND " + moment + " < ? ORDER BY p.casus_id, r.volgnummer")) {
            ps.setString(1, gemeente);
            Tijd.zet(ps, 2, van);
            Tijd.zet(ps, 3, tot);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Kostenregel> l = per.computeIfAbsent(rs.getString(1), id -> new ArrayList<>());
                    if (rs.getString(2) != null) {
                        l.add(new Kostenregel(rs.getString(2), rs.getString(3), rs.getBigDecimal(4).setScale(2),
                                rs.getBigDecimal(5).setScale(2)));
                    }
                }
            }
        }
        return per;
    }
}
