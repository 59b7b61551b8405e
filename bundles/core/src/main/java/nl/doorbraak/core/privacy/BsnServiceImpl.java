package nl.doorbraak.core.privacy;

import java.util.Optional;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.BsnService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.tekst.Bsn;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.casus.CasusKern;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.toegang.Aanroeper;
import nl.doorbraak.core.toegang.Aanroepers;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * The door to the BSN for every bundle: only a casusregisseur (or the platform itself), only a casus he may see, and
 * every read, write and delete in the verwerkingenlog. The work is {@link BsnKern}'s.
 */
@Component(service = BsnService.class, scope = ServiceScope.BUNDLE)
public final class BsnServiceImpl implements BsnService {

    static final String OBJECT = "bsn";
    static final String DOEL_LEZEN = "BSN gebruiken om de juiste gegevens bij een organisatie te vinden";
    static final String DOEL_VASTLEGGEN = "BSN vastleggen";
    static final String DOEL_WISSEN = "BSN wissen";

    private final BsnKern kern;
    private final Casustoegang toegang;

    @Activate
    public BsnServiceImpl(@Reference(name = "kern") BsnKern kern, @Reference(name = "casussen") CasusKern casussen,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "varianten") VariantVolger varianten,
            @Reference(name = "verwerkingen") VerwerkingenLogImpl verwerkingen,
            // guarded: registered only after the hooks that hide it from plug-ins without the right
            @Reference(name = "aanroepers") Aanroepers aanroepers, ComponentContext context) {
        this(kern, new Casustoegang(casussen, gemeenten, varianten, verwerkingen,
                aanroepers.van(context.getUsingBundle())));
    }

    public BsnServiceImpl(BsnKern kern, Casustoegang toegang) {
        this.kern = kern;
        this.toegang = toegang;
    }

    /** Nine digits that pass the elfproef: the rule that also keeps a BSN out of free text. */
    public static boolean geldig(String bsn) {
        return Bsn.geldig(bsn);
    }

    @Override
    public void legVast(Namens namens, String gemeente, String casusId, String bsn) {
        Gebruiker g = gebruiker(namens, gemeente);
        Casus c = toegang.casus(g, gemeente, casusId, true);
        kern.legVast(gemeente, c.id(), bsn, g.gebruikersnaam());
        toegang.leg(namens, g, c, Verwerking.WIJZIGEN, OBJECT, DOEL_VASTLEGGEN);
    }

    @Override
    public Optional<String> lees(Namens namens, String gemeente, String casusId) {
        Gebruiker g = gebruiker(namens, gemeente);
        Casus c = toegang.casus(g, gemeente, casusId, false);
        Optional<String> bsn = kern.lees(gemeente, c.id());
        if (bsn.isPresent()) {
            toegang.leg(namens, g, c, Verwerking.LEZEN, OBJECT, DOEL_LEZEN);
        }
        return bsn;
    }

    @Override
    public boolean isVastgelegd(Namens namens, String gemeente, String casusId) {
        Gebruiker g = gebruiker(namens, gemeente);
        Casus c = toegang.casus(g, gemeente, casusId, false);
        return kern.isVastgelegd(gemeente, c.id());
    }

    @Override
    public void wis(Namens namens, String gemeente, String casusId) {
        Gebruiker g = gebruiker(namens, gemeente);
        Casus c = toegang.casus(g, gemeente, casusId, true);
        kern.wis(gemeente, c.id(), g.gebruikersnaam());
        toegang.leg(namens, g, c, Verwerking.WISSEN, OBJECT, DOEL_WISSEN);
    }

    /** Gemeente first (404), then the role (403), as the REST API always answered. */
    private Gebruiker gebruiker(Namens namens, String gemeente) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        if (!toegang.aanroeper().mag(Recht.BSN)) {
            throw new GeenToegangException("Deze plug-in heeft het recht 'bsn' niet.");
        }
        if (!g.isSysteem() && !g.heeft(Rol.CASUSREGISSEUR)) {
            throw new GeenToegangException("Uw rol geeft geen toegang tot het BSN.");
        }
        return g;
    }
}
