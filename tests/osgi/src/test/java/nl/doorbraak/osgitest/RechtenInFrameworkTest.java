package nl.doorbraak.osgitest;

import static nl.doorbraak.osgitest.OsgiTestHulp.wachtTot;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

import nl.doorbraak.api.opslag.Document;
import nl.doorbraak.api.opslag.VariantOpslag;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.rechten.RechtenRegister;
import nl.doorbraak.api.service.BsnService;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.service.Idempotentie;
import nl.doorbraak.api.toegang.AccountService;

/**
 * Least privilege for plug-ins inside a real Felix: a bundle sees a guarded core service only with the right, asked
 * in its manifest and, when sensitive, granted in the configuration; a change of its grants restarts it.
 */
class RechtenInFrameworkTest {

    @InjectBundleContext
    static BundleContext ctx;

    @InjectService
    static ConfigurationAdmin cm;

    @InjectService(timeout = 30_000)
    static RechtenRegister register;

    @InjectService(timeout = 30_000)
    static CasusService casussenVoorTest;

    private final List<Bundle> geinstalleerd = new ArrayList<>();
    private final List<Configuration> configuraties = new ArrayList<>();

    @AfterEach
    void ruimOp() throws Exception {
        for (Configuration c : configuraties) {
            c.delete();
        }
        for (Bundle b : geinstalleerd) {
            b.uninstall();
        }
    }

    @Test
    void aPluginSeesOnlyWhatItAskedAndWasGranted() throws Exception {
        Bundle zonder = plugin("nl.doorbraak.test.zonderrechten", null);
        Bundle opslag = plugin("nl.doorbraak.test.opslag", "opslag");

        assertThat(ziet(zonder, CasusService.class)).as("casussen zonder erom te vragen").isFalse();
        assertThat(ziet(zonder, VariantOpslag.class)).isFalse();
        assertThat(ziet(zonder, BsnService.class)).isFalse();
        assertThat(ziet(opslag, VariantOpslag.class)).as("opslag is niet gevoelig: gevraagd is gekregen").isTrue();
        assertThat(ziet(opslag, CasusService.class)).isFalse();
        // the platform's own plumbing: never, whatever it asks
        assertThat(ziet(opslag, Idempotentie.class)).isFalse();

        PluginRechten r = register.van(opslag.getBundleId()).orElseThrow();
        assertThat(r.gevraagd()).containsExactly(Recht.OPSLAG);
        assertThat(r.verleend()).containsExactly(Recht.OPSLAG);
        assertThat(register.plugins()).extracting(PluginRechten::bundle)
                .contains("nl.doorbraak.test.zonderrechten", "nl.doorbraak.test.opslag", "nl.doorbraak.plugin.standaard")
                .doesNotContain("nl.doorbraak.core");
    }

    @Test
    void eachPluginGetsItsOwnDocuments() throws Exception {
        Bundle a = plugin("nl.doorbraak.test.opslag.a", "opslag");
        Bundle b = plugin("nl.doorbraak.test.opslag.b", "opslag");
        VariantOpslag vanA = dienst(a, VariantOpslag.class);
        VariantOpslag vanB = dienst(b, VariantOpslag.class);
        Document d = vanA.bewaar(CasusInFrameworkTest.GEMEENTE, "notities", "n-1", 1, Map.of("tekst", "Bel vóór vrijdag"), 0);
        assertThat(d.versie()).isPositive();
        assertThat(vanA.lees(CasusInFrameworkTest.GEMEENTE, "notities", "n-1")).isPresent();
        assertThat(vanB).isNotSameAs(vanA);
        assertThat(vanB.lees(CasusInFrameworkTest.GEMEENTE, "notities", "n-1")).isEmpty();
        assertThat(vanB.lijst(CasusInFrameworkTest.GEMEENTE, "notities")).isEmpty();
        vanA.verwijder(CasusInFrameworkTest.GEMEENTE, "notities", "n-1");
    }

