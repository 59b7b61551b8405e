package nl.doorbraak.plugin.rodeknop;

import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Zoekt periodiek de follow-ups die aan de beurt zijn en meldt elk eenmaal met het event {@value #TOPIC}; een
 * gewijzigde configuratie start de controle opnieuw. Een fout in één ronde stopt de volgende niet.
 */
@Component(service = FollowUpControle.class, immediate = true, configurationPid = Instellingen.PID, reference = {
    @Reference(name = "rodeKnop", service = RodeKnopService.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY),
    @Reference(name = "events", service = EventAdmin.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY),
    @Reference(name = "log", service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY) })
public class FollowUpControle {

    /** Een follow-up is aan de beurt; met {@code gemeente}, {@code zaak.id}, {@code deadline} en {@code partijen}. */
    public static final String TOPIC = "nl/doorbraak/rodeknop/FOLLOWUP_NODIG";

    private final ComponentContext context;
    private final ScheduledExecutorService planner;

    /**
     * Everything is looked up at each round: active as soon as the bundle starts, without getting a service while the
     * platform starts (that cost every restart, docs/performance.md).
     */
    @Activate
    public FollowUpControle(ComponentContext context, Instellingen instellingen) {
        this.context = context;
        this.planner = Achtergrond.thread("rodeknop-followups");
        int seconden = Math.max(5, instellingen.controleSeconden());
        planner.scheduleWithFixedDelay(this::ronde, 5, seconden, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() throws InterruptedException {
        planner.shutdownNow();
        planner.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Eén ronde: meldt wat aan de beurt is en nog niet gemeld; geeft het aantal nieuwe meldingen. */
    int ronde() {
        int n = 0;
        LoggerFactory logs = (LoggerFactory) context.locateService("log");
        Logger log = logs == null ? null : logs.getLogger(FollowUpControle.class);
        try {
            RodeKnopService rodeKnop = (RodeKnopService) context.locateService("rodeKnop");
            EventAdmin events = (EventAdmin) context.locateService("events");
            if (rodeKnop == null || events == null) {
                return 0; // the core is still starting or being updated: the next round
            }
            for (Zaak z : rodeKnop.teVolgen()) {
                if (z.followUp().gemeld() || !rodeKnop.markeerGemeld(z)) {
                    continue;
                }
                events.postEvent(new Event(TOPIC, Map.of("gemeente", z.gemeente(), "zaak.id", z.id(),
                        "deadline", z.followUp().vervalt().toString(), "partijen", String.join(",", z.partijen()))));
                n++;
            }
            if (n > 0 && log != null) {
                log.info("Rode knop: {} follow-up(s) aan de beurt gemeld", n);
            }
        } catch (RuntimeException e) {
            if (log != null) {
                log.error("Rode knop: de controle op follow-ups faalde; de volgende ronde probeert het opnieuw", e);
            }
        }
        return n;
    }
}
