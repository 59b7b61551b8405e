package nl.doorbraak.core.contact;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.ContactFilter;
import nl.doorbraak.api.domein.ContactGroep;
import nl.doorbraak.api.domein.NieuwContact;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.service.ContactService;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.toegang.Aanroeper;
import nl.doorbraak.core.toegang.Aanroepers;
import nl.doorbraak.core.toegang.Gemeentetoegang;

/**
 * The door to the korte lijnen for every bundle: everyone of the gemeente with a working role reads them,
 * gemeentebeheerder and casusregisseur keep them. Contacten are professionals, no inwoners: nothing for the
 * verwerkingenlog. Bundle scope, as {@link nl.doorbraak.core.casus.CasusServiceImpl}; the work is
 * {@link ContactKern}'s.
 */
@Component(service = ContactService.class, scope = ServiceScope.BUNDLE)
public final class ContactServiceImpl implements ContactService {

    static final Set<Rol> LEZERS = Set.of(Rol.GEMEENTEBEHEERDER, Rol.CASUSREGISSEUR, Rol.TAFELLID, Rol.TRANSFORMAATJE);
    static final Set<Rol> BEHEERDERS = Set.of(Rol.GEMEENTEBEHEERDER, Rol.CASUSREGISSEUR);
    static final String LEZEN = "de contacten";
    static final String BEHEREN = "het beheer van contacten";

    private final ContactKern kern;
    private final GemeenteService gemeenten;
    private final Aanroeper aanroeper;

    @Activate
    public ContactServiceImpl(@Reference(name = "kern") ContactKern kern,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "aanroepers") Aanroepers aanroepers, ComponentContext context) {
        this(kern, gemeenten, aanroepers.van(context.getUsingBundle()));
    }

    public ContactServiceImpl(ContactKern kern, GemeenteService gemeenten, Aanroeper aanroeper) {
        this.kern = kern;
        this.gemeenten = gemeenten;
        this.aanroeper = aanroeper;
    }

    @Override
    public Pagina<Contact> lijst(Namens namens, String gemeente, ContactFilter filter, int page, int pageSize) {
        gebruiker(namens, gemeente, LEZERS, LEZEN);
        return kern.lijst(gemeente, filter, page, pageSize);
    }

    @Override
    public Optional<Contact> zoek(Namens namens, String gemeente, String id) {
        gebruiker(namens, gemeente, LEZERS, LEZEN);
        return kern.zoek(gemeente, id);
    }

    @Override
    public List<ContactGroep> trekkersEnAanjagers(Namens namens, String gemeente) {
        gebruiker(namens, gemeente, LEZERS, LEZEN);
        return kern.trekkersEnAanjagers(gemeente);
    }

    @Override
    public Contact maak(Namens namens, String gemeente, NieuwContact contact) {
        Gebruiker g = gebruiker(namens, gemeente, BEHEERDERS, BEHEREN);
        return kern.maak(gemeente, contact, g.gebruikersnaam());
    }

    @Override
    public Contact wijzig(Namens namens, String gemeente, String id, long verwachteVersie, NieuwContact contact) {
        Gebruiker g = gebruiker(namens, gemeente, BEHEERDERS, BEHEREN);
        return kern.wijzig(gemeente, id, verwachteVersie, contact, g.gebruikersnaam());
    }

    @Override
    public Contact deactiveer(Namens namens, String gemeente, String id, Long verwachteVersie) {
        Gebruiker g = gebruiker(namens, gemeente, BEHEERDERS, BEHEREN);
        return kern.deactiveer(gemeente, id, verwachteVersie, g.gebruikersnaam());
    }

    private Gebruiker gebruiker(Namens namens, String gemeente, Set<Rol> rollen, String wat) {
        return Gemeentetoegang.gebruiker(namens, aanroeper, gemeenten, gemeente, rollen, wat);
    }
}
