package nl.doorbraak.core.platform;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.doorbraak.api.service.Gezondheid;

/**
 * Collects the warnings of the core components, each under a key of its source, so a source can withdraw its warning
 * once the cause is fixed.
 */
@Component(service = { Gezondheid.class, GezondheidImpl.class })
public final class GezondheidImpl implements Gezondheid {

    /** Key of the demo loader's warning; see {@code demo.DemoLader}. */
    public static final String DEMO = "core.demo";

    private final ConcurrentSkipListMap<String, String> meldingen = new ConcurrentSkipListMap<>();

    /**
     * With demo data, health says it is still loading from the very start, before any core service is up: the
     * demo loader runs later and a login that fails in between would look like a wrong password.
     */
    @Activate
    public GezondheidImpl(BundleContext context) {
        if (Boolean.parseBoolean(context.getProperty("doorbraak.demo"))) {
            meld(DEMO, "De demogegevens worden nog geladen; de demo-accounts werken zodra deze melding weg is.");
        }
    }

    /** Without demo data. */
    public GezondheidImpl() {
    }

    /** Reports (or replaces) the warning of {@code bron}. */
    public void meld(String bron, String waarschuwing) {
        meldingen.put(bron, waarschuwing);
    }

    /** Withdraws the warning of {@code bron}, if any. */
    public void herstel(String bron) {
        meldingen.remove(bron);
    }

    /** Withdraws the warnings of every source starting with {@code voorvoegsel}. */
    public void herstelAlles(String voorvoegsel) {
        meldingen.keySet().removeIf(k -> k.startsWith(voorvoegsel));
    }

    @Override
    public List<String> waarschuwingen() {
        return List.copyOf(meldingen.values());
    }
}
