package nl.doorbraak.core.escalatie;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.core.db.CoreConfiguratie;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Gebeurtenissen;
import nl.doorbraak.core.platform.GezondheidImpl;
import nl.doorbraak.core.platform.Periodiek;
import nl.doorbraak.core.platform.Tijd;

/**
 * Raises {@link DoorbraakEvents#ESCALATIE_VERLOPEN} once for every open escalatie past its deadline. Runs every
 * {@code escalatieControleSeconden} (configuration {@code nl.doorbraak.core}, live) on its own thread, stopped on
 * deactivate. "Once" holds across restarts and nodes: an escalatie is marked in the database (a conditional update)
 * before its event is posted.
 */
@Component(service = {}, immediate = true, configurationPid = CoreConfiguratie.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class VerlopenControle {

    private static final Logger LOG = LoggerFactory.getLogger(VerlopenControle.class);
    public static final String SLEUTEL = "escalatieControleSeconden";
    public static final long STANDAARD_SECONDEN = 300;
    static final long MAX_SECONDEN = 86_400;
    static final String BRON = "core.escalatiecontrole";
    /** Per run; the rest follows in the next run. */
    static final int PORTIE = 500;

    private final Database db;
    private final Gebeurtenissen gebeurtenissen;
    private final GezondheidImpl gezondheid;
    private final ScheduledExecutorService planner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "doorbraak-escalatiecontrole");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> gepland;

    @Activate
    public VerlopenControle(@Reference(name = "database") Database db,
            @Reference(name = "gebeurtenissen") Gebeurtenissen gebeurtenissen,
            @Reference(name = "gezondheid") GezondheidImpl gezondheid, Map<String, Object> config) {
        this.db = db;
        this.gebeurtenissen = gebeurtenissen;
        this.gezondheid = gezondheid;
        plan(config);
    }

    @Modified
    void gewijzigd(Map<String, Object> config) {
        plan(config);
    }

    @Deactivate
    void deactiveer() {
        Periodiek.stopZonderOnderbreken(planner, "doorbraak-escalatiecontrole", 10);
    }

    private synchronized void plan(Map<String, Object> config) {
        long seconden = interval(config.get(SLEUTEL));
        if (gepland != null) {
            gepland.cancel(false);
        }
        // the first run soon after a start, so a restart does not postpone overdue events by a whole interval
        gepland = planner.scheduleWithFixedDelay(this::veilig, Math.min(seconden, 10), seconden, TimeUnit.SECONDS);
    }

    /** The interval; a bad value keeps the default, with a log line and a health warning. */
    long interval(Object waarde) {
        String tekst = waarde == null ? "" : waarde.toString().strip();
        if (tekst.isEmpty()) {
            gezondheid.herstel(BRON);
            return STANDAARD_SECONDEN;
        }
        try {
            long s = Long.parseLong(tekst);
            if (s >= 1 && s <= MAX_SECONDEN) {
                gezondheid.herstel(BRON);
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String zin = "Configuratie " + CoreConfiguratie.PID + ": " + SLEUTEL + " '" + tekst + "' is geen geheel getal "
                + "van 1 tot en met " + MAX_SECONDEN + "; de standaardwaarde " + STANDAARD_SECONDEN + " geldt.";
        LOG.warn(zin);
        gezondheid.meld(BRON, zin);
        return STANDAARD_SECONDEN;
    }

    private void veilig() {
        try {
            controleer();
        } catch (RuntimeException e) {
            // the next run tries again; never let the schedule die
            LOG.warn("Controle op verlopen escalaties mislukt: {}", e.toString());
        }
    }

    /** One run; public for tests. @return the number of VERLOPEN events raised */
    public int controleer() {
        EscalatieStore store = new EscalatieStore();
        Instant nu = Tijd.nu();
        List<EscalatieStore.TeMelden> lijst = db.lees(c -> store.teMelden(c, nu, PORTIE));
        int gemeld = 0;
        for (EscalatieStore.TeMelden t : lijst) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            if (db.inTransactie(c -> store.markeerGemeld(c, t.id(), nu))) {
                Map<String, Object> p = new HashMap<>();
                p.put(DoorbraakEvents.GEMEENTE, t.gemeente());
                p.put(DoorbraakEvents.CASUS_ID, t.casusId());
                p.put(DoorbraakEvents.ESCALATIE_ID, t.id());
                p.put(DoorbraakEvents.NIVEAU, t.niveau());
                p.put(DoorbraakEvents.DEADLINE, t.deadline().toString());
                gebeurtenissen.post(DoorbraakEvents.ESCALATIE_VERLOPEN, p);
                gemeld++;
            }
        }
        if (gemeld > 0) {
            LOG.info("{} escalatie(s) over hun deadline gemeld", gemeld);
        }
        return gemeld;
    }
}
