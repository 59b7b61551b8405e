package nl.doorbraak.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PeriodiekTest {

    @Test
    void stopLaatEenLopendeRondeAfmakenZonderInterruptEnPlantGeenVolgende() throws Exception {
        CountDownLatch bezig = new CountDownLatch(1);
        CountDownLatch verder = new CountDownLatch(1);
        AtomicBoolean onderbroken = new AtomicBoolean();
        AtomicBoolean klaar = new AtomicBoolean();
        AtomicInteger rondes = new AtomicInteger();
        Periodiek p = new Periodiek("test-periodiek", 0, 10, TimeUnit.MILLISECONDS, () -> {
            if (rondes.incrementAndGet() > 1) {
                return;
            }
            bezig.countDown();
            // stands for a database transaction: an interrupt here would close H2's file channel
            try {
                verder.await();
            } catch (InterruptedException e) {
                onderbroken.set(true);
            }
            onderbroken.compareAndSet(false, Thread.currentThread().isInterrupted());
            klaar.set(true);
        }, e -> { });
        assertThat(bezig.await(10, TimeUnit.SECONDS)).isTrue();

        Thread stopper = new Thread(p::stop);
        stopper.start();
        stopper.join(300);
        assertThat(stopper.isAlive()).as("stop wacht op de lopende ronde").isTrue();
        verder.countDown();
        stopper.join(10_000);

        assertThat(stopper.isAlive()).isFalse();
        assertThat(klaar).isTrue();
        assertThat(onderbroken).as("de lopende ronde werd onderbroken").isFalse();
        int na = rondes.get();
        Thread.sleep(100);
        assertThat(rondes.get()).as("geen ronde meer na stop").isEqualTo(na);
    }
}
