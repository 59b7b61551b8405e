package nl.doorbraak.core.db;

import java.util.List;
import java.util.Map;

import nl.doorbraak.core.platform.Configuratiewaarde;

/**
 * The parsed configuration {@code nl.doorbraak.core}. A bad value falls back to its default with a warning, so a
 * typo never keeps the platform from starting.
 */
public record CoreInstellingen(String jdbcUrl, String jdbcGebruiker, String jdbcWachtwoord, long variantWachttijdMs,
        int retryAfterSeconden) {

    public static final long STANDAARD_WACHTTIJD_MS = 10_000;
    public static final int STANDAARD_RETRY_AFTER = 5;
    /** H2 settings: PostgreSQL dialect; WRITE_DELAY=0 writes every commit before it is acknowledged (kill -9 safe). */
    public static final String H2_OPTIES =
            // DB_CLOSE_ON_EXIT=FALSE: the core closes the database itself on deactivate; H2's own exit hook
            // would close it under a running migration or write during an orderly SIGTERM stop
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

    /** Defaults for tests and for a platform without configuration. */
    public static CoreInstellingen standaard(String jdbcUrl) {
        return new CoreInstellingen(jdbcUrl, "", "", STANDAARD_WACHTTIJD_MS, STANDAARD_RETRY_AFTER);
    }

    /**
     * H2 on disk through its {@code retry:} file system: a thread interrupted while H2 reads or writes (a plug-in
     * stopping its executor, Jetty stopping its threads) closes the file channel, and with plain {@code file:} H2
     * then drops the database or falls back to an older state, losing commits already acknowledged to others
     * ({@code DatabaseTest}). {@code retry:} reopens the channel and repeats the operation. Same files as {@code file:}.
     */
    public static String standaardUrl(String dataMap) {
        return "jdbc:h2:retry:" + dataMap + "/doorbraak" + H2_OPTIES;
    }

    /** Whether this is an embedded H2 database on disk that one interrupted thread can break (see above). */
    public static boolean onderbrekingGevoelig(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = jdbcUrl.substring("jdbc:h2:".length());
        return !(rest.startsWith("retry:") || rest.startsWith("async:") || rest.startsWith("mem:")
                || rest.startsWith("tcp:") || rest.startsWith("ssl:") || rest.startsWith("zip:"));
    }

    /**
     * @param dataMap      absolute data directory of the platform
     * @param waarschuwingen receives a Dutch sentence per rejected value
     */
    public static CoreInstellingen uit(Map<String, ?> p, String dataMap, List<String> waarschuwingen) {
        String url = tekst(p.get("jdbcUrl"));
        if (url.isEmpty()) {
            url = standaardUrl(dataMap);
        }
        long wacht = getal(p.get("variantWachttijdMs"), "variantWachttijdMs", STANDAARD_WACHTTIJD_MS, 0, 600_000,
                waarschuwingen);
        int retry = (int) getal(p.get("retryAfterSeconden"), "retryAfterSeconden", STANDAARD_RETRY_AFTER, 1, 3600,
                waarschuwingen);
        return new CoreInstellingen(url, tekst(p.get("jdbcGebruiker")), tekst(p.get("jdbcWachtwoord")), wacht, retry);
    }

    /** Whether a change needs a new connection to the database. */
    public boolean andereDatabase(CoreInstellingen ander) {
        return !jdbcUrl.equals(ander.jdbcUrl) || !jdbcGebruiker.equals(ander.jdbcGebruiker)
                || !jdbcWachtwoord.equals(ander.jdbcWachtwoord);
    }

    @Override
    public String toString() {
        // never the password
        return "CoreInstellingen[jdbcUrl=" + jdbcUrl + ", jdbcGebruiker=" + jdbcGebruiker + ", variantWachttijdMs="
                + variantWachttijdMs + ", retryAfterSeconden=" + retryAfterSeconden + "]";
    }

    private static long getal(Object o, String naam, long standaard, long min, long max, List<String> waarschuwingen) {
        return Configuratiewaarde.geheelGetal(CoreConfiguratie.PID, o, naam, standaard, min, max, waarschuwingen);
    }

    private static String tekst(Object o) {
        return o == null ? "" : o.toString().trim();
    }
}
