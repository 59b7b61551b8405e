package nl.doorbraak.core;

import nl.doorbraak.api.variant.Onderdeel;

/** An onderdeel as a plug-in writes one (the City Deal rode knop's is {@code rodeknop}). */
public record TestOnderdeel(String id, String naam) implements Onderdeel {

    public static TestOnderdeel rodeknop() {
        return new TestOnderdeel("rodeknop", "City Deal rode knop");
    }
}
