package nl.doorbraak.plugin.rodeknop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import nl.doorbraak.api.opslag.Document;
import nl.doorbraak.api.opslag.VariantOpslag;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.Gezondheid;

/**
 * Laadt de demogegevens van de rode knop als het platform met {@code --demo} draait (framework-eigenschap
 * {@value #DEMO}), en doet anders niets. {@link NaGereed} activeert hem na de start van het platform. Het werk loopt
 * op de achtergrond, pas als de core gereed is (zijn eigen demo, met de casussen waar de zaken bij horen, is dan
 * geladen), zodat activeren snel blijft en nooit faalt. Een nieuwe versie van de plug-in laadt opnieuw, en dan komt
 * alleen wat ontbreekt erbij ({@link DemoStap}); een herstart van dezelfde versie leest alleen het document dat zegt
 * welke stappen die versie al deed.
 */
@Component(service = DemoLader.class)
public class DemoLader {

    static final String DEMO = "doorbraak.demo";
    /** Where the lader remembers which steps this version of the plug-in completed (gemeente _landelijk). */
    static final String COLLECTIE = "demo";
    static final String STAND = "stand";

    private final ExecutorService uitvoerder;
    private final VariantOpslag opslag;
    private final List<DemoStap> stappen;
    private final Logger log;
    private final String stand;
    private volatile boolean gestopt;
    /** Done (loaded, nothing to do, or given up): the precedents' catch-up reads the demo zaken after this. */
    private final CompletableFuture<Void> klaar = new CompletableFuture<>();

    /**
     * Its steps in order: the zaken, then the agenda that groups their rules. Loading runs in the background, once
     * the core is ready, and only when this version of the plug-in has not completed every step yet: a restart then
     * reads one document instead of every zaak, and does not compete for the CPU with the web bundle that is still
     * starting (docs/performance.md).
     */
    @Activate
    public DemoLader(@Reference Gezondheid gezondheid, @Reference VariantOpslag opslag,
            @Reference RodeKnopService rodeKnop, @Reference Agenda agenda,
            @Reference(service = LoggerFactory.class) Logger log, BundleContext bundleContext) {
        this.opslag = opslag;
        this.log = log;
        this.stappen = List.of(new DemoZaken(rodeKnop), new DemoAgenda(agenda));
        this.stand = bundleContext.getBundle().getVersion() + "@" + bundleContext.getBundle().getLastModified();
        if (!Boolean.parseBoolean(bundleContext.getProperty(DEMO))) {
            uitvoerder = null;
            klaar.complete(null);
            return;
        }
        uitvoerder = Achtergrond.thread("rodeknop-demo");
        uitvoerder.execute(() -> {
            try {
                if (wachtOp(gezondheid)) {
                    laad();
                }
            } finally {
                klaar.complete(null);
            }
        });
    }

    /** Completes when this activation's loading is over, however it ended. */
    CompletableFuture<Void> klaar() {
        return klaar;
    }

    private boolean wachtOp(Gezondheid gezondheid) {
        try {
            if (Achtergrond.wachtTotGereed(gezondheid, () -> gestopt)) {
                return true;
            }
            if (!gestopt) {
                log.warn("Rode knop: de demogegevens zijn niet geladen; de core werd niet gereed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private void laad() {
        Optional<Document> eerder = opslag.lees(RodeKnopOnderdeel.LANDELIJK, COLLECTIE, STAND);
        Object gedaan = eerder.map(d -> stand.equals(d.inhoud().get(STAND)) ? d.inhoud().get("stappen") : null)
                .orElse(null);
        List<String> namen = stappen.stream().map(st -> st.getClass().getName()).toList();
        if (gedaan instanceof List<?> l && l.containsAll(namen)) {
            log.info("Rode knop: demogegevens al geladen door deze versie van de plug-in ({})", stand);
            return;
        }
        List<String> gelukt = new ArrayList<>();
        for (DemoStap stap : stappen) {
            if (gestopt) {
                return;
            }
            try {
                log.info("Rode knop, demo: {}", stap.laad(() -> gestopt));
                gelukt.add(stap.getClass().getName());
            } catch (RuntimeException e) {
                log.error("Rode knop: een deel van de demogegevens ({}) kon niet worden geladen",
                        stap.getClass().getSimpleName(), e);
            }
        }
        if (gestopt || gelukt.isEmpty()) {
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(STAND, stand);
        m.put("stappen", gelukt);
        try {
            opslag.bewaar(RodeKnopOnderdeel.LANDELIJK, COLLECTIE, STAND, 1, m, eerder.map(Document::versie).orElse(0L));
        } catch (ConflictException e) {
            // another activation wrote it at the same moment: the next start checks again
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
