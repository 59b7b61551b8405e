package nl.doorbraak.plugin.rodeknop;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.GekoppeldeCasus;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalFilter;
import nl.doorbraak.api.opslag.Document;
import nl.doorbraak.api.opslag.VariantOpslag;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.SignaalService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.plugin.rodeknop.AgendaPunt.Status;
import nl.doorbraak.plugin.rodeknop.AgendaPunt.Trekker;

/**
 * Agenderen in Den Haag (Bestuurstafel): wat over gemeenten heen op dezelfde regel stuit, wordt een voorstel; het Rijk
 * zet het als agendapunt met een trekker op de agenda en legt de uitkomst vast. De aantallen worden bij elke vraag
 * opnieuw geteld uit de signalen (core) en rode-knopzaken van alle gemeenten; de plug-in leest de signalen als het
 * platform zelf (recht {@code platform}) en geeft er alleen aantallen van door.
 */
@Component(service = Agenda.class, configurationPid = Instellingen.PID)
public class Agenda {

    static final String DOEL_SIGNALEN = "Signalen tellen voor de agenda van de Bestuurstafel (alleen aantallen per "
            + "gemeente)";
    private static final int PAGINA = 100;
    /**
     * The core records a verwerking for every linked casus each time the platform lists signalen; counting them again
     * for every view of the agenda would flood the inwoners' inzage with the same line, so a gemeente's signalen are
     * read at most once a minute (kept without titles or omschrijving).
     */
    static final Duration SIGNALEN_GELDIG = Duration.ofMinutes(1);

    private final VariantOpslag opslag;
    private final SignaalService signalen;
    private final GemeenteService gemeenten;
    private final Partijen partijen;
    private final Zaken zaken;
    private final Clock klok;
    private final Map<String, Gelezen> gelezen = new ConcurrentHashMap<>();
    private volatile int drempel;

    private record Gelezen(Instant op, List<Signaal> signalen) {
    }

    @Activate
    public Agenda(@Reference VariantOpslag opslag, @Reference SignaalService signalen,
            @Reference GemeenteService gemeenten, @Reference Partijen partijen, Instellingen instellingen) {
        this(opslag, signalen, gemeenten, partijen, instellingen.agendaDrempel(), Clock.systemUTC());
    }

    Agenda(VariantOpslag opslag, SignaalService signalen, GemeenteService gemeenten, Partijen partijen, int drempel,
            Clock klok) {
        this.opslag = opslag;
        this.signalen = signalen;
        this.gemeenten = gemeenten;
        this.partijen = partijen;
        this.zaken = new Zaken(opslag, gemeenten::alle);
        this.drempel = drempel;
        this.klok = klok;
    }

    @Modified
    void gewijzigd(Instellingen instellingen) {
        drempel = instellingen.agendaDrempel();
    }

    int drempel() {
        return drempel;
    }

    // --- groepen en voorstellen -----------------------------------------------------------------------------------

    /** Alle regels die ergens knellen, over alle gemeenten van het platform. */
    Map<String, Regelgroep> groepen() {
        List<Signaal> s = new ArrayList<>();
        for (Gemeente g : gemeenten.alle()) {
            s.addAll(signalenVan(g.id()));
        }
        return Regelgroep.groepeer(s, zaken.alle());
    }

    /** De regels die in deze ene gemeente knellen (voor haar eigen cijfers). */
    Map<String, Regelgroep> groepenVan(String gemeente) {
        return Regelgroep.groepeer(signalenVan(gemeente), zaken.vanGemeente(gemeente));
    }

    /** De regels die in twee of meer gemeenten knellen, of in ten minste {@link #drempel()} casussen; belangrijkste eerst. */
    List<Regelgroep> voorstellen() {
        int d = drempel;
        return groepen().values().stream().filter(g -> g.voorstel(d)).sorted(Regelgroep.BELANGRIJKST).toList();
    }

    private List<Signaal> signalenVan(String gemeente) {
        Instant nu = klok.instant();
        Gelezen g = gelezen.get(gemeente);
        if (g != null && g.op().plus(SIGNALEN_GELDIG).isAfter(nu)) {
            return g.signalen();
        }
        List<Signaal> lijst = leesSignalen(gemeente).stream().map(Agenda::zonderTekst).toList();
        gelezen.put(gemeente, new Gelezen(nu, lijst));
        return lijst;
    }

    /** Only what the grouping needs: no titles of casussen, no omschrijving or antwoord. */
    private static Signaal zonderTekst(Signaal s) {
        return new Signaal(s.id(), s.gemeente(), s.regel(), s.organisatie(), null, s.status(), null, List.of(),
                s.casussen().stream().map(c -> new GekoppeldeCasus(c.casusId(), null, null, null, null)).toList(),
                s.versie(), null, null);
    }

