package nl.doorbraak.plugin.rodeknop;

import static nl.doorbraak.plugin.rodeknop.RodeKnopServiceTest.fake;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweVerwerking;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.service.EscalatieService;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.VerwerkingenLog;
import nl.doorbraak.api.tekst.Bsn;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.plugin.rodeknop.Zaak.Soort;
import nl.doorbraak.plugin.rodeknop.Zaak.Status;

class DemoZakenTest {

    static final Gebruiker SZW = new Gebruiker("rijk-szw", "SZW", null, Set.of(Rol.RIJK), Set.of());
    static final Gebruiker REGISSEUR = new Gebruiker("utrecht-regisseur", "Regisseur", "utrecht",
            Set.of(Rol.CASUSREGISSEUR), Set.of());

    final Instant nu = Instant.parse("2026-12-07T09:00:00Z");
    final Map<String, Casus> casussen = new HashMap<>();
    /** casus id → open escalatie id, as the core keeps at most one */
    final Map<String, String> open = new HashMap<>();
    final List<String> aanroepen = new ArrayList<>();
    final List<NieuweVerwerking> verwerkingen = new ArrayList<>();
    final GeheugenOpslag opslag = new GeheugenOpslag();
    RodeKnopService service;
    DemoZaken demo;

    @BeforeEach
    void maak() {
        for (Zaak z : DemoZaken.plan(nu)) {
            casussen.put(z.casusId(), new Casus(z.casusId(), z.gemeente(), "t", "standaard", "Titel van de casus "
                    + z.casusId(), "Hulpvraag van de casus", new Inwoner("INW-" + z.casusId().substring(0, 6), "Q.Z."),
                    "inkomen", CasusStatus.IN_VOORBEREIDING, null, List.of(), List.of("Werk & Inkomen"), Map.of(), 1,
                    nu.minus(Duration.ofDays(200)), nu));
        }
        Partijen partijen = new Partijen(List.of(
                new Partij("szw", "Ministerie van SZW", "SZW", List.of("inkomen", "werk", "schulden"), List.of(),
                        List.of("rijk-szw")),
                new Partij("bzk", "BZK", "BZK", List.of("wonen", "briefadres"), List.of(), List.of()),
                new Partij("ocw-duo", "OCW/DUO", "OCW/DUO", List.of("studiefinanciering", "schulden"), List.of(),
                        List.of()),
                new Partij("jenv-cjib", "J&V/CJIB", "J&V/CJIB", List.of("boetes", "schulden"), List.of(), List.of()),
                new Partij("fin-toeslagen", "Fin/Toeslagen", "Fin/Toeslagen", List.of("toeslagen"), List.of(),
                        List.of())));
        CasusService cs = fake(CasusService.class, (m, a) -> switch (m) {
            case "zoek" -> ((Namens) a[0]).gebruiker().isSysteem() || ((Namens) a[0]).gebruiker().hoortBij(
                    (String) a[1]) ? Optional.ofNullable(casussen.get((String) a[2])) : Optional.empty();
            default -> throw new UnsupportedOperationException(m);
        });
        EscalatieService es = fake(EscalatieService.class, (m, a) -> {
            aanroepen.add(m + " " + ((Namens) a[0]).gebruiker().gebruikersnaam() + " " + a[2]);
            return switch (m) {
                case "escaleer" -> {
                    if (open.containsKey((String) a[2])) {
                        throw new ConflictException("Deze casus heeft al een open escalatie.");
                    }
                    open.put((String) a[2], "e-" + a[2]);
                    yield new Escalatie("e-" + a[2], (String) a[1], (String) a[2], (String) a[3], RijkNiveau.NAAM,
                            30, (String) a[4], EscalatieStatus.OPEN, nu.plus(Duration.ofDays(30)), false, null, null,
                            null, List.of(), 1, nu, "systeem:rodeknop", nu);
                }
                case "beantwoord", "losOp" -> {
                    open.values().remove((String) a[2]);
                    yield null;
                }
                default -> throw new UnsupportedOperationException(m);
            };
        });
        List<Gemeente> gemeenten = List.of("utrecht", "leeuwarden", "eindhoven").stream()
                .map(g -> new Gemeente(g, "Gemeente " + g, List.of("standaard", "rodeknop"), List.of(), 24, g))
                .toList();
        GemeenteService gs = fake(GemeenteService.class, (m, a) -> switch (m) {
            case "alle" -> gemeenten;
            case "zoek" -> gemeenten.stream().filter(g -> g.id().equals(a[0])).findFirst();
            default -> throw new UnsupportedOperationException(m);
        });
        VerwerkingenLog log = RodeKnopServiceTest.verzamel(verwerkingen);
        service = new RodeKnopService(opslag, cs, es, gs, log, partijen, 90, Clock.fixed(nu, ZoneOffset.UTC),
                s -> { });
        demo = new DemoZaken(service);
    }

