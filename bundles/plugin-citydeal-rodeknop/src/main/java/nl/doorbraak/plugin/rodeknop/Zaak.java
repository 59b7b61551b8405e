package nl.doorbraak.plugin.rodeknop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Een rode-knopzaak: een casus die een gemeente aan het Rijk voorlegt. Bewaard in {@code VariantOpslag} van de
 * gemeente (collectie {@value #COLLECTIE}). {@code casusId} en {@code pseudoniem} zijn alleen voor de gemeente en voor
 * het verwerkingenlog; de Rijkspartij ziet alleen de velden in {@code gedeeld} (zie {@link #voorRijk}).
 *
 * @param regel       de regel die knelt: {@code omschrijving}, en {@code wet} en {@code artikel} waar bekend
 * @param gedeeld     welke van {@link #DEELBAAR} de gemeente deelt; {@code regel} en {@code vraag} altijd
 * @param escalatieId de escalatie naar het niveau Rijk in de core
 */
public record Zaak(String id, String gemeente, String casusId, String pseudoniem, String escalatieId,
        Instant ingediend, String ingediendDoor, Instant deadline, String thema, Regel regel, String geprobeerd,
        String vraag, String situatie, List<String> organisaties, List<String> partijen, Set<String> gedeeld,
        Status status, Overleg overleg, Uitkomst uitkomst, FollowUp followUp, long versie) {

    public static final String COLLECTIE = "zaken";
    public static final int SCHEMA = 1;
    /** Velden die de gemeente wel of niet deelt. */
    public static final List<String> DEELBAAR = List.of("thema", "geprobeerd", "situatie", "organisaties");

    public Zaak {
        organisaties = organisaties == null ? List.of() : List.copyOf(organisaties);
        partijen = List.copyOf(partijen);
        gedeeld = Set.copyOf(gedeeld);
    }

    /** De regel of werkwijze die knelt. */
    public record Regel(String omschrijving, String wet, String artikel) {
        Map<String, Object> naarJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("omschrijving", omschrijving);
            m.put("wet", wet);
            m.put("artikel", artikel);
            return m;
        }

        static Regel van(Map<String, Object> m) {
            return m == null ? null
                    : new Regel(Waarden.tekst(m, "omschrijving"), Waarden.tekst(m, "wet"), Waarden.tekst(m, "artikel"));
        }
    }

    public enum Status implements Gecodeerd {
        /** Gedrukt; wacht op het rode-knopoverleg. */
        INGEDIEND("ingediend"),
        OVERLEG_GEPLAND("overleg-gepland"),
        /** De uitkomst van het overleg staat vast; de follow-up volgt. */
        UITKOMST("uitkomst"),
        /** De follow-up is vastgelegd: op Rijksniveau af. */
        AFGEROND("afgerond");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Optional<Status> van(String code) {
            return Gecodeerd.van(Status.class, code);
        }
    }

    /** Soorten uitkomst van het rode-knopoverleg. */
    public enum Soort implements Gecodeerd {
        /** Een uitzondering op de regel is toegestaan. */
        DOORBRAAK("doorbraak"),
        /** Een landelijke regel is omgewisseld voor een betere lokale invulling (Ruimte voor de rivier). */
        OMWISSELBESLUIT("omwisselbesluit"),
        /** Geen oplossing, met de reden. */
        GEEN_OPLOSSING("geen-oplossing");

        private final String code;

        Soort(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Optional<Soort> van(String code) {
            return Gecodeerd.van(Soort.class, code);
        }

        static String codes() {
            return Gecodeerd.codes(Soort.class);
        }
    }

    public record Overleg(LocalDate datum, List<String> partijen, String toelichting, Instant gepland, String door) {
        public Overleg {
            partijen = List.copyOf(partijen);
        }
    }

    /** @param besparing wat de oplossing per jaar bespaart, in euro's; {@code null} als onbekend */
    public record Uitkomst(Soort soort, String toelichting, String reden, List<String> afspraken, Number besparing,
            Instant vastgelegd, String door) {
        public Uitkomst {
            afspraken = List.copyOf(afspraken);
        }
    }

    /**
     * @param vervalt    wanneer de follow-up aan de beurt is
     * @param gemeld     of het event daarover is verstuurd
     * @param opgelost   of de afspraken het probleem oplosten; {@code null} tot de follow-up is vastgelegd
     */
    public record FollowUp(LocalDate vervalt, boolean gemeld, Instant vastgelegd, String door, Boolean opgelost,
            String bevinding) {
    }

    public boolean isAfgerond() {
        return status == Status.AFGEROND;
    }

    public boolean gedeeld(String veld) {
        return gedeeld.contains(veld);
    }

    /** Of de follow-up aan de beurt is op deze dag. */
    public boolean followUpNodig(LocalDate vandaag) {
        return status == Status.UITKOMST && followUp != null && !followUp.vervalt().isAfter(vandaag);
    }

    public boolean verlopen(Instant nu) {
        return (status == Status.INGEDIEND || status == Status.OVERLEG_GEPLAND) && deadline != null
                && deadline.isBefore(nu);
    }

    public Zaak met(Status s, Overleg o, Uitkomst u, FollowUp f) {
        return new Zaak(id, gemeente, casusId, pseudoniem, escalatieId, ingediend, ingediendDoor, deadline, thema,
                regel, geprobeerd, vraag, situatie, organisaties, partijen, gedeeld, s, o, u, f, versie);
    }

    /** Zonder de persoonsgegevens van de casus (na het wissen ervan): alleen wat geanonimiseerd bruikbaar blijft. */
    public Zaak zonderPersoonsgegevens() {
        return new Zaak(id, gemeente, null, null, escalatieId, ingediend, null, deadline, thema, regel, null, vraag,
                null, List.of(), partijen, gedeeld, status, overleg, uitkomst, followUp, versie);
    }

    // --- opslag -------------------------------------------------------------------------------------------------

    Map<String, Object> naarOpslag() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("gemeente", gemeente);
        m.put("casusId", casusId);
        m.put("pseudoniem", pseudoniem);
        m.put("escalatieId", escalatieId);
        m.put("ingediend", str(ingediend));
        m.put("ingediendDoor", ingediendDoor);
        m.put("deadline", str(deadline));
        m.put("thema", thema);
        m.put("regel", regel == null ? null : regel.naarJson());
        m.put("geprobeerd", geprobeerd);
        m.put("vraag", vraag);
        m.put("situatie", situatie);
        m.put("organisaties", organisaties);
        m.put("partijen", partijen);
        m.put("gedeeld", DEELBAAR.stream().filter(gedeeld::contains).toList());
        m.put("status", status.code());
        m.put("overleg", overleg == null ? null : overlegJson(overleg));
        m.put("uitkomst", uitkomst == null ? null : uitkomstJson(uitkomst));
        m.put("followUp", followUp == null ? null : followUpJson(followUp, true));
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    static Zaak vanOpslag(Map<String, Object> m, long versie) {
        Map<String, Object> o = Waarden.object(m, "overleg");
        Map<String, Object> u = Waarden.object(m, "uitkomst");
        Map<String, Object> f = Waarden.object(m, "followUp");
        return new Zaak(Waarden.tekst(m, "id"), Waarden.tekst(m, "gemeente"), Waarden.tekst(m, "casusId"),
                Waarden.tekst(m, "pseudoniem"), Waarden.tekst(m, "escalatieId"), Waarden.tijd(m, "ingediend"),
                Waarden.tekst(m, "ingediendDoor"), Waarden.tijd(m, "deadline"), Waarden.tekst(m, "thema"),
                Regel.van(Waarden.object(m, "regel")), Waarden.tekst(m, "geprobeerd"), Waarden.tekst(m, "vraag"),
                Waarden.tekst(m, "situatie"), Waarden.lijst(m, "organisaties"), Waarden.lijst(m, "partijen"),
                Set.copyOf(Waarden.lijst(m, "gedeeld")),
                Status.van(Waarden.tekst(m, "status")).orElse(Status.INGEDIEND),
                o == null ? null : new Overleg(Waarden.datum(o, "datum"), Waarden.lijst(o, "partijen"),
                        Waarden.tekst(o, "toelichting"), Waarden.tijd(o, "gepland"), Waarden.tekst(o, "door")),
                u == null ? null : new Uitkomst(Soort.van(Waarden.tekst(u, "soort")).orElse(Soort.GEEN_OPLOSSING),
                        Waarden.tekst(u, "toelichting"), Waarden.tekst(u, "reden"), Waarden.lijst(u, "afspraken"),
                        Waarden.getal(u, "besparing"), Waarden.tijd(u, "vastgelegd"), Waarden.tekst(u, "door")),
                f == null ? null : new FollowUp(Waarden.datum(f, "vervalt"), Boolean.TRUE.equals(Waarden.janee(f,
                        "gemeld")), Waarden.tijd(f, "vastgelegd"), Waarden.tekst(f, "door"),
                        Waarden.janee(f, "opgelost"), Waarden.tekst(f, "bevinding")),
                versie);
    }

    // --- wat mensen zien --------------------------------------------------------------------------------------

    /** Alles, voor de gemeente zelf (niet het pseudoniem: dat is voor het verwerkingenlog). */
    public Map<String, Object> voorGemeente(Instant nu) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("casusId", casusId);
        m.put("escalatieId", escalatieId);
        m.put("status", status.code());
        m.put("ingediend", str(ingediend));
        m.put("ingediendDoor", ingediendDoor);
        m.put("deadline", str(deadline));
        m.put("verlopen", verlopen(nu));
        m.put("thema", thema);
        m.put("regel", regel == null ? null : regel.naarJson());
        m.put("geprobeerd", geprobeerd);
        m.put("vraag", vraag);
        m.put("situatie", situatie);
        m.put("organisaties", organisaties);
        m.put("partijen", partijen);
        m.put("gedeeld", gedeeldeVelden());
        m.put("overleg", overleg == null ? null : overlegJson(overleg));
        m.put("uitkomst", uitkomst == null ? null : uitkomstJson(uitkomst));
        m.put("followUp", followUp == null ? null : followUpJson(followUp, false));
        m.put("versie", versie);
        return m;
    }

    /** Wat de gemeente deelt: altijd regel en vraag, verder alleen de gekozen velden; nooit casus, naam of BSN. */
    public Map<String, Object> voorRijk(String gemeenteNaam, Instant nu) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("gemeente", gemeente);
        m.put("gemeenteNaam", gemeenteNaam);
        m.put("status", status.code());
        m.put("ingediend", str(ingediend));
        m.put("deadline", str(deadline));
        m.put("verlopen", verlopen(nu));
        m.put("regel", regel == null ? null : regel.naarJson());
        m.put("vraag", vraag);
        if (gedeeld("thema")) {
            m.put("thema", thema);
        }
        if (gedeeld("geprobeerd")) {
            m.put("geprobeerd", geprobeerd);
        }
        if (gedeeld("situatie")) {
            m.put("situatie", situatie);
        }
        if (gedeeld("organisaties")) {
            m.put("organisaties", organisaties);
        }
        m.put("partijen", partijen);
        m.put("gedeeld", gedeeldeVelden());
        m.put("overleg", overleg == null ? null : overlegJson(overleg));
        m.put("uitkomst", uitkomst == null ? null : uitkomstJson(uitkomst));
        m.put("followUp", followUp == null ? null : followUpJson(followUp, false));
        m.put("versie", versie);
        return m;
    }

    private List<String> gedeeldeVelden() {
        List<String> l = new java.util.ArrayList<>(List.of("regel", "vraag"));
        DEELBAAR.stream().filter(gedeeld::contains).forEach(l::add);
        return l;
    }

    private static Map<String, Object> overlegJson(Overleg o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("datum", str(o.datum()));
        m.put("partijen", o.partijen());
        m.put("toelichting", o.toelichting());
        m.put("gepland", str(o.gepland()));
        m.put("door", o.door());
        return m;
    }

    private static Map<String, Object> uitkomstJson(Uitkomst u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("soort", u.soort().code());
        m.put("toelichting", u.toelichting());
        m.put("reden", u.reden());
        m.put("afspraken", u.afspraken());
        m.put("besparing", u.besparing());
        m.put("vastgelegd", str(u.vastgelegd()));
        m.put("door", u.door());
        return m;
    }

    private static Map<String, Object> followUpJson(FollowUp f, boolean opslag) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vervalt", str(f.vervalt()));
        if (opslag) {
            m.put("gemeld", f.gemeld());
        }
        m.put("vastgelegd", str(f.vastgelegd()));
        m.put("door", f.door());
        m.put("opgelost", f.opgelost());
        m.put("bevinding", f.bevinding());
        return m;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    static String normaal(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }
}
