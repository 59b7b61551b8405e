package nl.doorbraak.plugin.rodeknop;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.osgi.service.component.ComponentContext;

import nl.doorbraak.api.service.NietBeschikbaarException;

/**
 * Een service van de plug-in die pas bij gebruik wordt opgehaald (de <em>lookup strategy</em> van Declarative
 * Services), voor de routes en de follow-upcontrole. Hun referenties zijn optioneel en dynamisch:
 * zo zijn ze actief zodra de bundle start, vóór de database er is, en activeert het platform de rest van de plug-in
 * niet terwijl de core start (dat kostte elke herstart ±0,1 s, docs/performance.md). Elke aanroep vraagt de service
 * opnieuw op, zodat een core die wordt bijgewerkt geen oude service achterlaat; is hij er (nog) niet, dan wacht de
 * aanroep even, zoals de core op een plug-in die wordt bijgewerkt, en anders is het 503.
 */
final class Later<T> implements Supplier<T> {

    /** As long as the core waits for a plug-in that is being updated (variantWachttijdMs, default 10 s). */
    static final long WACHTEN_MS = 10_000;

    private final ComponentContext context;
    private final String naam;

    private Later(ComponentContext context, String naam) {
        this.context = context;
        this.naam = naam;
    }

    /** De service van referentie {@code naam} van de component van {@code context}. */
    static <T> Later<T> van(ComponentContext context, String naam) {
        return new Later<>(context, naam);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get() {
        long tot = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WACHTEN_MS);
        while (true) {
            T dienst = (T) context.locateService(naam);
            if (dienst != null) {
                return dienst;
            }
            // an update of this plug-in: its new routes are there before its services; or the core restarts
            if (System.nanoTime() > tot) {
                throw nietBeschikbaar();
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw nietBeschikbaar();
            }
        }
    }

    private static NietBeschikbaarException nietBeschikbaar() {
        return new NietBeschikbaarException("De rode knop is even niet beschikbaar (het platform start of wordt "
                + "bijgewerkt); probeer het over enkele seconden opnieuw.", 5);
    }
}
