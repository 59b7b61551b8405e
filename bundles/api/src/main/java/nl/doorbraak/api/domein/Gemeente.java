package nl.doorbraak.api.domein;

import java.util.List;
import java.util.Optional;

/**
 * Een gemeente (tenant). Komt uit de factory-configuratie {@code nl.doorbraak.gemeente-<id>.cfg}.
 *
 * @param id                   korte, stabiele sleutel, bijvoorbeeld {@code utrecht}; staat in elke URL
 * @param naam                 weergavenaam, bijvoorbeeld {@code Gemeente Utrecht}
 * @param varianten            ids van de tafelvarianten die deze gemeente gebruikt
 * @param escalatieniveaus     de geconfigureerde escalatieroute, van laag naar hoog (bijvoorbeeld tafel, directie,
 *                             bestuur), elk met een reactietermijn; niveaus van plug-ins staan er niet in (zie
 *                             {@link nl.doorbraak.api.service.EscalatieService#route(nl.doorbraak.api.toegang.Namens, String)})
 * @param bewaartermijnMaanden maanden na afsluiten waarna persoonsgegevens worden gewist
 * @param thema                naam van de set design tokens voor de gebruikersinterface
 */
public record Gemeente(String id, String naam, List<String> varianten, List<Escalatieniveau> escalatieniveaus,
        int bewaartermijnMaanden, String thema) {

    public Gemeente {
        varianten = List.copyOf(varianten);
        escalatieniveaus = List.copyOf(escalatieniveaus);
    }

    /** Het geconfigureerde niveau met dit id. */
    public Optional<Escalatieniveau> escalatieniveau(String niveauId) {
        return escalatieniveaus.stream().filter(n -> n.id().equals(niveauId)).findFirst();
    }

    /** Of deze gemeente de variant met dit id heeft aangezet. */
    public boolean gebruiktVariant(String variantId) {
        return varianten.contains(variantId);
    }
}
