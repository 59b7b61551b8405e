package nl.doorbraak.api.toegang;

import java.time.Instant;
import java.util.Set;

/**
 * Een account zoals een beheerder het ziet: wie, welke rollen en tafels, of het actief of geblokkeerd is. Nooit een
 * wachtwoord of code, ook niet gehasht.
 *
 * @param gemeente           de gemeente van het account; {@code null} voor platformbeheerder en Rijk
 * @param tafels             ids van de tafels waar een tafellid aan zit
 * @param contactId          het contact uit de korte lijnen dat deze persoon is (zijn mandaat), of {@code null}
 * @param wachtwoordGezet    of er een wachtwoord is; een nieuw account heeft eerst alleen een eenmalige code
 * @param wachtwoordWijzigen of het (eenmalige) wachtwoord bij de volgende login gewijzigd moet worden
 * @param mislukt            mislukte inlogpogingen sinds de laatste gelukte
 * @param geblokkeerdTot     tot wanneer inloggen tijdelijk geblokkeerd is, of {@code null}
 * @param codeGeldigTot      tot wanneer een eenmalige code van een beheerder geldt, of {@code null}
 * @param versie             voor {@code If-Match}; hoogt op bij elke wijziging door een beheerder
 */
public record Account(String gebruikersnaam, String naam, String gemeente, Set<Rol> rollen, Set<String> tafels,
        String contactId, Bron bron, boolean actief, boolean demo, boolean wachtwoordGezet,
        boolean wachtwoordWijzigen, int mislukt, Instant geblokkeerdTot, Instant codeGeldigTot,
        Instant laatstIngelogd, long versie, Instant aangemaakt, Instant gewijzigd) {

    public Account {
        rollen = Set.copyOf(rollen);
        tafels = tafels == null ? Set.of() : Set.copyOf(tafels);
    }

    /** Of inloggen nu geblokkeerd is. */
    public boolean geblokkeerd(Instant nu) {
        return geblokkeerdTot != null && geblokkeerdTot.isAfter(nu);
    }
}
