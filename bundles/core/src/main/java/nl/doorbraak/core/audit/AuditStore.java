package nl.doorbraak.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.domein.AuditRegel.Veldwijziging;
import nl.doorbraak.core.platform.Json;
import nl.doorbraak.core.platform.Tijd;

/**
 * SQL for the audittrail. Every writer of a casus or one of its parts calls {@link #schrijf} inside its own
 * transaction, so a change and its audit line are committed together or not at all.
 */
public final class AuditStore {

    private final Json json = new Json();

    /** Writes one line; nothing when there is nothing to tell (an update that changed no field). */
    public void schrijf(Connection c, String gemeente, String casusId, String object, String objectId, String actie,
            String door, List<Veldwijziging> wijzigingen) throws SQLException {
        if (wijzigingen.isEmpty() && "gewijzigd".equals(actie)) {
            return;
        }
        List<Object> regels = new ArrayList<>();
        for (Veldwijziging w : wijzigingen) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("veld", w.veld());
            m.put("oud", w.oud());
            m.put("nieuw", w.nieuw());
            regels.add(m);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit (gemeente, casus_id, object, object_id, "
                + "actie, door, op, wijzigingen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, gemeente);
            ps.setString(2, casusId);
            ps.setString(3, object);
            ps.setString(4, objectId);
            ps.setString(5, actie);
            ps.setString(6, door);
            Tijd.zet(ps, 7, Tijd.nu());
            ps.setString(8, json.schrijfLijst(regels));
            ps.executeUpdate();
        }
    }

    public List<AuditRegel> vanCasus(Connection c, String casusId) throws SQLException {
        return lees(c, "casus_id = ?", casusId);
    }

    /** The lines of one object that belongs to no casus (an account, …), oldest first. */
    public List<AuditRegel> vanObject(Connection c, String object, String objectId) throws SQLException {
        return lees(c, "object = ? AND object_id = ? AND casus_id IS NULL", object, objectId);
    }

    private List<AuditRegel> lees(Connection c, String waar, String... waarden) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT volgnummer, gemeente, casus_id, object, object_id, actie, "
                + "door, op, wijzigingen FROM audit WHERE " + waar + " ORDER BY volgnummer")) {
            for (int i = 0; i < waarden.length; i++) {
                ps.setString(i + 1, waarden[i]);
            }
            List<AuditRegel> l = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Veldwijziging> w = new ArrayList<>();
                    for (Object o : json.leesLijst(rs.getString("wijzigingen"))) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> m = (Map<String, Object>) o;
                        w.add(new Veldwijziging((String) m.get("veld"), m.get("oud"), m.get("nieuw")));
                    }
                    l.add(new AuditRegel(rs.getLong("volgnummer"), rs.getString("gemeente"), rs.getString("casus_id"),
                            rs.getString("object"), rs.getString("object_id"), rs.getString("actie"),
                            rs.getString("door"), Tijd.lees(rs, "op"), w));
                }
            }
            return l;
        }
    }
}
