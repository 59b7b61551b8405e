package nl.doorbraak.api.domein;

import java.util.List;

/**
 * Een perspectiefplan zoals de tafel het vastlegt (nieuw of ter vervanging van het vorige).
 *
 * @param doel    het doel van de inwoner voor ongeveer een jaar, in zijn of haar eigen woorden (verplicht,
 *                hoogstens 4000 tekens); een persoonsgegeven
 * @param stappen optioneel: korte stappen op weg naar het doel
 * @param kosten  de rekentool: per organisatie de kosten van doormodderen en doorbreken (hoogstens 30 regels)
 */
public record NieuwPerspectiefplan(String doel, List<String> stappen, List<Kostenregel> kosten) {

    public NieuwPerspectiefplan {
        stappen = stappen == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(stappen));
        kosten = kosten == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(kosten));
    }
}
