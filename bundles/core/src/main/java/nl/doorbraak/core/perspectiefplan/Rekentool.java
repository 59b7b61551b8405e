package nl.doorbraak.core.perspectiefplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.doorbraak.api.domein.Besparing;
import nl.doorbraak.api.domein.Kostenregel;
import nl.doorbraak.api.domein.OrganisatieBesparing;
import nl.doorbraak.api.domein.Rendementsvoorstel;
import nl.doorbraak.core.platform.Bedragen;

/**
 * The rekentool: saving = doormodderen − doorbreken, per organisatie and in total. A negative saving is shown as it
 * is: a plan that costs more than it saves is information for the tafel, not an error.
 */
public final class Rekentool {

    static final BigDecimal NUL = BigDecimal.ZERO.setScale(2);

    private Rekentool() {
    }

    public static Besparing besparing(List<Kostenregel> kosten) {
        // organisaties match case-insensitively ("CJIB" and "cjib" are one); the first spelling is shown
        Map<String, BigDecimal[]> per = new LinkedHashMap<>();
        Map<String, String> naam = new LinkedHashMap<>();
        BigDecimal doormodderen = NUL;
        BigDecimal doorbreken = NUL;
        for (Kostenregel k : kosten) {
            String sleutel = sleutel(k.organisatie());
            naam.putIfAbsent(sleutel, k.organisatie().strip());
            BigDecimal[] som = per.computeIfAbsent(sleutel, s -> new BigDecimal[] { NUL, NUL });
            som[0] = som[0].add(k.doormodderen());
            som[1] = som[1].add(k.doorbreken());
            doormodderen = doormodderen.add(k.doormodderen());
            doorbreken = doorbreken.add(k.doorbreken());
        }
        List<OrganisatieBesparing> perOrganisatie = new ArrayList<>();
        per.forEach((s, som) -> perOrganisatie.add(new OrganisatieBesparing(naam.get(s), som[0], som[1],
                som[0].subtract(som[1]))));
        return new Besparing(doormodderen, doorbreken, doormodderen.subtract(doorbreken), perOrganisatie);
    }

    /** Sums savings of many plans per organisatie, largest saving first (ties by name). */
    static List<OrganisatieBesparing> samen(List<OrganisatieBesparing> regels) {
        Map<String, OrganisatieBesparing> per = new LinkedHashMap<>();
        for (OrganisatieBesparing r : regels) {
            per.merge(sleutel(r.organisatie()), r, (a, b) -> new OrganisatieBesparing(a.organisatie(),
                    a.doormodderen().add(b.doormodderen()), a.doorbreken().add(b.doorbreken()),
                    a.besparing().add(b.besparing())));
        }
        List<OrganisatieBesparing> l = new ArrayList<>(per.values());
        l.sort(Comparator.comparing(OrganisatieBesparing::besparing).reversed()
                .thenComparing(OrganisatieBesparing::organisatie));
        return l;
    }

    static String sleutel(String organisatie) {
        return organisatie.strip().toLowerCase(Locale.ROOT);
    }

    /** What the plan suggests for the rendementBedrag of a doorbraak besluit; never filled in by the platform. */
    public static Rendementsvoorstel voorRendement(List<Kostenregel> kosten, Besparing b) {
        if (kosten.isEmpty()) {
            return new Rendementsvoorstel(null, "De rekentool van het perspectiefplan is nog leeg: vul per organisatie "
                    + "de kosten van doormodderen en doorbreken in, dan rekent het platform de besparing uit.");
        }
        if (b.totaal().signum() > 0) {
            return new Rendementsvoorstel(b.totaal(), "Volgens het perspectiefplan voorkomt doorbreken "
                    + Bedragen.tekst(b.totaal()) + " per jaar aan maatschappelijke kosten (doormodderen "
                    + Bedragen.tekst(b.doormodderen()) + ", doorbreken " + Bedragen.tekst(b.doorbreken())
                    + "). Neem dit bedrag over als rendementBedrag van een doorbraakbesluit als de tafel het "
                    + "onderschrijft.");
        }
        String verschil = b.totaal().signum() == 0 ? "kost doorbreken per jaar evenveel als doormodderen ("
                + Bedragen.tekst(b.doorbreken()) + ")"
                : "kost doorbreken per jaar " + Bedragen.tekst(b.totaal().negate()) + " meer dan doormodderen";
        return new Rendementsvoorstel(NUL, "Volgens het perspectiefplan " + verschil + ". Als rendementBedrag past "
                + "dan € 0,00; beschrijf in het rendement wat het besluit wel oplevert.");
    }
}
