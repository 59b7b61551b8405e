package nl.doorbraak.core.actie;

import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.core.platform.Periodiek;

/**
 * Looks for overdue acties shortly after start and then every few minutes, and raises their event once. Its own
 * daemon thread, stopped on deactivate, so an update of the core leaves nothing running.
 */
@Component(service = {}, immediate = true)
public final class ActieBewaker {

    private static final Logger LOG = LoggerFactory.getLogger(ActieBewaker.class);
    static final long EERSTE_KEER_SECONDEN = 10;
    static final long INTERVAL_SECONDEN = 300;

    private final Periodiek periodiek;

    @Activate
    public ActieBewaker(@Reference(name = "acties") ActieKern acties) {
        periodiek = new Periodiek("doorbraak-actiebewaker", EERSTE_KEER_SECONDEN, INTERVAL_SECONDEN, TimeUnit.SECONDS,
                () -> {
                    int n = acties.meldVerlopen();
                    if (n > 0) {
                        LOG.info("{} verlopen actie(s) gemeld", n);
                    }
                },
                // the database may be going away during an update; the next run tries again
                e -> LOG.warn("Verlopen acties nakijken lukte niet: {}", e.toString()));
    }

    @Deactivate
    void stop() {
        periodiek.stop();
    }
}
