package nl.doorbraak.api.domein;

import java.math.BigDecimal;

/**
 * Wat het perspectiefplan voorstelt voor {@link Waardendriehoek#rendementBedrag()} van een doorbraakbesluit. Alleen
 * een voorstel: de tafel neemt het bedrag bewust over in het besluit; het platform vult het niet zelf in.
 *
 * @param rendementBedrag de besparing als die positief is, {@code 0} als doorbreken evenveel of meer kost,
 *                        {@code null} als de rekentool nog leeg is
 * @param tekst           uitleg in gewone woorden
 */
public record Rendementsvoorstel(BigDecimal rendementBedrag, String tekst) {
}
