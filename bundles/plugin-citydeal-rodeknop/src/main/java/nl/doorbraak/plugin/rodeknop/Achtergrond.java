package nl.doorbraak.plugin.rodeknop;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import nl.doorbraak.api.service.Gezondheid;

/**
 * Het werk van de plug-in op de achtergrond: één daemon-thread per taak (demo, inhalen, precedenten, follow-ups), en
 * het begrensde wachten: tot het platform gereed is (demogegevens en upgrades van de core worden bij de start op de
 * achtergrond geladen; wie eerder leest, mist ze) of tot een service van de plug-in er is.
 */
final class Achtergrond {

    /** Zo lang wacht een taak hoogstens op "gereed" (een core die niet gereed wordt). */
    static final long MAX_WACHTEN_MS = TimeUnit.MINUTES.toMillis(10);
    static final long STAP_MS = 250;

    private Achtergrond() {
    }

    /** Eén daemon-thread met deze naam; scheduled, zodat ook een periodieke taak hem kan gebruiken. */
    static ScheduledExecutorService thread(String naam) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, naam);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Wacht tot het platform gereed is: {@code true}; {@code false} als {@code gestopt} waar wordt of na
     * {@link #MAX_WACHTEN_MS}. Een interrupt komt door (de component stopt).
     */
    static boolean wachtTotGereed(Gezondheid gezondheid, BooleanSupplier gestopt) throws InterruptedException {
        return wachtOp(() -> gezondheid.gereed() ? Boolean.TRUE : null, gestopt) != null;
    }

    /**
     * Wat {@code bron} geeft zodra het er is (niet {@code null}), om de {@value #STAP_MS} ms gevraagd; {@code null}
     * als {@code gestopt} waar wordt of na {@link #MAX_WACHTEN_MS}. Een interrupt komt door (de component stopt).
     */
    static <T> T wachtOp(Supplier<T> bron, BooleanSupplier gestopt) throws InterruptedException {
        long tot = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WACHTEN_MS);
        T waarde = bron.get();
        while (waarde == null) {
            if (gestopt.getAsBoolean() || System.nanoTime() - tot > 0) {
                return null;
            }
            Thread.sleep(STAP_MS);
            waarde = bron.get();
        }
        return waarde;
    }
}
