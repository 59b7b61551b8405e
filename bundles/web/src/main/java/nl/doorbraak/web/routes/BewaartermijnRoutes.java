package nl.doorbraak.web.routes;

import java.io.IOException;
import java.util.List;

import nl.doorbraak.api.domein.Wisresultaat;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.http.Probleem;

/**
 * De bewaartermijn nu laten lopen, of eerst tellen ({@code ?proef=true}), zoals de Gogo-opdracht
 * {@code doorbraak:bewaartermijn}: de core ({@code BewaartermijnService}) beslist wie mag en schrijft elke gewiste casus
 * in de audittrail, met de gebruikersnaam van wie het vroeg.
 */
public final class BewaartermijnRoutes {

    private final Omgeving omgeving;

    public BewaartermijnRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    /** {@code POST /api/gemeenten/{gemeente}/bewaartermijn[?proef=true]}: gemeentebeheerder, platformbeheerder. */
    public void gemeente(Aanvraag a) throws IOException {
        boolean proef = proef(a);
        // the gemeente from the path: the router checked it for a gemeentebeheerder, the core checks it for everyone
        List<Wisresultaat> r = a.dienst(omgeving.bewaartermijn).voerUit(a.namens(), a.deel(1), proef);
        Paginering.heel(a, r);
    }

    /** {@code POST /api/platform/bewaartermijn[?proef=true]}: alle gemeenten (platformbeheerder). */
    public void platform(Aanvraag a) throws IOException {
        boolean proef = proef(a);
        List<Wisresultaat> r = a.dienst(omgeving.bewaartermijn).voerUit(a.namens(), null, proef);
        Paginering.heel(a, r);
    }

    private static boolean proef(Aanvraag a) {
        String p = a.queryEen("proef");
        if (p == null || p.equals("false")) {
            return false;
        }
        if (p.equals("true")) {
            return true;
        }
        throw Probleem.ongeldig("proef is true (alleen tellen) of false (wissen).",
                new VeldFout("proef", "ongeldig", "Gebruik true of false."));
    }
}
