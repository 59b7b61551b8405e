package nl.doorbraak.core.rapportage;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Where the estimated saving of a geldende doorbraak comes from. The service asks its sources in order; the first
 * that knows an amount for a besluit gives it. Today there is one, the waardendriehoek's {@code rendementBedrag}; the
 * perspectiefplan's rekentool (doormodderen minus doorbreken) can be put in front of it without changing the rest.
 * A source may only use fields that retention keeps (amounts, ids), so the rapportage survives a purge.
 */
interface Besparingsbron {

    /** The code in {@code besparing.bron}, for example {@code waardendriehoek}. */
    String naam();

    /** The saving per besluit id, for those of {@code doorbraken} this source knows. */
    Map<String, BigDecimal> schat(Connection c, String gemeente, List<RapportageStore.BesluitRij> doorbraken)
            throws SQLException;
}