    @Test
    void aSensitiveRightNeedsAGrantAndAGrantRestartsThePlugin() throws Exception {
        Bundle bsn = plugin("nl.doorbraak.test.bsn", "bsn, accounts, vliegen");
        assertThat(ziet(bsn, BsnService.class)).as("gevraagd maar niet verleend").isFalse();
        PluginRechten r = register.van(bsn.getBundleId()).orElseThrow();
        assertThat(r.geweigerd()).containsExactlyInAnyOrder(Recht.BSN, Recht.ACCOUNTS);
        assertThat(r.onbekend()).containsExactly("vliegen");

        AtomicInteger gestopt = new AtomicInteger();
        BundleListener luisteraar = e -> {
            if (e.getBundle().equals(bsn) && e.getType() == BundleEvent.STOPPED) {
                gestopt.incrementAndGet();
            }
        };
        ctx.addBundleListener(luisteraar);
        try {
            Configuration c = toekenning("nl.doorbraak.test.bsn", "bsn");
            wachtTot("herstart na toekenning", () -> gestopt.get() == 1 && bsn.getState() == Bundle.ACTIVE);
            assertThat(ziet(bsn, BsnService.class)).isTrue();
            assertThat(ziet(bsn, AccountService.class)).as("alleen wat is toegekend").isFalse();

            // a grant for what it did not ask gives nothing, and does not restart it
            Configuration meer = toekenning("nl.doorbraak.test.bsn", "audittrail");
            configuraties.removeIf(x -> x == c); // a deleted Configuration throws from equals()
            c.delete();
            wachtTot("herstart na intrekken", () -> gestopt.get() == 2 && bsn.getState() == Bundle.ACTIVE);
            assertThat(ziet(bsn, BsnService.class)).isFalse();
            assertThat(register.van(bsn.getBundleId()).orElseThrow().verleend()).isEmpty();
            assertThat(meer).isNotNull();
        } finally {
            ctx.removeBundleListener(luisteraar);
        }
    }

    @Test
    void theStandaardPluginAsksOnlyForCasussen() {
        Bundle standaard = OsgiTestHulp.bundle(ctx, CasusInFrameworkTest.PLUGIN);
        assertThat(ziet(standaard, CasusService.class)).isTrue();
        assertThat(ziet(standaard, BsnService.class)).isFalse();
        assertThat(ziet(standaard, VariantOpslag.class)).isFalse();
    }

    private static boolean ziet(Bundle b, Class<?> dienst) {
        return b.getBundleContext().getServiceReference(dienst) != null;
    }

    private static <T> T dienst(Bundle b, Class<T> type) {
        ServiceReference<T> ref = b.getBundleContext().getServiceReference(type);
        assertThat(ref).as(type.getSimpleName() + " voor " + b.getSymbolicName()).isNotNull();
        return b.getBundleContext().getService(ref);
    }

    private Configuration toekenning(String plugin, String rechten) throws IOException {
        Configuration c = cm.getFactoryConfiguration("nl.doorbraak.rechten", plugin.replace('.', '-') + "-"
                + configuraties.size(), "?");
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("plugin", plugin);
        p.put("rechten", rechten);
        c.update(p);
        configuraties.add(c);
        return c;
    }

    /** A started bundle that imports the api and asks these rights (none: {@code null}); no code needed. */
    private Bundle plugin(String naam, String rechten) throws Exception {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", naam);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", "nl.doorbraak.api.opslag, nl.doorbraak.api.service, nl.doorbraak.api.toegang");
        if (rechten != null) {
            a.putValue(Recht.MANIFEST_HEADER, rechten);
        }
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, m)) {
            // a manifest is all a bundle needs
        }
        Bundle b = ctx.installBundle("test:" + naam, new ByteArrayInputStream(jar.toByteArray()));
        geinstalleerd.add(b);
        b.start();
        return b;
    }
}
