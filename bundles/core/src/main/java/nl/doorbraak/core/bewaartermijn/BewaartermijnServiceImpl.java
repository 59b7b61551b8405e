package nl.doorbraak.core.bewaartermijn;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.doorbraak.api.domein.Wisresultaat;
import nl.doorbraak.api.service.BewaartermijnService;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.toegang.Aanroeper;
import nl.doorbraak.core.toegang.Aanroepers;
import nl.doorbraak.core.toegang.Gemeentetoegang;
import nl.doorbraak.core.toegang.Toegangsregels;

/**
 * The door to the bewaartermijn for every bundle: the platform itself and the platformbeheerder purge for every
 * gemeente or one, a gemeentebeheerder for his own (another gemeente 404, as everywhere). A plug-in sees this service
 * only with the right {@code bewaartermijn} (the hooks hide it otherwise) and acts as the platform only with
 * {@code platform}. The audittrail names who ran it, as before; the daily run is {@link BewaartermijnBewaker}'s.
 * Bundle scope, as {@link nl.doorbraak.core.casus.CasusServiceImpl}; the work is {@link BewaartermijnKern}'s.
 */
@Component(service = BewaartermijnService.class, scope = ServiceScope.BUNDLE)
public final class BewaartermijnServiceImpl implements BewaartermijnService {

    static final Set<Rol> ALLE = Set.of(Rol.PLATFORMBEHEERDER);
    static final Set<Rol> EIGEN = Set.of(Rol.GEMEENTEBEHEERDER);
    static final String WAT_ALLE = "de bewaartermijn van alle gemeenten";
    static final String WAT = "de bewaartermijn";

    private final BewaartermijnKern kern;
    private final GemeenteService gemeenten;
    private final Aanroeper aanroeper;

    @Activate
    public BewaartermijnServiceImpl(@Reference(name = "kern") BewaartermijnKern kern,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            // guarded: registered only after the hooks that hide it from plug-ins without the right
            @Reference(name = "aanroepers") Aanroepers aanroepers, ComponentContext context) {
        this(kern, gemeenten, aanroepers.van(context.getUsingBundle()));
    }

    public BewaartermijnServiceImpl(BewaartermijnKern kern, GemeenteService gemeenten, Aanroeper aanroeper) {
        this.kern = kern;
        this.gemeenten = gemeenten;
        this.aanroeper = aanroeper;
    }

    @Override
    public List<Wisresultaat> voerUit(Namens namens, String gemeente, boolean proef) {
        if (namens == null) {
            throw new IllegalArgumentException("In wiens naam? Namens is verplicht.");
        }
        Gebruiker g = Toegangsregels.gebruiker(namens, aanroeper);
        if (gemeente == null) {
            Gemeentetoegang.vereisRol(g, ALLE, WAT_ALLE);
        } else if (Gemeentetoegang.heeftEen(g, ALLE)) {
            if (gemeenten.zoek(gemeente).isEmpty()) {
                throw Toegangsregels.gemeenteNietGevonden(gemeente);
            }
        } else {
            Gemeentetoegang.gebruiker(namens, aanroeper, gemeenten, gemeente, EIGEN, WAT);
        }
        return kern.voerUit(gemeente, proef, g.gebruikersnaam());
    }
}
