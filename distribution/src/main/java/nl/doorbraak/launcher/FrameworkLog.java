package nl.doorbraak.launcher;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * Felix's own log lines (property {@code felix.log.logger}) in the format of the rest of logs/doorbraak.log. A bundle
 * that cannot resolve gets one line saying what is missing: at a restart the framework itself starts the lower of two
 * versions in deploy/ (FileInstall marked it to start), which {@link HoogsteVersie} keeps from resolving.
 */
final class FrameworkLog extends Logger {

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @Override
    protected void doLog(Bundle bundle, @SuppressWarnings("rawtypes") ServiceReference sr, int level, String msg,
            Throwable fout) {
        String niveau = switch (level) {
            case LOG_ERROR -> "ERROR";
            case LOG_WARNING -> "WARN";
            case LOG_INFO -> "INFO";
            default -> "DEBUG";
        };
        String regel = String.format("%s [felix] %s %s - %s", OffsetDateTime.now().format(TIJD), niveau,
                bundle == null ? "-" : bundle.getSymbolicName(), msg);
        synchronized (System.err) {
            if (OsgiLogNaarStderr.alleenMelding(fout)) {
                System.err.println(regel + ": " + OsgiLogNaarStderr.melding(fout));
            } else {
                System.err.println(regel);
                if (fout != null) {
                    fout.printStackTrace(System.err);
                }
            }
        }
    }
}
