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
import nl.doorbraak.api.rechten.RechtenRegister;
import nl.doorbraak.api.service.BesluitService;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.VerwerkingenLog;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.casus.CasusKern;
import nl.doorbraak.core.casus.Casuszicht;
import nl.doorbraak.core.privacy.VerwerkingenLogImpl;
import nl.doorbraak.core.toegang.Aanroeper;
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
    private final GemeenteService gemeenten;
    private final VerwerkingenLog verwerkingen;
    private final Casuszicht zicht;

    @Activate
    public BesluitServiceImpl(@Reference(name = "kern") BesluitKern kern,
            @Reference(name = "casussen") CasusKern casussen,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "varianten") VariantVolger varianten,
            @Reference(name = "verwerkingen") VerwerkingenLogImpl verwerkingen,
            @Reference(name = "rechten") RechtenRegister rechten, ComponentContext context) {
        this(kern, casussen, gemeenten, varianten, verwerkingen, Aanroeper.van(context.getUsingBundle(), rechten));
    }

    public BesluitServiceImpl(BesluitKern kern, CasusKern casussen, GemeenteService gemeenten,
            VariantVolger varianten, VerwerkingenLog verwerkingen, Aanroeper aanroeper) {
        this.kern = kern;
        this.gemeenten = gemeenten;
        this.verwerkingen = verwerkingen;
        this.zicht = new Casuszicht(casussen, varianten, aanroeper);
    }

    @Override
    public Besluit neem(Namens namens, String gemeente, String casusId, NieuwBesluit besluit) {
        Gebruiker g = toegang(namens, gemeente);
        Casus c = zicht.zichtbaarOfNiet(g, gemeente, casusId, true);
        Besluit b = kern.neem(gemeente, c.id(), besluit, g.gebruikersnaam());
        Casuszicht.leg(verwerkingen, namens, g, Verwerking.WIJZIGEN, OBJECT, DOEL_NEMEN, List.of(c));
        return b;
    }

    @Override
    public List<Besluit> lijst(Namens namens, String gemeente, String casusId) {
        Gebruiker g = toegang(namens, gemeente);
        Casus c = zicht.zichtbaarOfNiet(g, gemeente, casusId, false);
        List<Besluit> besluiten = kern.lijst(gemeente, c.id());
        Casuszicht.leg(verwerkingen, namens, g, Verwerking.LEZEN, OBJECT, DOEL_LIJST, List.of(c));
        return besluiten;
    }

    @Override
    public Optional<Besluit> zoek(Namens namens, String gemeente, String id) {
        Gebruiker g = toegang(namens, gemeente);
        // an unknown id is 404 before the role is asked, as the REST API always answered
        Optional<Besluit> b = kern.zoek(gemeente, id);
        if (b.isEmpty()) {
            return b;
        }
        Optional<Casus> c = zicht.zichtbaar(g, gemeente, b.get().casusId(), false);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        Casuszicht.leg(verwerkingen, namens, g, Verwerking.LEZEN, OBJECT, DOEL_LEZEN, List.of(c.get()));
        return b;
    }

    /** The user as the core trusts him, if he belongs to this gemeente (else 404). */
    private Gebruiker toegang(Namens namens, String gemeente) {
        if (namens == null) {
            throw new IllegalArgumentException("In wiens naam? Namens is verplicht.");
        }
        Gebruiker g = Toegangsregels.gebruiker(namens, zicht.aanroeper());
        Toegangsregels.gemeente(g, gemeenten, gemeente);
        return g;
    }
}
