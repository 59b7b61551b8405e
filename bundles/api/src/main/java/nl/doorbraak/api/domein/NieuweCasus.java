package nl.doorbraak.api.domein;

import java.util.List;
import java.util.Map;

/**
 * Wat een aanmelding (intake) meegeeft. {@code variantData} wordt gecontroleerd door de variant van de tafel.
 */
public record NieuweCasus(String tafelId, String titel, String hulpvraag, Inwoner inwoner, String thema,
        List<String> betrokkenOrganisaties, Map<String, Object> variantData) {

    public NieuweCasus {
        betrokkenOrganisaties = betrokkenOrganisaties == null ? List.of() : List.copyOf(betrokkenOrganisaties);
        variantData = variantData == null ? Map.of() : variantData;
    }
}
