package nl.doorbraak.core.potje;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.core.db.Sql;
import nl.doorbraak.core.tafel.DeelnemerRijen;

/**
 * What a besluit lets the tafel spend from Voorkom Erger Potjes. The deelnemers who took the besluit decide its
 * uitgaven; the one with the highest mandaatBedrag (as recorded with the besluit) carries them, so that amount is both
 * the limit of one uitgave and of all uitgaven on the besluit together. A correction replaces the besluit it corrects,
 * so what was spent on that one counts too.
 *
 * @param gecorrigeerdDoor the besluit that corrects this one, or {@code null} while it holds
 * @param deelnemers       who took the besluit, as recorded with it
 * @param beslisser        the deelnemer with the highest mandaatBedrag, or {@code null} when nobody has one
 * @param uitgegeven       spent so far on this besluit and on the besluiten it corrects, from any potje
 * @param gecorrigeerd     whether the besluit corrects an earlier one
 */
record Bestedingsruimte(String besluitId, String gecorrigeerdDoor, List<Deelnemer> deelnemers, Deelnemer beslisser,
        BigDecimal uitgegeven, boolean gecorrigeerd) {

    /** Longer chains of corrections than this are not made by people; stop rather than loop. */
    private static final int MAX_KETEN = 1000;

    /** The highest mandaatBedrag among those who took the besluit; zero when nobody has one. */
    BigDecimal mandaat() {
        return beslisser == null ? BigDecimal.ZERO : beslisser.mandaatBedrag();
    }

    /**
     * Reads the room of a besluit of this gemeente and locks the besluit row until the transaction ends, so concurrent
     * uitgaven on one besluit (and a correction of it) take their turn and see what the others spent.
     */
    static Optional<Bestedingsruimte> vergrendelEnLees(Connection c, String gemeente, String besluitId)
            throws SQLException {
        String corrigeert;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT corrigeert FROM besluit WHERE gemeente = ? AND id = ? FOR UPDATE")) {
            ps.setString(1, gemeente);
            ps.setString(2, besluitId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                corrigeert = rs.getString(1);
            }
        }
        String gecorrigeerdDoor = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM besluit WHERE corrigeert = ?")) {
            ps.setString(1, besluitId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    gecorrigeerdDoor = rs.getString(1);
                }
            }
        }
        List<String> keten = new ArrayList<>(List.of(besluitId));
        for (String vorige = corrigeert; vorige != null && keten.size() < MAX_KETEN; vorige = corrigeert(c, vorige)) {
            keten.add(vorige);
        }
        List<Deelnemer> deelnemers = DeelnemerRijen.lees(c, "besluit_deelnemer", "besluit_id", List.of(besluitId))
                .getOrDefault(besluitId, List.of());
        Deelnemer beslisser = deelnemers.stream().filter(d -> d.mandaatBedrag() != null)
                .max(Comparator.comparing(Deelnemer::mandaatBedrag)).orElse(null);
        BigDecimal uitgegeven;
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(bedrag), 0) FROM potje_mutatie "
                + "WHERE soort = 'uitgave' AND besluit_id IN (" + Sql.vraagtekens(keten) + ")")) {
            for (int i = 0; i < keten.size(); i++) {
                ps.setString(i + 1, keten.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                uitgegeven = rs.getBigDecimal(1);
            }
        }
        return Optional.of(new Bestedingsruimte(besluitId, gecorrigeerdDoor, deelnemers, beslisser, uitgegeven,
                corrigeert != null));
    }

    private static String corrigeert(Connection c, String besluitId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT corrigeert FROM besluit WHERE id = ?")) {
            ps.setString(1, besluitId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
