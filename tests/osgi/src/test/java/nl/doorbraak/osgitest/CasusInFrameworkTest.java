package nl.doorbraak.osgitest;

import static nl.doorbraak.osgitest.OsgiTestHulp.bundle;
import static nl.doorbraak.osgitest.OsgiTestHulp.gemeente;
import static nl.doorbraak.osgitest.OsgiTestHulp.wachtTot;
import static nl.doorbraak.osgitest.OsgiTestHulp.werkBijEnWachtTotVerwerkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.VariantInfo;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.rechten.RechtenRegister;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.TafelService;
import nl.doorbraak.api.service.VariantNietBeschikbaarException;
import nl.doorbraak.api.service.VariantRegister;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;

/** The core and the standaard plug-in inside a real Felix: services, events, and a plug-in that comes and goes. */
class CasusInFrameworkTest {

    static final String GEMEENTE = "osgistad";
    static final String PLUGIN = "nl.doorbraak.plugin.standaard";
    static final long WACHTTIJD_MS = 1500;
    static final int RETRY_AFTER_SECONDEN = 3;

    @InjectBundleContext
    static BundleContext ctx;

    @InjectService
    static ConfigurationAdmin cm;

    // the core registers these only once its database is open and migrated (that can take a few seconds)
    @InjectService(timeout = 30_000)
    static CasusService casussen;

    @InjectService(timeout = 30_000)
    static TafelService tafels;

    @InjectService(timeout = 30_000)
    static GemeenteService gemeenten;

    @InjectService(timeout = 30_000)
    static VariantRegister varianten;

    @InjectService(timeout = 30_000)
    static RechtenRegister rechten;

    private static Configuration osgistad;
    private static Configuration platformrecht;

    /** The test acts as the platform itself: its bundle asks the right 'platform', granted below. */
    static final Namens TEST = Namens.van(Gebruiker.systeem("osgi-test"), "Test in het framework");

    /**
     * Configures the core once, after its database is ready (the services above exist) and before any test uses it,
     * and waits until the core has applied the new setting.
     */
    @BeforeAll
    static void kortereWachttijdEnEenGemeente() throws Exception {
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("variantWachttijdMs", WACHTTIJD_MS);
        p.put("retryAfterSeconden", RETRY_AFTER_SECONDEN);
        werkBijEnWachtTotVerwerkt(ctx, cm, cm.getConfiguration("nl.doorbraak.core", "?"), p);

        platformrecht = cm.getFactoryConfiguration("nl.doorbraak.rechten", "osgitest", "?");
        Dictionary<String, Object> recht = new Hashtable<>();
        recht.put("plugin", ctx.getBundle().getSymbolicName());
        recht.put("rechten", "platform");
        platformrecht.update(recht);
        wachtTot("recht 'platform' verleend", () -> rechten.van(ctx.getBundle().getBundleId())
                .map(r -> r.heeft(Recht.PLATFORM)).orElse(false));

        osgistad = gemeente(cm, GEMEENTE, "Gemeente Osgistad", "24");
        wachtTot("gemeente " + GEMEENTE, () -> gemeenten.zoek(GEMEENTE).isPresent());
        wachtTot("variant standaard actief", () -> actief("standaard"));
    }

    @AfterAll
    static void ruimOp() throws Exception {
        if (osgistad != null) {
            osgistad.delete();
        }
        if (platformrecht != null) {
            platformrecht.delete();
        }
    }

    @Test
    void intakePostsAnEventAfterCommit() throws Exception {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        BlockingQueue<Boolean> zichtbaarBijEvent = new LinkedBlockingQueue<>();
        Dictionary<String, Object> p = new Hashtable<>();
        p.put(EventConstants.EVENT_TOPIC, DoorbraakEvents.CASUS_AANGEMAAKT);
        ServiceRegistration<EventHandler> reg = ctx.registerService(EventHandler.class, e -> {
            // the event comes after the commit: another connection already sees the casus
            zichtbaarBijEvent.add(casussen.zoek(TEST, GEMEENTE, (String) e.getProperty(DoorbraakEvents.CASUS_ID)).isPresent());
            events.add(e);
        }, p);
        try {
            Casus c = casussen.maak(TEST, GEMEENTE, nieuweCasus(tafel().id()));
            Event e = events.poll(10, TimeUnit.SECONDS);
            assertThat(e).as("event na intake").isNotNull();
            assertThat(e.getProperty(DoorbraakEvents.CASUS_ID)).isEqualTo(c.id());
            assertThat(e.getProperty(DoorbraakEvents.GEMEENTE)).isEqualTo(GEMEENTE);
            assertThat(zichtbaarBijEvent.poll()).as("casus zichtbaar voor wie het event ontvangt").isTrue();
            assertThat(casussen.zoek(TEST, GEMEENTE, c.id())).isPresent();
        } finally {
            reg.unregister();
        }
    }

