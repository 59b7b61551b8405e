package nl.doorbraak.core.demo;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.GezondheidImpl;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * Loads the demo data when the platform runs with {@code doorbraak.demo=true}, and does nothing otherwise. The work
 * (password hashing, inserts) runs on a background thread so activation stays quick; it is idempotent: it adds what
 * is missing, without duplicating anything or undoing what demo users changed, on the first start and after every
 * update of the core (a restart of the same build skips it, {@link DemoStand}).
 */
@Component(service = {}, immediate = true)
public final class DemoLader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLader.class);
    static final String DEMO = "doorbraak.demo";
    static final String BRON = GezondheidImpl.DEMO;

    private final ExecutorService uitvoerder;

    @Activate
    public DemoLader(@Reference(name = "database") Database db, @Reference(name = "gezondheid") GezondheidImpl gezondheid,
            @Reference(name = "varianten") VariantVolger varianten, BundleContext context) {
        if (!Boolean.parseBoolean(context.getProperty(DEMO))) {
            gezondheid.klaar(BRON);
            uitvoerder = null;
            return;
        }
        uitvoerder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "doorbraak-demo");
            t.setDaemon(true);
            return t;
        });
        // the build of the core: its version and when this framework installed or last updated it
        String stand = context.getBundle().getVersion() + "@" + context.getBundle().getLastModified();
        uitvoerder.execute(() -> {
            try {
                laad(db, stand, varianten);
            } catch (RuntimeException e) {
                LOG.error("Demogegevens konden niet worden geladen", e);
                gezondheid.meld(BRON, "De demogegevens konden niet worden geladen: " + e.getMessage());
            } finally {
                gezondheid.klaar(BRON);
            }
        });
    }

    /**
     * Adds what is missing of the demo, unless this build of the core did so before ({@link DemoStand}).
     *
     * @return whether it loaded
     */
    static boolean laad(Database db, String stand, VariantVolger varianten) {
        if (DemoStand.geladen(db, stand)) {
            LOG.info("Demogegevens al geladen door deze versie van de core ({})", stand);
            return false;
        }
        long start = System.nanoTime();
        DemoGegevens.Resultaat r = new DemoGegevens().laad(db);
        DemoJaar.Geladen jaar = new DemoJaar().laad(db);
        int escalaties = new DemoEscalaties().laad(db);
        DemoKorteLijnen.Resultaat kl = new DemoKorteLijnen().laad(db);
        DemoStand.leg(db, stand);
        LOG.info("Demogegevens geladen in {} ms: {}, {}, {} escalaties, {}",
                (System.nanoTime() - start) / 1_000_000, r, jaar, escalaties, kl);
        if (r.casussen() > 0 && varianten != null) {
            // demo rows are stored in schema 1; an installed newer variant rewrites them in the background
            varianten.meldOpnieuw();
        }
        return true;
    }

    @Deactivate
    void deactiveer() {
        if (uitvoerder != null) {
            uitvoerder.shutdown();
            try {
                // let a running load finish its transaction rather than interrupt it
                uitvoerder.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
