package nl.doorbraak.core.tafel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.core.db.Sql;

/**
 * Deelnemers as rows: the deelnemers of a tafel, the aanwezigen of a bijeenkomst and the deelnemers of a besluit are
 * stored the same way (a copy as they were), each in its own table keyed by its owner and a volgnummer.
 */
public final class DeelnemerRijen {

    private DeelnemerRijen() {
    }

    /**
     * @param tabel       {@code tafel_deelnemer}, {@code bijeenkomst_aanwezige} or {@code besluit_deelnemer}
     * @param eigenaar    the owner's key column in that table, e.g. {@code tafel_id}
     */
    public static void bewaar(Connection c, String tabel, String eigenaar, String id, List<Deelnemer> deelnemers)
            throws SQLException {
        if (deelnemers.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + tabel + " (" + eigenaar + ", volgnummer, naam, "
                + "organisatie, mandaat, mandaat_bedrag, contact_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (Deelnemer d : deelnemers) {
                ps.setString(1, id);
                ps.setInt(2, ++i);
                ps.setString(3, d.naam());
                ps.setString(4, d.organisatie());
                ps.setString(5, d.mandaat());
                ps.setBigDecimal(6, d.mandaatBedrag());
                ps.setString(7, d.contactId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The deelnemers of several owners in one query, per owner in stored order; an owner without any is absent. */
    public static Map<String, List<Deelnemer>> lees(Connection c, String tabel, String eigenaar, Collection<String> ids)
            throws SQLException {
        Map<String, List<Deelnemer>> per = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return per;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + eigenaar + ", naam, organisatie, mandaat, "
                + "mandaat_bedrag, contact_id FROM " + tabel + " WHERE " + eigenaar + " IN ("
                + Sql.vraagtekens(ids) + ") ORDER BY " + eigenaar + ", volgnummer")) {
            int i = 0;
            for (String id : ids) {
                ps.setString(++i, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    per.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Deelnemer(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getBigDecimal(5), rs.getString(6)));
                }
            }
        }
        return per;
    }
}
