package nl.doorbraak.core.bijeenkomst;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.service.BijeenkomstService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.casus.CasusKern;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.privacy.VerwerkingenLogImpl;
import nl.doorbraak.core.toegang.Aanroeper;
import nl.doorbraak.core.toegang.Aanroepers;
import nl.doorbraak.core.toegang.Toegangsregels;
import nl.doorbraak.core.toegang.Toegangsregels.Casusbereik;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * The door to the bijeenkomsten for every bundle: a casusregisseur plans and sets the agenda for every tafel of his
 * gemeente, a tafellid for his own tafels; another role 403. A bijeenkomst holds no inwoner's data beyond casus ids,
 * so reading one is no verwerking; putting a casus on the agenda changes the casus and is recorded. Bundle scope,
 * as {@link nl.doorbraak.core.casus.CasusServiceImpl}; the work is {@link BijeenkomstKern}'s.
 */
@Component(service = BijeenkomstService.class, scope = ServiceScope.BUNDLE)
public final class BijeenkomstServiceImpl implements BijeenkomstService {

    static final String DOEL_AGENDEREN = "Casus op de agenda zetten";

    private final BijeenkomstKern kern;
    private final Casustoegang toegang;

    @Activate
    public BijeenkomstServiceImpl(@Reference(name = "kern") BijeenkomstKern kern,
            @Reference(name = "casussen") CasusKern casussen,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "varianten") VariantVolger varianten,
            @Reference(name = "verwerkingen") VerwerkingenLogImpl verwerkingen,
            @Reference(name = "aanroepers") Aanroepers aanroepers, ComponentContext context) {
        this(kern, new Casustoegang(casussen, gemeenten, varianten, verwerkingen,
                aanroepers.van(context.getUsingBundle())));
    }

    public BijeenkomstServiceImpl(BijeenkomstKern kern, Casustoegang toegang) {
        this.kern = kern;
        this.toegang = toegang;
    }

    @Override
    public Pagina<Bijeenkomst> lijst(Namens namens, String gemeente, String tafelId, int page, int pageSize) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        String tafel = tafelId;
        if (Toegangsregels.casusbereik(g) == Casusbereik.EIGEN_TAFELS) {
            if (tafel == null && g.tafels().size() == 1) {
                tafel = g.tafels().iterator().next();
            } else if (tafel == null) {
                throw new OngeldigeInvoerException("Kies een van uw tafels.", List.of(new VeldFout("tafelId",
                        "ongeldig", "Geef een tafel op waar u aan zit.")));
            } else if (!g.tafels().contains(tafel)) {
                // another tafel's bijeenkomsten do not exist for him
                return new Pagina<>(0, page, pageSize, List.of());
            }
        }
        return kern.lijst(gemeente, tafel, page, pageSize);
    }

    @Override
    public Optional<Bijeenkomst> zoek(Namens namens, String gemeente, String id) {
        return zichtbaar(toegang.gebruiker(namens, gemeente), gemeente, id);
    }

    @Override
    public Bijeenkomst plan(Namens namens, String gemeente, NieuweBijeenkomst bijeenkomst) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Casusbereik bereik = Toegangsregels.casusbereik(g);
        String tafelId = bijeenkomst == null ? null : bijeenkomst.tafelId();
        if (bereik == Casusbereik.EIGEN_TAFELS && tafelId != null && !g.tafels().contains(tafelId)) {
            throw new GeenToegangException("U kunt alleen bijeenkomsten plannen van een tafel waar u aan zit.");
        }
        return kern.plan(gemeente, bijeenkomst, g.gebruikersnaam());
    }

    @Override
    public Bijeenkomst wijzig(Namens namens, String gemeente, String id, long verwachteVersie,
            NieuweBijeenkomst bijeenkomst) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Bijeenkomst b = zichtbaar(g, gemeente, id).orElseThrow(() -> nietGevonden(id));
        return kern.wijzig(gemeente, b.id(), verwachteVersie, bijeenkomst, g.gebruikersnaam());
    }

    @Override
    public Bijeenkomst agendeer(Namens namens, String gemeente, String id, String casusId) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Bijeenkomst b = zichtbaar(g, gemeente, id).orElseThrow(() -> nietGevonden(id));
        // a casus the user may not see does not exist for him; without an id the kern says what is missing
        Casus c = casusId == null ? null : toegang.casus(g, gemeente, casusId, true);
        Bijeenkomst na = kern.agendeer(gemeente, b.id(), casusId, g.gebruikersnaam());
        if (c != null) {
            toegang.leg(namens, g, List.of(c), Verwerking.WIJZIGEN, "bijeenkomst", DOEL_AGENDEREN);
        }
        return na;
    }

    /** 403 for a role without casus rights first, then: another tafel's bijeenkomst does not exist for him. */
    private Optional<Bijeenkomst> zichtbaar(Gebruiker g, String gemeente, String id) {
        Casusbereik bereik = Toegangsregels.casusbereik(g);
        return kern.zoek(gemeente, id).filter(b -> Toegangsregels.ziet(g, bereik, b.tafelId()));
    }

    private static NietGevondenException nietGevonden(String id) {
        return new NietGevondenException("Bijeenkomst '" + id + "' niet gevonden.");
    }
}
