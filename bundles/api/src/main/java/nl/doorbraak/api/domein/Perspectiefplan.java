package nl.doorbraak.api.domein;

import java.time.Instant;
import java.util.List;

/**
 * Het perspectiefplan van een casus (doorbraakmethode van het Instituut Publieke Waarden): het doel van de inwoner
 * voor ongeveer een jaar, in eigen woorden, en de rekentool die de kosten van doormodderen en doorbreken per
 * organisatie naast elkaar zet. Eén per casus; {@code versie} voor optimistische vergrendeling.
 *
 * @param doel          {@code null} nadat de bewaartermijn het heeft gewist
 * @param besparing     door het platform berekend uit {@code kosten}
 * @param voorRendement voorstel voor het rendement van een doorbraakbesluit over deze casus
 */
public record Perspectiefplan(String casusId, String gemeente, String doel, List<String> stappen,
        List<Kostenregel> kosten, Besparing besparing, Rendementsvoorstel voorRendement, long versie,
        Instant aangemaakt, String aangemaaktDoor, Instant gewijzigd, String gewijzigdDoor) {

    public Perspectiefplan {
        stappen = stappen == null ? List.of() : List.copyOf(stappen);
        kosten = kosten == null ? List.of() : List.copyOf(kosten);
    }
}
