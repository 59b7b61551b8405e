package nl.doorbraak.core.escalatie;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieFilter;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.domein.EscalatieWijziging;
import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.core.db.CoreInstellingen;
import nl.doorbraak.core.audit.AuditStore;
import nl.doorbraak.core.audit.Wijzigingen;
import nl.doorbraak.core.casus.CasusStore;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Gebeurtenissen;
import nl.doorbraak.core.platform.Invoer;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.platform.Vereist;

/**
 * Escalaties of casussen along the escalatieroute of their gemeente.
 *
 * <p>Every change is one service method and one transaction (so an audit record can join it later); the event
 * follows the commit. The level, its name and its response time are copied into the escalatie, so it stays readable
 * when the configuration changes or the plug-in of its level is removed. A level that belonged to a plug-in which is
 * gone (being updated, or removed) is waited for briefly, then a 503, like a missing tafelvariant. The work, without
 * questions of access: {@link EscalatieServiceImpl} is the door that decides who may and records the verwerking.
 */
@Component(service = EscalatieKern.class)
public final class EscalatieKern {

    static final int MAX_REDEN = 2000;
    static final int MAX_ANTWOORD = 4000;

    private final Database db;
    private final NiveauVolger niveaus;
    private final GemeenteService gemeenten;
    private final Gebeurtenissen gebeurtenissen;
    private final EscalatieStore store = new EscalatieStore();

    private final AuditStore audit = new AuditStore();

