package nl.doorbraak.core.bewaartermijn;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the bewaartermijn a minute after start and then once a day, on its own daemon thread. */
@Component(service = {}, immediate = true)
public final class BewaartermijnBewaker {

    private static final Logger LOG = LoggerFactory.getLogger(BewaartermijnBewaker.class);
    static final long EERSTE_KEER_SECONDEN = 60;
    static final long INTERVAL_SECONDEN = 24 * 60 * 60;

    private final ScheduledExecutorService planner;

    @Activate
    public BewaartermijnBewaker(@Reference(name = "bewaartermijn") BewaartermijnServiceImpl bewaartermijn) {
        planner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "doorbraak-bewaartermijn");
            t.setDaemon(true);
            return t;
        });
        planner.scheduleWithFixedDelay(() -> {
            try {
                bewaartermijn.voerUit(null, false, "platform");
            } catch (RuntimeException e) {
                LOG.warn("De bewaartermijn toepassen lukte niet; morgen opnieuw (of nu met doorbraak:bewaartermijn): {}",
                        e.toString());
            }
        }, EERSTE_KEER_SECONDEN, INTERVAL_SECONDEN, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        planner.shutdownNow();
    }
}
