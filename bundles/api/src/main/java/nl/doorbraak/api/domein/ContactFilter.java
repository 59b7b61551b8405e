package nl.doorbraak.api.domein;

/**
 * Zoeken in de contacten van een gemeente. Een leeg veld filtert niet.
 *
 * @param organisatie precies deze organisatie, hoofdletters maken niet uit
 * @param wijk        precies deze wijk, hoofdletters maken niet uit
 * @param tekst       komt voor in naam, rol, organisatie of wijk, hoofdletters maken niet uit
 * @param functie     alleen trekkers of alleen aanjagers
 * @param actief      {@code true}: alleen actieve (de gewone lijst), {@code false}: alleen gedeactiveerde,
 *                    {@code null}: alle
 */
public record ContactFilter(String organisatie, String wijk, String tekst, ContactFunctie functie, Boolean actief) {

    /** De gewone lijst: alle actieve contacten. */
    public static ContactFilter actieve() {
        return new ContactFilter(null, null, null, null, Boolean.TRUE);
    }
}
