package nl.doorbraak.core.rechten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;

class RechtenregelsTest {

    @Test
    void aPluginGetsWhatItAsksUnlessItIsSensitiveAndNotGranted() {
        PluginRechten p = Rechtenregels.bereken("nl.x", "1.0.0", " casussen ;variant=eigen, bsn,opslag, vliegen", Set.of());
        assertThat(p.gevraagd()).containsExactlyInAnyOrder(Recht.CASUSSEN, Recht.BSN, Recht.OPSLAG);
        assertThat(p.verleend()).containsExactlyInAnyOrder(Recht.CASUSSEN, Recht.OPSLAG);
        assertThat(p.geweigerd()).containsExactly(Recht.BSN);
        assertThat(p.onbekend()).containsExactly("vliegen");

        PluginRechten toegekend = Rechtenregels.bereken("nl.x", "1.0.0", "bsn", Set.of(Recht.BSN, Recht.ACCOUNTS));
        assertThat(toegekend.verleend()).as("nooit meer dan gevraagd").containsExactly(Recht.BSN);
        assertThat(Rechtenregels.bereken("nl.x", "1.0.0", null, Set.of(Recht.BSN)).verleend()).isEmpty();
    }

    @Test
    void aGuardedServiceIsVisibleOnlyWithItsRight() {
        PluginRechten casussen = Rechtenregels.bereken("nl.x", "1", "casussen", Set.of());
        String[] casus = { "nl.doorbraak.api.service.CasusService" };
        String[] bsn = { "nl.doorbraak.api.service.BsnService" };
        String[] idem = { "nl.doorbraak.api.service.Idempotentie" };
        String[] tafels = { "nl.doorbraak.api.service.TafelService" };
        assertThat(Rechtenregels.zichtbaar(casus, casussen)).isTrue();
        assertThat(Rechtenregels.zichtbaar(bsn, casussen)).isFalse();
        assertThat(Rechtenregels.zichtbaar(bsn, null)).isFalse();
        assertThat(Rechtenregels.zichtbaar(idem, Rechtenregels.bereken("nl.x", "1",
                String.join(",", List.of(Recht.values()).stream().map(Recht::code).toList()),
                Set.of(Recht.values())))).as("nooit voor een plug-in").isFalse();
        assertThat(Rechtenregels.bewaakt(tafels)).isFalse();
        // a registration under two interfaces needs the rights for both
        assertThat(Rechtenregels.zichtbaar(new String[] { casus[0], bsn[0] }, casussen)).isFalse();
    }

    @Test
    void aGrantNamesAPluginAndKnownRights() {
        Toekenning.Regel r = Toekenning.lees(Map.of("plugin", "nl.utrecht.ondernemers", "rechten", "bsn, audittrail"));
        assertThat(r.plugin()).isEqualTo("nl.utrecht.ondernemers");
        assertThat(r.rechten()).containsExactlyInAnyOrder(Recht.BSN, Recht.AUDITTRAIL);
        assertThat(Toekenning.lees(Map.of("plugin", "nl.x", "rechten", new String[] { "bsn", "accounts" })).rechten())
                .containsExactlyInAnyOrder(Recht.BSN, Recht.ACCOUNTS);

        assertThatThrownBy(() -> Toekenning.lees(Map.of("rechten", "bsn"))).hasMessageContaining("plugin ontbreekt");
        assertThatThrownBy(() -> Toekenning.lees(Map.of("plugin", "nl.x", "rechten", "bsn, alles")))
                .hasMessageContaining("onbekend recht 'alles'").hasMessageContaining("kies uit: casussen");
        assertThatThrownBy(() -> Toekenning.lees(Map.of("plugin", "nl.doorbraak.web", "rechten", "bsn")))
                .hasMessageContaining("bundle van het platform zelf");
        assertThatThrownBy(() -> Toekenning.lees(Map.of("plugin", "a b\nc", "rechten", "bsn")))
                .hasMessageContaining("geen symbolische naam");
    }
}
