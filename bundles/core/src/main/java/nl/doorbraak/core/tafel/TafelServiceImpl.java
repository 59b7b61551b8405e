package nl.doorbraak.core.tafel;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.TafelService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.toegang.Aanroeper;
import nl.doorbraak.core.toegang.Aanroepers;
import nl.doorbraak.core.toegang.Gemeentetoegang;
import nl.doorbraak.core.toegang.Toegangsregels;

/**
 * The door to the tafels for every bundle: who works at tafels reads them, the gemeentebeheerder (or the platform
 * itself) keeps them. Another gemeente is 404 before the role is asked, also for who has no gemeente, as the REST
 * API always answered. Bundle scope, as {@link nl.doorbraak.core.casus.CasusServiceImpl}; the work is
 * {@link TafelKern}'s.
 */
@Component(service = TafelService.class, scope = ServiceScope.BUNDLE)
public final class TafelServiceImpl implements TafelService {

    static final Set<Rol> LEZERS = Set.of(Rol.GEMEENTEBEHEERDER, Rol.CASUSREGISSEUR, Rol.TAFELLID, Rol.TRANSFORMAATJE);
    static final Set<Rol> BEHEERDERS = Set.of(Rol.GEMEENTEBEHEERDER);
    static final String LEZEN = "de tafels";
    static final String BEHEREN = "het beheer van tafels";

    private final TafelKern kern;
    private final GemeenteService gemeenten;
    private final Aanroeper aanroeper;

    @Activate
    public TafelServiceImpl(@Reference(name = "kern") TafelKern kern,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "aanroepers") Aanroepers aanroepers, ComponentContext context) {
        this(kern, gemeenten, aanroepers.van(context.getUsingBundle()));
    }

    public TafelServiceImpl(TafelKern kern, GemeenteService gemeenten, Aanroeper aanroeper) {
        this.kern = kern;
        this.gemeenten = gemeenten;
        this.aanroeper = aanroeper;
    }

    @Override
    public Pagina<Tafel> lijst(Namens namens, String gemeente, int page, int pageSize) {
        gebruiker(namens, gemeente, LEZERS, LEZEN);
        return kern.lijst(gemeente, page, pageSize);
    }

    @Override
    public Optional<Tafel> zoek(Namens namens, String gemeente, String id) {
        gebruiker(namens, gemeente, LEZERS, LEZEN);
        return kern.zoek(gemeente, id);
    }

    @Override
    public List<Tafel> metContact(Namens namens, String gemeente, String contactId) {
        gebruiker(namens, gemeente, LEZERS, LEZEN);
        return kern.metContact(gemeente, contactId);
    }

    @Override
    public Tafel maak(Namens namens, String gemeente, NieuweTafel tafel) {
        Gebruiker g = gebruiker(namens, gemeente, BEHEERDERS, BEHEREN);
        return kern.maak(gemeente, tafel, g.gebruikersnaam());
    }

    @Override
    public Tafel wijzig(Namens namens, String gemeente, String id, long verwachteVersie, NieuweTafel tafel) {
        Gebruiker g = gebruiker(namens, gemeente, BEHEERDERS, BEHEREN);
        return kern.wijzig(gemeente, id, verwachteVersie, tafel, g.gebruikersnaam());
    }

    /** The gemeente first (404, also without one), then the role (403), as the REST API always answered. */
    private Gebruiker gebruiker(Namens namens, String gemeente, Set<Rol> rollen, String wat) {
        if (namens == null) {
            throw new IllegalArgumentException("In wiens naam? Namens is verplicht.");
        }
        Gebruiker g = Toegangsregels.gebruiker(namens, aanroeper);
        Toegangsregels.gemeente(g, gemeenten, gemeente);
        Gemeentetoegang.vereisRol(g, rollen, wat);
        return g;
    }
}
