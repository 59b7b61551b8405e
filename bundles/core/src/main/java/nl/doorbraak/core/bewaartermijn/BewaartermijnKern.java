package nl.doorbraak.core.bewaartermijn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Wisresultaat;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.core.audit.AuditStore;
import nl.doorbraak.core.audit.Wijzigingen;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Gebeurtenissen;
import nl.doorbraak.core.platform.Json;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.platform.Vereist;
import nl.doorbraak.core.privacy.VerwerkingenLogImpl;

/**
 * Purges the personal data of casussen closed longer ago than their gemeente's bewaartermijn, one casus per
 * transaction. What the rapportage counts stays: ids, dates, status, resultaat, thema, organisaties, soorten and
 * amounts. Plug-ins purge their own data on {@link DoorbraakEvents#CASUS_GEWIST}. The work, without questions of
 * access: {@link BewaartermijnServiceImpl} is the door, {@link BewaartermijnBewaker} runs it daily.
 */
@Component(service = BewaartermijnKern.class)
public final class BewaartermijnKern {

    private static final Logger LOG = LoggerFactory.getLogger(BewaartermijnKern.class);
    /** What a purged text says instead. */
    public static final String GEWIST = "(gewist)";
    static final String GEWIST_PSEUDONIEM = "GEWIST";

    private final Database db;
    private final GemeenteService gemeenten;
    private final Gebeurtenissen gebeurtenissen;
    private final VerwerkingenLogImpl verwerkingen;
    private final AuditStore audit = new AuditStore();
    private final Json json = new Json();

