package nl.doorbraak.api.toegang;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Controleert inloggegevens. Wachtwoorden zijn opgeslagen als gezouten, trage hashes. */
@ProviderType
public interface GebruikerService {

    /**
     * @return de gebruiker als naam en wachtwoord kloppen en het account gebruikt mag worden (demo-accounts alleen
     *         als het platform met demogegevens draait); anders leeg, zonder te zeggen waarom
     */
    Optional<Gebruiker> authenticeer(String gebruikersnaam, char[] wachtwoord);

    /** De gebruiker met deze naam, als die (nog) actief is; voor het verversen van een sessie. */
    Optional<Gebruiker> zoek(String gebruikersnaam);
}
