package nl.doorbraak.core.rapportage;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The saving the tafel estimated on the waardendriehoek ({@code rendementBedrag}) when it took the doorbraak. */
final class WaardendriehoekBron implements Besparingsbron {

    static final String NAAM = "waardendriehoek";

    @Override
    public String naam() {
        return NAAM;
    }

    @Override
    public Map<String, BigDecimal> schat(Connection c, String gemeente, List<RapportageStore.BesluitRij> doorbraken) {
        Map<String, BigDecimal> m = new HashMap<>();
        for (RapportageStore.BesluitRij b : doorbraken) {
            if (b.rendementBedrag() != null) {
                m.put(b.id(), b.rendementBedrag());
            }
        }
        return m;
    }
}
