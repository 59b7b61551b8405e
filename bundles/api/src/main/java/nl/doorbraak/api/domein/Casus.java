package nl.doorbraak.api.domein;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * De situatie van één inwoner of ondernemer, ingebracht bij een tafel.
 *
 * @param variant               id van de variant van de tafel; bepaalt de extra velden in {@code variantData}
 * @param variantData           extra velden van de variant, als JSON-achtige waarden (String, Number, Boolean,
 *                              List, Map); bevat altijd {@code schemaVersie}
 * @param betrokkenOrganisaties organisaties die bij deze casus betrokken zijn
 * @param historie              alle statusovergangen, oudste eerst
 * @param resultaat             hoe de casus eindigde; {@code null} zolang hij niet is afgesloten
 * @param versie                optimistische vergrendeling; wordt als ETag gebruikt
 */
public record Casus(String id, String gemeente, String tafelId, String variant, String titel, String hulpvraag,
        Inwoner inwoner, String thema, CasusStatus status, Resultaat resultaat, List<StatusWijziging> historie,
        List<String> betrokkenOrganisaties, Map<String, Object> variantData, long versie, Instant aangemaakt,
        Instant gewijzigd) {

    /** Sleutel in {@link #variantData()} met de schemaversie van die gegevens. */
    public static final String SCHEMA_VERSIE = "schemaVersie";

    public Casus {
        historie = List.copyOf(historie);
        betrokkenOrganisaties = List.copyOf(betrokkenOrganisaties);
        variantData = variantData == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variantData));
    }
}
