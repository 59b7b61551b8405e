package nl.doorbraak.core.platform;

import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the core's events, asynchronously and only after a commit. EventAdmin is optional: without it the core works
 * and simply sends nothing.
 */
@Component(service = Gebeurtenissen.class)
public final class Gebeurtenissen {

    private static final Logger LOG = LoggerFactory.getLogger(Gebeurtenissen.class);

    private volatile EventAdmin eventAdmin;

    @Reference(name = "eventAdmin", unbind = "verwijderEventAdmin", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void zetEventAdmin(EventAdmin ea) {
        this.eventAdmin = ea;
    }

    public void verwijderEventAdmin(EventAdmin ea) {
        // only clear if the one leaving is the one we hold (greedy replacement binds the new one first)
        if (this.eventAdmin == ea) {
            this.eventAdmin = null;
        }
    }

    /** @param eigenschappen values must be Strings, Numbers or Booleans; {@code null} values are left out */
    public void post(String topic, Map<String, ?> eigenschappen) {
        verstuur(topic, eigenschappen, false);
    }

    /**
     * Delivers synchronously: when this returns, every handler has seen the event. For changes others must act on
     * before the change is acknowledged (an account deactivated: its sessions must be gone by then).
     */
    public void stuur(String topic, Map<String, ?> eigenschappen) {
        verstuur(topic, eigenschappen, true);
    }

    private void verstuur(String topic, Map<String, ?> eigenschappen, boolean synchroon) {
        EventAdmin ea = eventAdmin;
        if (ea == null) {
            return;
        }
        Map<String, Object> props = new java.util.HashMap<>();
        eigenschappen.forEach((k, v) -> {
            if (v != null) {
                props.put(k, v);
            }
        });
        try {
            if (synchroon) {
                ea.sendEvent(new Event(topic, props));
            } else {
                ea.postEvent(new Event(topic, props));
            }
        } catch (RuntimeException e) {
            // EventAdmin going away during a swap; the change itself is committed already
            LOG.warn("Event {} kon niet worden verstuurd: {}", topic, e.toString());
        }
    }
}
