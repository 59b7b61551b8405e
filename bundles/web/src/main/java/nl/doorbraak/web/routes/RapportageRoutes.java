package nl.doorbraak.web.routes;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Rapportage;
import nl.doorbraak.api.service.RapportageService;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Probleem;

/**
 * {@code /api/gemeenten/{gemeente}/rapportage[.csv]} en {@code /api/rapportage[.csv]}: de jaarcijfers. Geen
 * persoonsgegevens, dus geen verwerking in het verwerkingenlog.
 *
 * <ul>
 * <li>gemeentebeheerder en casusregisseur: de rapportage van hun gemeente ({@code ?jaar=}, {@code ?tafel=});</li>
 * <li>platformbeheerder: {@code /api/rapportage}, per gemeente alleen aantallen en bedragen (geen thema's,
 * organisaties, potjes of signalen bij naam); op de route van een gemeente 403;</li>
 * <li>JSON, of CSV met het pad {@code .csv} of als {@code Accept} CSV boven JSON verkiest (RFC 9110: q-waarden,
 * dan de specifiekste, dan de volgorde); 406 als {@code Accept} geen van beide aanvaardt.</li>
 * </ul>
 */
public final class RapportageRoutes {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final Omgeving omgeving;

    public RapportageRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    public void gemeente(Aanvraag a) throws IOException {
        stuurGemeente(a, wilCsv(a));
    }

    public void gemeenteCsv(Aanvraag a) throws IOException {
        stuurGemeente(a, true);
    }

    public void platform(Aanvraag a) throws IOException {
        stuurPlatform(a, wilCsv(a));
    }

    public void platformCsv(Aanvraag a) throws IOException {
        stuurPlatform(a, true);
    }

    private void stuurGemeente(Aanvraag a, boolean csv) throws IOException {
        Gemeente g = a.gemeente();
        int jaar = jaar(a);
        String tafel = a.queryEen("tafel");
        Rapportage r = a.dienst(omgeving.rapportage).rapportage(a.namens(), g.id(), jaar,
                tafel == null || tafel.isEmpty() ? null : tafel);
        if (csv) {
            stuurCsv(a, "rapportage-" + g.id() + "-" + jaar + (r.tafelId() == null ? "" : "-tafel") + ".csv",
                    RapportageCsv.van(r));
            return;
        }
        a.json(200, r);
    }

    private void stuurPlatform(Aanvraag a, boolean csv) throws IOException {
        int jaar = jaar(a);
        List<Rapportage.Totalen> alle = a.dienst(omgeving.rapportage).platform(a.namens(), jaar);
        if (csv) {
            stuurCsv(a, "rapportage-platform-" + jaar + ".csv", RapportageCsv.van(alle));
            return;
        }
        a.json(200, new Platform(jaar, alle));
    }

    /** CSV als de header Accept die boven JSON verkiest (volgorde en q-waarden); JSON zonder Accept. */
    private static boolean wilCsv(Aanvraag a) {
        return a.kiesType(Aanvraag.JSON, RapportageCsv.MEDIATYPE).equals(RapportageCsv.MEDIATYPE);
    }

    /** {@code ?jaar=}, standaard het lopende jaar (Nederlandse tijd). */
    private static int jaar(Aanvraag a) {
        String w = a.queryEen("jaar");
        if (w == null || w.isEmpty()) {
            return LocalDate.now(NEDERLAND).getYear();
        }
        try {
            return Integer.parseInt(w);
        } catch (NumberFormatException e) {
            throw Probleem.ongeldig("Het jaar moet een getal zijn, bijvoorbeeld 2025.",
                    new VeldFout("jaar", "type", "Het jaar moet een getal zijn, bijvoorbeeld 2025; '" + w
                            + "' is dat niet."));
        }
    }

    private static void stuurCsv(Aanvraag a, String bestand, byte[] csv) throws IOException {
        a.header("Content-Disposition", "attachment; filename=\"" + bestand + "\"");
        a.ruw(200, RapportageCsv.TYPE, csv);
    }

    /** Het antwoord van {@code /api/rapportage}: per gemeente de kerncijfers. */
    public record Platform(int jaar, List<Rapportage.Totalen> gemeenten) {
    }
}
