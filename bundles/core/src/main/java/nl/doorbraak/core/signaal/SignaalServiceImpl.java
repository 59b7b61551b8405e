package nl.doorbraak.core.signaal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.doorbraak.api.domein.GekoppeldeCasus;
import nl.doorbraak.api.domein.NieuwSignaal;
import nl.doorbraak.api.domein.NieuweVerwerking;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalFilter;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.domein.SignaalWijziging;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.SignaalService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.casus.CasusKern;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.platform.Invoer;
import nl.doorbraak.core.privacy.VerwerkingenLogImpl;
import nl.doorbraak.core.privacy.VerwerkingenSchrijver;
import nl.doorbraak.core.toegang.Aanroeper;
import nl.doorbraak.core.toegang.Aanroepers;
import nl.doorbraak.core.toegang.Gemeentetoegang;
import nl.doorbraak.core.toegang.Toegangsregels;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * The door to the signalen for every bundle: the roles that report and read them, those that handle them, a tafellid
 * links only casussen of his tafels, and the title of a linked casus only for who may see that casus, recorded in the
 * verwerkingenlog (one line per casus, object signaal). Bundle scope, as {@link nl.doorbraak.core.casus.CasusServiceImpl};
 * the work is {@link SignaalKern}'s.
 */
@Component(service = SignaalService.class, scope = ServiceScope.BUNDLE)
public final class SignaalServiceImpl implements SignaalService {

    static final Set<Rol> MELDERS = Set.of(Rol.GEMEENTEBEHEERDER, Rol.CASUSREGISSEUR, Rol.TAFELLID, Rol.TRANSFORMAATJE);
    static final Set<Rol> BEHANDELAARS = Set.of(Rol.GEMEENTEBEHEERDER, Rol.CASUSREGISSEUR);
    static final Set<Rol> CASUSINHOUD = Set.of(Rol.CASUSREGISSEUR, Rol.TAFELLID);
    static final String OBJECT = "signaal";
    static final String DOEL_LEZEN = "Signalen over regels die knellen bekijken";
    static final String DOEL_BEHANDELEN = "Signaal behandelen";

    private final SignaalKern kern;
    private final Casustoegang toegang;
    private final VerwerkingenSchrijver verwerkingen;

