package nl.doorbraak.api.domein;

import java.util.Arrays;
import java.util.Optional;

/** Soort besluit. Een doorbraak wijkt af van de gewone route en moet op de waardendriehoek rusten. */
public enum BesluitSoort {
    REGULIER("regulier"),
    DOORBRAAK("doorbraak");

    private final String code;

    BesluitSoort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<BesluitSoort> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
