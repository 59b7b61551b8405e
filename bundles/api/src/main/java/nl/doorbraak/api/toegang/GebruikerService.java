package nl.doorbraak.api.toegang;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.TeVeelPogingenException;

/**
 * Inloggen en het eigen wachtwoord. Wachtwoorden zijn opgeslagen als gezouten, trage hashes; mislukte pogingen per
 * account en per clientadres vertragen en blokkeren tijdelijk.
 */
@ProviderType
public interface GebruikerService {

    /**
     * @return de gebruiker als naam en wachtwoord kloppen en het account gebruikt mag worden (demo-accounts alleen
     *         als het platform met demogegevens draait); anders leeg, zonder te zeggen waarom
     * @deprecated sinds 1.1: {@link #inloggen} telt mislukte pogingen en zegt of het wachtwoord gewijzigd moet worden;
     *             deze methode doet hetzelfde zonder clientadres en geeft alleen een gelukte login terug
     */
    @Deprecated
    Optional<Gebruiker> authenticeer(String gebruikersnaam, char[] wachtwoord);

    /** De gebruiker met deze naam, als die (nog) actief is; voor het verversen van een sessie. */
    Optional<Gebruiker> zoek(String gebruikersnaam);

    /**
     * Een inlogpoging met naam en wachtwoord.
     *
     * @param clientAdres het adres van de client (na vertrouwde proxies), voor de telling per adres; {@code null} als
     *                    het onbekend is
     * @since 1.1
     */
    Inlogresultaat inloggen(String gebruikersnaam, char[] wachtwoord, String clientAdres);

    /**
     * Wijzigt het eigen wachtwoord; het huidige moet kloppen. Een verkeerd huidig wachtwoord telt als mislukte poging.
     *
     * @throws OngeldigeInvoerException als het huidige niet klopt ({@code huidigWachtwoord}) of het nieuwe niet aan
     *                                  de regels voldoet ({@code nieuwWachtwoord}, met de reden)
     * @throws TeVeelPogingenException  na te veel mislukte pogingen
     * @since 1.1
     */
    void wijzigWachtwoord(String gebruikersnaam, char[] huidig, char[] nieuw, String clientAdres);

    /**
     * Kiest een nieuw wachtwoord met een eenmalige code van een beheerder. Een onbekende naam, een verkeerde en een
     * verlopen code geven hetzelfde antwoord; elke mislukte poging telt.
     *
     * @throws OngeldigeInvoerException bij een onjuiste of verlopen code ({@code code}) of een nieuw wachtwoord dat
     *                                  niet aan de regels voldoet ({@code nieuwWachtwoord})
     * @throws TeVeelPogingenException  na te veel mislukte pogingen
     * @since 1.1
     */
    void herstel(String gebruikersnaam, String code, char[] nieuw, String clientAdres);

    /**
     * Aanmelden via de identity provider (OpenID Connect) van een gemeente. De identity provider beslist wie het is en
     * welke rollen en tafels hij heeft: het account (bron {@link Bron#SSO}, bij de eerste keer aangemaakt) krijgt bij
     * elke aanmelding de rollen van de gemeente en de tafels van die gemeente uit de claims; andere rollen tellen niet.
     * Geweigerd als de claims geen rol van de gemeente geven, of als een beheerder het account in Doorbraak heeft
     * gedeactiveerd.
     *
     * @since 1.1
     */
    Inlogresultaat ssoAanmelding(SsoAanmelding aanmelding);
}
