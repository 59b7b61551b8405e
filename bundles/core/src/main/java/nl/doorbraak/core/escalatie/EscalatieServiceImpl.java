package nl.doorbraak.core.escalatie;

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

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieFilter;
import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.service.EscalatieService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.casus.CasusKern;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.privacy.VerwerkingenLogImpl;
import nl.doorbraak.core.toegang.Aanroeper;
import nl.doorbraak.core.toegang.Aanroepers;
import nl.doorbraak.core.toegang.Toegangsregels;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * The door to the escalaties for every bundle: casusregisseur and gemeentebeheerder read all of their gemeente, a
 * tafellid those of casussen of his tafels (others do not exist for him); a casusregisseur escalates, and a tafellid
 * for a casus of his tafel; only a casusregisseur answers, solves and escalates further. Every escalatie read or
 * changed is recorded in the verwerkingenlog, one line per casus (object escalatie). A plug-in reads only its own
 * variant's casussen (others with casussen.alle) and changes only its own. Bundle scope, as
 * {@link nl.doorbraak.core.casus.CasusServiceImpl}; the work is {@link EscalatieKern}'s.
 */
@Component(service = EscalatieService.class, scope = ServiceScope.BUNDLE)
public final class EscalatieServiceImpl implements EscalatieService {

    static final String OBJECT = "escalatie";
    static final String DOEL_VAN_CASUS = "Escalaties van de casus bekijken";
    static final String DOEL_VAN_GEMEENTE = "Escalaties van de gemeente volgen";
    static final String DOEL_LEZEN = "Escalatie bekijken";
    static final String DOEL_BEHANDELEN = "Escalatie behandelen";

    private final EscalatieKern kern;
    private final CasusKern casussen;
    private final Casustoegang toegang;

