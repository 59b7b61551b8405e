package nl.doorbraak.api.domein;

import java.util.List;
import java.util.Map;

/**
 * Een gedeeltelijke wijziging: velden die {@code null} zijn blijven zoals ze waren. De status wijzigt alleen via
 * een statusovergang, de tafel en de variant niet.
 */
public record CasusWijziging(String titel, String hulpvraag, Inwoner inwoner, String thema,
        List<String> betrokkenOrganisaties, Map<String, Object> variantData) {
}
