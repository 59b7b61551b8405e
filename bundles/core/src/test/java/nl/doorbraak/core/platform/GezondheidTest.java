package nl.doorbraak.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.service.event.Event;

import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.core.CoreOmgeving;

class GezondheidTest {

    private final List<Event> events = new CopyOnWriteArrayList<>();

    private GezondheidImpl gezondheid(String demo) {
        Gebeurtenissen g = new Gebeurtenissen();
        g.zetEventAdmin(CoreOmgeving.opnemer(events));
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { BundleContext.class },
                (p, m, a) -> m.getName().equals("getProperty") && "doorbraak.demo".equals(a[0]) ? demo : null);
        return new GezondheidImpl(context, g);
    }

    private List<String> topics() {
        return events.stream().map(Event::getTopic).toList();
    }

    @Test
    void gereedZegtHetPlatformEenKeerAlsHetLaatsteDeelKlaarIs() {
        GezondheidImpl g = gezondheid("true");
        assertThat(g.gereed()).isFalse();
        g.klaar(GezondheidImpl.ACCOUNTS);
        assertThat(g.gereed()).isFalse();
        assertThat(topics()).isEmpty();

        g.klaar(GezondheidImpl.DEMO);
        assertThat(g.gereed()).isTrue();
        assertThat(topics()).containsExactly(DoorbraakEvents.PLATFORM_GEREED);

        // a source that was not starting changes nothing
        g.klaar(GezondheidImpl.DEMO);
        assertThat(topics()).containsExactly(DoorbraakEvents.PLATFORM_GEREED);
    }

    @Test
    void zonderDemoIsHetNaDeAccountsGereed() {
        GezondheidImpl g = gezondheid(null);
        g.klaar(GezondheidImpl.ACCOUNTS);
        assertThat(topics()).containsExactly(DoorbraakEvents.PLATFORM_GEREED);
    }
}
