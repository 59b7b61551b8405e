package nl.doorbraak.core.contact;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.core.platform.Invoer;

/**
 * Checks a reference to a contact of the korte lijnen (the owner of an actie, a deelnemer of a tafel) inside the
 * caller's transaction. A contact of another gemeente gets exactly the answer of one that does not exist, so the
 * refusal never reveals that it is there.
 */
public final class ContactVerwijzing {

    private final ContactStore store = new ContactStore();

    /**
     * The contact {@code contactId} of this gemeente, also when deactivated (an existing reference keeps working when
     * someone leaves); records an {@code onbekend} error under {@code veld} and returns empty when there is none.
     */
    public Optional<Contact> vanGemeente(Connection c, Invoer invoer, String veld, String gemeente, String contactId)
            throws SQLException {
        Optional<Contact> k = store.zoek(c, gemeente, contactId);
        if (k.isEmpty()) {
            invoer.fout(veld, Invoer.ONBEKEND, "Contact '" + contactId + "' bestaat niet in deze gemeente; kies iemand "
                    + "uit de korte lijnen (GET …/contacten).");
        }
        return k;
    }

    /**
     * As {@link #vanGemeente}, and the contact must be active: a new reference to someone who left helps nobody.
     * Records a {@code waarde} error under {@code veld} and returns empty for a deactivated contact.
     */
    public Optional<Contact> actief(Connection c, Invoer invoer, String veld, String gemeente, String contactId)
            throws SQLException {
        Optional<Contact> k = vanGemeente(c, invoer, veld, gemeente, contactId);
        if (k.isPresent() && !k.get().actief()) {
            invoer.fout(veld, Invoer.WAARDE, "Contact '" + contactId + "' (" + k.get().naam() + ", "
                    + k.get().organisatie() + ") is gedeactiveerd; kies een actief contact uit de korte lijnen, of "
                    + "maak dit contact eerst weer actief.");
            return Optional.empty();
        }
        return k;
    }
}
