package nl.doorbraak.core.rapportage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Rapportage;
import nl.doorbraak.api.domein.Resultaat;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.RapportageService;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Invoer;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.platform.Vereist;

/**
 * The yearly figures of a gemeente or tafel. All rows are read in one read-only connection and aggregated here: the
 * median is computed in Java from the timestamps (percentile functions differ between H2 and PostgreSQL), and groups
 * are counted once per casus or besluit. The work, without questions of access: {@link RapportageServiceImpl} is the
 * door.
 */
@Component(service = RapportageKern.class)
public final class RapportageKern {

    static final int TOP_SIGNALEN = 10;
    private static final BigDecimal NUL = BigDecimal.ZERO.setScale(2);
    /** Groups sort by name; "no thema" (null) last. */
    private static final Comparator<String> OP_NAAM = Comparator.nullsLast(Comparator.naturalOrder());

    private final Database db;
    private final GemeenteService gemeenten;
    private final RapportageStore store = new RapportageStore();
    /** In order of precedence; the perspectiefplan's rekentool goes in front when it exists. */
    private final List<Besparingsbron> bronnen = List.of(new PerspectiefplanBron(), new WaardendriehoekBron());

    @Activate
    public RapportageKern(@Reference(name = "database") Database db,
            @Reference(name = "gemeenten") GemeenteService gemeenten) {
        this.db = db;
        this.gemeenten = gemeenten;
    }

    public Rapportage rapportage(String gemeente, int jaar, String tafelId) {
        Vereist.gemeente(gemeenten, gemeente);
        Invoer invoer = new Invoer();
        controleerJaar(invoer, jaar);
        String tafel = invoer.optioneel("tafel", "De tafel", tafelId, 36);
        invoer.controleer();
        if (tafel != null && !db.lees(c -> store.tafelBestaat(c, gemeente, tafel))) {
            invoer.fout("tafel", Invoer.ONBEKEND, "Tafel '" + tafel + "' bestaat niet in deze gemeente.").controleer();
        }
        return bereken(gemeente, jaar, tafel, Periode.jaar(jaar, Tijd.nu()));
    }

    public List<Rapportage.Totalen> platform(int jaar) {
        Invoer invoer = new Invoer();
        controleerJaar(invoer, jaar);
        invoer.controleer();
        Periode p = Periode.jaar(jaar, Tijd.nu());
        List<Rapportage.Totalen> l = new ArrayList<>();
        for (Gemeente g : gemeenten.alle().stream().sorted(Comparator.comparing(Gemeente::id)).toList()) {
            l.add(bereken(g.id(), jaar, null, p).totalen());
        }
        return l;
    }

    private static void controleerJaar(Invoer invoer, int jaar) {
        if (jaar < RapportageService.EERSTE_JAAR || jaar > RapportageService.LAATSTE_JAAR) {
            invoer.fout("jaar", Invoer.WAARDE, "Een rapportage kan over de jaren " + RapportageService.EERSTE_JAAR
                    + " tot en met " + RapportageService.LAATSTE_JAAR + "; " + jaar + " kan niet.");
        }
    }

