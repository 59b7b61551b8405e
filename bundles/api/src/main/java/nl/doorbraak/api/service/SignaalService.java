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
import nl.doorbraak.api.toegang.Namens;

/**
 * Signalen ("de regel is stuk") van een gemeente. Elke wijziging is één transactie en geeft na het vastleggen een
 * event ({@code nl/doorbraak/signaal/...} in {@link DoorbraakEvents}). Een casus van een andere gemeente, of een die
 * niet bestaat, is ongeldige invoer met dezelfde melding: nooit verraden dat hij ergens anders bestaat.
 *
 * <p><b>In wiens naam</b> ({@link Namens}) gaat mee in elke aanroep; de core beslist: lezen, melden, de tekst
 * wijzigen en casussen (ont)koppelen mogen gemeentebeheerder, casusregisseur, tafellid en transformaatje; status en
 * antwoord alleen gemeentebeheerder en casusregisseur; een andere rol krijgt {@link GeenToegangException}, een andere
 * gemeente is {@link NietGevondenException}. Een tafellid koppelt alleen casussen van zijn tafels (een andere bestaat
 * voor hem niet). De titel van een gekoppelde casus is casusinhoud: alleen wie die casus mag zien krijgt hem, de
 * anderen {@code null}; elke getoonde titel legt de core vast in het verwerkingenlog (object {@code signaal}, één
 * regel per casus), met het doel uit {@link Namens} (of: "Signalen over regels die knellen bekijken",
 * "Signaal behandelen").
 */
@ProviderType
public interface SignaalService {

    Pagina<Signaal> lijst(Namens namens, String gemeente, SignaalFilter filter, int page, int pageSize);

    Optional<Signaal> zoek(Namens namens, String gemeente, String id);

    /**
     * De signalen waaraan deze casus gekoppeld is, zwaarste eerst; voor wie de casus mag zien (casusregisseur,
     * tafellid van die tafel).
     *
     * @throws NietGevondenException als de casus niet bestaat of {@code namens} hem niet mag zien
     */
    List<Signaal> vanCasus(Namens namens, String gemeente, String casusId);

    /** Het signaal krijgt status {@link SignaalStatus#NIEUW}; de meegegeven casussen worden gekoppeld. */
    Signaal maak(Namens namens, String gemeente, NieuwSignaal signaal);

    /** @throws ConflictException als {@code verwachteVersie} niet meer de huidige is */
    Signaal wijzig(Namens namens, String gemeente, String id, long verwachteVersie,
            SignaalWijziging wijziging);

    /**
     * @param antwoord        verplicht naar {@link SignaalStatus#OPGELOST}; anders optioneel (vervangt het vorige)
     * @param verwachteVersie {@code null}: niet controleren
     * @throws ConflictException bij een niet toegestane overgang of verouderde versie
     */
    Signaal wijzigStatus(Namens namens, String gemeente, String id, Long verwachteVersie, SignaalStatus naar,
            String reden, String antwoord);

    /**
     * Koppelt een casus van dezelfde gemeente. Nog eens koppelen verandert niets (geen nieuwe versie, geen event).
     *
     * @throws OngeldigeInvoerException als de casus niet (in deze gemeente) bestaat
     */
    Signaal koppel(Namens namens, String gemeente, String id, String casusId);

    /** @throws NietGevondenException als het signaal niet bestaat of de casus er niet aan gekoppeld is */
    Signaal ontkoppel(Namens namens, String gemeente, String id, String casusId);
}
