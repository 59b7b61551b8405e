package nl.doorbraak.web.json;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.util.StdConverter;

import nl.doorbraak.api.domein.Rapportage;

/**
 * Waar de JSON van de rapportage een andere vorm heeft dan de api-records (zie {@link JsonModule}): de afgesloten
 * casussen met hun totaal erbij, en de platformrapportage per gemeente genest zoals de rapportage van een gemeente,
 * waar {@link Rapportage.Totalen} plat is.
 */
final class RapportageVorm {

    private RapportageVorm() {
    }

    /** {@link Rapportage.Casussen} met {@code "totaal"} achter de afgesloten casussen per resultaat. */
    record Casussen(int aangemeld, Map<String, Integer> afgesloten, int openOpJaareinde,
            List<Rapportage.CasusGroep> perThema, List<Rapportage.CasusGroep> perOrganisatie) {
    }

    static final class NaarCasussen extends StdConverter<Rapportage.Casussen, Casussen> {
        @Override
        public Casussen convert(Rapportage.Casussen k) {
            Map<String, Integer> afgesloten = new LinkedHashMap<>(k.afgesloten());
            afgesloten.put("totaal", k.afgeslotenTotaal());
            return new Casussen(k.aangemeld(), afgesloten, k.openOpJaareinde(), k.perThema(), k.perOrganisatie());
        }
    }

    /** Eén gemeente in {@code /api/rapportage}: alleen aantallen en bedragen. */
    record Totalen(String gemeente, TotaalCasussen casussen, TotaalBesluiten besluiten, TotaalDoorlooptijd doorlooptijd,
            TotaalPotjes potjes, TotaalBesparing besparing, TotaalActies acties, TotaalEscalaties escalaties,
            TotaalSignalen signalen) {
    }

    record TotaalCasussen(int aangemeld, Map<String, Integer> afgesloten, int openOpJaareinde) {
    }

    record TotaalBesluiten(int doorbraken, int regulier) {
    }

    record TotaalDoorlooptijd(BigDecimal mediaanDagen) {
    }

    record TotaalPotjes(BigDecimal gestort, BigDecimal uitgegeven, BigDecimal saldoOpJaareinde) {
    }

    record TotaalBesparing(BigDecimal bedrag) {
    }

    record TotaalActies(int open, int verlopen, int gereed) {
    }

    record TotaalEscalaties(int open, int verlopen, int begonnen) {
    }

    record TotaalSignalen(int aantal) {
    }

    static final class NaarTotalen extends StdConverter<Rapportage.Totalen, Totalen> {
        @Override
        public Totalen convert(Rapportage.Totalen t) {
            return new Totalen(t.gemeente(), new TotaalCasussen(t.aangemeld(), t.afgesloten(), t.openOpJaareinde()),
                    new TotaalBesluiten(t.doorbraken(), t.regulier()),
                    new TotaalDoorlooptijd(t.mediaanDoorlooptijdDagen()),
                    new TotaalPotjes(t.potjesGestort(), t.potjesUitgegeven(), t.potjesSaldo()),
                    new TotaalBesparing(t.besparing()),
                    new TotaalActies(t.actiesOpen(), t.actiesVerlopen(), t.actiesGereed()),
                    new TotaalEscalaties(t.escalatiesOpen(), t.escalatiesVerlopen(), t.escalatiesInJaar()),
                    new TotaalSignalen(t.signalen()));
        }
    }
}
