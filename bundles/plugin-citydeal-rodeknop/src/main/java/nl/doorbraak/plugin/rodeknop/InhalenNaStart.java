package nl.doorbraak.plugin.rodeknop;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import nl.doorbraak.api.service.Gezondheid;

/**
 * Activeert {@link Precedenten} kort nadat het platform gereed is, zodat het 20 %-register inhaalt wat er gebeurde
 * terwijl de plug-in er niet was (bij de eerste start: elk doorbraakbesluit). De routes halen hun services pas bij
 * gebruik op ({@link Later}), dus anders kwam het register pas bij het eerste verzoek bij; zo gebeurt het in deze
 * eigen thread, na de start van core en web.
 */
@Component(service = {}, immediate = true, reference = @Reference(name = "precedenten", service = Precedenten.class,
        cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY))
public class InhalenNaStart {

    /** Na "gereed" nog even: de web-bundle is dan ook klaar met starten. */
    static final long NA_GEREED_MS = 2000;

    private final ExecutorService uitvoerder;

    @Activate
    public InhalenNaStart(@Reference Gezondheid gezondheid, ComponentContext context) {
        uitvoerder = Achtergrond.thread("rodeknop-inhalen");
        uitvoerder.execute(() -> {
            long tot = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Achtergrond.MAX_WACHTEN_MS);
            try {
                if (!Achtergrond.wachtTotGereed(gezondheid, () -> false)) {
                    return; // Precedenten waits itself, and says so
                }
                Thread.sleep(NA_GEREED_MS);
                // activating Precedenten starts its catch-up; absent (the core restarts): try again shortly
                while (context.locateService("precedenten") == null && System.nanoTime() < tot) {
                    Thread.sleep(1000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Deactivate
    void stop() {
        uitvoerder.shutdownNow();
    }
}
