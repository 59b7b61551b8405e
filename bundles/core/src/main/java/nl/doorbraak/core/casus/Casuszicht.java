package nl.doorbraak.core.casus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.NieuweVerwerking;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.VerwerkingenLog;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.toegang.Aanroeper;
import nl.doorbraak.core.toegang.Toegangsregels;
import nl.doorbraak.core.toegang.Toegangsregels.Casusbereik;
import nl.doorbraak.core.variant.Registratie;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * Whether a user (through a bundle) may see a casus, for the doors of what hangs on a casus (besluiten, acties,
 * bijeenkomsten). Reads through the kern, so this internal check is no verwerking of its own; the door records what
 * the caller gets. The rules are {@link CasusServiceImpl}'s: a casusregisseur all of his gemeente, a tafellid his
 * tafels, another role 403; a plug-in its own variant, reading others only with {@code casussen.alle}.
 */
public final class Casuszicht {

    private final CasusKern kern;
    private final VariantVolger varianten;
    private final Aanroeper aanroeper;

    public Casuszicht(CasusKern kern, VariantVolger varianten, Aanroeper aanroeper) {
        this.kern = kern;
        this.varianten = varianten;
        this.aanroeper = aanroeper;
    }

    public Aanroeper aanroeper() {
        return aanroeper;
    }

    /** The casus if this user and bundle may see it (to change it: {@code schrijven}); 403 for a role without casus rights. */
    public Optional<Casus> zichtbaar(Gebruiker g, String gemeente, String casusId, boolean schrijven) {
        Casusbereik bereik = Toegangsregels.casusbereik(g);
        if (casusId == null) {
            return Optional.empty();
        }
        return kern.zoek(gemeente, casusId).filter(c -> ziet(g, bereik, c, schrijven));
    }

    /** The casus, or 404 "Casus '…' niet gevonden." as for one that does not exist. */
    public Casus zichtbaarOfNiet(Gebruiker g, String gemeente, String casusId, boolean schrijven) {
        return zichtbaar(g, gemeente, casusId, schrijven).orElseThrow(() -> Toegangsregels.casusNietGevonden(casusId));
    }

    public boolean ziet(Gebruiker g, Casusbereik bereik, Casus c, boolean schrijven) {
        return Toegangsregels.ziet(g, bereik, c.tafelId())
                && (aanroeper.alsPlatform() || eigenVariant(c.variant())
                        || !schrijven && aanroeper.mag(Recht.CASUSSEN_ALLE));
    }

    /** A plug-in without {@code casussen.alle} reads only what hangs on casussen of its own variant. */
    public boolean leestAlles() {
        return aanroeper.alsPlatform() || aanroeper.mag(Recht.CASUSSEN_ALLE);
    }

    private boolean eigenVariant(String variant) {
        return varianten.huidige(variant).map(Registratie::bundle).map(aanroeper.bundle()::equals).orElse(false);
    }

    /**
     * One verwerking per casus, before the caller gets the data: if recording fails, the caller gets an error
     * instead. The doel is the caller's, or the standard one of the handeling.
     */
    public static void leg(VerwerkingenLog log, Namens namens, Gebruiker g, String handeling, String object,
            String standaardDoel, Collection<Casus> casussen) {
        if (casussen.isEmpty()) {
            return;
        }
        String doel = namens.doelOf(standaardDoel);
        String rollen = Toegangsregels.rollen(g);
        List<NieuweVerwerking> regels = new ArrayList<>(casussen.size());
        for (Casus c : casussen) {
            regels.add(new NieuweVerwerking(c.gemeente(), c.id(), c.inwoner() == null ? null : c.inwoner().pseudoniem(),
                    handeling, object, g.gebruikersnaam(), rollen, doel, null));
        }
        log.leg(regels);
    }

    /** 404 in the words of the REST API for a thing that hangs on a casus the user may not see. */
    public static NietGevondenException nietGevonden(String wat, String id) {
        return new NietGevondenException(wat + " '" + id + "' niet gevonden.");
    }
}
