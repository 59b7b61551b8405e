package nl.doorbraak.api.domein;

import java.time.LocalDate;

/** Een nieuwe actie bij een besluit. Omschrijving, organisatie en deadline zijn verplicht. */
public record NieuweActie(String omschrijving, String organisatie, String contactId, String eigenaar,
        LocalDate deadline) {
}
