package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Doorbraak process: a copy of {@code distribution/target/doorbraak} in a temporary directory, started with
 * {@code bin/doorbraak} exactly as a user does, talked to over HTTP.
 */
final class Platform implements AutoCloseable {

    static final Path DIST = Path.of(System.getProperty("doorbraak.dist", "target/doorbraak"));
    static final Path FIXTURES = Path.of(System.getProperty("doorbraak.fixtures", "target/fixtures"));

    Path home;
    Path data;
    final int poort;
    private final List<String> args = new ArrayList<>();
    private final Map<String, String> omgeving = new java.util.HashMap<>();
    private Process proces;

    private Platform(Path home, Path data, int poort) {
        this.home = home;
        this.data = data;
        this.poort = poort;
    }

    /** A fresh copy of the distribution with an empty data directory. */
    static Platform nieuw() {
        try {
            if (!Files.isExecutable(DIST.resolve("bin/doorbraak"))) {
                fail("De distributie ontbreekt in " + DIST.toAbsolutePath()
                        + ": bouw eerst met ./mvnw install -DskipTests (of draai ./mvnw verify in de hoofdmap)");
            }
            Path home = Files.createTempDirectory("doorbraak-it-");
            kopieer(DIST, home);
            Path data = home.resolve("data");
            return new Platform(home, data, vrijePoort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Platform metDemo() {
        args.add("--demo");
        return this;
    }

    /** An environment variable for bin/doorbraak, as an administrator sets it (e.g. JAVA_OPTS). */
    Platform metOmgeving(String naam, String waarde) {
        omgeving.put(naam, waarde);
        return this;
    }

    Platform zonderDemo() {
        args.remove("--demo");
        return this;
    }

    /** Starts bin/doorbraak and waits until /api/health answers 200. */
    Platform start() {
        List<String> cmd = new ArrayList<>();
        cmd.add(home.resolve("bin/doorbraak").toString());
        cmd.addAll(args);
        starten(cmd, ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        return this;
    }

    /** Starts bin/doorbraak and returns as soon as it answers HTTP at all, ready or not. */
    Platform startTotHttp() {
        List<String> cmd = new ArrayList<>();
        cmd.add(home.resolve("bin/doorbraak").toString());
        cmd.addAll(args);
        try {
            proces = proces(cmd, ProcessBuilder.Redirect.appendTo(home.resolve("uitvoer.txt").toFile()),
                    ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()), omgeving).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long tot = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < tot) {
            if (!proces.isAlive()) {
                fail("bin/doorbraak stopte bij het starten (exit " + proces.exitValue() + "):\n" + uitvoer());
            }
            try {
                c.send(HttpRequest.newBuilder(uri("/api/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return this;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            slaap(50);
        }
        fail("Doorbraak antwoordde niet binnen 90 s:\n" + uitvoer());
        return this;
    }

    /**
     * Starts bin/doorbraak through another command, as an administrator's script does (e.g. {@code sh -c "sleep 5;
     * exec bin/doorbraak"}), with this installation's port, data and environment, and waits until it is healthy.
     */
    Platform startVia(List<String> cmd) {
        starten(cmd, ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        return this;
    }

    /**
     * Starts bin/doorbraak on a real pseudo terminal (util-linux {@code script}), as in an SSH session, and waits
     * until it is healthy; the returned process's stdin is the keyboard.
     */
    Process startOpTerminal() {
        Path script = Path.of("/usr/bin/script");
        if (!Files.isExecutable(script)) {
            fail("/usr/bin/script ontbreekt: installeer util-linux (apt-get install -y util-linux)");
        }
        String doorbraak = String.join(" ", home.resolve("bin/doorbraak").toString(), String.join(" ", args)).trim();
        return starten(List.of(script.toString(), "-qfec", doorbraak, "/dev/null"), ProcessBuilder.Redirect.PIPE);
    }

    /** bin/doorbraak as this installation runs it: its port and data directory, then {@code env} on top. */
    private ProcessBuilder proces(List<String> cmd, ProcessBuilder.Redirect uitvoer, ProcessBuilder.Redirect invoer,
            Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(uitvoer).redirectInput(invoer);
        Map<String, String> e = pb.environment();
        e.put("DOORBRAAK_PORT", Integer.toString(poort));
        e.put("DOORBRAAK_DATA", data.toString());
        e.remove("DOORBRAAK_DEMO");
        e.remove("JAVA_OPTS"); // the defaults of bin/doorbraak, whatever the shell running the tests has set
        e.putAll(env);
        return pb;
    }

    private Process starten(List<String> cmd, ProcessBuilder.Redirect invoer) {
        try {
            proces = proces(cmd, ProcessBuilder.Redirect.appendTo(home.resolve("uitvoer.txt").toFile()), invoer,
                    omgeving).start();
            wachtOpGezond(Duration.ofSeconds(90));
            return proces;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a bin/doorbraak that was expected to stop by itself ended. */
    record Einde(int code, String uitvoer) {
    }

    /**
     * Runs {@code script} (this installation's bin/doorbraak, or a link to it) with this installation's port and data
     * directory, overridden by {@code env}, and waits at most {@code max} for it to end by itself, as after a start
     * error; fails (after killing it) when it keeps running.
     */
    Einde draaiTotEinde(Path script, List<String> args, Map<String, String> env, Duration max) {
        try {
            Path uit = Files.createTempFile(home, "einde-", ".txt");
            List<String> cmd = new ArrayList<>();
            cmd.add(script.toString());
            cmd.addAll(args);
            Process p = proces(cmd, ProcessBuilder.Redirect.to(uit.toFile()),
                    ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()), env).start();
            if (!p.waitFor(max.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                fail("bin/doorbraak draaide na " + max.toSeconds() + " s nog door:\n" + Files.readString(uit));
            }
            return new Einde(p.exitValue(), Files.readString(uit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void wachtOpGezond(Duration max) {
        HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long tot = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < tot) {
            if (!proces.isAlive()) {
                fail("bin/doorbraak stopte bij het starten (exit " + proces.exitValue() + "):\n" + uitvoer());
            }
            try {
                HttpResponse<String> r = c.send(HttpRequest.newBuilder(uri("/api/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                // 200 only when ready for users: demo accounts loaded, first beheerder made (503 STARTEND before)
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            slaap(100);
        }
        fail("Doorbraak werd niet gezond binnen " + max.toSeconds() + " s:\n" + uitvoer());
    }

    /** SIGTERM, as a process manager or Ctrl-C does; returns the exit code. */
    int stop() {
        if (proces == null) {
            return 0;
        }
        try {
            proces.destroy();
            if (!proces.waitFor(40, TimeUnit.SECONDS)) {
                proces.destroyForcibly().waitFor();
                fail("Doorbraak stopte niet binnen 40 s na SIGTERM:\n" + uitvoer());
            }
            return proces.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            proces = null;
        }
    }

    /** kill -9: no shutdown hook, no clean close of the database. */
    void kill9() {
        try {
            proces.destroyForcibly();
            proces.waitFor(20, TimeUnit.SECONDS);
            proces = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The command line the JVM was started with, as the OS sees it (bin/doorbraak execs java). */
    List<String> opdrachtregel() {
        try {
            String c = Files.readString(Path.of("/proc", Long.toString(proces.pid()), "cmdline"));
            return List.of(c.split("\0"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the running JVM has {@code bestand} mapped into its memory (/proc/PID/maps), as it does a CDS archive. */
    boolean heeftGemapt(Path bestand) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(proces.pid()), "maps")).contains(bestand.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU time the platform process has used so far (bin/doorbraak execs java, so it is the same process). */
    java.time.Duration cpuTijd() {
        return proces.toHandle().info().totalCpuDuration().orElseThrow();
    }

    /** Moves the whole (stopped) installation elsewhere, as an administrator moving or copying it would. */
    void verplaats() {
        try {
            Path nieuw = Files.createTempDirectory("doorbraak-it-verplaatst-");
            Files.delete(nieuw);
            Files.move(home, nieuw);
            home = nieuw;
            data = nieuw.resolve("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean draait() {
        return proces != null && proces.isAlive();
    }

    URI uri(String pad) {
        return URI.create("http://localhost:" + poort + pad);
    }

    Api api() {
        return new Api(this);
    }

    String uitvoer() {
        try {
            Path f = home.resolve("uitvoer.txt");
            return Files.exists(f) ? Files.readString(f) : "(geen uitvoer)";
        } catch (IOException e) {
            return "(uitvoer onleesbaar: " + e + ")";
        }
    }

    String log() {
        try {
            Path f = home.resolve("logs/doorbraak.log");
            return Files.exists(f) ? Files.readString(f) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of logs/doorbraak.log that would send a beheerder searching: WARN, ERROR and stack traces. */
    List<String> alarmregels() {
        return log().lines().filter(r -> r.contains(" WARN ") || r.contains(" ERROR ") || r.startsWith("\tat "))
                .toList();
    }

    /** Hot deploy as the docs say: copy under a temporary name, then an atomic move into deploy/. */
    void deploy(Path bundle, String naam) {
        try {
            Path tmp = home.resolve("deploy-" + naam + ".tmp");
            Files.copy(bundle, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, home.resolve("deploy").resolve(naam), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void undeploy(String naam) {
        try {
            Files.delete(home.resolve("deploy").resolve(naam));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file into config/ atomically, as an administrator's editor would end up doing. */
    void schrijfConfig(String naam, String inhoud) {
        try {
            Path tmp = home.resolve(naam + ".tmp");
            Files.writeString(tmp, inhoud);
            Files.move(tmp, home.resolve("config").resolve(naam), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a file from config/, as an administrator would; FileInstall deletes the configuration. */
    void verwijderConfig(String naam) {
        try {
            Files.deleteIfExists(home.resolve("config").resolve(naam));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path fixture(String artifact) {
        Path p = FIXTURES.resolve(artifact + ".jar");
        if (!Files.exists(p)) {
            fail("Testplug-in ontbreekt: " + p.toAbsolutePath() + " (bouw met ./mvnw install -DskipTests)");
        }
        return p;
    }

    static Path deployBundle(String naam) {
        return DIST.resolve("deploy").resolve(naam);
    }

    @Override
    public void close() {
        stop();
        verwijder(home);
    }

    static void slaap(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int vrijePoort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void kopieer(Path van, Path naar) throws IOException {
        try (Stream<Path> s = Files.walk(van)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path doel = naar.resolve(van.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(doel);
                } else if (!van.relativize(p).startsWith("data") && !van.relativize(p).startsWith("logs")) {
                    Files.copy(p, doel, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void verwijder(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp dir left behind is not worth failing a test for
        }
    }
}
