package nl.doorbraak.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.doorbraak.api.domein.Actie;
import nl.doorbraak.api.domein.ActieFilter;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.NieuwPotje;
import nl.doorbraak.api.domein.NieuweActie;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Potje;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.domein.Wisresultaat;
import nl.doorbraak.api.service.ActieService;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.PotjeService;

/** The beheerder's common questions at the Gogo prompt, against small in-memory services. */
class MethodeCommandsTest {

    final List<Actie> acties = new ArrayList<>();
    final List<Potje> potjes = new ArrayList<>();
    final List<String> gewist = new ArrayList<>();
    final MethodeCommands commands = new MethodeCommands(new NepGemeenten(), new Acties(), new Potjes(), (namens, gemeente, proef) -> {
        gewist.add(gemeente + ":" + proef + ":" + namens.gebruiker().gebruikersnaam());
        return List.of(new Wisresultaat("utrecht", 24, Instant.parse("2024-11-25T10:00:00Z"), proef ? 3 : 3, 1, proef));
    });

    static Actie actie(String id, String organisatie, LocalDate deadline) {
        boolean verlopen = deadline.isBefore(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));
        return new Actie(id, "utrecht", "c-" + id, "b-" + id, "Geheime omschrijving van " + id, organisatie, null,
                "Naam Eigenaar", deadline, null, null, verlopen, 1, Instant.now(), "x");
    }

    @Test
    void actiesPerEigenaarMetWatOverDeDeadlineIs() {
        acties.add(actie("a1", "CJIB", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(4)));
        acties.add(actie("a2", "CJIB", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(4)));
        acties.add(actie("a3", "Woningcorporatie", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(1)));

        String alle = commands.acties(false, "utrecht");
        assertThat(alle).contains("3 open actie(s), waarvan 2 over de deadline")
                .contains("Per eigenaar: CJIB 2, Woningcorporatie 1").contains("4 d over");
        // no free text or names of people
        assertThat(alle).doesNotContain("Geheime omschrijving").doesNotContain("Naam Eigenaar");
        assertThat(commands.acties(true, "utrecht")).contains("2 open actie(s) over de deadline").doesNotContain("a2");
        assertThat(commands.acties(false, "ede")).startsWith("Onbekende gemeente 'ede'. Bekend: utrecht");
        acties.clear();
        assertThat(commands.acties(true, "utrecht")).isEqualTo("Geen verlopen acties in utrecht.");
    }

    @Test
    void potjesMetSaldo() {
        assertThat(commands.potjes("utrecht")).startsWith("Geen potjes in utrecht");
        potjes.add(new Potje("p1", "utrecht", null, "Voorkom Erger Potje", new BigDecimal("1250.50"),
                new BigDecimal("2000.00"), new BigDecimal("749.50"), 7, Instant.now()));
        potjes.add(new Potje("p2", "utrecht", "t1", "Potje Overvecht", new BigDecimal("250.00"),
                new BigDecimal("250.00"), BigDecimal.ZERO.setScale(2), 1, Instant.now()));
        assertThat(commands.potjes("utrecht")).contains("€ 1.250,50", "€ 749,50", "Potje Overvecht")
                .endsWith("2 potje(s), samen € 1.500,50 beschikbaar.");
    }

    @Test
    void bewaartermijnAlsProefEnEcht() {
        assertThat(commands.bewaartermijn(true, "")).contains("ZOU WISSEN", "3 casus(sen)")
                .endsWith("Proef: er is niets gewist.");
        assertThat(commands.bewaartermijn(false, "utrecht")).contains("GEWIST", "24 mnd")
                .endsWith("De cijfers van de rapportage blijven gelijk.");
        assertThat(gewist).containsExactly("null:true:systeem:gogo-shell", "utrecht:false:systeem:gogo-shell");
        assertThat(commands.bewaartermijn(false, "ede")).startsWith("Onbekende gemeente");
    }

    private final class Acties implements ActieService {
        @Override
        public Pagina<Actie> lijst(Namens namens, String gemeente, ActieFilter filter, int page, int pageSize) {
            assertThat(namens.gebruiker().gebruikersnaam()).isEqualTo("systeem:gogo-shell");
            List<Actie> l = acties.stream().filter(a -> !filter.alleenVerlopen() || a.verlopen()).toList();
            return new Pagina<>(l.size(), page, pageSize, page == 1 ? l : List.of());
        }

        @Override
        public Optional<Actie> zoek(Namens namens, String gemeente, String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Actie maak(Namens namens, String gemeente, String besluitId, NieuweActie actie) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Actie gereed(Namens namens, String gemeente, String id) {
            throw new UnsupportedOperationException();
        }
    }

    private final class Potjes implements PotjeService {
        @Override
        public List<Potje> lijst(Namens namens, String gemeente) {
            return potjes;
        }

        @Override
        public Optional<Potje> zoek(Namens namens, String gemeente, String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Potje maak(Namens namens, String gemeente, NieuwPotje potje) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PotjeMutatie stort(Namens namens, String gemeente, String potjeId, BigDecimal bedrag,
                String omschrijving) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PotjeMutatie neemUit(Namens namens, String gemeente, String potjeId, String besluitId,
                BigDecimal bedrag, String omschrijving) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Optional<PotjeMutatie> mutatie(Namens namens, String gemeente, String potjeId,
                long volgnummer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Pagina<PotjeMutatie> historie(Namens namens, String gemeente, String potjeId, int page,
                int pageSize) {
            throw new UnsupportedOperationException();
        }
    }
}
