package nl.doorbraak.launcher;

import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * Felix's own log lines (property {@code felix.log.logger}) in the format of the rest of logs/doorbraak.log. A bundle
 * that cannot resolve gets one line saying what is missing: at a restart the framework itself starts the lower of two
 * versions in deploy/ (FileInstall marked it to start), which {@link HoogsteVersie} keeps from resolving.
 */
final class FrameworkLog extends Logger {

    @Override
    protected void doLog(Bundle bundle, @SuppressWarnings("rawtypes") ServiceReference sr, int level, String msg,
            Throwable fout) {
        String niveau = switch (level) {
            case LOG_ERROR -> "ERROR";
            case LOG_WARNING -> "WARN";
            case LOG_INFO -> "INFO";
            default -> "DEBUG";
        };
        OsgiLogNaarStderr.druk("felix", niveau, bundle, msg, fout);
    }
}
