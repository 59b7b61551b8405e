package nl.doorbraak.plugin.rodeknop;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import nl.doorbraak.api.service.DoorbraakEvents;

/**
 * De bewaartermijn van een casus is voorbij en de core wiste hem: de rode-knopzaken van die casus houden alleen hun
 * geanonimiseerde deel (regel, vraag, thema, uitkomst), niet de casus, het pseudoniem of de vrije tekst van de gemeente.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + DoorbraakEvents.CASUS_GEWIST)
public class CasusGewist implements EventHandler {

    private final RodeKnopService rodeKnop;

    @Activate
    public CasusGewist(@Reference RodeKnopService rodeKnop) {
        this.rodeKnop = rodeKnop;
    }

    @Override
    public void handleEvent(Event event) {
        Object gemeente = event.getProperty(DoorbraakEvents.GEMEENTE);
        Object casus = event.getProperty(DoorbraakEvents.CASUS_ID);
        if (gemeente instanceof String g && casus instanceof String c) {
            rodeKnop.wisVanCasus(g, c);
        }
    }
}
