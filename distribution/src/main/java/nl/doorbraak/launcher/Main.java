package nl.doorbraak.launcher;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Starts Doorbraak: one Felix framework with the infrastructure bundles of {@code system/}; Felix FileInstall then
 * installs the bundles of {@code deploy/} and the configurations of {@code config/}, and keeps watching both.
 *
 * <p>Environment: {@code DOORBRAAK_PORT} (default 8080), {@code DOORBRAAK_DATA} (default {@code data/}),
 * {@code DOORBRAAK_DEMO=true} or {@code --demo}. SIGTERM and Ctrl-C stop the framework cleanly.
 */
public final class Main {

    /** The version of bin/slf4j-api.jar, which the system bundle exports. */
    private static final String SLF4J = eigenschap("slf4j.version");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Instellingen inst;
        try {
            inst = Instellingen.lees(args, System.getenv(), Path.of(System.getProperty("doorbraak.home", ".")));
        } catch (IllegalArgumentException e) {
            System.err.println("doorbraak: " + e.getMessage());
            System.exit(2);
            return;
        }
        Adressen adressen;
        try {
            adressen = Adressen.van(inst);
        } catch (IllegalArgumentException e) {
            System.err.println("doorbraak: " + e.getMessage());
            System.exit(2);
            return;
        }
        String waaromNiet = waaromNiet(inst, adressen);
        if (waaromNiet != null) {
            // one line and exit code 1: a process manager shows why, and restarting would not help
            System.err.println("doorbraak: " + waaromNiet);
            System.exit(1);
            return;
        }
        stelLoggingIn();

