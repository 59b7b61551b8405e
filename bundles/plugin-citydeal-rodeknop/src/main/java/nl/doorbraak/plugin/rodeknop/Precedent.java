package nl.doorbraak.plugin.rodeknop;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.domein.Toezegging;
import nl.doorbraak.plugin.rodeknop.Zaak.Regel;

/**
 * Een precedent in het 20 %-register: een doorbraakbesluit van een tafel of een uitkomst van de rode knop,
 * geanonimiseerd, zodat een tafel in een andere gemeente ziet dat een regel eerder opzij is gezet, waar, voor wat voor
 * situatie (thema) en wat het bespaarde. Bewaard in {@code VariantOpslag} onder de gemeente van herkomst (collectie
 * {@value #COLLECTIE}).
 *
 * <p>Wat er <b>nooit</b> in staat: het id van de casus, het besluit of de zaak (het id van een precedent is een hash
 * daarvan), pseudoniem, initialen, titel, hulpvraag, de omschrijving of waardendriehoek van het besluit, wie het nam,
 * de omschrijvingen van toezeggingen en uitgaven, en de vrije tekst die de gemeente bij de rode knop schreef. Alleen
 * velden die hier in de constructor staan gaan mee; {@link #vanBesluit} en {@link #vanZaak} kiezen ze uit.
 *
 * @param maand        de maand van het besluit of de uitkomst, niet de dag
 * @param regels       de regel(s) die opzij gingen: {@code omschrijving}, en bij de rode knop {@code wet} en
 *                     {@code artikel} waar bekend
 * @param regelBron    {@code signaal} (de regels van de signalen bij de casus), {@code thema} (geen signaal: het thema
 *                     van de casus) of {@code rodeknop} (de regel bij de rode knop)
 * @param kosten       wat het besluit kostte: toezeggingen plus uitgaven uit het potje; {@code null} bij de rode knop
 * @param besparing    wat het per jaar bespaart; {@code null} als onbekend
 * @param besparingBron {@code perspectiefplan}, {@code waardendriehoek} (de schatting van de tafel) of {@code rijk}
 * @param toelichting  bij de rode knop: de toelichting van het Rijk op de uitkomst
 * @param reden        bij geen oplossing: de reden die het Rijk gaf
 * @param afspraken    bij de rode knop: de afspraken uit het overleg
 * @param gebruikt     hoe vaak een tafel het precedent gebruikte, per gemeente (nooit welke casus)
 * @param vastgelegd   wanneer het precedent ontstond; alleen voor de volgorde, niet getoond
 */
