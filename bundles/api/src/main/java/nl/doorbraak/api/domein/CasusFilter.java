package nl.doorbraak.api.domein;

import java.util.Set;

/**
 * Filter op de casuslijst. Een leeg veld filtert niet.
 *
 * @param tafels  alleen casussen van deze tafels ({@code null}: alle tafels)
 * @param variant alleen casussen van deze tafelvariant ({@code null}: alle varianten); zo leest een plug-in alleen
 *                zijn eigen casussen
 * @since 1.2
 */
public record CasusFilter(CasusStatus status, String tafelId, Set<String> tafels, String variant) {

    /**
     * Zonder filter op variant: de constructor van vóór 1.2, zodat code die daartegen gebouwd is blijft werken.
     */
    public CasusFilter(CasusStatus status, String tafelId, Set<String> tafels) {
        this(status, tafelId, tafels, null);
    }

    public static CasusFilter geen() {
        return new CasusFilter(null, null, null, null);
    }

    /**
     * Alleen casussen van één tafelvariant, bijvoorbeeld {@code CasusFilter.vanVariant("jongeren")}.
     *
     * @since 1.2
     */
    public static CasusFilter vanVariant(String variant) {
        return new CasusFilter(null, null, null, variant);
    }
}
