package nl.doorbraak.plugin.rodeknop;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Besparing;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.opslag.Document;
import nl.doorbraak.api.opslag.VariantOpslag;
import nl.doorbraak.api.service.BesluitService;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakException;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.Gezondheid;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.PerspectiefplanService;
import nl.doorbraak.api.service.SignaalService;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;

/**
 * Het 20 %-register: elk doorbraakbesluit en elke uitkomst van de rode knop wordt een geanonimiseerd
 * {@link Precedent}, te vinden op regel en thema door tafels van alle gemeenten met de rode knop en door het Rijk.
 *
 * <p>Een gemeente kan het delen uitzetten ({@code precedentenDelen} in collectie {@value #INSTELLINGEN}): haar
 * precedenten zijn dan direct verborgen voor andere gemeenten en het Rijk, en blijven voor haarzelf zichtbaar. Zonder
 * instelling deelt een gemeente. Een gemeente die de rode knop uitzet deelt ook niet meer (haar precedenten blijven
 * bewaard).
 *
 * <p>Een precedent ontstaat één keer per besluit of zaak: zijn id is een hash van gemeente en besluit of zaak, en een
 * tweede keer bewaren met versie 0 is een conflict dat wordt genegeerd. Zo kan een event na een herstart nog eens
 * komen en kan {@link #inhalen} veilig naast de events lopen.
 */
@Component(service = Precedenten.class)
public class Precedenten {

    public static final String INSTELLINGEN = "instellingen";
    static final String INSTELLING_ID = "precedenten";
    static final String DELEN = "precedentenDelen";
    /** Onder {@link RodeKnopOnderdeel#LANDELIJK}: of de besluiten van vóór de plug-in al zijn ingehaald. */
    static final String INGEHAALD = "precedenten-ingehaald";
    static final String DOEL_VASTLEGGEN = "Geanonimiseerd precedent voor het 20 %-register vastleggen";
    static final String DOEL_CORRECTIE = "Nagaan of een besluit een doorbraak in het 20 %-register corrigeert";
    static final String DOEL_ZOEKEN = "Precedenten zoeken bij een situatie als deze casus";
    static final String DOEL_GEBRUIKT = "Precedent gebruiken bij het voorbereiden van een besluit";
    private static final List<CasusStatus> MET_BESLUIT = List.of(CasusStatus.BESLOTEN, CasusStatus.IN_UITVOERING,
            CasusStatus.AFGESLOTEN);

    private final VariantOpslag opslag;
    private final CasusService casussen;
    private final BesluitService besluiten;
    private final SignaalService signalen;
    private final PerspectiefplanService plannen;
    private final GemeenteService gemeenten;
    private final Zaken zaken;
    private final Clock klok;
    private final Consumer<String> info;
    private final RodeKnopService rodeKnop;
    private final Consumer<Zaak> naUitkomst = this::uitkomstVastgelegd;
    private final ExecutorService achtergrond;

