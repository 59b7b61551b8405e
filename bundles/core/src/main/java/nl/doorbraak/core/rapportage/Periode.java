package nl.doorbraak.core.rapportage;

import java.time.Instant;
import java.time.LocalDate;

import nl.doorbraak.core.platform.Tijd;

/**
 * One calendar year in Dutch time, {@code [start, einde)}, and the moment "now" for the figures that are about the
 * present (open and overdue acties and escalaties).
 */
record Periode(int jaar, Instant start, Instant einde, Instant nu, LocalDate vandaag) {

    static Periode jaar(int jaar, Instant nu) {
        return new Periode(jaar, LocalDate.of(jaar, 1, 1).atStartOfDay(Tijd.NEDERLAND).toInstant(),
                LocalDate.of(jaar + 1, 1, 1).atStartOfDay(Tijd.NEDERLAND).toInstant(), nu,
                nu.atZone(Tijd.NEDERLAND).toLocalDate());
    }

    boolean bevat(Instant t) {
        return t != null && !t.isBefore(start) && t.isBefore(einde);
    }
}