public record Precedent(String id, String gemeente, String gemeenteNaam, YearMonth maand, Soort soort, String thema,
        List<Regel> regels, String regelBron, BigDecimal kosten, BigDecimal besparing, String besparingBron,
        String toelichting, String reden, List<String> afspraken, Map<String, Long> gebruikt, Instant vastgelegd,
        long versie) {

    public static final String COLLECTIE = "precedenten";
    public static final int SCHEMA = 1;
    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    public Precedent {
        regels = regels == null ? List.of() : List.copyOf(regels);
        afspraken = afspraken == null ? List.of() : List.copyOf(afspraken);
        gebruikt = gebruikt == null ? Map.of() : Map.copyOf(gebruikt);
    }

    /** Waar het precedent vandaan komt. */
    public enum Soort implements Gecodeerd {
        DOORBRAAKBESLUIT("doorbraakbesluit", "doorbraakbesluit van de tafel"),
        DOORBRAAK("doorbraak", "rode knop: het Rijk stond een uitzondering toe"),
        OMWISSELBESLUIT("omwisselbesluit", "rode knop: omwisselbesluit"),
        GEEN_OPLOSSING("geen-oplossing", "rode knop: geen oplossing");

        private final String code;
        private final String naam;

        Soort(String code, String naam) {
            this.code = code;
            this.naam = naam;
        }

        public String code() {
            return code;
        }

        public String naam() {
            return naam;
        }

        static Optional<Soort> van(String code) {
            return Gecodeerd.van(Soort.class, code);
        }

        static String codes() {
            return Gecodeerd.codes(Soort.class);
        }

        static Soort van(Zaak.Soort s) {
            return switch (s) {
                case DOORBRAAK -> DOORBRAAK;
                case OMWISSELBESLUIT -> OMWISSELBESLUIT;
                case GEEN_OPLOSSING -> GEEN_OPLOSSING;
            };
        }
    }

    // --- maken ----------------------------------------------------------------------------------------------

    /** Het id van het precedent van een besluit: een hash, zodat het id van het besluit niet naar buiten gaat. */
    static String idVanBesluit(String gemeente, String besluitId) {
        return "p-" + hash("besluit:" + gemeente + ":" + besluitId);
    }

    static String idVanZaak(String gemeente, String zaakId) {
        return "p-" + hash("rodeknop:" + gemeente + ":" + zaakId);
    }

    /**
     * Het precedent van een doorbraakbesluit.
     *
     * @param thema              het thema van de casus (een keuze uit een lijst, geen vrije tekst); mag {@code null}
     * @param signaalRegels      de {@code regel} van de signalen die aan de casus gekoppeld zijn
     * @param planBesparing      de besparing per jaar uit het perspectiefplan van de casus; {@code null} zonder plan
     */
    static Precedent vanBesluit(String gemeente, String gemeenteNaam, Besluit b, String thema,
            List<String> signaalRegels, BigDecimal planBesparing, Instant nu) {
        List<Regel> regels = new ArrayList<>();
        new LinkedHashSet<>(signaalRegels == null ? List.<String>of() : signaalRegels).stream()
                .filter(r -> r != null && !r.isBlank()).forEach(r -> regels.add(new Regel(r.trim(), null, null)));
        String bron = "signaal";
        String t = Zaak.normaal(thema);
        if (regels.isEmpty()) {
            bron = "thema";
            if (t != null && !t.isBlank()) {
                regels.add(new Regel(t, null, null));
            }
        }
        BigDecimal kosten = BigDecimal.ZERO;
        for (Toezegging z : b.toezeggingen()) {
            kosten = kosten.add(z.bedrag() == null ? BigDecimal.ZERO : z.bedrag());
        }
        for (PotjeMutatie m : b.uitgaven()) {
            if (!PotjeMutatie.STORTING.equals(m.soort()) && m.bedrag() != null) {
                kosten = kosten.add(m.bedrag());
            }
        }
        BigDecimal besparing = planBesparing;
        String besparingBron = planBesparing == null ? null : "perspectiefplan";
        if (besparing == null && b.waardendriehoek() != null && b.waardendriehoek().rendementBedrag() != null) {
            besparing = b.waardendriehoek().rendementBedrag();
            besparingBron = "waardendriehoek";
        }
        Instant op = b.genomen() == null ? nu : b.genomen();
        return new Precedent(idVanBesluit(gemeente, b.id()), gemeente, gemeenteNaam,
                YearMonth.from(op.atZone(RodeKnopService.ZONE)), Soort.DOORBRAAKBESLUIT, t, regels, bron, kosten,
                besparing, besparingBron, null, null, List.of(), Map.of(), op, 0);
    }

    /** Het precedent van de uitkomst van een rode-knopzaak; leeg zolang er geen uitkomst is. */
    static Optional<Precedent> vanZaak(Zaak z, String gemeenteNaam, Instant nu) {
        Zaak.Uitkomst u = z.uitkomst();
        if (u == null || u.soort() == null) {
            return Optional.empty();
        }
        Instant op = u.vastgelegd() == null ? nu : u.vastgelegd();
        Regel r = z.regel();
        List<Regel> regels = r == null || r.omschrijving() == null ? List.of()
                : List.of(new Regel(r.omschrijving(), r.wet(), r.artikel()));
        BigDecimal besparing = u.besparing() == null ? null : new BigDecimal(u.besparing().toString());
        return Optional.of(new Precedent(idVanZaak(z.gemeente(), z.id()), z.gemeente(), gemeenteNaam,
                YearMonth.from(op.atZone(RodeKnopService.ZONE)), Soort.van(u.soort()), Zaak.normaal(z.thema()),
                regels, "rodeknop", null, besparing, besparing == null ? null : "rijk", u.toelichting(),
                u.reden(), u.afspraken(), Map.of(), op, 0));
    }

    /** Met één keer meer gebruikt door een tafel van deze gemeente. */
    Precedent gebruiktDoor(String gemeenteId) {
        Map<String, Long> g = new LinkedHashMap<>(gebruikt);
        g.merge(gemeenteId, 1L, Long::sum);
        return met(g);
    }

    Precedent met(Map<String, Long> nieuwGebruikt) {
        return new Precedent(id, gemeente, gemeenteNaam, maand, soort, thema, regels, regelBron, kosten, besparing,
                besparingBron, toelichting, reden, afspraken, nieuwGebruikt, vastgelegd, versie);
    }

    long gebruiktTotaal() {
        return gebruikt.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Of een van de regels (omschrijving, wet of artikel) deze tekst bevat, hoofdletters maken niet uit. */
    boolean regelBevat(String tekst) {
        String t = tekst.toLowerCase(Locale.ROOT);
        for (Regel r : regels) {
            for (String deel : new String[] { r.omschrijving(), r.wet(), r.artikel() }) {
                if (deel != null && deel.toLowerCase(Locale.ROOT).contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    // --- opslag ---------------------------------------------------------------------------------------------

    Map<String, Object> naarOpslag() {
        Map<String, Object> m = velden(gemeenteNaam, null);
        m.put("gebruikt", new LinkedHashMap<>(gebruikt));
        m.put("vastgelegd", vastgelegd.toString());
        m.values().removeIf(Objects::isNull);
        return m;
    }

    /** What is stored and what is shown alike, in this order; {@code soortNaam} only for people. */
    private Map<String, Object> velden(String gNaam, String soortNaam) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("gemeente", gemeente);
        m.put("gemeenteNaam", gNaam);
        m.put("maand", maand.toString());
        m.put("soort", soort.code());
        if (soortNaam != null) {
            m.put("soortNaam", soortNaam);
        }
        m.put("thema", thema);
        m.put("regels", regels.stream().map(Regel::naarJson).toList());
        m.put("regelBron", regelBron);
        m.put("kosten", kosten);
        m.put("besparing", besparing);
        m.put("besparingBron", besparingBron);
        m.put("toelichting", toelichting);
        m.put("reden", reden);
        m.put("afspraken", afspraken);
        return m;
    }

    static Precedent vanOpslag(Map<String, Object> m, long versie) {
        List<Regel> regels = new ArrayList<>();
        if (m.get("regels") instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> r) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> rm = (Map<String, Object>) r;
                    regels.add(Regel.van(rm));
                }
            }
        }
        Map<String, Long> gebruikt = new LinkedHashMap<>();
        Map<String, Object> g = Waarden.object(m, "gebruikt");
        if (g != null) {
            g.forEach((k, v) -> {
                if (v instanceof Number n) {
                    gebruikt.put(k, n.longValue());
                }
            });
        }
        return new Precedent(Waarden.tekst(m, "id"), Waarden.tekst(m, "gemeente"), Waarden.tekst(m, "gemeenteNaam"),
                YearMonth.parse(Waarden.tekst(m, "maand")),
                Soort.van(Waarden.tekst(m, "soort")).orElse(Soort.DOORBRAAKBESLUIT), Waarden.tekst(m, "thema"), regels,
                Waarden.tekst(m, "regelBron"), bedrag(Waarden.getal(m, "kosten")),
                bedrag(Waarden.getal(m, "besparing")), Waarden.tekst(m, "besparingBron"),
                Waarden.tekst(m, "toelichting"), Waarden.tekst(m, "reden"), Waarden.lijst(m, "afspraken"), gebruikt,
                Waarden.tijd(m, "vastgelegd"), versie);
    }

    private static BigDecimal bedrag(Number n) {
        return n == null ? null : new BigDecimal(n.toString());
    }

    // --- wat mensen zien --------------------------------------------------------------------------------------

    /**
     * Wat een gebruiker ziet (van elke gemeente en het Rijk): alles behalve het tijdstip en wie het gebruikte.
     *
     * @param naam de huidige naam van de gemeente van herkomst
     */
    Map<String, Object> voorZoeker(String naam) {
        String gNaam = naam != null ? naam : gemeenteNaam != null ? gemeenteNaam : gemeente;
        Map<String, Object> m = velden(gNaam, soort.naam());
        m.put("gebruikt", gebruiktTotaal());
        m.put("samenvatting", samenvatting(gNaam));
        return m;
    }

    /** "Deze regel is eerder opzijgezet, in gemeente X, voor een situatie als deze, en dit bespaarde het." */
    String samenvatting(String gNaam) {
        String regel = regels.isEmpty() ? "een regel" : regels.stream().map(Precedent::regelTekst)
                .reduce((a, b) -> a + "' en '" + b).map(s -> "'" + s + "'").orElseThrow();
        String situatie = thema == null ? "" : ", bij een situatie over " + thema;
        if ("thema".equals(regelBron)) {
            // no signaal named the rule: say so rather than call the theme a rule
            regel = "een regel";
            situatie = thema == null ? "" : " (welke regel is niet vastgelegd), bij een situatie over " + thema;
        }
        String wanneer = gNaam + " (" + maand.format(DateTimeFormatter.ofPattern("MMMM yyyy", NL)) + ")";
        StringBuilder sb = new StringBuilder();
        switch (soort) {
            case DOORBRAAKBESLUIT -> sb.append("De doorbraaktafel in ").append(wanneer).append(" zette ").append(regel)
                    .append(" opzij").append(situatie).append('.');
            case DOORBRAAK -> sb.append("Na de rode knop in ").append(wanneer).append(" stond het Rijk een uitzondering ")
                    .append("toe op ").append(regel).append(situatie).append('.');
            case OMWISSELBESLUIT -> sb.append("Na de rode knop in ").append(wanneer).append(" werd ").append(regel)
                    .append(" omgewisseld voor een lokale invulling").append(situatie).append('.');
            case GEEN_OPLOSSING -> sb.append("Na de rode knop in ").append(wanneer).append(" vond het Rijk voor ")
                    .append(regel).append(" geen oplossing").append(situatie)
                    .append(reden == null ? "." : ": " + reden + (reden.endsWith(".") ? "" : "."));
        }
        if (kosten != null && kosten.signum() > 0) {
            sb.append(" Het kostte ").append(euro(kosten)).append('.');
        }
        if (besparing != null) {
            sb.append(besparing.signum() >= 0 ? " Het bespaart " + euro(besparing) + " per jaar"
                    : " Het kost per saldo " + euro(besparing.negate()) + " per jaar");
            sb.append("perspectiefplan".equals(besparingBron) ? " (perspectiefplan)."
                    : "waardendriehoek".equals(besparingBron) ? " (schatting van de tafel)." : ".");
        }
        return sb.toString();
    }

    private static String regelTekst(Regel r) {
        StringBuilder sb = new StringBuilder(r.omschrijving());
        if (r.artikel() != null || r.wet() != null) {
            sb.append(" (").append(String.join(" ", java.util.stream.Stream.of(r.artikel(), r.wet())
                    .filter(Objects::nonNull).toList())).append(')');
        }
        return sb.toString();
    }

    static String euro(BigDecimal b) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(NL));
        return "€ " + f.format(b);
    }

    private static String hash(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze Java", e);
        }
    }
}
