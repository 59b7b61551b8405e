package nl.doorbraak.core.besluit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.Actie;
import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.NieuwBesluit;
import nl.doorbraak.api.domein.NieuweActie;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.domein.Rendementsvoorstel;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Toezegging;
import nl.doorbraak.api.domein.Uitgave;
import nl.doorbraak.api.domein.Waardendriehoek;
import nl.doorbraak.api.service.BesluitService;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.core.actie.ActieServiceImpl;
import nl.doorbraak.core.audit.AuditStore;
import nl.doorbraak.core.audit.Wijzigingen;
import nl.doorbraak.core.bijeenkomst.BijeenkomstStore;
import nl.doorbraak.core.bijeenkomst.Deelnemers;
import nl.doorbraak.core.casus.CasusOvergangen;
import nl.doorbraak.core.casus.CasusStore;
import nl.doorbraak.core.casus.OpgeslagenCasus;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Bedragen;
import nl.doorbraak.core.platform.Gebeurtenissen;
import nl.doorbraak.core.platform.Invoer;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.platform.Vereist;
import nl.doorbraak.core.perspectiefplan.PerspectiefplanStore;
import nl.doorbraak.core.perspectiefplan.Rekentool;
import nl.doorbraak.core.potje.PotjeServiceImpl;
import nl.doorbraak.core.tafel.TafelStore;

/**
 * Besluiten: a doorbraak must rest on all three sides of the waardendriehoek, and every amount it commits an
 * organisatie to must be within the mandate of a deelnemer of that organisatie who takes it; an uitgave from a potje
 * within the mandate of one of those who take it. A besluit at a bijeenkomst is taken by aanwezigen, once the
 * bijeenkomst has taken place. The besluit, its uitgave from a potje, its acties and the casus's step to besloten are
 * one transaction.
 */
@Component(service = BesluitService.class)
public final class BesluitServiceImpl implements BesluitService {

    static final Set<CasusStatus> MAG_BESLUIT = EnumSet.of(CasusStatus.GEAGENDEERD, CasusStatus.BESLOTEN,
            CasusStatus.IN_UITVOERING);
    static final int MAX_LIJST = 20;

    private final Database db;
    private final GemeenteService gemeenten;
    private final CasusOvergangen overgangen;
    private final PotjeServiceImpl potjes;
    private final ActieServiceImpl acties;
    private final Gebeurtenissen gebeurtenissen;
    private final BesluitStore store = new BesluitStore();
    private final TafelStore tafels = new TafelStore();
    private final BijeenkomstStore bijeenkomsten = new BijeenkomstStore();
    private final AuditStore audit = new AuditStore();
    private final PerspectiefplanStore plannen = new PerspectiefplanStore();

