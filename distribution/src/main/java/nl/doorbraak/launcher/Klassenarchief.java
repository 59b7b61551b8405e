package nl.doorbraak.launcher;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's class data sharing (AppCDS) for the next start (docs/performance.md, "Klassenarchief"): the classes of
 * the JDK, the launcher and Felix that a run loaded, parsed and verified once, in an archive the next JVM maps. Only
 * classes of the JVM's own class loaders: an archive with classes of bundles (JDK 17's dynamic archive) gave SCR
 * other classes than the bundles' own after a restart, and core components did not start.
 *
 * <p>bin/doorbraak has the JVM write the list of those classes ({@code -XX:DumpLoadedClassList}) in a restart
 * without a fitting archive, with the archive's stamp in {@code DOORBRAAK_CDS_STEMPEL}; with a fitting one it passes
 * the archive. When the platform stops, this writes the archive from the list with {@code java -Xshare:dump} (±1 s;
 * at the stop no user waits for it), to a temporary file moved into place: a stop cut short leaves no half archive.
 * A failure costs only the speed of the next start: one line on stderr.
 */
final class Klassenarchief {

    static final String ARCHIEF = "doorbraak.jsa";
    static final String LIJST = "klassen.lst";
    static final String STEMPEL = "stempel";
    private static final long MAX_MS = 30_000;

    private Klassenarchief() {
    }

    /** Writes the archive into {@code map} if bin/doorbraak asked for one ({@code stempel} not empty). */
    static void schrijf(Path map, String stempel) {
        if (stempel == null || stempel.isBlank() || !Files.isRegularFile(map.resolve(LIJST))) {
            return;
        }
        Path tijdelijk = map.resolve(ARCHIEF + ".tmp");
        Path lijst = map.resolve(LIJST + ".tmp");
        try {
            Files.deleteIfExists(tijdelijk);
            // the JVM may still be writing the list: only its whole lines
            String tekst = Files.readString(map.resolve(LIJST), StandardCharsets.UTF_8);
            Files.writeString(lijst, tekst.substring(0, tekst.lastIndexOf('\n') + 1), StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>();
            cmd.add(ProcessHandle.current().info().command().orElse("java"));
            cmd.add("-Xshare:dump");
            // an archive fits only a JVM with the same heap layout and collector: this one's options for those
            ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(a -> a.startsWith("-Xmx") || a.matches("-XX:[+-]Use\\w*GC") || a.contains("Compressed")
                            || a.startsWith("-XX:ObjectAlignmentInBytes"))
                    .forEach(cmd::add);
            cmd.addAll(List.of("-XX:SharedClassListFile=" + lijst, "-XX:SharedArchiveFile=" + tijdelijk,
                    "-Xlog:cds=off", "-cp", System.getProperty("java.class.path")));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(MAX_MS, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IOException("java -Xshare:dump duurde langer dan " + MAX_MS / 1000 + " s");
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(tijdelijk)) {
                throw new IOException("java -Xshare:dump stopte met " + p.exitValue());
            }
            // the stamp gone, the archive in place, then the stamp: an archive without its stamp is not used
            Files.deleteIfExists(map.resolve(STEMPEL));
            Files.move(tijdelijk, map.resolve(ARCHIEF), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Path s = map.resolve(STEMPEL + ".tmp");
            Files.writeString(s, stempel.strip() + "\n");
            Files.move(s, map.resolve(STEMPEL), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            System.err.println("doorbraak: klassenarchief niet geschreven (" + e.getMessage() + "); de volgende start "
                    + "laadt de klassen zoals zonder archief");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Files.deleteIfExists(tijdelijk);
                Files.deleteIfExists(lijst);
                Files.deleteIfExists(map.resolve(LIJST));
            } catch (IOException e) {
                // the next attempt overwrites them
            }
        }
    }
}
