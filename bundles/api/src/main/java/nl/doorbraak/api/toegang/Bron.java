package nl.doorbraak.api.toegang;

import java.util.Arrays;
import java.util.Optional;

/** Waar een account inlogt. */
public enum Bron {
    /** Met een wachtwoord dat Doorbraak bewaart (de standaard). */
    LOKAAL("lokaal"),
    /** Via de identity provider van de gemeente (OpenID Connect); Doorbraak bewaart geen wachtwoord. */
    SSO("sso");

    private final String code;

    Bron(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Bron> vanCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}
