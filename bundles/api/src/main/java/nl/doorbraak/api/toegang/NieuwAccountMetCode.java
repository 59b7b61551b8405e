package nl.doorbraak.api.toegang;

/** Een net aangemaakt account, met de eenmalige code waarmee de gebruiker zijn wachtwoord kiest (niet voor SSO). */
public record NieuwAccountMetCode(Account account, Eenmaligecode code) {
}