    @Activate
    public Precedenten(@Reference VariantOpslag opslag, @Reference CasusService casussen,
            @Reference BesluitService besluiten, @Reference SignaalService signalen,
            @Reference PerspectiefplanService plannen, @Reference GemeenteService gemeenten,
            @Reference RodeKnopService rodeKnop, @Reference Gezondheid gezondheid,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this(opslag, casussen, besluiten, signalen, plannen, gemeenten, rodeKnop, Clock.systemUTC(), logger::info,
                Achtergrond.thread("rodeknop-precedenten"));
        // what happened while the plug-in was away: zaken always (cheap), besluiten once (reads every casus)
        achtergrond.execute(() -> {
            try {
                if (!Achtergrond.wachtTotGereed(gezondheid, () -> false)) {
                    logger.warn("Rode knop: de core werd niet gereed; 'rodeknop:inhalen' haalt de precedenten in");
                    return;
                }
                boolean besluitenOok = opslag.lees(RodeKnopOnderdeel.LANDELIJK, INGEHAALD, INGEHAALD).isEmpty();
                Telling t = inhalen(besluitenOok);
                if (t.nieuw() > 0) {
                    logger.info("Rode knop: {} precedent(en) ingehaald", t.nieuw());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // stopped halfway (the plug-in or the platform stops: the interrupt breaks the reading off) is no
                // failure; what is left, the next start catches up
                if (!achtergrond.isShutdown()) {
                    logger.warn("Rode knop: het inhalen van precedenten faalde; 'rodeknop:inhalen' probeert het "
                            + "opnieuw", e);
                }
            }
        });
    }

    Precedenten(VariantOpslag opslag, CasusService casussen, BesluitService besluiten, SignaalService signalen,
            PerspectiefplanService plannen, GemeenteService gemeenten, RodeKnopService rodeKnop, Clock klok,
            Consumer<String> info, ExecutorService achtergrond) {
        this.opslag = opslag;
        this.casussen = casussen;
        this.besluiten = besluiten;
        this.signalen = signalen;
        this.plannen = plannen;
        this.gemeenten = gemeenten;
        this.zaken = new Zaken(opslag, gemeenten::alle);
        this.klok = klok;
        this.info = info;
        this.rodeKnop = rodeKnop;
        this.achtergrond = achtergrond;
        if (rodeKnop != null) {
            rodeKnop.naUitkomst(naUitkomst);
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        if (rodeKnop != null) {
            rodeKnop.zonderNaUitkomst(naUitkomst);
        }
        if (achtergrond != null) {
            achtergrond.shutdownNow();
            achtergrond.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static Namens systeem() {
        return RodeKnopService.systeem(DOEL_VASTLEGGEN);
    }

    /** Of de gemeente meedoet: ze heeft de rode knop aan. */
    private Optional<Gemeente> doetMee(String gemeente) {
        return gemeenten.zoek(gemeente).filter(g -> g.gebruiktVariant(RodeKnopOnderdeel.ID));
    }

    // --- ontstaan -------------------------------------------------------------------------------------------

    /**
     * Een besluit is genomen (event {@code BESLUIT_GENOMEN}): een doorbraak wordt een precedent, en een besluit dat een
     * doorbraak corrigeert vervangt diens precedent (het gebruik gaat mee naar de nieuwe doorbraak).
     *
     * @return het nieuwe precedent, leeg als er geen kwam
     */
    Optional<Precedent> besluitGenomen(String gemeente, String besluitId, boolean doorbraak) {
        Optional<Gemeente> g = doetMee(gemeente);
        if (g.isEmpty()) {
            return Optional.empty();
        }
        // a regular besluit is read only to see whether it corrects a doorbraak; the log says so
        Optional<Besluit> b = besluiten.zoek(doorbraak ? systeem() : RodeKnopService.systeem(DOEL_CORRECTIE),
                gemeente, besluitId);
        if (b.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> gebruikt = Map.of();
        if (b.get().corrigeert() != null) {
            gebruikt = vervalt(gemeente, b.get().corrigeert());
        }
        if (b.get().soort() != BesluitSoort.DOORBRAAK || b.get().gecorrigeerdDoor() != null) {
            return Optional.empty();
        }
        Precedent p = vanBesluit(g.get(), b.get(), null);
        return bewaarNieuw(gebruikt.isEmpty() ? p : p.met(gebruikt));
    }

    /** Het precedent van een gecorrigeerd besluit gaat weg; geeft zijn gebruik terug. */
    private Map<String, Long> vervalt(String gemeente, String besluitId) {
        String id = Precedent.idVanBesluit(gemeente, besluitId);
        Optional<Precedent> oud = lees(gemeente, id);
        oud.ifPresent(p -> opslag.verwijder(gemeente, Precedent.COLLECTIE, id));
        return oud.map(Precedent::gebruikt).orElse(Map.of());
    }

    /** @param casus de casus als die al gelezen is (bij inhalen); {@code null}: de casus lezen voor zijn thema */
    private Precedent vanBesluit(Gemeente g, Besluit b, Casus casus) {
        String thema = casus != null ? casus.thema() : null;
        if (casus == null) {
            try {
                thema = casussen.zoek(systeem(), g.id(), b.casusId()).map(Casus::thema).orElse(null);
            } catch (DoorbraakException e) {
                thema = null;
            }
        }
        List<String> regels = new ArrayList<>();
        try {
            for (Signaal s : signalen.vanCasus(systeem(), g.id(), b.casusId())) {
                regels.add(s.regel());
            }
        } catch (DoorbraakException e) {
            // no signalen visible: the thema stands in for the rule
        }
        BigDecimal plan = null;
        try {
            plan = plannen.besparing(systeem(), g.id(), b.casusId()).map(Besparing::totaal).orElse(null);
        } catch (DoorbraakException e) {
            // no plan: the tafel's own estimate (waardendriehoek) is used
        }
        return Precedent.vanBesluit(g.id(), g.naam(), b, thema, regels, plan, klok.instant());
    }

    /** Het Rijk legde de uitkomst van een rode-knopzaak vast. */
    void uitkomstVastgelegd(Zaak z) {
        try {
            doetMee(z.gemeente()).flatMap(g -> Precedent.vanZaak(z, g.naam(), klok.instant()))
                    .ifPresent(this::bewaarNieuw);
        } catch (RuntimeException e) {
            // the uitkomst itself is recorded; inhalen() makes the precedent later
            info.accept("Precedent van zaak " + z.id() + " niet vastgelegd: " + e.getMessage());
        }
    }

    /** Bewaart een nieuw precedent; bestaat het al, dan blijft het zoals het is. */
    private Optional<Precedent> bewaarNieuw(Precedent p) {
        try {
            Document d = opslag.bewaar(p.gemeente(), Precedent.COLLECTIE, p.id(), Precedent.SCHEMA, p.naarOpslag(), 0);
            return Optional.of(Precedent.vanOpslag(d.inhoud(), d.versie()));
        } catch (ConflictException e) {
            return Optional.empty();
        }
    }

    /** Wat {@link #inhalen} deed. */
    record Telling(int gemeenten, int bekeken, int nieuw) {
    }

    /**
     * Maakt de precedenten die ontbreken: van uitkomsten van rode-knopzaken, en met {@code besluitenOok} van de
     * doorbraakbesluiten van alle casussen (dat leest elke besloten casus, en staat in het verwerkingenlog).
     */
    Telling inhalen(boolean besluitenOok) {
        int gem = 0;
        int bekeken = 0;
        int nieuw = 0;
        for (Gemeente g : gemeenten.alle()) {
            if (!g.gebruiktVariant(RodeKnopOnderdeel.ID)) {
                continue;
            }
            gem++;
            for (Zaak z : zaken.vanGemeente(g.id())) {
                if (Thread.currentThread().isInterrupted()) {
                    return new Telling(gem, bekeken, nieuw);
                }
                Optional<Precedent> p = Precedent.vanZaak(z, g.naam(), klok.instant());
                if (p.isPresent()) {
                    bekeken++;
                    if (lees(g.id(), p.get().id()).isEmpty() && bewaarNieuw(p.get()).isPresent()) {
                        nieuw++;
                    }
                }
            }
            if (!besluitenOok) {
                continue;
            }
            for (CasusStatus status : MET_BESLUIT) {
                int page = 1;
                Pagina<Casus> pagina;
                do {
                    if (Thread.currentThread().isInterrupted()) {
                        return new Telling(gem, bekeken, nieuw);
                    }
                    pagina = casussen.lijst(systeem(), g.id(), new CasusFilter(status, null, null, null), page++,
                            100);
                    for (Casus c : pagina.results()) {
                        for (Besluit b : besluiten.lijst(systeem(), g.id(), c.id())) {
                            if (b.soort() != BesluitSoort.DOORBRAAK || b.gecorrigeerdDoor() != null) {
                                continue;
                            }
                            bekeken++;
                            if (lees(g.id(), Precedent.idVanBesluit(g.id(), b.id())).isEmpty()
                                    && bewaarNieuw(vanBesluit(g, b, c)).isPresent()) {
                                nieuw++;
                            }
                        }
                    }
                } while (pagina.heeftVolgende());
            }
        }
        if (besluitenOok) {
            try {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("op", klok.instant().toString());
                Optional<Document> d = opslag.lees(RodeKnopOnderdeel.LANDELIJK, INGEHAALD, INGEHAALD);
                opslag.bewaar(RodeKnopOnderdeel.LANDELIJK, INGEHAALD, INGEHAALD, 1, m,
                        d.map(Document::versie).orElse(0L));
            } catch (ConflictException e) {
                // another round wrote it at the same moment: fine
            }
        }
        return new Telling(gem, bekeken, nieuw);
    }

    // --- zoeken ---------------------------------------------------------------------------------------------

    /**
     * Een zoekvraag; een leeg veld filtert niet.
     *
     * @param regel deel van de tekst van een regel (omschrijving, wet of artikel), hoofdletters maken niet uit
     * @param thema precies dit thema
     */
    record Zoekvraag(String regel, String thema, Precedent.Soort soort) {

        boolean past(Precedent p) {
            return (regel == null || p.regelBevat(regel)) && (thema == null || thema.equals(p.thema()))
                    && (soort == null || soort == p.soort());
        }
    }

    /**
     * De precedenten die een gebruiker van {@code vrager} (of het Rijk: {@code null}) mag zien, nieuwste eerst: van de
     * eigen gemeente, en van de andere gemeenten met de rode knop die hun precedenten delen.
     */
    List<Precedent> zoek(String vrager, Zoekvraag vraag) {
        List<Precedent> lijst = new ArrayList<>();
        for (Gemeente g : gemeenten.alle()) {
            if (!zichtbaarVoor(g, vrager)) {
                continue;
            }
            for (Document d : opslag.lijst(g.id(), Precedent.COLLECTIE)) {
                Precedent p = Precedent.vanOpslag(d.inhoud(), d.versie());
                if (vraag.past(p)) {
                    lijst.add(p);
                }
            }
        }
        lijst.sort(Comparator.comparing(Precedent::vastgelegd, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Precedent::id));
        return lijst;
    }

    private boolean zichtbaarVoor(Gemeente herkomst, String vrager) {
        return herkomst.gebruiktVariant(RodeKnopOnderdeel.ID)
                && (herkomst.id().equals(vrager) || deelt(herkomst.id()));
    }

    /** Eén precedent dat een gebruiker van {@code vrager} mag zien. */
    Optional<Precedent> zoek(String vrager, String id) {
        for (Gemeente g : gemeenten.alle()) {
            Optional<Precedent> p = lees(g.id(), id);
            if (p.isPresent()) {
                return zichtbaarVoor(g, vrager) ? p : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<Precedent> lees(String gemeente, String id) {
        return opslag.lees(gemeente, Precedent.COLLECTIE, id).map(d -> Precedent.vanOpslag(d.inhoud(), d.versie()));
    }

    /** Alle precedenten van een gemeente (voor de Gogo-shell en de cijfers), zonder te kijken naar delen. */
    List<Precedent> vanGemeente(String gemeente) {
        return opslag.lijst(gemeente, Precedent.COLLECTIE).stream()
                .map(d -> Precedent.vanOpslag(d.inhoud(), d.versie())).toList();
    }

    String gemeenteNaam(String id) {
        return gemeenten.zoek(id).map(Gemeente::naam).orElse(null);
    }

    // --- gebruik --------------------------------------------------------------------------------------------

    /**
     * Een tafel van {@code gemeente} gebruikte het precedent bij het voorbereiden van een besluit over een casus. Alleen
     * het aantal per gemeente wordt bewaard, niet de casus; de core controleert dat de gebruiker die casus mag zien en
     * legt dat vast in het verwerkingenlog.
     */
    Precedent gebruikt(Gebruiker u, String gemeente, String id, Map<String, Object> body) {
        Invoer in = new Invoer(body);
        String casusId = in.tekst("casusId", "De casus waarvoor de tafel het precedent gebruikt", true, 100, false);
        in.controleer("Het gebruik van het precedent kan zo niet worden vastgelegd.");
        Precedent p = zoek(gemeente, id).orElseThrow(() -> nietGevonden(id));
        casussen.zoek(Namens.van(u, DOEL_GEBRUIKT), gemeente, casusId)
                .orElseThrow(() -> new NietGevondenException("Casus '" + casusId + "' niet gevonden."));
        for (int poging = 0;; poging++) {
            try {
                Document d = opslag.bewaar(p.gemeente(), Precedent.COLLECTIE, p.id(), Precedent.SCHEMA,
                        p.gebruiktDoor(gemeente).naarOpslag(), p.versie());
                return Precedent.vanOpslag(d.inhoud(), d.versie());
            } catch (ConflictException e) {
                if (poging >= 10) {
                    throw e;
                }
                p = lees(p.gemeente(), id).orElseThrow(() -> nietGevonden(id));
            }
        }
    }

    /** Het thema van een casus die de gebruiker mag zien ({@code ""} zonder thema); anders 404. */
    String themaVanCasus(Gebruiker u, String gemeente, String casusId) {
        Casus c = casussen.zoek(Namens.van(u, DOEL_ZOEKEN), gemeente, casusId)
                .orElseThrow(() -> new NietGevondenException("Casus '" + casusId + "' niet gevonden."));
        String t = Zaak.normaal(c.thema());
        return t == null ? "" : t;
    }

    static NietGevondenException nietGevonden(String id) {
        return new NietGevondenException("Precedent '" + id + "' niet gevonden.");
    }

    // --- delen ----------------------------------------------------------------------------------------------

    /** Of de gemeente haar precedenten deelt; zonder instelling: ja. */
    boolean deelt(String gemeente) {
        return instelling(gemeente).map(d -> !Boolean.FALSE.equals(d.inhoud().get(DELEN))).orElse(true);
    }

    private Optional<Document> instelling(String gemeente) {
        return opslag.lees(gemeente, INSTELLINGEN, INSTELLING_ID);
    }

    Map<String, Object> instellingen(String gemeente) {
        Optional<Document> d = instelling(gemeente);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(DELEN, d.map(x -> !Boolean.FALSE.equals(x.inhoud().get(DELEN))).orElse(true));
        m.put("gewijzigd", d.map(x -> Waarden.tekst(x.inhoud(), "gewijzigd")).orElse(null));
        m.put("versie", d.map(Document::versie).orElse(0L));
        return m;
    }

    /** {@code {"precedentenDelen": true|false}}, en eventueel {@code versie} zoals gelezen. */
    Map<String, Object> wijzigInstellingen(Gebruiker u, String gemeente, Map<String, Object> body) {
        Invoer in = new Invoer(body);
        Map<String, Object> b = in.body();
        for (String veld : b.keySet()) {
            if (!DELEN.equals(veld) && !"versie".equals(veld)) {
                in.fout(veld, "onbekend", "Veld '" + veld + "' bestaat niet; te wijzigen is alleen " + DELEN + ".");
            }
        }
        Boolean delen = in.janee(DELEN, "Of de gemeente haar precedenten deelt", true);
        Object v = b.get("versie");
        if (v != null && (!(v instanceof Number n) || n.longValue() < 0)) {
            in.fout("versie", "type", "De versie is het getal uit de instellingen zoals u die las.");
        }
        in.controleer("De instellingen kunnen zo niet worden bewaard.");
        Optional<Document> d = instelling(gemeente);
        long huidig = d.map(Document::versie).orElse(0L);
        if (v instanceof Number n && n.longValue() != huidig) {
            throw new ConflictException("De instellingen zijn intussen gewijzigd (nu versie " + huidig + "). Haal ze "
                    + "opnieuw op.");
        }
        Map<String, Object> m = new LinkedHashMap<>(d.map(Document::inhoud).orElse(Map.of()));
        m.put(DELEN, delen);
        m.put("gewijzigd", klok.instant().toString());
        m.put("gewijzigdDoor", u.gebruikersnaam());
        opslag.bewaar(gemeente, INSTELLINGEN, INSTELLING_ID, 1, m, huidig);
        info.accept("Rode knop: gemeente " + gemeente + (delen ? " deelt haar precedenten weer"
                : " deelt haar precedenten niet meer"));
        return instellingen(gemeente);
    }

    Instant nu() {
        return klok.instant();
    }

    static OngeldigeInvoerException ongeldig(String boodschap, String veld, String code, String reden) {
        return new OngeldigeInvoerException(boodschap, List.of(new VeldFout(veld, code, reden)));
    }
}
