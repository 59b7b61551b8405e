package nl.doorbraak.core.opslag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.doorbraak.api.rechten.RechtenRegister;
import nl.doorbraak.api.opslag.Document;
import nl.doorbraak.api.opslag.VariantOpslag;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.db.Sql;
import nl.doorbraak.core.platform.Invoer;
import nl.doorbraak.core.platform.Json;
import nl.doorbraak.core.platform.Tijd;

/**
 * A plug-in's own JSON documents. Bundle scope: each using bundle gets its own instance, bound to its
 * Bundle-SymbolicName, so a plug-in only ever sees its own documents, and finds them again after an update.
 */
@Component(service = VariantOpslag.class, scope = ServiceScope.BUNDLE,
        // guarded: registered only after the hooks that hide it from plug-ins without the right
        reference = @Reference(name = "rechten", service = RechtenRegister.class))
public final class VariantOpslagImpl implements VariantOpslag {

    static final int MAX_INHOUD = 1_000_000;

    private final Database db;
    private final String bundle;
    private final Json json = new Json();

    @Activate
    public VariantOpslagImpl(@Reference(name = "database") Database db, ComponentContext context) {
        this(db, context.getUsingBundle().getSymbolicName());
    }

    /** For one bundle, by symbolic name. */
    public VariantOpslagImpl(Database db, String bundle) {
        this.db = db;
        this.bundle = bundle;
    }

    @Override
    public Optional<Document> lees(String gemeente, String collectie, String id) {
        controleer(gemeente, collectie, id);
        return db.lees(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT collectie, id, schema_versie, inhoud, versie, "
                    + "gewijzigd FROM variant_document WHERE bundle = ? AND gemeente = ? AND collectie = ? AND id = ?")) {
                ps.setString(1, bundle);
                ps.setString(2, gemeente);
                ps.setString(3, collectie);
                ps.setString(4, id);
                List<Document> d = documenten(ps);
                return d.stream().findFirst();
            }
        });
    }

    @Override
    public List<Document> lijst(String gemeente, String collectie) {
        controleer(gemeente, collectie, "x");
        return db.lees(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT collectie, id, schema_versie, inhoud, versie, "
                    + "gewijzigd FROM variant_document WHERE bundle = ? AND gemeente = ? AND collectie = ? ORDER BY id")) {
                ps.setString(1, bundle);
                ps.setString(2, gemeente);
                ps.setString(3, collectie);
                return documenten(ps);
            }
        });
    }

    @Override
    public Document bewaar(String gemeente, String collectie, String id, int schemaVersie, Map<String, Object> inhoud,
            long verwachteVersie) {
        Invoer invoer = invoer(gemeente, collectie, id);
        if (schemaVersie < 1) {
            invoer.fout("schemaVersie", Invoer.WAARDE, "De schemaversie begint bij 1.");
        }
        if (verwachteVersie < 0) {
            invoer.fout("versie", Invoer.WAARDE, "De verwachte versie is 0 (nieuw) of hoger.");
        }
        String tekst = null;
        Map<String, Object> schoon = null;
        if (inhoud == null) {
            invoer.fout("inhoud", Invoer.VERPLICHT, "De inhoud is verplicht.");
        } else {
            try {
                schoon = Json.normaliseer(inhoud);
                tekst = json.schrijf(schoon);
                if (tekst.length() > MAX_INHOUD) {
                    invoer.fout("inhoud", Invoer.LENGTE, "Het document is groter dan " + MAX_INHOUD + " tekens.");
                }
            } catch (IllegalArgumentException e) {
                invoer.fout("inhoud", Invoer.TYPE, e.getMessage());
            }
        }
        invoer.controleer();
        String inhoudTekst = tekst;
        Instant nu = Tijd.nu();
        long nieuweVersie = verwachteVersie + 1;
        db.inTransactie(c -> {
            if (verwachteVersie == 0) {
                if (bestaat(c, gemeente, collectie, id)) {
                    throw new ConflictException("Document '" + id + "' in '" + collectie + "' bestaat al.");
                }
                // a concurrent insert of the same key fails on the primary key: ConflictException too
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO variant_document (bundle, gemeente, "
                        + "collectie, id, schema_versie, inhoud, versie, gewijzigd) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, bundle);
                    ps.setString(2, gemeente);
                    ps.setString(3, collectie);
                    ps.setString(4, id);
                    ps.setInt(5, schemaVersie);
                    ps.setString(6, inhoudTekst);
                    ps.setLong(7, nieuweVersie);
                    Tijd.zet(ps, 8, nu);
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("UPDATE variant_document SET schema_versie = ?, "
                        + "inhoud = ?, versie = ?, gewijzigd = ? WHERE bundle = ? AND gemeente = ? AND collectie = ? "
                        + "AND id = ? AND versie = ?")) {
                    ps.setInt(1, schemaVersie);
                    ps.setString(2, inhoudTekst);
                    ps.setLong(3, nieuweVersie);
                    Tijd.zet(ps, 4, nu);
                    ps.setString(5, bundle);
                    ps.setString(6, gemeente);
                    ps.setString(7, collectie);
                    ps.setString(8, id);
                    ps.setLong(9, verwachteVersie);
                    if (ps.executeUpdate() != 1) {
                        throw new ConflictException(bestaat(c, gemeente, collectie, id)
                                ? "Document '" + id + "' is intussen gewijzigd; lees het opnieuw en probeer het nog eens."
                                : "Document '" + id + "' bestaat niet (meer); bewaar het als nieuw document (versie 0).");
                    }
                }
            }
            return null;
        });
        return new Document(collectie, id, schemaVersie, schoon, nieuweVersie, nu);
    }

    @Override
    public boolean verwijder(String gemeente, String collectie, String id) {
        controleer(gemeente, collectie, id);
        return db.inTransactie(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM variant_document WHERE bundle = ? "
                    + "AND gemeente = ? AND collectie = ? AND id = ?")) {
                ps.setString(1, bundle);
                ps.setString(2, gemeente);
                ps.setString(3, collectie);
                ps.setString(4, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private boolean bestaat(Connection c, String gemeente, String collectie, String id) throws SQLException {
        return Sql.vindt(c, "SELECT 1 FROM variant_document WHERE bundle = ? AND gemeente = ? AND collectie = ? "
                + "AND id = ?", bundle, gemeente, collectie, id);
    }

    private List<Document> documenten(PreparedStatement ps) throws SQLException {
        List<Document> lijst = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                lijst.add(new Document(rs.getString("collectie"), rs.getString("id"), rs.getInt("schema_versie"),
                        json.leesObject(rs.getString("inhoud")), rs.getLong("versie"), Tijd.lees(rs, "gewijzigd")));
            }
        }
        return lijst;
    }

    private static void controleer(String gemeente, String collectie, String id) {
        invoer(gemeente, collectie, id).controleer();
    }

    private static Invoer invoer(String gemeente, String collectie, String id) {
        Invoer invoer = new Invoer();
        invoer.verplicht("gemeente", "Gemeente", gemeente, 64);
        invoer.verplicht("collectie", "Collectie", collectie, 100);
        invoer.verplicht("id", "Id", id, 200);
        return invoer;
    }
}
