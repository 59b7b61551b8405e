package nl.doorbraak.web.routes;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.doorbraak.api.domein.Rapportage;

/**
 * De rapportage als CSV voor Excel: UTF-8 met BOM (anders leest Excel é en € verkeerd), puntkomma's als scheiding
 * en getallen in Nederlandse notatie zonder duizendtallen ({@code 1250,00}), zodat een Nederlandse Excel ze als
 * getal leest. Eén cijfer per regel ("lang" formaat): {@code gemeente;jaar;tafel;onderdeel;groep;cijfer;waarde}; zo
 * past alles in één tabel en maakt een draaitabel er elk overzicht van.
 */
public final class RapportageCsv {

    public static final String MEDIATYPE = "text/csv";
    static final String TYPE = MEDIATYPE + "; charset=UTF-8";
    public static final String KOP = "gemeente;jaar;tafel;onderdeel;groep;cijfer;waarde";
    /** In de groep-kolom voor casussen en besluiten zonder thema. */
    public static final String GEEN_THEMA = "(geen thema)";
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private final StringBuilder sb = new StringBuilder();
    private String voorloop;

    private RapportageCsv() {
        sb.append(KOP).append("\r\n");
    }

    static byte[] van(Rapportage r) {
        RapportageCsv c = new RapportageCsv();
        c.rapportage(r);
        return c.bytes();
    }

    static byte[] van(List<Rapportage.Totalen> alle) {
        RapportageCsv c = new RapportageCsv();
        for (Rapportage.Totalen t : alle) {
            c.voorloop(t.gemeente(), t.jaar(), null);
            c.getal("casussen", null, "aangemeld", t.aangemeld());
            t.afgesloten().forEach((resultaat, n) -> c.getal("casussen afgesloten", resultaat, "aantal", n));
            c.getal("casussen", null, "openOpJaareinde", t.openOpJaareinde());
            c.getal("besluiten", null, "doorbraken", t.doorbraken());
            c.getal("besluiten", null, "regulier", t.regulier());
            c.bedrag("doorlooptijd", null, "mediaanDagen", t.mediaanDoorlooptijdDagen());
            c.bedrag("potjes", null, "gestort", t.potjesGestort());
            c.bedrag("potjes", null, "uitgegeven", t.potjesUitgegeven());
            c.bedrag("potjes", null, "saldoOpJaareinde", t.potjesSaldo());
            c.bedrag("besparing", null, "bedrag", t.besparing());
            c.getal("acties", null, "open", t.actiesOpen());
            c.getal("acties", null, "verlopen", t.actiesVerlopen());
            c.getal("acties", null, "gereed", t.actiesGereed());
            c.getal("escalaties", null, "open", t.escalatiesOpen());
            c.getal("escalaties", null, "verlopen", t.escalatiesVerlopen());
            c.getal("escalaties", null, "begonnen", t.escalatiesInJaar());
            c.getal("signalen", null, "aantal", t.signalen());
        }
        return c.bytes();
    }

