package nl.doorbraak.core.platform;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

import org.osgi.service.component.annotations.Component;

import nl.doorbraak.api.service.Gezondheid;

/**
 * Collects the warnings of the core components, each under a key of its source, so a source can withdraw its warning
 * once the cause is fixed.
 */
@Component(service = { Gezondheid.class, GezondheidImpl.class })
public final class GezondheidImpl implements Gezondheid {

    private final ConcurrentSkipListMap<String, String> meldingen = new ConcurrentSkipListMap<>();

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
