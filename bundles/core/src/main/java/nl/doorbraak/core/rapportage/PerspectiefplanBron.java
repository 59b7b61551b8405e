package nl.doorbraak.core.rapportage;
import nl.doorbraak.core.db.Sql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The saving the perspectiefplan's rekentool computes for the casus (doormodderen minus doorbreken, never below zero).
 * The plan covers the whole casus, so its saving counts once: with the casus's first doorbraak of the year; the
 * casus's other doorbraken then count zero, not also their waardendriehoek amount. Uses only amounts, which retention
 * keeps.
 */
final class PerspectiefplanBron implements Besparingsbron {

    static final String NAAM = "perspectiefplan";

    @Override
    public String naam() {
        return NAAM;
    }

    @Override
    public Map<String, BigDecimal> schat(Connection c, String gemeente, List<RapportageStore.BesluitRij> doorbraken)
            throws SQLException {
        Set<String> casussen = new LinkedHashSet<>();
        doorbraken.forEach(b -> casussen.add(b.casusId()));
        Map<String, BigDecimal> perCasus = new HashMap<>();
        if (casussen.isEmpty()) {
            return perCasus;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT k.casus_id, SUM(k.doormodderen - k.doorbreken) "
                + "FROM perspectiefplan_kosten k JOIN perspectiefplan p ON p.casus_id = k.casus_id "
                + "WHERE p.gemeente = ? AND k.casus_id IN (" + Sql.vraagtekens(casussen) + ") GROUP BY k.casus_id")) {
            int i = 0;
            ps.setString(++i, gemeente);
            for (String id : casussen) {
                ps.setString(++i, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    perCasus.put(rs.getString(1), rs.getBigDecimal(2).max(BigDecimal.ZERO));
                }
            }
        }
        Map<String, BigDecimal> m = new HashMap<>();
        Set<String> gehad = new java.util.HashSet<>();
        for (RapportageStore.BesluitRij b : doorbraken) {
            BigDecimal besparing = perCasus.get(b.casusId());
            if (besparing != null) {
                m.put(b.id(), gehad.add(b.casusId()) ? besparing : BigDecimal.ZERO);
            }
        }
        return m;
    }
}
