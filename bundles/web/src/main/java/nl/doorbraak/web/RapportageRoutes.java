package nl.doorbraak.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Rapportage;
import nl.doorbraak.api.service.RapportageService;
import nl.doorbraak.api.service.VeldFout;

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
final class RapportageRoutes {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final Omgeving omgeving;

    RapportageRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    void gemeente(Aanvraag a) throws IOException {
        stuurGemeente(a, wilCsv(a));
    }

    void gemeenteCsv(Aanvraag a) throws IOException {
        stuurGemeente(a, true);
    }

    void platform(Aanvraag a) throws IOException {
        stuurPlatform(a, wilCsv(a));
    }

    void platformCsv(Aanvraag a) throws IOException {
        stuurPlatform(a, true);
    }

    private void stuurGemeente(Aanvraag a, boolean csv) throws IOException {
        Gemeente g = a.gemeente();
        int jaar = jaar(a);
        String tafel = a.queryEen("tafel");
        Rapportage r = a.dienst(omgeving.rapportage).rapportage(g.id(), jaar,
                tafel == null || tafel.isEmpty() ? null : tafel);
        if (csv) {
            stuurCsv(a, "rapportage-" + g.id() + "-" + jaar + (r.tafelId() == null ? "" : "-tafel") + ".csv",
                    RapportageCsv.van(r));
            return;
        }
        ObjectNode o = rapportage(r);
        a.json(200, gen -> gen.writeTree(o));
    }

