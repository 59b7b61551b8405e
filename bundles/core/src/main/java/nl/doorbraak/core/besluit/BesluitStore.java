package nl.doorbraak.core.besluit;

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

import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.domein.Toezegging;
import nl.doorbraak.api.domein.Waardendriehoek;
import nl.doorbraak.core.db.Sql;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.potje.PotjeStore;
import nl.doorbraak.core.tafel.DeelnemerRijen;

/** SQL for besluiten. Only inserts: a besluit is never changed. Scoped by gemeente. */
public final class BesluitStore {

    private static final String KOLOMMEN = "b.id, b.gemeente, b.casus_id, b.bijeenkomst_id, b.soort, b.omschrijving, "
            + "b.legitimiteit, b.rendement, b.rendement_bedrag, b.betrokkenheid, b.corrigeert, b.genomen, b.door, "
            + "(SELECT n.id FROM besluit n WHERE n.corrigeert = b.id) AS gecorrigeerd_door";

    private final PotjeStore potjes = new PotjeStore();

    public void voegToe(Connection c, Besluit b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO besluit (id, gemeente, casus_id, bijeenkomst_id, "
                + "soort, omschrijving, legitimiteit, rendement, rendement_bedrag, betrokkenheid, corrigeert, genomen, "
                + "door) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Waardendriehoek w = b.waardendriehoek();
            ps.setString(1, b.id());
            ps.setString(2, b.gemeente());
            ps.setString(3, b.casusId());
            ps.setString(4, b.bijeenkomstId());
            ps.setString(5, b.soort().code());
            ps.setString(6, b.omschrijving());
            ps.setString(7, w.legitimiteit());
            ps.setString(8, w.rendement());
            ps.setBigDecimal(9, w.rendementBedrag());
            ps.setString(10, w.betrokkenheid());
            ps.setString(11, b.corrigeert());
            Tijd.zet(ps, 12, b.genomen());
            ps.setString(13, b.door());
            ps.executeUpdate();
        }
        DeelnemerRijen.bewaar(c, "besluit_deelnemer", "besluit_id", b.id(), b.deelnemers());
        if (!b.toezeggingen().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO besluit_bedrag (besluit_id, volgnummer, "
                    + "organisatie, bedrag, omschrijving) VALUES (?, ?, ?, ?, ?)")) {
                int i = 0;
                for (Toezegging t : b.toezeggingen()) {
                    ps.setString(1, b.id());
                    ps.setInt(2, ++i);
                    ps.setString(3, t.organisatie());
                    ps.setBigDecimal(4, t.bedrag());
                    ps.setString(5, t.omschrijving());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** Locks the besluit row until the transaction ends (an uitgave on it takes the same lock). */
    public void vergrendel(Connection c, String gemeente, String id) throws SQLException {
        Sql.vindt(c, "SELECT id FROM besluit WHERE gemeente = ? AND id = ? FOR UPDATE", gemeente, id);
    }

    public Optional<Besluit> zoek(Connection c, String gemeente, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + KOLOMMEN + " FROM besluit b WHERE b.gemeente = ? AND b.id = ?")) {
            ps.setString(1, gemeente);
            ps.setString(2, id);
            return lees(c, ps).stream().findFirst();
        }
    }

    /** All besluiten about a casus, oldest first. */
    public List<Besluit> vanCasus(Connection c, String gemeente, String casusId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN
                + " FROM besluit b WHERE b.gemeente = ? AND b.casus_id = ? ORDER BY b.genomen, b.id")) {
            ps.setString(1, gemeente);
            ps.setString(2, casusId);
            return lees(c, ps);
        }
    }

    private List<Besluit> lees(Connection c, PreparedStatement ps) throws SQLException {
        List<Object[]> rijen = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rijen.add(new Object[] { rs.getString("id"), rs.getString("gemeente"), rs.getString("casus_id"),
                        rs.getString("bijeenkomst_id"), rs.getString("soort"), rs.getString("omschrijving"),
                        new Waardendriehoek(rs.getString("legitimiteit"), rs.getString("rendement"),
                                rs.getBigDecimal("rendement_bedrag"), rs.getString("betrokkenheid")),
                        rs.getString("corrigeert"), rs.getString("gecorrigeerd_door"), Tijd.lees(rs, "genomen"),
                        rs.getString("door") });
            }
        }
        if (rijen.isEmpty()) {
            return List.of();
        }
        List<String> ids = rijen.stream().map(r -> (String) r[0]).toList();
        String in = " IN (" + Sql.vraagtekens(ids) + ")";
        Map<String, List<Deelnemer>> deelnemers = DeelnemerRijen.lees(c, "besluit_deelnemer", "besluit_id", ids);
        Map<String, List<Toezegging>> toezeggingen = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT besluit_id, organisatie, bedrag, omschrijving "
                + "FROM besluit_bedrag WHERE besluit_id" + in + " ORDER BY besluit_id, volgnummer")) {
            zet(q, ids);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    toezeggingen.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Toezegging(rs.getString(2), rs.getBigDecimal(3), rs.getString(4)));
                }
            }
        }
        Map<String, List<PotjeMutatie>> uitgaven = potjes.uitgavenVan(c, ids);
        List<Besluit> l = new ArrayList<>();
        for (Object[] r : rijen) {
            String id = (String) r[0];
            l.add(new Besluit(id, (String) r[1], (String) r[2], (String) r[3],
                    BesluitSoort.vanCode((String) r[4]).orElseThrow(), (String) r[5], (Waardendriehoek) r[6],
                    deelnemers.getOrDefault(id, List.of()), toezeggingen.getOrDefault(id, List.of()),
                    uitgaven.getOrDefault(id, List.of()), (String) r[7], (String) r[8], (Instant) r[9],
                    (String) r[10]));
        }
        return l;
    }

    private static void zet(PreparedStatement ps, List<String> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            ps.setString(i + 1, ids.get(i));
        }
    }
}
