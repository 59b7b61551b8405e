package nl.doorbraak.core.privacy;

import java.util.List;

import nl.doorbraak.api.domein.NieuweVerwerking;

/**
 * Where the doors of the core write their verwerkingen ({@link VerwerkingenLogImpl}); an interface so a unit test
 * can show that nothing is served when writing fails.
 */
@FunctionalInterface
public interface VerwerkingenSchrijver {

    /** Returns only once the lines are stored; throws otherwise, and the caller then serves no data. */
    void leg(List<NieuweVerwerking> verwerkingen);
}