    private void stuurPlatform(Aanvraag a, boolean csv) throws IOException {
        int jaar = jaar(a);
        List<Rapportage.Totalen> alle = a.dienst(omgeving.rapportage).platform(jaar);
        if (csv) {
            stuurCsv(a, "rapportage-platform-" + jaar + ".csv", RapportageCsv.van(alle));
            return;
        }
        ObjectNode o = omgeving.json.mapper().createObjectNode();
        o.put("jaar", jaar);
        ArrayNode gemeenten = o.putArray("gemeenten");
        for (Rapportage.Totalen t : alle) {
            totalen(gemeenten.addObject(), t);
        }
        a.json(200, gen -> gen.writeTree(o));
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

    // ---------------------------------------------------------------- JSON

    private ObjectNode rapportage(Rapportage r) {
        ObjectNode o = omgeving.json.mapper().createObjectNode();
        o.put("gemeente", r.gemeente());
        o.put("jaar", r.jaar());
        o.put("tafelId", r.tafelId());
        o.put("peilmoment", r.peilmoment().toString());
        Rapportage.Casussen k = r.casussen();
        ObjectNode casussen = o.putObject("casussen");
        casussen.put("aangemeld", k.aangemeld());
        ObjectNode afgesloten = casussen.putObject("afgesloten");
        k.afgesloten().forEach(afgesloten::put);
        afgesloten.put("totaal", k.afgeslotenTotaal());
        casussen.put("openOpJaareinde", k.openOpJaareinde());
        casusGroepen(casussen.putArray("perThema"), k.perThema());
        casusGroepen(casussen.putArray("perOrganisatie"), k.perOrganisatie());

        Rapportage.Besluiten b = r.besluiten();
        ObjectNode besluiten = o.putObject("besluiten");
        besluiten.put("doorbraken", b.doorbraken());
        besluiten.put("regulier", b.regulier());
        besluiten.put("totaal", b.totaal());
        besluiten.put("gecorrigeerd", b.gecorrigeerd());
        besluitGroepen(besluiten.putArray("perThema"), b.perThema());
        besluitGroepen(besluiten.putArray("perOrganisatie"), b.perOrganisatie());

        ObjectNode doorlooptijd = o.putObject("doorlooptijd");
        doorlooptijd.put("casussen", r.doorlooptijd().casussen());
        getal(doorlooptijd, "mediaanDagen", r.doorlooptijd().mediaanDagen());

        ObjectNode potjes = o.putObject("potjes");
        getal(potjes, "gestort", r.potjes().gestort());
        getal(potjes, "uitgegeven", r.potjes().uitgegeven());
        getal(potjes, "saldoOpJaareinde", r.potjes().saldoOpJaareinde());
        ArrayNode lijst = potjes.putArray("potjes");
        for (Rapportage.PotjeCijfers p : r.potjes().potjes()) {
            ObjectNode po = lijst.addObject();
            po.put("id", p.id());
            po.put("naam", p.naam());
            po.put("tafelId", p.tafelId());
            getal(po, "gestort", p.gestort());
            getal(po, "uitgegeven", p.uitgegeven());
            po.put("uitgaven", p.uitgaven());
            getal(po, "saldoOpJaareinde", p.saldoOpJaareinde());
        }

        ObjectNode besparing = o.putObject("besparing");
        getal(besparing, "bedrag", r.besparing().bedrag());
        besparing.put("bron", r.besparing().bron());
        besparing.put("besluiten", r.besparing().besluiten());

        ObjectNode acties = o.putObject("acties");
        acties.put("open", r.acties().open());
        acties.put("verlopen", r.acties().verlopen());
        acties.put("aangemaakt", r.acties().aangemaakt());
        acties.put("gereed", r.acties().gereed());

        ObjectNode escalaties = o.putObject("escalaties");
        escalaties.put("open", r.escalaties().open());
        escalaties.put("verlopen", r.escalaties().verlopen());
        escalaties.put("begonnen", r.escalaties().inJaar());
        ObjectNode perNiveau = escalaties.putObject("perNiveau");
        r.escalaties().perNiveau().forEach(perNiveau::put);

        ObjectNode signalen = o.putObject("signalen");
        ObjectNode perStatus = signalen.putObject("perStatus");
        for (Map.Entry<String, Rapportage.SignaalGroep> e : r.signalen().perStatus().entrySet()) {
            perStatus.putObject(e.getKey()).put("aantal", e.getValue().aantal()).put("gewicht", e.getValue().gewicht());
        }
        signalen.put("gemeldInJaar", r.signalen().gemeldInJaar());
        ArrayNode top = signalen.putArray("top");
        for (Rapportage.SignaalCijfers s : r.signalen().top()) {
            top.addObject().put("id", s.id()).put("regel", s.regel()).put("organisatie", s.organisatie())
                    .put("status", s.status()).put("gewicht", s.gewicht());
        }
        return o;
    }

    private static void casusGroepen(ArrayNode a, List<Rapportage.CasusGroep> groepen) {
        for (Rapportage.CasusGroep g : groepen) {
            a.addObject().put("naam", g.naam()).put("aangemeld", g.aangemeld()).put("afgesloten", g.afgesloten())
                    .put("openOpJaareinde", g.openOpJaareinde());
        }
    }

    private static void besluitGroepen(ArrayNode a, List<Rapportage.BesluitGroep> groepen) {
        for (Rapportage.BesluitGroep g : groepen) {
            ObjectNode o = a.addObject().put("naam", g.naam()).put("doorbraken", g.doorbraken())
                    .put("regulier", g.regulier());
            getal(o, "toegezegd", g.toegezegd());
        }
    }

    private static void totalen(ObjectNode o, Rapportage.Totalen t) {
        o.put("gemeente", t.gemeente());
        ObjectNode casussen = o.putObject("casussen");
        casussen.put("aangemeld", t.aangemeld());
        ObjectNode afgesloten = casussen.putObject("afgesloten");
        t.afgesloten().forEach(afgesloten::put);
        casussen.put("openOpJaareinde", t.openOpJaareinde());
        o.putObject("besluiten").put("doorbraken", t.doorbraken()).put("regulier", t.regulier());
        getal(o.putObject("doorlooptijd"), "mediaanDagen", t.mediaanDoorlooptijdDagen());
        ObjectNode potjes = o.putObject("potjes");
        getal(potjes, "gestort", t.potjesGestort());
        getal(potjes, "uitgegeven", t.potjesUitgegeven());
        getal(potjes, "saldoOpJaareinde", t.potjesSaldo());
        getal(o.putObject("besparing"), "bedrag", t.besparing());
        o.putObject("acties").put("open", t.actiesOpen()).put("verlopen", t.actiesVerlopen())
                .put("gereed", t.actiesGereed());
        o.putObject("escalaties").put("open", t.escalatiesOpen()).put("verlopen", t.escalatiesVerlopen())
                .put("begonnen", t.escalatiesInJaar());
        o.putObject("signalen").put("aantal", t.signalen());
    }

    private static void getal(ObjectNode o, String veld, BigDecimal waarde) {
        if (waarde == null) {
            o.putNull(veld);
        } else {
            o.put(veld, waarde);
        }
    }
}
