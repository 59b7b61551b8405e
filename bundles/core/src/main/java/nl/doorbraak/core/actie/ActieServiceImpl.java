package nl.doorbraak.core.actie;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.doorbraak.api.domein.Actie;
import nl.doorbraak.api.domein.ActieFilter;
import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.NieuweActie;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.service.ActieService;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.besluit.BesluitKern;
import nl.doorbraak.core.casus.CasusKern;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.privacy.VerwerkingenLogImpl;
import nl.doorbraak.core.toegang.Aanroeper;
import nl.doorbraak.core.toegang.Aanroepers;
import nl.doorbraak.core.toegang.Toegangsregels;
import nl.doorbraak.core.toegang.Toegangsregels.Casusbereik;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * The door to the acties for every bundle: who may see the casus sees its acties, adds them and reports them done;
 * a tafellid's lists hold his tafels only; every read and change is recorded in the verwerkingenlog, one line per
 * casus. Bundle scope, as {@link nl.doorbraak.core.casus.CasusServiceImpl}; the work is {@link ActieKern}'s.
 */
@Component(service = ActieService.class, scope = ServiceScope.BUNDLE)
public final class ActieServiceImpl implements ActieService {

    static final String OBJECT = "actie";
    static final String DOEL_VAN_CASUS = "Acties van de casus bekijken";
    static final String DOEL_VAN_GEMEENTE = "Acties van de gemeente volgen";
    static final String DOEL_LEZEN = "Actie bekijken";
    static final String DOEL_MAKEN = "Actie vastleggen";
    static final String DOEL_GEREED = "Actie gereed melden";

    private final ActieKern kern;
    private final BesluitKern besluiten;
    private final Casustoegang toegang;

    @Activate
    public ActieServiceImpl(@Reference(name = "kern") ActieKern kern,
            @Reference(name = "besluiten") BesluitKern besluiten,
            @Reference(name = "casussen") CasusKern casussen,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "varianten") VariantVolger varianten,
            @Reference(name = "verwerkingen") VerwerkingenLogImpl verwerkingen,
            @Reference(name = "aanroepers") Aanroepers aanroepers, ComponentContext context) {
        this(kern, besluiten, new Casustoegang(casussen, gemeenten, varianten, verwerkingen,
                aanroepers.van(context.getUsingBundle())));
    }

    public ActieServiceImpl(ActieKern kern, BesluitKern besluiten, Casustoegang toegang) {
        this.kern = kern;
        this.besluiten = besluiten;
        this.toegang = toegang;
    }

    @Override
    public Pagina<Actie> lijst(Namens namens, String gemeente, ActieFilter filter, int page, int pageSize) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Casusbereik bereik = Toegangsregels.casusbereik(g);
        ActieFilter f = filter == null ? ActieFilter.geen() : filter;
        Casus vanCasus = f.casusId() == null ? null : toegang.casus(g, gemeente, f.casusId(), false);
        if (bereik == Casusbereik.EIGEN_TAFELS) {
            Set<String> tafels = new HashSet<>(g.tafels());
            if (f.tafels() != null) {
                tafels.retainAll(f.tafels());
            }
            f = new ActieFilter(f.casusId(), f.organisatie(), f.contactId(), f.alleenOpen(), f.alleenVerlopen(),
                    tafels);
        }
        // a plug-in without casussen.alle: only acties on its own variant's casussen, in SQL, so count and pages
        // are right (none of its own: nothing, not even how many there are)
        Pagina<Actie> p = kern.lijst(gemeente, f, toegang.leestAlles() ? null : toegang.eigenVarianten(), page,
                pageSize);
        // the casussen of this page, as this user and bundle may see them (a plug-in: its own variant)
        Map<String, Optional<Casus>> casussen = new LinkedHashMap<>();
        if (vanCasus != null) {
            casussen.put(vanCasus.id(), Optional.of(vanCasus));
        }
        for (Actie a : p.results()) {
            casussen.computeIfAbsent(a.casusId(), id -> toegang.zichtbaar(g, gemeente, id, false));
        }
        if (!toegang.leestAlles()) {
            p = new Pagina<>(p.count(), p.page(), p.pageSize(), p.results().stream()
                    .filter(a -> casussen.get(a.casusId()).isPresent()).toList());
        }
        List<Casus> gelezen = new ArrayList<>();
        for (Actie a : p.results()) {
            casussen.get(a.casusId()).filter(c -> !gelezen.contains(c)).ifPresent(gelezen::add);
        }
        toegang.leg(namens, g, gelezen, Verwerking.LEZEN, OBJECT, vanCasus != null ? DOEL_VAN_CASUS
                : DOEL_VAN_GEMEENTE);
        return p;
    }

    @Override
    public Optional<Actie> zoek(Namens namens, String gemeente, String id) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Optional<Zichtbaar> z = zichtbaar(g, gemeente, id, false);
        z.ifPresent(x -> toegang.leg(namens, g, x.casus(), Verwerking.LEZEN, OBJECT, DOEL_LEZEN));
        return z.map(Zichtbaar::actie);
    }

    @Override
    public Actie maak(Namens namens, String gemeente, String besluitId, NieuweActie actie) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        // an unknown besluit is 404 before the role is asked, as the REST API always answered
        Besluit b = besluiten.zoek(gemeente, besluitId).orElseThrow(() -> besluitNietGevonden(besluitId));
        Casus c = toegang.zichtbaar(g, gemeente, b.casusId(), true).orElseThrow(() -> besluitNietGevonden(besluitId));
        Actie a = kern.maak(gemeente, b.id(), actie, g.gebruikersnaam());
        toegang.leg(namens, g, List.of(c), Verwerking.WIJZIGEN, OBJECT, DOEL_MAKEN);
        return a;
    }

    @Override
    public Actie gereed(Namens namens, String gemeente, String id) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Zichtbaar z = zichtbaar(g, gemeente, id, true)
                .orElseThrow(() -> new NietGevondenException("Actie '" + id + "' niet gevonden."));
        Actie a = kern.gereed(gemeente, z.actie().id(), g.gebruikersnaam());
        toegang.leg(namens, g, List.of(z.casus()), Verwerking.WIJZIGEN, OBJECT, DOEL_GEREED);
        return a;
    }

    private record Zichtbaar(Actie actie, Casus casus) {
    }

    /** An unknown id is empty before the role is asked (403), as the REST API always answered. */
    private Optional<Zichtbaar> zichtbaar(Gebruiker g, String gemeente, String id, boolean schrijven) {
        Optional<Actie> a = kern.zoek(gemeente, id);
        if (a.isEmpty()) {
            return Optional.empty();
        }
        return toegang.zichtbaar(g, gemeente, a.get().casusId(), schrijven).map(c -> new Zichtbaar(a.get(), c));
    }

    private static RuntimeException besluitNietGevonden(String id) {
        return new NietGevondenException("Besluit '" + id + "' niet gevonden.");
    }
}
