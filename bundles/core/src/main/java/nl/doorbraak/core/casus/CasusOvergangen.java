package nl.doorbraak.core.casus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.Resultaat;
import nl.doorbraak.api.domein.StatusWijziging;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.api.variant.TafelVariant;
import nl.doorbraak.core.audit.AuditStore;
import nl.doorbraak.core.audit.Wijzigingen;
import nl.doorbraak.core.platform.Gebeurtenissen;
import nl.doorbraak.core.platform.Json;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.toegang.GebruikerStore;
import nl.doorbraak.core.variant.PluginFout;
import nl.doorbraak.core.variant.Registratie;
import nl.doorbraak.core.variant.VariantGegevens;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * What every part of the core that moves a casus shares: the lifecycle rules (inside the caller's transaction), the
 * casus as served, and what follows a commit (the event and the plug-in's reaction). Casussen, bijeenkomsten and
 * besluiten all move a casus through here, so the rules hold whichever route a user takes.
 */
@Component(service = CasusOvergangen.class)
public final class CasusOvergangen {

    private static final Logger LOG = LoggerFactory.getLogger(CasusOvergangen.class);

    /** A committed (or about to be committed) transition; {@link #meld} it after the commit. */
    public record Overgang(OpgeslagenCasus casus, StatusWijziging wijziging) {
    }

    private final VariantVolger varianten;
    private final Gebeurtenissen gebeurtenissen;
    private final CasusStore store = new CasusStore(new Json());
    private final AuditStore audit = new AuditStore();
    private final GebruikerStore gebruikers = new GebruikerStore();
    /** Read fallbacks already logged, so a broken plug-in does not flood the log. */
    private final Set<String> gemeld = ConcurrentHashMap.newKeySet();

    @Activate
    public CasusOvergangen(@Reference(name = "varianten") VariantVolger varianten,
            @Reference(name = "gebeurtenissen") Gebeurtenissen gebeurtenissen) {
        this.varianten = varianten;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** The casus of a gemeente, read inside the caller's transaction; 404 when it is not there. */
    public OpgeslagenCasus lees(Connection c, String gemeente, String id) throws SQLException {
        if (id == null) {
            throw nietGevonden(id);
        }
        return store.zoek(c, gemeente, id).orElseThrow(() -> nietGevonden(id));
    }

    /** The casus of a gemeente inside the caller's transaction, if it is there. */
    public java.util.Optional<OpgeslagenCasus> zoek(Connection c, String gemeente, String id) throws SQLException {
        return id == null ? java.util.Optional.empty() : store.zoek(c, gemeente, id);
    }

    static NietGevondenException nietGevonden(String id) {
        return new NietGevondenException("Casus '" + id + "' bestaat niet.");
    }

    /**
     * Checks the rules for {@code huidig → naar} against what is stored (bijeenkomst, besluiten). Throws
     * {@link ConflictException} with a Dutch explanation when the step is not allowed now.
     */
    public void controleer(Connection c, OpgeslagenCasus huidig, CasusStatus naar, Resultaat resultaat)
            throws SQLException {
        controleer(c, huidig, naar, resultaat, false, null);
    }

    /**
     * As {@link #controleer(Connection, OpgeslagenCasus, CasusStatus, Resultaat)}. Closing as doorbraak while an
     * escalatie or actie of the casus is open is a conflict, unless {@code ondanksOpenstaand}; then {@code door} must
     * be a casusregisseur of the gemeente ({@link GeenToegangException} otherwise). The caller locks the casus row
     * first ({@link CasusStore#vergrendel}), so nothing is opened between this check and the commit.
     *
     * @return what is still open and is closed over (for the audittrail); empty when nothing was overridden
     */
    public List<String> controleer(Connection c, OpgeslagenCasus huidig, CasusStatus naar, Resultaat resultaat,
            boolean ondanksOpenstaand, String door) throws SQLException {
        if (!huidig.status().magNaar(naar)) {
            throw new ConflictException(overgangNietToegestaan(huidig.status(), naar));
        }
        switch (naar) {
            case GEAGENDEERD -> {
                if (!opKomendeAgenda(c, huidig.id())) {
                    throw new ConflictException("Een casus wordt geagendeerd door hem op de agenda van een "
                            + "bijeenkomst van zijn tafel te zetten (POST …/bijeenkomsten/{id}/agenda); casus '"
                            + huidig.id() + "' staat op geen komende bijeenkomst.");
                }
            }
            case BESLOTEN -> {
                if (aantalBesluiten(c, huidig.id(), false) == 0) {
                    throw new ConflictException("Een casus wordt besloten door een besluit te nemen (POST …/casussen/"
                            + huidig.id() + "/besluiten); er is nog geen besluit over deze casus.");
                }
            }
            case AFGESLOTEN -> {
                if (resultaat == Resultaat.DOORBRAAK && aantalBesluiten(c, huidig.id(), true) == 0) {
                    throw new ConflictException("Het resultaat 'doorbraak' vraagt een geldend doorbraakbesluit over "
                            + "deze casus; dat is er niet. Kies 'opgelost_zonder_doorbraak' of 'terugverwezen', of "
                            + "neem eerst het besluit.");
                }
                if (resultaat == Resultaat.DOORBRAAK) {
                    List<String> open = openstaand(c, huidig.id());
                    if (!open.isEmpty()) {
                        String wat = opsomming(open);
                        if (!ondanksOpenstaand) {
                            throw new ConflictException("De casus kan nog niet als doorbraak worden afgesloten: er "
                                    + "staat nog open: " + wat + ". Rond dat eerst af (de escalatie beantwoorden of "
                                    + "oplossen, de actie gereed melden), of laat een casusregisseur afsluiten ondanks "
                                    + "wat open staat (\"ondanksOpenstaand\": true), met een reden.");
                        }
                        if (!casusregisseur(c, huidig.gemeente(), door)) {
                            throw new GeenToegangException("Alleen een casusregisseur van deze gemeente kan een "
                                    + "casus als doorbraak afsluiten terwijl er nog iets open staat (" + wat + ").");
                        }
                        return open;
                    }
                }
            }
            default -> {
                // the transition table is enough
            }
        }
        return List.of();
    }

    /** Open escalaties and acties of the casus, described without personal data (level, organisatie, deadline, id). */
    List<String> openstaand(Connection c, String casusId) throws SQLException {
        List<String> open = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, niveau_naam, deadline FROM escalatie "
                + "WHERE casus_id = ? AND status = 'open' ORDER BY aangemaakt, id")) {
            ps.setString(1, casusId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    open.add("escalatie op niveau '" + rs.getString(2) + "' (deadline "
                            + Tijd.lees(rs, "deadline").atZone(Tijd.NEDERLAND).toLocalDate() + ", id "
                            + rs.getString(1) + ")");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, organisatie, deadline FROM actie "
                + "WHERE casus_id = ? AND gereed IS NULL ORDER BY deadline, id")) {
            ps.setString(1, casusId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    open.add("actie van " + rs.getString(2) + " (deadline " + rs.getObject(3, LocalDate.class)
                            + ", id " + rs.getString(1) + ")");
                }
            }
        }
        return open;
    }

    /** The first few, so a casus with many open acties still gets a readable message. */
    private static String opsomming(List<String> open) {
        int max = 5;
        String eerste = String.join("; ", open.subList(0, Math.min(max, open.size())));
        return open.size() <= max ? eerste : eerste + "; en nog " + (open.size() - max) + " meer";
    }

    /**
     * Whether {@code door} is an active casusregisseur of this gemeente. The services name who acts by account name
     * today; when they pass the acting user itself, this becomes a check of its roles.
     */
    private boolean casusregisseur(Connection c, String gemeente, String door) throws SQLException {
        if (door == null) {
            return false;
        }
        return gebruikers.zoek(c, door).map(GebruikerStore.Rij::account)
                .filter(a -> a.actief() && gemeente.equals(a.gemeente()) && a.rollen().contains(Rol.CASUSREGISSEUR))
                .isPresent();
    }

    /**
     * Moves the casus inside the caller's transaction, after {@link #controleer}. The casus keeps its variant data as
     * stored: a status change is core behaviour and does not need the variant.
     */
    public Overgang voerUit(Connection c, OpgeslagenCasus huidig, CasusStatus naar, String reden, Resultaat resultaat,
            String door) throws SQLException {
        return voerUit(c, huidig, naar, reden, resultaat, door, List.of());
    }

    /**
     * As {@link #voerUit(Connection, OpgeslagenCasus, CasusStatus, String, Resultaat, String)}, after a
     * {@link #controleer} that allowed closing over open escalaties or acties: the audit line names them.
     */
    public Overgang voerUit(Connection c, OpgeslagenCasus huidig, CasusStatus naar, String reden, Resultaat resultaat,
            String door, List<String> ondanksOpenstaand) throws SQLException {
        Instant nu = Tijd.nu();
        StatusWijziging w = new StatusWijziging(huidig.status(), naar, door, nu, reden);
        List<StatusWijziging> historie = new ArrayList<>(huidig.historie());
        historie.add(w);
        OpgeslagenCasus nieuw = new OpgeslagenCasus(huidig.id(), huidig.gemeente(), huidig.tafelId(),
                huidig.variant(), huidig.titel(), huidig.hulpvraag(), huidig.pseudoniem(), huidig.initialen(),
                huidig.thema(), naar, historie, huidig.organisaties(), huidig.data(), huidig.schemaVersie(),
                huidig.versie() + 1, huidig.aangemaakt(), nu, naar == CasusStatus.AFGESLOTEN ? nu : huidig.afgesloten(),
                naar == CasusStatus.AFGESLOTEN ? resultaat : huidig.resultaat());
        if (!store.werkBij(c, nieuw, huidig.versie())) {
            throw new ConflictException("De casus is zojuist door een ander gewijzigd. Haal hem opnieuw op en probeer "
                    + "het nog eens.");
        }
        store.voegHistorieToe(c, huidig.id(), historie.size(), w);
        audit.schrijf(c, huidig.gemeente(), huidig.id(), "casus", huidig.id(), "status", door, new Wijzigingen()
                .veld("status", huidig.status().code(), naar.code()).nieuw("reden", reden)
                .veld("resultaat", huidig.resultaat() == null ? null : huidig.resultaat().code(),
                        nieuw.resultaat() == null ? null : nieuw.resultaat().code())
                .nieuw("ondanksOpenstaand", ondanksOpenstaand.isEmpty() ? null : ondanksOpenstaand).lijst());
        return new Overgang(nieuw, w);
    }

    /** After the commit: the event and the plug-in's reaction. */
    public Casus meld(Overgang o) {
        Casus casus = alsCasus(o.casus());
        meld(DoorbraakEvents.CASUS_STATUS_GEWIJZIGD, casus, o.wijziging().door(), o.wijziging().van());
        reageer(casus.variant(), v -> v.bijStatuswijziging(casus, o.wijziging()), "bijStatuswijziging");
        return casus;
    }

    private boolean opKomendeAgenda(Connection c, String casusId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM bijeenkomst_agenda a JOIN bijeenkomst b "
                + "ON b.id = a.bijeenkomst_id WHERE a.casus_id = ? AND b.datum >= ?")) {
            ps.setString(1, casusId);
            ps.setObject(2, Tijd.vandaag());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Besluiten over the casus that still hold (not corrected); only doorbraken when asked. */
    private static long aantalBesluiten(Connection c, String casusId, boolean alleenDoorbraak) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM besluit b WHERE b.casus_id = ?"
                + (alleenDoorbraak ? " AND b.soort = 'doorbraak'" : "")
                + " AND NOT EXISTS (SELECT 1 FROM besluit n WHERE n.corrigeert = b.id)")) {
            ps.setString(1, casusId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String overgangNietToegestaan(CasusStatus van, CasusStatus naar) {
        if (van.volgende().isEmpty()) {
            return "De casus is " + van.code() + "; de status kan niet meer veranderen (gevraagd: " + naar.code() + ").";
        }
        return "Een casus met status " + van.code() + " kan niet naar " + naar.code() + ". Vanuit " + van.code()
                + " kan alleen: " + van.volgende().stream().map(CasusStatus::code).collect(Collectors.joining(", "))
                + ".";
    }

    /** The casus as served: variant data upgraded to the installed variant's schema when that is newer. */
    public Casus alsCasus(OpgeslagenCasus k) {
        Map<String, Object> data = k.data();
        int schema = k.schemaVersie();
        Registratie r = varianten.huidige(k.variant()).orElse(null);
        if (r != null && r.schemaVersie() > schema) {
            try {
                data = VariantGegevens.upgrade(r, schema, data);
                schema = r.schemaVersie();
            } catch (PluginFout e) {
                // serve what is stored; the casus stays readable
                if (gemeld.add(r.id() + ':' + r.serviceId() + ':' + k.schemaVersie())) {
                    LOG.error("{}; casussen van deze variant worden getoond met hun opgeslagen gegevens (schema {})",
                            e.getMessage(), k.schemaVersie(), e.getCause());
                }
            }
        }
        return casus(k, data, schema);
    }

    static Casus casus(OpgeslagenCasus k, Map<String, Object> data, int schema) {
        return new Casus(k.id(), k.gemeente(), k.tafelId(), k.variant(), k.titel(), k.hulpvraag(),
                new Inwoner(k.pseudoniem(), k.initialen()), k.thema(), k.status(), k.resultaat(), k.historie(),
                k.organisaties(), VariantGegevens.metSchema(data, schema), k.versie(), k.aangemaakt(), k.gewijzigd());
    }

    /** The plug-in's reaction after the commit; whatever it throws is logged and does not touch the casus. */
    void reageer(String variant, Consumer<TafelVariant> reactie, String wat) {
        varianten.huidige(variant).ifPresent(r -> {
            try {
                reactie.accept(r.variant());
            } catch (Throwable t) {
                PluginFout.gooiAlsFataal(t);
                LOG.warn("Tafelvariant '{}' faalde in {}; de casus is wel vastgelegd", variant, wat, t);
            }
        });
    }

    void meld(String topic, Casus k, String door, CasusStatus vorige) {
        Map<String, Object> p = new HashMap<>();
        p.put(DoorbraakEvents.GEMEENTE, k.gemeente());
        p.put(DoorbraakEvents.CASUS_ID, k.id());
        p.put(DoorbraakEvents.TAFEL_ID, k.tafelId());
        p.put(DoorbraakEvents.VARIANT, k.variant());
        p.put(DoorbraakEvents.DOOR, door);
        p.put(DoorbraakEvents.VERSIE, k.versie());
        p.put(DoorbraakEvents.STATUS, k.status().code());
        if (vorige != null) {
            p.put(DoorbraakEvents.VORIGE_STATUS, vorige.code());
        }
        gebeurtenissen.post(topic, p);
    }
}
