package nl.doorbraak.core.signaal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.doorbraak.api.domein.GekoppeldeCasus;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalFilter;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.domein.SignaalStatusWijziging;
import nl.doorbraak.api.domein.SignaalVolgorde;
import nl.doorbraak.core.db.Sql;
import nl.doorbraak.core.platform.Tijd;

/** SQL for signalen, their status history and linked casussen. Scoped by gemeente except where noted. */
public final class SignaalStore {

    private static final String KOLOMMEN = "id, gemeente, regel, organisatie, omschrijving, status, antwoord, versie, "
            + "aangemaakt, gewijzigd";
    /** The gewicht, computed where it is needed, so it can never disagree with the links. */
    private static final String GEWICHT = "(SELECT COUNT(*) FROM signaal_casus sc WHERE sc.signaal_id = signaal.id)";

    public Optional<Signaal> zoek(Connection c, String gemeente, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM signaal WHERE gemeente = ? AND id = ?")) {
            ps.setString(1, gemeente);
            ps.setString(2, id);
            return lees(c, ps).stream().findFirst();
        }
    }

    public boolean bestaat(Connection c, String id) throws SQLException {
        return Sql.vindt(c, "SELECT 1 FROM signaal WHERE id = ?", id);
    }

    public Pagina<Signaal> lijst(Connection c, String gemeente, SignaalFilter filter, int page, int pageSize)
            throws SQLException {
        SignaalFilter f = filter == null ? SignaalFilter.geen() : filter;
        StringBuilder waar = new StringBuilder(" WHERE gemeente = ?");
        List<String> waarden = new ArrayList<>();
        waarden.add(gemeente);
        if (f.status() != null) {
            waar.append(" AND status = ?");
            waarden.add(f.status().code());
        }
        if (f.organisatie() != null && !f.organisatie().isBlank()) {
            waar.append(" AND LOWER(organisatie) = ?");
            waarden.add(f.organisatie().strip().toLowerCase(Locale.ROOT));
        }
        long aantal;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM signaal" + waar)) {
            zet(ps, waarden);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                aantal = rs.getLong(1);
            }
        }
        String volgorde = f.volgorde() == SignaalVolgorde.GEWICHT ? " ORDER BY " + GEWICHT + " DESC, aangemaakt DESC, id"
                : " ORDER BY aangemaakt DESC, id";
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM signaal" + waar + volgorde
                + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
            int i = zet(ps, waarden);
            ps.setLong(++i, (long) (page - 1) * pageSize);
            ps.setInt(++i, pageSize);
            return new Pagina<>(aantal, page, pageSize, lees(c, ps));
        }
    }

    /** Signalen linking this casus, heaviest first. */
    public List<Signaal> vanCasus(Connection c, String gemeente, String casusId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM signaal WHERE gemeente = ? AND id IN "
                + "(SELECT signaal_id FROM signaal_casus WHERE casus_id = ?) ORDER BY " + GEWICHT
                + " DESC, aangemaakt DESC, id")) {
            ps.setString(1, gemeente);
            ps.setString(2, casusId);
            return lees(c, ps);
        }
    }

    /** Whether the casus exists in this gemeente (a casus of another gemeente does not, here). */
    public boolean casusBestaat(Connection c, String gemeente, String casusId) throws SQLException {
        return Sql.vindt(c, "SELECT 1 FROM casus WHERE gemeente = ? AND id = ?", gemeente, casusId);
    }

    /** Inserts the signaal with its history; links are added with {@link #koppel}. */
    public void voegToe(Connection c, Signaal s, String door) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO signaal (" + KOLOMMEN
                + ", aangemaakt_door, gewijzigd_door) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, s.id());
            ps.setString(2, s.gemeente());
            ps.setString(3, s.regel());
            ps.setString(4, s.organisatie());
            ps.setString(5, s.omschrijving());
            ps.setString(6, s.status().code());
            ps.setString(7, s.antwoord());
            ps.setLong(8, s.versie());
            Tijd.zet(ps, 9, s.aangemaakt());
            Tijd.zet(ps, 10, s.gewijzigd());
            ps.setString(11, door);
            ps.setString(12, door);
            ps.executeUpdate();
        }
        int nr = 0;
        for (SignaalStatusWijziging w : s.historie()) {
            voegHistorieToe(c, s.id(), ++nr, w);
        }
    }

    /**
     * Replaces the text, status and antwoord (not history or links) if the signaal still has {@code verwachteVersie}.
     *
     * @return false when it is gone or was changed by someone else
     */
    public boolean werkBij(Connection c, Signaal s, long verwachteVersie, String door) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE signaal SET regel = ?, organisatie = ?, "
                + "omschrijving = ?, status = ?, antwoord = ?, versie = ?, gewijzigd = ?, gewijzigd_door = ? "
                + "WHERE id = ? AND gemeente = ? AND versie = ?")) {
            ps.setString(1, s.regel());
            ps.setString(2, s.organisatie());
            ps.setString(3, s.omschrijving());
            ps.setString(4, s.status().code());
            ps.setString(5, s.antwoord());
            ps.setLong(6, s.versie());
            Tijd.zet(ps, 7, s.gewijzigd());
            ps.setString(8, door);
            ps.setString(9, s.id());
            ps.setString(10, s.gemeente());
            ps.setLong(11, verwachteVersie);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Locks the signaal row for the rest of the transaction without changing it.
     *
     * @return false when the signaal does not exist in this gemeente
     */
    public boolean vergrendel(Connection c, String gemeente, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE signaal SET versie = versie WHERE id = ? AND gemeente = ?")) {
            ps.setString(1, id);
            ps.setString(2, gemeente);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * A new versie for a change of the links; also locks the row, so concurrent links to one signaal take turns.
     *
     * @return false when the signaal does not exist in this gemeente
     */
    public boolean verhoogVersie(Connection c, String gemeente, String id, Instant op, String door)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE signaal SET versie = versie + 1, gewijzigd = ?, "
                + "gewijzigd_door = ? WHERE id = ? AND gemeente = ?")) {
            Tijd.zet(ps, 1, op);
            ps.setString(2, door);
            ps.setString(3, id);
            ps.setString(4, gemeente);
            return ps.executeUpdate() == 1;
        }
    }

    public void voegHistorieToe(Connection c, String signaalId, int volgnummer, SignaalStatusWijziging w)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO signaal_status_historie (signaal_id, volgnummer, "
                + "van, naar, door, op, reden, antwoord) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, signaalId);
            ps.setInt(2, volgnummer);
            ps.setString(3, w.van() == null ? null : w.van().code());
            ps.setString(4, w.naar().code());
            ps.setString(5, w.door());
            Tijd.zet(ps, 6, w.op());
            ps.setString(7, w.reden());
            ps.setString(8, w.antwoord());
            ps.executeUpdate();
        }
    }

    public boolean isGekoppeld(Connection c, String signaalId, String casusId) throws SQLException {
        return Sql.vindt(c, "SELECT 1 FROM signaal_casus WHERE signaal_id = ? AND casus_id = ?", signaalId, casusId);
    }

    public void koppel(Connection c, String signaalId, String casusId, String door, Instant op) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO signaal_casus (signaal_id, casus_id, "
                + "gekoppeld_door, gekoppeld_op) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, signaalId);
            ps.setString(2, casusId);
            ps.setString(3, door);
            Tijd.zet(ps, 4, op);
            ps.executeUpdate();
        }
    }

    /** @return false when the casus was not linked */
    public boolean ontkoppel(Connection c, String signaalId, String casusId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM signaal_casus WHERE signaal_id = ? AND casus_id = ?")) {
            ps.setString(1, signaalId);
            ps.setString(2, casusId);
            return ps.executeUpdate() == 1;
        }
    }

    private List<Signaal> lees(Connection c, PreparedStatement ps) throws SQLException {
        List<Object[]> rijen = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rijen.add(new Object[] { rs.getString("id"), rs.getString("gemeente"), rs.getString("regel"),
                        rs.getString("organisatie"), rs.getString("omschrijving"), rs.getString("status"),
                        rs.getString("antwoord"), rs.getLong("versie"), Tijd.lees(rs, "aangemaakt"),
                        Tijd.lees(rs, "gewijzigd") });
            }
        }
        if (rijen.isEmpty()) {
            return List.of();
        }
        List<String> ids = rijen.stream().map(r -> (String) r[0]).toList();
        Map<String, List<SignaalStatusWijziging>> historie = historie(c, ids);
        Map<String, List<GekoppeldeCasus>> casussen = casussen(c, ids);
        List<Signaal> l = new ArrayList<>(rijen.size());
        for (Object[] r : rijen) {
            String id = (String) r[0];
            l.add(new Signaal(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4], status((String) r[5]),
                    (String) r[6], historie.getOrDefault(id, List.of()), casussen.getOrDefault(id, List.of()),
                    (Long) r[7], (Instant) r[8], (Instant) r[9]));
        }
        return l;
    }

    private static Map<String, List<SignaalStatusWijziging>> historie(Connection c, Collection<String> ids)
            throws SQLException {
        Map<String, List<SignaalStatusWijziging>> per = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT signaal_id, van, naar, door, op, reden, antwoord FROM "
                + "signaal_status_historie WHERE signaal_id IN (" + Sql.vraagtekens(ids) + ") ORDER BY signaal_id, volgnummer")) {
            zet(ps, List.copyOf(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String van = rs.getString("van");
                    per.computeIfAbsent(rs.getString("signaal_id"), k -> new ArrayList<>())
                            .add(new SignaalStatusWijziging(van == null ? null : status(van),
                                    status(rs.getString("naar")), rs.getString("door"), Tijd.lees(rs, "op"),
                                    rs.getString("reden"), rs.getString("antwoord")));
                }
            }
        }
        return per;
    }

    private static Map<String, List<GekoppeldeCasus>> casussen(Connection c, Collection<String> ids)
            throws SQLException {
        Map<String, List<GekoppeldeCasus>> per = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sc.signaal_id, sc.casus_id, k.titel, k.tafel_id, "
                + "sc.gekoppeld_door, sc.gekoppeld_op FROM signaal_casus sc JOIN casus k ON k.id = sc.casus_id "
                + "WHERE sc.signaal_id IN (" + Sql.vraagtekens(ids) + ") ORDER BY sc.signaal_id, sc.gekoppeld_op, sc.casus_id")) {
            zet(ps, List.copyOf(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    per.computeIfAbsent(rs.getString("signaal_id"), k -> new ArrayList<>())
                            .add(new GekoppeldeCasus(rs.getString("casus_id"), rs.getString("titel"),
                                    rs.getString("tafel_id"), rs.getString("gekoppeld_door"),
                                    Tijd.lees(rs, "gekoppeld_op")));
                }
            }
        }
        return per;
    }

    private static int zet(PreparedStatement ps, List<String> waarden) throws SQLException {
        int i = 0;
        for (String w : waarden) {
            ps.setString(++i, w);
        }
        return i;
    }


    private static SignaalStatus status(String code) {
        return SignaalStatus.vanCode(code).orElseThrow(() -> new IllegalStateException("Onbekende status " + code));
    }
}