    @Activate
    public BewaartermijnKern(@Reference(name = "database") Database db,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "gebeurtenissen") Gebeurtenissen gebeurtenissen,
            @Reference(name = "verwerkingen") VerwerkingenLogImpl verwerkingen) {
        this.db = db;
        this.gemeenten = gemeenten;
        this.gebeurtenissen = gebeurtenissen;
        this.verwerkingen = verwerkingen;
    }

    /**
     * @param gemeente {@code null}: alle gemeenten
     * @param door     who runs it, for the audittrail and the event
     */
    public List<Wisresultaat> voerUit(String gemeente, boolean proef, String door) {
        Vereist.door(door);
        List<Gemeente> te = gemeente == null ? gemeenten.alle() : List.of(Vereist.gemeente(gemeenten, gemeente));
        List<Wisresultaat> resultaten = new ArrayList<>();
        for (Gemeente g : te) {
            resultaten.add(voerUit(g, proef, door));
        }
        return resultaten;
    }

    private Wisresultaat voerUit(Gemeente g, boolean proef, String door) {
        ZonedDateTime grensNl = ZonedDateTime.now(Tijd.NEDERLAND).minusMonths(g.bewaartermijnMaanden());
        Instant grens = grensNl.toInstant();
        LocalDate grensDatum = grensNl.toLocalDate();
        List<String> ids = db.lees(c -> teWissen(c, g.id(), grens));
        if (proef) {
            int notities = db.lees(c -> tel(c, "SELECT COUNT(*) FROM bijeenkomst WHERE gemeente = ? AND notitie IS NOT "
                    + "NULL AND datum < ?", g.id(), grensDatum));
            return new Wisresultaat(g.id(), g.bewaartermijnMaanden(), grens, ids.size(), notities, true);
        }
        if (!ids.isEmpty()) {
            // verwerkingen still in the journal must lose their link to the inwoner too
            verwerkingen.zetOver();
        }
        int gewist = 0;
        for (String id : ids) {
            try {
                if (db.inTransactie(c -> wis(c, g.id(), id, door))) {
                    gewist++;
                    Map<String, Object> e = new HashMap<>();
                    e.put(DoorbraakEvents.GEMEENTE, g.id());
                    e.put(DoorbraakEvents.CASUS_ID, id);
                    e.put(DoorbraakEvents.DOOR, door);
                    gebeurtenissen.post(DoorbraakEvents.CASUS_GEWIST, e);
                }
            } catch (RuntimeException ex) {
                // one casus that fails does not stop the others; the next round tries again
                LOG.error("Persoonsgegevens van casus {} konden niet worden gewist", id, ex);
            }
        }
        int notities = db.inTransactie(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE bijeenkomst SET notitie = NULL WHERE gemeente = ? "
                    + "AND notitie IS NOT NULL AND datum < ?")) {
                ps.setString(1, g.id());
                ps.setObject(2, grensDatum);
                return ps.executeUpdate();
            }
        });
        if (gewist > 0 || notities > 0) {
            LOG.info("Bewaartermijn {} ({} maanden): persoonsgegevens van {} casus(sen) en {} notitie(s) gewist",
                    g.id(), g.bewaartermijnMaanden(), gewist, notities);
        }
        return new Wisresultaat(g.id(), g.bewaartermijnMaanden(), grens, gewist, notities, false);
    }

    private static List<String> teWissen(Connection c, String gemeente, Instant grens) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM casus WHERE gemeente = ? AND gewist IS NULL "
                + "AND afgesloten IS NOT NULL AND afgesloten < ? ORDER BY afgesloten, id")) {
            ps.setString(1, gemeente);
            Tijd.zet(ps, 2, grens);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    /** Purges one casus; false when another run did it first. */
    private boolean wis(Connection c, String gemeente, String id, String door) throws SQLException {
        Instant nu = Tijd.nu();
        if (werk(c, "UPDATE casus SET titel = ?, hulpvraag = ?, inwoner_pseudoniem = ?, inwoner_initialen = NULL, "
                + "variant_data = '{}', versie = versie + 1, gewijzigd = ?, gewist = ? "
                + "WHERE id = ? AND gemeente = ? AND gewist IS NULL", GEWIST, GEWIST, GEWIST_PSEUDONIEM, nu, nu, id,
                gemeente) != 1) {
            return false;
        }
        String besluiten = "(SELECT b.id FROM besluit b WHERE b.casus_id = ?)";
        werk(c, "UPDATE casus_status_historie SET reden = NULL WHERE casus_id = ?", id);
        werk(c, "DELETE FROM casus_bsn WHERE casus_id = ?", id);
        werk(c, "UPDATE besluit SET omschrijving = ?, "
                + "legitimiteit = CASE WHEN legitimiteit IS NULL THEN NULL ELSE ? END, "
                + "rendement = CASE WHEN rendement IS NULL THEN NULL ELSE ? END, "
                + "betrokkenheid = CASE WHEN betrokkenheid IS NULL THEN NULL ELSE ? END WHERE casus_id = ?",
                GEWIST, GEWIST, GEWIST, GEWIST, id);
        werk(c, "UPDATE besluit_bedrag SET omschrijving = NULL WHERE besluit_id IN " + besluiten, id);
        werk(c, "UPDATE potje_mutatie SET omschrijving = NULL WHERE besluit_id IN " + besluiten, id);
        werk(c, "UPDATE actie SET omschrijving = ? WHERE casus_id = ?", GEWIST, id);
        werk(c, "UPDATE escalatie SET reden = ?, antwoord = CASE WHEN antwoord IS NULL THEN NULL ELSE ? END "
                + "WHERE casus_id = ?", GEWIST, GEWIST, id);
        werk(c, "UPDATE escalatie_historie SET toelichting = NULL WHERE escalatie_id IN "
                + "(SELECT e.id FROM escalatie e WHERE e.casus_id = ?)", id);
        // the inwoner's own goal and steps go; the rekentool's amounts stay for the rapportage
        werk(c, "UPDATE perspectiefplan SET doel = NULL WHERE casus_id = ?", id);
        werk(c, "DELETE FROM perspectiefplan_stap WHERE casus_id = ?", id);
        // the log keeps who read what when, but no longer ties it to the inwoner
        werk(c, "UPDATE verwerking SET inwoner_pseudoniem = NULL WHERE casus_id = ?", id);
        wisAuditwaarden(c, id);
        audit.schrijf(c, gemeente, id, "casus", id, "gewist", door,
                new Wijzigingen().nieuw("gewist", nu).lijst());
        return true;
    }

    /** The audit lines keep who changed which field when; the old and new values go. */
    private void wisAuditwaarden(Connection c, String casusId) throws SQLException {
        Map<Long, String> nieuw = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT volgnummer, wijzigingen FROM audit WHERE casus_id = ?")) {
            ps.setString(1, casusId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Object> regels = json.leesLijst(rs.getString(2));
                    for (Object o : regels) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> m = (Map<String, Object>) o;
                        m.computeIfPresent("oud", (k, v) -> GEWIST);
                        m.computeIfPresent("nieuw", (k, v) -> GEWIST);
                    }
                    nieuw.put(rs.getLong(1), json.schrijfLijst(regels));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit SET wijzigingen = ? WHERE volgnummer = ?")) {
            for (Map.Entry<Long, String> e : nieuw.entrySet()) {
                ps.setString(1, e.getValue());
                ps.setLong(2, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static int werk(Connection c, String sql, Object... waarden) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            zet(ps, waarden);
            return ps.executeUpdate();
        }
    }

    private static int tel(Connection c, String sql, Object... waarden) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            zet(ps, waarden);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void zet(PreparedStatement ps, Object... waarden) throws SQLException {
        for (int i = 0; i < waarden.length; i++) {
            if (waarden[i] instanceof Instant t) {
                Tijd.zet(ps, i + 1, t);
            } else {
                ps.setObject(i + 1, waarden[i]);
            }
        }
    }
}
