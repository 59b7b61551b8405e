package nl.doorbraak.web;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hoeveel verzoeken een gebonden service of plug-in-endpoint op dit moment gebruiken. Bij een unbind trekt de
 * web-bundle hem in: nieuwe verzoeken krijgen hem niet meer, en de unbind wacht (begrensd) tot de lopende klaar
 * zijn. Pas daarna deactiveert SCR de oude component; zo breekt een update geen verzoek dat al bezig is.
 */
public final class Gebruik {

    private final AtomicInteger bezig = new AtomicInteger();
    private volatile boolean ingetrokken;

    /** @return {@code false} als hij intussen is ingetrokken (dan niet gebruiken) */
    boolean begin() {
        bezig.incrementAndGet();
        // eerst tellen, dan kijken; intrekken doet het omgekeerde: zo mist geen van beide de ander
        if (ingetrokken) {
            klaar();
            return false;
        }
        return true;
    }

    public void klaar() {
        if (bezig.decrementAndGet() == 0 && ingetrokken) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    public boolean ingetrokken() {
        return ingetrokken;
    }

    public void trekIn() {
        ingetrokken = true;
    }

    /** @return of alle lopende verzoeken binnen de tijd klaar waren */
    public boolean wachtTotKlaar(long millis) {
        long einde = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (this) {
            while (bezig.get() > 0) {
                long rest = TimeUnit.NANOSECONDS.toMillis(einde - System.nanoTime());
                if (rest <= 0) {
                    return false;
                }
                try {
                    wait(rest);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    public int bezig() {
        return bezig.get();
    }
}
