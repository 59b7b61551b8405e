package nl.doorbraak.core.rapportage;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.doorbraak.api.domein.Rapportage;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.RapportageService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.toegang.Aanroeper;
import nl.doorbraak.core.toegang.Aanroepers;
import nl.doorbraak.core.toegang.Gemeentetoegang;
import nl.doorbraak.core.toegang.Toegangsregels;

/**
 * The door to the yearly figures for every bundle, with the checks the REST API always made: a gemeente's figures for
 * its gemeentebeheerder and casusregisseur (without a gemeente 403 first, another gemeente 404, then the role), the
 * platform's figures per gemeente for the platformbeheerder only. The platform itself may both. Anonymous figures:
 * no verwerking, as before. Bundle scope, as {@link nl.doorbraak.core.casus.CasusServiceImpl}; the work is
 * {@link RapportageKern}'s.
 */
@Component(service = RapportageService.class, scope = ServiceScope.BUNDLE)
public final class RapportageServiceImpl implements RapportageService {

    static final Set<Rol> LEZERS = Set.of(Rol.GEMEENTEBEHEERDER, Rol.CASUSREGISSEUR);
    static final Set<Rol> PLATFORM = Set.of(Rol.PLATFORMBEHEERDER);
    static final String GEMEENTE = "de rapportage";
    static final String ALLE = "de rapportage over alle gemeenten";

    private final RapportageKern kern;
    private final GemeenteService gemeenten;
    private final Aanroeper aanroeper;

    @Activate
    public RapportageServiceImpl(@Reference(name = "kern") RapportageKern kern,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "aanroepers") Aanroepers aanroepers, ComponentContext context) {
        this(kern, gemeenten, aanroepers.van(context.getUsingBundle()));
    }

    public RapportageServiceImpl(RapportageKern kern, GemeenteService gemeenten, Aanroeper aanroeper) {
        this.kern = kern;
        this.gemeenten = gemeenten;
        this.aanroeper = aanroeper;
    }

    @Override
    public Rapportage rapportage(Namens namens, String gemeente, int jaar, String tafelId) {
        Gemeentetoegang.gebruiker(namens, aanroeper, gemeenten, gemeente, LEZERS, GEMEENTE);
        return kern.rapportage(gemeente, jaar, tafelId);
    }

    @Override
    public List<Rapportage.Totalen> platform(Namens namens, int jaar) {
        if (namens == null) {
            throw new IllegalArgumentException("In wiens naam? Namens is verplicht.");
        }
        Gebruiker g = Toegangsregels.gebruiker(namens, aanroeper);
        Gemeentetoegang.vereisRol(g, PLATFORM, ALLE);
        return kern.platform(jaar);
    }
}
