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

    /** Voorvoegsel van {@link #systeem}; een account kan geen dubbele punt in zijn naam hebben. */
    public static final String SYSTEEM = "systeem:";

    /**
     * Het platform zelf, voor werk zonder ingelogde gebruiker: de Gogo-shell van de beheerder, taken op de
     * achtergrond. De core aanvaardt hem alleen van zijn eigen bundles; voor een plug-in heeft hij geen enkel recht.
     *
     * @param wie wat het werk doet, bijvoorbeeld {@code shell}; komt in de audittrail en het verwerkingenlog
     * @since 1.2
     */
    public static Gebruiker systeem(String wie) {
        return new Gebruiker(SYSTEEM + wie, wie, null, Set.of(), Set.of());
    }

    /** Of dit {@link #systeem het platform zelf} is. @since 1.2 */
    public boolean isSysteem() {
        return gebruikersnaam != null && gebruikersnaam.startsWith(SYSTEEM);
    }

    public boolean heeft(Rol rol) {
        return rollen.contains(rol);
    }

    /** Of deze gebruiker bij de gegevens van deze gemeente mag (anders: 404, nooit verraden dat ze bestaan). */
    public boolean hoortBij(String gemeenteId) {
        return gemeente != null && gemeente.equals(gemeenteId);
    }
}
