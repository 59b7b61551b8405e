package nl.doorbraak.plugin.rodeknop;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.NieuweVerwerking;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.opslag.VariantOpslag;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakException;
import nl.doorbraak.api.service.EscalatieService;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.VerwerkingenLog;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.plugin.rodeknop.Zaak.FollowUp;
import nl.doorbraak.plugin.rodeknop.Zaak.Overleg;
import nl.doorbraak.plugin.rodeknop.Zaak.Regel;
import nl.doorbraak.plugin.rodeknop.Zaak.Soort;
import nl.doorbraak.plugin.rodeknop.Zaak.Status;
import nl.doorbraak.plugin.rodeknop.Zaak.Uitkomst;

/**
 * De rode knop: een gemeente legt een casus aan het Rijk voor, de Rijkspartijen plannen het rode-knopoverleg en leggen
 * de uitkomst vast, en na de follow-up is de zaak op Rijksniveau af. Elke inzage van een zaak door het Rijk staat in het
 * verwerkingenlog; de gemeente leest haar zaken via de casus, dus via de toegangsregels en het log van de core.
 */
@Component(service = RodeKnopService.class, configurationPid = Instellingen.PID)
public class RodeKnopService {

    static final String OBJECT = "rodeknop-zaak";
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final String DOEL_DRUKKEN = "Rode knop: de casus aan het Rijk voorleggen";
    static final String DOEL_CASUS = "Rode-knopzaken van de casus bekijken";
    static final String DOEL_GEMEENTE = "Rode-knopzaken van de gemeente volgen";
    static final String DOEL_RIJK = "Rode-knopzaak behandelen voor het Rijk";
    static final String DOEL_DEMO = "Demogegevens van de rode knop laden";
    private static final String ROL_RIJK = "rijk";

    private final CasusService casussen;
    private final EscalatieService escalaties;
    private final GemeenteService gemeenten;
    private final VerwerkingenLog log;
    private final Partijen partijen;
    private final Zaken zaken;
    private final Clock klok;
    private final java.util.function.Consumer<String> info;
    private volatile int followUpDagen;
    /** Wie iets doet met een vastgelegde uitkomst (het 20 %-register, {@link Precedenten}). */
    private final List<java.util.function.Consumer<Zaak>> naUitkomst =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    @Activate
    public RodeKnopService(@Reference VariantOpslag opslag, @Reference CasusService casussen,
            @Reference EscalatieService escalaties, @Reference GemeenteService gemeenten,
            @Reference VerwerkingenLog log, @Reference Partijen partijen, Instellingen instellingen,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this(opslag, casussen, escalaties, gemeenten, log, partijen, instellingen.followUpDagen(), Clock.systemUTC(),
                logger::info);
    }

    RodeKnopService(VariantOpslag opslag, CasusService casussen, EscalatieService escalaties,
            GemeenteService gemeenten, VerwerkingenLog log, Partijen partijen, int followUpDagen, Clock klok,
            java.util.function.Consumer<String> info) {
        this.info = info;
        this.casussen = casussen;
        this.escalaties = escalaties;
        this.gemeenten = gemeenten;
        this.log = log;
        this.partijen = partijen;
        // with the right 'platform' the plug-in sees every gemeente: zaken of a gemeente that switched it off stay
        this.zaken = new Zaken(opslag, gemeenten::alle);
        this.klok = klok;
        this.followUpDagen = followUpDagen;
    }

    @Modified
    void gewijzigd(Instellingen instellingen) {
        followUpDagen = instellingen.followUpDagen();
    }

    Partijen partijen() {
        return partijen;
    }

    Instant nu() {
        return klok.instant();
    }

    LocalDate vandaag() {
        return LocalDate.ofInstant(klok.instant(), ZONE);
    }

    /** Het platform zelf, voor wat de plug-in namens het Rijk of op de achtergrond in de core doet. */
    static Namens systeem(String doel) {
        return Namens.van(Gebruiker.systeem("rodeknop"), doel);
    }

    // --- de gemeente ----------------------------------------------------------------------------------------

