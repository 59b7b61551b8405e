package nl.doorbraak.core.casus;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Json;
import nl.doorbraak.core.platform.Periodiek;
import nl.doorbraak.core.variant.PluginFout;
import nl.doorbraak.core.variant.Registratie;
import nl.doorbraak.core.variant.VariantGegevens;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * Rewrites stored variant data to the schema of a newly bound variant, in the background and in small batches.
 *
 * <p>{@code versie} and {@code gewijzigd} stay as they are: reads already served the upgraded form, so the
 * representation a client holds (and its ETag) is still the current one after the rewrite. A row that a user changes
 * meanwhile is skipped (the user's write stored the upgraded form itself).
 */
@Component(service = {}, immediate = true)
public final class SchemaBijwerker {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaBijwerker.class);
    static final int PORTIE = 100;

    private final Database db;
    private final VariantVolger varianten;
    private final CasusStore store = new CasusStore(new Json());
    private final Consumer<Registratie> luisteraar = this::plan;
    private final ExecutorService uitvoerder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "doorbraak-schema-bijwerker");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean actief = true;

    @Activate
    public SchemaBijwerker(@Reference(name = "database") Database db,
            @Reference(name = "varianten") VariantVolger varianten) {
        this.db = db;
        this.varianten = varianten;
        varianten.luister(luisteraar);
        // rows left behind before this start (or before a restart) are picked up too
        varianten.alle().forEach(this::plan);
    }

    @Deactivate
    void deactiveer() {
        actief = false;
        varianten.stopLuisteren(luisteraar);
        // a rewrite in progress sees actief and ends after its current casus
        Periodiek.stopZonderOnderbreken(uitvoerder, "doorbraak-schema-bijwerker", 10);
    }

    /** Schedules a rewrite; never runs it on the caller's (SCR bind) thread. */
    void plan(Registratie r) {
        try {
            uitvoerder.execute(() -> werkBij(r));
        } catch (RejectedExecutionException e) {
            // deactivated meanwhile
        }
    }

    /** @return the number of rewritten casussen */
    int werkBij(Registratie r) {
        int bijgewerkt = 0;
        int mislukt = 0;
        String naId = "";
        try {
            while (actief && isHuidig(r)) {
                String vanaf = naId;
                List<String> ids = db.lees(c -> store.metOuderSchema(c, r.id(), r.schemaVersie(), vanaf, PORTIE));
                if (ids.isEmpty()) {
                    break;
                }
                for (String id : ids) {
                    if (!actief || !isHuidig(r)) {
                        break;
                    }
                    naId = id;
                    switch (herschrijf(r, id)) {
                        case BIJGEWERKT -> bijgewerkt++;
                        case MISLUKT -> mislukt++;
                        case OVERGESLAGEN -> { }
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Bijwerken van casussen naar schema {} van variant '{}' afgebroken", r.schemaVersie(), r.id(), e);
        }
        if (bijgewerkt > 0 || mislukt > 0) {
            LOG.info("{} casus(sen) van variant '{}' bijgewerkt naar schema {}{}", bijgewerkt, r.id(),
                    r.schemaVersie(), mislukt > 0 ? "; " + mislukt + " niet (de upgrade faalde, ze blijven leesbaar)" : "");
        }
        return bijgewerkt;
    }

    private enum Uitkomst { BIJGEWERKT, MISLUKT, OVERGESLAGEN }

    private Uitkomst herschrijf(Registratie r, String id) {
        Optional<OpgeslagenCasus> k = db.lees(c -> store.zoekOpId(c, id));
        if (k.isEmpty() || k.get().schemaVersie() >= r.schemaVersie()) {
            return Uitkomst.OVERGESLAGEN;
        }
        OpgeslagenCasus oud = k.get();
        Map<String, Object> data;
        try {
            data = VariantGegevens.upgrade(r, oud.schemaVersie(), oud.data());
        } catch (PluginFout e) {
            LOG.warn("Casus {}: {}", id, Tekst.voorLog(e.getMessage()));
            return Uitkomst.MISLUKT;
        }
        boolean gelukt = db.inTransactie(
                c -> store.herschrijfSchema(c, id, oud.versie(), oud.schemaVersie(), data, r.schemaVersie()));
        return gelukt ? Uitkomst.BIJGEWERKT : Uitkomst.OVERGESLAGEN;
    }

    private boolean isHuidig(Registratie r) {
        return varianten.huidige(r.id()).orElse(null) == r;
    }
}
