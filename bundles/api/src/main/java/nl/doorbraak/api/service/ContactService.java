package nl.doorbraak.api.service;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.ContactFilter;
import nl.doorbraak.api.domein.ContactGroep;
import nl.doorbraak.api.domein.NieuwContact;
import nl.doorbraak.api.domein.Pagina;

/**
 * Korte lijnen: de contacten van een gemeente. Elke wijziging is één transactie en geeft na het vastleggen een event
 * ({@link DoorbraakEvents#CONTACT_AANGEMAAKT}, {@link DoorbraakEvents#CONTACT_GEWIJZIGD},
 * {@link DoorbraakEvents#CONTACT_GEDEACTIVEERD}). Een contact wordt nooit verwijderd, alleen gedeactiveerd, zodat een
 * tafel of actie die ernaar verwijst hem altijd kan opzoeken met {@link #zoek(String, String)}.
 */
@ProviderType
public interface ContactService {

    /** Gesorteerd op organisatie, dan naam. */
    Pagina<Contact> lijst(String gemeente, ContactFilter filter, int page, int pageSize);

    /** Ook een gedeactiveerd contact; leeg als het niet bestaat of bij een andere gemeente hoort. */
    Optional<Contact> zoek(String gemeente, String id);

    /** De actieve trekkers en aanjagers, per organisatie en wijk (gesorteerd; de hele gemeente vóór de wijken). */
    List<ContactGroep> trekkersEnAanjagers(String gemeente);

    /** @throws OngeldigeInvoerException bij ontbrekende of ongeldige velden, of zonder telefoon en e-mail */
    Contact maak(String gemeente, NieuwContact contact, String door);

    /** @throws ConflictException als {@code verwachteVersie} niet meer de huidige is */
    Contact wijzig(String gemeente, String id, long verwachteVersie, NieuwContact contact, String door);

    /**
     * Zet het contact op niet actief; het blijft op te zoeken. Een contact dat al niet actief is blijft ongewijzigd.
     *
     * @param verwachteVersie {@code null}: niet controleren
     */
    Contact deactiveer(String gemeente, String id, Long verwachteVersie, String door);
}