    private List<Signaal> leesSignalen(String gemeente) {
        List<Signaal> lijst = new ArrayList<>();
        Namens namens = RodeKnopService.systeem(DOEL_SIGNALEN);
        int page = 1;
        Pagina<Signaal> p;
        do {
            try {
                p = signalen.lijst(namens, gemeente, SignaalFilter.geen(), page++, PAGINA);
            } catch (NietGevondenException e) {
                return lijst; // the gemeente left the platform meanwhile
            }
            lijst.addAll(p.results());
        } while (p.heeftVolgende());
        return lijst;
    }

    // --- agendapunten ---------------------------------------------------------------------------------------------

    /** Alle agendapunten: open eerst (in volgorde van status), dan afgerond; binnen een status nieuwste eerst. */
    List<AgendaPunt> punten(Status status) {
        return opslag.lijst(RodeKnopOnderdeel.LANDELIJK, AgendaPunt.COLLECTIE).stream()
                .map(d -> AgendaPunt.vanOpslag(d.inhoud(), d.versie()))
                .filter(p -> status == null || p.status() == status)
                .sorted(Comparator.comparing(AgendaPunt::status)
                        .thenComparing(AgendaPunt::aangemaakt, Comparator.reverseOrder()))
                .toList();
    }

    AgendaPunt punt(String id) {
        return opslag.lees(RodeKnopOnderdeel.LANDELIJK, AgendaPunt.COLLECTIE, id)
                .map(d -> AgendaPunt.vanOpslag(d.inhoud(), d.versie()))
                .orElseThrow(() -> new NietGevondenException("Agendapunt '" + id + "' niet gevonden."));
    }

    /** Zet een regel op de agenda (status voorgesteld); één open agendapunt per regel. */
    AgendaPunt maak(Gebruiker u, Map<String, Object> body) {
        Partij eigen = partijen.van(u);
        Invoer in = new Invoer(body);
        String regel = in.tekst("regel", "De regel die knelt", true, 300, false);
        String titel = in.tekst("titel", "De titel", true, 200, false);
        String trekkerId = in.tekst("trekker", "De trekker", true, 64, false);
        String toelichting = in.tekst("toelichting", "De toelichting", false, 2000, true);
        Trekker trekker = null;
        if (trekkerId != null) {
            trekker = trekker(Zaak.normaal(trekkerId));
            if (trekker == null) {
                in.fout("trekker", "keuze", "Trekker '" + trekkerId + "' is geen Rijkspartij en geen gemeente op het "
                        + "platform. Kies een partij (" + String.join(", ", partijen.alle().stream().map(Partij::id)
                                .sorted().toList()) + ") of een gemeente (" + String.join(", ", gemeenten.alle()
                                        .stream().map(Gemeente::id).sorted().toList()) + ").");
            }
        }
        in.controleer("Het agendapunt kan zo niet worden gemaakt.");
        String sleutel = Regelgroep.sleutel(regel);
        int eerder = 0;
        for (AgendaPunt p : punten(null)) {
            if (p.sleutel().equals(sleutel)) {
                if (p.status() != Status.AFGEROND) {
                    throw alOpDeAgenda(p.id());
                }
                eerder++;
            }
        }
        // the n-th item of a rule has a fixed id: two requests at the same moment write the same document, and the
        // storage lets only the first one in
        String id = UUID.nameUUIDFromBytes(("rodeknop-agenda/" + sleutel + "#" + eerder)
                .getBytes(StandardCharsets.UTF_8)).toString();
        AgendaPunt p = new AgendaPunt(id, sleutel, regel.replaceAll("\\s+", " "), titel,
                trekker, toelichting, Status.VOORGESTELD, null, klok.instant(), u.gebruikersnaam(), eigen.id(),
                List.of(new AgendaPunt.Stap(Status.VOORGESTELD, klok.instant(), u.gebruikersnaam())), 0);
        try {
            return bewaar(p);
        } catch (ConflictException gelijktijdig) {
            throw alOpDeAgenda(id);
        }
    }

    private static ConflictException alOpDeAgenda(String id) {
        return new ConflictException("Deze regel staat al op de agenda (agendapunt " + id + "). Een nieuw punt kan "
                + "pas als dat is afgerond.");
    }