    private void rapportage(Rapportage r) {
        voorloop(r.gemeente(), r.jaar(), r.tafelId());
        Rapportage.Casussen k = r.casussen();
        getal("casussen", null, "aangemeld", k.aangemeld());
        k.afgesloten().forEach((resultaat, n) -> getal("casussen afgesloten", resultaat, "aantal", n));
        getal("casussen", null, "afgesloten", k.afgeslotenTotaal());
        getal("casussen", null, "openOpJaareinde", k.openOpJaareinde());
        for (Rapportage.CasusGroep g : k.perThema()) {
            casusGroep("casussen per thema", g.naam() == null ? GEEN_THEMA : g.naam(), g);
        }
        for (Rapportage.CasusGroep g : k.perOrganisatie()) {
            casusGroep("casussen per organisatie", g.naam(), g);
        }
        Rapportage.Besluiten b = r.besluiten();
        getal("besluiten", null, "doorbraken", b.doorbraken());
        getal("besluiten", null, "regulier", b.regulier());
        getal("besluiten", null, "gecorrigeerd", b.gecorrigeerd());
        for (Rapportage.BesluitGroep g : b.perThema()) {
            besluitGroep("besluiten per thema", g.naam() == null ? GEEN_THEMA : g.naam(), g);
        }
        for (Rapportage.BesluitGroep g : b.perOrganisatie()) {
            besluitGroep("besluiten per organisatie", g.naam(), g);
        }
        getal("doorlooptijd", null, "casussen", r.doorlooptijd().casussen());
        bedrag("doorlooptijd", null, "mediaanDagen", r.doorlooptijd().mediaanDagen());
        bedrag("potjes", null, "gestort", r.potjes().gestort());
        bedrag("potjes", null, "uitgegeven", r.potjes().uitgegeven());
        bedrag("potjes", null, "saldoOpJaareinde", r.potjes().saldoOpJaareinde());
        for (Rapportage.PotjeCijfers p : r.potjes().potjes()) {
            bedrag("potje", p.naam(), "gestort", p.gestort());
            bedrag("potje", p.naam(), "uitgegeven", p.uitgegeven());
            getal("potje", p.naam(), "uitgaven", p.uitgaven());
            bedrag("potje", p.naam(), "saldoOpJaareinde", p.saldoOpJaareinde());
        }
        bedrag("besparing", r.besparing().bron(), "bedrag", r.besparing().bedrag());
        getal("besparing", r.besparing().bron(), "besluiten", r.besparing().besluiten());
        getal("acties", null, "open", r.acties().open());
        getal("acties", null, "verlopen", r.acties().verlopen());
        getal("acties", null, "aangemaakt", r.acties().aangemaakt());
        getal("acties", null, "gereed", r.acties().gereed());
        getal("escalaties", null, "open", r.escalaties().open());
        getal("escalaties", null, "verlopen", r.escalaties().verlopen());
        r.escalaties().perNiveau().forEach((niveau, n) -> getal("escalaties per niveau", niveau, "begonnen", n));
        for (Map.Entry<String, Rapportage.SignaalGroep> e : r.signalen().perStatus().entrySet()) {
            getal("signalen per status", e.getKey(), "aantal", e.getValue().aantal());
            getal("signalen per status", e.getKey(), "gewicht", e.getValue().gewicht());
        }
        getal("signalen", null, "gemeldInJaar", r.signalen().gemeldInJaar());
        for (Rapportage.SignaalCijfers s : r.signalen().top()) {
            getal("zwaarste signalen", s.regel() + " (" + s.organisatie() + ")", "gewicht", s.gewicht());
        }
    }

    private void casusGroep(String onderdeel, String naam, Rapportage.CasusGroep g) {
        getal(onderdeel, naam, "aangemeld", g.aangemeld());
        getal(onderdeel, naam, "afgesloten", g.afgesloten());
        getal(onderdeel, naam, "openOpJaareinde", g.openOpJaareinde());
    }

    private void besluitGroep(String onderdeel, String naam, Rapportage.BesluitGroep g) {
        getal(onderdeel, naam, "doorbraken", g.doorbraken());
        getal(onderdeel, naam, "regulier", g.regulier());
        bedrag(onderdeel, naam, "toegezegd", g.toegezegd());
    }

    private void voorloop(String gemeente, int jaar, String tafel) {
        voorloop = veld(gemeente) + ";" + jaar + ";" + veld(tafel);
    }

    private void getal(String onderdeel, String groep, String cijfer, int waarde) {
        regel(onderdeel, groep, cijfer, Integer.toString(waarde));
    }

    /** Nederlandse notatie: komma als decimaalteken, geen duizendtallen; leeg als er geen waarde is. */
    private void bedrag(String onderdeel, String groep, String cijfer, BigDecimal waarde) {
        regel(onderdeel, groep, cijfer, waarde == null ? "" : waarde.toPlainString().replace('.', ','));
    }

    private void regel(String onderdeel, String groep, String cijfer, String waarde) {
        sb.append(voorloop).append(';').append(veld(onderdeel)).append(';').append(veld(groep)).append(';')
                .append(cijfer).append(';').append(waarde).append("\r\n");
    }

    /**
     * Een tekstveld: tussen aanhalingstekens als het ; " of een regeleinde bevat, en met een apostrof ervoor als het
     * met = + - @ begint, zodat Excel een tekst als {@code =HYPERLINK(...)} uit een signaal niet als formule uitvoert.
     */
    static String veld(String s) {
        if (s == null) {
            return "";
        }
        String t = s;
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        if (t.indexOf(';') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            t = '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }

    private byte[] bytes() {
        byte[] tekst = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[BOM.length + tekst.length];
        System.arraycopy(BOM, 0, b, 0, BOM.length);
        System.arraycopy(tekst, 0, b, BOM.length, tekst.length);
        return b;
    }

}
