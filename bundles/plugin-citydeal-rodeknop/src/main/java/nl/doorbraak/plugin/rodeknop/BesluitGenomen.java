package nl.doorbraak.plugin.rodeknop;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import nl.doorbraak.api.service.DoorbraakEvents;

/**
 * Een tafel nam een besluit: een doorbraak wordt een precedent in het 20 %-register, en een correctie van een
 * doorbraak vervangt diens precedent. Een event dat na een herstart nog eens komt, geeft geen tweede precedent.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + DoorbraakEvents.BESLUIT_GENOMEN)
public class BesluitGenomen implements EventHandler {

    private final Precedenten precedenten;
    private final Logger log;

    @Activate
    public BesluitGenomen(@Reference Precedenten precedenten,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.precedenten = precedenten;
        this.log = log;
    }

    @Override
    public void handleEvent(Event event) {
        Object gemeente = event.getProperty(DoorbraakEvents.GEMEENTE);
        Object besluit = event.getProperty(DoorbraakEvents.BESLUIT_ID);
        if (!(gemeente instanceof String g) || !(besluit instanceof String b)) {
            return;
        }
        try {
            precedenten.besluitGenomen(g, b, "doorbraak".equals(event.getProperty(DoorbraakEvents.SOORT)));
        } catch (RuntimeException e) {
            // the besluit stands; 'rodeknop:inhalen' makes the precedent later
            log.warn("Rode knop: precedent van een besluit in gemeente {} niet vastgelegd: {}", g, e.getMessage());
        }
    }
}
