package nl.doorbraak.core;

import java.time.Instant;
import nl.doorbraak.core.toegang.AccountServiceImpl;
import nl.doorbraak.core.toegang.GebruikerServiceImpl;
import nl.doorbraak.core.toegang.Inlogbewaker;
import nl.doorbraak.core.toegang.Toegangsinstellingen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.h2.util.OsgiDataSourceFactory;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.jdbc.DataSourceFactory;

import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.core.actie.ActieKern;
import nl.doorbraak.core.audit.AudittrailKern;
import nl.doorbraak.core.bewaartermijn.BewaartermijnKern;
import nl.doorbraak.core.privacy.BsnKern;
import nl.doorbraak.core.privacy.VerwerkingenLogImpl;
import nl.doorbraak.core.besluit.BesluitKern;
import nl.doorbraak.core.bijeenkomst.BijeenkomstKern;
import nl.doorbraak.core.casus.CasusOvergangen;
import nl.doorbraak.core.casus.CasusKern;
import nl.doorbraak.core.potje.PotjeKern;
import nl.doorbraak.core.contact.ContactKern;
import nl.doorbraak.core.db.CoreInstellingen;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.db.Migraties;
import nl.doorbraak.core.gemeente.GemeenteConfiguratie;
import nl.doorbraak.core.gemeente.GemeenteRegister;
import nl.doorbraak.core.platform.Gebeurtenissen;
import nl.doorbraak.core.platform.GezondheidImpl;
import nl.doorbraak.core.perspectiefplan.PerspectiefplanKern;
import nl.doorbraak.core.signaal.SignaalKern;
import nl.doorbraak.core.tafel.TafelKern;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * The core wired by hand, as SCR would, on a real H2 database on disk (through H2's own DataSourceFactory, the
 * service H2 registers in OSGi). One per test class; tests keep apart by creating their own tafels.
 *
 * <p>With {@code -Ddoorbraak.test.postgres=jdbc:postgresql://localhost:5432/postgres?user=postgres} the same tests run
 * on PostgreSQL instead (a fresh schema per environment, through pgjdbc's DataSourceFactory), to prove the
 * migrations and queries portable.
 */
public final class CoreOmgeving implements AutoCloseable {

    public final Path map;
    public final DataSource dataSource;
    public final AtomicReference<CoreInstellingen> instellingen;
    public final Database db;
    public final GezondheidImpl gezondheid = new GezondheidImpl();
    public final List<Event> events = new CopyOnWriteArrayList<>();
    public final Gebeurtenissen gebeurtenissen = new Gebeurtenissen();
    public final GemeenteRegister gemeenten;
    public final VariantVolger varianten = new VariantVolger();
    public final TafelKern tafels;
    public final CasusOvergangen overgangen;
    public final CasusKern casussen;
    public final PotjeKern potjes;
    public final ActieKern acties;
    public final BijeenkomstKern bijeenkomsten;
    public final BesluitKern besluiten;
    public final AudittrailKern audittrail;
    public final VerwerkingenLogImpl verwerkingen;
    public final BsnKern bsn;
    public final BewaartermijnKern bewaartermijn;
    public final ContactKern contacten;
    public final SignaalKern signalen;
    public final PerspectiefplanKern perspectiefplannen;
    /** Accounts: a clock tests can move, and a cheap hash cost (the real one is set by configuration). */
    public final AtomicReference<Instant> klok = new AtomicReference<>(Instant.parse("2026-12-01T09:00:00Z"));
    public final Inlogbewaker bewaker;
    private final Connection anker;
    private final List<GemeenteConfiguratie> configuraties = new ArrayList<>();

    public CoreOmgeving(Path map) {
        this.map = map;
        try {
            String url = POSTGRES == null ? CoreInstellingen.standaardUrl(map.toAbsolutePath().toString())
                    : postgresSchema();
            dataSource = dataSource(url);
            anker = dataSource.getConnection();
            migraties().voerUit(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        instellingen = new AtomicReference<>(new CoreInstellingen("test", "", "", 300, 7));
        db = new Database(dataSource, instellingen::get);
        gebeurtenissen.zetEventAdmin(opnemer(events));
        gemeenten = new GemeenteRegister(gezondheid, gebeurtenissen);
        gemeente("utrecht", "Gemeente Utrecht", "standaard");
        gemeente("leeuwarden", "Gemeente Leeuwarden", "standaard");
        gemeente("eindhoven", "Gemeente Eindhoven", "standaard");
        tafels = new TafelKern(db, varianten, gemeenten, gebeurtenissen);
        overgangen = new CasusOvergangen(varianten, gebeurtenissen);
        casussen = new CasusKern(db, varianten, gemeenten, overgangen);
        potjes = new PotjeKern(db, gemeenten, gebeurtenissen);
        acties = new ActieKern(db, gemeenten, gebeurtenissen);
        bijeenkomsten = new BijeenkomstKern(db, gemeenten, overgangen, gebeurtenissen);
        besluiten = new BesluitKern(db, gemeenten, overgangen, potjes, acties, gebeurtenissen);
        audittrail = new AudittrailKern(db, overgangen);
        verwerkingen = new VerwerkingenLogImpl(db, map.resolve("verwerkingen"));
        bsn = new BsnKern(db, overgangen, BsnKern.sleutelBestand(map.toAbsolutePath().toString()));
        bewaartermijn = new BewaartermijnKern(db, gemeenten, gebeurtenissen, verwerkingen);
        contacten = new ContactKern(db, gemeenten, gebeurtenissen);
        signalen = new SignaalKern(db, gemeenten, gebeurtenissen);
        perspectiefplannen = new PerspectiefplanKern(db, gemeenten, overgangen, gebeurtenissen);
        bewaker = new Inlogbewaker(gezondheid, klok::get);
        Toegangsinstellingen t = Toegangsinstellingen.standaard();
        bewaker.instellingen(new Toegangsinstellingen(TEST_ITERATIES, t.maxPogingen(), t.blokkade(),
                t.adresMaxPogingen(), t.codeGeldig()));
    }

    /** PBKDF2 iterations in unit tests: the algorithm as in production, the cost far below it. */
    public static final int TEST_ITERATIES = 1_000;

    public GebruikerServiceImpl gebruikers(boolean demo) {
        return GebruikerServiceImpl.zonderOsgi(db, demo, bewaker, gebeurtenissen, gemeenten);
    }

    /**
     * An active account without a password, for tests of a rule that depends on who acts (the services name them by
     * account name): for example {@code account("regisseur", "utrecht", Rol.CASUSREGISSEUR)}.
     */
    public String account(String gebruikersnaam, String gemeente, nl.doorbraak.api.toegang.Rol... rollen) {
        db.inTransactie(c -> {
            new nl.doorbraak.core.toegang.GebruikerStore().voegToe(c, new nl.doorbraak.api.toegang.Gebruiker(
                    gebruikersnaam, gebruikersnaam, gemeente, java.util.Set.of(rollen), java.util.Set.of()), null,
                    false);
            return null;
        });
        return gebruikersnaam;
    }

    public AccountServiceImpl accounts(boolean demo) {
        return new AccountServiceImpl(db, gemeenten, gebeurtenissen, bewaker, demo);
    }

    /** Moves the accounts' clock. */
    public void wacht(java.time.Duration d) {
        klok.updateAndGet(t -> t.plus(d));
    }

    /** The PostgreSQL URL to test against, or {@code null} for H2. */
    public static final String POSTGRES = System.getProperty("doorbraak.test.postgres");

    public static DataSource dataSource(String url) throws SQLException {
        Properties p = new Properties();
        p.setProperty(DataSourceFactory.JDBC_URL, url);
        DataSourceFactory f = url.startsWith("jdbc:postgresql:") ? new org.postgresql.osgi.PGDataSourceFactory()
                : new OsgiDataSourceFactory(new org.h2.Driver());
        return f.createDataSource(p);
    }

    private static String postgresSchema() throws SQLException {
        String schema = "t" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = dataSource(POSTGRES).getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The migrations as they are packaged (target/classes/db/migration). */
    public static Migraties migraties() {
        try {
            Path dir = Path.of(Migraties.class.getResource("/" + Migraties.MAP).toURI());
            Map<String, URL> bestanden = new TreeMap<>();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    bestanden.put(p.getFileName().toString(), p.toUri().toURL());
                }
            }
            return new Migraties(bestanden);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public void gemeente(String id, String naam, String varianten) {
        configuraties.add(new GemeenteConfiguratie(gemeenten,
                Map.of("service.pid", "nl.doorbraak.gemeente~" + id, "id", id, "naam", naam, "varianten", varianten)));
    }

    public void wachttijd(long ms) {
        CoreInstellingen i = instellingen.get();
        instellingen.set(new CoreInstellingen(i.jdbcUrl(), "", "", ms, i.retryAfterSeconden()));
    }

    public Tafel tafel(String gemeente, String naam) {
        return tafels.maak(gemeente, new NieuweTafel(naam, "standaard",
                List.of(new Deelnemer("Marieke de Vries", "Woningcorporatie", "Ontruiming opschorten", null))), "test");
    }

    /** A count by plain SQL, to see what really is in the database. */
    public long tel(String sql, Object... waarden) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < waarden.length; i++) {
                ps.setObject(i + 1, waarden[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void sql(String sql, Object... waarden) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < waarden.length; i++) {
                ps.setObject(i + 1, waarden[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An EventAdmin that keeps what is posted or sent, in order. */
    public static EventAdmin opnemer(List<Event> events) {
        return new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                events.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                events.add(event);
            }
        };
    }

    public List<Event> events(String topic) {
        return events.stream().filter(e -> e.getTopic().equals(topic)).toList();
    }

    @Override
    public void close() {
        verwerkingen.stopVoorTest();
        try {
            anker.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
