package nl.doorbraak.core.casus;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Resultaat;
import nl.doorbraak.api.domein.StatusWijziging;

/**
 * A casus row as stored: the variant data without {@code schemaVersie}, which is kept in {@link #schemaVersie()}.
 */
public record OpgeslagenCasus(String id, String gemeente, String tafelId, String variant, String titel,
        String hulpvraag, String pseudoniem, String initialen, String thema, CasusStatus status,
        List<StatusWijziging> historie, List<String> organisaties, Map<String, Object> data, int schemaVersie,
        long versie, Instant aangemaakt, Instant gewijzigd, Instant afgesloten, Resultaat resultaat) {
}