    /** Package-private with a fixed "now", so tests can pin the present. */
    Rapportage bereken(String gemeente, int jaar, String tafel, Periode p) {
        return db.lees(c -> {
            List<RapportageStore.CasusRij> casussen = store.casussen(c, gemeente, tafel, p);
            Map<String, List<String>> organisaties = store.casusOrganisaties(c, gemeente, tafel, p);
            List<RapportageStore.BesluitRij> besluiten = store.besluiten(c, gemeente, tafel, p);
            List<RapportageStore.Organisatie> deelnemers = store.besluitDeelnemers(c, gemeente, tafel, p);
            List<RapportageStore.Organisatie> toezeggingen = store.toezeggingen(c, gemeente, tafel, p);
            List<RapportageStore.BesluitRij> doorbraken = besluiten.stream()
                    .filter(b -> !b.gecorrigeerd() && BesluitSoort.DOORBRAAK.code().equals(b.soort())).toList();
            Map<String, BigDecimal> besparing = new HashMap<>();
            Set<String> gebruikteBronnen = new LinkedHashSet<>();
            for (Besparingsbron bron : bronnen) {
                List<RapportageStore.BesluitRij> nogOpen = doorbraken.stream()
                        .filter(b -> !besparing.containsKey(b.id())).toList();
                if (nogOpen.isEmpty()) {
                    break;
                }
                Map<String, BigDecimal> s = bron.schat(c, gemeente, nogOpen);
                if (!s.isEmpty()) {
                    besparing.putAll(s);
                    gebruikteBronnen.add(bron.naam());
                }
            }
            int[] acties = store.acties(c, gemeente, tafel, p);
            int[] escalaties = store.escalatiesNu(c, gemeente, tafel, p);
            return new Rapportage(gemeente, jaar, tafel, p.nu(), casussen(casussen, organisaties, p),
                    besluiten(besluiten, deelnemers, toezeggingen), doorlooptijd(casussen, p),
                    potjes(store.potjes(c, gemeente, tafel, p), store.mutaties(c, gemeente, p), p),
                    new Rapportage.Besparing(som(besparing.values()), gebruikteBronnen.isEmpty()
                            ? bronnen.get(bronnen.size() - 1).naam() : String.join("+", gebruikteBronnen),
                            besparing.size()),
                    new Rapportage.Acties(acties[0], acties[1], acties[2], acties[3]),
                    new Rapportage.Escalaties(escalaties[0], escalaties[1],
                            store.escalatiesPerNiveau(c, gemeente, tafel, p)),
                    signalen(store.signalen(c, gemeente, tafel, p), tafel != null, p));
        });
    }

    // ---------------------------------------------------------------- casussen

    private static Rapportage.Casussen casussen(List<RapportageStore.CasusRij> rijen,
            Map<String, List<String>> organisaties, Periode p) {
        Map<String, Integer> afgesloten = new LinkedHashMap<>();
        for (Resultaat r : Resultaat.values()) {
            afgesloten.put(r.code(), 0);
        }
        int aangemeld = 0;
        int open = 0;
        Map<String, int[]> perThema = new TreeMap<>(OP_NAAM);
        Map<String, int[]> perOrganisatie = new TreeMap<>(OP_NAAM);
        for (RapportageStore.CasusRij k : rijen) {
            boolean isAangemeld = p.bevat(k.aangemeld());
            boolean isAfgesloten = p.bevat(k.afgesloten());
            boolean isOpen = k.afgesloten() == null || !k.afgesloten().isBefore(p.einde());
            if (isAangemeld) {
                aangemeld++;
            }
            if (isAfgesloten && k.resultaat() != null) {
                afgesloten.merge(k.resultaat(), 1, Integer::sum);
            }
            if (isOpen) {
                open++;
            }
            List<int[]> groepen = new ArrayList<>();
            groepen.add(perThema.computeIfAbsent(k.thema(), t -> new int[3]));
            for (String o : new LinkedHashSet<>(organisaties.getOrDefault(k.id(), List.of()))) {
                groepen.add(perOrganisatie.computeIfAbsent(o, x -> new int[3]));
            }
            for (int[] g : groepen) {
                g[0] += isAangemeld ? 1 : 0;
                g[1] += isAfgesloten ? 1 : 0;
                g[2] += isOpen ? 1 : 0;
            }
        }
        return new Rapportage.Casussen(aangemeld, afgesloten, open, casusGroepen(perThema),
                casusGroepen(perOrganisatie));
    }

    private static List<Rapportage.CasusGroep> casusGroepen(Map<String, int[]> m) {
        List<Rapportage.CasusGroep> l = new ArrayList<>();
        m.forEach((naam, t) -> l.add(new Rapportage.CasusGroep(naam, t[0], t[1], t[2])));
        return l;
    }

