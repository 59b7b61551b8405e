package nl.doorbraak.core.casus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.doorbraak.core.platform.Json;

/**
 * Casussen as last read, by id, so a read costs one query (is the stored {@code versie} still the one we have?)
 * instead of three plus parsing the variant data. Correct with any number of writers and processes, also on
 * PostgreSQL: every change of a casus, its history or its organisaties raises {@code versie} in the same transaction
 * (the schema upgrade in the background is the only write that keeps it, and it is part of the key).
 *
 * <p>Bounded: at {@link #MAX} entries it starts over, and an entry older than {@link #LEEFTIJD_MS} is read again, so
 * personal data that retention purged does not stay in memory longer than H2's own page cache would keep it.
 */
final class CasusCache {

    static final int MAX = 2_000;
    static final long LEEFTIJD_MS = 5 * 60_000L;

    private record Entry(OpgeslagenCasus casus, long sinds) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** The casus, from memory when its versie and schema are still the stored ones, else read and remembered. */
    Optional<OpgeslagenCasus> zoek(Connection c, CasusStore store, String gemeente, String id) throws SQLException {
        Entry e = entries.get(id);
        long nu = System.currentTimeMillis();
        if (e != null && e.casus().gemeente().equals(gemeente) && nu - e.sinds() < LEEFTIJD_MS) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT versie, variant_schema_versie FROM casus WHERE gemeente = ? AND id = ?")) {
                ps.setString(1, gemeente);
                ps.setString(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        entries.remove(id, e);
                        return Optional.empty();
                    }
                    if (rs.getLong(1) == e.casus().versie() && rs.getInt(2) == e.casus().schemaVersie()) {
                        return Optional.of(kopie(e.casus()));
                    }
                }
            }
        }
        Optional<OpgeslagenCasus> k = store.zoek(c, gemeente, id);
        if (k.isPresent()) {
            if (entries.size() >= MAX) {
                entries.clear();
            }
            entries.put(id, new Entry(k.get(), nu));
            return Optional.of(kopie(k.get()));
        }
        entries.remove(id);
        return k;
    }

    /** The variant data is a tree of maps and lists; each reader gets its own, so none can change another's. */
    private static OpgeslagenCasus kopie(OpgeslagenCasus k) {
        return new OpgeslagenCasus(k.id(), k.gemeente(), k.tafelId(), k.variant(), k.titel(), k.hulpvraag(),
                k.pseudoniem(), k.initialen(), k.thema(), k.status(), k.historie(), k.organisaties(),
                Json.normaliseer(k.data()), k.schemaVersie(), k.versie(), k.aangemaakt(), k.gewijzigd(), k.afgesloten(),
                k.resultaat());
    }

    int grootte() {
        return entries.size();
    }
}
