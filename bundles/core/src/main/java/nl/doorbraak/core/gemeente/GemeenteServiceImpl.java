package nl.doorbraak.core.gemeente;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.rechten.RechtenRegister;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.toegang.Aanroeper;
import nl.doorbraak.core.toegang.Toegangsregels;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * The door to the gemeenten for every bundle. With {@link Namens}: a user sees his own gemeente, the platformbeheerder
 * and the platform itself all of them, as {@code GET /api/gemeenten} always answered. Without: the platform's own
 * bundles see every gemeente (the core's components ask this all the time), a plug-in only the gemeenten that use one
 * of its variants (a tafelvariant or an {@link nl.doorbraak.api.variant.Onderdeel} they switched on), so it does not
 * learn which other gemeenten the platform serves. Bundle scope, as
 * {@link nl.doorbraak.core.casus.CasusServiceImpl}; the gemeenten themselves are {@link GemeenteRegister}'s.
 */
@Component(service = GemeenteService.class, scope = ServiceScope.BUNDLE)
public final class GemeenteServiceImpl implements GemeenteService {

    private final GemeenteRegister register;
    private final VariantVolger varianten;
    private final Aanroeper aanroeper;

    @Activate
    public GemeenteServiceImpl(@Reference(name = "register") GemeenteRegister register,
            @Reference(name = "varianten") VariantVolger varianten,
            @Reference(name = "rechten") RechtenRegister rechten, ComponentContext context) {
        this(register, varianten, Aanroeper.van(context.getUsingBundle(), rechten));
    }

    public GemeenteServiceImpl(GemeenteRegister register, VariantVolger varianten, Aanroeper aanroeper) {
        this.register = register;
        this.varianten = varianten;
        this.aanroeper = aanroeper;
    }

    @Override
    public List<Gemeente> alle() {
        if (aanroeper.alsPlatform()) {
            return register.alle();
        }
        Set<String> eigen = varianten.vanBundle(aanroeper.bundle());
        return register.alle().stream().filter(g -> bedient(g, eigen)).toList();
    }

    @Override
    public Optional<Gemeente> zoek(String id) {
        Optional<Gemeente> g = register.zoek(id);
        if (aanroeper.alsPlatform()) {
            return g;
        }
        Set<String> eigen = varianten.vanBundle(aanroeper.bundle());
        return g.filter(x -> bedient(x, eigen));
    }

    @Override
    public List<Gemeente> zichtbaar(Namens namens) {
        vertrouw(namens);
        return register.zichtbaar(namens);
    }

    @Override
    public Optional<Gemeente> zoek(Namens namens, String id) {
        vertrouw(namens);
        return register.zoek(namens, id);
    }

    /** The platform itself only from the platform's own bundles, or a plug-in granted {@code platform}. */
    private void vertrouw(Namens namens) {
        if (namens == null) {
            throw new IllegalArgumentException("In wiens naam? Namens is verplicht.");
        }
        Toegangsregels.gebruiker(namens, aanroeper);
    }

    private static boolean bedient(Gemeente g, Set<String> eigen) {
        return g.varianten().stream().anyMatch(eigen::contains);
    }
}
