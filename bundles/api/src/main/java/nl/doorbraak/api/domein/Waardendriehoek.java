package nl.doorbraak.api.domein;

import java.math.BigDecimal;

/**
 * De verantwoording van een doorbraak (Instituut Publieke Waarden). Bij een {@link BesluitSoort#DOORBRAAK} zijn alle
 * drie de zijden verplicht; bij een regulier besluit mogen ze leeg zijn.
 *
 * @param legitimiteit    de regel, het artikel of de hardheidsclausule die het besluit toestaat
 * @param rendement       welke maatschappelijke kosten het besluit voorkomt
 * @param rendementBedrag de geschatte besparing in euro's ({@code >= 0})
 * @param betrokkenheid   hoe de inwoner meedoet en instemt
 */
public record Waardendriehoek(String legitimiteit, String rendement, BigDecimal rendementBedrag,
        String betrokkenheid) {

    public static Waardendriehoek leeg() {
        return new Waardendriehoek(null, null, null, null);
    }
}
