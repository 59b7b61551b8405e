package nl.doorbraak.api.domein;

import java.util.Set;

/**
 * Filter op acties van een gemeente. Een leeg veld filtert niet.
 *
 * @param alleenOpen     alleen acties die nog niet gereed zijn
 * @param alleenVerlopen alleen open acties waarvan de deadline voorbij is
 * @param tafels         alleen acties bij casussen van deze tafels ({@code null}: alle)
 */
public record ActieFilter(String casusId, String organisatie, String contactId, boolean alleenOpen,
        boolean alleenVerlopen, Set<String> tafels) {

    public static ActieFilter geen() {
        return new ActieFilter(null, null, null, false, false, null);
    }
}
