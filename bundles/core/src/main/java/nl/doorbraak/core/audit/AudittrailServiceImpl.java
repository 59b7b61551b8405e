package nl.doorbraak.core.audit;

import java.util.List;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.AudittrailService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.casus.CasusKern;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.privacy.VerwerkingenLogImpl;
import nl.doorbraak.core.toegang.Aanroeper;
import nl.doorbraak.core.toegang.Aanroepers;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * The door to the audittrail for every bundle: who may see the casus may read its trail, and every read is a
 * verwerking. The work is {@link AudittrailKern}'s.
 */
@Component(service = AudittrailService.class, scope = ServiceScope.BUNDLE)
public final class AudittrailServiceImpl implements AudittrailService {

    static final String DOEL_LEZEN = "Audittrail van de casus bekijken";

    private final AudittrailKern kern;
    private final Casustoegang toegang;

    @Activate
    public AudittrailServiceImpl(@Reference(name = "kern") AudittrailKern kern,
            @Reference(name = "casussen") CasusKern casussen,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "varianten") VariantVolger varianten,
            @Reference(name = "verwerkingen") VerwerkingenLogImpl verwerkingen,
            // guarded: registered only after the hooks that hide it from plug-ins without the right
            @Reference(name = "aanroepers") Aanroepers aanroepers, ComponentContext context) {
        this(kern, new Casustoegang(casussen, gemeenten, varianten, verwerkingen,
                aanroepers.van(context.getUsingBundle())));
    }

    public AudittrailServiceImpl(AudittrailKern kern, Casustoegang toegang) {
        this.kern = kern;
        this.toegang = toegang;
    }

    @Override
    public List<AuditRegel> vanCasus(Namens namens, String gemeente, String casusId) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        if (!toegang.aanroeper().mag(Recht.AUDITTRAIL)) {
            throw new GeenToegangException("Deze plug-in heeft het recht 'audittrail' niet.");
        }
        Casus c = toegang.casus(g, gemeente, casusId, false);
        List<AuditRegel> regels = kern.vanCasus(gemeente, c.id());
        toegang.leg(namens, g, c, Verwerking.LEZEN, "audittrail", DOEL_LEZEN);
        return regels;
    }
}
