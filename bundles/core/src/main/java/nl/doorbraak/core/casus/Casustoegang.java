package nl.doorbraak.core.casus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.NieuweVerwerking;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.privacy.VerwerkingenSchrijver;
import nl.doorbraak.core.toegang.Aanroeper;
import nl.doorbraak.core.toegang.Toegangsregels;
import nl.doorbraak.core.toegang.Toegangsregels.Casusbereik;
import nl.doorbraak.core.variant.Registratie;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * The questions every door to data of a casus asks (BSN, audittrail, perspectiefplan, besluiten, acties,
 * bijeenkomsten), with the same answers as
 * {@link CasusServiceImpl}: another gemeente is 404, a role without casus rights 403, a casus of another tafel or (for
 * a plug-in) another variant does not exist. The casus is looked up in the kern, so this check is no verwerking of
 * its own; the door records what it serves.
 */
public final class Casustoegang {

    private final CasusKern kern;
    private final GemeenteService gemeenten;
    private final VariantVolger varianten;
    private final VerwerkingenSchrijver verwerkingen;
    private final Aanroeper aanroeper;

    public Casustoegang(CasusKern kern, GemeenteService gemeenten, VariantVolger varianten,
            VerwerkingenSchrijver verwerkingen, Aanroeper aanroeper) {
        this.kern = kern;
        this.gemeenten = gemeenten;
        this.varianten = varianten;
        this.verwerkingen = verwerkingen;
        this.aanroeper = aanroeper;
    }

    public Aanroeper aanroeper() {
        return aanroeper;
    }

    /** The user as the core trusts him, if he belongs to this gemeente (else 404). */
    public Gebruiker gebruiker(Namens namens, String gemeente) {
        if (namens == null) {
            throw new IllegalArgumentException("In wiens naam? Namens is verplicht.");
        }
        Gebruiker g = Toegangsregels.gebruiker(namens, aanroeper);
        Toegangsregels.gemeente(g, gemeenten, gemeente);
        return g;
    }

    /**
     * The casus if this user and this bundle may see it: a role without casus rights is 403, anything else that is
     * not his to see is 404.
     *
     * @param schrijven a plug-in writes only its own variant's casussen, even with casussen.alle
     */
    public Casus casus(Gebruiker g, String gemeente, String id, boolean schrijven) {
        return zichtbaar(g, gemeente, id, schrijven).orElseThrow(() -> Toegangsregels.casusNietGevonden(id));
    }

    /** As {@link #casus}, but empty instead of 404 (a role without casus rights is still 403). */
    public Optional<Casus> zichtbaar(Gebruiker g, String gemeente, String id, boolean schrijven) {
        Casusbereik bereik = Toegangsregels.casusbereik(g);
        if (id == null) {
            return Optional.empty();
        }
        return kern.zoek(gemeente, id)
                .filter(c -> Toegangsregels.ziet(g, bereik, c.tafelId()))
                .filter(c -> aanroeper.alsPlatform() || eigenVariant(c)
                        || !schrijven && aanroeper.mag(Recht.CASUSSEN_ALLE));
    }

    /** Whether this bundle reads what hangs on every casus; a plug-in without casussen.alle only its own variant's. */
    public boolean leestAlles() {
        return aanroeper.alsPlatform() || aanroeper.mag(Recht.CASUSSEN_ALLE);
    }

    /** Whether this bundle may read ({@code schrijven}: change) what hangs on this casus, as {@link #zichtbaar}. */
    public boolean vanAanroeper(Casus c, boolean schrijven) {
        return aanroeper.alsPlatform() || eigenVariant(c) || !schrijven && aanroeper.mag(Recht.CASUSSEN_ALLE);
    }

    /**
     * The tafelvarianten the calling plug-in provides; for the platform {@code null}: it reads every variant. Not its
     * onderdelen: no casus is of an onderdeel, as {@link #eigenVariant} says too.
     */
    public java.util.Set<String> eigenVarianten() {
        if (aanroeper.alsPlatform()) {
            return null;
        }
        return varianten.tafelvariantenVanBundle(aanroeper.bundle());
    }

    /** A casus of a tafelvariant this plug-in provides; an onderdeel makes no casus its own. */
    private boolean eigenVariant(Casus c) {
        return varianten.huidige(c.variant()).map(Registratie::bundle).map(aanroeper.bundle()::equals).orElse(false);
    }

    /** One line about this casus, before the caller gets the data: if recording fails, he gets an error instead. */
    public void leg(Namens namens, Gebruiker g, Casus c, String handeling, String object, String standaardDoel) {
        leg(namens, g, List.of(c), handeling, object, standaardDoel);
    }

    /** One line per casus (a list), before the caller gets the data; nothing for an empty list. */
    public void leg(Namens namens, Gebruiker g, Collection<Casus> casussen, String handeling, String object,
            String standaardDoel) {
        if (casussen.isEmpty()) {
            return;
        }
        List<NieuweVerwerking> regels = new ArrayList<>(casussen.size());
        for (Casus c : casussen) {
            regels.add(new NieuweVerwerking(c.gemeente(), c.id(), c.inwoner() == null ? null
                    : c.inwoner().pseudoniem(), handeling, object, g.gebruikersnaam(), Toegangsregels.rollen(g),
                    namens.doelOf(standaardDoel), null));
        }
        verwerkingen.leg(regels, aanroeper.via());
    }
}
