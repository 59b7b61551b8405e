package nl.doorbraak.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.core.platform.GezondheidImpl;

/**
 * Opens the database through the {@link DataSourceFactory} service, migrates it, and only then registers the
 * {@link Database} service that the other components need.
 *
 * <p>Why not a plain DS service: activation stays quick (opening and migrating happen on a background thread), and
 * the configuration (with the database password) never becomes a service property that any bundle could read.
 * A change of {@code variantWachttijdMs} or {@code retryAfterSeconden} applies at once; a change of the JDBC settings
 * re-opens the database.
 */
@Component(service = {}, immediate = true, configurationPid = CoreConfiguratie.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = CoreConfiguratie.class)
public final class DatabaseBeheer {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBeheer.class);
    static final String BRON_CONFIGURATIE = "core.configuratie";
    static final String BRON_DATABASE = "core.database";
    public static final String DATA_MAP = "doorbraak.data";

    private final DataSourceFactory dataSourceFactory;
    private final GezondheidImpl gezondheid;
    private final BundleContext context;
    private final String dataMap;
    private final AtomicReference<CoreInstellingen> instellingen = new AtomicReference<>();
    private final ExecutorService uitvoerder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "doorbraak-database");
        t.setDaemon(true);
        return t;
    });

    // touched only on the uitvoerder thread
    /** Enough for the requests two cores can serve at once, with room for ones that wait on I/O. */
    private static final int POOLGROOTTE = 16;
    /** How many volgnummers of the verwerkingenlog H2 hands out before it writes its sequence (see ruimeVolgnummers). */
    static final long VOLGNUMMERS_PER_KEER = 100_000;
    /** The key in platform_stand that says the volgnummers are set (see ruimeVolgnummers). */
    static final String STAND_VOLGNUMMERS = "verwerking.volgnummers";

    private ServiceRegistration<Database> registratie;
    private Connection anker;
    private VerbindingenPool pool;

    @Activate
    public DatabaseBeheer(
            @Reference(name = "dataSourceFactory", target = "(" + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=org.h2.Driver)")
            DataSourceFactory dataSourceFactory,
            @Reference(name = "gezondheid") GezondheidImpl gezondheid, BundleContext context,
            Map<String, Object> config) {
        this.dataSourceFactory = dataSourceFactory;
        this.gezondheid = gezondheid;
        this.context = context;
        String map = context.getProperty(DATA_MAP);
        if (map == null || map.isBlank()) {
            map = "./data";
            LOG.warn("Framework-eigenschap {} ontbreekt; de database komt in {}", DATA_MAP, map);
        }
        this.dataMap = map;
        CoreInstellingen eerste = lees(config);
        instellingen.set(eerste);
        uitvoerder.execute(() -> start(eerste));
    }

    @Modified
    void gewijzigd(Map<String, Object> config) {
        CoreInstellingen nieuw = lees(config);
        CoreInstellingen oud = instellingen.getAndSet(nieuw);
        if (oud.andereDatabase(nieuw)) {
            LOG.info("Databaseinstellingen gewijzigd; de database wordt opnieuw geopend ({})", nieuw.jdbcUrl());
            uitvoerder.execute(() -> {
                stop();
                start(nieuw);
            });
        } else {
            LOG.info("Instellingen van de core gewijzigd: {}", nieuw);
        }
    }

    @Deactivate
    void deactiveer() {
        uitvoerder.execute(this::stop);
        uitvoerder.shutdown();
        try {
            if (!uitvoerder.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("De database sloot niet binnen 60 seconden");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CoreInstellingen lees(Map<String, Object> config) {
        List<String> waarschuwingen = new ArrayList<>();
        CoreInstellingen inst = CoreInstellingen.uit(config, dataMap, waarschuwingen);
        if (waarschuwingen.isEmpty()) {
            gezondheid.herstel(BRON_CONFIGURATIE);
        } else {
            waarschuwingen.forEach(LOG::warn);
            gezondheid.meld(BRON_CONFIGURATIE, String.join(" ", waarschuwingen));
        }
        return inst;
    }

    private void start(CoreInstellingen inst) {
        long begin = System.nanoTime();
        try {
            Properties p = new Properties();
            p.setProperty(DataSourceFactory.JDBC_URL, inst.jdbcUrl());
            if (!inst.jdbcGebruiker().isEmpty()) {
                p.setProperty(DataSourceFactory.JDBC_USER, inst.jdbcGebruiker());
            }
            if (!inst.jdbcWachtwoord().isEmpty()) {
                p.setProperty(DataSourceFactory.JDBC_PASSWORD, inst.jdbcWachtwoord());
            }
            if (CoreInstellingen.onderbrekingGevoelig(inst.jdbcUrl())) {
                LOG.warn("De database {} staat niet op H2's retry:-bestandssysteem: één onderbroken thread kan hem dan "
                        + "sluiten en bevestigde wijzigingen kwijtraken. Gebruik jdbc:h2:retry:<pad> (dezelfde bestanden).",
                        inst.jdbcUrl());
            }
            DataSource bron = dataSourceFactory.createDataSource(p);
            if (inst.jdbcUrl().startsWith("jdbc:h2:")) {
                // embedded H2 closes the database with its last connection; one held connection keeps it open
                anker = bron.getConnection();
            }
            pool = new VerbindingenPool(bron, POOLGROOTTE);
            Migraties.Uitkomst r = Migraties.uitBundle(context.getBundle()).bijwerken(pool);
            if (inst.jdbcUrl().startsWith("jdbc:h2:")) {
                try {
                    ruimeVolgnummers(pool);
                } catch (SQLException e) {
                    // only speed is at stake: the database works as it is
                    LOG.warn("Volgnummers van het verwerkingenlog niet ruimer gezet: {}", e.toString());
                }
            }
            Database db = new Database(pool, instellingen::get);
            registratie = context.registerService(Database.class, db, null);
            gezondheid.herstel(BRON_DATABASE);
            LOG.info("Database gereed in {} ms: {} (schema {}, {} migratie(s) uitgevoerd)",
                    (System.nanoTime() - begin) / 1_000_000, inst.jdbcUrl(),
                    r.schema(), r.uitgevoerd());
        } catch (Throwable e) {
            // also Errors: Flyway's ServiceLoader fails with one when a bundle it needs is missing
            if (e instanceof VirtualMachineError v) {
                throw v;
            }
            LOG.error("De database {} kon niet worden geopend of bijgewerkt", inst.jdbcUrl(), e);
            gezondheid.meld(BRON_DATABASE, "De database is niet beschikbaar: " + e.getMessage());
            sluitAnker();
        }
    }

    /**
     * H2 writes a sequence to disk whenever its cache of numbers runs out; with {@code WRITE_DELAY=0} that is a full
     * store. At the default of 32 the verwerkingenlog's volgnummer did so every 32 rows, a sixth of the CPU of a casus
     * read (docs/performance.md). After a crash H2 skips the unused numbers and never reuses one, so the order holds.
     * Only for H2: PostgreSQL caches per session, which would put the rows of two connections out of order. Done once
     * per database, remembered in {@code platform_stand}: asking information_schema cost ±40 ms of every restart.
     */
    static void ruimeVolgnummers(DataSource bron) throws SQLException {
        String stand = Long.toString(VOLGNUMMERS_PER_KEER);
        try (Connection c = bron.getConnection()) {
            if (stand.equals(PlatformStand.lees(c, STAND_VOLGNUMMERS))) {
                return;
            }
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE verwerking ALTER COLUMN volgnummer SET CACHE " + VOLGNUMMERS_PER_KEER);
            }
            PlatformStand.leg(c, STAND_VOLGNUMMERS, stand);
        }
    }

    private void stop() {
        if (registratie != null) {
            try {
                registratie.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
            registratie = null;
        }
        sluitAnker();
    }

    private void sluitAnker() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
        if (anker != null) {
            try {
                anker.close();
            } catch (SQLException e) {
                LOG.warn("Databaseverbinding sluiten mislukt: {}", e.toString());
            }
            anker = null;
        }
    }
}
