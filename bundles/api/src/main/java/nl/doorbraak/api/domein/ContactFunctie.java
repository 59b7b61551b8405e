package nl.doorbraak.api.domein;

import java.util.Arrays;
import java.util.Optional;

/** Wat een contact drijft: trekker of aanjager van een onderwerp of van het deel van een organisatie. */
public enum ContactFunctie {
    TREKKER("trekker"),
    AANJAGER("aanjager");

    private final String code;

    ContactFunctie(String code) {
        this.code = code;
    }

    /** De waarde in de API. */
    public String code() {
        return code;
    }

    public static Optional<ContactFunctie> vanCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
