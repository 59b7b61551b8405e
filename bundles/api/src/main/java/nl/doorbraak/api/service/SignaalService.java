package nl.doorbraak.api.service;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.NieuwSignaal;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalFilter;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.domein.SignaalWijziging;

/**
 * Signalen ("de regel is stuk") van een gemeente. Elke wijziging is één transactie en geeft na het vastleggen een
 * event ({@code nl/doorbraak/signaal/...} in {@link DoorbraakEvents}). Een casus van een andere gemeente, of een die
 * niet bestaat, is ongeldige invoer met dezelfde melding: nooit verraden dat hij ergens anders bestaat.
 */
@ProviderType
public interface SignaalService {

    Pagina<Signaal> lijst(String gemeente, SignaalFilter filter, int page, int pageSize);

    Optional<Signaal> zoek(String gemeente, String id);

    /** De signalen waaraan deze casus gekoppeld is, zwaarste eerst; leeg voor een onbekende casus. */
    List<Signaal> vanCasus(String gemeente, String casusId);

    /** Het signaal krijgt status {@link SignaalStatus#NIEUW}; de meegegeven casussen worden gekoppeld. */
    Signaal maak(String gemeente, NieuwSignaal signaal, String door);

    /** @throws ConflictException als {@code verwachteVersie} niet meer de huidige is */
    Signaal wijzig(String gemeente, String id, long verwachteVersie, SignaalWijziging wijziging, String door);

    /**
     * @param antwoord        verplicht naar {@link SignaalStatus#OPGELOST}; anders optioneel (vervangt het vorige)
     * @param verwachteVersie {@code null}: niet controleren
     * @throws ConflictException bij een niet toegestane overgang of verouderde versie
     */
    Signaal wijzigStatus(String gemeente, String id, Long verwachteVersie, SignaalStatus naar, String reden,
            String antwoord, String door);

    /**
     * Koppelt een casus van dezelfde gemeente. Nog eens koppelen verandert niets (geen nieuwe versie, geen event).
     *
     * @throws OngeldigeInvoerException als de casus niet (in deze gemeente) bestaat
     */
    Signaal koppel(String gemeente, String id, String casusId, String door);

    /** @throws NietGevondenException als het signaal niet bestaat of de casus er niet aan gekoppeld is */
    Signaal ontkoppel(String gemeente, String id, String casusId, String door);
}
