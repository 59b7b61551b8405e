package nl.doorbraak.api.domein;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * De levensloop van een casus. Alleen de overgangen in {@link #magNaar(CasusStatus)} zijn toegestaan.
 */
public enum CasusStatus {
    AANGEMELD("aangemeld"),
    IN_VOORBEREIDING("in_voorbereiding"),
    GEAGENDEERD("geagendeerd"),
    BESLOTEN("besloten"),
    IN_UITVOERING("in_uitvoering"),
    AFGESLOTEN("afgesloten");

    private final String code;

    CasusStatus(String code) {
        this.code = code;
    }

    /** De waarde in de API, bijvoorbeeld {@code in_voorbereiding}. */
    public String code() {
        return code;
    }

    /** De statussen waarnaar vanuit deze status gegaan mag worden. */
    public Set<CasusStatus> volgende() {
        return switch (this) {
            case AANGEMELD -> EnumSet.of(IN_VOORBEREIDING, AFGESLOTEN);
            case IN_VOORBEREIDING -> EnumSet.of(GEAGENDEERD, AFGESLOTEN);
            case GEAGENDEERD -> EnumSet.of(BESLOTEN, IN_VOORBEREIDING);
            case BESLOTEN -> EnumSet.of(IN_UITVOERING, AFGESLOTEN);
            case IN_UITVOERING -> EnumSet.of(AFGESLOTEN);
            case AFGESLOTEN -> EnumSet.noneOf(CasusStatus.class);
        };
    }

    public boolean magNaar(CasusStatus naar) {
        return volgende().contains(naar);
    }

    public static Optional<CasusStatus> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
