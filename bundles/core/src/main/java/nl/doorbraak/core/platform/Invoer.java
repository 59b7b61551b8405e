package nl.doorbraak.core.platform;

import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.tekst.Tekst;

/** Collects field errors of one request, so the user sees all of them at once. */
public final class Invoer {

    public static final String VERPLICHT = "verplicht";
    public static final String LENGTE = "lengte";
    public static final String ONBEKEND = "onbekend";
    public static final String TYPE = "type";
    public static final String WAARDE = "waarde";
    public static final String TEKENS = "tekens";
    public static final String BEREIK = "bereik";

    public static final int MAX_PAGINAGROOTTE = 100;

    private final List<VeldFout> fouten = new ArrayList<>();

    public Invoer fout(String veld, String code, String reden) {
        fouten.add(new VeldFout(veld, code, reden));
        return this;
    }

    public Invoer alle(List<VeldFout> meer) {
        fouten.addAll(meer);
        return this;
    }

    public boolean heeftFouten() {
        return !fouten.isEmpty();
    }

    public List<VeldFout> fouten() {
        return List.copyOf(fouten);
    }

    /** Checks a required text; returns it trimmed, or {@code null} after recording the error. */
    public String verplicht(String veld, String label, String waarde, int max) {
        if (waarde == null || waarde.isBlank()) {
            fout(veld, VERPLICHT, label + " is verplicht.");
            return null;
        }
        return lengte(veld, label, waarde.strip(), max);
    }

    /** Checks an optional text; returns it trimmed, {@code null} when empty. */
    public String optioneel(String veld, String label, String waarde, int max) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        return lengte(veld, label, waarde.strip(), max);
    }

    private String lengte(String veld, String label, String waarde, int max) {
        if (waarde.length() > max) {
            fout(veld, LENGTE, label + " is " + waarde.length() + " tekens lang; het maximum is " + max + ".");
            return null;
        }
        // also when a plug-in calls a service directly: no NUL, escape or lone surrogate is ever stored (the web
        // already refuses line breaks in one-line fields)
        String waarom = Tekst.probleem(waarde, Tekst.Soort.MEERDERE_REGELS);
        if (waarom != null) {
            fout(veld, TEKENS, label + ": " + waarom);
            return null;
        }
        return waarde;
    }

    /** Throws if any error was recorded. */
    public void controleer() {
        if (heeftFouten()) {
            throw ongeldig();
        }
    }

    public OngeldigeInvoerException ongeldig() {
        String samenvatting = fouten.size() == 1 ? "De invoer klopt niet: " + fouten.get(0).reden()
                : "De invoer klopt niet op " + fouten.size() + " punten.";
        return new OngeldigeInvoerException(samenvatting, fouten);
    }

    /** page from 1, pageSize 1..100. */
    public static void controleerPagina(int page, int pageSize) {
        Invoer invoer = new Invoer();
        if (page < 1) {
            invoer.fout("page", WAARDE, "Het paginanummer begint bij 1; " + page + " kan niet.");
        }
        if (pageSize < 1 || pageSize > MAX_PAGINAGROOTTE) {
            invoer.fout("pageSize", WAARDE,
                    "Een pagina heeft 1 tot en met " + MAX_PAGINAGROOTTE + " resultaten; " + pageSize + " kan niet.");
        }
        invoer.controleer();
    }
}