    /**
     * De rode knop: escaleert de casus naar het niveau Rijk en legt vast wat de gemeente aan de Rijkspartijen vraagt.
     * Eerst wordt alles gecontroleerd; lukt het vastleggen na het escaleren niet, dan wordt de escalatie ingetrokken.
     */
    public Zaak druk(Gebruiker u, String gemeente, String casusId, Map<String, Object> body) {
        Invoer in = new Invoer(body);
        Map<String, Object> regelIn = in.object("regel", "De regel die knelt", true);
        Regel regel = null;
        if (regelIn != null) {
            regel = new Regel(in.tekst(regelIn, "omschrijving", "regel.omschrijving", "Welke regel knelt", true, 300,
                    false), in.tekst(regelIn, "wet", "regel.wet", "De wet", false, 200, false),
                    in.tekst(regelIn, "artikel", "regel.artikel", "Het artikel", false, 100, false));
        }
        String geprobeerd = in.tekst("geprobeerd", "Wat de gemeente al probeerde", true, 2000, true);
        String vraag = in.tekst("vraag", "Wat de gemeente aan het Rijk vraagt", true, 2000, true);
        String situatie = in.tekst("situatie", "De situatie (zonder naam of BSN)", false, 2000, true);
        String thema = Zaak.normaal(in.tekst("thema", "Het thema", true, 60, false));
        List<String> themas = partijen.themas();
        if (thema != null && !themas.contains(thema)) {
            in.fout("thema", "keuze", "Thema '" + thema + "' dekt geen Rijkspartij. Kies uit: "
                    + String.join(", ", themas) + ".");
        }
        List<String> partijIds = partijIds(in, "partijen");
        List<String> delen = in.lijst("delen", "Wat de gemeente deelt", Zaak.DEELBAAR.size(), 40);
        if (delen != null) {
            for (int i = 0; i < delen.size(); i++) {
                if (!Zaak.DEELBAAR.contains(delen.get(i))) {
                    in.fout("delen." + i, "keuze", "'" + delen.get(i) + "' kan niet worden gedeeld; wel: "
                            + String.join(", ", Zaak.DEELBAAR) + " (regel en vraag gaan altijd mee).");
                }
            }
        }
        if (partijIds == null && thema != null && !in.heeftFout("thema")) {
            partijIds = partijen.voorThema(thema).stream().map(Partij::id).toList();
            if (partijIds.isEmpty()) {
                in.fout("partijen", "verplicht", "Geen Rijkspartij dekt thema '" + thema + "'; kies de partijen.");
            }
        } else if (partijIds != null && partijIds.isEmpty() && !in.heeftFout("partijen")) {
            in.fout("partijen", "verplicht", "Kies ten minste één Rijkspartij.");
        }
        in.controleer("De rode knop kan zo niet worden ingedrukt.");

        Namens namens = Namens.van(u, DOEL_DRUKKEN);
        Casus casus = casussen.zoek(namens, gemeente, casusId)
                .orElseThrow(() -> new NietGevondenException("Casus '" + casusId + "' niet gevonden."));
        for (Zaak z : zaken.vanGemeente(gemeente)) {
            if (casusId.equals(z.casusId()) && !z.isAfgerond()) {
                throw new ConflictException("Deze casus ligt al bij het Rijk (zaak " + z.id() + ", status "
                        + z.status().code() + "). Een nieuwe rode knop kan pas na de follow-up van die zaak.");
            }
        }
        Escalatie e = naarHetRijk(namens, gemeente, casusId, "Rode knop: " + regel.omschrijving());
        Zaak zaak = new Zaak(UUID.randomUUID().toString(), gemeente, casusId, casus.inwoner().pseudoniem(), e.id(),
                nu(), u.gebruikersnaam(), e.deadline(), thema, regel, geprobeerd, vraag, situatie,
                casus.betrokkenOrganisaties(), partijIds, Set.copyOf(delen == null ? List.of() : delen),
                Status.INGEDIEND, null, null, null, 0);
        try {
            return zaken.bewaar(zaak);
        } catch (RuntimeException fout) {
            trekIn(gemeente, e, fout);
            throw fout;
        }
    }

