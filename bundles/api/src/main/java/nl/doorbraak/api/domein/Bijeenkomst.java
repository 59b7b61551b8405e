package nl.doorbraak.api.domein;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Een bijeenkomst van een tafel. <em>Niet teveel opschrijven</em>: alleen de agenda, wie er waren en (bij de casus)
 * de besluiten en acties worden vastgelegd; een notitie is optioneel, geldt als persoonsgegeven en wordt met de
 * bewaartermijn gewist.
 *
 * @param agenda     ids van de casussen op de agenda, in volgorde
 * @param aanwezigen de aanwezige deelnemers, met hun mandaat zoals dat toen was
 * @param notitie    vrije tekst of {@code null}
 */
public record Bijeenkomst(String id, String gemeente, String tafelId, LocalDate datum, List<String> agenda,
        List<Deelnemer> aanwezigen, String notitie, long versie, Instant aangemaakt, Instant gewijzigd) {

    public Bijeenkomst {
        agenda = List.copyOf(agenda);
        aanwezigen = List.copyOf(aanwezigen);
    }
}