    @Activate
    public BesluitServiceImpl(@Reference(name = "database") Database db,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "overgangen") CasusOvergangen overgangen,
            @Reference(name = "potjes") PotjeServiceImpl potjes,
            @Reference(name = "acties") ActieServiceImpl acties,
            @Reference(name = "gebeurtenissen") Gebeurtenissen gebeurtenissen) {
        this.db = db;
        this.gemeenten = gemeenten;
        this.overgangen = overgangen;
        this.potjes = potjes;
        this.acties = acties;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public List<Besluit> lijst(String gemeente, String casusId) {
        return db.lees(c -> {
            overgangen.lees(c, gemeente, casusId);
            return store.vanCasus(c, gemeente, casusId);
        });
    }

    @Override
    public Optional<Besluit> zoek(String gemeente, String id) {
        if (gemeente == null || id == null) {
            return Optional.empty();
        }
        return db.lees(c -> store.zoek(c, gemeente, id));
    }

    private record Genomen(Besluit besluit, PotjeMutatie uitgave, List<Actie> acties,
            CasusOvergangen.Overgang overgang) {
    }

    @Override
    public Besluit neem(String gemeente, String casusId, NieuwBesluit in, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Invoer invoer = new Invoer();
        NieuwBesluit b = in == null ? new NieuwBesluit(null, null, null, null, null, null, null, null, null) : in;
        if (b.soort() == null) {
            invoer.fout("soort", Invoer.VERPLICHT, "Kies de soort besluit: regulier of doorbraak.");
        }
        String omschrijving = invoer.vrijVerplicht("omschrijving", "De omschrijving van het besluit", b.omschrijving(),
                4000);
        Waardendriehoek w = waardendriehoek(invoer, b.soort(), b.waardendriehoek(),
                () -> planVoorstel(gemeente, casusId));
        List<Toezegging> toezeggingen = toezeggingen(invoer, b.toezeggingen());
        Uitgave uitgave = uitgave(invoer, b.uitgave());
        List<NieuweActie> nieuweActies = new ArrayList<>();
        if (b.acties() != null) {
            if (b.acties().size() > MAX_LIJST) {
                invoer.fout("acties", Invoer.LENGTE, "Hoogstens " + MAX_LIJST + " acties per besluit.");
            } else {
                for (int i = 0; i < b.acties().size(); i++) {
                    nieuweActies.add(ActieServiceImpl.controleer(invoer, "acties." + i + ".", b.acties().get(i)));
                }
            }
        }
        if (b.deelnemers() == null || b.deelnemers().isEmpty()) {
            invoer.fout("deelnemers", Invoer.VERPLICHT, "Noem de deelnemers die het besluit nemen.");
        }
        String corrigeert = invoer.optioneel("corrigeert", "Gecorrigeerd besluit", b.corrigeert(), 36);
        String bijeenkomstId = invoer.optioneel("bijeenkomstId", "Bijeenkomst", b.bijeenkomstId(), 36);

        Genomen genomen = db.inTransactie(c -> {
            // a change of the bijeenkomst (its date, its aanwezigen) waits for this besluit, and the other way round;
            // locked before the casus, in the order an agenda change takes them
            Bijeenkomst bk = bijeenkomstId == null ? null
                    : bijeenkomsten.zoekVoorWijziging(c, gemeente, bijeenkomstId).orElse(null);
            // closing the casus takes this lock too: no actie is added to a casus that is being closed
            CasusStore.vergrendel(c, gemeente, casusId);
            OpgeslagenCasus k = overgangen.lees(c, gemeente, casusId);
            Tafel tafel = tafels.zoek(c, gemeente, k.tafelId()).orElseThrow();
            List<Deelnemer> nemers = Deelnemers.vanTafel(invoer, "deelnemers", tafel, b.deelnemers());
            if (!invoer.heeftFouten()) {
                binnenMandaat(invoer, toezeggingen, nemers);
                if (uitgave != null) {
                    PotjeServiceImpl.binnenMandaat(invoer, "uitgave.bedrag", uitgave.bedrag(), nemers);
                }
            }
            if (bijeenkomstId != null) {
                if (bk == null || !bk.tafelId().equals(k.tafelId())) {
                    invoer.fout("bijeenkomstId", Invoer.ONBEKEND,
                            "Bijeenkomst '" + bijeenkomstId + "' is geen bijeenkomst van de tafel van deze casus.");
                } else if (bk.datum().isAfter(Tijd.vandaag())) {
                    invoer.controleer();
                    throw new ConflictException("De bijeenkomst van " + bk.datum() + " is nog niet geweest. Een "
                            + "besluit op een bijeenkomst wordt vastgelegd op de dag zelf of later, door wie er waren.");
                } else {
                    Deelnemers.aanwezigOp(invoer, "deelnemers", tafel, b.deelnemers(), bk);
                }
            }
            if (corrigeert != null) {
                // the lock an uitgave on the old besluit takes: it is either spent before, or refused after
                store.vergrendel(c, gemeente, corrigeert);
                Besluit oud = store.zoek(c, gemeente, corrigeert).orElse(null);
                if (oud == null || !oud.casusId().equals(casusId)) {
                    invoer.fout("corrigeert", Invoer.ONBEKEND,
                            "Besluit '" + corrigeert + "' is geen besluit over deze casus.");
                } else if (oud.gecorrigeerdDoor() != null) {
                    throw new ConflictException("Besluit '" + corrigeert + "' is al gecorrigeerd door besluit '"
                            + oud.gecorrigeerdDoor() + "'; corrigeer dat besluit.");
                }
            }
            invoer.controleer();
            if (!MAG_BESLUIT.contains(k.status())) {
                throw new ConflictException(k.status() == CasusStatus.AFGESLOTEN
                        ? "De casus is afgesloten; er kan geen besluit meer bij."
                        : "Over een casus die " + k.status().code() + " is, neemt de tafel nog geen besluit. Zet hem "
                                + "eerst op de agenda van een bijeenkomst.");
            }
            Besluit nieuw = new Besluit(UUID.randomUUID().toString(), gemeente, casusId, bijeenkomstId, b.soort(),
                    omschrijving, w, nemers, toezeggingen, List.of(), corrigeert, null, Tijd.nu(), door);
            store.voegToe(c, nieuw);
            db.gemaakt(c, "besluit", nieuw.id());
            audit.schrijf(c, gemeente, casusId, "besluit", nieuw.id(), "genomen", door, new Wijzigingen()
                    .nieuw("soort", nieuw.soort().code()).nieuw("omschrijving", omschrijving)
                    .nieuw("bijeenkomstId", bijeenkomstId).nieuw("waardendriehoek.legitimiteit", w.legitimiteit())
                    .nieuw("waardendriehoek.rendement", w.rendement())
                    .nieuw("waardendriehoek.rendementBedrag", w.rendementBedrag())
                    .nieuw("waardendriehoek.betrokkenheid", w.betrokkenheid())
                    .nieuw("deelnemers", nemers.stream().map(d -> d.naam() + " (" + d.organisatie() + ")").toList())
                    .nieuw("toezeggingen", toezeggingen.stream()
                            .map(t -> t.organisatie() + ": " + t.bedrag().toPlainString()).toList())
                    .nieuw("corrigeert", corrigeert).lijst());
            PotjeMutatie m = uitgave == null ? null
                    : potjes.neemUit(c, gemeente, uitgave.potjeId(), casusId, k.tafelId(), nieuw.id(), uitgave.bedrag(),
                            uitgave.omschrijving(), door, "uitgave.potjeId", "uitgave.bedrag");
            List<Actie> gemaakt = new ArrayList<>();
            for (int i = 0; i < nieuweActies.size(); i++) {
                gemaakt.add(acties.voegToe(c, gemeente, casusId, nieuw.id(), nieuweActies.get(i), door,
                        "acties." + i + "."));
            }
            CasusOvergangen.Overgang o = null;
            if (k.status() == CasusStatus.GEAGENDEERD) {
                o = overgangen.voerUit(c, k, CasusStatus.BESLOTEN, (b.soort() == BesluitSoort.DOORBRAAK ? "Doorbraak"
                        : "Besluit") + ": " + kort(omschrijving), null, door);
            }
            return new Genomen(store.zoek(c, gemeente, nieuw.id()).orElseThrow(), m, gemaakt, o);
        });

        Besluit besluit = genomen.besluit();
        Map<String, Object> e = new HashMap<>();
        e.put(DoorbraakEvents.GEMEENTE, gemeente);
        e.put(DoorbraakEvents.BESLUIT_ID, besluit.id());
        e.put(DoorbraakEvents.CASUS_ID, casusId);
        e.put(DoorbraakEvents.SOORT, besluit.soort().code());
        e.put(DoorbraakEvents.DOOR, door);
        gebeurtenissen.post(DoorbraakEvents.BESLUIT_GENOMEN, e);
        if (genomen.uitgave() != null) {
            potjes.meldUitgave(gemeente, genomen.uitgave(), door);
        }
        genomen.acties().forEach(a -> acties.meld(DoorbraakEvents.ACTIE_AANGEMAAKT, a, door));
        if (genomen.overgang() != null) {
            overgangen.meld(genomen.overgang());
        }
        return besluit;
    }

    private static String kort(String tekst) {
        return tekst.length() <= 200 ? tekst : tekst.substring(0, 197) + "...";
    }

    /**
     * The perspectiefplan's suggestion for a missing rendementBedrag, as a sentence for the 400; empty without a plan.
     * Only a suggestion: the tafel states the amount itself (docs/decisions.md).
     */
    private String planVoorstel(String gemeente, String casusId) {
        return db.lees(c -> plannen.kostenVan(c, gemeente, casusId)).map(kosten -> {
            Rendementsvoorstel v = Rekentool.voorRendement(kosten, Rekentool.besparing(kosten));
            return v.rendementBedrag() == null ? "" : " " + v.tekst();
        }).orElse("");
    }

    /** For a doorbraak all three sides are required; the messages say what each side asks. */
    static Waardendriehoek waardendriehoek(Invoer invoer, BesluitSoort soort, Waardendriehoek in,
            Supplier<String> voorstelUitPlan) {
        Waardendriehoek w = in == null ? Waardendriehoek.leeg() : in;
        String legitimiteit = invoer.vrijOptioneel("waardendriehoek.legitimiteit", "Legitimiteit", w.legitimiteit(),
                2000);
        String rendement = invoer.vrijOptioneel("waardendriehoek.rendement", "Rendement", w.rendement(), 2000);
        BigDecimal bedrag = Bedragen.nulOfMeer(invoer, "waardendriehoek.rendementBedrag", "Het geschatte rendement",
                w.rendementBedrag());
        String betrokkenheid = invoer.vrijOptioneel("waardendriehoek.betrokkenheid", "Betrokkenheid", w.betrokkenheid(),
                2000);
        if (soort == BesluitSoort.DOORBRAAK) {
            if (leeg(w.legitimiteit())) {
                invoer.fout("waardendriehoek.legitimiteit", Invoer.VERPLICHT, "Een doorbraak vraagt legitimiteit: "
                        + "welke regel, welk artikel of welke hardheidsclausule staat dit besluit toe?");
            }
            if (leeg(w.rendement())) {
                invoer.fout("waardendriehoek.rendement", Invoer.VERPLICHT, "Een doorbraak vraagt rendement: welke "
                        + "maatschappelijke kosten voorkomt dit besluit?");
            }
            if (w.rendementBedrag() == null) {
                invoer.fout("waardendriehoek.rendementBedrag", Invoer.VERPLICHT, "Een doorbraak vraagt een schatting "
                        + "in euro's van de kosten die het voorkomt (0 mag, als het niet in geld uit te drukken is)."
                        + voorstelUitPlan.get());
            }
            if (leeg(w.betrokkenheid())) {
                invoer.fout("waardendriehoek.betrokkenheid", Invoer.VERPLICHT, "Een doorbraak vraagt betrokkenheid: "
                        + "hoe doet de inwoner mee en stemt hij of zij in?");
            }
        }
        return new Waardendriehoek(legitimiteit, rendement, bedrag, betrokkenheid);
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }

    private static List<Toezegging> toezeggingen(Invoer invoer, List<Toezegging> in) {
        List<Toezegging> l = new ArrayList<>();
        if (in == null) {
            return l;
        }
        if (in.size() > MAX_LIJST) {
            invoer.fout("toezeggingen", Invoer.LENGTE, "Hoogstens " + MAX_LIJST + " toezeggingen per besluit.");
            return l;
        }
        for (int i = 0; i < in.size(); i++) {
            Toezegging t = in.get(i) == null ? new Toezegging(null, null, null) : in.get(i);
            String p = "toezeggingen." + i + ".";
            String org = invoer.verplicht(p + "organisatie", "Organisatie", t.organisatie(), 200);
            BigDecimal bedrag = Bedragen.positief(invoer, p + "bedrag", "Het bedrag", t.bedrag());
            String oms = invoer.vrijOptioneel(p + "omschrijving", "Omschrijving", t.omschrijving(), 1000);
            l.add(new Toezegging(org, bedrag, oms));
        }
        return l;
    }

    private static Uitgave uitgave(Invoer invoer, Uitgave in) {
        if (in == null) {
            return null;
        }
        String potje = invoer.verplicht("uitgave.potjeId", "Potje", in.potjeId(), 36);
        BigDecimal bedrag = Bedragen.positief(invoer, "uitgave.bedrag", "Het bedrag uit het potje", in.bedrag());
        String oms = invoer.vrijOptioneel("uitgave.omschrijving", "Omschrijving", in.omschrijving(), 1000);
        return new Uitgave(potje, bedrag, oms);
    }

    /**
     * Each toezegging needs a deelnemer of that organisatie among those who take the besluit, with a mandate up to
     * the amount. A deelnemer without an amount in their mandate cannot commit money.
     */
    static void binnenMandaat(Invoer invoer, List<Toezegging> toezeggingen, List<Deelnemer> nemers) {
        for (int i = 0; i < toezeggingen.size(); i++) {
            Toezegging t = toezeggingen.get(i);
            List<Deelnemer> vanOrg = nemers.stream().filter(d -> Deelnemers.gelijk(d.organisatie(), t.organisatie()))
                    .toList();
            String veld = "toezeggingen." + i + ".bedrag";
            if (vanOrg.isEmpty()) {
                invoer.fout("toezeggingen." + i + ".organisatie", "mandaat", "Geen van de deelnemers die dit besluit "
                        + "nemen is van " + t.organisatie() + "; alleen iemand van " + t.organisatie()
                        + " met mandaat kan " + Bedragen.tekst(t.bedrag()) + " toezeggen.");
                continue;
            }
            BigDecimal hoogste = vanOrg.stream().map(Deelnemer::mandaatBedrag).filter(x -> x != null)
                    .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            if (t.bedrag().compareTo(hoogste) > 0) {
                invoer.fout(veld, "mandaat", Bedragen.tekst(t.bedrag()) + " voor " + t.organisatie()
                        + " gaat boven het mandaat van de deelnemers van " + t.organisatie() + " bij dit besluit "
                        + "(hoogste mandaat: " + Bedragen.tekst(hoogste) + "). Neem iemand met meer mandaat mee, of "
                        + "escaleer.");
            }
        }
    }
}
