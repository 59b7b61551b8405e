package nl.doorbraak.api.domein;

import java.math.BigDecimal;
import java.util.List;

/**
 * De geschatte besparing van de perspectiefplannen van één jaar, voor de rapportage.
 *
 * @param plannen       aantal casussen met een perspectiefplan die in dat jaar besloten (of, zonder besluit,
 *                      afgesloten) werden
 * @param besparing     doormodderen min doorbreken, alle plannen samen; kan negatief zijn
 * @param perOrganisatie per organisatie, grootste besparing eerst
 */
public record Besparingstotaal(String gemeente, int jaar, int plannen, BigDecimal doormodderen,
        BigDecimal doorbreken, BigDecimal besparing, List<OrganisatieBesparing> perOrganisatie) {

    public Besparingstotaal {
        perOrganisatie = perOrganisatie == null ? List.of() : List.copyOf(perOrganisatie);
    }
}
