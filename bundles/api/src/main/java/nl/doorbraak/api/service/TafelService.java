package nl.doorbraak.api.service;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Tafel;

/** Tafels van een gemeente. Elke wijziging is één transactie en geeft een event. */
@ProviderType
public interface TafelService {

    Pagina<Tafel> lijst(String gemeente, int page, int pageSize);

    Optional<Tafel> zoek(String gemeente, String id);

    /**
     * De tafels van de gemeente waar dit contact deelnemer is ({@code Deelnemer.contactId}), op naam; leeg voor een
     * onbekend contact of een contact van een andere gemeente.
     *
     * @since 1.1
     */
    List<Tafel> metContact(String gemeente, String contactId);

    /**
     * @throws OngeldigeInvoerException bij ontbrekende of ongeldige velden, een onbekende variant, of een
     *                                  {@code contactId} dat geen actief contact van de gemeente is
     */
    Tafel maak(String gemeente, NieuweTafel tafel, String door);

    /**
     * Vervangt de tafel. Een deelnemer mag naar een inmiddels gedeactiveerd contact blijven verwijzen als de tafel die
     * verwijzing al had; een nieuwe verwijzing moet naar een actief contact gaan.
     *
     * @throws OngeldigeInvoerException zoals bij {@link #maak}
     * @throws ConflictException        als {@code verwachteVersie} niet meer de huidige is
     */
    Tafel wijzig(String gemeente, String id, long verwachteVersie, NieuweTafel tafel, String door);
}
