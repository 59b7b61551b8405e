package nl.doorbraak.api.domein;

import java.util.Set;

/**
 * Filter op de casuslijst. Een leeg veld filtert niet.
 *
 * @param tafels alleen casussen van deze tafels ({@code null}: alle tafels)
 */
public record CasusFilter(CasusStatus status, String tafelId, Set<String> tafels) {

    public static CasusFilter geen() {
        return new CasusFilter(null, null, null);
    }
}
