package nl.doorbraak.core.besluit;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.NieuwBesluit;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.service.BesluitService;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.casus.CasusKern;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.privacy.VerwerkingenLogImpl;
import nl.doorbraak.core.toegang.Aanroeper;
import nl.doorbraak.core.toegang.Aanroepers;
import nl.doorbraak.core.toegang.Toegangsregels;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * The door to the besluiten for every bundle: who may see the casus sees its besluiten and may take one, and every
 * read and besluit is recorded in the verwerkingenlog. Bundle scope, as {@link nl.doorbraak.core.casus.CasusServiceImpl};
 * the work (and the mandate rules) is {@link BesluitKern}'s.
 */
@Component(service = BesluitService.class, scope = ServiceScope.BUNDLE)
public final class BesluitServiceImpl implements BesluitService {

    static final String OBJECT = "besluit";
    static final String DOEL_LIJST = "Besluiten over de casus bekijken";
    static final String DOEL_LEZEN = "Besluit bekijken";
    static final String DOEL_NEMEN = "Besluit vastleggen";

    private final BesluitKern kern;
    private final Casustoegang toegang;

    @Activate
    public BesluitServiceImpl(@Reference(name = "kern") BesluitKern kern,
            @Reference(name = "casussen") CasusKern casussen,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "varianten") VariantVolger varianten,
            @Reference(name = "verwerkingen") VerwerkingenLogImpl verwerkingen,
            @Reference(name = "aanroepers") Aanroepers aanroepers, ComponentContext context) {
        this(kern, new Casustoegang(casussen, gemeenten, varianten, verwerkingen,
                aanroepers.van(context.getUsingBundle())));
    }

    public BesluitServiceImpl(BesluitKern kern, Casustoegang toegang) {
        this.kern = kern;
        this.toegang = toegang;
    }

    @Override
    public Besluit neem(Namens namens, String gemeente, String casusId, NieuwBesluit besluit) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Casus c = toegang.casus(g, gemeente, casusId, true);
        Besluit b = kern.neem(gemeente, c.id(), besluit, g.gebruikersnaam());
        toegang.leg(namens, g, List.of(c), Verwerking.WIJZIGEN, OBJECT, DOEL_NEMEN);
        return b;
    }

    @Override
    public List<Besluit> lijst(Namens namens, String gemeente, String casusId) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Casus c = toegang.casus(g, gemeente, casusId, false);
        List<Besluit> besluiten = kern.lijst(gemeente, c.id());
        toegang.leg(namens, g, List.of(c), Verwerking.LEZEN, OBJECT, DOEL_LIJST);
        return besluiten;
    }

    @Override
    public Optional<Besluit> zoek(Namens namens, String gemeente, String id) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        // an unknown id is 404 before the role is asked, as the REST API always answered
        Optional<Besluit> b = kern.zoek(gemeente, id);
        if (b.isEmpty()) {
            return b;
        }
        Optional<Casus> c = toegang.zichtbaar(g, gemeente, b.get().casusId(), false);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        toegang.leg(namens, g, List.of(c.get()), Verwerking.LEZEN, OBJECT, DOEL_LEZEN);
        return b;
    }
}
