package nl.doorbraak.core.escalatie;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieFilter;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.domein.EscalatieWijziging;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.core.db.Sql;
import nl.doorbraak.core.platform.Tijd;

/** SQL for escalaties and their status history. Every query is scoped by gemeente, except the scheduled check. */
public final class EscalatieStore {

    private static final String KOLOMMEN = "id, gemeente, casus_id, niveau, niveau_naam, reactietermijn_dagen, reden, "
            + "status, deadline, antwoord, vorige_id, volgende_id, versie, aangemaakt, aangemaakt_door, gewijzigd";

    /** Status and tafel of a casus, as far as an escalation needs them. */
    public record CasusStand(CasusStatus status, String tafelId) {
    }

    /** An open escalatie past its deadline whose VERLOPEN event is still due. */
    public record TeMelden(String id, String gemeente, String casusId, String niveau, Instant deadline) {
    }

    public Optional<CasusStand> casus(Connection c, String gemeente, String casusId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status, tafel_id FROM casus WHERE gemeente = ? AND id = ?")) {
            ps.setString(1, gemeente);
            ps.setString(2, casusId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CasusStand(CasusStatus.vanCode(rs.getString(1)).orElseThrow(),
                        rs.getString(2)));
            }
        }
    }

    public Optional<Escalatie> zoek(Connection c, String gemeente, String id, Instant nu) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM escalatie WHERE gemeente = ? AND id = ?")) {
            ps.setString(1, gemeente);
            ps.setString(2, id);
            return lees(c, ps, nu).stream().findFirst();
        }
    }

    /**
     * Oldest first. Escalating further makes the next one in the same millisecond as the step before it, so within
     * one moment an escalatie comes after the one it follows (not in the order of their random ids).
     */
    public List<Escalatie> vanCasus(Connection c, String gemeente, String casusId, Instant nu) throws SQLException {
        List<Escalatie> l;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM escalatie WHERE gemeente = ? "
                + "AND casus_id = ? ORDER BY aangemaakt, id")) {
            ps.setString(1, gemeente);
            ps.setString(2, casusId);
            l = new java.util.ArrayList<>(lees(c, ps, nu));
        }
        java.util.Map<String, Escalatie> perId = new java.util.HashMap<>();
        l.forEach(e -> perId.put(e.id(), e));
        java.util.function.ToIntFunction<Escalatie> diepte = e -> {
            int d = 0;
            for (Escalatie x = e; x.vorige() != null && perId.containsKey(x.vorige()) && d < perId.size(); d++) {
                x = perId.get(x.vorige());
            }
            return d;
        };
        l.sort(java.util.Comparator.comparing(Escalatie::aangemaakt).thenComparingInt(diepte));
        return l;
    }

    /** Whether any escalatie of this gemeente sits at this level (a plug-in level that is gone now, say). */
    public boolean heeftNiveau(Connection c, String gemeente, String niveau) throws SQLException {
        return Sql.vindt(c, "SELECT 1 FROM escalatie WHERE gemeente = ? AND niveau = ? FETCH FIRST 1 ROWS ONLY",
                gemeente, niveau);
    }

    /** @param varianten only escalaties of casussen of these variants; {@code null}: every variant */
    public Pagina<Escalatie> lijst(Connection c, String gemeente, EscalatieFilter filter, Set<String> varianten,
            int page, int pageSize, Instant nu) throws SQLException {
        EscalatieFilter f = filter == null ? EscalatieFilter.geen() : filter;
        if (f.tafels() != null && f.tafels().isEmpty() || varianten != null && varianten.isEmpty()) {
            return new Pagina<>(0, page, pageSize, List.of());
        }
        StringBuilder waar = new StringBuilder(" WHERE gemeente = ?");
        List<Object> waarden = new ArrayList<>();
        waarden.add(gemeente);
        if (f.status() != null) {
            waar.append(" AND status = ?");
            waarden.add(f.status().code());
        }
        if (f.niveau() != null && !f.niveau().isBlank()) {
            waar.append(" AND niveau = ?");
            waarden.add(f.niveau());
        }
        if (f.alleenVerlopen()) {
            waar.append(" AND status = 'open' AND deadline < ?");
            waarden.add(nu);
        }
        if (f.tafels() != null) {
            waar.append(" AND casus_id IN (SELECT id FROM casus WHERE gemeente = ? AND tafel_id IN (")
                    .append(Sql.vraagtekens(f.tafels())).append("))");
            waarden.add(gemeente);
            waarden.addAll(f.tafels().stream().sorted().toList());
        }
        if (varianten != null) {
            waar.append(" AND casus_id IN (SELECT id FROM casus WHERE gemeente = ? AND variant IN (")
                    .append(Sql.vraagtekens(varianten)).append("))");
            waarden.add(gemeente);
            waarden.addAll(varianten.stream().sorted().toList());
        }
        long aantal;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM escalatie" + waar)) {
            zet(ps, waarden);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                aantal = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM escalatie" + waar
                + " ORDER BY aangemaakt DESC, id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
            int i = zet(ps, waarden);
            ps.setLong(++i, (long) (page - 1) * pageSize);
            ps.setInt(++i, pageSize);
            return new Pagina<>(aantal, page, pageSize, lees(c, ps, nu));
        }
    }

    private static int zet(PreparedStatement ps, List<Object> waarden) throws SQLException {
        int i = 0;
        for (Object w : waarden) {
            if (w instanceof Instant t) {
                Tijd.zet(ps, ++i, t);
            } else {
                ps.setString(++i, (String) w);
            }
        }
        return i;
    }

    /** Inserts the escalatie with its history. */
    public void voegToe(Connection c, Escalatie e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO escalatie (" + KOLOMMEN
                + ", open_casus_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, e.id());
            ps.setString(2, e.gemeente());
            ps.setString(3, e.casusId());
            ps.setString(4, e.niveau());
            ps.setString(5, e.niveauNaam());
            ps.setInt(6, e.reactietermijnDagen());
            ps.setString(7, e.reden());
            ps.setString(8, e.status().code());
            Tijd.zet(ps, 9, e.deadline());
            ps.setString(10, e.antwoord());
            ps.setString(11, e.vorige());
            ps.setString(12, e.volgende());
            ps.setLong(13, e.versie());
            Tijd.zet(ps, 14, e.aangemaakt());
            ps.setString(15, e.aangemaaktDoor());
            Tijd.zet(ps, 16, e.gewijzigd());
            ps.setString(17, e.isOpen() ? e.casusId() : null);
            ps.executeUpdate();
        }
        int nr = 0;
        for (EscalatieWijziging w : e.historie()) {
            voegHistorieToe(c, e.id(), ++nr, w);
        }
    }

    /**
     * Closes an open escalatie (beantwoord, opgelost or doorgeescaleerd) and adds the transition to its history.
     *
     * @return false when it is gone, no longer open, or changed by someone else
     */
    public boolean sluit(Connection c, Escalatie nieuw, long verwachteVersie) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE escalatie SET status = ?, antwoord = ?, "
                + "volgende_id = ?, open_casus_id = NULL, versie = ?, gewijzigd = ? "
                + "WHERE id = ? AND gemeente = ? AND versie = ? AND status = 'open'")) {
            ps.setString(1, nieuw.status().code());
            ps.setString(2, nieuw.antwoord());
            ps.setString(3, nieuw.volgende());
            ps.setLong(4, nieuw.versie());
            Tijd.zet(ps, 5, nieuw.gewijzigd());
            ps.setString(6, nieuw.id());
            ps.setString(7, nieuw.gemeente());
            ps.setLong(8, verwachteVersie);
            if (ps.executeUpdate() != 1) {
                return false;
            }
        }
        voegHistorieToe(c, nieuw.id(), nieuw.historie().size(), nieuw.historie().get(nieuw.historie().size() - 1));
        return true;
    }

    private void voegHistorieToe(Connection c, String id, int volgnummer, EscalatieWijziging w) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO escalatie_historie (escalatie_id, volgnummer, van, "
                + "naar, door, op, toelichting) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setInt(2, volgnummer);
            ps.setString(3, w.van() == null ? null : w.van().code());
            ps.setString(4, w.naar().code());
            ps.setString(5, w.door());
            Tijd.zet(ps, 6, w.op());
            ps.setString(7, w.toelichting());
            ps.executeUpdate();
        }
    }

    /** Open escalaties past their deadline whose VERLOPEN event is still due, all gemeenten, oldest deadline first. */
    public List<TeMelden> teMelden(Connection c, Instant nu, int max) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, gemeente, casus_id, niveau, deadline FROM escalatie "
                + "WHERE status = 'open' AND verlopen_gemeld IS NULL AND deadline < ? ORDER BY deadline, id "
                + "FETCH FIRST ? ROWS ONLY")) {
            Tijd.zet(ps, 1, nu);
            ps.setInt(2, max);
            List<TeMelden> l = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    l.add(new TeMelden(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Tijd.lees(rs, "deadline")));
                }
            }
            return l;
        }
    }

    /**
     * Marks the VERLOPEN event as raised.
     *
     * @return false when another run (or node) did so first, or the escalatie was closed meanwhile
     */
    public boolean markeerGemeld(Connection c, String id, Instant nu) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE escalatie SET verlopen_gemeld = ? "
                + "WHERE id = ? AND status = 'open' AND verlopen_gemeld IS NULL")) {
            Tijd.zet(ps, 1, nu);
            ps.setString(2, id);
            return ps.executeUpdate() == 1;
        }
    }

    private List<Escalatie> lees(Connection c, PreparedStatement ps, Instant nu) throws SQLException {
        List<Object[]> rijen = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rijen.add(new Object[] { rs.getString("id"), rs.getString("gemeente"), rs.getString("casus_id"),
                        rs.getString("niveau"), rs.getString("niveau_naam"), rs.getInt("reactietermijn_dagen"),
                        rs.getString("reden"), rs.getString("status"), Tijd.lees(rs, "deadline"),
                        rs.getString("antwoord"), rs.getString("vorige_id"), rs.getString("volgende_id"),
                        rs.getLong("versie"), Tijd.lees(rs, "aangemaakt"), rs.getString("aangemaakt_door"),
                        Tijd.lees(rs, "gewijzigd") });
            }
        }
        if (rijen.isEmpty()) {
            return List.of();
        }
        Map<String, List<EscalatieWijziging>> historie = historie(c, rijen.stream().map(r -> (String) r[0]).toList());
        List<Escalatie> resultaat = new ArrayList<>(rijen.size());
        for (Object[] r : rijen) {
            String id = (String) r[0];
            EscalatieStatus status = status((String) r[7]);
            Instant deadline = (Instant) r[8];
            resultaat.add(new Escalatie(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4], (Integer) r[5],
                    (String) r[6], status, deadline, status == EscalatieStatus.OPEN && deadline.isBefore(nu),
                    (String) r[9], (String) r[10], (String) r[11], historie.getOrDefault(id, List.of()), (Long) r[12],
                    (Instant) r[13], (String) r[14], (Instant) r[15]));
        }
        return resultaat;
    }

    private Map<String, List<EscalatieWijziging>> historie(Connection c, List<String> ids) throws SQLException {
        Map<String, List<EscalatieWijziging>> perEscalatie = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT escalatie_id, van, naar, door, op, toelichting FROM "
                + "escalatie_historie WHERE escalatie_id IN (" + Sql.vraagtekens(ids)
                + ") ORDER BY escalatie_id, volgnummer")) {
            int i = 0;
            for (String id : ids) {
                ps.setString(++i, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String van = rs.getString("van");
                    perEscalatie.computeIfAbsent(rs.getString("escalatie_id"), k -> new ArrayList<>())
                            .add(new EscalatieWijziging(van == null ? null : status(van), status(rs.getString("naar")),
                                    rs.getString("door"), Tijd.lees(rs, "op"), rs.getString("toelichting")));
                }
            }
        }
        return perEscalatie;
    }

    private static EscalatieStatus status(String code) {
        return EscalatieStatus.vanCode(code).orElseThrow(() -> new IllegalStateException("Onbekende status " + code));
    }
}
