package nl.doorbraak.plugin.rodeknop;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.tekst.Bsn;
import nl.doorbraak.api.tekst.Tekst;

/** Controleert de body van een verzoek veld voor veld en verzamelt alle fouten, zodat de gebruiker ze in één keer ziet. */
final class Invoer {

    private final Map<String, Object> body;
    private final List<VeldFout> fouten = new ArrayList<>();

    Invoer(Map<String, Object> body) {
        this.body = body == null ? Map.of() : body;
    }

    Map<String, Object> body() {
        return body;
    }

    /**
     * Een tekst. Tekst die naar het Rijk kan gaan mag geen BSN bevatten: de Rijkspartij krijgt nooit een BSN.
     *
     * @param pad naam van het veld in {@code invalidParams}, bijvoorbeeld {@code regel.wet}
     */
    String tekst(Map<String, Object> bron, String naam, String pad, String label, boolean verplicht, int max,
            boolean meerRegels) {
        Object w = bron == null ? null : bron.get(naam);
        if (w == null || w instanceof String s && s.isBlank()) {
            if (verplicht) {
                fout(pad, "verplicht", label + " is verplicht.");
            }
            return null;
        }
        if (!(w instanceof String s)) {
            fout(pad, "type", label + " moet tekst zijn.");
            return null;
        }
        String t = s.trim();
        if (t.length() > max) {
            fout(pad, "lengte", label + " is " + t.length() + " tekens; het mag er hoogstens " + max + " zijn.");
            return null;
        }
        String probleem = Tekst.probleem(t, meerRegels ? Tekst.Soort.MEERDERE_REGELS : Tekst.Soort.EEN_REGEL);
        if (probleem != null) {
            fout(pad, "tekens", label + ": " + probleem);
            return null;
        }
        if (Bsn.staatIn(t)) {
            fout(pad, "bsn", label + " lijkt een BSN te bevatten. Een BSN gaat nooit naar het Rijk: haal het weg.");
            return null;
        }
        return t;
    }

    String tekst(String naam, String label, boolean verplicht, int max, boolean meerRegels) {
        return tekst(body, naam, naam, label, verplicht, max, meerRegels);
    }

    /** Een lijst teksten; {@code null} als het veld ontbreekt. */
    List<String> lijst(String naam, String label, int maxAantal, int maxLengte) {
        Object w = body.get(naam);
        if (w == null) {
            return null;
        }
        if (!(w instanceof List<?> l)) {
            fout(naam, "type", label + " moet een lijst zijn.");
            return null;
        }
        if (l.size() > maxAantal) {
            fout(naam, "aantal", label + ": hoogstens " + maxAantal + ".");
            return null;
        }
        List<String> uit = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            Object e = l.get(i);
            String pad = naam + "." + i;
            if (!(e instanceof String s) || s.isBlank()) {
                fout(pad, "type", label + ": elk element is een niet-lege tekst.");
                continue;
            }
            String t = s.trim();
            if (t.length() > maxLengte || !Tekst.inOrde(t, Tekst.Soort.EEN_REGEL)) {
                fout(pad, "lengte", label + ": één regel van hoogstens " + maxLengte + " tekens.");
                continue;
            }
            if (Bsn.staatIn(t)) {
                fout(pad, "bsn", label + " lijkt een BSN te bevatten. Een BSN gaat nooit naar het Rijk.");
                continue;
            }
            if (!uit.contains(t)) {
                uit.add(t);
            }
        }
        return uit;
    }

    LocalDate datum(String naam, String label, boolean verplicht) {
        Object w = body.get(naam);
        if (w == null) {
            if (verplicht) {
                fout(naam, "verplicht", label + " is verplicht (jjjj-mm-dd).");
            }
            return null;
        }
        try {
            return LocalDate.parse(w.toString());
        } catch (DateTimeParseException e) {
            fout(naam, "datum", label + " is geen datum; schrijf jjjj-mm-dd, bijvoorbeeld 2026-12-21.");
            return null;
        }
    }

    Boolean janee(String naam, String label, boolean verplicht) {
        Object w = body.get(naam);
        if (w == null) {
            if (verplicht) {
                fout(naam, "verplicht", label + " is verplicht (true of false).");
            }
            return null;
        }
        if (!(w instanceof Boolean b)) {
            fout(naam, "type", label + " is true of false.");
            return null;
        }
        return b;
    }

    Number bedrag(String naam, String label) {
        Object w = body.get(naam);
        if (w == null) {
            return null;
        }
        if (!(w instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 100_000_000) {
            fout(naam, "bedrag", label + " is een bedrag in euro's van 0 tot 100 miljoen.");
            return null;
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(String naam, String label, boolean verplicht) {
        Object w = body.get(naam);
        if (w == null) {
            if (verplicht) {
                fout(naam, "verplicht", label + " is verplicht.");
            }
            return null;
        }
        if (!(w instanceof Map<?, ?> m)) {
            fout(naam, "type", label + " moet een object zijn.");
            return null;
        }
        return (Map<String, Object>) m;
    }

    void fout(String naam, String code, String reden) {
        fouten.add(new VeldFout(naam, code, reden));
    }

    boolean heeftFout(String naam) {
        return fouten.stream().anyMatch(f -> f.naam().equals(naam) || f.naam().startsWith(naam + "."));
    }

    /** @throws OngeldigeInvoerException als er fouten zijn: dan is er niets vastgelegd */
    void controleer(String titel) {
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(titel, List.copyOf(fouten));
        }
    }
}