    @Activate
    public EscalatieServiceImpl(@Reference(name = "kern") EscalatieKern kern,
            @Reference(name = "casussen") CasusKern casussen,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "varianten") VariantVolger varianten,
            @Reference(name = "verwerkingen") VerwerkingenLogImpl verwerkingen,
            @Reference(name = "aanroepers") Aanroepers aanroepers, ComponentContext context) {
        this(kern, casussen, new Casustoegang(casussen, gemeenten, varianten, verwerkingen,
                aanroepers.van(context.getUsingBundle())));
    }

    public EscalatieServiceImpl(EscalatieKern kern, CasusKern casussen, Casustoegang toegang) {
        this.kern = kern;
        this.casussen = casussen;
        this.toegang = toegang;
    }

    @Override
    public List<Escalatieniveau> route(Namens namens, String gemeente) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        bereik(g);
        return kern.route(gemeente);
    }

    @Override
    public Map<String, String> ingangen(Namens namens, String gemeente) {
        bereik(toegang.gebruiker(namens, gemeente));
        return kern.ingangen(gemeente, toegang.aanroeper().bundle());
    }

    @Override
    public Pagina<Escalatie> lijst(Namens namens, String gemeente, EscalatieFilter filter, int page, int pageSize) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Set<String> eigen = bereik(g);
        EscalatieFilter f = filter == null ? new EscalatieFilter(null, null, false, null) : filter;
        if (eigen != null) {
            Set<String> tafels = new HashSet<>(eigen);
            if (f.tafels() != null) {
                tafels.retainAll(f.tafels());
            }
            f = new EscalatieFilter(f.status(), f.niveau(), f.alleenVerlopen(), tafels);
        }
        // a plug-in without casussen.alle: its own variant's escalaties, in SQL, so count and pages are right
        Pagina<Escalatie> p = kern.lijst(gemeente, f, toegang.leestAlles() ? null : toegang.eigenVarianten(), page,
                pageSize);
        Map<String, Optional<Casus>> perCasus = new LinkedHashMap<>();
        for (Escalatie e : p.results()) {
            perCasus.computeIfAbsent(e.casusId(), id -> casus(g, eigen, gemeente, id, false));
        }
        if (!toegang.leestAlles()) {
            p = new Pagina<>(p.count(), p.page(), p.pageSize(), p.results().stream()
                    .filter(e -> perCasus.get(e.casusId()).isPresent()).toList());
        }
        List<Casus> gelezen = p.results().stream().map(e -> perCasus.get(e.casusId())).flatMap(Optional::stream)
                .distinct().toList();
        toegang.leg(namens, g, gelezen, Verwerking.LEZEN, OBJECT, DOEL_VAN_GEMEENTE);
        return p;
    }

    @Override
    public List<Escalatie> vanCasus(Namens namens, String gemeente, String casusId) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Set<String> eigen = bereik(g);
        Casus c = zichtbareCasus(g, eigen, gemeente, casusId, false);
        List<Escalatie> alle = kern.vanCasus(gemeente, casusId);
        if (!alle.isEmpty() && c != null) {
            toegang.leg(namens, g, c, Verwerking.LEZEN, OBJECT, DOEL_VAN_CASUS);
        }
        return alle;
    }

    @Override
    public Optional<Escalatie> zoek(Namens namens, String gemeente, String id) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Set<String> eigen = bereik(g);
        Optional<Escalatie> e = kern.zoek(gemeente, id);
        if (e.isEmpty()) {
            return e;
        }
        Optional<Casus> c = casus(g, eigen, gemeente, e.get().casusId(), false);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        toegang.leg(namens, g, c.get(), Verwerking.LEZEN, OBJECT, DOEL_LEZEN);
        return e;
    }

    @Override
    public Escalatie escaleer(Namens namens, String gemeente, String casusId, String niveau, String reden) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        if (!g.isSysteem() && !g.heeft(Rol.CASUSREGISSEUR) && !g.heeft(Rol.TAFELLID)) {
            throw new GeenToegangException("Escaleren kan een casusregisseur, of een tafellid voor een casus van zijn "
                    + "tafel.");
        }
        Set<String> eigen = g.isSysteem() || g.heeft(Rol.CASUSREGISSEUR) ? null : g.tafels();
        Casus c = zichtbareCasus(g, eigen, gemeente, casusId, true);
        Escalatie e = kern.escaleer(gemeente, casusId, niveau, reden, g.gebruikersnaam(), toegang.aanroeper().bundle());
        leg(namens, g, c);
        return e;
    }

    @Override
    public Escalatie beantwoord(Namens namens, String gemeente, String id, Long verwachteVersie, String antwoord) {
        Gebruiker g = afhandelaar(namens, gemeente);
        Casus c = casusVan(g, gemeente, id);
        Escalatie e = kern.beantwoord(gemeente, id, verwachteVersie, antwoord, g.gebruikersnaam());
        leg(namens, g, c);
        return e;
    }

    @Override
    public Escalatie losOp(Namens namens, String gemeente, String id, Long verwachteVersie, String toelichting) {
        Gebruiker g = afhandelaar(namens, gemeente);
        Casus c = casusVan(g, gemeente, id);
        Escalatie e = kern.losOp(gemeente, id, verwachteVersie, toelichting, g.gebruikersnaam());
        leg(namens, g, c);
        return e;
    }

    @Override
    public Escalatie escaleerDoor(Namens namens, String gemeente, String id, Long verwachteVersie, String reden) {
        Gebruiker g = afhandelaar(namens, gemeente);
        Casus c = casusVan(g, gemeente, id);
        Escalatie e = kern.escaleerDoor(gemeente, id, verwachteVersie, reden, g.gebruikersnaam(),
                toegang.aanroeper().bundle());
        leg(namens, g, c);
        return e;
    }

    /** The tafels a reader is limited to; {@code null}: the whole gemeente. Another role is refused. */
    private static Set<String> bereik(Gebruiker g) {
        if (g.isSysteem() || g.heeft(Rol.CASUSREGISSEUR) || g.heeft(Rol.GEMEENTEBEHEERDER)) {
            return null;
        }
        if (g.heeft(Rol.TAFELLID)) {
            return g.tafels();
        }
        throw new GeenToegangException("Uw rol geeft geen toegang tot escalaties.");
    }

    private Gebruiker afhandelaar(Namens namens, String gemeente) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        if (!g.isSysteem() && !g.heeft(Rol.CASUSREGISSEUR)) {
            throw new GeenToegangException("Alleen een casusregisseur handelt escalaties af (beantwoorden, oplossen, "
                    + "doorescaleren).");
        }
        return g;
    }

    /** The casus of an escalatie this bundle may change; an unknown or invisible escalatie is 404. */
    private Casus casusVan(Gebruiker g, String gemeente, String id) {
        Escalatie e = kern.zoek(gemeente, id)
                .orElseThrow(() -> new NietGevondenException("Escalatie '" + id + "' niet gevonden."));
        return casus(g, null, gemeente, e.casusId(), true)
                .orElseThrow(() -> new NietGevondenException("Escalatie '" + id + "' niet gevonden."));
    }

    /** The casus as the kern has it (no verwerking of its own), if this user and bundle may see it. */
    private Optional<Casus> casus(Gebruiker g, Set<String> eigen, String gemeente, String id, boolean schrijven) {
        if (id == null) {
            return Optional.empty();
        }
        return casussen.zoek(gemeente, id).filter(c -> eigen == null || eigen.contains(c.tafelId()))
                .filter(c -> toegang.vanAanroeper(c, schrijven));
    }

    /**
     * The casus, or 404 as the REST API answered a tafellid ("niet gevonden"); a casus that does not exist at all is
     * left to the kern for who sees the whole gemeente, with its own words, after its check of the input.
     */
    private Casus zichtbareCasus(Gebruiker g, Set<String> eigen, String gemeente, String id, boolean schrijven) {
        Optional<Casus> c = casus(g, eigen, gemeente, id, schrijven);
        if (c.isPresent()) {
            return c.get();
        }
        if (eigen == null && (id == null || casussen.zoek(gemeente, id).isEmpty())) {
            return null;
        }
        throw Toegangsregels.casusNietGevonden(id);
    }

    private void leg(Namens namens, Gebruiker g, Casus c) {
        if (c != null) {
            toegang.leg(namens, g, c, Verwerking.WIJZIGEN, OBJECT, DOEL_BEHANDELEN);
        }
    }
}
