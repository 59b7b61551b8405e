package nl.doorbraak.core.perspectiefplan;

import java.util.Optional;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.doorbraak.api.domein.Besparing;
import nl.doorbraak.api.domein.Besparingstotaal;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.NieuwPerspectiefplan;
import nl.doorbraak.api.domein.Perspectiefplan;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.PerspectiefplanService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.casus.CasusKern;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.privacy.VerwerkingenLogImpl;
import nl.doorbraak.core.toegang.Aanroeper;
import nl.doorbraak.core.toegang.Aanroepers;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * The door to the perspectiefplannen for every bundle: who may see the casus may read and write its plan, and every
 * read and write of the doel and stappen is a verwerking (the amounts are not personal data). The work is
 * {@link PerspectiefplanKern}'s.
 */
@Component(service = PerspectiefplanService.class, scope = ServiceScope.BUNDLE)
public final class PerspectiefplanServiceImpl implements PerspectiefplanService {

    static final String OBJECT = "perspectiefplan";
    static final String DOEL_LEZEN = "Perspectiefplan van de inwoner bekijken";
    static final String DOEL_VASTLEGGEN = "Perspectiefplan van de inwoner vastleggen";

    private final PerspectiefplanKern kern;
    private final Casustoegang toegang;

    @Activate
    public PerspectiefplanServiceImpl(@Reference(name = "kern") PerspectiefplanKern kern,
            @Reference(name = "casussen") CasusKern casussen,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "varianten") VariantVolger varianten,
            @Reference(name = "verwerkingen") VerwerkingenLogImpl verwerkingen,
            @Reference(name = "aanroepers") Aanroepers aanroepers, ComponentContext context) {
        this(kern, new Casustoegang(casussen, gemeenten, varianten, verwerkingen,
                aanroepers.van(context.getUsingBundle())));
    }

    public PerspectiefplanServiceImpl(PerspectiefplanKern kern, Casustoegang toegang) {
        this.kern = kern;
        this.toegang = toegang;
    }

    @Override
    public Optional<Perspectiefplan> zoek(Namens namens, String gemeente, String casusId) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Casus c = toegang.casus(g, gemeente, casusId, false);
        Optional<Perspectiefplan> p = kern.zoek(gemeente, c.id());
        if (p.isPresent()) {
            toegang.leg(namens, g, c, Verwerking.LEZEN, OBJECT, DOEL_LEZEN);
        }
        return p;
    }

    @Override
    public Perspectiefplan bewaar(Namens namens, String gemeente, String casusId, Long verwachteVersie,
            NieuwPerspectiefplan plan) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Casus c = toegang.casus(g, gemeente, casusId, true);
        Perspectiefplan p = kern.bewaar(gemeente, c.id(), verwachteVersie, plan, g.gebruikersnaam());
        toegang.leg(namens, g, c, Verwerking.WIJZIGEN, OBJECT, DOEL_VASTLEGGEN);
        return p;
    }

    @Override
    public Optional<Besparing> besparing(Namens namens, String gemeente, String casusId) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Casus c = toegang.casus(g, gemeente, casusId, false);
        return kern.besparing(gemeente, c.id());
    }

    @Override
    public Besparingstotaal besparingInJaar(Namens namens, String gemeente, int jaar) {
        toegang.gebruiker(namens, gemeente);
        return kern.besparingInJaar(gemeente, jaar);
    }
}