    /** Calendar days (Dutch time) from aanmelden to afsluiten, of the casussen closed in the year. */
    private static Rapportage.Doorlooptijd doorlooptijd(List<RapportageStore.CasusRij> rijen, Periode p) {
        List<Long> dagen = new ArrayList<>();
        for (RapportageStore.CasusRij k : rijen) {
            if (p.bevat(k.afgesloten())) {
                dagen.add(ChronoUnit.DAYS.between(datum(k.aangemeld()), datum(k.afgesloten())));
            }
        }
        return new Rapportage.Doorlooptijd(dagen.size(), mediaan(dagen));
    }

    static BigDecimal mediaan(List<Long> waarden) {
        if (waarden.isEmpty()) {
            return null;
        }
        List<Long> s = waarden.stream().sorted().toList();
        int n = s.size();
        BigDecimal m = n % 2 == 1 ? BigDecimal.valueOf(s.get(n / 2))
                : BigDecimal.valueOf(s.get(n / 2 - 1) + s.get(n / 2)).divide(BigDecimal.valueOf(2));
        return m.setScale(1, RoundingMode.HALF_UP);
    }

    private static java.time.LocalDate datum(Instant t) {
        return t.atZone(Tijd.NEDERLAND).toLocalDate();
    }

    // ---------------------------------------------------------------- besluiten

    private static Rapportage.Besluiten besluiten(List<RapportageStore.BesluitRij> rijen,
            List<RapportageStore.Organisatie> deelnemers, List<RapportageStore.Organisatie> toezeggingen) {
        Map<String, RapportageStore.BesluitRij> geldend = new LinkedHashMap<>();
        int gecorrigeerd = 0;
        for (RapportageStore.BesluitRij b : rijen) {
            if (b.gecorrigeerd()) {
                gecorrigeerd++;
            } else {
                geldend.put(b.id(), b);
            }
        }
        Map<String, Groep> perThema = new TreeMap<>(OP_NAAM);
        Map<String, BigDecimal> toegezegdPerBesluit = new HashMap<>();
        for (RapportageStore.Organisatie t : toezeggingen) {
            toegezegdPerBesluit.merge(t.id(), t.bedrag(), BigDecimal::add);
        }
        for (RapportageStore.BesluitRij b : geldend.values()) {
            perThema.computeIfAbsent(b.thema(), x -> new Groep()).tel(b.soort(),
                    toegezegdPerBesluit.getOrDefault(b.id(), BigDecimal.ZERO));
        }
        // an organisatie took part in a besluit through a deelnemer or a toezegging; counted once per besluit
        Map<String, Set<String>> besluitenPerOrganisatie = new TreeMap<>();
        Map<String, BigDecimal> toegezegdPerOrganisatie = new HashMap<>();
        for (List<RapportageStore.Organisatie> bron : List.of(deelnemers, toezeggingen)) {
            for (RapportageStore.Organisatie o : bron) {
                if (geldend.containsKey(o.id())) {
                    besluitenPerOrganisatie.computeIfAbsent(o.organisatie(), x -> new HashSet<>()).add(o.id());
                    if (o.bedrag() != null) {
                        toegezegdPerOrganisatie.merge(o.organisatie(), o.bedrag(), BigDecimal::add);
                    }
                }
            }
        }
        Map<String, Groep> perOrganisatie = new TreeMap<>(OP_NAAM);
        besluitenPerOrganisatie.forEach((org, ids) -> {
            Groep g = perOrganisatie.computeIfAbsent(org, x -> new Groep());
            for (String id : ids) {
                g.tel(geldend.get(id).soort(), BigDecimal.ZERO);
            }
            g.toegezegd = g.toegezegd.add(toegezegdPerOrganisatie.getOrDefault(org, BigDecimal.ZERO));
        });
        long doorbraken = geldend.values().stream().filter(b -> BesluitSoort.DOORBRAAK.code().equals(b.soort())).count();
        return new Rapportage.Besluiten((int) doorbraken, geldend.size() - (int) doorbraken, gecorrigeerd,
                besluitGroepen(perThema), besluitGroepen(perOrganisatie));
    }

    private static final class Groep {
        int doorbraken;
        int regulier;
        BigDecimal toegezegd = BigDecimal.ZERO;

