package nl.doorbraak.plugin.rodeknop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.opslag.VariantOpslag;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.plugin.rodeknop.Zaak.Soort;
import nl.doorbraak.plugin.rodeknop.Zaak.Status;

/**
 * De cijfers van de rode knop: zaken per partij en thema, de tijd tot het overleg, uitkomsten, open en afgerond,
 * follow-ups, en de lessen op de agenda van de Bestuurstafel. Alleen aantallen; voor het Rijk over alle gemeenten (een
 * thema dat een gemeente niet deelt telt als {@value #NIET_GEDEELD}), voor een gemeente over haar eigen zaken.
 * Gemaakt door {@link AgendaRoutes}, geen eigen component: elke component kost de start van het platform tijd.
 */
public class Cijfers {

    static final String NIET_GEDEELD = "niet-gedeeld";
    static final String ONBEKEND = "onbekend";

    private final Zaken zaken;
    private final VariantOpslag opslag;
    private final GemeenteService gemeenten;
    private final Partijen partijen;
    private final Agenda agenda;
    private final Clock klok;

    Cijfers(VariantOpslag opslag, GemeenteService gemeenten, Partijen partijen, Agenda agenda, Clock klok) {
        this.zaken = new Zaken(opslag, gemeenten::alle);
        this.opslag = opslag;
        this.gemeenten = gemeenten;
        this.partijen = partijen;
        this.agenda = agenda;
        this.klok = klok;
    }

    /** Over alle gemeenten, voor het Rijk. */
    Map<String, Object> platform() {
        List<Zaak> alle = zaken.alle();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bereik", "platform");
        m.putAll(bereken(alle, agenda.punten(null), partijen, vandaag(), true));
        Map<String, Integer> per = new TreeMap<>();
        gemeenten.alle().forEach(g -> per.put(g.id(), 0));
        alle.forEach(z -> per.merge(z.gemeente(), 1, Integer::sum));
        List<Map<String, Object>> perGemeente = new ArrayList<>();
        per.forEach((g, n) -> perGemeente.add(regel("gemeente", g, "naam", agenda.gemeenteNaam(g), n)));
        m.put("perGemeente", perGemeente);
        m.put("precedenten", precedenten(null));
        return m;
    }

