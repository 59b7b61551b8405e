package nl.doorbraak.launcher;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Hashtable;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;

/**
 * An OSGi {@code LoggerFactory} (R7 Log) ranked above Felix Log's, for Felix SCR and whoever else asks for one: its
 * loggers print warnings and errors as {@link OsgiLogNaarStderr} does and say "no" to trace, debug and info at once.
 * Felix Log 1.3.0 formats two strings and looks up a context for every {@code isDebugEnabled()}, and SCR asks that a
 * few times per component and reference: with the core's bundle-scoped doors ±50 ms of every restart
 * (docs/performance.md). The lines in doorbraak.log are the same as through Felix Log and the bridge.
 *
 * <p>The launcher cannot link against {@code org.osgi.service.log} (the Felix Log bundle exports it); the factory and
 * its loggers are proxies of that bundle's interfaces.
 */
final class LoggerFabriek {

    private static final String FABRIEK = "org.osgi.service.log.LoggerFactory";
    private static final String FORMATTER = "org.osgi.service.log.FormatterLogger";

    private LoggerFabriek() {
    }

    /** Registers the factory when the Felix Log bundle is installed; {@code null} otherwise. */
    static ServiceRegistration<?> registreer(BundleContext context) {
        Bundle log = null;
        for (Bundle b : context.getBundles()) {
            if ("org.apache.felix.log".equals(b.getSymbolicName())) {
                log = b;
            }
        }
        if (log == null) {
            return null;
        }
        Class<?> fabriek;
        try {
            fabriek = log.loadClass(FABRIEK);
        } catch (ClassNotFoundException | IllegalStateException e) {
            System.err.println("doorbraak: geen eigen LoggerFactory, Felix Log logt zelf: " + e);
            return null;
        }
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        props.put(Constants.SERVICE_DESCRIPTION, "Doorbraak: waarschuwingen en fouten naar doorbraak.log");
        return context.registerService(FABRIEK, new ServiceFactory<Object>() {
            @Override
            public Object getService(Bundle bundle, ServiceRegistration<Object> registration) {
                return Proxy.newProxyInstance(fabriek.getClassLoader(), new Class<?>[] { fabriek },
                        new Fabriek(bundle));
            }

            @Override
            public void ungetService(Bundle bundle, ServiceRegistration<Object> registration, Object service) {
                // nothing held
            }
        }, props);
    }

    /** {@code getLogger(...)} in all its forms: a logger of the requested type for the bundle that asks. */
    private record Fabriek(Bundle bundle) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method m, Object[] a) throws Throwable {
            if (!m.getName().equals("getLogger")) {
                return objectMethode(proxy, m, a, "doorbraak-logger-factory");
            }
            Bundle voor = bundle;
            String naam = null;
            Class<?> type = null;
            for (Object x : a) {
                if (x instanceof Bundle b) {
                    voor = b;
                } else if (x instanceof String s) {
                    naam = s;
                } else if (x instanceof Class<?> c) {
                    if (naam == null && a.length >= 2 && x == a[0]) {
                        naam = c.getName();
                    } else if (naam == null && a.length == 1) {
                        naam = c.getName();
                    } else {
                        type = c;
                    }
                }
            }
            if (type == null) {
                type = m.getReturnType();
            }
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                    new Logger(voor, naam, FORMATTER.equals(type.getName())));
        }
    }

    /** One logger: WARN and ERROR (and AUDIT) to stderr, the rest not even formatted. */
    private record Logger(Bundle bundle, String naam, boolean printf) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method m, Object[] a) throws Throwable {
            String n = m.getName();
            switch (n) {
                case "getName":
                    return naam;
                case "isWarnEnabled", "isErrorEnabled":
                    return true;
                case "isTraceEnabled", "isDebugEnabled", "isInfoEnabled":
                    return false;
                case "trace", "debug", "info":
                    return null;
                case "warn", "error", "audit":
                    if (a != null && a.length > 0) {
                        if (a[0] instanceof String s) {
                            schrijf(n.equals("warn") ? "WARN" : "ERROR", s, a);
                        } else if (a[0] != null) {
                            // a LoggerConsumer: it gets this logger and calls warn/error itself
                            for (Method accept : a[0].getClass().getMethods()) {
                                if (accept.getName().equals("accept") && accept.getParameterCount() == 1) {
                                    accept.setAccessible(true);
                                    accept.invoke(a[0], proxy);
                                }
                            }
                        }
                    }
                    return null;
                default:
                    return objectMethode(proxy, m, a, "doorbraak-logger " + naam);
            }
        }

        /** The OSGi rules: {} (or printf for a FormatterLogger) takes the arguments; a Throwable left over is the error. */
        private void schrijf(String niveau, String patroon, Object[] a) {
            Object[] args = new Object[a.length - 1];
            System.arraycopy(a, 1, args, 0, args.length);
            Throwable fout = null;
            String bericht;
            if (printf) {
                if (args.length > 0 && args[args.length - 1] instanceof Throwable t) {
                    fout = t;
                }
                bericht = String.format(patroon, args);
            } else {
                StringBuilder b = new StringBuilder();
                int i = 0;
                int van = 0;
                for (int p = patroon.indexOf("{}"); p >= 0 && i < args.length; p = patroon.indexOf("{}", van)) {
                    b.append(patroon, van, p).append(args[i++]);
                    van = p + 2;
                }
                b.append(patroon.substring(van));
                bericht = b.toString();
                if (i < args.length && args[args.length - 1] instanceof Throwable t) {
                    fout = t;
                }
            }
            OsgiLogNaarStderr.druk("osgi-log", niveau, bundle, bericht, fout);
        }
    }

    /** Object's own methods for a proxy of ours: identity, and {@code tekst} as its name; anything else {@code null}. */
    static Object objectMethode(Object proxy, Method m, Object[] a, String tekst) {
        return switch (m.getName()) {
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == a[0];
            case "toString" -> tekst;
            default -> null;
        };
    }
}
