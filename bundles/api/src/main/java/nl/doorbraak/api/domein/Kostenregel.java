package nl.doorbraak.api.domein;

import java.math.BigDecimal;

/**
 * Eén regel van de rekentool van een perspectiefplan: wat een organisatie per jaar kwijt is aan de huidige route
 * (<em>doormodderen</em>) en aan de voorgestelde route (<em>doorbreken</em>).
 *
 * @param organisatie  de organisatie die de kosten draagt, bijvoorbeeld {@code Woningcorporatie}
 * @param post         waarvoor, bijvoorbeeld {@code ontruiming en opvang}; optioneel
 * @param doormodderen kosten per jaar van de huidige route, in euro's ({@code >= 0})
 * @param doorbreken   kosten per jaar van de voorgestelde route, in euro's ({@code >= 0})
 */
public record Kostenregel(String organisatie, String post, BigDecimal doormodderen, BigDecimal doorbreken) {

    /** Doormodderen min doorbreken; negatief als de voorgestelde route meer kost. */
    public BigDecimal besparing() {
        return doormodderen == null || doorbreken == null ? null : doormodderen.subtract(doorbreken);
    }
}