    @Activate
    public EscalatieKern(@Reference(name = "database") Database db,
            @Reference(name = "niveaus") NiveauVolger niveaus,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "gebeurtenissen") Gebeurtenissen gebeurtenissen) {
        this.db = db;
        this.niveaus = niveaus;
        this.gemeenten = gemeenten;
        this.gebeurtenissen = gebeurtenissen;
    }

    // ---------------------------------------------------------------- reads

    public List<Escalatieniveau> route(String gemeente) {
        return niveaus.route(Vereist.gemeente(gemeenten, gemeente));
    }

    /** Per level of the route that {@code bundle} does not escalate to itself: the plug-in's sentence. */
    public Map<String, String> ingangen(String gemeente, String bundle) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Escalatieniveau n : route(gemeente)) {
            niveaus.afgeschermd(n, bundle).ifPresent(zin -> m.put(n.id(), zin));
        }
        return m;
    }

    public Pagina<Escalatie> lijst(String gemeente, EscalatieFilter filter, int page, int pageSize) {
        return lijst(gemeente, filter, null, page, pageSize);
    }

    /** @param varianten only escalaties of casussen of these variants (a plug-in's own); {@code null}: all */
    public Pagina<Escalatie> lijst(String gemeente, EscalatieFilter filter, java.util.Set<String> varianten, int page,
            int pageSize) {
        Invoer.controleerPagina(page, pageSize);
        Instant nu = Tijd.nu();
        return db.lees(c -> store.lijst(c, gemeente, filter, varianten, page, pageSize, nu));
    }

    public List<Escalatie> vanCasus(String gemeente, String casusId) {
        Instant nu = Tijd.nu();
        return db.lees(c -> {
            if (casusId == null || store.casus(c, gemeente, casusId).isEmpty()) {
                throw casusNietGevonden(casusId);
            }
            return store.vanCasus(c, gemeente, casusId, nu);
        });
    }

    public Optional<Escalatie> zoek(String gemeente, String id) {
        if (gemeente == null || id == null) {
            return Optional.empty();
        }
        Instant nu = Tijd.nu();
        return db.lees(c -> store.zoek(c, gemeente, id, nu));
    }

    // ---------------------------------------------------------------- changes

    public Escalatie escaleer(String gemeente, String casusId, String niveau, String reden, String door) {
        return escaleer(gemeente, casusId, niveau, reden, door, null);
    }

    /**
     * @param bundle the calling bundle's symbolic name; a plug-in level with an {@code ingang} is only for the bundle
     *               that provides it ({@link NiveauVolger#afgeschermd})
     */
    public Escalatie escaleer(String gemeente, String casusId, String niveau, String reden, String door,
            String bundle) {
        Gemeente g = Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Invoer invoer = new Invoer();
        String schoneReden = invoer.vrijOptioneel("reden", "Reden", reden, MAX_REDEN);
        if (reden == null || reden.isBlank()) {
            invoer.fout("reden", Invoer.VERPLICHT, "Geef een reden om te escaleren: wat kan de tafel zelf niet "
                    + "oplossen, en wat vraagt u van het volgende niveau?");
        }
        String niveauId = invoer.optioneel("niveau", "Niveau", niveau, 100);
        invoer.controleer();
        // choose the level before the transaction: it may wait for a plug-in, and must not hold a connection then
        Keuze keuze = db.lees(c -> {
            List<Escalatie> eerdere = controleerEscaleerbaar(c, g, casusId);
            if (niveauId != null) {
                return niveauOpRoute(c, g, niveauId);
            }
            Escalatie laatste = eerdere.isEmpty() ? null : eerdere.get(eerdere.size() - 1);
            return laatste != null && laatste.status() == EscalatieStatus.BEANTWOORD ? volgendNiveau(g, laatste)
                    : new Keuze(niveaus.route(g).get(0), null);
        });
        Escalatieniveau n = keuze.niveau() != null ? keuze.niveau() : wachtOp(keuze.wachtOp(), g);
        Optional<String> ingang = niveaus.afgeschermd(n, bundle);
        if (ingang.isPresent()) {
            if (niveauId != null) {
                throw new Invoer().fout("niveau", Invoer.ONBEKEND, ingang.get()).ongeldig();
            }
            throw new ConflictException(ingang.get());
        }
        Instant nu = Tijd.nu();
        Escalatie nieuw = db.inTransactie(c -> {
            // the lock closing a casus takes too: an escalatie never opens on a casus that is being closed
            CasusStore.vergrendel(c, g.id(), casusId);
            controleerEscaleerbaar(c, g, casusId);
            Escalatie e = open(g, casusId, n, schoneReden, null, door, nu);
            store.voegToe(c, e);
            db.gemaakt(c, "escalatie", e.id());
            auditNieuw(c, e, door);
            return e;
        });
        meld(DoorbraakEvents.ESCALATIE_AANGEMAAKT, nieuw, door, null);
        return nieuw;
    }

    public Escalatie beantwoord(String gemeente, String id, Long verwachteVersie, String antwoord, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Invoer invoer = new Invoer();
        String schoon = invoer.vrijVerplicht("antwoord", "Antwoord", antwoord, MAX_ANTWOORD);
        invoer.controleer();
        Escalatie nieuw = db.inTransactie(c -> sluit(c, gemeente, id, verwachteVersie, EscalatieStatus.BEANTWOORD,
                schoon, schoon, null, door));
        meld(DoorbraakEvents.ESCALATIE_BEANTWOORD, nieuw, door, null);
        return nieuw;
    }

    public Escalatie losOp(String gemeente, String id, Long verwachteVersie, String toelichting, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Invoer invoer = new Invoer();
        String schoon = invoer.vrijOptioneel("toelichting", "Toelichting", toelichting, MAX_REDEN);
        invoer.controleer();
        Escalatie nieuw = db.inTransactie(c -> sluit(c, gemeente, id, verwachteVersie, EscalatieStatus.OPGELOST,
                null, schoon, null, door));
        meld(DoorbraakEvents.ESCALATIE_OPGELOST, nieuw, door, null);
        return nieuw;
    }

    public Escalatie escaleerDoor(String gemeente, String id, Long verwachteVersie, String reden, String door) {
        return escaleerDoor(gemeente, id, verwachteVersie, reden, door, null);
    }

    /** @param bundle as in {@link #escaleer(String, String, String, String, String, String)} */
    public Escalatie escaleerDoor(String gemeente, String id, Long verwachteVersie, String reden, String door,
            String bundle) {
        Gemeente g = Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Invoer invoer = new Invoer();
        String schoneReden = invoer.vrijOptioneel("reden", "Reden", reden, MAX_REDEN);
        if (reden == null || reden.isBlank()) {
            invoer.fout("reden", Invoer.VERPLICHT, "Geef een reden om door te escaleren: waarom lost dit niveau het "
                    + "niet op?");
        }
        invoer.controleer();
        Escalatie gelezen = db.lees(c -> {
            Escalatie huidig = store.zoek(c, gemeente, id, Tijd.nu()).orElseThrow(() -> nietGevonden(id));
            controleerOpen(huidig, verwachteVersie, EscalatieStatus.DOORGEESCALEERD);
            casusVoorEscalatie(c, g, huidig.casusId());
            return huidig;
        });
        Keuze keuze = volgendNiveau(g, gelezen);
        Escalatieniveau n = keuze.niveau() != null ? keuze.niveau() : wachtOp(keuze.wachtOp(), g);
        Optional<String> ingang = niveaus.afgeschermd(n, bundle);
        if (ingang.isPresent()) {
            throw new ConflictException(ingang.get());
        }
        Instant nu = Tijd.nu();
        Escalatie[] oudEnNieuw = db.inTransactie(c -> {
            Escalatie huidig = store.zoek(c, gemeente, id, nu).orElseThrow(() -> nietGevonden(id));
            // nothing may have changed since the level was chosen
            controleerOpen(huidig, gelezen.versie(), EscalatieStatus.DOORGEESCALEERD);
            casusVoorEscalatie(c, g, huidig.casusId());
            Escalatie volgende = open(g, huidig.casusId(), n, schoneReden, huidig.id(), door, nu);
            // first close the old one: the database allows one open escalatie per casus
            Escalatie gesloten = sluit(c, huidig, EscalatieStatus.DOORGEESCALEERD, null, schoneReden, volgende.id(),
                    door, nu);
            store.voegToe(c, volgende);
            db.gemaakt(c, "escalatie", volgende.id());
            auditNieuw(c, volgende, door);
            return new Escalatie[] { gesloten, volgende };
        });
        meld(DoorbraakEvents.ESCALATIE_DOORGEESCALEERD, oudEnNieuw[0], door, oudEnNieuw[1].id());
        meld(DoorbraakEvents.ESCALATIE_AANGEMAAKT, oudEnNieuw[1], door, null);
        return oudEnNieuw[1];
    }

    // ---------------------------------------------------------------- helpers

    private Escalatie sluit(Connection c, String gemeente, String id, Long verwachteVersie, EscalatieStatus naar,
            String antwoord, String toelichting, String volgende, String door) throws SQLException {
        Instant nu = Tijd.nu();
        Escalatie huidig = store.zoek(c, gemeente, id, nu).orElseThrow(() -> nietGevonden(id));
        controleerOpen(huidig, verwachteVersie, naar);
        return sluit(c, huidig, naar, antwoord, toelichting, volgende, door, nu);
    }

    private Escalatie sluit(Connection c, Escalatie huidig, EscalatieStatus naar, String antwoord, String toelichting, String volgende, String door, Instant nu) throws SQLException {
        List<EscalatieWijziging> historie = new ArrayList<>(huidig.historie());
        historie.add(new EscalatieWijziging(huidig.status(), naar, door, nu, toelichting));
        Escalatie nieuw = new Escalatie(huidig.id(), huidig.gemeente(), huidig.casusId(), huidig.niveau(),
                huidig.niveauNaam(), huidig.reactietermijnDagen(), huidig.reden(), naar, huidig.deadline(), false,
                antwoord, huidig.vorige(), volgende, historie, huidig.versie() + 1, huidig.aangemaakt(),
                huidig.aangemaaktDoor(), nu);
        if (!store.sluit(c, nieuw, huidig.versie())) {
            throw new ConflictException("De escalatie is zojuist door een ander gewijzigd. Haal haar opnieuw op en "
                    + "probeer het nog eens.");
        }
        audit.schrijf(c, huidig.gemeente(), huidig.casusId(), "escalatie", huidig.id(), "status", door,
                new Wijzigingen().veld("status", huidig.status().code(), naar.code()).veld("antwoord", null, antwoord)
                        .nieuw("toelichting", toelichting).nieuw("volgende", volgende).lijst());
        return nieuw;
    }

    private void auditNieuw(Connection c, Escalatie e, String door) throws SQLException {
        audit.schrijf(c, e.gemeente(), e.casusId(), "escalatie", e.id(), "aangemaakt", door, new Wijzigingen()
                .nieuw("niveau", e.niveau()).nieuw("reden", e.reden()).nieuw("deadline", e.deadline())
                .nieuw("vorige", e.vorige()).lijst());
    }

    private static void controleerOpen(Escalatie huidig, Long verwachteVersie, EscalatieStatus naar) {
        if (verwachteVersie != null && huidig.versie() != verwachteVersie) {
            throw new ConflictException("De escalatie is intussen door een ander gewijzigd (nu versie "
                    + huidig.versie() + ", u had versie " + verwachteVersie + "). Haal haar opnieuw op en probeer het "
                    + "nog eens.");
        }
        if (!huidig.status().magNaar(naar)) {
            throw new ConflictException("De escalatie is al " + huidig.status().code() + "; alleen een open escalatie "
                    + "kan " + switch (naar) {
                        case BEANTWOORD -> "worden beantwoord";
                        case OPGELOST -> "worden opgelost";
                        default -> "worden doorgeëscaleerd";
                    } + "." + (huidig.volgende() != null ? " Ga verder met de escalatie op het volgende niveau ("
                            + huidig.volgende() + ")." : ""));
        }
    }

    /** The casus must exist in this gemeente and must not be closed. */
    private EscalatieStore.CasusStand casusVoorEscalatie(Connection c, Gemeente g, String casusId) throws SQLException {
        EscalatieStore.CasusStand casus = casusId == null ? null : store.casus(c, g.id(), casusId).orElse(null);
        if (casus == null) {
            throw casusNietGevonden(casusId);
        }
        if (casus.status() == CasusStatus.AFGESLOTEN) {
            throw new ConflictException("De casus is afgesloten; een afgesloten casus kan niet (verder) worden "
                    + "geëscaleerd.");
        }
        return casus;
    }

    /** What level to escalate to: one on the route now, or the id of a plug-in level to wait for. */
    private record Keuze(Escalatieniveau niveau, String wachtOp) {
    }

    /**
     * The casus exists here, is not closed and has no open escalatie.
     *
     * @return its escalaties so far, oldest first
     */
    private List<Escalatie> controleerEscaleerbaar(Connection c, Gemeente g, String casusId) throws SQLException {
        casusVoorEscalatie(c, g, casusId);
        List<Escalatie> eerdere = store.vanCasus(c, g.id(), casusId, Tijd.nu());
        for (Escalatie open : eerdere) {
            if (open.isOpen()) {
                throw new ConflictException("Deze casus heeft al een open escalatie op niveau '" + open.niveauNaam()
                        + "' (deadline " + open.deadline() + "). Een casus heeft één open escalatie tegelijk: "
                        + "escaleer die door, of meld hem beantwoord of opgelost.");
            }
        }
        return eerdere;
    }

    /** A level named by the user: on the route now, or a plug-in level that is gone for the moment (wait, then 503). */
    private Keuze niveauOpRoute(Connection c, Gemeente g, String niveauId) throws SQLException {
        List<Escalatieniveau> route = niveaus.route(g);
        for (Escalatieniveau n : route) {
            if (n.id().equals(niveauId)) {
                return new Keuze(n, null);
            }
        }
        if (niveaus.afwezigVoor(niveauId, g.id()) || g.escalatieniveau(niveauId).isEmpty()
                && store.heeftNiveau(c, g.id(), niveauId)) {
            return new Keuze(null, niveauId);
        }
        throw new Invoer().fout("niveau", Invoer.ONBEKEND, "Niveau '" + niveauId + "' staat niet op de "
                + "escalatieroute van " + g.naam() + "; kies uit: " + ids(route) + ".").ongeldig();
    }

    /** The level above that of {@code e}; at the top a 409, unless a plug-in level above is only gone for a moment. */
    private Keuze volgendNiveau(Gemeente g, Escalatie e) {
        List<Escalatieniveau> route = niveaus.route(g);
        int i = indexVan(route, e.niveau());
        if (i < 0) {
            if (niveaus.afwezigVoor(e.niveau(), g.id())) {
                // its own level is a plug-in level being updated: the one above is not known until it is back
                wachtOp(e.niveau(), g);
                route = niveaus.route(g);
                i = indexVan(route, e.niveau());
            }
            if (i < 0) {
                throw new ConflictException("Niveau '" + e.niveauNaam() + "' staat niet meer op de escalatieroute van "
                        + g.naam() + " (" + ids(route) + "); escaleer de casus opnieuw en kies een niveau.");
            }
        }
        if (i + 1 < route.size()) {
            return new Keuze(route.get(i + 1), null);
        }
        List<String> weg = niveaus.afwezigVoor(g.id());
        if (!weg.isEmpty()) {
            return new Keuze(null, weg.get(0));
        }
        throw new ConflictException("Niveau '" + e.niveauNaam() + "' is het hoogste niveau van de escalatieroute van "
                + g.naam() + " (" + ids(route) + "); hoger escaleren kan niet. Meld de escalatie beantwoord of "
                + "opgelost, of breng de casus terug aan tafel.");
    }

    private Escalatieniveau wachtOp(String niveau, Gemeente g) {
        CoreInstellingen inst = db.instellingen();
        return niveaus.wacht(niveau, g.id(), inst.variantWachttijdMs(), inst.retryAfterSeconden());
    }

    private static int indexVan(List<Escalatieniveau> route, String id) {
        for (int i = 0; i < route.size(); i++) {
            if (route.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String ids(List<Escalatieniveau> route) {
        return route.stream().map(Escalatieniveau::id).collect(Collectors.joining(", "));
    }

    private static Escalatie open(Gemeente g, String casusId, Escalatieniveau n, String reden, String vorige,
            String door, Instant nu) {
        return new Escalatie(UUID.randomUUID().toString(), g.id(), casusId, n.id(), n.naam(), n.reactietermijnDagen(),
                reden, EscalatieStatus.OPEN, nu.plus(Duration.ofDays(n.reactietermijnDagen())), false, null, vorige,
                null, List.of(new EscalatieWijziging(null, EscalatieStatus.OPEN, door, nu, reden)), 1, nu, door, nu);
    }

    private static NietGevondenException nietGevonden(String id) {
        return new NietGevondenException("Escalatie '" + id + "' bestaat niet.");
    }

    private static NietGevondenException casusNietGevonden(String id) {
        return new NietGevondenException("Casus '" + id + "' bestaat niet.");
    }

    private void meld(String topic, Escalatie e, String door, String volgende) {
        Map<String, Object> p = new HashMap<>();
        p.put(DoorbraakEvents.GEMEENTE, e.gemeente());
        p.put(DoorbraakEvents.CASUS_ID, e.casusId());
        p.put(DoorbraakEvents.ESCALATIE_ID, e.id());
        p.put(DoorbraakEvents.NIVEAU, e.niveau());
        p.put(DoorbraakEvents.STATUS, e.status().code());
        p.put(DoorbraakEvents.DEADLINE, e.deadline().toString());
        p.put(DoorbraakEvents.DOOR, door);
        p.put(DoorbraakEvents.VERSIE, e.versie());
        p.put(DoorbraakEvents.ESCALATIE_VOLGENDE, volgende);
        gebeurtenissen.post(topic, p);
    }
}
