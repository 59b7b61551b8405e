package nl.doorbraak.api.domein;

import java.util.Set;

/**
 * Filter op de escalaties van een gemeente. Een leeg veld filtert niet.
 *
 * @param alleenVerlopen alleen open escalaties waarvan de deadline voorbij is
 * @param tafels         alleen escalaties van casussen van deze tafels ({@code null}: alle tafels)
 */
public record EscalatieFilter(EscalatieStatus status, String niveau, boolean alleenVerlopen, Set<String> tafels) {

    public static EscalatieFilter geen() {
        return new EscalatieFilter(null, null, false, null);
    }
}
