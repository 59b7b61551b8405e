package nl.doorbraak.api.toegang;

import java.util.Set;

/**
 * Wat een beheerder opgeeft voor een nieuw account. Een wachtwoord kiest de gebruiker zelf, met de eenmalige code die
 * het aanmaken oplevert ({@link AccountService#maak}).
 *
 * @param gemeente  de gemeente van het account, of {@code null} voor een platformbeheerder of Rijk-account
 * @param tafels    verplicht (minstens één) bij de rol tafellid, anders leeg
 * @param contactId optioneel: het contact uit de korte lijnen van dezelfde gemeente
 * @param bron      {@code null} of {@link Bron#LOKAAL}; {@link Bron#SSO} voor wie alleen via de identity provider
 *                  van de gemeente inlogt
 */
public record NieuwAccount(String gebruikersnaam, String naam, String gemeente, Set<Rol> rollen, Set<String> tafels,
        String contactId, Bron bron) {

    public NieuwAccount {
        rollen = rollen == null ? Set.of() : Set.copyOf(rollen);
        tafels = tafels == null ? Set.of() : Set.copyOf(tafels);
    }
}
