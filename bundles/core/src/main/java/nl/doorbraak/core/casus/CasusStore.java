package nl.doorbraak.core.casus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Resultaat;
import nl.doorbraak.api.domein.StatusWijziging;
import nl.doorbraak.core.db.Sql;
import nl.doorbraak.core.platform.Json;
import nl.doorbraak.core.platform.Tijd;

/** SQL for casussen, their betrokken organisaties and status history. Scoped by gemeente except where noted. */
public final class CasusStore {

    private static final String KOLOMMEN = "id, gemeente, tafel_id, variant, titel, hulpvraag, inwoner_pseudoniem, "
            + "inwoner_initialen, thema, status, variant_data, variant_schema_versie, versie, aangemaakt, gewijzigd, "
            + "afgesloten, resultaat";

    private final Json json;

    public CasusStore(Json json) {
        this.json = json;
    }

    public Optional<OpgeslagenCasus> zoek(Connection c, String gemeente, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM casus WHERE gemeente = ? AND id = ?")) {
            ps.setString(1, gemeente);
            ps.setString(2, id);
            return lees(c, ps).stream().findFirst();
        }
    }

    /** The casus a besluit is about: what potjes and acties need to know of it. */
    public record CasusVanBesluit(String casusId, String tafelId, CasusStatus status) {
    }

    /** The casus of a besluit of this gemeente; empty for an unknown besluit or one of another gemeente. */
    public Optional<CasusVanBesluit> vanBesluit(Connection c, String gemeente, String besluitId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT k.id, k.tafel_id, k.status FROM besluit b JOIN casus k "
                + "ON k.id = b.casus_id WHERE b.id = ? AND b.gemeente = ?")) {
            ps.setString(1, besluitId);
            ps.setString(2, gemeente);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new CasusVanBesluit(rs.getString(1), rs.getString(2), status(rs.getString(3))))
                        : Optional.empty();
            }
        }
    }

    /**
     * Locks the casus row until the transaction ends. Closing as doorbraak checks that no escalatie or actie is open,
     * and escalating or adding acties checks that the casus is not closed: each takes this lock first, so the two
     * cannot both succeed side by side.
     *
     * @return false when there is no such casus in this gemeente
     */
    public static boolean vergrendel(Connection c, String gemeente, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM casus WHERE gemeente = ? AND id = ? FOR UPDATE")) {
            ps.setString(1, gemeente);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Whether retention purged this casus's personal data. */
    public boolean isGewist(Connection c, String id) throws SQLException {
        return Sql.vindt(c, "SELECT 1 FROM casus WHERE id = ? AND gewist IS NOT NULL", id);
    }

    public boolean bestaat(Connection c, String id) throws SQLException {
        return Sql.vindt(c, "SELECT 1 FROM casus WHERE id = ?", id);
    }

    public boolean pseudoniemBestaat(Connection c, String gemeente, String pseudoniem) throws SQLException {
        return Sql.vindt(c, "SELECT 1 FROM casus WHERE gemeente = ? AND inwoner_pseudoniem = ?", gemeente, pseudoniem);
    }

    public Pagina<OpgeslagenCasus> lijst(Connection c, String gemeente, CasusFilter filter, int page, int pageSize)
            throws SQLException {
        CasusFilter f = filter == null ? CasusFilter.geen() : filter;
        if (f.tafels() != null && f.tafels().isEmpty()) {
            // a user at no tafel sees nothing
            return new Pagina<>(0, page, pageSize, List.of());
        }
        StringBuilder waar = new StringBuilder(" WHERE gemeente = ?");
        List<String> waarden = new ArrayList<>();
        waarden.add(gemeente);
        if (f.status() != null) {
            waar.append(" AND status = ?");
            waarden.add(f.status().code());
        }
        if (f.tafelId() != null && !f.tafelId().isBlank()) {
            waar.append(" AND tafel_id = ?");
            waarden.add(f.tafelId());
        }
        if (f.tafels() != null) {
            waar.append(" AND tafel_id IN (").append(Sql.vraagtekens(f.tafels()))
                    .append(')');
            waarden.addAll(f.tafels().stream().sorted().toList());
        }
        if (f.variant() != null && !f.variant().isBlank()) {
            waar.append(" AND variant = ?");
            waarden.add(f.variant());
        }
        long aantal;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM casus" + waar)) {
            zet(ps, waarden);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                aantal = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM casus" + waar
                + " ORDER BY aangemaakt DESC, id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
            int i = zet(ps, waarden);
            ps.setLong(++i, (long) (page - 1) * pageSize);
            ps.setInt(++i, pageSize);
            return new Pagina<>(aantal, page, pageSize, lees(c, ps));
        }
    }

    private static int zet(PreparedStatement ps, List<String> waarden) throws SQLException {
        int i = 0;
        for (String w : waarden) {
            ps.setString(++i, w);
        }
        return i;
    }

    /** Inserts the casus with its history and organisaties. */
    public void voegToe(Connection c, OpgeslagenCasus k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO casus (" + KOLOMMEN
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, k.id());
            ps.setString(2, k.gemeente());
            ps.setString(3, k.tafelId());
            ps.setString(4, k.variant());
            ps.setString(5, k.titel());
            ps.setString(6, k.hulpvraag());
            ps.setString(7, k.pseudoniem());
            ps.setString(8, k.initialen());
            ps.setString(9, k.thema());
            ps.setString(10, k.status().code());
            ps.setString(11, json.schrijf(k.data()));
            ps.setInt(12, k.schemaVersie());
            ps.setLong(13, k.versie());
            Tijd.zet(ps, 14, k.aangemaakt());
            Tijd.zet(ps, 15, k.gewijzigd());
            Tijd.zet(ps, 16, k.afgesloten());
            ps.setString(17, k.resultaat() == null ? null : k.resultaat().code());
            ps.executeUpdate();
        }
        bewaarOrganisaties(c, k.id(), k.organisaties());
        int nr = 0;
        for (StatusWijziging w : k.historie()) {
            voegHistorieToe(c, k.id(), ++nr, w);
        }
    }

    /**
     * Replaces the casus fields (not its history) if it still has {@code verwachteVersie} and its personal data was
     * not purged by retention.
     *
     * @return false when the casus is gone, was changed by someone else, or was purged
     */
    public boolean werkBij(Connection c, OpgeslagenCasus k, long verwachteVersie) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE casus SET titel = ?, hulpvraag = ?, "
                + "inwoner_pseudoniem = ?, inwoner_initialen = ?, thema = ?, status = ?, variant_data = ?, "
                + "variant_schema_versie = ?, versie = ?, gewijzigd = ?, afgesloten = ?, resultaat = ? "
                + "WHERE id = ? AND gemeente = ? AND versie = ? AND gewist IS NULL")) {
            ps.setString(1, k.titel());
            ps.setString(2, k.hulpvraag());
            ps.setString(3, k.pseudoniem());
            ps.setString(4, k.initialen());
            ps.setString(5, k.thema());
            ps.setString(6, k.status().code());
            ps.setString(7, json.schrijf(k.data()));
            ps.setInt(8, k.schemaVersie());
            ps.setLong(9, k.versie());
            Tijd.zet(ps, 10, k.gewijzigd());
            Tijd.zet(ps, 11, k.afgesloten());
            ps.setString(12, k.resultaat() == null ? null : k.resultaat().code());
            ps.setString(13, k.id());
            ps.setString(14, k.gemeente());
            ps.setLong(15, verwachteVersie);
            if (ps.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM casus_organisatie WHERE casus_id = ?")) {
            ps.setString(1, k.id());
            ps.executeUpdate();
        }
        bewaarOrganisaties(c, k.id(), k.organisaties());
        return true;
    }

    public void voegHistorieToe(Connection c, String casusId, int volgnummer, StatusWijziging w) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO casus_status_historie (casus_id, volgnummer, van, "
                + "naar, door, op, reden) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, casusId);
            ps.setInt(2, volgnummer);
            ps.setString(3, w.van() == null ? null : w.van().code());
            ps.setString(4, w.naar().code());
            ps.setString(5, w.door());
            Tijd.zet(ps, 6, w.op());
            ps.setString(7, w.reden());
            ps.executeUpdate();
        }
    }

    /**
     * Rewrites only the variant data of one casus in a newer schema, keeping {@code versie} and {@code gewijzigd}:
     * what clients see does not change, because reads already served the upgraded form.
     *
     * @return false when the row changed meanwhile (it is then picked up again, or already current)
     */
    public boolean herschrijfSchema(Connection c, String id, long versie, int vanSchema, Map<String, Object> data,
            int naarSchema) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE casus SET variant_data = ?, variant_schema_versie = ? "
                + "WHERE id = ? AND versie = ? AND variant_schema_versie = ?")) {
            ps.setString(1, json.schrijf(data));
            ps.setInt(2, naarSchema);
            ps.setString(3, id);
            ps.setLong(4, versie);
            ps.setInt(5, vanSchema);
            return ps.executeUpdate() == 1;
        }
    }

    /** Ids of casussen of a variant stored in an older schema, after {@code naId}, in id order (all gemeenten). */
    public List<String> metOuderSchema(Connection c, String variant, int schema, String naId, int max)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM casus WHERE variant = ? "
                + "AND variant_schema_versie < ? AND id > ? ORDER BY id FETCH FIRST ? ROWS ONLY")) {
            ps.setString(1, variant);
            ps.setInt(2, schema);
            ps.setString(3, naId);
            ps.setInt(4, max);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    /** One casus by id alone; only for background work that spans gemeenten. */
    public Optional<OpgeslagenCasus> zoekOpId(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM casus WHERE id = ?")) {
            ps.setString(1, id);
            return lees(c, ps).stream().findFirst();
        }
    }

    private void bewaarOrganisaties(Connection c, String casusId, List<String> organisaties) throws SQLException {
        if (organisaties.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO casus_organisatie (casus_id, volgnummer, organisatie) VALUES (?, ?, ?)")) {
            int i = 0;
            for (String o : organisaties) {
                ps.setString(1, casusId);
                ps.setInt(2, ++i);
                ps.setString(3, o);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private List<OpgeslagenCasus> lees(Connection c, PreparedStatement ps) throws SQLException {
        List<Object[]> rijen = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rijen.add(new Object[] { rs.getString("id"), rs.getString("gemeente"), rs.getString("tafel_id"),
                        rs.getString("variant"), rs.getString("titel"), rs.getString("hulpvraag"),
                        rs.getString("inwoner_pseudoniem"), rs.getString("inwoner_initialen"), rs.getString("thema"),
                        rs.getString("status"), rs.getString("variant_data"), rs.getInt("variant_schema_versie"),
                        rs.getLong("versie"), Tijd.lees(rs, "aangemaakt"), Tijd.lees(rs, "gewijzigd"),
                        Tijd.lees(rs, "afgesloten"), rs.getString("resultaat") });
            }
        }
        if (rijen.isEmpty()) {
            return List.of();
        }
        List<String> ids = rijen.stream().map(r -> (String) r[0]).toList();
        Map<String, List<StatusWijziging>> historie = historie(c, ids);
        Map<String, List<String>> organisaties = organisaties(c, ids);
        List<OpgeslagenCasus> resultaat = new ArrayList<>(rijen.size());
        for (Object[] r : rijen) {
            String id = (String) r[0];
            resultaat.add(new OpgeslagenCasus(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], (String) r[7], (String) r[8], status((String) r[9]),
                    historie.getOrDefault(id, List.of()), organisaties.getOrDefault(id, List.of()),
                    json.leesObject((String) r[10]), (Integer) r[11], (Long) r[12], (java.time.Instant) r[13],
                    (java.time.Instant) r[14], (java.time.Instant) r[15],
                    r[16] == null ? null : Resultaat.vanCode((String) r[16]).orElse(null)));
        }
        return resultaat;
    }

    private Map<String, List<StatusWijziging>> historie(Connection c, Collection<String> ids) throws SQLException {
        Map<String, List<StatusWijziging>> perCasus = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT casus_id, van, naar, door, op, reden FROM "
                + "casus_status_historie WHERE casus_id IN (" + Sql.vraagtekens(ids) + ") ORDER BY casus_id, volgnummer")) {
            zet(ps, List.copyOf(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String van = rs.getString("van");
                    perCasus.computeIfAbsent(rs.getString("casus_id"), k -> new ArrayList<>())
                            .add(new StatusWijziging(van == null ? null : status(van), status(rs.getString("naar")),
                                    rs.getString("door"), Tijd.lees(rs, "op"), rs.getString("reden")));
                }
            }
        }
        return perCasus;
    }

    private Map<String, List<String>> organisaties(Connection c, Collection<String> ids) throws SQLException {
        Map<String, List<String>> perCasus = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT casus_id, organisatie FROM casus_organisatie "
                + "WHERE casus_id IN (" + Sql.vraagtekens(ids) + ") ORDER BY casus_id, volgnummer")) {
            zet(ps, List.copyOf(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    perCasus.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return perCasus;
    }


    private static CasusStatus status(String code) {
        return CasusStatus.vanCode(code).orElseThrow(() -> new IllegalStateException("Onbekende status " + code));
    }
}
