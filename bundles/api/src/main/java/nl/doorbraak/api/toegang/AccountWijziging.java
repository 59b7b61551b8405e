package nl.doorbraak.api.toegang;

import java.util.Set;

/**
 * Een account vervangen (PUT): naam, rollen, tafels, contact en of het actief is. De gebruikersnaam, gemeente en bron
 * veranderen nooit.
 *
 * @param contactId {@code null}: geen contact (meer)
 */
public record AccountWijziging(String naam, Set<Rol> rollen, Set<String> tafels, String contactId, boolean actief) {

    public AccountWijziging {
        rollen = rollen == null ? Set.of() : Set.copyOf(rollen);
        tafels = tafels == null ? Set.of() : Set.copyOf(tafels);
    }
}