    /**
     * Een volgende status: alleen vooruit (voorgesteld, geagendeerd, in behandeling, afgerond; een stap overslaan mag);
     * afgerond vraagt de uitkomst.
     */
    AgendaPunt wijzigStatus(Gebruiker u, String id, Map<String, Object> body) {
        partijen.van(u);
        AgendaPunt p = punt(id);
        Invoer in = new Invoer(body);
        String code = in.tekst("status", "De status", true, 40, false);
        Status naar = null;
        if (code != null) {
            naar = Status.van(code).orElse(null);
            if (naar == null) {
                in.fout("status", "keuze", "Status '" + code + "' bestaat niet; kies " + Status.codes() + ".");
            }
        }
        String uitkomst = in.tekst("uitkomst", "De uitkomst", naar == Status.AFGEROND, 1000, true);
        if (uitkomst != null && naar != null && naar != Status.AFGEROND) {
            in.fout("uitkomst", "niet-toegestaan", "Een uitkomst hoort bij status afgerond; laat haar weg of rond "
                    + "het punt af.");
        }
        Long versie = versie(in);
        in.controleer("De status van het agendapunt kan zo niet worden gewijzigd.");
        if (versie != null && versie != p.versie()) {
            throw new ConflictException("Het agendapunt is intussen gewijzigd (nu versie " + p.versie() + "). Haal "
                    + "het opnieuw op.");
        }
        if (p.status() == Status.AFGEROND) {
            throw new ConflictException("Het agendapunt is al afgerond; de uitkomst staat vast.");
        }
        if (naar.compareTo(p.status()) <= 0) {
            throw new ConflictException("Het agendapunt is al " + p.status().code() + "; de status gaat alleen "
                    + "vooruit (" + Status.codes() + ").");
        }
        return bewaar(p.naar(naar, uitkomst, klok.instant(), u.gebruikersnaam()));
    }

    /** Voor de demo: legt een agendapunt vast als het er nog niet is; {@code false} als het er al was. */
    boolean legDemoVast(AgendaPunt p) {
        if (opslag.lees(RodeKnopOnderdeel.LANDELIJK, AgendaPunt.COLLECTIE, p.id()).isPresent()) {
            return false;
        }
        try {
            bewaar(p);
            return true;
        } catch (ConflictException e) {
            return false; // another start wrote it meanwhile
        }
    }

    private AgendaPunt bewaar(AgendaPunt p) {
        Document d = opslag.bewaar(RodeKnopOnderdeel.LANDELIJK, AgendaPunt.COLLECTIE, p.id(), AgendaPunt.SCHEMA,
                p.naarOpslag(), p.versie());
        return AgendaPunt.vanOpslag(d.inhoud(), d.versie());
    }

    private Trekker trekker(String id) {
        if (partijen.zoek(id).isPresent()) {
            return new Trekker("partij", id);
        }
        if (gemeenten.zoek(id).isPresent()) {
            return new Trekker("gemeente", id);
        }
        return null;
    }

    private static Long versie(Invoer in) {
        Object v = in.body().get("versie");
        if (v == null) {
            return null;
        }
        if (!(v instanceof Number n) || n.longValue() < 1) {
            in.fout("versie", "type", "De versie is het getal uit het agendapunt zoals u het las.");
            return null;
        }
        return n.longValue();
    }

    // --- wat mensen zien ------------------------------------------------------------------------------------------

    String gemeenteNaam(String id) {
        return gemeenten.zoek(id).map(Gemeente::naam).orElse(id);
    }

    /**
     * Een agendapunt met de aantallen van nu.
     *
     * @param rijk of het Rijk kijkt: dan ook wie wat deed; een gemeente ziet alleen het punt zelf
     */
    Map<String, Object> naarJson(AgendaPunt p, Map<String, Regelgroep> groepen, boolean rijk) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("titel", p.titel());
        m.put("regel", p.regel());
        m.put("sleutel", p.sleutel());
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("soort", p.trekker().soort());
        t.put("id", p.trekker().id());
        t.put("naam", "partij".equals(p.trekker().soort())
                ? partijen.zoek(p.trekker().id()).map(Partij::naam).orElse(p.trekker().id())
                : gemeenteNaam(p.trekker().id()));
        m.put("trekker", t);
        m.put("toelichting", p.toelichting());
        m.put("status", p.status().code());
        m.put("uitkomst", p.uitkomst());
        m.put("aangemaakt", p.aangemaakt() == null ? null : p.aangemaakt().toString());
        m.put("partij", p.partij());
        if (rijk) {
            m.put("door", p.door());
        }
        m.put("historie", p.historie().stream().map(s -> {
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("status", s.status().code());
            st.put("op", s.op() == null ? null : s.op().toString());
            if (rijk) {
                st.put("door", s.door());
            }
            return st;
        }).toList());
        Regelgroep g = groepen.getOrDefault(p.sleutel(), Regelgroep.leeg(p.sleutel(), p.regel()));
        Map<String, Object> groep = g.naarJson(this::gemeenteNaam);
        groep.remove("sleutel");
        groep.remove("regel");
        m.put("aantallen", groep);
        m.put("versie", p.versie());
        return m;
    }
}
