package nl.doorbraak.web;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Wekt verzoeken die wachten op een service of plug-in zodra er iets bindt; geen busy loop.
 */
public final class Signaal {

    private final ReentrantLock slot = new ReentrantLock();
    private final Condition veranderd = slot.newCondition();

    /** Na elke bind: iedereen die wacht kijkt opnieuw. */
    public void meld() {
        slot.lock();
        try {
            veranderd.signalAll();
        } finally {
            slot.unlock();
        }
    }

    /**
     * Wacht tot {@code zoek} iets geeft of de tijd om is.
     *
     * @return wat {@code zoek} gaf, of {@code null} na {@code millis}
     */
    <T> T wachtOp(Supplier<T> zoek, long millis) {
        T gevonden = zoek.get();
        if (gevonden != null || millis <= 0) {
            return gevonden;
        }
        long rest = TimeUnit.MILLISECONDS.toNanos(millis);
        long einde = System.nanoTime() + rest;
        slot.lock();
        try {
            // opnieuw kijken onder het slot: een bind tussen de eerste blik en lock() gaat anders verloren
            while ((gevonden = zoek.get()) == null && rest > 0) {
                veranderd.awaitNanos(rest);
                rest = einde - System.nanoTime();
            }
            return gevonden;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return zoek.get();
        } finally {
            slot.unlock();
        }
    }
}