        Framework framework = maakFramework(inst);
        try {
            framework.init();
            if ("true".equalsIgnoreCase(System.getenv("DOORBRAAK_STARTTIJDEN"))) {
                toonStarttijden(framework.getBundleContext());
            }
            // before anything of deploy/ resolves: of two versions of one plug-in there, only the highest runs
            HoogsteVersie.koppel(framework.getBundleContext(), deployUri(inst.home()));
            installeerSysteembundles(framework, inst.home().resolve("system"));
            // before SCR starts: its many log-level checks cost Felix Log's LoggerFactory ±50 ms of every start
            LoggerFabriek.registreer(framework.getBundleContext());
            OsgiLogNaarStderr.koppel(framework.getBundleContext());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(framework, inst), "doorbraak-stop"));
            framework.start();
        } catch (Exception | Error e) {
            // never a half-started platform that hangs without HTTP
            System.err.println("doorbraak: starten mislukt: " + e);
            e.printStackTrace();
            framework.stop();
            framework.waitForStop(10_000);
            System.exit(1);
            return;
        }
        if (adressen.https() && !wachtOpHttps(framework.getBundleContext(), 10_000)) {
            System.err.println("doorbraak: HTTPS op poort " + adressen.httpsPoort() + " is na 10 s nog niet actief; "
                    + "kijk in logs/doorbraak.log of de keystore en het wachtwoord in config/" + Adressen.FELIX_CFG
                    + " kloppen");
        }
        // from the JVM's own start, not the process's: under `sh -c "./mvnw ... && exec bin/doorbraak"` the process
        // is the shell's, started before the build
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("Doorbraak draait op %s  (%s; demo: %s, gegevens: %s, framework gestart in %d ms)%n",
                adressen.urls(), adressen.waar(), inst.demo() ? "ja" : "nee", inst.data(), ms);

        FrameworkEvent einde = framework.waitForStop(0);
        System.exit(einde.getType() == FrameworkEvent.ERROR ? 1 : 0);
    }

    /**
     * Felix HTTP starts Jetty with HTTP at once, and again with HTTPS when ConfigAdmin hands it
     * config/org.apache.felix.http.cfg; the start line waits for that, so it names only what answers.
     */
    private static boolean wachtOpHttps(BundleContext ctx, long maxMs) throws InterruptedException {
        long tot = System.nanoTime() + maxMs * 1_000_000L;
        do {
            try {
                ServiceReference<?>[] refs = ctx.getAllServiceReferences(
                        "org.osgi.service.servlet.runtime.HttpServiceRuntime", null);
                for (ServiceReference<?> r : refs == null ? new ServiceReference<?>[0] : refs) {
                    if (r.getProperty("osgi.http.endpoint") instanceof String[] eindpunten
                            && Arrays.stream(eindpunten).anyMatch(e -> e.startsWith("https:"))) {
                        return true;
                    }
                }
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
            Thread.sleep(50);
        } while (System.nanoTime() - tot < 0);
        return false;
    }

    static Framework maakFramework(Instellingen inst) {
        Map<String, String> p = new HashMap<>();
        // the bundle cache persists: a restart reuses the installed bundles instead of unpacking them again; but
        // its bundles are known by location, so a copied or moved installation starts with a fresh cache
        p.put(Constants.FRAMEWORK_STORAGE, inst.data().resolve("felix-cache").toString());
        if (!cacheHoortBij(inst)) {
            p.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        }
        p.put("doorbraak.home", inst.home().toString());
        p.put("doorbraak.data", inst.data().toString());
        p.put("doorbraak.demo", Boolean.toString(inst.demo()));
        // the first start of a real platform (core toegang.EersteStart): the one-time password's file, never the
        // password itself (DOORBRAAK_BEHEERDER_WACHTWOORD is read from the environment by the core)
        zetAlsGezet(p, "doorbraak.beheerder", System.getenv("DOORBRAAK_BEHEERDER"));
        zetAlsGezet(p, "doorbraak.beheerder.wachtwoordbestand", System.getenv("DOORBRAAK_BEHEERDER_WACHTWOORD_FILE"));

        // slf4j comes from the launcher's class path (see bin/doorbraak), not from a bundle
        p.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "org.slf4j;version=" + SLF4J + ",org.slf4j.spi;version=" + SLF4J
                + ",org.slf4j.event;version=" + SLF4J + ",org.slf4j.helpers;version=" + SLF4J);

        p.put("org.osgi.service.http.port", Integer.toString(inst.poort()));
        if (inst.bind() != null) {
            p.put("org.apache.felix.http.host", inst.bind());
        }
        p.put("org.apache.felix.http.jetty.sendServerHeader", "false");

        // the one place that says where configuration lives: FileInstall watches it, the core writes gemeenten there
        p.put("doorbraak.config", inst.home().resolve("config").toString());
        p.put("felix.fileinstall.dir", inst.home().resolve("deploy") + "," + p.get("doorbraak.config"));
        p.put("felix.fileinstall.poll", "250");
        // hidden files are not installed: an upload through the API (web routes.BundleBeheer) writes its jar as a
        // hidden file in deploy/ first and then moves it into place, atomically; so do editors' swap files in config/
        p.put("felix.fileinstall.filter", "[^.].*");
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.bundles.new.start", "true");
        p.put("felix.fileinstall.bundles.startTransient", "false");
        p.put("felix.fileinstall.log.level", "2");
        // through java.util.logging (stelLoggingIn) until the OSGi log is there, instead of its own stdout format
        p.put("felix.fileinstall.log.default", "jul");
        p.put("felix.fileinstall.tmpdir", inst.data().resolve("fileinstall-tmp").toString());
        // configurations changed through ConfigAdmin (shell, UI) survive a restart
        p.put("felix.cm.dir", inst.data().resolve("configadmin").toString());
        p.put("felix.log.level", "2");
        // SCR keeps the parsed component descriptions of a bundle until it is updated, unresolved or uninstalled
        // (in its own data area) instead of parsing every bundle's XML at every start (docs/performance.md)
        p.put("ds.cache.metadata", "true");

        // Gogo: interactive on a terminal; without one (a process manager, a test) it must not read stdin
        if (System.console() == null) {
            p.put("gosh.args", "--nointeractive");
        }
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("Geen OSGi-framework op het class path (bin/felix.jar)"));
        // Felix takes its logger as an object among the (otherwise textual) properties
        @SuppressWarnings({ "unchecked", "rawtypes" })
        Map<String, Object> metLogger = (Map) p;
        metLogger.put("felix.log.logger", new FrameworkLog());
        return factory.newFramework(p);
    }

    /** deploy/ as FileInstall writes the locations of its bundles: {@code file:/.../deploy/} (java.io.File's URI). */
    static String deployUri(Path home) {
        String uri = home.resolve("deploy").toFile().toURI().normalize().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static void zetAlsGezet(Map<String, String> p, String naam, String waarde) {
        if (waarde != null && !waarde.isBlank()) {
            p.put(naam, waarde.strip());
        }
    }

    /** Diagnosis (DOORBRAAK_STARTTIJDEN=true): how long each bundle took to start, and when. */
    private static void toonStarttijden(BundleContext ctx) {
        long t0 = System.nanoTime();
        Map<Long, Long> begin = new java.util.concurrent.ConcurrentHashMap<>();
        ctx.addBundleListener((org.osgi.framework.SynchronousBundleListener) e -> {
            if (e.getType() == org.osgi.framework.BundleEvent.STARTING) {
                begin.put(e.getBundle().getBundleId(), System.nanoTime());
            } else if (e.getType() == org.osgi.framework.BundleEvent.STARTED) {
                long nu = System.nanoTime();
                System.out.printf("starttijd: %5d ms na init, %4d ms voor %s%n", (nu - t0) / 1_000_000,
                        (nu - begin.getOrDefault(e.getBundle().getBundleId(), nu)) / 1_000_000,
                        e.getBundle().getSymbolicName());
            }
        });
    }

    /**
     * Claims the data directory, checks the port and opens the log; returns why the platform cannot start, in one
     * Dutch sentence, or {@code null}.
     */
    static String waaromNiet(Instellingen inst, Adressen adressen) {
        try {
            Files.createDirectories(inst.data());
            // the database, the bundle cache, the verwerkingen journal: for the platform's OS user only, also in an
            // installation made before bin/doorbraak set umask 077
            Rechten.alleenEigenaar(inst.data());
            // before anything touches data/: a second process would share the bundle cache, the database file
            // and the verwerkingen journal of the first
            String bezet = claimGegevensmap(inst.data());
            if (bezet != null) {
                return bezet;
            }
        } catch (IOException e) {
            return "in de gegevensmap " + inst.data() + " kan dit proces niet schrijven (" + reden(e)
                    + "). Geef een map waarin het wel mag met DOORBRAAK_DATA.";
        }
        // Jetty would log a stack trace and the platform would run on without HTTP
        for (int p : adressen.poorten()) {
            String poort = poortVrij(adressen.bind(), p);
            if (poort != null) {
                return poort;
            }
        }
        try {
            Files.createDirectories(inst.logs());
            Rechten.alleenEigenaar(inst.logs());
            kopieerUitvoerNaarLog(Rechten.maakPrive(inst.logs().resolve("doorbraak.log")));
            return null;
        } catch (IOException e) {
            return "in " + inst.logs() + " kan dit proces niet schrijven (" + reden(e)
                    + "). Start het als de eigenaar van de installatie, of geef het schrijfrechten op logs/.";
        }
    }

    /** Held for the life of the process: the OS releases the lock when it ends, also after kill -9. */
    private static FileChannel gegevensslot;

    /**
     * Locks {@code data/doorbraak.lock} for this process and writes its pid in it; returns why not when another
     * process holds it.
     */
    static String claimGegevensmap(Path data) throws IOException {
        Path bestand = data.resolve("doorbraak.lock");
        FileChannel kanaal = FileChannel.open(Rechten.maakPrive(bestand), StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock slot;
        try {
            slot = kanaal.tryLock();
        } catch (OverlappingFileLockException e) {
            slot = null;
        }
        if (slot == null) {
            String pid = new String(Files.readAllBytes(bestand), StandardCharsets.US_ASCII).trim();
            kanaal.close();
            return "de gegevensmap " + data + " is al in gebruik door een ander Doorbraak-proces"
                    + (pid.isEmpty() ? "" : " (pid " + pid + ")")
                    + ". Stop dat eerst, of geef deze start een eigen map met DOORBRAAK_DATA.";
        }
        kanaal.truncate(0);
        kanaal.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        kanaal.force(false);
        gegevensslot = kanaal;
        return null;
    }

    /**
     * Whether Jetty will be able to listen on the port at {@code bind} ({@code null}: all interfaces), with address
     * reuse on, as Jetty binds; returns why not.
     */
    static String poortVrij(String bind, int poort) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(bind == null ? new InetSocketAddress(poort) : new InetSocketAddress(InetAddress.getByName(bind), poort));
            return null;
        } catch (IOException e) {
            String reden = String.valueOf(e.getMessage());
            String waar = bind == null ? "" : " op " + bind;
            if (reden.contains("Permission denied") || reden.contains("Toegang geweigerd")) {
                return "poort " + poort + waar + " mag dit proces niet openen (onder 1024 vraagt dat extra rechten). "
                        + "Kies een andere met DOORBRAAK_PORT.";
            }
            if (reden.contains("Cannot assign requested address") || reden.contains("not assign")) {
                return "het adres " + bind + " hoort niet bij deze machine. Kies een adres van een van haar "
                        + "netwerkinterfaces met DOORBRAAK_BIND, of laat DOORBRAAK_BIND leeg voor alle interfaces.";
            }
            return "poort " + poort + waar + " is al in gebruik door een ander programma. Stop dat, of kies een "
                    + "andere poort met DOORBRAAK_PORT.";
        }
    }

    /** What went wrong with a file, in words: the JDK's exception names only the path for most of them. */
    private static String reden(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "geen schrijfrechten op " + e.getMessage();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return e.getMessage() + " is een bestand, geen map";
        }
        return e.getMessage();
    }

    /** Whether data/felix-cache was made by this installation; records it for the next start. */
    static boolean cacheHoortBij(Instellingen inst) {
        Path merk = inst.data().resolve("felix-cache.home");
        String home = inst.home().toString();
        try {
            boolean zelfde = Files.exists(merk) && Files.readString(merk).equals(home);
            if (!zelfde) {
                Files.writeString(merk, home);
            }
            return zelfde;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Installs what is new in system/, updates what changed since the last start and uninstalls what was removed;
     * an unchanged bundle is reused from the cache.
     */
    static void installeerSysteembundles(Framework framework, Path system) throws IOException, BundleException {
        List<Path> jars;
        try (Stream<Path> s = Files.list(system)) {
            // bundles start in install order: HTTP last, so the components (and the core's database) start up
            // while Jetty does
            jars = s.filter(f -> f.toString().endsWith(".jar"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString().contains("http.jetty"))
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
        }
        BundleContext ctx = framework.getBundleContext();
        String systemUri = system.toUri().toString();
        List<String> locaties = jars.stream().map(j -> j.toUri().toString()).toList();
        for (Bundle b : ctx.getBundles()) {
            if (b.getLocation().startsWith(systemUri) && !locaties.contains(b.getLocation())) {
                b.uninstall();
            }
        }
        List<Bundle> bundles = new ArrayList<>();
        for (Path jar : jars) {
            String locatie = jar.toUri().toString();
            Bundle b = ctx.getBundle(locatie);
            if (b == null) {
                b = ctx.installBundle(locatie);
            } else if (Files.getLastModifiedTime(jar).toMillis() > b.getLastModified()) {
                b.update();
            }
            bundles.add(b);
        }
        for (Bundle b : bundles) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                try {
                    b.start();
                } catch (BundleException e) {
                    // one broken infrastructure bundle is reported, the rest still starts
                    System.err.println("doorbraak: bundle " + b.getSymbolicName() + " start niet: " + e.getMessage());
                }
            }
        }
    }

    private static String eigenschap(String naam) {
        java.util.Properties p = new java.util.Properties();
        try (var in = Main.class.getResourceAsStream("launcher.properties")) {
            p.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("launcher.properties ontbreekt in doorbraak-launcher.jar", e);
        }
        return p.getProperty(naam);
    }

    private static void stop(Framework framework, Instellingen inst) {
        try {
            if ((framework.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
                System.out.println("Doorbraak stopt...");
                boolean heelGestart = framework.getState() == Bundle.ACTIVE;
                framework.stop();
                framework.waitForStop(30_000);
                // after the stop: the database is closed before the JVM spends a second on this
                if (heelGestart) {
                    Klassenarchief.schrijf(inst.data().resolve("cds"), System.getenv("DOORBRAAK_CDS_STEMPEL"));
                }
            }
        } catch (BundleException | InterruptedException e) {
            System.err.println("doorbraak: netjes stoppen mislukt: " + e.getMessage());
        }
    }

    // held so their levels stay set (JUL keeps loggers weakly); Flyway logs through java.util.logging
    private static final List<java.util.logging.Logger> STIL = List.of(
            java.util.logging.Logger.getLogger("org.flywaydb"),
            // "Flyway upgrade recommended" at every start: Flyway 9.22.3 predates H2 2.3 but works with it (tested)
            java.util.logging.Logger.getLogger("org.flywaydb.core.internal.database.base.Database"));

    /** FileInstall before the OSGi log runs ({@code felix.fileinstall.log.default=jul}); held: JUL keeps it weakly. */
    private static final java.util.logging.Logger FILEINSTALL = java.util.logging.Logger.getLogger("fileinstall");

    private static void stelLoggingIn() {
        // "Error while starting bundle …" for a bundle that cannot resolve: one line with what is missing
        FILEINSTALL.setFilter(r -> {
            if (OsgiLogNaarStderr.alleenMelding(r.getThrown())) {
                r.setMessage(r.getMessage() + ": " + OsgiLogNaarStderr.melding(r.getThrown()));
                r.setThrown(null);
            }
            return true;
        });
        STIL.forEach(l -> l.setLevel(java.util.logging.Level.WARNING));
        STIL.get(1).setLevel(java.util.logging.Level.SEVERE);
        // java.util.logging lines look like the slf4j ones, so logs/doorbraak.log reads as one log
        zetAlsLeeg("java.util.logging.SimpleFormatter.format",
                "%1$tY-%1$tm-%1$tdT%1$tH:%1$tM:%1$tS.%1$tL%1$tz [jul] %4$s %3$s - %5$s%6$s%n");
        zetAlsLeeg("org.slf4j.simpleLogger.showDateTime", "true");
        zetAlsLeeg("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        zetAlsLeeg("org.slf4j.simpleLogger.defaultLogLevel", "info");
        zetAlsLeeg("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        zetAlsLeeg("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
        zetAlsLeeg("org.slf4j.simpleLogger.showShortLogName", "true");
    }

    private static void zetAlsLeeg(String naam, String waarde) {
        if (System.getProperty(naam) == null) {
            System.setProperty(naam, waarde);
        }
    }

    /** Everything printed to stdout and stderr also goes to logs/doorbraak.log, so one file holds all logging. */
    private static void kopieerUitvoerNaarLog(Path logbestand) throws IOException {
        OutputStream bestand = new FileOutputStream(logbestand.toFile(), true);
        System.setOut(new PrintStream(new Tee(System.out, bestand), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(System.err, bestand), true, StandardCharsets.UTF_8));
    }

    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            synchronized (b) {
                a.write(c);
                b.write(c);
            }
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            synchronized (b) {
                a.write(buf, off, len);
                b.write(buf, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            synchronized (b) {
                a.flush();
                b.flush();
            }
        }
    }

    /** What the environment and the command line ask for. */
    record Instellingen(Path home, Path data, Path logs, int poort, boolean demo, String bind) {

        static Instellingen lees(String[] args, Map<String, String> env, Path home) {
            Path h = home.toAbsolutePath().normalize();
            boolean demo = Arrays.asList(args).contains("--demo") || "true".equalsIgnoreCase(env.get("DOORBRAAK_DEMO"));
            for (String a : args) {
                if (!a.equals("--demo")) {
                    throw new IllegalArgumentException("onbekende optie '" + a + "'. Gebruik: bin/doorbraak [--demo]");
                }
            }
            int poort = 8080;
            String p = env.get("DOORBRAAK_PORT");
            if (p != null && !p.isBlank()) {
                poort = poortnummer(p, "DOORBRAAK_PORT");
            }
            String d = env.get("DOORBRAAK_DATA");
            Path data = d == null || d.isBlank() ? h.resolve("data") : Path.of(d).toAbsolutePath().normalize();
            return new Instellingen(h, data, h.resolve("logs"), poort, demo, adres(env.get("DOORBRAAK_BIND")));
        }

        /**
         * The address to listen on: {@code null} for all interfaces (unset, empty, {@code 0.0.0.0}, {@code ::} or
         * {@code *}), else an IP address or a host name that resolves.
         */
        static String adres(String waarde) {
            if (waarde == null || waarde.isBlank()) {
                return null;
            }
            String a = waarde.trim();
            if (a.equals("*") || a.equals("0.0.0.0") || a.equals("::") || a.equals("[::]")) {
                return null;
            }
            if (a.startsWith("[") && a.endsWith("]")) {
                a = a.substring(1, a.length() - 1);
            }
            // a name with a space, a port or a path is a mistake, not a host name to look up
            if (!a.matches("[A-Za-z0-9.:%_-]+") || a.chars().filter(c -> c == ':').count() == 1) {
                throw ongeldigAdres(waarde);
            }
            try {
                InetAddress.getByName(a);
            } catch (UnknownHostException e) {
                throw ongeldigAdres(waarde);
            }
            return a;
        }

        private static IllegalArgumentException ongeldigAdres(String waarde) {
            return new IllegalArgumentException("DOORBRAAK_BIND moet een IP-adres of hostnaam van deze machine zijn "
                    + "(bijvoorbeeld 127.0.0.1), of leeg voor alle netwerkinterfaces, niet '" + waarde + "'");
        }

        static int poortnummer(String p, String naam) {
            int poort;
            try {
                poort = Integer.parseInt(p.trim());
            } catch (NumberFormatException e) {
                poort = -1;
            }
            if (poort < 1 || poort > 65535) {
                throw new IllegalArgumentException(naam + " moet een poortnummer tussen 1 en 65535 zijn, niet '" + p + "'");
            }
            return poort;
        }
    }

    /**
     * Where Jetty will listen: the address and port of the environment, with what {@code config/org.apache.felix.http.cfg}
     * sets (Felix HTTP reads that file too, and its values win): HTTPS with a keystore, or HTTP switched off.
     */
    record Adressen(String bind, boolean http, int httpPoort, boolean https, int httpsPoort) {

        static final String FELIX_CFG = "org.apache.felix.http.cfg";

        static Adressen van(Instellingen inst) {
            java.util.Properties cfg = new java.util.Properties();
            Path bestand = inst.home().resolve("config").resolve(FELIX_CFG);
            if (Files.isRegularFile(bestand)) {
                try (Reader r = Files.newBufferedReader(bestand, StandardCharsets.ISO_8859_1)) {
                    cfg.load(r);
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalArgumentException("config/" + FELIX_CFG + " is niet leesbaar: " + e.getMessage());
                }
            }
            String naam = "org.osgi.service.http.port in config/" + FELIX_CFG;
            String host = cfg.getProperty("org.apache.felix.http.host");
            String bind = host == null ? inst.bind() : Instellingen.adres(host);
            String p = cfg.getProperty("org.osgi.service.http.port");
            int http = p == null || p.isBlank() ? inst.poort() : Instellingen.poortnummer(p, naam);
            String ps = cfg.getProperty("org.osgi.service.http.port.secure");
            int https = ps == null || ps.isBlank() ? 8443
                    : Instellingen.poortnummer(ps, "org.osgi.service.http.port.secure in config/" + FELIX_CFG);
            boolean metHttp = !"false".equalsIgnoreCase(cfg.getProperty("org.apache.felix.http.enable", "true").trim());
            boolean metHttps = "true".equalsIgnoreCase(cfg.getProperty("org.apache.felix.https.enable", "false").trim());
            if (!metHttp && !metHttps) {
                throw new IllegalArgumentException("config/" + FELIX_CFG + " zet HTTP uit zonder HTTPS aan te zetten; "
                        + "dan is Doorbraak nergens bereikbaar");
            }
            return new Adressen(bind, metHttp, http, metHttps, https);
        }

        List<Integer> poorten() {
            List<Integer> l = new ArrayList<>(2);
            if (https) {
                l.add(httpsPoort);
            }
            if (http) {
                l.add(httpPoort);
            }
            return l;
        }

        /** The addresses to type in a browser on this machine, HTTPS first. */
        String urls() {
            String host = bind == null ? "localhost" : bind.indexOf(':') >= 0 ? "[" + bind + "]" : bind;
            List<String> l = new ArrayList<>(2);
            if (https) {
                l.add("https://" + host + ":" + httpsPoort + "/");
            }
            if (http) {
                l.add("http://" + host + ":" + httpPoort + "/");
            }
            return String.join(" en ", l);
        }

        String waar() {
            return bind == null ? "luistert op alle netwerkinterfaces" : "luistert alleen op " + bind;
        }
    }
}
