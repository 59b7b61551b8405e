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
 * Wat de rode knop doet op events van de core, in één component (elke component kost de start van het platform tijd):
 * <ul>
 * <li>{@code BESLUIT_GENOMEN}: een doorbraak wordt een precedent in het 20 %-register, en een correctie van een
 * doorbraak vervangt diens precedent. Een event dat na een herstart nog eens komt, geeft geen tweede precedent.</li>
 * <li>{@code CASUS_GEWIST}: de bewaartermijn van een casus is voorbij en de core wiste hem: de rode-knopzaken van die
 * casus houden alleen hun geanonimiseerde deel (regel, vraag, thema, uitkomst), niet de casus, het pseudoniem of de
 * vrije tekst van de gemeente.</li>
 * </ul>
 */
@Component(property = { EventConstants.EVENT_TOPIC + "=" + DoorbraakEvents.BESLUIT_GENOMEN,
    EventConstants.EVENT_TOPIC + "=" + DoorbraakEvents.CASUS_GEWIST })
public class CoreGebeurtenissen implements EventHandler {

    private final Precedenten precedenten;
    private final RodeKnopService rodeKnop;
    private final Logger log;

    @Activate
    public CoreGebeurtenissen(@Reference Precedenten precedenten, @Reference RodeKnopService rodeKnop,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.precedenten = precedenten;
        this.rodeKnop = rodeKnop;
        this.log = log;
    }

    @Override
    public void handleEvent(Event event) {
        if (!(event.getProperty(DoorbraakEvents.GEMEENTE) instanceof String g)) {
            return;
        }
        if (DoorbraakEvents.CASUS_GEWIST.equals(event.getTopic())) {
            if (event.getProperty(DoorbraakEvents.CASUS_ID) instanceof String c) {
                rodeKnop.wisVanCasus(g, c);
            }
        } else if (event.getProperty(DoorbraakEvents.BESLUIT_ID) instanceof String b) {
            try {
                precedenten.besluitGenomen(g, b, "doorbraak".equals(event.getProperty(DoorbraakEvents.SOORT)));
            } catch (RuntimeException e) {
                // the besluit stands; 'rodeknop:inhalen' makes the precedent later
                log.warn("Rode knop: precedent van een besluit in gemeente {} niet vastgelegd: {}", g, e.getMessage());
            }
        }
    }
}
