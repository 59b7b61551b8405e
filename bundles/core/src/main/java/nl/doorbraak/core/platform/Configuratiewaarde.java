package nl.doorbraak.core.platform;

import java.util.List;

/**
 * Reading one value of a configuration as FileInstall and ConfigAdmin hand it over (a String, or a Number): a bad value
 * falls back to its default with one Dutch sentence, so a typo never keeps the platform from starting.
 */
public final class Configuratiewaarde {

    private Configuratiewaarde() {
    }

    /**
     * A whole number from {@code min} to {@code max}; empty gives {@code standaard} silently, anything else out of range
     * gives {@code standaard} and a sentence in {@code waarschuwingen}.
     */
    public static long geheelGetal(String pid, Object waarde, String naam, long standaard, long min, long max,
            List<String> waarschuwingen) {
        String t = waarde == null ? "" : waarde.toString().trim();
        if (t.isEmpty()) {
            return standaard;
        }
        try {
            long w = waarde instanceof Number n ? n.longValue() : Long.parseLong(t);
            if (w >= min && w <= max) {
                return w;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        waarschuwingen.add("Configuratie " + pid + ": " + naam + " '" + t + "' is geen geheel getal van " + min
                + " tot en met " + max + "; de standaardwaarde " + standaard + " geldt.");
        return standaard;
    }
}
