package nl.doorbraak.core.toegang;

import java.util.Set;

import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;

/**
 * The questions of a door to data of a gemeente that is no casus (signalen, contacten, tafels): gemeente and role,
 * in the order the REST API always answered. Without a gemeente (platformbeheerder, Rijk) the role is refused first
 * (403: his role gives this right nowhere), someone of another gemeente gets 404, then the role.
 */
public final class Gemeentetoegang {

    private Gemeentetoegang() {
    }

    public static Gebruiker gebruiker(Namens namens, Aanroeper aanroeper, GemeenteService gemeenten, String gemeente,
            Set<Rol> rollen, String wat) {
        if (namens == null) {
            throw new IllegalArgumentException("In wiens naam? Namens is verplicht.");
        }
        Gebruiker u = Toegangsregels.gebruiker(namens, aanroeper);
        if (!u.isSysteem() && u.gemeente() == null) {
            vereisRol(u, rollen, wat);
        }
        Toegangsregels.gemeente(u, gemeenten, gemeente);
        vereisRol(u, rollen, wat);
        return u;
    }

    /** The platform itself may everything; a user needs one of these roles. */
    public static void vereisRol(Gebruiker g, Set<Rol> rollen, String wat) {
        if (!heeftEen(g, rollen)) {
            throw new GeenToegangException("Uw rol geeft geen toegang tot " + wat + ".");
        }
    }

    public static boolean heeftEen(Gebruiker g, Set<Rol> rollen) {
        return g.isSysteem() || g.rollen().stream().anyMatch(rollen::contains);
    }
}
