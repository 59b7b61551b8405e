package nl.doorbraak.core.platform;

import java.util.List;

/**
 * A core component whose warnings follow from the current state of other parts (a gemeente's configuration, the
 * installed plug-ins), so they are computed when {@code /api/health} asks instead of being reported and withdrawn:
 * they cannot go stale. Internal to the core.
 */
public interface Waarschuwingsbron {

    /** Dutch sentences; empty when all is well. Quick: called on every health request. */
    List<String> waarschuwingen();
}