    /**
     * Het 20 %-register: hoeveel precedenten er zijn en hoe vaak tafels ze gebruikten. Voor een gemeente: haar eigen
     * precedenten, hoe vaak tafels (van waar ook) die gebruikten, en hoe vaak haar tafels er een gebruikten.
     *
     * @param gemeente {@code null}: het hele platform
     */
    Map<String, Object> precedenten(String gemeente) {
        long aantal = 0;
        long gebruikt = 0;
        long doorGemeente = 0;
        for (Gemeente g : gemeenten.alle()) {
            for (var d : opslag.lijst(g.id(), Precedent.COLLECTIE)) {
                Precedent p = Precedent.vanOpslag(d.inhoud(), d.versie());
                if (gemeente == null || gemeente.equals(g.id())) {
                    aantal++;
                    gebruikt += p.gebruiktTotaal();
                }
                if (gemeente != null) {
                    doorGemeente += p.gebruikt().getOrDefault(gemeente, 0L);
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("aantal", aantal);
        m.put("gebruikt", gebruikt);
        if (gemeente != null) {
            m.put("gebruiktDoorDeGemeente", doorGemeente);
        }
        return m;
    }

    /** Alleen deze gemeente: haar zaken, en de agendapunten over regels die ook bij haar knellen. */
    Map<String, Object> gemeente(String gemeente) {
        Map<String, Regelgroep> eigen = agenda.groepenVan(gemeente);
        List<AgendaPunt> punten = agenda.punten(null).stream().filter(p -> eigen.containsKey(p.sleutel())).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bereik", "gemeente");
        m.put("gemeente", gemeente);
        m.put("naam", gemeenten.zoek(gemeente).map(Gemeente::naam).orElse(gemeente));
        m.putAll(bereken(zaken.vanGemeente(gemeente), punten, partijen, vandaag(), false));
        m.put("precedenten", precedenten(gemeente));
        return m;
    }

    private LocalDate vandaag() {
        return LocalDate.ofInstant(klok.instant(), RodeKnopService.ZONE);
    }

    /**
     * De cijfers zelf, zonder opslag.
     *
     * @param rijk of het Rijk kijkt: dan telt een niet gedeeld thema niet onder zijn naam
     */
    static Map<String, Object> bereken(List<Zaak> zaken, List<AgendaPunt> punten, Partijen partijen,
            LocalDate vandaag, boolean rijk) {
        Map<String, Object> m = new LinkedHashMap<>();

        Map<String, Object> aantal = new LinkedHashMap<>();
        aantal.put("totaal", zaken.size());
        aantal.put("open", zaken.stream().filter(z -> !z.isAfgerond()).count());
        aantal.put("afgerond", zaken.stream().filter(Zaak::isAfgerond).count());
        Map<String, Object> perStatus = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            perStatus.put(s.code(), zaken.stream().filter(z -> z.status() == s).count());
        }
        aantal.put("perStatus", perStatus);
        m.put("zaken", aantal);

        // a zaak addressed to two parties counts for each
        Map<String, Integer> perPartij = new LinkedHashMap<>();
        partijen.alle().forEach(p -> perPartij.put(p.id(), 0));
        zaken.forEach(z -> z.partijen().forEach(p -> perPartij.merge(p, 1, Integer::sum)));
        List<Map<String, Object>> partijLijst = new ArrayList<>();
        perPartij.forEach((id, n) -> {
            Partij p = partijen.zoek(id).orElse(null);
            Map<String, Object> r = regel("partij", id, "naam", p == null ? id : p.naam(), n);
            r.put("afkorting", p == null ? null : p.afkorting());
            partijLijst.add(r);
        });
        m.put("perPartij", partijLijst);

        Function<Zaak, String> thema = z -> z.thema() == null ? ONBEKEND
                : rijk && !z.gedeeld("thema") ? NIET_GEDEELD : z.thema();
        Map<String, Integer> perThema = new TreeMap<>();
        zaken.forEach(z -> perThema.merge(thema.apply(z), 1, Integer::sum));
        List<Map<String, Object>> themaLijst = new ArrayList<>();
        perThema.forEach((t, n) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("thema", t);
            r.put("zaken", n);
            themaLijst.add(r);
        });
        m.put("perThema", themaLijst);

        m.put("tijdTotOverleg", tijdTotOverleg(zaken));

        Map<String, Object> uitkomsten = new LinkedHashMap<>();
        for (Soort s : Soort.values()) {
            uitkomsten.put(s.code(), zaken.stream().filter(z -> z.uitkomst() != null && z.uitkomst().soort() == s)
                    .count());
        }
        m.put("uitkomsten", uitkomsten);

        Map<String, Object> followUps = new LinkedHashMap<>();
        followUps.put("aanDeBeurt", zaken.stream().filter(z -> z.followUpNodig(vandaag)).count());
        followUps.put("gepland", zaken.stream().filter(z -> z.status() == Status.UITKOMST
                && !z.followUpNodig(vandaag)).count());
        followUps.put("vastgelegd", zaken.stream().filter(Zaak::isAfgerond).count());
        m.put("followUps", followUps);

        Map<String, Object> lessen = new LinkedHashMap<>();
        lessen.put("totaal", punten.size());
        Map<String, Object> lesStatus = new LinkedHashMap<>();
        for (AgendaPunt.Status s : AgendaPunt.Status.values()) {
            lesStatus.put(s.code(), punten.stream().filter(p -> p.status() == s).count());
        }
        lessen.put("perStatus", lesStatus);
        m.put("lessen", lessen);
        return m;
    }

    /** Dagen van de rode knop tot de datum van het overleg, van de zaken waarvoor het overleg gepland is. */
    static Map<String, Object> tijdTotOverleg(List<Zaak> zaken) {
        List<Long> dagen = zaken.stream().filter(z -> z.ingediend() != null && z.overleg() != null
                && z.overleg().datum() != null)
                .map(z -> ChronoUnit.DAYS.between(LocalDate.ofInstant(z.ingediend(), RodeKnopService.ZONE),
                        z.overleg().datum()))
                .sorted().toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("aantal", dagen.size());
        if (dagen.isEmpty()) {
            m.put("mediaanDagen", null);
            m.put("gemiddeldeDagen", null);
            return m;
        }
        int n = dagen.size();
        double mediaan = n % 2 == 1 ? dagen.get(n / 2) : (dagen.get(n / 2 - 1) + dagen.get(n / 2)) / 2.0;
        double gemiddelde = dagen.stream().mapToLong(Long::longValue).average().orElse(0);
        m.put("mediaanDagen", afgerond(mediaan));
        m.put("gemiddeldeDagen", afgerond(gemiddelde));
        return m;
    }

    private static Number afgerond(double d) {
        BigDecimal b = BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP);
        return b.stripTrailingZeros().scale() <= 0 ? (Number) b.longValue() : (Number) b.doubleValue();
    }

    private static Map<String, Object> regel(String idNaam, String id, String naamVeld, String naam, int zaken) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put(idNaam, id);
        r.put(naamVeld, naam);
        r.put("zaken", zaken);
        return r;
    }
}
