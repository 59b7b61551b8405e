package nl.doorbraak.api.domein;

import java.util.List;

/**
 * Een gemeente (tenant). Komt uit de factory-configuratie {@code nl.doorbraak.gemeente-<id>.cfg}.
 *
 * @param id                   korte, stabiele sleutel, bijvoorbeeld {@code utrecht}; staat in elke URL
 * @param naam                 weergavenaam, bijvoorbeeld {@code Gemeente Utrecht}
 * @param varianten            ids van de tafelvarianten die deze gemeente gebruikt
 * @param escalatieniveaus     de escalatieroute, van laag naar hoog (bijvoorbeeld tafel, directie, bestuur)
 * @param bewaartermijnMaanden maanden na afsluiten waarna persoonsgegevens worden gewist
 * @param thema                naam van de set design tokens voor de gebruikersinterface
 */
public record Gemeente(String id, String naam, List<String> varianten, List<String> escalatieniveaus,
        int bewaartermijnMaanden, String thema) {

    public Gemeente {
        varianten = List.copyOf(varianten);
        escalatieniveaus = List.copyOf(escalatieniveaus);
    }

    /** Of deze gemeente de variant met dit id heeft aangezet. */
    public boolean gebruiktVariant(String variantId) {
        return varianten.contains(variantId);
    }
}
