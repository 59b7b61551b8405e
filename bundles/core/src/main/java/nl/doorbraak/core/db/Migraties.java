package nl.doorbraak.core.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;

/**
 * Runs the versioned SQL migrations of this bundle with Flyway.
 *
 * <p>Flyway's {@code classpath:} scanning depends on the URL scheme of the framework and on the thread context class
 * loader; inside a bundle we therefore hand Flyway an explicit list of the migration files, read through
 * {@link Bundle#findEntries}, and give it its own class loader for everything it loads reflectively (database
 * support, logging). The recorded script names are the bare file names, exactly what classpath scanning of
 * {@code db/migration} records, so the history table stays valid whichever way the files were found.
 */
public final class Migraties implements ResourceProvider {

    public static final String MAP = "db/migration";

    private final Map<String, URL> bestanden;

    /** @param bestanden file name (for example {@code V1__schema.sql}) to its content */
    public Migraties(Map<String, URL> bestanden) {
        this.bestanden = Collections.unmodifiableMap(new TreeMap<>(bestanden));
    }

    /** The migrations packaged in the bundle. */
    public static Migraties uitBundle(Bundle bundle) {
        Map<String, URL> gevonden = new TreeMap<>();
        Enumeration<URL> e = bundle.findEntries(MAP, "*.sql", false);
        while (e != null && e.hasMoreElements()) {
            URL url = e.nextElement();
            gevonden.put(bestandsnaam(url.getPath()), url);
        }
        if (gevonden.isEmpty()) {
            throw new IllegalStateException("Geen migraties gevonden in " + MAP + " van bundle " + bundle.getSymbolicName());
        }
        return new Migraties(gevonden);
    }

    public Collection<String> namen() {
        return bestanden.keySet();
    }

    /** What {@link #bijwerken} found and did. */
    public record Uitkomst(String schema, int uitgevoerd) {
    }

    /**
     * Brings the schema up to date, as {@link #voerUit}; but when the history already holds every migration of this
     * bundle, succeeded and with the same checksum (the usual restart), Flyway is not even loaded: its classes and its
     * checks were about a third of a second of every start (docs/performance.md). Anything else (a new or changed
     * file, a failed migration, no history yet) goes through Flyway, which migrates or refuses with its own message.
     */
    public Uitkomst bijwerken(DataSource dataSource) {
        String actueel = actueel(dataSource);
        if (actueel != null) {
            return new Uitkomst(actueel, 0);
        }
        MigrateResult r = voerUit(dataSource);
        return new Uitkomst(r.targetSchemaVersion != null ? r.targetSchemaVersion : r.initialSchemaVersion,
                r.migrationsExecuted);
    }

    /** The schema version when the history matches this bundle's migrations exactly, else {@code null}. */
    String actueel(DataSource dataSource) {
        Map<String, Integer> verwacht = new TreeMap<>();
        for (Map.Entry<String, URL> e : bestanden.entrySet()) {
            if (!e.getKey().startsWith("V")) {
                return null;
            }
            verwacht.put(e.getKey(), checksum(e.getKey(), e.getValue()));
        }
        Map<String, Integer> gedaan = new TreeMap<>();
        int hoogste = -1;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT script, checksum, success, version FROM flyway_schema_history "
                        + "WHERE version IS NOT NULL")) {
            while (rs.next()) {
                if (!rs.getBoolean("success")) {
                    return null;
                }
                gedaan.put(rs.getString("script"), rs.getInt("checksum"));
                hoogste = Math.max(hoogste, Integer.parseInt(rs.getString("version")));
            }
        } catch (SQLException | NumberFormatException e) {
            // no history yet, or one Flyway must judge
            return null;
        }
        return gedaan.equals(verwacht) ? Integer.toString(hoogste) : null;
    }

    /** Flyway's checksum of a migration: CRC32 over its lines without line ends, a leading BOM left out. */
    static int checksum(String naam, URL url) {
        CRC32 crc = new CRC32();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
            String regel = r.readLine();
            if (regel != null && regel.startsWith("\uFEFF")) {
                regel = regel.substring(1);
            }
            for (; regel != null; regel = r.readLine()) {
                crc.update(regel.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Migratie " + naam + " is niet te lezen", e);
        }
        return (int) crc.getValue();
    }

    /** Brings the schema up to date with Flyway; safe to call on every start. */
    public MigrateResult voerUit(DataSource dataSource) {
        return Flyway.configure(Flyway.class.getClassLoader())
                .dataSource(dataSource)
                .resourceProvider(this)
                .javaMigrationClassProvider(Collections::emptyList)
                .cleanDisabled(true)
                .validateOnMigrate(true)
                .load()
                .migrate();
    }

    @Override
    public LoadableResource getResource(String naam) {
        URL url = bestanden.get(bestandsnaam(naam));
        return url == null ? null : new Bron(bestandsnaam(naam), url);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixen) {
        List<LoadableResource> resultaat = new ArrayList<>();
        bestanden.forEach((naam, url) -> {
            if (naam.startsWith(prefix) && Arrays.stream(suffixen).anyMatch(naam::endsWith)) {
                resultaat.add(new Bron(naam, url));
            }
        });
        return resultaat;
    }

    private static String bestandsnaam(String pad) {
        return pad.substring(pad.lastIndexOf('/') + 1);
    }

    private static final class Bron extends LoadableResource {

        private final String naam;
        private final URL url;

        Bron(String naam, URL url) {
            this.naam = naam;
            this.url = url;
        }

        @Override
        public Reader read() {
            try {
                return new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Migratie " + naam + " is niet te lezen", e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return MAP + "/" + naam;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return url.toExternalForm();
        }

        @Override
        public String getFilename() {
            return naam;
        }

        @Override
        public String getRelativePath() {
            return naam;
        }
    }
}
