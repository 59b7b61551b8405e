package nl.doorbraak.api.toegang;

/**
 * De uitkomst van een inlogpoging. Onbekende gebruiker en verkeerd wachtwoord zijn allebei {@link Uitkomst#GEWEIGERD},
 * en ook de vertraging en blokkade na mislukte pogingen gelden voor onbekende namen op dezelfde manier: aan het
 * antwoord is niet te zien of een account bestaat.
 *
 * @param gebruiker          alleen bij {@link Uitkomst#GELUKT}
 * @param wachtwoordWijzigen bij {@link Uitkomst#GELUKT}: het wachtwoord was eenmalig en moet eerst gewijzigd
 * @param opnieuwNaSeconden  bij {@link Uitkomst#TE_VEEL_POGINGEN}: wanneer een nieuwe poging zin heeft
 */
public record Inlogresultaat(Uitkomst uitkomst, Gebruiker gebruiker, boolean wachtwoordWijzigen,
        int opnieuwNaSeconden) {

    public enum Uitkomst {
        GELUKT, GEWEIGERD, TE_VEEL_POGINGEN
    }

    public static Inlogresultaat gelukt(Gebruiker gebruiker, boolean wachtwoordWijzigen) {
        return new Inlogresultaat(Uitkomst.GELUKT, gebruiker, wachtwoordWijzigen, 0);
    }

    public static Inlogresultaat geweigerd() {
        return new Inlogresultaat(Uitkomst.GEWEIGERD, null, false, 0);
    }

    public static Inlogresultaat teVeelPogingen(int opnieuwNaSeconden) {
        return new Inlogresultaat(Uitkomst.TE_VEEL_POGINGEN, null, false, Math.max(1, opnieuwNaSeconden));
    }

    public boolean gelukt() {
        return uitkomst == Uitkomst.GELUKT;
    }
}
