package nl.doorbraak.core.bewaartermijn;

import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.core.platform.Periodiek;

/** Runs the bewaartermijn a minute after start and then once a day, on its own daemon thread. */
@Component(service = {}, immediate = true)
public final class BewaartermijnBewaker {

    private static final Logger LOG = LoggerFactory.getLogger(BewaartermijnBewaker.class);
    static final long EERSTE_KEER_SECONDEN = 60;
    static final long INTERVAL_SECONDEN = 24 * 60 * 60;

    private final Periodiek periodiek;

    @Activate
    public BewaartermijnBewaker(@Reference(name = "bewaartermijn") BewaartermijnKern bewaartermijn) {
        periodiek = new Periodiek("doorbraak-bewaartermijn", EERSTE_KEER_SECONDEN, INTERVAL_SECONDEN,
                TimeUnit.SECONDS, () -> bewaartermijn.voerUit(null, false, "platform"),
                e -> LOG.warn("De bewaartermijn toepassen lukte niet; morgen opnieuw (of nu met "
                        + "doorbraak:bewaartermijn): {}", e.toString()));
    }

    @Deactivate
    void stop() {
        periodiek.stop();
    }
}