    @Test
    void elkeGemeenteKrijgtZakenInElkeStand() {
        assertThat(demo.laad(() -> false)).startsWith("9 ");

        List<Zaak> alle = service.teVolgen();
        assertThat(alle).hasSize(1);
        assertThat(alle.get(0).gemeente()).isEqualTo("utrecht");
        assertThat(alle.get(0).uitkomst().soort()).isEqualTo(Soort.DOORBRAAK);

        List<Zaak> zaken = new ArrayList<>();
        for (String g : List.of("utrecht", "leeuwarden", "eindhoven")) {
            List<Zaak> vanG = service.vanGemeente(REGISSEUR, g, (Status) null);
            assertThat(vanG).as(g).hasSizeGreaterThanOrEqualTo(3);
            zaken.addAll(vanG);
        }
        assertThat(zaken).extracting(Zaak::status).contains(Status.values());
        assertThat(zaken).filteredOn(z -> z.uitkomst() != null).extracting(z -> z.uitkomst().soort())
                .contains(Soort.values());
        // the core gave escalatie and pseudoniem; every zaak with an outcome answered its escalatie
        for (Zaak z : zaken) {
            assertThat(z.escalatieId()).isEqualTo("e-" + z.casusId());
            assertThat(z.pseudoniem()).startsWith("INW-");
            assertThat(z.deadline()).isEqualTo(z.ingediend().plus(Duration.ofDays(30)));
            assertThat(z.organisaties()).containsExactly("Werk & Inkomen");
            assertThat(open.containsKey(z.casusId())).as(z.id()).isEqualTo(z.uitkomst() == null);
        }
        assertThat(aanroepen).allMatch(a -> a.contains("systeem:rodeknop"));
    }

    @Test
    void deTijdlijnVanElkeZaakKlopt() {
        for (Zaak z : DemoZaken.plan(nu)) {
            assertThat(z.ingediend()).as(z.id()).isBefore(nu);
            if (z.overleg() != null) {
                assertThat(z.overleg().gepland()).as(z.id()).isAfterOrEqualTo(z.ingediend());
                assertThat(z.overleg().datum()).as(z.id())
                        .isAfterOrEqualTo(LocalDate.ofInstant(z.overleg().gepland(), RodeKnopService.ZONE));
            }
            if (z.uitkomst() != null) {
                LocalDate uitkomst = LocalDate.ofInstant(z.uitkomst().vastgelegd(), RodeKnopService.ZONE);
                assertThat(uitkomst).as(z.id()).isAfterOrEqualTo(z.overleg().datum());
                assertThat(z.uitkomst().vastgelegd()).as(z.id()).isBefore(nu);
                assertThat(z.followUp().vervalt()).as(z.id()).isEqualTo(uitkomst.plusDays(90));
                assertThat(z.uitkomst().reden() != null).as(z.id())
                        .isEqualTo(z.uitkomst().soort() == Soort.GEEN_OPLOSSING);
            }
            assertThat(z.isAfgerond()).as(z.id()).isEqualTo(z.followUp() != null
                    && z.followUp().vastgelegd() != null);
        }
    }

    @Test
    void szwZietAlleenZijnZakenEnAlleenWatGedeeldIs() {
        demo.laad(() -> false);
        verwerkingen.clear();

        List<Zaak> inbox = service.inbox(SZW, null);
        assertThat(inbox).hasSize(5).allMatch(z -> z.partijen().contains("szw"));
        assertThat(inbox).extracting(Zaak::gemeente).contains("utrecht", "leeuwarden", "eindhoven");
        assertThat(verwerkingen).hasSize(5).allMatch(v -> v.door().equals("rijk-szw"));
        for (Zaak z : inbox) {
            String rijk = z.voorRijk("Gemeente", nu).toString();
            Casus c = casussen.get(z.casusId());
            assertThat(rijk).doesNotContain(z.casusId(), z.pseudoniem(), c.inwoner().initialen(), c.titel(),
                    c.hulpvraag());
            assertThat(z.voorRijk("Gemeente", nu).keySet()).doesNotContain("casusId", "pseudoniem", "titel",
                    "hulpvraag", "initialen", "ingediendDoor");
        }
        // the demo texts are written without names or BSN
        for (Zaak z : DemoZaken.plan(nu)) {
            for (String t : new String[] { z.vraag(), z.geprobeerd(), z.situatie(), z.regel().omschrijving() }) {
                assertThat(Bsn.staatIn(t)).as(t).isFalse();
            }
        }
    }

    @Test
    void tweemaalLadenVoegtNietsToeEnLaatWijzigingenStaan() {
        demo.laad(() -> false);
        Zaak ingediend = service.inbox(SZW, Status.INGEDIEND).get(0);
        Zaak gepland = service.planOverleg(SZW, ingediend.id(), Map.of("datum", "2026-12-10"));

        assertThat(demo.laad(() -> false)).startsWith("0 ");
        assertThat(service.inbox(SZW, null)).hasSize(5);
        assertThat(service.voorRijk(SZW, ingediend.id())).isEqualTo(gepland);
        assertThat(aanroepen.stream().filter(a -> a.startsWith("escaleer"))).hasSize(9);
    }

    @Test
    void eenCasusDieAlBijHetRijkLigtOfEenOpenEscalatieHeeftWordtOvergeslagen() {
        String kostendelers = DemoZaken.casusId("utrecht/kostendelersnorm");
        String flex = DemoZaken.casusId("eindhoven/flexwerk-toeslagen");
        open.put(flex, "e-eigen");
        Zaak zelf = service.druk(REGISSEUR, "utrecht", kostendelers, RodeKnopServiceTest.knop());
        casussen.put(DemoZaken.casusId("leeuwarden/statushouder-duo"), null);

        String uit = demo.laad(() -> false);
        assertThat(uit).startsWith("6 ").contains("al bij het Rijk", "open escalatie", "bestaat niet");
        assertThat(service.vanCasus(REGISSEUR, "utrecht", kostendelers)).containsExactly(zelf);
        assertThat(open.get(flex)).isEqualTo("e-eigen");
    }

    @Test
    void stoppenHoudtOpTussenTweeZaken() {
        int[] gevraagd = { 0 };
        assertThat(demo.laad(() -> ++gevraagd[0] > 2)).startsWith("2 ");
        Set<String> ids = new HashSet<>();
        service.inbox(SZW, null).forEach(z -> ids.add(z.id()));
        assertThat(ids).hasSizeLessThanOrEqualTo(2);
    }
}
