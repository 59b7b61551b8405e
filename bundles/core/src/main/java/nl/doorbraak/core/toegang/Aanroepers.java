package nl.doorbraak.core.toegang;

import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.rechten.RechtenRegister;
import nl.doorbraak.api.toegang.GebruikerService;

/**
 * Makes the {@link Aanroeper} of a door for the bundle that uses it: its rights, and for a plug-in the stored
 * accounts it acts for (a plug-in names the user; the core takes that user's roles, gemeente and tafels from the
 * account, not from the plug-in). Not used by the door for gemeenten: the account service itself needs that one.
 */
@Component(service = Aanroepers.class)
public final class Aanroepers {

    private final RechtenRegister rechten;
    private final GebruikerService gebruikers;

    @Activate
    public Aanroepers(@Reference(name = "rechten") RechtenRegister rechten,
            @Reference(name = "gebruikers") GebruikerService gebruikers) {
        this.rechten = rechten;
        this.gebruikers = gebruikers;
    }

    public Aanroeper van(Bundle b) {
        return Aanroeper.van(b, rechten, gebruikers::zoek);
    }
}
