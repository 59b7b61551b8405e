package nl.doorbraak.api.domein;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Eén storting in of uitgave uit een potje. Een uitgave hoort altijd bij een besluit.
 *
 * @param volgnummer 1, 2, 3, … per potje
 * @param soort      {@code storting} of {@code uitgave}
 * @param saldoNa    het saldo direct na deze mutatie
 * @param besluitId  bij een uitgave het besluit; bij een storting {@code null}
 */
public record PotjeMutatie(String potjeId, long volgnummer, String soort, BigDecimal bedrag, BigDecimal saldoNa,
        String besluitId, String omschrijving, Instant op, String door) {

    public static final String STORTING = "storting";
    public static final String UITGAVE = "uitgave";
}
