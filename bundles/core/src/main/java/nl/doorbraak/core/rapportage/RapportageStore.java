package nl.doorbraak.core.rapportage;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.doorbraak.core.db.Sql;
import nl.doorbraak.core.platform.Tijd;

/**
 * The rows the rapportage is computed from. Only columns that retention keeps (ids, dates, status, resultaat,
 * thema, organisaties, soort, amounts, the signaal's regel); never titel, hulpvraag, initialen, pseudoniem, notities
 * or other free text. Aggregation happens in Java (a median is not portable SQL); every query is scoped by gemeente and,
 * when asked, by tafel.
 */
final class RapportageStore {

    record CasusRij(String id, String thema, String resultaat, Instant aangemeld, Instant afgesloten) {
    }

    record BesluitRij(String id, String casusId, String soort, BigDecimal rendementBedrag, String thema,
            boolean gecorrigeerd) {
    }

    record Organisatie(String id, String organisatie, BigDecimal bedrag) {
    }

    record PotjeRij(String id, String naam, String tafelId) {
    }

    record MutatieRij(String potjeId, long volgnummer, String soort, BigDecimal bedrag, BigDecimal saldoNa, Instant op) {
    }

    record SignaalRij(String id, String regel, String organisatie, String status, Instant aangemaakt, int gewicht) {
    }

    /** The tafel condition on alias {@code c} (casus), or nothing. */
    private static String tafel(String tafelId) {
        return tafelId == null ? "" : " AND c.tafel_id = ?";
    }

    boolean tafelBestaat(Connection c, String gemeente, String tafelId) throws SQLException {
        return Sql.vindt(c, "SELECT 1 FROM tafel WHERE gemeente = ? AND id = ?", gemeente, tafelId);
    }

