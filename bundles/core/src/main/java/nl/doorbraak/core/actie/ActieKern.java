package nl.doorbraak.core.actie;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.Actie;
import nl.doorbraak.api.domein.ActieFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.NieuweActie;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.core.audit.AuditStore;
import nl.doorbraak.core.audit.Wijzigingen;
import nl.doorbraak.core.casus.CasusStore;
import nl.doorbraak.core.contact.ContactVerwijzing;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Gebeurtenissen;
import nl.doorbraak.core.platform.Invoer;
import nl.doorbraak.core.platform.Json;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.platform.Vereist;

/**
 * Acties from besluiten: who does what before when, and which are overdue. The work, without questions of access:
 * {@link ActieServiceImpl} is the door that decides who may and records the verwerking.
 */
@Component(service = ActieKern.class)
public final class ActieKern {

    private final Database db;
    private final GemeenteService gemeenten;
    private final Gebeurtenissen gebeurtenissen;
    private final ActieStore store = new ActieStore();
    private final CasusStore casussen = new CasusStore(new Json());
    private final AuditStore audit = new AuditStore();
    private final ContactVerwijzing contacten = new ContactVerwijzing();

    @Activate
    public ActieKern(@Reference(name = "database") Database db,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "gebeurtenissen") Gebeurtenissen gebeurtenissen) {
        this.db = db;
        this.gemeenten = gemeenten;
        this.gebeurtenissen = gebeurtenissen;
    }

    public Pagina<Actie> lijst(String gemeente, ActieFilter filter, int page, int pageSize) {
        return lijst(gemeente, filter, null, page, pageSize);
    }

    /** @param varianten only acties on casussen of these variants (a plug-in's own); {@code null}: all */
    public Pagina<Actie> lijst(String gemeente, ActieFilter filter, java.util.Set<String> varianten, int page,
            int pageSize) {
        Invoer.controleerPagina(page, pageSize);
        return db.lees(c -> store.lijst(c, gemeente, filter, varianten, page, pageSize));
    }

    public Optional<Actie> zoek(String gemeente, String id) {
        if (gemeente == null || id == null) {
            return Optional.empty();
        }
        return db.lees(c -> store.zoek(c, gemeente, id));
    }

    public Actie maak(String gemeente, String besluitId, NieuweActie in, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Invoer invoer = new Invoer();
        NieuweActie schoon = controleer(invoer, "", in);
        invoer.controleer();
        Actie a = db.inTransactie(c -> {
            CasusStore.CasusVanBesluit casus = casussen.vanBesluit(c, gemeente, besluitId)
                    .orElseThrow(() -> new NietGevondenException("Besluit '" + besluitId + "' bestaat niet."));
            // the lock closing a casus takes too; then read its status again, as it is now
            CasusStore.vergrendel(c, gemeente, casus.casusId());
            casus = casussen.vanBesluit(c, gemeente, besluitId).orElseThrow();
            if (casus.status() == CasusStatus.AFGESLOTEN) {
                throw new ConflictException("De casus van dit besluit is afgesloten; er kunnen geen acties meer bij.");
            }
            return voegToe(c, gemeente, casus.casusId(), besluitId, schoon, door, "");
        });
        meld(DoorbraakEvents.ACTIE_AANGEMAAKT, a, door);
        return a;
    }

    /**
     * Checks one actie of the input; fields are reported under {@code prefix} (for example {@code acties.0.}).
     *
     * @return the cleaned actie, or {@code null} when something was wrong (recorded in {@code invoer})
     */
    public static NieuweActie controleer(Invoer invoer, String prefix, NieuweActie in) {
        int voor = invoer.fouten().size();
        NieuweActie a = in == null ? new NieuweActie(null, null, null, null, null) : in;
        String omschrijving = invoer.vrijVerplicht(prefix + "omschrijving", "Omschrijving", a.omschrijving(), 1000);
        String organisatie = invoer.verplicht(prefix + "organisatie", "Organisatie", a.organisatie(), 200);
        String contact = invoer.optioneel(prefix + "contactId", "Contact", a.contactId(), 36);
        String eigenaar = invoer.optioneel(prefix + "eigenaar", "Eigenaar", a.eigenaar(), 200);
        if (a.deadline() == null) {
            invoer.fout(prefix + "deadline", Invoer.VERPLICHT, "Een actie heeft een deadline (datum).");
        } else if (a.deadline().isBefore(Tijd.vandaag())) {
            invoer.fout(prefix + "deadline", Invoer.WAARDE, "De deadline " + a.deadline() + " ligt in het verleden.");
        }
        return invoer.fouten().size() > voor ? null
                : new NieuweActie(omschrijving, organisatie, contact, eigenaar, a.deadline());
    }

    /**
     * Inserts a checked actie inside the caller's transaction; its contact must be one of this gemeente (korte lijnen).
     *
     * @param prefix for the field name in an error, for example {@code acties.0.}
     */
    public Actie voegToe(Connection c, String gemeente, String casusId, String besluitId, NieuweActie a, String door,
            String prefix) throws SQLException {
        if (a.contactId() != null) {
            Invoer invoer = new Invoer();
            contacten.vanGemeente(c, invoer, prefix + "contactId", gemeente, a.contactId());
            invoer.controleer();
        }
        Instant nu = Tijd.nu();
        Actie actie = new Actie(UUID.randomUUID().toString(), gemeente, casusId, besluitId, a.omschrijving(),
                a.organisatie(), a.contactId(), a.eigenaar(), a.deadline(), null, null, false, 1, nu, door);
        store.voegToe(c, actie);
        db.gemaakt(c, "actie", actie.id());
        audit.schrijf(c, gemeente, casusId, "actie", actie.id(), "aangemaakt", door, new Wijzigingen()
                .nieuw("besluitId", besluitId).nieuw("omschrijving", a.omschrijving())
                .nieuw("organisatie", a.organisatie()).nieuw("contactId", a.contactId())
                .nieuw("eigenaar", a.eigenaar()).nieuw("deadline", a.deadline()).lijst());
        return actie;
    }

    public Actie gereed(String gemeente, String id, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        boolean nu = db.inTransactie(c -> {
            Actie a = store.zoek(c, gemeente, id).orElseThrow(() -> nietGevonden(id));
            Instant op = Tijd.nu();
            boolean gereed = store.gereed(c, gemeente, id, op, door);
            if (gereed) {
                audit.schrijf(c, gemeente, a.casusId(), "actie", id, "gereed", door,
                        new Wijzigingen().veld("gereed", null, op).veld("gereedDoor", null, door).lijst());
            }
            return gereed;
        });
        Actie a = zoek(gemeente, id).orElseThrow(() -> nietGevonden(id));
        if (nu) {
            meld(DoorbraakEvents.ACTIE_GEREED, a, door);
        }
        return a;
    }

    private static NietGevondenException nietGevonden(String id) {
        return new NietGevondenException("Actie '" + id + "' bestaat niet.");
    }

    /** The event for one actie; also used by besluiten and the overdue check. */
    public void meld(String topic, Actie a, String door) {
        Map<String, Object> e = new HashMap<>();
        e.put(DoorbraakEvents.GEMEENTE, a.gemeente());
        e.put(DoorbraakEvents.ACTIE_ID, a.id());
        e.put(DoorbraakEvents.CASUS_ID, a.casusId());
        e.put(DoorbraakEvents.BESLUIT_ID, a.besluitId());
        e.put(DoorbraakEvents.ORGANISATIE, a.organisatie());
        e.put(DoorbraakEvents.DEADLINE, a.deadline().toString());
        e.put(DoorbraakEvents.DOOR, door);
        gebeurtenissen.post(topic, e);
    }

    /**
     * Sends {@link DoorbraakEvents#ACTIE_VERLOPEN} once for each open actie past its deadline. Each is claimed in
     * the database first, so a restart or a second node never sends it twice.
     *
     * @return how many were reported
     */
    public int meldVerlopen() {
        int n = 0;
        for (Actie a : db.lees(c -> store.verlopenOngemeld(c, Tijd.vandaag(), 500))) {
            if (db.inTransactie(c -> store.markeerGemeld(c, a.id()))) {
                meld(DoorbraakEvents.ACTIE_VERLOPEN, a, "platform");
                n++;
            }
        }
        return n;
    }
}
