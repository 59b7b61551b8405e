package nl.doorbraak.web.http;

import java.util.Set;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;

/** Tenant- en rolcontroles die de routes delen. */
public final class Toegang {

    private Toegang() {
    }

    /**
     * De gemeente uit de URL, als de gebruiker erbij hoort. Anders 404 met dezelfde tekst als voor een gemeente die
     * niet bestaat: nooit verraden dat ze er is.
     */
    public static Gemeente eigenGemeente(Aanvraag a, String id) {
        Gebruiker u = a.gebruiker();
        if (!u.hoortBij(id)) {
            throw gemeenteNietGevonden(id);
        }
        return a.dienst(a.omgeving().gemeenten).zoek(a.namens(), id).orElseThrow(() -> gemeenteNietGevonden(id));
    }

    public static Probleem gemeenteNietGevonden(String id) {
        return Probleem.nietGevonden("Gemeente '" + id + "' niet gevonden.");
    }

    public static boolean heeftEen(Gebruiker u, Set<Rol> rollen) {
        for (Rol r : u.rollen()) {
            if (rollen.contains(r)) {
                return true;
            }
        }
        return false;
    }

    public static void vereisRol(Gebruiker u, Set<Rol> rollen, String wat) {
        if (!heeftEen(u, rollen)) {
            throw Probleem.geenToegang("Uw rol geeft geen toegang tot " + wat + ".");
        }
    }
}
