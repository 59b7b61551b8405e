package nl.doorbraak.core.bijeenkomst;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.core.platform.Invoer;

/** Deelnemers named in input (aanwezigen, who take a besluit), matched by name against the tafel. */
public final class Deelnemers {

    /** Code in {@code invalidParams} for a deelnemer who takes a besluit at a bijeenkomst without having been there. */
    public static final String AFWEZIG = "afwezig";

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

    /**
     * Whether {@code d} is among {@code aanwezigen}: the same contact of the korte lijnen when both have one (the
     * name may have been written differently since), otherwise the same name.
     */
    public static boolean aanwezig(List<Deelnemer> aanwezigen, Deelnemer d) {
        return aanwezigen.stream().anyMatch(a -> d.contactId() != null && d.contactId().equals(a.contactId())
                || gelijk(a.naam(), d.naam()));
    }

    /**
     * Who takes a besluit at a bijeenkomst was there. Each name of {@code namen} that is a deelnemer of the tafel
     * but not among the bijeenkomst's aanwezigen is recorded in {@code invoer} under {@code veld.<i>}, code
     * {@code afwezig}. Names not at the tafel are left to {@link #vanTafel}.
     */
    public static void aanwezigOp(Invoer invoer, String veld, Tafel tafel, List<String> namen, Bijeenkomst b) {
        if (namen == null || namen.size() > 50) {
            return;
        }
        for (int i = 0; i < namen.size(); i++) {
            String naam = namen.get(i);
            Optional<Deelnemer> d = naam == null ? Optional.empty()
                    : tafel.deelnemers().stream().filter(x -> gelijk(x.naam(), naam)).findFirst();
            if (d.isPresent() && !aanwezig(b.aanwezigen(), d.get())) {
                invoer.fout(veld + "." + i, AFWEZIG, "'" + d.get().naam() + "' was niet aanwezig op de bijeenkomst "
                        + "van " + b.datum() + (b.aanwezigen().isEmpty() ? " (daar is niemand als aanwezig vastgelegd)"
                                : " (aanwezig: " + String.join(", ", b.aanwezigen().stream().map(Deelnemer::naam)
                                        .toList()) + ")")
                        + ". Op een bijeenkomst besluiten alleen wie er waren; klopt de lijst van aanwezigen niet, "
                        + "pas die dan eerst aan bij de bijeenkomst.");
            }
        }
    }

    public static boolean gelijk(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
