package nl.doorbraak.api.toegang;

import java.util.Arrays;
import java.util.Optional;

/** Rollen op het platform; zie DESIGN §4. */
public enum Rol {
    /** Bundles en platformconfiguratie; geen casusinhoud. */
    PLATFORMBEHEERDER("platformbeheerder"),
    /** Eigen gemeente: gebruikers, tafels, potjes, instellingen. */
    GEMEENTEBEHEERDER("gemeentebeheerder"),
    /** Alle casussen van de eigen gemeente. */
    CASUSREGISSEUR("casusregisseur"),
    /** Casussen van de eigen tafels. */
    TAFELLID("tafellid"),
    /** Leeuwardens transformaatje (plug-in). */
    TRANSFORMAATJE("transformaatje"),
    /** Ministerie of landelijke uitvoerder: alleen wat een escalatie deelt. */
    RIJK("rijk");

    private final String code;

    Rol(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Rol> vanCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
