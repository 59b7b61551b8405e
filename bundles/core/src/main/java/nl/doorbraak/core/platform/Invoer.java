package nl.doorbraak.core.platform;

import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.tekst.Bsn;
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
    /** A free text with a number that passes as a BSN ({@link Bsn}). */
    public static final String BSN = "bsn";
    /** A field the platform sets itself, such as the pseudoniem. */
    public static final String ALLEEN_LEZEN = "alleenLezen";

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

    /**
     * A required free text about a casus or the work around it (titel, hulpvraag, omschrijving, notitie, ...): as
     * {@link #verplicht}, and refused when it contains a BSN.
     */
    public String vrijVerplicht(String veld, String label, String waarde, int max) {
        return geenBsn(veld, label, verplicht(veld, label, waarde, max));
    }

    /** An optional free text: as {@link #optioneel}, and refused when it contains a BSN. */
    public String vrijOptioneel(String veld, String label, String waarde, int max) {
        return geenBsn(veld, label, optioneel(veld, label, waarde, max));
    }

    /** The text, or {@code null} after recording that it contains a BSN; the message never repeats the number. */
    public String geenBsn(String veld, String label, String tekst) {
        String reden = bsnReden(label, tekst);
        if (reden == null) {
            return tekst;
        }
        fout(veld, BSN, reden);
        return null;
    }

    /** Why this free text cannot be stored because of a BSN in it, or {@code null}. */
    public static String bsnReden(String label, String tekst) {
        int positie = Bsn.positie(tekst);
        if (positie == 0) {
            return null;
        }
        return label + " bevat op positie " + positie + " een nummer dat op een BSN lijkt (9 cijfers die de "
                + "elfproef halen). Een BSN hoort niet in vrije tekst: haal het weg; heeft de tafel het echt nodig, "
                + "leg het dan versleuteld vast bij de casus.";
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
