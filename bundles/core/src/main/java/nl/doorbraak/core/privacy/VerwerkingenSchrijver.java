package nl.doorbraak.core.privacy;

import java.util.List;

import nl.doorbraak.api.domein.NieuweVerwerking;

/**
 * Where the doors of the core write their verwerkingen ({@link VerwerkingenLogImpl}); an interface so a unit test
 * can show that nothing is served when writing fails.
 */
@FunctionalInterface
public interface VerwerkingenSchrijver {

    /**
     * Returns only once the lines are stored; throws otherwise, and the caller then serves no data.
     *
     * @param via the plug-in the data went through (its bundle symbolic name, {@code Aanroeper.via()}), or
     *            {@code null} for the platform's own doors
     */
    void leg(List<NieuweVerwerking> verwerkingen, String via);

    /** Lines of the platform itself. */
    default void leg(List<NieuweVerwerking> verwerkingen) {
        leg(verwerkingen, null);
    }
}
