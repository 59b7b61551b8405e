package nl.doorbraak.api.domein;

import java.math.BigDecimal;
import java.util.List;

/**
 * Wat de rekentool van een perspectiefplan uitrekent, in euro's per jaar.
 *
 * @param doormodderen  de kosten van de huidige route, alle organisaties samen
 * @param doorbreken    de kosten van de voorgestelde route, alle organisaties samen
 * @param totaal        doormodderen min doorbreken; negatief als doorbreken meer kost (dat wordt niet verborgen)
 * @param perOrganisatie per organisatie, in de volgorde waarin ze in het plan voor het eerst voorkomen
 */
public record Besparing(BigDecimal doormodderen, BigDecimal doorbreken, BigDecimal totaal,
        List<OrganisatieBesparing> perOrganisatie) {

    public Besparing {
        perOrganisatie = perOrganisatie == null ? List.of() : List.copyOf(perOrganisatie);
    }
}
