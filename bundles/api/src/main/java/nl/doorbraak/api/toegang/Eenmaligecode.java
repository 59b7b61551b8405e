package nl.doorbraak.api.toegang;

import java.time.Instant;

/**
 * Een eenmalige code waarmee een gebruiker zelf een (nieuw) wachtwoord kiest. De beheerder geeft hem buiten
 * Doorbraak door; Doorbraak bewaart alleen een hash en toont de code precies één keer.
 */
public record Eenmaligecode(String gebruikersnaam, String code, Instant geldigTot) {

    @Override
    public String toString() {
        // nooit de code in een log of foutmelding
        return "Eenmaligecode[" + gebruikersnaam + ", geldig tot " + geldigTot + "]";
    }
}
