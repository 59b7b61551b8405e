package nl.doorbraak.api.domein;

import java.time.Instant;
import java.util.List;

/**
 * Een besluit van de tafel over een casus. Een besluit wordt nooit gewijzigd; een correctie is een nieuw besluit dat
 * naar het oude verwijst ({@link #corrigeert()}); het oude toont dan {@link #gecorrigeerdDoor()}.
 *
 * @param bijeenkomstId   de bijeenkomst waarop het genomen is; {@code null} buiten een bijeenkomst
 * @param deelnemers      wie het besluit nemen, met hun mandaat zoals dat op dat moment was
 * @param toezeggingen    bedragen per organisatie; elk binnen het mandaat van een deelnemer van die organisatie
 * @param uitgaven        bedragen uit een Voorkom Erger Potje bij dit besluit
 * @param corrigeert      id van het besluit dat dit besluit corrigeert, of {@code null}
 * @param gecorrigeerdDoor id van het besluit dat dit besluit corrigeert, of {@code null} als het nog geldt
 */
public record Besluit(String id, String gemeente, String casusId, String bijeenkomstId, BesluitSoort soort,
        String omschrijving, Waardendriehoek waardendriehoek, List<Deelnemer> deelnemers,
        List<Toezegging> toezeggingen, List<PotjeMutatie> uitgaven, String corrigeert, String gecorrigeerdDoor,
        Instant genomen, String door) {

    public Besluit {
        deelnemers = List.copyOf(deelnemers);
        toezeggingen = List.copyOf(toezeggingen);
        uitgaven = List.copyOf(uitgaven);
    }
}
