package nl.doorbraak.core.variant;

/**
 * A plug-in's code failed. Caught at the boundary: reads fall back to stored data, writes fail without writing.
 */
public final class PluginFout extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String variant;

    public PluginFout(String variant, String wat, Throwable oorzaak) {
        super("Tafelvariant '" + variant + "' faalde bij " + wat + ": " + oorzaak, oorzaak);
        this.variant = variant;
    }

    public String variant() {
        return variant;
    }

    /** A plug-in may throw anything; only the JVM's own emergencies are passed on. */
    public static void gooiAlsFataal(Throwable t) {
        if (t instanceof VirtualMachineError v) {
            throw v;
        }
    }
}
