package nl.doorbraak.core.toegang;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;

/**
 * Who may see what, decided once in the core for every door. The answers are those the REST API always gave:
 * another gemeente's data does not exist for you (404), a role without the right is refused (403).
 */
public final class Toegangsregels {

    /** How far a user reaches among the casussen of his gemeente. */
    public enum Casusbereik {
        ALLES, EIGEN_TAFELS
    }

    private Toegangsregels() {
    }

    /**
     * The acting user as the core trusts him: the platform itself only from the platform's own bundles (or a plug-in
     * granted {@code platform}); a user named by a plug-in as his stored account says (roles, gemeente, tafels).
     */
    public static Gebruiker gebruiker(Namens namens, Aanroeper aanroeper) {
        Gebruiker g = namens.gebruiker();
        if (g.isSysteem() && !aanroeper.alsPlatform()) {
            throw new GeenToegangException("Een plug-in handelt in naam van de gebruiker van het verzoek, niet in "
                    + "naam van het platform.");
        }
        return aanroeper.zoalsOpgeslagen(g);
    }

    /**
     * The gemeente, if the user belongs to it and it exists; otherwise 404 with the same words for both: never
     * betray that it exists.
     */
    public static void gemeente(Gebruiker g, GemeenteService gemeenten, String gemeente) {
        if (gemeente == null || !(g.isSysteem() || g.hoortBij(gemeente)) || gemeenten.zoek(gemeente).isEmpty()) {
            throw gemeenteNietGevonden(gemeente);
        }
    }

    /**
     * Whether this user may see this gemeente's configuration: his own; every one for the platformbeheerder and the
     * platform itself (as {@code GET /api/gemeenten} always answered). Rijk belongs to none and sees none.
     */
    public static boolean zietGemeente(Gebruiker g, String gemeente) {
        return gemeente != null && (g.isSysteem() || g.heeft(Rol.PLATFORMBEHEERDER) || g.hoortBij(gemeente));
    }

    public static NietGevondenException gemeenteNietGevonden(String gemeente) {
        return new NietGevondenException("Gemeente '" + gemeente + "' niet gevonden.");
    }

    /** A casusregisseur (and the platform itself) sees all casussen of his gemeente, a tafellid those of his tafels. */
    public static Casusbereik casusbereik(Gebruiker g) {
        if (g.isSysteem() || g.heeft(Rol.CASUSREGISSEUR)) {
            return Casusbereik.ALLES;
        }
        if (g.heeft(Rol.TAFELLID)) {
            return Casusbereik.EIGEN_TAFELS;
        }
        throw new GeenToegangException("Uw rol geeft geen toegang tot de inhoud van casussen.");
    }

    public static boolean ziet(Gebruiker g, Casusbereik bereik, String tafelId) {
        return bereik == Casusbereik.ALLES || g.tafels().contains(tafelId);
    }

    public static NietGevondenException casusNietGevonden(String id) {
        return new NietGevondenException("Casus '" + id + "' niet gevonden.");
    }

    /** The rol column of a verwerking: the user's roles, sorted; {@code systeem} for the platform itself. */
    public static String rollen(Gebruiker g) {
        if (g.isSysteem()) {
            return "systeem";
        }
        return String.join(",", g.rollen().stream().map(Rol::code).sorted().toList());
    }

    /** Whether this casus is of a variant this plug-in provides (only meaningful for plug-ins). */
    public static boolean eigenVariant(Casus c, String bundle, java.util.function.Function<String, String> aanbieder) {
        return bundle.equals(aanbieder.apply(c.variant()));
    }
}
