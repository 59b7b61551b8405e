package nl.doorbraak.api.beheer;

import java.util.List;

/**
 * Eén instelling, zoals de Metatype-beschrijving van de configuratie haar noemt: genoeg om er een formulierveld van te
 * maken.
 *
 * @param id           de sleutel in het configuratiebestand en in {@link Instellingen#waarden()}
 * @param naam         het label
 * @param beschrijving uitleg voor de beheerder
 * @param type         {@code tekst}, {@code geheel getal}, {@code getal}, {@code ja/nee} of {@code wachtwoord}
 * @param lijst        of de waarde een lijst is (Metatype-cardinaliteit niet 0)
 * @param maxAantal    hoeveel waarden een lijst hoogstens heeft; 0 als er geen grens is of het geen lijst is
 * @param min          de kleinste waarde (getallen) of {@code null}
 * @param max          de grootste waarde (getallen) of {@code null}
 * @param verplicht    of de instelling er moet zijn
 * @param alleenLezen  of de instelling na het aanmaken vastligt (het {@code id} van een gemeente)
 * @param standaard    de waarde(n) als de instelling ontbreekt; leeg als er geen is
 * @param opties       de toegestane waarden, als de beschrijving ze noemt; anders leeg
 */
public record Instellingveld(String id, String naam, String beschrijving, String type, boolean lijst, int maxAantal,
        Long min, Long max, boolean verplicht, boolean alleenLezen, List<String> standaard, List<Optie> opties) {

    public Instellingveld {
        standaard = List.copyOf(standaard);
        opties = List.copyOf(opties);
    }

    /** Een toegestane waarde met haar label. */
    public record Optie(String waarde, String label) {
    }
}