    /**
     * Escaleert de casus naar het Rijk. Ligt hij open op het niveau er vlak onder (het bestuur), dan gaat die escalatie
     * door naar het Rijk, zoals doorescaleren in de core, maar met de vragen van de rode knop; een open escalatie
     * lager op de route geeft de 409 van de core.
     */
    private Escalatie naarHetRijk(Namens namens, String gemeente, String casusId, String reden) {
        try {
            return escalaties.escaleer(namens, gemeente, casusId, RijkNiveau.ID, reden);
        } catch (ConflictException bezet) {
            Optional<Escalatie> open = escalaties.vanCasus(namens, gemeente, casusId).stream()
                    .filter(x -> x.status() == EscalatieStatus.OPEN).findFirst();
            List<String> route = escalaties.route(namens, gemeente).stream().map(Escalatieniveau::id).toList();
            int i = open.map(x -> route.indexOf(x.niveau())).orElse(-1);
            if (i < 0 || i + 1 >= route.size() || !route.get(i + 1).equals(RijkNiveau.ID)) {
                throw bezet;
            }
            return escalaties.escaleerDoor(namens, gemeente, open.get().id(), open.get().versie(), reden);
        }
    }

    /** De zaken van één casus, oudste eerst; wie de casus niet mag zien krijgt 404 (de core beslist en logt). */
    public List<Zaak> vanCasus(Gebruiker u, String gemeente, String casusId) {
        casussen.zoek(Namens.van(u, DOEL_CASUS), gemeente, casusId)
                .orElseThrow(() -> new NietGevondenException("Casus '" + casusId + "' niet gevonden."));
        return zaken.vanGemeente(gemeente).stream().filter(z -> casusId.equals(z.casusId()))
                .sorted(Comparator.comparing(Zaak::ingediend)).toList();
    }

    /** Alle zaken van de gemeente (casusregisseur), nieuwste eerst; elke getoonde zaak staat in het log. */
    public List<Zaak> vanGemeente(Gebruiker u, String gemeente, Status status) {
        List<Zaak> lijst = zaken.vanGemeente(gemeente).stream().filter(z -> status == null || z.status() == status)
                .sorted(Comparator.comparing(Zaak::ingediend).reversed()).toList();
        leg(lijst, u, rol(u), Verwerking.LEZEN, DOEL_GEMEENTE);
        return lijst;
    }

    /** Eén zaak van de gemeente; via haar casus, zodat een tafellid alleen die van zijn tafels ziet. */
    public Zaak vanGemeente(Gebruiker u, String gemeente, String id) {
        Zaak z = zaken.lees(gemeente, id).orElseThrow(() -> nietGevonden(id));
        if (z.casusId() != null) {
            casussen.zoek(Namens.van(u, DOEL_CASUS), gemeente, z.casusId()).orElseThrow(() -> nietGevonden(id));
        }
        return z;
    }

    // --- het Rijk ---------------------------------------------------------------------------------------------