        void tel(String soort, BigDecimal bedrag) {
            if (BesluitSoort.DOORBRAAK.code().equals(soort)) {
                doorbraken++;
            } else {
                regulier++;
            }
            toegezegd = toegezegd.add(bedrag);
        }
    }

    private static List<Rapportage.BesluitGroep> besluitGroepen(Map<String, Groep> m) {
        List<Rapportage.BesluitGroep> l = new ArrayList<>();
        m.forEach((naam, g) -> l.add(new Rapportage.BesluitGroep(naam, g.doorbraken, g.regulier,
                g.toegezegd.setScale(2, RoundingMode.UNNECESSARY))));
        return l;
    }

    // ---------------------------------------------------------------- potjes

    private static Rapportage.Potjes potjes(List<RapportageStore.PotjeRij> potjes,
            List<RapportageStore.MutatieRij> mutaties, Periode p) {
        Map<String, List<RapportageStore.MutatieRij>> perPotje = new HashMap<>();
        for (RapportageStore.MutatieRij m : mutaties) {
            perPotje.computeIfAbsent(m.potjeId(), x -> new ArrayList<>()).add(m);
        }
        List<Rapportage.PotjeCijfers> l = new ArrayList<>();
        for (RapportageStore.PotjeRij pot : potjes) {
            BigDecimal gestort = NUL;
            BigDecimal uitgegeven = NUL;
            int uitgaven = 0;
            BigDecimal saldo = NUL;
            // in volgnummer order: the last one before the end of the year gives the saldo then
            for (RapportageStore.MutatieRij m : perPotje.getOrDefault(pot.id(), List.of())) {
                saldo = m.saldoNa();
                if (p.bevat(m.op())) {
                    if ("storting".equals(m.soort())) {
                        gestort = gestort.add(m.bedrag());
                    } else {
                        uitgegeven = uitgegeven.add(m.bedrag());
                        uitgaven++;
                    }
                }
            }
            l.add(new Rapportage.PotjeCijfers(pot.id(), pot.naam(), pot.tafelId(), gestort, uitgegeven, uitgaven,
                    saldo));
        }
        return new Rapportage.Potjes(som(l, Rapportage.PotjeCijfers::gestort),
                som(l, Rapportage.PotjeCijfers::uitgegeven), som(l, Rapportage.PotjeCijfers::saldoOpJaareinde), l);
    }

    private static <T> BigDecimal som(List<T> l, Function<T, BigDecimal> veld) {
        return som(l.stream().map(veld).toList());
    }

    private static BigDecimal som(java.util.Collection<BigDecimal> bedragen) {
        return bedragen.stream().filter(Objects::nonNull).reduce(NUL, BigDecimal::add).setScale(2, RoundingMode.UNNECESSARY);
    }

    // ---------------------------------------------------------------- signalen

    private static Rapportage.Signalen signalen(List<RapportageStore.SignaalRij> rijen, boolean perTafel, Periode p) {
        List<RapportageStore.SignaalRij> mee = perTafel ? rijen.stream().filter(s -> s.gewicht() > 0).toList() : rijen;
        Map<String, Rapportage.SignaalGroep> perStatus = new LinkedHashMap<>();
        for (SignaalStatus s : SignaalStatus.values()) {
            int aantal = 0;
            int gewicht = 0;
            for (RapportageStore.SignaalRij r : mee) {
                if (s.code().equals(r.status())) {
                    aantal++;
                    gewicht += r.gewicht();
                }
            }
            perStatus.put(s.code(), new Rapportage.SignaalGroep(aantal, gewicht));
        }
        int gemeld = (int) mee.stream().filter(s -> p.bevat(s.aangemaakt())).count();
        // rijen come oldest first; a stable sort keeps that order for equal weights
        List<Rapportage.SignaalCijfers> top = mee.stream()
                .sorted(Comparator.comparingInt(RapportageStore.SignaalRij::gewicht).reversed()).limit(TOP_SIGNALEN)
                .map(s -> new Rapportage.SignaalCijfers(s.id(), s.regel(), s.organisatie(), s.status(), s.gewicht()))
                .toList();
        return new Rapportage.Signalen(perStatus, gemeld, top);
    }
}