    /** Casussen aangemeld before the end of the year and not closed before its start. */
    List<CasusRij> casussen(Connection c, String gemeente, String tafelId, Periode p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.thema, c.resultaat, c.aangemaakt, c.afgesloten "
                + "FROM casus c WHERE c.gemeente = ?" + tafel(tafelId) + " AND c.aangemaakt < ? "
                + "AND (c.afgesloten IS NULL OR c.afgesloten >= ?) ORDER BY c.id")) {
            int i = zet(ps, gemeente, tafelId);
            Tijd.zet(ps, i++, p.einde());
            Tijd.zet(ps, i, p.start());
            List<CasusRij> l = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    l.add(new CasusRij(rs.getString("id"), rs.getString("thema"), rs.getString("resultaat"),
                            Tijd.lees(rs, "aangemaakt"), Tijd.lees(rs, "afgesloten")));
                }
            }
            return l;
        }
    }

    /** casus id → its betrokken organisaties, for the same casussen as {@link #casussen}. */
    Map<String, List<String>> casusOrganisaties(Connection c, String gemeente, String tafelId, Periode p)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT co.casus_id, co.organisatie FROM casus_organisatie co "
                + "JOIN casus c ON c.id = co.casus_id WHERE c.gemeente = ?" + tafel(tafelId)
                + " AND c.aangemaakt < ? AND (c.afgesloten IS NULL OR c.afgesloten >= ?) "
                + "ORDER BY co.casus_id, co.volgnummer")) {
            int i = zet(ps, gemeente, tafelId);
            Tijd.zet(ps, i++, p.einde());
            Tijd.zet(ps, i, p.start());
            Map<String, List<String>> m = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            return m;
        }
    }

    private static final String BESLUIT_IN_JAAR = " FROM besluit b JOIN casus c ON c.id = b.casus_id "
            + "WHERE b.gemeente = ? AND c.gemeente = b.gemeente";

    /** Besluiten genomen in the year; gecorrigeerd when a correction was taken before the end of the year. */
    List<BesluitRij> besluiten(Connection c, String gemeente, String tafelId, Periode p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT b.id, b.casus_id, b.soort, b.rendement_bedrag, c.thema, "
                + "CASE WHEN EXISTS (SELECT 1 FROM besluit k WHERE k.corrigeert = b.id AND k.genomen < ?) "
                + "THEN 1 ELSE 0 END AS gecorrigeerd" + BESLUIT_IN_JAAR + tafel(tafelId)
                + " AND b.genomen >= ? AND b.genomen < ? ORDER BY b.genomen, b.id")) {
            Tijd.zet(ps, 1, p.einde());
            int i = zet(ps, 2, gemeente, tafelId);
            Tijd.zet(ps, i++, p.start());
            Tijd.zet(ps, i, p.einde());
            List<BesluitRij> l = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    l.add(new BesluitRij(rs.getString("id"), rs.getString("casus_id"), rs.getString("soort"),
                            rs.getBigDecimal("rendement_bedrag"), rs.getString("thema"), rs.getInt("gecorrigeerd") == 1));
                }
            }
            return l;
        }
    }

    /** The organisaties of the deelnemers who took the besluiten of the year (amount {@code null}). */
    List<Organisatie> besluitDeelnemers(Connection c, String gemeente, String tafelId, Periode p) throws SQLException {
        return organisaties(c, "SELECT b.id, d.organisatie, NULL AS bedrag FROM besluit_deelnemer d "
                + "JOIN besluit b ON b.id = d.besluit_id JOIN casus c ON c.id = b.casus_id WHERE b.gemeente = ? "
                + "AND c.gemeente = b.gemeente", gemeente, tafelId, p);
    }

    /** The toezeggingen (organisatie and amount) of the besluiten of the year. */
    List<Organisatie> toezeggingen(Connection c, String gemeente, String tafelId, Periode p) throws SQLException {
        return organisaties(c, "SELECT b.id, t.organisatie, t.bedrag FROM besluit_bedrag t "
                + "JOIN besluit b ON b.id = t.besluit_id JOIN casus c ON c.id = b.casus_id WHERE b.gemeente = ? "
                + "AND c.gemeente = b.gemeente", gemeente, tafelId, p);
    }

    private static List<Organisatie> organisaties(Connection c, String select, String gemeente, String tafelId,
            Periode p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(select + tafel(tafelId)
                + " AND b.genomen >= ? AND b.genomen < ?")) {
            int i = zet(ps, gemeente, tafelId);
            Tijd.zet(ps, i++, p.start());
            Tijd.zet(ps, i, p.einde());
            List<Organisatie> l = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    l.add(new Organisatie(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)));
                }
            }
            return l;
        }
    }

    /** Potjes that existed before the end of the year; with a tafel only that tafel's. */
    List<PotjeRij> potjes(Connection c, String gemeente, String tafelId, Periode p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, naam, tafel_id FROM potje WHERE gemeente = ?"
                + (tafelId == null ? "" : " AND tafel_id = ?") + " AND aangemaakt < ? ORDER BY naam, id")) {
            int i = zet(ps, gemeente, tafelId);
            Tijd.zet(ps, i, p.einde());
            List<PotjeRij> l = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    l.add(new PotjeRij(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return l;
        }
    }

    /** Every mutation of the gemeente's potjes before the end of the year, in order per potje. */
    List<MutatieRij> mutaties(Connection c, String gemeente, Periode p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT m.potje_id, m.volgnummer, m.soort, m.bedrag, m.saldo_na, "
                + "m.op FROM potje_mutatie m JOIN potje p ON p.id = m.potje_id WHERE p.gemeente = ? AND m.op < ? "
                + "ORDER BY m.potje_id, m.volgnummer")) {
            ps.setString(1, gemeente);
            Tijd.zet(ps, 2, p.einde());
            List<MutatieRij> l = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    l.add(new MutatieRij(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), Tijd.lees(rs, "op")));
                }
            }
            return l;
        }
    }

    /** open, verlopen (now), aangemaakt and gereed in the year. */
    int[] acties(Connection c, String gemeente, String tafelId, Periode p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT "
                + "COALESCE(SUM(CASE WHEN a.gereed IS NULL THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN a.gereed IS NULL AND a.deadline < ? THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN a.aangemaakt >= ? AND a.aangemaakt < ? THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN a.gereed >= ? AND a.gereed < ? THEN 1 ELSE 0 END), 0) "
                + "FROM actie a JOIN casus c ON c.id = a.casus_id WHERE a.gemeente = ?" + tafel(tafelId))) {
            ps.setObject(1, p.vandaag());
            Tijd.zet(ps, 2, p.start());
            Tijd.zet(ps, 3, p.einde());
            Tijd.zet(ps, 4, p.start());
            Tijd.zet(ps, 5, p.einde());
            zet(ps, 6, gemeente, tafelId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4) };
            }
        }
    }

    /** open and verlopen now. */
    int[] escalatiesNu(Connection c, String gemeente, String tafelId, Periode p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT "
                + "COALESCE(SUM(CASE WHEN e.status = 'open' THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN e.status = 'open' AND e.deadline < ? THEN 1 ELSE 0 END), 0) "
                + "FROM escalatie e JOIN casus c ON c.id = e.casus_id WHERE e.gemeente = ?" + tafel(tafelId))) {
            Tijd.zet(ps, 1, p.nu());
            zet(ps, 2, gemeente, tafelId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new int[] { rs.getInt(1), rs.getInt(2) };
            }
        }
    }

    /** Escalaties begun in the year, per level id, by level id. */
    Map<String, Integer> escalatiesPerNiveau(Connection c, String gemeente, String tafelId, Periode p)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT e.niveau, COUNT(*) FROM escalatie e "
                + "JOIN casus c ON c.id = e.casus_id WHERE e.gemeente = ?" + tafel(tafelId)
                + " AND e.aangemaakt >= ? AND e.aangemaakt < ? GROUP BY e.niveau ORDER BY e.niveau")) {
            int i = zet(ps, gemeente, tafelId);
            Tijd.zet(ps, i++, p.start());
            Tijd.zet(ps, i, p.einde());
            Map<String, Integer> m = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getInt(2));
                }
            }
            return m;
        }
    }

    /** Signalen reported before the end of the year, with their gewicht now (with a tafel: its casussen only). */
    List<SignaalRij> signalen(Connection c, String gemeente, String tafelId, Periode p) throws SQLException {
        String gewicht = tafelId == null ? "SELECT COUNT(*) FROM signaal_casus sc WHERE sc.signaal_id = s.id"
                : "SELECT COUNT(*) FROM signaal_casus sc JOIN casus c ON c.id = sc.casus_id "
                        + "WHERE sc.signaal_id = s.id AND c.tafel_id = ?";
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.regel, s.organisatie, s.status, s.aangemaakt, ("
                + gewicht + ") AS gewicht FROM signaal s WHERE s.gemeente = ? AND s.aangemaakt < ? "
                + "ORDER BY s.aangemaakt, s.id")) {
            int i = 1;
            if (tafelId != null) {
                ps.setString(i++, tafelId);
            }
            ps.setString(i++, gemeente);
            Tijd.zet(ps, i, p.einde());
            List<SignaalRij> l = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    l.add(new SignaalRij(rs.getString("id"), rs.getString("regel"), rs.getString("organisatie"),
                            rs.getString("status"), Tijd.lees(rs, "aangemaakt"), rs.getInt("gewicht")));
                }
            }
            return l;
        }
    }

    private static int zet(PreparedStatement ps, String gemeente, String tafelId) throws SQLException {
        return zet(ps, 1, gemeente, tafelId);
    }

    /** Sets gemeente (and tafel) from position {@code i}; returns the next free position. */
    private static int zet(PreparedStatement ps, int i, String gemeente, String tafelId) throws SQLException {
        ps.setString(i++, gemeente);
        if (tafelId != null) {
            ps.setString(i++, tafelId);
        }
        return i;
    }
}
