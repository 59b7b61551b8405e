package nl.doorbraak.api.domein;

import java.time.Instant;
import java.util.List;

/**
 * Een casus die een niveau hoger op de escalatieroute is gelegd, omdat de tafel hem zelf niet kan oplossen.
 * Niveau, naam en termijn worden bij het escaleren vastgelegd, zodat de escalatie leesbaar blijft als de configuratie
 * verandert of de plug-in van haar niveau verdwijnt.
 *
 * @param niveau              id van het niveau, bijvoorbeeld {@code directie}
 * @param niveauNaam          naam van het niveau op het moment van escaleren
 * @param reactietermijnDagen de termijn van het niveau op het moment van escaleren
 * @param deadline            aangemaakt plus de reactietermijn
 * @param verlopen            open en de deadline is voorbij
 * @param antwoord            het antwoord van het niveau; {@code null} tot het is beantwoord
 * @param vorige              id van de escalatie die hierheen is doorgeëscaleerd; {@code null} bij een eerste
 * @param volgende            id van de escalatie op het volgende niveau; {@code null} tenzij doorgeëscaleerd
 * @param historie            alle statusovergangen, oudste eerst; de eerste heeft de reden van escaleren
 * @param versie              optimistische vergrendeling; wordt als ETag gebruikt
 */
public record Escalatie(String id, String gemeente, String casusId, String niveau, String niveauNaam,
        int reactietermijnDagen, String reden, EscalatieStatus status, Instant deadline, boolean verlopen,
        String antwoord, String vorige, String volgende, List<EscalatieWijziging> historie, long versie,
        Instant aangemaakt, String aangemaaktDoor, Instant gewijzigd) {

    public Escalatie {
        historie = List.copyOf(historie);
    }

    /** Of de escalatie nog op een reactie wacht. */
    public boolean isOpen() {
        return status == EscalatieStatus.OPEN;
    }
}
