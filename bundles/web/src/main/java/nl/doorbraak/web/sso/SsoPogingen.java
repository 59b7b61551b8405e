package nl.doorbraak.web.sso;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Aanmeldingen die bij de identity provider lopen: van {@code state} naar wat de terugkeer nodig heeft (gemeente,
 * PKCE-verifier, nonce, waarheen daarna, welke browser). In het geheugen, begrensd, tien minuten geldig en één keer
 * te gebruiken. Is het vol, dan valt de oudste weg: wie de tabel volstopt, moet dat blijven doen om een echte
 * aanmelding te verdringen, in plaats van met één stoot iedereen buiten te houden.
 */
public final class SsoPogingen {

    static final long GELDIG_NANOS = TimeUnit.MINUTES.toNanos(10);
    static final int MAX = 10_000;

    /**
     * @param browser de SHA-256 van de browsercookie die bij het begin is gezet: de terugkeer moet uit dezelfde
     *                browser komen (anders kan iemand een ander zijn eigen aanmelding laten afmaken)
     */
    public record Poging(String gemeente, String verifier, String nonce, String terug, String browser, long begonnen) {
    }

    private final Map<String, Poging> pogingen = new LinkedHashMap<>();
    private final LongSupplier klok;
    private final int max;

    public SsoPogingen() {
        this(System::nanoTime, MAX);
    }

    public SsoPogingen(LongSupplier klok, int max) {
        this.klok = klok;
        this.max = max;
    }

    public long nu() {
        return klok.getAsLong();
    }

    public synchronized void bewaar(String state, Poging p) {
        ruimOp();
        while (pogingen.size() >= max) {
            Iterator<String> oudste = pogingen.keySet().iterator();
            oudste.next();
            oudste.remove();
        }
        pogingen.put(state, p);
    }

    /** De poging bij deze state, en meteen weg: een tweede keer is hij onbekend. {@code null} als onbekend of verlopen. */
    public synchronized Poging neem(String state) {
        Poging p = state == null ? null : pogingen.remove(state);
        if (p == null || nu() - p.begonnen() > GELDIG_NANOS) {
            return null;
        }
        return p;
    }

    public synchronized int aantal() {
        return pogingen.size();
    }

    /** In volgorde van begin: verlopen pogingen staan vooraan. */
    private void ruimOp() {
        long nu = nu();
        Iterator<Poging> it = pogingen.values().iterator();
        while (it.hasNext()) {
            if (nu - it.next().begonnen() > GELDIG_NANOS) {
                it.remove();
            } else {
                break;
            }
        }
    }
}
