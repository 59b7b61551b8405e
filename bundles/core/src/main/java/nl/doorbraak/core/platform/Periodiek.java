package nl.doorbraak.core.platform;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Background work of a component at a fixed delay, on its own daemon thread. A run that fails is handed to
 * {@code bijFout} and the next run tries again; {@link #stop()} on deactivate leaves nothing running after an update.
 */
public final class Periodiek {

    private final ScheduledExecutorService planner;

    public Periodiek(String thread, long eerste, long interval, TimeUnit eenheid, Runnable werk,
            Consumer<RuntimeException> bijFout) {
        planner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, thread);
            t.setDaemon(true);
            return t;
        });
        planner.scheduleWithFixedDelay(() -> {
            try {
                werk.run();
            } catch (RuntimeException e) {
                bijFout.accept(e);
            }
        }, eerste, interval, eenheid);
    }

    public void stop() {
        planner.shutdownNow();
    }
}
