package nl.doorbraak.api.domein;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Waar een escalatie staat. Een escalatie begint {@link #OPEN}: het niveau moet binnen zijn reactietermijn
 * reageren. Daarna is ze beantwoord, opgelost of doorgeëscaleerd naar het volgende niveau; die drie zijn
 * definitief.
 */
public enum EscalatieStatus {
    OPEN("open"),
    BEANTWOORD("beantwoord"),
    OPGELOST("opgelost"),
    DOORGEESCALEERD("doorgeescaleerd");

    private final String code;

    EscalatieStatus(String code) {
        this.code = code;
    }

    /** De waarde in de API, bijvoorbeeld {@code doorgeescaleerd}. */
    public String code() {
        return code;
    }

    /** De statussen waarnaar vanuit deze status gegaan mag worden. */
    public Set<EscalatieStatus> volgende() {
        return this == OPEN ? EnumSet.of(BEANTWOORD, OPGELOST, DOORGEESCALEERD) : EnumSet.noneOf(EscalatieStatus.class);
    }

    public boolean magNaar(EscalatieStatus naar) {
        return volgende().contains(naar);
    }

    public static Optional<EscalatieStatus> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
