package nl.doorbraak.api.domein;

/**
 * Filter en volgorde van de signalenlijst. Een leeg veld filtert niet.
 *
 * @param organisatie precies deze verantwoordelijke organisatie, hoofdletters maken niet uit
 * @param volgorde    {@code null}: {@link SignaalVolgorde#AANGEMAAKT}
 */
public record SignaalFilter(SignaalStatus status, String organisatie, SignaalVolgorde volgorde) {

    public static SignaalFilter geen() {
        return new SignaalFilter(null, null, null);
    }
}
