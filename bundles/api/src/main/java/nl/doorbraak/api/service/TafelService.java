package nl.doorbraak.api.service;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.toegang.Namens;

/**
 * Tafels van een gemeente. Elke wijziging is één transactie en geeft een event.
 *
 * <p><b>In wiens naam</b> ({@link Namens}) gaat mee in elke aanroep; de core beslist: lezen mogen
 * gemeentebeheerder, casusregisseur, tafellid en transformaatje, maken en wijzigen alleen de gemeentebeheerder (en
 * het platform zelf, {@code Gebruiker.systeem}); een andere gemeente is {@link NietGevondenException} (ook zonder
 * gemeente: platformbeheerder en Rijk), een andere rol {@link GeenToegangException}. Tafels en hun deelnemers zijn
 * professionals, geen inwoners: het verwerkingenlog houdt ze niet bij.
 */
@ProviderType
public interface TafelService {

    Pagina<Tafel> lijst(Namens namens, String gemeente, int page, int pageSize);

    Optional<Tafel> zoek(Namens namens, String gemeente, String id);

    /**
     * De tafels van de gemeente waar dit contact deelnemer is ({@code Deelnemer.contactId}), op naam; leeg voor een
     * onbekend contact of een contact van een andere gemeente.
     *
     * @since 1.1
     */
    List<Tafel> metContact(Namens namens, String gemeente, String contactId);

    /**
     * @throws OngeldigeInvoerException bij ontbrekende of ongeldige velden, een onbekende variant, of een
     *                                  {@code contactId} dat geen actief contact van de gemeente is
     */
    Tafel maak(Namens namens, String gemeente, NieuweTafel tafel);

    /**
     * Vervangt de tafel. Een deelnemer mag naar een inmiddels gedeactiveerd contact blijven verwijzen als de tafel die
     * verwijzing al had; een nieuwe verwijzing moet naar een actief contact gaan.
     *
     * @throws OngeldigeInvoerException zoals bij {@link #maak}
     * @throws ConflictException        als {@code verwachteVersie} niet meer de huidige is
     */
    Tafel wijzig(Namens namens, String gemeente, String id, long verwachteVersie, NieuweTafel tafel);
}
