package nl.doorbraak.api.domein;

import java.math.BigDecimal;

/**
 * De kosten en besparing per jaar van één organisatie, opgeteld over haar regels in de rekentool.
 *
 * @param besparing doormodderen min doorbreken; negatief als doorbreken voor deze organisatie meer kost
 */
public record OrganisatieBesparing(String organisatie, BigDecimal doormodderen, BigDecimal doorbreken,
        BigDecimal besparing) {
}
