package nl.doorbraak.api.toegang;

import java.util.Set;

/**
 * Een ingelogde gebruiker.
 *
 * @param gemeente de gemeente waartoe de gebruiker hoort; {@code null} voor platformbeheerder en Rijk
 * @param tafels   ids van de tafels waar een tafellid aan zit
 */
public record Gebruiker(String gebruikersnaam, String naam, String gemeente, Set<Rol> rollen, Set<String> tafels) {

    public Gebruiker {
        rollen = Set.copyOf(rollen);
        tafels = tafels == null ? Set.of() : Set.copyOf(tafels);
    }

    public boolean heeft(Rol rol) {
        return rollen.contains(rol);
    }

    /** Of deze gebruiker bij de gegevens van deze gemeente mag (anders: 404, nooit verraden dat ze bestaan). */
    public boolean hoortBij(String gemeenteId) {
        return gemeente != null && gemeente.equals(gemeenteId);
    }
}
