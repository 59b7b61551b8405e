package nl.doorbraak.api.beheer;

import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.toegang.Namens;

/**
 * De instellingen van gemeenten, voor beheerders: gelezen uit en teruggeschreven naar hun configuratiebestand
 * {@code config/nl.doorbraak.gemeente-<id>.cfg}, met de regels die ook voor een met de hand gewijzigd bestand gelden.
 * De core beslist wie mag: de gemeentebeheerder zijn eigen gemeente, de platformbeheerder elke; een nieuwe gemeente
 * alleen de platformbeheerder. Elke wijziging komt in de audittrail (object {@code gemeente}).
 *
 * <p>Fouten: {@code NietGevondenException} (een gemeente die de gebruiker niet mag zien, of die niet bestaat),
 * {@code GeenToegangException} (de rol mag dit niet), {@code OngeldigeInvoerException} (per veld wat er mis is; er
 * is niets geschreven), {@code ConflictException} (verouderde versie, of de gemeente bestaat al),
 * {@code NietBeschikbaarException} (het bestand is geschreven, maar het platform nam het niet op tijd over).
 */
@ProviderType
public interface GemeenteBeheer {

    /** De velden en de huidige waarden van een gemeente. */
    Instellingen instellingen(Namens namens, String gemeente);

    /**
     * Vervangt de waarden van een gemeente (wat ontbreekt, krijgt zijn standaard) en antwoordt pas als de gemeente met
     * de nieuwe waarden in gebruik is. Het {@code id} verandert niet.
     *
     * @param versie de versie waarop de wijziging is gebaseerd ({@link Instellingen#versie()})
     * @param waarden per veld-id een tekst, een getal of een lijst van teksten
     */
    Instellingen wijzig(Namens namens, String gemeente, long versie, Map<String, Object> waarden);

    /** Een nieuwe gemeente (een nieuw configuratiebestand); antwoordt als ze in gebruik is. */
    Instellingen maak(Namens namens, Map<String, Object> waarden);

    /** De eigen huisstijl van een gemeente die de gebruiker mag zien; leeg als ze er geen heeft. */
    Optional<Huisstijl> huisstijl(Namens namens, String gemeente);

    /** Het logo van die huisstijl; leeg als er geen is of het bestand ontbreekt. */
    Optional<Logo> logo(Namens namens, String gemeente);
}
