package nl.doorbraak.api.domein;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * De levensloop van een signaal. Alleen de overgangen in {@link #volgende()} zijn toegestaan: een signaal wordt eerst
 * opgepakt (in behandeling) of geagendeerd voordat het opgelost kan zijn, en een opgelost signaal kan weer in
 * behandeling als de regel toch nog knelt.
 */
public enum SignaalStatus {
    NIEUW("nieuw"),
    IN_BEHANDELING("in_behandeling"),
    /** Op de agenda van een overleg (bijvoorbeeld directie, Armoedecoalitie of Den Haag). */
    GEAGENDEERD("geagendeerd"),
    /** Beantwoord door de verantwoordelijke organisatie; het antwoord is verplicht. */
    OPGELOST("opgelost");

    private final String code;

    SignaalStatus(String code) {
        this.code = code;
    }

    /** De waarde in de API, bijvoorbeeld {@code in_behandeling}. */
    public String code() {
        return code;
    }

    /** De statussen waarnaar vanuit deze status gegaan mag worden. */
    public Set<SignaalStatus> volgende() {
        return switch (this) {
            case NIEUW -> EnumSet.of(IN_BEHANDELING, GEAGENDEERD);
            case IN_BEHANDELING -> EnumSet.of(GEAGENDEERD, OPGELOST);
            case GEAGENDEERD -> EnumSet.of(IN_BEHANDELING, OPGELOST);
            case OPGELOST -> EnumSet.of(IN_BEHANDELING);
        };
    }

    public boolean magNaar(SignaalStatus naar) {
        return volgende().contains(naar);
    }

    public static Optional<SignaalStatus> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