    /** De zaken voor de partij van deze Rijk-gebruiker, over alle gemeenten, eerstvolgende deadline eerst. */
    public List<Zaak> inbox(Gebruiker u, Status status) {
        Partij p = partijen.van(u);
        List<Zaak> lijst = zaken.alle().stream().filter(z -> z.partijen().contains(p.id()))
                .filter(z -> status == null || z.status() == status)
                .sorted(Comparator.comparing((Zaak z) -> z.isAfgerond())
                        .thenComparing(Zaak::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        leg(lijst, u, ROL_RIJK, Verwerking.LEZEN, DOEL_RIJK + " (inbox van " + p.afkorting() + ")");
        return lijst;
    }

    /** Eén zaak voor het Rijk; een zaak die niet aan zijn partij is gericht "bestaat niet". */
    public Zaak voorRijk(Gebruiker u, String id) {
        Zaak z = vanPartij(u, id);
        leg(List.of(z), u, ROL_RIJK, Verwerking.LEZEN, DOEL_RIJK);
        return z;
    }

    public Zaak planOverleg(Gebruiker u, String id, Map<String, Object> body) {
        Zaak z = vanPartij(u, id);
        Invoer in = new Invoer(body);
        LocalDate datum = in.datum("datum", "De datum van het overleg", true);
        if (datum != null && z.ingediend() != null && datum.isBefore(LocalDate.ofInstant(z.ingediend(), ZONE))) {
            in.fout("datum", "datum", "Het overleg kan niet vóór de rode knop liggen ("
                    + LocalDate.ofInstant(z.ingediend(), ZONE) + ").");
        }
        List<String> deelnemers = partijIds(in, "partijen");
        String toelichting = in.tekst("toelichting", "De toelichting", false, 1000, true);
        Long versie = versie(in);
        in.controleer("Het rode-knopoverleg kan zo niet worden gepland.");
        vereis(z, versie, Set.of(Status.INGEDIEND, Status.OVERLEG_GEPLAND),
                "Het overleg is al geweest: de uitkomst staat vast.");
        if (deelnemers == null || deelnemers.isEmpty()) {
            deelnemers = voorgesteld(z);
        }
        Zaak nieuw = zaken.bewaar(z.met(Status.OVERLEG_GEPLAND,
                new Overleg(datum, deelnemers, toelichting, nu(), u.gebruikersnaam()), null, null));
        leg(List.of(nieuw), u, ROL_RIJK, Verwerking.WIJZIGEN, DOEL_RIJK);
        return nieuw;
    }

    /** De partijen voor het overleg: die de gemeente koos, plus wie het thema dekt. */
    List<String> voorgesteld(Zaak z) {
        Set<String> ids = new LinkedHashSet<>(z.partijen());
        partijen.voorThema(z.thema()).forEach(p -> ids.add(p.id()));
        return List.copyOf(ids);
    }

    public Zaak legUitkomstVast(Gebruiker u, String id, Map<String, Object> body) {
        Zaak z = vanPartij(u, id);
        Invoer in = new Invoer(body);
        String soortIn = in.tekst("soort", "De soort uitkomst", true, 40, false);
        Soort soort = null;
        if (soortIn != null) {
            soort = Soort.van(soortIn).orElse(null);
            if (soort == null) {
                in.fout("soort", "keuze", "Soort '" + soortIn + "' bestaat niet; kies " + Soort.codes() + ".");
            }
        }
        String toelichting = in.tekst("toelichting", "De toelichting", true, 2000, true);
        String reden = in.tekst("reden", "De reden", soort == Soort.GEEN_OPLOSSING, 1000, true);
        List<String> afspraken = in.lijst("afspraken", "De afspraken", 20, 300);
        Number besparing = in.bedrag("besparing", "De besparing per jaar");
        Long versie = versie(in);
        in.controleer("De uitkomst kan zo niet worden vastgelegd.");
        if (z.status() == Status.INGEDIEND) {
            throw new ConflictException("Plan eerst het rode-knopoverleg; daarna volgt de uitkomst.");
        }
        vereis(z, versie, Set.of(Status.OVERLEG_GEPLAND), "De uitkomst staat al vast.");
        Uitkomst uitkomst = new Uitkomst(soort, toelichting, soort == Soort.GEEN_OPLOSSING ? reden : null,
                afspraken == null ? List.of() : afspraken, besparing, nu(), u.gebruikersnaam());
        Zaak nieuw = zaken.bewaar(z.met(Status.UITKOMST, z.overleg(), uitkomst,
                new FollowUp(vandaag().plusDays(followUpDagen), false, null, null, null, null)));
        leg(List.of(nieuw), u, ROL_RIJK, Verwerking.WIJZIGEN, DOEL_RIJK);
        beantwoordEscalatie(nieuw);
        naUitkomst.forEach(c -> c.accept(nieuw));
        return nieuw;
    }

    /** Laat {@code c} weten als een uitkomst is vastgelegd; {@code c} gooit geen fouten (de uitkomst staat al vast). */
    void naUitkomst(java.util.function.Consumer<Zaak> c) {
        naUitkomst.add(c);
    }

    void zonderNaUitkomst(java.util.function.Consumer<Zaak> c) {
        naUitkomst.remove(c);
    }

    /** Het Rijk heeft gereageerd: de escalatie in de core is beantwoord (als de gemeente haar niet al afsloot). */
    private void beantwoordEscalatie(Zaak z) {
        if (z.escalatieId() == null) {
            return;
        }
        Uitkomst u = z.uitkomst();
        String antwoord = "Uitkomst van het rode-knopoverleg: " + u.soort().code() + ". " + u.toelichting()
                + (u.reden() == null ? "" : " Reden: " + u.reden()) + " Follow-up op " + z.followUp().vervalt() + ".";
        try {
            escalaties.beantwoord(systeem("Antwoord van het Rijk op de rode knop vastleggen"), z.gemeente(),
                    z.escalatieId(), null, antwoord.length() > 2000 ? antwoord.substring(0, 2000) : antwoord);
        } catch (DoorbraakException e) {
            // the gemeente closed or escalated it herself meanwhile: the zaak still holds the outcome
            info.accept("Escalatie " + z.escalatieId() + " van zaak " + z.id() + " niet beantwoord: " + e.getMessage());
        }
    }

    /** De follow-up door het Rijk. */
    public Zaak followUpRijk(Gebruiker u, String id, Map<String, Object> body) {
        Zaak nieuw;
        try {
            nieuw = followUp(vanPartij(u, id), u, body);
        } catch (ConflictException e) {
            // as for the gemeente: the background check may have marked the follow-up as reported in between
            if (body != null && body.get("versie") != null) {
                throw e;
            }
            nieuw = followUp(vanPartij(u, id), u, body);
        }
        leg(List.of(nieuw), u, ROL_RIJK, Verwerking.WIJZIGEN, DOEL_RIJK);
        return nieuw;
    }

    /** De follow-up door de gemeente (casusregisseur). */
    public Zaak followUpGemeente(Gebruiker u, String gemeente, String id, Map<String, Object> body) {
        Zaak z = vanGemeente(u, gemeente, id);
        try {
            return followUp(z, u, body);
        } catch (ConflictException e) {
            // the background check may have marked the follow-up as reported in between: that is no conflict for
            // the user unless he named a version; read once more and try again
            if (body != null && body.get("versie") != null) {
                throw e;
            }
            return followUp(vanGemeente(u, gemeente, id), u, body);
        }
    }

    private Zaak followUp(Zaak z, Gebruiker u, Map<String, Object> body) {
        Invoer in = new Invoer(body);
        String bevinding = in.tekst("bevinding", "Wat de follow-up liet zien", true, 2000, true);
        Boolean opgelost = in.janee("opgelost", "Of het probleem is opgelost", true);
        Long versie = versie(in);
        in.controleer("De follow-up kan zo niet worden vastgelegd.");
        if (z.status() == Status.INGEDIEND || z.status() == Status.OVERLEG_GEPLAND) {
            throw new ConflictException("De follow-up volgt op de uitkomst van het rode-knopoverleg; die staat er "
                    + "nog niet.");
        }
        vereis(z, versie, Set.of(Status.UITKOMST), "De follow-up is al vastgelegd.");
        FollowUp f = z.followUp();
        return zaken.bewaar(z.met(Status.AFGEROND, z.overleg(), z.uitkomst(), new FollowUp(
                f == null ? vandaag() : f.vervalt(), f != null && f.gemeld(), nu(), u.gebruikersnaam(), opgelost,
                bevinding)));
    }

    // --- de demo ---------------------------------------------------------------------------------------------

    /**
     * Legt een zaak met een vast id vast zoals ze er in de demo bij ligt ({@link DemoZaken}): de casus wordt in naam van
     * het platform naar het Rijk geëscaleerd, en heeft de zaak al een uitkomst, dan is die escalatie beantwoord, zoals
     * na {@link #legUitkomstVast}. Alleen wat ontbreekt: bestaat de zaak al (ook als een demogebruiker haar intussen
     * verder bracht), is de casus weg of afgesloten, of ligt hij al bij het Rijk of heeft hij een open escalatie, dan
     * gebeurt er niets.
     *
     * @param zaak de zaak zonder escalatie, pseudoniem en deadline (die komen uit de core) en met versie 0
     * @return de vastgelegde zaak; leeg als er niets is vastgelegd, met de reden aan {@code overgeslagen}
     */
    Optional<Zaak> legDemoVast(Zaak zaak, java.util.function.Consumer<String> overgeslagen) {
        if (zaken.lees(zaak.gemeente(), zaak.id()).isPresent()) {
            return Optional.empty();
        }
        Namens namens = systeem(DOEL_DEMO);
        Optional<Casus> casus = casussen.zoek(namens, zaak.gemeente(), zaak.casusId());
        if (casus.isEmpty() || casus.get().status() == CasusStatus.AFGESLOTEN) {
            overgeslagen.accept("casus " + zaak.casusId() + " bestaat niet of is afgesloten");
            return Optional.empty();
        }
        for (Zaak z : zaken.vanGemeente(zaak.gemeente())) {
            if (zaak.casusId().equals(z.casusId()) && !z.isAfgerond()) {
                overgeslagen.accept("de casus ligt al bij het Rijk (zaak " + z.id() + ")");
                return Optional.empty();
            }
        }
        Escalatie e;
        try {
            e = escalaties.escaleer(namens, zaak.gemeente(), zaak.casusId(), RijkNiveau.ID,
                    "Rode knop: " + zaak.regel().omschrijving());
        } catch (ConflictException | NietGevondenException fout) {
            overgeslagen.accept(fout.getMessage());
            return Optional.empty();
        }
        Instant deadline = zaak.ingediend().plus(java.time.Duration.ofDays(e.reactietermijnDagen()));
        Zaak nieuw = new Zaak(zaak.id(), zaak.gemeente(), zaak.casusId(), casus.get().inwoner().pseudoniem(), e.id(),
                zaak.ingediend(), zaak.ingediendDoor(), deadline, zaak.thema(), zaak.regel(), zaak.geprobeerd(),
                zaak.vraag(), zaak.situatie(), zaak.organisaties().isEmpty() ? casus.get().betrokkenOrganisaties()
                        : zaak.organisaties(), zaak.partijen(), zaak.gedeeld(), zaak.status(), zaak.overleg(),
                zaak.uitkomst(), zaak.followUp(), 0);
        Zaak bewaard;
        try {
            bewaard = zaken.bewaar(nieuw);
        } catch (RuntimeException fout) {
            trekIn(zaak.gemeente(), e, fout);
            throw fout;
        }
        if (bewaard.uitkomst() != null && bewaard.followUp() != null) {
            beantwoordEscalatie(bewaard);
        }
        return Optional.of(bewaard);
    }

    private void trekIn(String gemeente, Escalatie e, RuntimeException fout) {
        try {
            escalaties.losOp(systeem("Rode knop intrekken die niet kon worden vastgelegd"), gemeente, e.id(), null,
                    "De rode knop kon niet worden vastgelegd; deze escalatie is daarom ingetrokken.");
        } catch (RuntimeException ook) {
            fout.addSuppressed(ook);
        }
    }

    // --- follow-ups en wissen -------------------------------------------------------------------------------

    /** Follow-ups die aan de beurt zijn (of over hun datum), over alle gemeenten; oudste eerst. */
    public List<Zaak> teVolgen() {
        LocalDate vandaag = vandaag();
        return zaken.alle().stream().filter(z -> z.followUpNodig(vandaag))
                .sorted(Comparator.comparing(z -> z.followUp().vervalt())).toList();
    }

    /** De follow-ups van één gemeente die aan de beurt zijn (casusregisseur); elke getoonde zaak staat in het log. */
    public List<Zaak> teVolgen(Gebruiker u, String gemeente) {
        List<Zaak> lijst = teVolgen().stream().filter(z -> z.gemeente().equals(gemeente)).toList();
        leg(lijst, u, rol(u), Verwerking.LEZEN, DOEL_GEMEENTE);
        return lijst;
    }

    /** De follow-ups van de partij van deze Rijk-gebruiker die aan de beurt zijn. */
    public List<Zaak> teVolgenRijk(Gebruiker u) {
        Partij p = partijen.van(u);
        List<Zaak> lijst = teVolgen().stream().filter(z -> z.partijen().contains(p.id())).toList();
        leg(lijst, u, ROL_RIJK, Verwerking.LEZEN, DOEL_RIJK + " (follow-ups van " + p.afkorting() + ")");
        return lijst;
    }

    /** Markeert een follow-up als gemeld; {@code false} als een ander hem al meldde of de zaak veranderde. */
    boolean markeerGemeld(Zaak z) {
        FollowUp f = z.followUp();
        try {
            zaken.bewaar(z.met(z.status(), z.overleg(), z.uitkomst(),
                    new FollowUp(f.vervalt(), true, f.vastgelegd(), f.door(), f.opgelost(), f.bevinding())));
            return true;
        } catch (ConflictException e) {
            return false;
        }
    }

    /** De core wiste de persoonsgegevens van een casus: de zaken houden alleen hun geanonimiseerde deel. */
    public int wisVanCasus(String gemeente, String casusId) {
        int n = 0;
        for (Zaak z : zaken.vanGemeente(gemeente)) {
            if (casusId.equals(z.casusId())) {
                zaken.bewaar(z.zonderPersoonsgegevens());
                n++;
            }
        }
        return n;
    }

    /** De naam van een gemeente voor het Rijk. */
    public String gemeenteNaam(String id) {
        return gemeenten.zoek(id).map(Gemeente::naam).orElse(id);
    }

    // --- hulp ---------------------------------------------------------------------------------------------------

    private Zaak vanPartij(Gebruiker u, String id) {
        Partij p = partijen.van(u);
        return zaken.zoek(id).filter(z -> z.partijen().contains(p.id())).orElseThrow(() -> nietGevonden(id));
    }

    private List<String> partijIds(Invoer in, String veld) {
        List<String> ids = in.lijst(veld, "De Rijkspartijen", 20, 40);
        if (ids == null) {
            return null;
        }
        List<String> goed = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = Zaak.normaal(ids.get(i));
            if (partijen.zoek(id).isEmpty()) {
                in.fout(veld + "." + i, "keuze", "Rijkspartij '" + ids.get(i) + "' staat niet in het register. "
                        + "Bekend: " + String.join(", ", partijen.alle().stream().map(Partij::id).sorted().toList())
                        + ".");
            } else {
                goed.add(id);
            }
        }
        return goed;
    }

    private static Long versie(Invoer in) {
        Object v = in.body().get("versie");
        if (v == null) {
            return null;
        }
        if (!(v instanceof Number n) || n.longValue() < 1) {
            in.fout("versie", "type", "De versie is het getal uit de zaak zoals u die las.");
            return null;
        }
        return n.longValue();
    }

    private static void vereis(Zaak z, Long versie, Set<Status> mag, String anders) {
        if (versie != null && versie != z.versie()) {
            throw new ConflictException("De zaak is intussen gewijzigd (nu versie " + z.versie() + "). Haal haar "
                    + "opnieuw op.");
        }
        if (!mag.contains(z.status())) {
            throw new ConflictException(anders + " (status " + z.status().code() + ")");
        }
    }

    private static NietGevondenException nietGevonden(String id) {
        return new NietGevondenException("Rode-knopzaak '" + id + "' niet gevonden.");
    }

    private static String rol(Gebruiker u) {
        return u.rollen().stream().map(r -> r.code()).sorted().findFirst().orElse("onbekend");
    }

    private void leg(List<Zaak> lijst, Gebruiker u, String rol, String handeling, String doel) {
        List<NieuweVerwerking> v = lijst.stream().filter(z -> z.casusId() != null && z.pseudoniem() != null)
                .map(z -> new NieuweVerwerking(z.gemeente(), z.casusId(), z.pseudoniem(), handeling, OBJECT,
                        u.gebruikersnaam(), rol, doel, null))
                .filter(Objects::nonNull).toList();
        if (!v.isEmpty()) {
            log.leg(v);
        }
    }
}
