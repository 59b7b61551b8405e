package nl.doorbraak.osgitest;

import static nl.doorbraak.osgitest.OsgiTestHulp.bundle;
import static nl.doorbraak.osgitest.OsgiTestHulp.gemeente;
import static nl.doorbraak.osgitest.OsgiTestHulp.wachtTot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.VariantInfo;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.rechten.RechtenRegister;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.Gezondheid;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.TafelService;
import nl.doorbraak.api.service.VariantRegister;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.variant.Onderdeel;

/**
 * An {@link Onderdeel} that a plug-in registers and withdraws while the core runs: here the test bundle is that
 * plug-in. A gemeente switches it on in its {@code varianten}; the core shows the plug-in that gemeente, does not warn
 * about it in the health while it is there, and never lets a tafel take it as its variant.
 */
class OnderdeelInFrameworkTest {

    static final String GEMEENTE = "knopstad";
    static final String ONDERDEEL = "proefknop";

    @InjectBundleContext
    BundleContext ctx;

    @InjectService
    ConfigurationAdmin cm;

    @InjectService(timeout = 30_000)
    GemeenteService gemeenten;

    @InjectService(timeout = 30_000)
    Gezondheid gezondheid;

    @InjectService(timeout = 30_000)
    TafelService tafels;

    @InjectService(timeout = 30_000)
    VariantRegister varianten;

    @InjectService(timeout = 30_000)
    RechtenRegister rechten;

    private Configuration knopstad;

    @BeforeEach
    void eenGemeenteDieHetOnderdeelAanzet() throws Exception {
        // as a plug-in, not as the platform (CasusInFrameworkTest grants that for a while): it sees its own gemeenten
        wachtTot("geen recht 'platform'", () -> !platform());
        knopstad = gemeente(cm, GEMEENTE, "Gemeente Knopstad", "24", "standaard," + ONDERDEEL);
        wachtTot("waarschuwing over " + ONDERDEEL, () -> !waarschuwingen().isEmpty());
    }

    @AfterEach
    void ruimOp() throws Exception {
        knopstad.delete();
    }

    @Test
    void anOnderdeelShowsThePluginItsGemeenteAndSilencesTheHealthWarningUntilItGoesWithoutRestartingTheCore() {
        Bundle core = bundle(ctx, "nl.doorbraak.core");
        long tafelDienst = dienstId(TafelService.class);
        assertThat(waarschuwingen()).singleElement().asString()
                .contains("'" + ONDERDEEL + "'", "geen geïnstalleerde plug-in");
        assertThat(gemeenten.zoek(GEMEENTE)).as("zonder onderdeel geen gemeente van deze plug-in").isEmpty();

        ServiceRegistration<Onderdeel> reg = ctx.registerService(Onderdeel.class, onderdeel(ONDERDEEL), null);
        try {
            wachtTot("gemeente zichtbaar voor de plug-in", () -> gemeenten.zoek(GEMEENTE).isPresent());
            assertThat(gemeenten.alle()).extracting(Gemeente::id).contains(GEMEENTE)
                    .allSatisfy(id -> assertThat(gemeenten.zoek(id).orElseThrow().varianten()).contains(ONDERDEEL));
            assertThat(waarschuwingen()).isEmpty();
            // an onderdeel is no tafelvariant: GET /api/varianten does not list it
            assertThat(varianten.varianten()).extracting(VariantInfo::id).doesNotContain(ONDERDEEL);
        } finally {
            reg.unregister();
        }
        wachtTot("gemeente weer onzichtbaar", () -> gemeenten.zoek(GEMEENTE).isEmpty());
        assertThat(waarschuwingen()).singleElement().asString().contains("'" + GEMEENTE + "'", "'" + ONDERDEEL + "'");

        // greedy and dynamic: the core's components were not restarted
        assertThat(core.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(dienstId(TafelService.class)).as("TafelService niet opnieuw geregistreerd").isEqualTo(tafelDienst);
    }

    @Test
    void aFailingOnderdeelIsIgnoredAndAGoodOneStillCounts() {
        ServiceRegistration<Onderdeel> kapot = ctx.registerService(Onderdeel.class, new Onderdeel() {
            @Override
            public String id() {
                throw new IllegalStateException("onderdeel kapot (test)");
            }

            @Override
            public String naam() {
                return "Kapot";
            }
        }, null);
        ServiceRegistration<Onderdeel> goed = null;
        try {
            assertThat(gemeenten.zoek(GEMEENTE)).isEmpty();
            assertThat(waarschuwingen()).hasSize(1);

            goed = ctx.registerService(Onderdeel.class, onderdeel(ONDERDEEL), null);
            wachtTot("gemeente zichtbaar voor de plug-in", () -> gemeenten.zoek(GEMEENTE).isPresent());
            assertThat(waarschuwingen()).isEmpty();
        } finally {
            kapot.unregister();
            if (goed != null) {
                goed.unregister();
            }
        }
    }

    @Test
    void aTafelDoesNotGetTheOnderdeelAsVariantAndNothingIsWritten() throws Exception {
        Configuration recht = cm.getFactoryConfiguration("nl.doorbraak.rechten", "onderdeeltest", "?");
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("plugin", ctx.getBundle().getSymbolicName());
        p.put("rechten", "platform");
        ServiceRegistration<Onderdeel> reg = ctx.registerService(Onderdeel.class, onderdeel(ONDERDEEL), null);
        try {
            recht.update(p);
            wachtTot("recht 'platform' verleend", this::platform);
            Namens namens = Namens.van(Gebruiker.systeem("osgi-test"), "Test in het framework");
            long voor = tafels.lijst(namens, GEMEENTE, 1, 100).count();

            String reden = "'" + ONDERDEEL + "' is een onderdeel (Proefknop), geen tafelvariant: kies een "
                    + "tafelvariant.";
            assertThatThrownBy(() -> tafels.maak(namens, GEMEENTE, new NieuweTafel("Rode knop", ONDERDEEL, List.of())))
                    .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                            .extracting(VeldFout::naam, VeldFout::reden).containsExactly(tuple("variant", reden)));
            assertThat(tafels.lijst(namens, GEMEENTE, 1, 100).count()).as("niets geschreven").isEqualTo(voor);

            // a real tafelvariant of the same gemeente still works
            Tafel t = tafels.maak(namens, GEMEENTE, new NieuweTafel("Doorbraaktafel Knopstad", "standaard", List.of()));
            assertThat(t.variant()).isEqualTo("standaard");
        } finally {
            reg.unregister();
            recht.delete();
        }
        wachtTot("recht 'platform' ingetrokken", () -> !platform());
    }

    private static Onderdeel onderdeel(String id) {
        return new Onderdeel() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String naam() {
                return "Proefknop";
            }
        };
    }

    private boolean platform() {
        return rechten.van(ctx.getBundle().getBundleId()).map(r -> r.heeft(Recht.PLATFORM)).orElse(false);
    }

    private List<String> waarschuwingen() {
        return gezondheid.waarschuwingen().stream().filter(w -> w.contains("'" + GEMEENTE + "'")).toList();
    }

    private long dienstId(Class<?> dienst) {
        return (Long) ctx.getServiceReference(dienst).getProperty(Constants.SERVICE_ID);
    }
}
