package nl.doorbraak.api.domein;

import java.util.Arrays;
import java.util.Optional;

/** De volgorde van de signalenlijst. */
public enum SignaalVolgorde {
    /** Nieuwste eerst. */
    AANGEMAAKT("aangemaakt"),
    /** Zwaarste eerst (meeste casussen), bij gelijk gewicht nieuwste eerst. */
    GEWICHT("gewicht");

    private final String code;

    SignaalVolgorde(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SignaalVolgorde> vanCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