    @Activate
    public SignaalServiceImpl(@Reference(name = "kern") SignaalKern kern,
            @Reference(name = "casussen") CasusKern casussen,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "varianten") VariantVolger varianten,
            @Reference(name = "verwerkingen") VerwerkingenLogImpl verwerkingen,
            @Reference(name = "aanroepers") Aanroepers aanroepers, ComponentContext context) {
        this(kern, new Casustoegang(casussen, gemeenten, varianten, verwerkingen,
                aanroepers.van(context.getUsingBundle())), verwerkingen);
    }

    public SignaalServiceImpl(SignaalKern kern, Casustoegang toegang, VerwerkingenSchrijver verwerkingen) {
        this.kern = kern;
        this.toegang = toegang;
        this.verwerkingen = verwerkingen;
    }

    // ---------------------------------------------------------------- reads

    @Override
    public Pagina<Signaal> lijst(Namens namens, String gemeente, SignaalFilter filter, int page, int pageSize) {
        Gebruiker g = gebruiker(namens, gemeente, MELDERS, "de signalen");
        Pagina<Signaal> p = kern.lijst(gemeente, filter, page, pageSize);
        List<Signaal> l = toon(namens, g, gemeente, p.results(), Verwerking.LEZEN, DOEL_LEZEN);
        return new Pagina<>(p.count(), p.page(), p.pageSize(), l);
    }

    @Override
    public Optional<Signaal> zoek(Namens namens, String gemeente, String id) {
        Gebruiker g = gebruiker(namens, gemeente, MELDERS, "de signalen");
        return kern.zoek(gemeente, id).map(s -> toon(namens, g, gemeente, s, Verwerking.LEZEN, DOEL_LEZEN));
    }

    @Override
    public List<Signaal> vanCasus(Namens namens, String gemeente, String casusId) {
        Gebruiker g = gebruiker(namens, gemeente, CASUSINHOUD, "de inhoud van casussen");
        if (toegang.zichtbaar(g, gemeente, casusId, false).isEmpty()) {
            throw Toegangsregels.casusNietGevonden(casusId);
        }
        return toon(namens, g, gemeente, kern.vanCasus(gemeente, casusId), Verwerking.LEZEN, DOEL_LEZEN);
    }

    // ---------------------------------------------------------------- changes

    @Override
    public Signaal maak(Namens namens, String gemeente, NieuwSignaal signaal) {
        Gebruiker g = gebruiker(namens, gemeente, MELDERS, "het melden van signalen");
        if (signaal != null && alleenEigenTafels(g)) {
            Invoer invoer = new Invoer();
            for (int i = 0; i < signaal.casusIds().size(); i++) {
                String casusId = signaal.casusIds().get(i);
                if (casusId != null && toegang.zichtbaar(g, gemeente, casusId, false).isEmpty()) {
                    invoer.fout("casusIds." + i, Invoer.ONBEKEND, SignaalKern.casusOnbekend(casusId));
                }
            }
            invoer.controleer();
        }
        Signaal s = kern.maak(gemeente, signaal, g.gebruikersnaam());
        return toon(namens, g, gemeente, s, Verwerking.WIJZIGEN, DOEL_BEHANDELEN);
    }

    @Override
    public Signaal wijzig(Namens namens, String gemeente, String id, long verwachteVersie,
            SignaalWijziging wijziging) {
        Gebruiker g = gebruiker(namens, gemeente, MELDERS, "het wijzigen van signalen");
        Signaal s = kern.wijzig(gemeente, id, verwachteVersie, wijziging, g.gebruikersnaam());
        return toon(namens, g, gemeente, s, Verwerking.WIJZIGEN, DOEL_BEHANDELEN);
    }

    @Override
    public Signaal wijzigStatus(Namens namens, String gemeente, String id, Long verwachteVersie, SignaalStatus naar,
            String reden, String antwoord) {
        Gebruiker g = gebruiker(namens, gemeente, BEHANDELAARS, "het behandelen van signalen");
        Signaal s = kern.wijzigStatus(gemeente, id, verwachteVersie, naar, reden, antwoord, g.gebruikersnaam());
        return toon(namens, g, gemeente, s, Verwerking.WIJZIGEN, DOEL_BEHANDELEN);
    }

    @Override
    public Signaal koppel(Namens namens, String gemeente, String id, String casusId) {
        Gebruiker g = gebruiker(namens, gemeente, MELDERS, "het koppelen van casussen aan signalen");
        if (alleenEigenTafels(g) && casusId != null && !casusId.isBlank()) {
            // an unknown signaal is 404 before the casus is judged, as the REST API always answered
            kern.zoek(gemeente, id).orElseThrow(() -> SignaalKern.nietGevonden(id));
            if (toegang.zichtbaar(g, gemeente, casusId, false).isEmpty()) {
                new Invoer().fout("casusId", Invoer.ONBEKEND, SignaalKern.casusOnbekend(casusId)).controleer();
            }
        }
        Signaal s = kern.koppel(gemeente, id, casusId, g.gebruikersnaam());
        return toon(namens, g, gemeente, s, Verwerking.WIJZIGEN, DOEL_BEHANDELEN);
    }

    @Override
    public Signaal ontkoppel(Namens namens, String gemeente, String id, String casusId) {
        Gebruiker g = gebruiker(namens, gemeente, MELDERS, "het koppelen van casussen aan signalen");
        if (alleenEigenTafels(g)) {
            kern.zoek(gemeente, id).orElseThrow(() -> SignaalKern.nietGevonden(id));
            if (toegang.zichtbaar(g, gemeente, casusId, false).isEmpty()) {
                throw new NietGevondenException("Casus '" + casusId + "' is niet aan dit signaal gekoppeld.");
            }
        }
        Signaal s = kern.ontkoppel(gemeente, id, casusId, g.gebruikersnaam());
        return toon(namens, g, gemeente, s, Verwerking.WISSEN, DOEL_BEHANDELEN);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The user, as the REST API always answered: without a gemeente (platformbeheerder, Rijk) the role is refused
     * first (403), someone of another gemeente gets 404, then the role.
     */
    private Gebruiker gebruiker(Namens namens, String gemeente, Set<Rol> rollen, String wat) {
        if (namens == null) {
            throw new IllegalArgumentException("In wiens naam? Namens is verplicht.");
        }
        Gebruiker u = namens.gebruiker();
        if (!u.isSysteem() && u.gemeente() == null) {
            Gemeentetoegang.vereisRol(u, rollen, wat);
        }
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Gemeentetoegang.vereisRol(g, rollen, wat);
        return g;
    }

    /** A tafellid (who is no casusregisseur) sees only the casussen of his own tafels. */
    private static boolean alleenEigenTafels(Gebruiker g) {
        return !g.isSysteem() && g.heeft(Rol.TAFELLID) && !g.heeft(Rol.CASUSREGISSEUR);
    }

    private Signaal toon(Namens namens, Gebruiker g, String gemeente, Signaal s, String handeling, String doel) {
        return toon(namens, g, gemeente, List.of(s), handeling, doel).get(0);
    }

    /**
     * The signalen with the titles this user and bundle may see (the others null), after recording one line per casus
     * whose title is served: if recording fails, nothing is served.
     */
    private List<Signaal> toon(Namens namens, Gebruiker g, String gemeente, Collection<Signaal> signalen,
            String handeling, String doel) {
        Set<String> getoond = new LinkedHashSet<>();
        List<Signaal> uit = new ArrayList<>(signalen.size());
        for (Signaal s : signalen) {
            List<GekoppeldeCasus> casussen = new ArrayList<>(s.casussen().size());
            for (GekoppeldeCasus k : s.casussen()) {
                if (k.titel() != null && titelZichtbaar(g, gemeente, k)) {
                    getoond.add(k.casusId());
                    casussen.add(k);
                } else {
                    casussen.add(new GekoppeldeCasus(k.casusId(), null, k.tafelId(), k.gekoppeldDoor(),
                            k.gekoppeldOp()));
                }
            }
            uit.add(new Signaal(s.id(), s.gemeente(), s.regel(), s.organisatie(), s.omschrijving(), s.status(),
                    s.antwoord(), s.historie(), casussen, s.versie(), s.aangemaakt(), s.gewijzigd()));
        }
        if (!getoond.isEmpty()) {
            verwerkingen.leg(getoond.stream().map(id -> new NieuweVerwerking(gemeente, id, null, handeling, OBJECT,
                    g.gebruikersnaam(), Toegangsregels.rollen(g), namens.doelOf(doel), null)).toList(),
                    toegang.aanroeper().via());
        }
        return uit;
    }

    /** Casusregisseur and platform: all; tafellid: his tafels; a plug-in also only the casussen it may read. */
    private boolean titelZichtbaar(Gebruiker g, String gemeente, GekoppeldeCasus k) {
        boolean rol = g.isSysteem() || g.heeft(Rol.CASUSREGISSEUR)
                || g.heeft(Rol.TAFELLID) && g.tafels().contains(k.tafelId());
        return rol && (toegang.leestAlles() || toegang.zichtbaar(g, gemeente, k.casusId(), false).isPresent());
    }
}
