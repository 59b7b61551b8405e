package nl.doorbraak.core.bijeenkomst;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.core.platform.Invoer;

/** Deelnemers named in input (aanwezigen, who take a besluit), matched by name against the tafel. */
public final class Deelnemers {

    private Deelnemers() {
    }

    /**
     * The tafel's deelnemers with these names, as they are now (a copy is kept with the record, since mandates change).
     * Unknown or repeated names are recorded in {@code invoer} under {@code veld.<i>}.
     */
    public static List<Deelnemer> vanTafel(Invoer invoer, String veld, Tafel tafel, List<String> namen) {
        List<Deelnemer> gevonden = new ArrayList<>();
        if (namen == null) {
            return gevonden;
        }
        if (namen.size() > 50) {
            invoer.fout(veld, Invoer.LENGTE, "Hoogstens 50 namen.");
            return gevonden;
        }
        for (int i = 0; i < namen.size(); i++) {
            String naam = invoer.verplicht(veld + "." + i, "Naam van deelnemer " + (i + 1), namen.get(i), 200);
            if (naam == null) {
                continue;
            }
            Optional<Deelnemer> d = tafel.deelnemers().stream().filter(x -> gelijk(x.naam(), naam)).findFirst();
            if (d.isEmpty()) {
                invoer.fout(veld + "." + i, Invoer.ONBEKEND, "'" + naam + "' zit niet aan tafel '" + tafel.naam()
                        + "'. Deelnemers: " + String.join(", ", tafel.deelnemers().stream().map(Deelnemer::naam).toList())
                        + ".");
            } else if (gevonden.contains(d.get())) {
                invoer.fout(veld + "." + i, Invoer.WAARDE, "'" + naam + "' staat er twee keer in.");
            } else {
                gevonden.add(d.get());
            }
        }
        return gevonden;
    }

    public static boolean gelijk(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
