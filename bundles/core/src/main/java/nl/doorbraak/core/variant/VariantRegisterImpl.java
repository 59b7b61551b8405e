package nl.doorbraak.core.variant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.domein.VariantInfo;
import nl.doorbraak.api.service.VariantRegister;
import nl.doorbraak.api.variant.VariantVeld;
import nl.doorbraak.core.db.Database;

/** The installed variants, plus the absent ones that tafels or casussen still use. */
@Component(service = VariantRegister.class)
public final class VariantRegisterImpl implements VariantRegister {

    public static final String ACTIEF = "actief";
    public static final String AFWEZIG = "afwezig";

    private static final Logger LOG = LoggerFactory.getLogger(VariantRegisterImpl.class);

    private final Database db;
    private final VariantVolger varianten;

    @Activate
    public VariantRegisterImpl(@Reference(name = "database") Database db,
            @Reference(name = "varianten") VariantVolger varianten) {
        this.db = db;
        this.varianten = varianten;
    }

    @Override
    public List<VariantInfo> varianten() {
        List<VariantInfo> lijst = new ArrayList<>();
        for (Registratie r : varianten.alle()) {
            lijst.add(new VariantInfo(r.id(), r.naam(), r.bundle(), r.bundleVersie(), r.schemaVersie(), ACTIEF));
        }
        Map<String, Integer> inGebruik = db.lees(VariantRegisterImpl::inGebruik);
        inGebruik.forEach((id, schema) -> {
            if (varianten.huidige(id).isEmpty()) {
                lijst.add(new VariantInfo(id, varianten.bekendeNaam(id).orElse(id), null, null, schema, AFWEZIG));
            }
        });
        lijst.sort(Comparator.comparing(VariantInfo::id));
        return lijst;
    }

    @Override
    public List<VariantVeld> velden(String variant) {
        if (variant == null) {
            return List.of();
        }
        return varianten.huidige(variant).map(r -> {
            try {
                return VariantGegevens.velden(r);
            } catch (PluginFout e) {
                // a failing plug-in must not break the list of variants: no fields, and a line in the log
                LOG.warn("Tafelvariant {} geeft zijn velden niet: {}", variant, e.getMessage());
                return List.<VariantVeld>of();
            }
        }).orElse(List.of());
    }

    /** Variant ids in use by tafels or casussen, with the highest stored schema version (0 for tafels only). */
    static Map<String, Integer> inGebruik(Connection c) throws SQLException {
        Map<String, Integer> inGebruik = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT variant, 0 FROM tafel GROUP BY variant UNION ALL "
                + "SELECT variant, MAX(variant_schema_versie) FROM casus GROUP BY variant");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                inGebruik.merge(rs.getString(1), rs.getInt(2), Math::max);
            }
        }
        return inGebruik;
    }
}