    @Test
    void thePluginIsFoundByBundleAndVersion() {
        VariantInfo v = varianten.varianten().stream().filter(i -> i.id().equals("standaard")).findFirst().orElseThrow();
        assertThat(v.bundle()).isEqualTo(PLUGIN);
        assertThat(v.status()).isEqualTo("actief");
        assertThat(v.schemaVersie()).isEqualTo(2);
    }

    @Test
    void whileThePluginIsStoppedReadsWorkAndWritesWaitThenFail() throws Exception {
        Casus c = casussen.maak(TEST, GEMEENTE, nieuweCasus(tafel().id()));
        Bundle plugin = bundle(ctx, PLUGIN);
        Bundle core = bundle(ctx, "nl.doorbraak.core");
        long coreId = core.getBundleId();
        plugin.stop();
        try {
            wachtTot("variant afwezig", () -> !actief("standaard"));
            assertThat(casussen.zoek(TEST, GEMEENTE, c.id())).as("lezen werkt zonder plug-in").isPresent();

            // a write waits the configured time for the plug-in, then gives up with a 503-style exception
            long begin = System.nanoTime();
            assertThatThrownBy(() -> casussen.wijzigStatus(TEST, GEMEENTE, c.id(), null,
                    CasusStatus.IN_VOORBEREIDING, "tafel plant hem in", null, false))
                    .isInstanceOf(VariantNietBeschikbaarException.class)
                    .satisfies(e -> assertThat(((VariantNietBeschikbaarException) e).opnieuwNaSeconden())
                            .isEqualTo(RETRY_AFTER_SECONDEN));
            long gewachtMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
            assertThat(gewachtMs).as("gewacht (ms)").isBetween(WACHTTIJD_MS - 100, WACHTTIJD_MS + 3000);
            assertThat(casussen.zoek(TEST, GEMEENTE, c.id()).orElseThrow().status()).isEqualTo(CasusStatus.AANGEMELD);

            // a write that starts while the plug-in is away completes when it comes back within the wait
            CompletableFuture<Casus> wachtend = CompletableFuture.supplyAsync(() -> casussen.wijzigStatus(TEST,
                    GEMEENTE, c.id(), null, CasusStatus.IN_VOORBEREIDING, "tafel plant hem in", null, false));
            Thread.sleep(300);
            assertThat(wachtend).as("schrijfactie wacht op de plug-in").isNotDone();
            plugin.start();
            assertThat(wachtend.get(10, TimeUnit.SECONDS).status()).isEqualTo(CasusStatus.IN_VOORBEREIDING);
        } finally {
            if (plugin.getState() != Bundle.ACTIVE) {
                plugin.start();
            }
            wachtTot("variant weer actief", () -> actief("standaard"));
        }
        assertThat(casussen.zoek(TEST, GEMEENTE, c.id()).orElseThrow().status()).isEqualTo(CasusStatus.IN_VOORBEREIDING);
        assertThat(core.getState()).as("core bleef actief").isEqualTo(Bundle.ACTIVE);
        assertThat(bundle(ctx, "nl.doorbraak.core").getBundleId()).as("core niet opnieuw geïnstalleerd")
                .isEqualTo(coreId);
    }

    private static boolean actief(String id) {
        return varianten.varianten().stream().anyMatch(v -> v.id().equals(id) && v.status().equals("actief"));
    }

    private static Tafel tafel() {
        return tafels.maak(GEMEENTE, new NieuweTafel("Doorbraaktafel Osgistad-Noord", "standaard",
                List.of(new Deelnemer("Marieke de Vries", "woningcorporatie", "huurachterstand bevriezen",
                        new BigDecimal("2500")))), "osgi-test");
    }

    private static NieuweCasus nieuweCasus(String tafelId) {
        return new NieuweCasus(tafelId, "Huurachterstand na gestopte toeslag", "Ontruiming dreigt; toeslag loopt vast.",
                new Inwoner(null, "K.M."), "wonen", List.of("woningcorporatie", "Belastingdienst/Toeslagen"),
                Map.of("urgentie", "hoog"));
    }
}
