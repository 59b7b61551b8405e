package nl.doorbraak.core.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.Gezondheid;

/**
 * Collects the warnings of the core components, each under a key of its source, so a source can withdraw its warning
 * once the cause is fixed; and what is still starting, so the platform does not call itself ready
 * ({@link #gereed()}) before users can log in.
 */
@Component(service = { Gezondheid.class, GezondheidImpl.class })
public final class GezondheidImpl implements Gezondheid {

    /** Key of the demo loader; see {@code demo.DemoLader}. */
    public static final String DEMO = "core.demo";
    /** Key of the first-start check of the accounts; see {@code toegang.EersteStart}. */
    public static final String ACCOUNTS = "core.accounts";

    private static final Logger LOG = LoggerFactory.getLogger(GezondheidImpl.class);

    private final ConcurrentSkipListMap<String, String> meldingen = new ConcurrentSkipListMap<>();
    private final ConcurrentSkipListMap<String, String> startend = new ConcurrentSkipListMap<>();
    private final List<Waarschuwingsbron> bronnen = new CopyOnWriteArrayList<>();
    /** Says {@link DoorbraakEvents#PLATFORM_GEREED} when the last source is done starting; {@code null} in tests. */
    private final Gebeurtenissen gebeurtenissen;

    /**
     * Starting from the very start, before any core service is up: the demo loader and the first-start check run
     * later, and a login that fails in between would look like a wrong password.
     */
    @Activate
    public GezondheidImpl(BundleContext context, @Reference(name = "gebeurtenissen") Gebeurtenissen gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
        startend(ACCOUNTS, "De accounts worden nog gecontroleerd.");
        if (Boolean.parseBoolean(context.getProperty("doorbraak.demo"))) {
            startend(DEMO, "De demogegevens worden nog geladen; de demo-accounts werken zodra deze melding weg is.");
        }
    }

    /** Ready at once (tests). */
    public GezondheidImpl() {
        this.gebeurtenissen = null;
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

    /** {@code bron} is still starting: not ready until {@link #klaar}. */
    public void startend(String bron, String wat) {
        startend.put(bron, wat);
    }

    /** {@code bron} is done starting (also when it failed: it then reports a warning). */
    public void klaar(String bron) {
        if (startend.remove(bron) != null && startend.isEmpty() && gebeurtenissen != null) {
            gebeurtenissen.post(DoorbraakEvents.PLATFORM_GEREED, Map.of());
        }
    }

    /** Optional and dynamic: the sources depend on components that depend on this one. */
    @Reference(name = "bron", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "verwijderBron")
    public void voegBronToe(Waarschuwingsbron bron) {
        bronnen.add(bron);
    }

    public void verwijderBron(Waarschuwingsbron bron) {
        bronnen.remove(bron);
    }

    @Override
    public List<String> waarschuwingen() {
        List<String> l = new ArrayList<>(startend.values());
        l.addAll(meldingen.values());
        for (Waarschuwingsbron b : bronnen) {
            try {
                l.addAll(b.waarschuwingen());
            } catch (RuntimeException e) {
                LOG.warn("Waarschuwingen van {} konden niet worden bepaald", b.getClass().getSimpleName(), e);
            }
        }
        return List.copyOf(l);
    }

    @Override
    public boolean gereed() {
        return startend.isEmpty();
    }
}
