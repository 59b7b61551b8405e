package nl.doorbraak.core.privacy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.tekst.Bsn;
import nl.doorbraak.core.audit.AuditStore;
import nl.doorbraak.core.audit.Wijzigingen;
import nl.doorbraak.core.casus.CasusOvergangen;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.db.DatabaseBeheer;
import nl.doorbraak.core.db.Sql;
import nl.doorbraak.core.platform.Invoer;
import nl.doorbraak.core.platform.Tijd;

/**
 * BSN per casus, encrypted at rest; the audittrail says that it changed, never the number. The work without access
 * questions: {@link BsnServiceImpl} is the door that decides and records.
 */
@Component(service = BsnKern.class)
public final class BsnKern {

    private final Database db;
    private final CasusOvergangen casussen;
    private final Sleutel sleutel;
    private final AuditStore audit = new AuditStore();

    @Activate
    public BsnKern(@Reference(name = "database") Database db,
            @Reference(name = "overgangen") CasusOvergangen casussen, BundleContext context) {
        this(db, casussen, sleutelBestand(context.getProperty(DatabaseBeheer.DATA_MAP)));
    }

    public BsnKern(Database db, CasusOvergangen casussen, Path sleutelBestand) {
        this.db = db;
        this.casussen = casussen;
        this.sleutel = new Sleutel(sleutelBestand);
    }

    public static Path sleutelBestand(String dataMap) {
        return Path.of(dataMap == null || dataMap.isBlank() ? "./data" : dataMap, "sleutels", "bsn.key");
    }

    /** Nine digits that pass the elfproef: the rule that also keeps a BSN out of free text. */
    public static boolean geldig(String bsn) {
        return Bsn.geldig(bsn);
    }

    public void legVast(String gemeente, String casusId, String bsn, String door) {
        String schoon = bsn == null ? null : bsn.replaceAll("[\\s.\\-]", "");
        if (!geldig(schoon)) {
            // the message never repeats the number
            new Invoer().fout("bsn", Invoer.WAARDE, "Dit is geen geldig BSN (9 cijfers die de elfproef halen).")
                    .controleer();
        }
        String versleuteld = sleutel.versleutel(schoon);
        db.inTransactie(c -> {
            casussen.zoek(c, gemeente, casusId).orElseThrow(() -> nietGevonden(casusId));
            boolean bestond;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM casus_bsn WHERE casus_id = ?")) {
                ps.setString(1, casusId);
                bestond = ps.executeUpdate() > 0;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO casus_bsn (casus_id, gemeente, versleuteld, "
                    + "vastgelegd, door) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, casusId);
                ps.setString(2, gemeente);
                ps.setString(3, versleuteld);
                Tijd.zet(ps, 4, Tijd.nu());
                ps.setString(5, door);
                ps.executeUpdate();
            }
            audit.schrijf(c, gemeente, casusId, "casus", casusId, "gewijzigd", door,
                    new Wijzigingen().veld("bsn", bestond ? "(vastgelegd)" : null, "(vastgelegd, nieuw)").lijst());
            return null;
        });
    }

    public Optional<String> lees(String gemeente, String casusId) {
        return db.lees(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT versleuteld FROM casus_bsn WHERE casus_id = ? AND gemeente = ?")) {
                ps.setString(1, casusId);
                ps.setString(2, gemeente);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        }).map(sleutel::ontsleutel);
    }

    public boolean isVastgelegd(String gemeente, String casusId) {
        return db.lees(c -> Sql.vindt(c, "SELECT 1 FROM casus_bsn WHERE casus_id = ? AND gemeente = ?", casusId,
                gemeente));
    }

    public void wis(String gemeente, String casusId, String door) {
        db.inTransactie(c -> {
            casussen.zoek(c, gemeente, casusId).orElseThrow(() -> nietGevonden(casusId));
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM casus_bsn WHERE casus_id = ? AND gemeente = ?")) {
                ps.setString(1, casusId);
                ps.setString(2, gemeente);
                if (ps.executeUpdate() > 0) {
                    audit.schrijf(c, gemeente, casusId, "casus", casusId, "gewijzigd", door,
                            new Wijzigingen().veld("bsn", "(vastgelegd)", null).lijst());
                }
            }
            return null;
        });
    }

    private static NietGevondenException nietGevonden(String id) {
        return new NietGevondenException("Casus '" + id + "' bestaat niet.");
    }
}
