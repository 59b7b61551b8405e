package nl.doorbraak.plugin.rodeknop;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import nl.doorbraak.api.service.DoorbraakEvents;

/**
 * Het werk van de plug-in voor na de start: de demogegevens ({@link DemoLader}) en het inhalen van het 20 %-register
 * ({@link Precedenten}: wat er gebeurde terwijl de plug-in er niet was). Bij een start van het platform begint het op
 * het event {@link DoorbraakEvents#PLATFORM_GEREED}, niet bij de activering: een component die tijdens de start van de
 * core services van de core ophaalt, kostte elke herstart ±65 ms (docs/performance.md). Komt de plug-in in een
 * platform dat al draait (installeren, bijwerken), dan begint het meteen; zijn delen wachten zelf op "gereed". Het
 * event komt ook na een update van de core: dan begint het opnieuw, en doet alleen wat nog ontbreekt.
 */
@Component(service = EventHandler.class, immediate = true,
        property = EventConstants.EVENT_TOPIC + "=" + DoorbraakEvents.PLATFORM_GEREED,
        reference = {
            @Reference(name = NaGereed.DEMO, service = DemoLader.class, cardinality = ReferenceCardinality.OPTIONAL,
                    policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY),
            @Reference(name = NaGereed.PRECEDENTEN, service = Precedenten.class,
                    cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
                    policyOption = ReferencePolicyOption.GREEDY) })
public class NaGereed implements EventHandler {

    static final String DEMO = "demo";
    static final String PRECEDENTEN = "precedenten";
    /** Na "gereed" nog even: de web-bundle is dan ook klaar met starten. */
    static final long NA_GEREED_MS = 2000;

    private final ComponentContext context;
    private final Bundle framework;
    private final ScheduledExecutorService uitvoerder = Achtergrond.thread("rodeknop-na-gereed");

    @Activate
    public NaGereed(ComponentContext context, BundleContext bundleContext) {
        this.context = context;
        this.framework = bundleContext.getBundle(0);
        // the framework still starting: the platform's start, and the event follows; otherwise it may have passed
        if (bundleContext.getBundle(0).getState() != Bundle.STARTING) {
            uitvoerder.execute(this::begin);
        }
    }

    @Override
    public void handleEvent(Event event) {
        uitvoerder.execute(this::begin);
    }

    /**
     * Looking them up activates them; each does its part once per activation, after "gereed". The demo first: its
     * zaken are written without the precedents' hook, so the catch-up must come after them.
     */
    private void begin() {
        long precedentenVanaf = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(NA_GEREED_MS);
        try {
            DemoLader demo = (DemoLader) wachtOp(DEMO);
            if (demo != null) {
                try {
                    demo.klaar().get(Achtergrond.MAX_WACHTEN_MS, TimeUnit.MILLISECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    // the catch-up runs anyway; 'rodeknop:inhalen' picks up what comes later
                }
            }
            // the catch-up reads every besluit: not while the web bundle is still busy starting
            TimeUnit.NANOSECONDS.sleep(precedentenVanaf - System.nanoTime());
            wachtOp(PRECEDENTEN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The service of reference {@code naam} once it is there: the core can be ready before every component of the
     * plug-in is (a busy machine, the start thread still at work), and a service looked up too early is never looked
     * up again. {@code null} after {@link Achtergrond#MAX_WACHTEN_MS}, or at once when the platform stops: a
     * component looked up then is activated while the core goes away, and SCR logs that as an error.
     */
    private Object wachtOp(String naam) throws InterruptedException {
        return Achtergrond.wachtOp(() -> stopt() ? null : context.locateService(naam), this::stopt);
    }

    private boolean stopt() {
        return framework.getState() == Bundle.STOPPING;
    }

    @Deactivate
    void stop() {
        uitvoerder.shutdownNow();
    }
}
