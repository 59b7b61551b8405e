package nl.doorbraak.launcher;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Writes warnings and errors of the OSGi Log Service (Felix SCR, ConfigAdmin, FileInstall report there, e.g. a
 * plug-in that fails to activate) to stderr, and so to {@code logs/doorbraak.log}.
 *
 * <p>The launcher sits outside the framework and cannot link against {@code org.osgi.service.log}, which the Felix
 * Log bundle exports; it talks to it reflectively through that bundle's own classes.
 */
final class OsgiLogNaarStderr {

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final String READER = "org.osgi.service.log.LogReaderService";

    private OsgiLogNaarStderr() {
    }

    static void koppel(BundleContext context) {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, READER, null) {
            @Override
            public Object addingService(ServiceReference<Object> ref) {
                Object reader = context.getService(ref);
                try {
                    Bundle log = ref.getBundle();
                    Class<?> listener = log.loadClass("org.osgi.service.log.LogListener");
                    Class<?> readerType = log.loadClass(READER);
                    Class<?> entryType = log.loadClass("org.osgi.service.log.LogEntry");
                    Object proxy = Proxy.newProxyInstance(listener.getClassLoader(), new Class<?>[] {listener},
                            (p, m, a) -> {
                                if (m.getName().equals("logged") && a != null && a.length == 1) {
                                    schrijf(entryType, a[0]);
                                    return null;
                                }
                                return LoggerFabriek.objectMethode(p, m, a, "doorbraak-log-listener");
                            });
                    readerType.getMethod("addLogListener", listener).invoke(reader, proxy);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    System.err.println("doorbraak: kan het OSGi-log niet volgen: " + e);
                }
                return reader;
            }
        };
        tracker.open();
    }

    private static void schrijf(Class<?> type, Object entry) {
        try {
            int level = (Integer) call(type, entry, "getLevel");
            if (level > 2) { // only WARNING (2) and ERROR (1)
                return;
            }
            Bundle bundle = (Bundle) call(type, entry, "getBundle");
            Throwable fout = (Throwable) call(type, entry, "getException");
            druk("osgi-log", level == 1 ? "ERROR" : "WARN", bundle, call(type, entry, "getMessage"), fout);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("doorbraak: onleesbaar OSGi-logbericht: " + e);
        }
    }

    /**
     * One log line on stderr in the format of the rest of doorbraak.log, with the stack trace of {@code fout}, or only
     * its message ({@link #alleenMelding}).
     */
    static void druk(String bron, String niveau, Bundle bundle, Object bericht, Throwable fout) {
        String regel = String.format("%s [%s] %s %s - %s", OffsetDateTime.now().format(TIJD), bron, niveau,
                bundle == null ? "-" : bundle.getSymbolicName(), bericht);
        synchronized (System.err) {
            if (alleenMelding(fout)) {
                System.err.println(regel + ": " + melding(fout));
            } else {
                System.err.println(regel);
                if (fout != null) {
                    fout.printStackTrace(System.err);
                }
            }
        }
    }

    /**
     * A bundle that cannot resolve (a plug-in missing a package, or the lower of two versions in deploy/ that
     * {@link HoogsteVersie} keeps out) is no programming error: its message says what is missing, a stack trace of
     * the framework's internals says nothing more to a beheerder.
     */
    static boolean alleenMelding(Throwable t) {
        if (t instanceof org.osgi.framework.BundleException b) {
            return b.getType() == org.osgi.framework.BundleException.RESOLVE_ERROR;
        }
        // the OSGi log hands it over wrapped (org.apache.felix.log.LogException), with the original's toString
        return t != null && t.getMessage() != null && t.getMessage().startsWith(ONOPLOSBAAR);
    }

    private static final String BUNDLE_EXCEPTION = org.osgi.framework.BundleException.class.getName() + ": ";
    private static final String ONOPLOSBAAR = BUNDLE_EXCEPTION + "Unable to resolve ";

    /** The message of such an exception, without the name of its class. */
    static String melding(Throwable t) {
        String m = t.getMessage();
        return m.startsWith(BUNDLE_EXCEPTION) ? m.substring(BUNDLE_EXCEPTION.length()) : m;
    }

    private static Object call(Class<?> type, Object target, String method) throws ReflectiveOperationException {
        Method m = type.getMethod(method);
        return m.invoke(target);
    }
}
