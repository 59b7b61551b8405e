package nl.doorbraak.core.perspectiefplan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.Besparing;
import nl.doorbraak.api.domein.Besparingstotaal;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Kostenregel;
import nl.doorbraak.api.domein.NieuwPerspectiefplan;
import nl.doorbraak.api.domein.OrganisatieBesparing;
import nl.doorbraak.api.domein.Perspectiefplan;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.core.audit.AuditStore;
import nl.doorbraak.core.audit.Wijzigingen;
import nl.doorbraak.core.casus.CasusOvergangen;
import nl.doorbraak.core.casus.OpgeslagenCasus;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Bedragen;
import nl.doorbraak.core.platform.Gebeurtenissen;
import nl.doorbraak.core.platform.Invoer;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.platform.Vereist;

/**
 * Perspectiefplannen: one per casus, created or replaced as a whole with optimistic locking. The plan, its stappen and
 * kosten, and the audit line are one transaction; the event follows the commit. Once a casus is closed its plan is
 * fixed, so the yearly figures of the rapportage do not change afterwards. No access questions:
 * {@link PerspectiefplanServiceImpl} is the door that decides and records.
 */
@Component(service = PerspectiefplanKern.class)
public final class PerspectiefplanKern {

    static final int MAX_KOSTENREGELS = 30;
    static final int MAX_STAPPEN = 20;
    static final int MAX_DOEL = 4000;

    private final Database db;
    private final GemeenteService gemeenten;
    private final CasusOvergangen casussen;
    private final Gebeurtenissen gebeurtenissen;
    private final PerspectiefplanStore store = new PerspectiefplanStore();
    private final AuditStore audit = new AuditStore();

