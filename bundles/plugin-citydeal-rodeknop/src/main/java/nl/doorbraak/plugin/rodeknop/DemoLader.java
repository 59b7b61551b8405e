package nl.doorbraak.plugin.rodeknop;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import nl.doorbraak.api.service.Gezondheid;

/**
 * Laadt de demogegevens van de rode knop als het platform met {@code --demo} draait (framework-eigenschap
 * {@value #DEMO}), en doet anders niets. Het werk loopt op de achtergrond, pas als de core gereed is (zijn eigen
 * demo, met de casussen waar de zaken bij horen, is dan geladen), zodat activeren snel blijft en nooit faalt; bij
 * elke start en na elke update van de plug-in opnieuw, en dan komt alleen wat ontbreekt erbij ({@link DemoStap}).
 */
@Component(service = {}, immediate = true)
public class DemoLader {

    static final String DEMO = "doorbraak.demo";
    /** Zo lang wacht de lader hoogstens op een core die nog start. */
    private static final long MAX_WACHTEN_MS = TimeUnit.MINUTES.toMillis(10);

    private final ExecutorService uitvoerder;
    private volatile boolean gestopt;

    @Activate
    public DemoLader(@Reference Gezondheid gezondheid,
            @Reference(service = DemoStap.class, cardinality = ReferenceCardinality.MULTIPLE,
                    policyOption = ReferencePolicyOption.GREEDY) List<DemoStap> stappen,
            @Reference(service = LoggerFactory.class) Logger log, BundleContext context) {
        // no steps yet: SCR activates this again (greedy) when they register
        if (!Boolean.parseBoolean(context.getProperty(DEMO)) || stappen.isEmpty()) {
            uitvoerder = null;
            return;
        }
        List<DemoStap> opVolgorde = stappen.stream().sorted(Comparator.comparingInt(DemoStap::volgorde)).toList();
        uitvoerder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rodeknop-demo");
            t.setDaemon(true);
            return t;
        });
        uitvoerder.execute(() -> laad(gezondheid, opVolgorde, log));
    }

    private void laad(Gezondheid gezondheid, List<DemoStap> stappen, Logger log) {
        long tot = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WACHTEN_MS);
        try {
            while (!gezondheid.gereed()) {
                if (gestopt) {
                    return;
                }
                if (System.nanoTime() > tot) {
                    log.warn("Rode knop: de demogegevens zijn niet geladen; de core werd niet gereed");
                    return;
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (DemoStap stap : stappen) {
            if (gestopt) {
                return;
            }
            try {
                log.info("Rode knop, demo: {}", stap.laad(() -> gestopt));
            } catch (RuntimeException e) {
                log.error("Rode knop: een deel van de demogegevens ({}) kon niet worden geladen",
                        stap.getClass().getSimpleName(), e);
            }
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        gestopt = true;
        if (uitvoerder != null) {
            uitvoerder.shutdown();
            // a step finishes the zaak it is writing rather than being interrupted halfway
            if (!uitvoerder.awaitTermination(30, TimeUnit.SECONDS)) {
                uitvoerder.shutdownNow();
            }
        }
    }
}
