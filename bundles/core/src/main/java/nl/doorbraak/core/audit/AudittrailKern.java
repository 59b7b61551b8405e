package nl.doorbraak.core.audit;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.core.casus.CasusOvergangen;
import nl.doorbraak.core.db.Database;

/** Reads the audittrail of one casus of a gemeente, without access questions ({@link AudittrailServiceImpl} asks). */
@Component(service = AudittrailKern.class)
public final class AudittrailKern {

    private final Database db;
    private final CasusOvergangen casussen;
    private final AuditStore store = new AuditStore();

    @Activate
    public AudittrailKern(@Reference(name = "database") Database db,
            @Reference(name = "overgangen") CasusOvergangen casussen) {
        this.db = db;
        this.casussen = casussen;
    }

    public List<AuditRegel> vanCasus(String gemeente, String casusId) {
        return db.lees(c -> {
            if (casussen.zoek(c, gemeente, casusId).isEmpty()) {
                throw new NietGevondenException("Casus '" + casusId + "' bestaat niet.");
            }
            return store.vanCasus(c, casusId);
        });
    }
}
