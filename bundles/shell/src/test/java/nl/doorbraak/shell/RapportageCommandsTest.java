package nl.doorbraak.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Rapportage;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.RapportageService;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.service.VeldFout;

/** What a beheerder sees with doorbraak:rapportage. */
class RapportageCommandsTest {

    final List<Integer> jaren = new ArrayList<>();
    final RapportageCommands commands = new RapportageCommands(new NepGemeenten(), new RapportageService() {
        @Override
        public Rapportage rapportage(Namens namens, String gemeente, int jaar, String tafelId) {
            jaren.add(jaar);
            if (jaar < EERSTE_JAAR) {
                throw new OngeldigeInvoerException("De invoer klopt niet: een rapportage kan over de jaren 2000 tot "
                        + "en met 2100.", List.of(new VeldFout("jaar", "waarde", "x")));
            }
            Map<String, Integer> afgesloten = new LinkedHashMap<>();
            afgesloten.put("doorbraak", 3);
            afgesloten.put("terugverwezen", 1);
            Map<String, Rapportage.SignaalGroep> perStatus = new LinkedHashMap<>();
            perStatus.put("nieuw", new Rapportage.SignaalGroep(2, 5));
            return new Rapportage(gemeente, jaar, null, Instant.now(),
                    new Rapportage.Casussen(7, afgesloten, 3, List.of(), List.of()),
                    new Rapportage.Besluiten(3, 2, 0, List.of(), List.of()),
                    new Rapportage.Doorlooptijd(4, new BigDecimal("42.5")),
                    new Rapportage.Potjes(new BigDecimal("1000.00"), new BigDecimal("1250.00"),
                            new BigDecimal("80.00"), List.of()),
                    new Rapportage.Besparing(new BigDecimal("125000.00"), "waardendriehoek", 3),
                    new Rapportage.Acties(4, 1, 6, 2), new Rapportage.Escalaties(1, 0, Map.of("tafel", 2)),
                    new Rapportage.Signalen(perStatus, 2, List.of(new Rapportage.SignaalCijfers("s", "Kostendelersnorm",
                            "Werk & Inkomen", "nieuw", 4))));
        }

        @Override
        public List<Rapportage.Totalen> platform(Namens namens, int jaar) {
            return List.of();
        }
    });

    @Test
    void toontDeKerncijfersVanEenJaar() {
        String uit = commands.rapportage("utrecht", 2025);

        assertThat(uit).startsWith("Rapportage utrecht 2025");
        assertThat(uit).contains("casussen afgesloten", "4 (doorbraak 3, terugverwezen 1)");
        assertThat(uit.lines().filter(l -> l.startsWith("doorbraken")).findFirst().orElseThrow()).endsWith("3");
        assertThat(uit).contains("42,5 dagen (4 casussen)", "€ 125.000,00 (waardendriehoek)", "€ 1.250,00",
                "Kostendelersnorm (Werk & Inkomen, gewicht 4)");
        assertThat(jaren).containsExactly(2025);
    }

    @Test
    void zonderJaarHetLopendeJaarEnFoutenInWoorden() {
        commands.rapportage("utrecht");
        assertThat(jaren.get(0)).isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).getYear());
        assertThat(commands.rapportage("nergens", 2025)).startsWith("Onbekende gemeente 'nergens'. Bekend: utrecht");
        assertThat(commands.rapportage("utrecht", 1999)).contains("2000 tot en met 2100");
    }
}
