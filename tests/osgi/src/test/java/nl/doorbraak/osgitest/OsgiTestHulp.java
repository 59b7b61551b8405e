package nl.doorbraak.osgitest;

import java.io.IOException;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationListener;

/** Small helpers shared by the in-framework tests. */
final class OsgiTestHulp {

    static final Duration GEDULD = Duration.ofSeconds(15);
    private static final String BARRIERE_PID = "nl.doorbraak.osgitest.barriere";

    private OsgiTestHulp() {
    }

    static void wachtTot(String wat, BooleanSupplier voorwaarde) {
        long tot = System.nanoTime() + GEDULD.toNanos();
        while (System.nanoTime() < tot) {
            if (voorwaarde.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("niet binnen " + GEDULD.toSeconds() + " s: " + wat);
    }

    /**
     * Updates a configuration and returns only when every asynchronous {@link ConfigurationListener} has handled
     * the update, Felix SCR among them (it calls the component's {@code @Modified} method from its listener).
     *
     * <p>ConfigAdmin delivers configuration events one by one, in order, on a single dispatcher thread, each to all
     * listeners. So once our own listener sees the event of a second, unrelated configuration updated after the
     * first one, SCR has finished with the first.
     */
    static void werkBijEnWachtTotVerwerkt(BundleContext ctx, ConfigurationAdmin cm, Configuration c,
            Dictionary<String, Object> eigenschappen) throws IOException, InterruptedException {
        CountDownLatch verwerkt = new CountDownLatch(1);
        ServiceRegistration<ConfigurationListener> luisteraar = ctx.registerService(ConfigurationListener.class,
                e -> {
                    if (BARRIERE_PID.equals(e.getPid())) {
                        verwerkt.countDown();
                    }
                }, null);
        Configuration barriere = cm.getConfiguration(BARRIERE_PID, "?");
        try {
            c.update(eigenschappen);
            Dictionary<String, Object> stap = new Hashtable<>();
            stap.put("stap", System.nanoTime());
            barriere.update(stap);
            if (!verwerkt.await(GEDULD.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("configuratie " + c.getPid() + " niet binnen " + GEDULD.toSeconds()
                        + " s verwerkt");
            }
        } finally {
            luisteraar.unregister();
            barriere.delete();
        }
    }

    /** Creates (or replaces) the factory configuration of one gemeente, as a .cfg file in config/ would. */
    static Configuration gemeente(ConfigurationAdmin cm, String id, String naam, String bewaartermijn)
            throws IOException {
        return gemeente(cm, id, naam, bewaartermijn, "standaard");
    }

    /** As {@link #gemeente(ConfigurationAdmin, String, String, String)}, with these {@code varianten}. */
    static Configuration gemeente(ConfigurationAdmin cm, String id, String naam, String bewaartermijn,
            String varianten) throws IOException {
        Configuration c = cm.getFactoryConfiguration("nl.doorbraak.gemeente", id, "?");
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("id", id);
        p.put("naam", naam);
        p.put("varianten", varianten);
        p.put("escalatieniveaus", "tafel:5,directie:10,bestuur");
        p.put("bewaartermijnMaanden", bewaartermijn);
        p.put("thema", id);
        c.update(p);
        return c;
    }

    static Bundle bundle(BundleContext ctx, String symbolischeNaam) {
        for (Bundle b : ctx.getBundles()) {
            if (symbolischeNaam.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("bundle " + symbolischeNaam + " is niet geïnstalleerd");
    }
}
