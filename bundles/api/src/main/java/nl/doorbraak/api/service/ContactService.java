package nl.doorbraak.api.service;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.ContactFilter;
import nl.doorbraak.api.domein.ContactGroep;
import nl.doorbraak.api.domein.NieuwContact;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.toegang.Namens;

/**
 * Korte lijnen: de contacten van een gemeente. Elke wijziging is één transactie en geeft na het vastleggen een event
 * ({@link DoorbraakEvents#CONTACT_AANGEMAAKT}, {@link DoorbraakEvents#CONTACT_GEWIJZIGD},
 * {@link DoorbraakEvents#CONTACT_GEDEACTIVEERD}). Een contact wordt nooit verwijderd, alleen gedeactiveerd, zodat een
 * tafel of actie die ernaar verwijst hem altijd kan opzoeken met {@link #zoek(Namens, String, String)}.
 *
 * <p><b>In wiens naam</b> ({@link Namens}) gaat mee in elke aanroep; de core beslist: lezen mogen
 * gemeentebeheerder, casusregisseur, tafellid en transformaatje, beheren alleen gemeentebeheerder en casusregisseur;
 * een andere rol krijgt {@link GeenToegangException}, een andere gemeente is {@link NietGevondenException}.
 * Contacten zijn professionals, geen inwoners: het verwerkingenlog houdt ze niet bij.
 */
@ProviderType
public interface ContactService {

    /** Gesorteerd op organisatie, dan naam. */
    Pagina<Contact> lijst(Namens namens, String gemeente, ContactFilter filter, int page, int pageSize);

    /** Ook een gedeactiveerd contact; leeg als het niet bestaat of bij een andere gemeente hoort. */
    Optional<Contact> zoek(Namens namens, String gemeente, String id);

    /** De actieve trekkers en aanjagers, per organisatie en wijk (gesorteerd; de hele gemeente vóór de wijken). */
    List<ContactGroep> trekkersEnAanjagers(Namens namens, String gemeente);

    /** @throws OngeldigeInvoerException bij ontbrekende of ongeldige velden, of zonder telefoon en e-mail */
    Contact maak(Namens namens, String gemeente, NieuwContact contact);

    /** @throws ConflictException als {@code verwachteVersie} niet meer de huidige is */
    Contact wijzig(Namens namens, String gemeente, String id, long verwachteVersie, NieuwContact contact);

    /**
     * Zet het contact op niet actief; het blijft op te zoeken. Een contact dat al niet actief is blijft ongewijzigd.
     *
     * @param verwachteVersie {@code null}: niet controleren
     */
    Contact deactiveer(Namens namens, String gemeente, String id, Long verwachteVersie);
}
