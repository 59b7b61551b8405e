package nl.doorbraak.api.domein;

import java.util.Arrays;
import java.util.Optional;

/** Hoe een afgesloten casus is geëindigd. Verplicht bij afsluiten. */
public enum Resultaat {
    /** Opgelost met een doorbraak: een besluit dat afwijkt van de gewone route. */
    DOORBRAAK("doorbraak"),
    /** Opgelost binnen de gewone regels, bijvoorbeeld omdat de korte lijn genoeg was. */
    OPGELOST_ZONDER_DOORBRAAK("opgelost_zonder_doorbraak"),
    /** Niet voor deze tafel; terug naar de gewone route of een andere voorziening. */
    TERUGVERWEZEN("terugverwezen");

    private final String code;

    Resultaat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Resultaat> vanCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
