package nl.doorbraak.core.platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background work of a component at a fixed delay, on its own daemon thread. A run that fails is handed to
 * {@code bijFout} and the next run tries again; {@link #stop()} on deactivate leaves nothing running after an update.
 */
public final class Periodiek {

    private static final Logger LOG = LoggerFactory.getLogger(Periodiek.class);
    static final long STOP_WACHT_SECONDEN = 30;

    private final String thread;
    private final ScheduledExecutorService planner;

    public Periodiek(String thread, long eerste, long interval, TimeUnit eenheid, Runnable werk,
            Consumer<RuntimeException> bijFout) {
        this.thread = thread;
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

    /** No next run; a run in progress finishes first (see {@link #stopZonderOnderbreken}). */
    public void stop() {
        stopZonderOnderbreken(planner, thread, STOP_WACHT_SECONDEN);
    }

    /**
     * Stops a component's background executor: nothing new starts, a task in progress finishes, waiting at most
     * {@code seconden}. Never {@code shutdownNow}: an interrupt in the middle of H2's file I/O closes the database's
     * file channel for every user (see {@code CoreInstellingen.standaardUrl}).
     */
    public static void stopZonderOnderbreken(ExecutorService uitvoerder, String naam, long seconden) {
        uitvoerder.shutdown();
        try {
            if (!uitvoerder.awaitTermination(seconden, TimeUnit.SECONDS)) {
                LOG.warn("Achtergrondtaak {} loopt na {} s nog; zij stopt na deze ronde", naam, seconden);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
