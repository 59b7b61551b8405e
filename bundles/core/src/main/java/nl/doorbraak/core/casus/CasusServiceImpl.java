package nl.doorbraak.core.casus;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.CasusWijziging;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Resultaat;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.privacy.VerwerkingenLogImpl;
import nl.doorbraak.core.privacy.VerwerkingenSchrijver;
import nl.doorbraak.core.toegang.Aanroeper;
import nl.doorbraak.core.toegang.Aanroepers;
import nl.doorbraak.core.toegang.Toegangsregels;
import nl.doorbraak.core.toegang.Toegangsregels.Casusbereik;
import nl.doorbraak.core.variant.Registratie;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * The door to the casussen for every bundle: it decides who may see and change which casus, and records every read
 * and change in the verwerkingenlog, so no route, shell command or plug-in has to remember to. Bundle scope: each
 * using bundle gets its own instance, which knows whether it serves the platform or a plug-in and with which
 * rights. The work itself is {@link CasusKern}'s.
 */
@Component(service = CasusService.class, scope = ServiceScope.BUNDLE)
public final class CasusServiceImpl implements CasusService {

    static final String DOEL_LIJST = "Casussen van de tafel bekijken";
    static final String DOEL_LEZEN = "Casus bekijken";
    static final String DOEL_WIJZIGEN = "Casus behandelen";

    private final CasusKern kern;
    private final VariantVolger varianten;
    private final Aanroeper aanroeper;
    /** The same checks and verwerking lines as every other door to data of a casus. */
    private final Casustoegang toegang;

    @Activate
    public CasusServiceImpl(@Reference(name = "kern") CasusKern kern,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "varianten") VariantVolger varianten,
            @Reference(name = "verwerkingen") VerwerkingenLogImpl verwerkingen,
            // guarded: registered only after the hooks that hide it from plug-ins without the right
            @Reference(name = "aanroepers") Aanroepers aanroepers, ComponentContext context) {
        this(kern, gemeenten, varianten, verwerkingen, aanroepers.van(context.getUsingBundle()));
    }

    public CasusServiceImpl(CasusKern kern, GemeenteService gemeenten, VariantVolger varianten,
            VerwerkingenSchrijver verwerkingen, Aanroeper aanroeper) {
        this.kern = kern;
        this.varianten = varianten;
        this.aanroeper = aanroeper;
        this.toegang = new Casustoegang(kern, gemeenten, varianten, verwerkingen, aanroeper);
    }

    @Override
    public Pagina<Casus> lijst(Namens namens, String gemeente, CasusFilter filter, int page, int pageSize) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Casusbereik bereik = Toegangsregels.casusbereik(g);
        CasusFilter f = filter == null ? CasusFilter.geen() : filter;
        if (bereik == Casusbereik.EIGEN_TAFELS) {
            Set<String> tafels = new HashSet<>(g.tafels());
            if (f.tafels() != null) {
                tafels.retainAll(f.tafels());
            }
            f = new CasusFilter(f.status(), f.tafelId(), tafels, f.variant());
        }
        boolean alleenEigen = !aanroeper.alsPlatform() && !aanroeper.mag(Recht.CASUSSEN_ALLE);
        if (alleenEigen) {
            // a plug-in without casussen.alle: only its own variant's casussen, in SQL when it has one variant, so
            // count and pages are right (its tafelvarianten: an onderdeel has no casussen)
            Set<String> eigen = varianten.tafelvariantenVanBundle(aanroeper.bundle());
            if (eigen.isEmpty() || f.variant() != null && !f.variant().isBlank() && !eigen.contains(f.variant())) {
                // no variant of its own (or asking another's): nothing, not even how many there are
                nl.doorbraak.core.platform.Invoer.controleerPagina(page, pageSize);
                return new Pagina<>(0, page, pageSize, List.of());
            }
            if ((f.variant() == null || f.variant().isBlank()) && eigen.size() == 1) {
                f = new CasusFilter(f.status(), f.tafelId(), f.tafels(), eigen.iterator().next());
            }
        }
        Pagina<Casus> p = kern.lijst(gemeente, f, page, pageSize);
        if (alleenEigen) {
            // a plug-in with more than one variant (or whose variant just left): filtered here
            p = new Pagina<>(p.count(), p.page(), p.pageSize(), p.results().stream()
                    .filter(c -> toegang.vanAanroeper(c, true)).toList());
        }
        toegang.leg(namens, g, p.results(), Verwerking.LEZEN, "casus", DOEL_LIJST);
        return p;
    }

    @Override
    public Optional<Casus> zoek(Namens namens, String gemeente, String id) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Optional<Casus> c = toegang.zichtbaar(g, gemeente, id, false);
        c.ifPresent(casus -> toegang.leg(namens, g, casus, Verwerking.LEZEN, "casus", DOEL_LEZEN));
        return c;
    }

    @Override
    public Casus maak(Namens namens, String gemeente, NieuweCasus casus) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Casusbereik bereik = Toegangsregels.casusbereik(g);
        String tafelId = casus == null ? null : casus.tafelId();
        if (bereik == Casusbereik.EIGEN_TAFELS && tafelId != null && !g.tafels().contains(tafelId)) {
            throw new GeenToegangException("U kunt alleen casussen aanmelden bij een tafel waar u aan zit.");
        }
        if (!aanroeper.alsPlatform()) {
            Optional<String> variant = kern.variantVanTafel(gemeente, tafelId);
            if (variant.isPresent() && !eigenVariant(variant.get())) {
                throw new GeenToegangException("Deze plug-in kan alleen casussen van zijn eigen variant aanmelden.");
            }
        }
        Casus c = kern.maak(gemeente, casus, g.gebruikersnaam());
        toegang.leg(namens, g, c, Verwerking.WIJZIGEN, "casus", DOEL_WIJZIGEN);
        return c;
    }

    @Override
    public Casus wijzig(Namens namens, String gemeente, String id, long verwachteVersie, CasusWijziging wijziging) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        toegang.casus(g, gemeente, id, true);
        Casus c = kern.wijzig(gemeente, id, verwachteVersie, wijziging, g.gebruikersnaam());
        toegang.leg(namens, g, c, Verwerking.WIJZIGEN, "casus", DOEL_WIJZIGEN);
        return c;
    }

    @Override
    public Casus wijzigStatus(Namens namens, String gemeente, String id, Long verwachteVersie, CasusStatus naar,
            String reden, Resultaat resultaat, boolean ondanksOpenstaand) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        toegang.casus(g, gemeente, id, true);
        // the kern checks that whoever overrides open escalaties/acties is a casusregisseur account of the gemeente
        Casus c = kern.wijzigStatus(gemeente, id, verwachteVersie, naar, reden, resultaat, ondanksOpenstaand,
                g.gebruikersnaam());
        toegang.leg(namens, g, c, Verwerking.WIJZIGEN, "casus", DOEL_WIJZIGEN);
        return c;
    }

    private boolean eigenVariant(String variant) {
        return varianten.huidige(variant).map(Registratie::bundle).map(aanroeper.bundle()::equals).orElse(false);
    }
}