    @Activate
    public PerspectiefplanKern(@Reference(name = "database") Database db,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "overgangen") CasusOvergangen casussen,
            @Reference(name = "gebeurtenissen") Gebeurtenissen gebeurtenissen) {
        this.db = db;
        this.gemeenten = gemeenten;
        this.casussen = casussen;
        this.gebeurtenissen = gebeurtenissen;
    }

    public Optional<Perspectiefplan> zoek(String gemeente, String casusId) {
        if (gemeente == null || casusId == null) {
            return Optional.empty();
        }
        return db.lees(c -> store.zoek(c, gemeente, casusId)).map(PerspectiefplanStore.Opgeslagen::alsPlan);
    }

    public Optional<Besparing> besparing(String gemeente, String casusId) {
        if (gemeente == null || casusId == null) {
            return Optional.empty();
        }
        return db.lees(c -> store.kostenVan(c, gemeente, casusId)).map(Rekentool::besparing);
    }

    public Besparingstotaal besparingInJaar(String gemeente, int jaar) {
        Instant van = LocalDate.of(jaar, 1, 1).atStartOfDay(Tijd.NEDERLAND).toInstant();
        Instant tot = LocalDate.of(jaar + 1, 1, 1).atStartOfDay(Tijd.NEDERLAND).toInstant();
        Map<String, List<Kostenregel>> plannen = db.lees(c -> store.kostenInPeriode(c, gemeente, van, tot));
        BigDecimal doormodderen = Rekentool.NUL;
        BigDecimal doorbreken = Rekentool.NUL;
        List<OrganisatieBesparing> regels = new ArrayList<>();
        for (List<Kostenregel> kosten : plannen.values()) {
            Besparing b = Rekentool.besparing(kosten);
            doormodderen = doormodderen.add(b.doormodderen());
            doorbreken = doorbreken.add(b.doorbreken());
            regels.addAll(b.perOrganisatie());
        }
        return new Besparingstotaal(gemeente, jaar, plannen.size(), doormodderen, doorbreken,
                doormodderen.subtract(doorbreken), Rekentool.samen(regels));
    }

    public Perspectiefplan bewaar(String gemeente, String casusId, Long verwachteVersie, NieuwPerspectiefplan in,
            String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        NieuwPerspectiefplan plan = in == null ? new NieuwPerspectiefplan(null, null, null) : in;
        Invoer invoer = new Invoer();
        String doel = invoer.vrijVerplicht("doel", "Het doel van de inwoner", plan.doel(), MAX_DOEL);
        List<String> stappen = stappen(invoer, plan.stappen());
        List<Kostenregel> kosten = kosten(invoer, plan.kosten());
        invoer.controleer();

        Perspectiefplan bewaard = db.inTransactie(c -> {
            OpgeslagenCasus k = casussen.lees(c, gemeente, casusId);
            Optional<PerspectiefplanStore.Opgeslagen> huidig = store.zoek(c, gemeente, casusId);
            if (k.status() == CasusStatus.AFGESLOTEN) {
                throw new ConflictException("De casus is afgesloten; het perspectiefplan ligt daarmee vast en telt zo "
                        + "mee in de rapportage.");
            }
            Instant nu = Tijd.nu();
            if (huidig.isEmpty()) {
                if (verwachteVersie != null) {
                    throw new ConflictException("Deze casus heeft (nog) geen perspectiefplan; u had versie "
                            + verwachteVersie + ". Haal het plan opnieuw op.");
                }
                PerspectiefplanStore.Opgeslagen nieuw = new PerspectiefplanStore.Opgeslagen(casusId, gemeente, doel,
                        stappen, kosten, 1, nu, door, nu, door);
                store.voegToe(c, nieuw);
                Perspectiefplan p = nieuw.alsPlan();
                audit.schrijf(c, gemeente, casusId, "perspectiefplan", casusId, "aangemaakt", door,
                        wijzigingen(null, p).lijst());
                return p;
            }
            PerspectiefplanStore.Opgeslagen oud = huidig.get();
            if (verwachteVersie == null) {
                throw new ConflictException("Deze casus heeft al een perspectiefplan (versie " + oud.versie()
                        + "), intussen vastgelegd door " + oud.gewijzigdDoor() + ". Haal het op en vervang het met "
                        + "die versie.");
            }
            if (oud.versie() != verwachteVersie) {
                throw verouderd(oud.versie(), verwachteVersie);
            }
            PerspectiefplanStore.Opgeslagen nieuw = new PerspectiefplanStore.Opgeslagen(casusId, gemeente, doel,
                    stappen, kosten, oud.versie() + 1, oud.aangemaakt(), oud.aangemaaktDoor(), nu, door);
            if (!store.vervang(c, nieuw, verwachteVersie)) {
                throw verouderd(-1, verwachteVersie);
            }
            Perspectiefplan p = nieuw.alsPlan();
            audit.schrijf(c, gemeente, casusId, "perspectiefplan", casusId, "gewijzigd", door,
                    wijzigingen(oud.alsPlan(), p).lijst());
            return p;
        });
        Map<String, Object> e = new HashMap<>();
        e.put(DoorbraakEvents.GEMEENTE, gemeente);
        e.put(DoorbraakEvents.CASUS_ID, casusId);
        e.put(DoorbraakEvents.VERSIE, bewaard.versie());
        e.put(DoorbraakEvents.BESPARING, bewaard.besparing().totaal().toPlainString());
        e.put(DoorbraakEvents.DOOR, door);
        gebeurtenissen.post(DoorbraakEvents.PERSPECTIEFPLAN_GEWIJZIGD, e);
        return bewaard;
    }

    private static ConflictException verouderd(long huidig, long verwacht) {
        return new ConflictException("Het perspectiefplan is intussen door een ander gewijzigd ("
                + (huidig < 0 ? "zojuist" : "nu versie " + huidig) + ", u had versie " + verwacht
                + "). Haal het opnieuw op en probeer het nog eens.");
    }

    /** Field by field, old → new; the kosten as a list of plain objects, the total saving as one field. */
    private static Wijzigingen wijzigingen(Perspectiefplan oud, Perspectiefplan nieuw) {
        return new Wijzigingen().veld("doel", oud == null ? null : oud.doel(), nieuw.doel())
                .veld("stappen", oud == null || oud.stappen().isEmpty() ? null : oud.stappen(),
                        nieuw.stappen().isEmpty() ? null : nieuw.stappen())
                .veld("kosten", oud == null || oud.kosten().isEmpty() ? null : alsWaarden(oud.kosten()),
                        nieuw.kosten().isEmpty() ? null : alsWaarden(nieuw.kosten()))
                .veld("besparing.totaal", oud == null ? null : oud.besparing().totaal(), nieuw.besparing().totaal());
    }

    private static List<Map<String, Object>> alsWaarden(List<Kostenregel> kosten) {
        List<Map<String, Object>> l = new ArrayList<>();
        for (Kostenregel k : kosten) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("organisatie", k.organisatie());
            m.put("post", k.post());
            m.put("doormodderen", k.doormodderen());
            m.put("doorbreken", k.doorbreken());
            l.add(m);
        }
        return l;
    }

    private static List<String> stappen(Invoer invoer, List<String> in) {
        List<String> l = new ArrayList<>();
        if (in.size() > MAX_STAPPEN) {
            invoer.fout("stappen", Invoer.LENGTE, "Hoogstens " + MAX_STAPPEN + " stappen; houd het plan kort.");
            return l;
        }
        for (int i = 0; i < in.size(); i++) {
            String s = invoer.vrijVerplicht("stappen." + i, "Stap " + (i + 1), in.get(i), 500);
            if (s != null) {
                l.add(s);
            }
        }
        return l;
    }

    static List<Kostenregel> kosten(Invoer invoer, List<Kostenregel> in) {
        List<Kostenregel> l = new ArrayList<>();
        if (in.size() > MAX_KOSTENREGELS) {
            invoer.fout("kosten", Invoer.LENGTE, "Hoogstens " + MAX_KOSTENREGELS + " regels in de rekentool; "
                    + "voeg posten van dezelfde organisatie samen.");
            return l;
        }
        for (int i = 0; i < in.size(); i++) {
            Kostenregel k = in.get(i) == null ? new Kostenregel(null, null, null, null) : in.get(i);
            String p = "kosten." + i + ".";
            String org = invoer.verplicht(p + "organisatie", "De organisatie van regel " + (i + 1), k.organisatie(),
                    200);
            String post = invoer.vrijOptioneel(p + "post", "De post van regel " + (i + 1), k.post(), 200);
            BigDecimal doormodderen = bedrag(invoer, p + "doormodderen", "Doormodderen in regel " + (i + 1),
                    k.doormodderen());
            BigDecimal doorbreken = bedrag(invoer, p + "doorbreken", "Doorbreken in regel " + (i + 1),
                    k.doorbreken());
            l.add(new Kostenregel(org, post, doormodderen, doorbreken));
        }
        return l;
    }

    private static BigDecimal bedrag(Invoer invoer, String veld, String label, BigDecimal bedrag) {
        if (bedrag == null) {
            invoer.fout(veld, Invoer.VERPLICHT, label + " is verplicht: de kosten per jaar in euro's (0 als er geen "
                    + "kosten zijn).");
            return null;
        }
        return Bedragen.nulOfMeer(invoer, veld, label, bedrag);
    }
}
