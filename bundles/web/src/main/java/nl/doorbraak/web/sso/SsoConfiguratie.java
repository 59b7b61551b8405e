package nl.doorbraak.web.sso;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Inloggen via de identity provider van één gemeente (OpenID Connect), factory-PID {@code nl.doorbraak.sso}: één
 * bestand per gemeente, {@code config/nl.doorbraak.sso-<gemeente>.cfg}.
 */
@ObjectClassDefinition(id = SsoConfiguratie.PID, name = "Doorbraak SSO van een gemeente",
        description = "Inloggen via de identity provider van een gemeente met OpenID Connect (authorization code flow "
                + "met PKCE). De identity provider zegt wie iemand is; de claims geven de rollen en tafels in Doorbraak. "
                + "Lokale accounts blijven daarnaast werken.")
public @interface SsoConfiguratie {

    String PID = "nl.doorbraak.sso";

    @AttributeDefinition(name = "Gemeente", description = "Het id van de gemeente (zoals in nl.doorbraak.gemeente-<id>.cfg) "
            + "waarvan deze identity provider de medewerkers aanmeldt, bijvoorbeeld utrecht.")
    String gemeente();

    @AttributeDefinition(name = "Issuer", description = "De issuer van de identity provider, precies zoals in zijn "
            + "discovery-document (.well-known/openid-configuration) en in elk token, bijvoorbeeld "
            + "https://login.utrecht.nl/realms/medewerkers. https, behalve op deze machine (localhost).")
    String issuer();

    @AttributeDefinition(name = "Client-id", description = "De client-id die de identity provider aan Doorbraak gaf.")
    String clientId();

    @AttributeDefinition(name = "Bestand met het clientgeheim", description = "Pad naar een bestand met alleen het "
            + "clientgeheim (de eerste regel telt); relatief: ten opzichte van de installatiemap. Het geheim zelf staat "
            + "nooit in dit configuratiebestand of in een logregel. Maak het bestand alleen leesbaar voor de gebruiker "
            + "van het platform (chmod 600).")
    String clientSecretBestand();

    @AttributeDefinition(name = "Scopes", description = "Scopes van het autorisatieverzoek, gescheiden door spaties of "
            + "komma's; openid komt er altijd bij.", required = false)
    String scopes() default "openid profile";

    @AttributeDefinition(name = "Claim met de rollen", description = "De claim in het ID-token met de rollen (een lijst "
            + "of één tekst). Een pad met punten (resource_access.doorbraak.roles) kan ook, als er geen claim met "
            + "precies die naam is.", required = false)
    String rollenClaim() default "doorbraak_rollen";

    @AttributeDefinition(name = "Claim met de tafels", description = "De claim in het ID-token met de ids van de tafels "
            + "van een tafellid.", required = false)
    String tafelsClaim() default "doorbraak_tafels";

    @AttributeDefinition(name = "Rolkoppeling", description = "Welke waarde van de identity provider welke rol in "
            + "Doorbraak geeft, bijvoorbeeld DoorbraakRegisseur=casusregisseur, DoorbraakBeheer=gemeentebeheerder. "
            + "Leeg: waarden die precies een rolcode van Doorbraak zijn (casusregisseur, tafellid, gemeentebeheerder, "
            + "transformaatje) tellen. Met een koppeling tellen alleen de gekoppelde waarden.", required = false)
    String rolKoppeling() default "";

    @AttributeDefinition(name = "Claim met de gebruikersnaam", description = "De claim met de gebruikersnaam die "
            + "Doorbraak voor een nieuw account voorstelt (is hij bezet of ongeldig, dan kiest Doorbraak er een).",
            required = false)
    String gebruikersnaamClaim() default "preferred_username";

    @AttributeDefinition(name = "Claim met de naam", description = "De claim met de volledige naam.", required = false)
    String naamClaim() default "name";
}
