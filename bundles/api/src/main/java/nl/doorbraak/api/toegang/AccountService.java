package nl.doorbraak.api.toegang;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;

/**
 * Gebruikersbeheer. Elke methode krijgt wie handelt ({@code door}); de core controleert zelf of die dat mag:
 * <ul>
 * <li>de platformbeheerder beheert de platformaccounts (platformbeheerder, Rijk) en maakt de (eerste)
 * gemeentebeheerder van een gemeente; accounts met rechten op casussen beheert hij niet;</li>
 * <li>een gemeentebeheerder beheert de accounts van zijn eigen gemeente en geeft de rollen gemeentebeheerder,
 * casusregisseur, tafellid (van tafels van die gemeente) en transformaatje;</li>
 * <li>niemand geeft een rol die hij zelf niet beheert, niemand wijzigt zijn eigen rollen, en de laatste actieve
 * gemeentebeheerder van een gemeente blijft.</li>
 * </ul>
 * Elke wijziging staat in de audittrail, in dezelfde transactie.
 *
 * <p>{@code gemeente} is de gemeente uit het pad (een account van een andere gemeente is {@link NietGevondenException});
 * {@code null} voor de platformaccounts.
 *
 * @since 1.1
 */
@ProviderType
public interface AccountService {

    /** @throws GeenToegangException als {@code door} deze accounts niet mag zien */
    Pagina<Account> lijst(Gebruiker door, String gemeente, AccountFilter filter, int page, int pageSize);

    Account lees(Gebruiker door, String gemeente, String gebruikersnaam);

    /**
     * Maakt een account met een eenmalige code (niet voor SSO-accounts, die loggen in bij de identity provider).
     *
     * @throws OngeldigeInvoerException bij een ongeldige naam, rol, tafel of contact
     * @throws ConflictException        als de gebruikersnaam al bestaat
     * @throws GeenToegangException     als {@code door} een van de rollen niet mag geven
     */
    NieuwAccountMetCode maak(Gebruiker door, NieuwAccount nieuw);

    /**
     * Vervangt naam, rollen, tafels, contact en actief.
     *
     * @throws ConflictException    bij een verouderde versie, of als de laatste actieve gemeentebeheerder zou
     *                              verdwijnen
     * @throws GeenToegangException bij een rol die {@code door} niet mag geven of afnemen, of zijn eigen rollen
     */
    Account wijzig(Gebruiker door, String gemeente, String gebruikersnaam, long verwachteVersie,
            AccountWijziging wijziging);

    /** Zet het account op niet-actief; zijn sessies en onthouden logins vervallen meteen. */
    Account deactiveer(Gebruiker door, String gemeente, String gebruikersnaam);

    /**
     * Een nieuwe eenmalige code om een wachtwoord te kiezen (na een vergeten wachtwoord); een eerdere code vervalt.
     * Het huidige wachtwoord blijft werken tot de gebruiker een nieuw kiest.
     */
    Eenmaligecode nieuweCode(Gebruiker door, String gemeente, String gebruikersnaam);

    /** Heft een blokkade na mislukte inlogpogingen op. */
    Account deblokkeer(Gebruiker door, String gemeente, String gebruikersnaam);

    /** De wijzigingen aan dit account, oudste eerst. */
    List<AuditRegel> audittrail(Gebruiker door, String gemeente, String gebruikersnaam);

    /** Clientadressen met mislukte pogingen; alleen de platformbeheerder. */
    List<Adresblokkade> adresblokkades(Gebruiker door);

    /** Heft de blokkade van een clientadres op; alleen de platformbeheerder. */
    void deblokkeerAdres(Gebruiker door, String adres);
}
