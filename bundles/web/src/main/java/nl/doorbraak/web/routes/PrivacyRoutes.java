package nl.doorbraak.web.routes;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;


import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.service.BsnService;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.tekst.Bsn;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Invoer;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.http.Probleem;

/**
 * Privacy by design: de audittrail van een casus, het BSN (alleen in de body, nooit in een URL) en het
 * verwerkingenrapport per inwoner voor de gemeentebeheerder.
 */
public final class PrivacyRoutes {

    private final Omgeving omgeving;
    public PrivacyRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    /** {@code GET …/casussen/{id}/audittrail}: wie wanneer wat wijzigde, met oude en nieuwe waarde. */
    public void audittrail(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        // the core decides who sees the casus and records the read
        List<AuditRegel> regels = a.dienst(omgeving.audittrail).vanCasus(a.namens(), g.id(), a.deel(3));
        Paginering.heel(a, regels);
    }

    /**
     * {@code GET …/casussen/{id}/bsn}: alleen de casusregisseur; de core beslist en legt elke inzage vast als
     * verwerking.
     */
    public void leesBsn(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        String bsn = a.dienst(omgeving.bsn).lees(a.namens(), g.id(), a.deel(3))
                .orElseThrow(() -> Probleem.nietGevonden("Bij deze casus is geen BSN vastgelegd."));
        a.json(200, Map.of("bsn", bsn));
    }

    /** {@code PUT …/casussen/{id}/bsn} met {@code {"bsn": "…"}}. */
    public void legBsnVast(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        BsnService service = a.dienst(omgeving.bsn);
        // the core's 403 and 404 before a word about the body, as always (isVastgelegd is no verwerking)
        service.isVastgelegd(a.namens(), g.id(), a.deel(3));
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(Set.of("bsn"), Set.of());
        String bsn = in.tekst("bsn", true);
        in.klaar();
        service.legVast(a.namens(), g.id(), a.deel(3), bsn);
        a.leeg(204);
    }

    public void wisBsn(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        a.dienst(omgeving.bsn).wis(a.namens(), g.id(), a.deel(3));
        a.leeg(204);
    }

    /** {@code GET …/verwerkingen?inwoner=<pseudoniem>}: het rapport voor één inwoner (gemeentebeheerder). */
    public void rapport(Aanvraag a) throws IOException {
        Gemeente g = a.gemeente();
        String inwoner = a.queryEen("inwoner");
        if (inwoner == null || inwoner.isBlank()) {
            throw Probleem.ongeldig("Geef het pseudoniem van de inwoner.", new VeldFout("inwoner", "verplicht",
                    "Geef met ?inwoner= het pseudoniem van de inwoner, bijvoorbeeld INW-3F9A2C."));
        }
        if (inwoner.replaceAll("[\\s.\\-]", "").matches("\\d{8,9}") || Bsn.staatIn(inwoner)) {
            // a BSN never goes in a URL; it would end up in access logs and browser history
            throw Probleem.ongeldig("Zoek op pseudoniem, niet op BSN.", new VeldFout("inwoner", "ongeldig",
                    "Een BSN hoort niet in een URL; gebruik het pseudoniem van de inwoner."));
        }
        // the core checks again, and records that the report was read
        List<Verwerking> regels = a.dienst(omgeving.verwerkingen).vanInwoner(a.namens(), g.id(), inwoner.strip());
        a.json(200, new Rapport(inwoner.strip(), regels.size(), regels));
    }

    /** Het verwerkingenrapport van één inwoner. */
    public record Rapport(String inwoner, long count, List<Verwerking> results) {
    }
}
