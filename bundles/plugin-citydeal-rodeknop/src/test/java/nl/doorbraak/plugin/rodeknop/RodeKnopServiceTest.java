package nl.doorbraak.plugin.rodeknop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.EscalatieService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.service.VerwerkingenLog;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;

class RodeKnopServiceTest {

    static final Gebruiker REGISSEUR = new Gebruiker("utrecht-regisseur", "Regisseur", "utrecht",
            Set.of(Rol.CASUSREGISSEUR), Set.of());
    static final Gebruiker SZW = new Gebruiker("rijk-szw", "SZW", null, Set.of(Rol.RIJK), Set.of());
    static final Gebruiker UWV = new Gebruiker("rijk-uwv", "UWV", null, Set.of(Rol.RIJK), Set.of());
    static final Gebruiker ZONDER_PARTIJ = new Gebruiker("rijk-los", "Los", null, Set.of(Rol.RIJK), Set.of());

    final Instant start = Instant.parse("2026-12-07T09:00:00Z");
    final TestKlok klok = new TestKlok(start);
    final List<NieuweVerwerking> verwerkingen = new ArrayList<>();
    final List<String> escalatieAanroepen = new ArrayList<>();
    final Map<String, Casus> casussen = new HashMap<>();
    RodeKnopService service;

    @BeforeEach
    void maak() {
        // ids with letters outside hex: a random UUID in an answer can never contain them
        casussen.put("casus-kdn", casus("casus-kdn", "Kostendelersnorm: zoon mag niet thuis wonen", "INW-7F3A2C",
                "J.B."));
        Partijen partijen = new Partijen(List.of(
                new Partij("szw", "Ministerie van SZW", "SZW", List.of("inkomen", "werk"), List.of(),
                        List.of("rijk-szw")),
                new Partij("uwv", "UWV", "UWV", List.of("werk"), List.of(), List.of("rijk-uwv"))));
        CasusService cs = fake(CasusService.class, (m, a) -> switch (m) {
            // the core decides who sees a casus; here: only Utrecht's regisseur
            case "zoek" -> ((Namens) a[0]).gebruiker().hoortBij((String) a[1])
                    ? Optional.ofNullable(casussen.get((String) a[2])) : Optional.empty();
            default -> throw new UnsupportedOperationException(m);
        });
        EscalatieService es = fake(EscalatieService.class, (m, a) -> {
            escalatieAanroepen.add(m + " " + ((Namens) a[0]).gebruiker().gebruikersnaam());
            return switch (m) {
                case "escaleer" -> new Escalatie("e-" + a[2], (String) a[1], (String) a[2], (String) a[3],
                        RijkNiveau.NAAM, 30, (String) a[4], EscalatieStatus.OPEN, klok.instant().plus(Duration.ofDays(30)),
                        false, null, null, null, List.of(), 1, klok.instant(), "x", klok.instant());
                case "beantwoord", "losOp" -> null;
                default -> throw new UnsupportedOperationException(m);
            };
        });
        Gemeente utrecht = new Gemeente("utrecht", "Gemeente Utrecht", List.of("standaard", "rodeknop"), List.of(),
                24, "utrecht");
        GemeenteService gs = fake(GemeenteService.class, (m, a) -> switch (m) {
            case "alle" -> List.of(utrecht);
            case "zoek" -> Optional.of(utrecht);
            default -> throw new UnsupportedOperationException(m);
        });
        VerwerkingenLog log = verzamel(verwerkingen);
        service = new RodeKnopService(new GeheugenOpslag(), cs, es, gs, log, partijen, 90, klok, s -> { });
    }

    static Casus casus(String id, String titel, String pseudoniem, String initialen) {
        return new Casus(id, "utrecht", "t1", "standaard", titel, "Hulpvraag met details", new Inwoner(pseudoniem,
                initialen), "inkomen", CasusStatus.AANGEMELD, null, List.of(), List.of("Werk & Inkomen"), Map.of(),
                1, Instant.now(), Instant.now());
    }

    /** A verwerkingenlog that keeps what is recorded in {@code in}; reports are not part of these tests. */
    static VerwerkingenLog verzamel(List<NieuweVerwerking> in) {
        return new VerwerkingenLog() {
            @Override
            public void leg(List<NieuweVerwerking> v) {
                in.addAll(v);
            }

            @Override
            public List<Verwerking> vanInwoner(Namens namens, String gemeente, String pseudoniem) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @SuppressWarnings("unchecked")
    static <T> T fake(Class<T> type, java.util.function.BiFunction<String, Object[], Object> gedrag) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (p, m, a) -> gedrag.apply(m.getName(), a));
    }

    static Map<String, Object> knop() {
        return new HashMap<>(Map.of("thema", "inkomen",
                "regel", Map.of("omschrijving", "Kostendelersnorm in de bijstand", "wet", "Participatiewet",
                        "artikel", "art. 22a"),
                "geprobeerd", "Bijzondere bijstand; de wet laat geen uitzondering toe.",
                "vraag", "Sta een jaar uitzondering toe op de kostendelersnorm.",
                "situatie", "Moeder met bijstand, zoon van 23 zonder inkomen.",
                "delen", List.of("geprobeerd")));
    }

    @Test
    void deRodeKnopEscaleertNaarHetRijkEnRichtDeZaakAanDePartijenVanHetThema() {
        Zaak z = service.druk(REGISSEUR, "utrecht", "casus-kdn", knop());

        assertThat(escalatieAanroepen).containsExactly("escaleer utrecht-regisseur");
        assertThat(z.escalatieId()).isEqualTo("e-casus-kdn");
        assertThat(z.partijen()).containsExactly("szw");
        assertThat(z.status()).isEqualTo(Zaak.Status.INGEDIEND);
        assertThat(z.pseudoniem()).isEqualTo("INW-7F3A2C");
        assertThat(z.deadline()).isEqualTo(start.plus(Duration.ofDays(30)));
        assertThatThrownBy(() -> service.druk(REGISSEUR, "utrecht", "casus-kdn", knop()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ligt al bij het Rijk");
    }

    @Test
    void hetRijkZietAlleenWatDeGemeenteDeeltEnElkeInzageStaatInHetLog() {
        Zaak z = service.druk(REGISSEUR, "utrecht", "casus-kdn", knop());

        List<Zaak> inbox = service.inbox(SZW, null);
        assertThat(inbox).extracting(Zaak::id).containsExactly(z.id());
        Map<String, Object> gezien = inbox.get(0).voorRijk("Gemeente Utrecht", klok.instant());
        assertThat(gezien).containsKeys("regel", "vraag", "geprobeerd")
                .doesNotContainKeys("situatie", "thema", "organisaties", "casusId", "pseudoniem", "escalatieId",
                        "ingediendDoor");
        assertThat(gezien.toString()).doesNotContain("INW-7F3A2C", "J.B.", "casus-kdn", "Kostendelersnorm: zoon",
                "Hulpvraag", "Moeder met bijstand");
        assertThat(verwerkingen).singleElement().satisfies(v -> {
            assertThat(v.door()).isEqualTo("rijk-szw");
            assertThat(v.rol()).isEqualTo("rijk");
            assertThat(v.casusId()).isEqualTo("casus-kdn");
            assertThat(v.inwonerPseudoniem()).isEqualTo("INW-7F3A2C");
            assertThat(v.handeling()).isEqualTo(Verwerking.LEZEN);
        });

        service.voorRijk(SZW, z.id());
        assertThat(verwerkingen).hasSize(2);
    }

    @Test
    void eenZaakVoorEenAnderePartijBestaatNietVoorHetRijk() {
        Zaak z = service.druk(REGISSEUR, "utrecht", "casus-kdn", knop());

        assertThat(service.inbox(UWV, null)).isEmpty();
        assertThatThrownBy(() -> service.voorRijk(UWV, z.id())).isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> service.planOverleg(UWV, z.id(), Map.of("datum", "2026-12-20")))
                .isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> service.inbox(ZONDER_PARTIJ, null)).isInstanceOf(GeenToegangException.class)
                .hasMessageContaining("geen Rijkspartij");
        assertThat(verwerkingen).isEmpty();
    }

    @Test
    void vanOverlegViaUitkomstNaarFollowUp() {
        Zaak z = service.druk(REGISSEUR, "utrecht", "casus-kdn", knop());
        assertThatThrownBy(() -> service.legUitkomstVast(SZW, z.id(), Map.of("soort", "doorbraak",
                "toelichting", "x"))).isInstanceOf(ConflictException.class).hasMessageContaining("Plan eerst");

        Zaak gepland = service.planOverleg(SZW, z.id(), Map.of("datum", "2026-12-20"));
        assertThat(gepland.status()).isEqualTo(Zaak.Status.OVERLEG_GEPLAND);
        // wie het thema dekt wordt voorgesteld, naast wie de gemeente koos
        assertThat(gepland.overleg().partijen()).containsExactly("szw");

        Zaak uit = service.legUitkomstVast(SZW, z.id(), Map.of("soort", "omwisselbesluit", "toelichting",
                "De gemeente mag de norm een jaar buiten toepassing laten.", "afspraken", List.of("Evaluatie in juni"),
                "besparing", 12000));
        assertThat(uit.status()).isEqualTo(Zaak.Status.UITKOMST);
        assertThat(uit.followUp().vervalt()).isEqualTo(LocalDate.of(2027, 3, 7));
        assertThat(escalatieAanroepen).contains("beantwoord systeem:rodeknop");
        assertThat(service.teVolgen()).isEmpty();

        klok.zet(start.plus(Duration.ofDays(91)));
        assertThat(service.teVolgen()).extracting(Zaak::id).containsExactly(z.id());
        assertThatThrownBy(() -> service.followUpRijk(SZW, z.id(), Map.of("bevinding", "Werkt")))
                .isInstanceOf(OngeldigeInvoerException.class);
        Zaak af = service.followUpGemeente(REGISSEUR, "utrecht", z.id(), Map.of("bevinding",
                "De zoon woont thuis en werkt.", "opgelost", true));
        assertThat(af.status()).isEqualTo(Zaak.Status.AFGEROND);
        assertThat(service.teVolgen()).isEmpty();
        // na de follow-up kan de casus opnieuw naar het Rijk
        assertThat(service.druk(REGISSEUR, "utrecht", "casus-kdn", knop()).status()).isEqualTo(Zaak.Status.INGEDIEND);
    }

    @Test
    void geenOplossingVraagtEenReden() {
        Zaak z = service.druk(REGISSEUR, "utrecht", "casus-kdn", knop());
        service.planOverleg(SZW, z.id(), Map.of("datum", "2026-12-20"));

        assertThatThrownBy(() -> service.legUitkomstVast(SZW, z.id(), Map.of("soort", "geen-oplossing",
                "toelichting", "Besproken.")))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .extracting(VeldFout::naam).containsExactly("reden"));
    }

    @Test
    void foutieveInvoerNoemtElkVeldEnLegtNietsVast() {
        Map<String, Object> body = knop();
        body.put("vraag", "Graag voor BSN 111222333 een uitzondering");
        body.put("delen", List.of("hulpvraag"));
        body.put("thema", "ruimtevaart");

        assertThatThrownBy(() -> service.druk(REGISSEUR, "utrecht", "casus-kdn", body))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .extracting(VeldFout::naam).containsExactlyInAnyOrder("vraag", "delen.0", "thema"));
        assertThat(escalatieAanroepen).isEmpty();
        assertThat(service.inbox(SZW, null)).isEmpty();
    }

    @Test
    void eenCasusDieDeGebruikerNietZiet() {
        Gebruiker leeuwarden = new Gebruiker("leeuwarden-regisseur", "L", "leeuwarden", Set.of(Rol.CASUSREGISSEUR),
                Set.of());
        assertThatThrownBy(() -> service.druk(leeuwarden, "utrecht", "casus-kdn", knop()))
                .isInstanceOf(NietGevondenException.class);
        assertThat(escalatieAanroepen).isEmpty();
    }

    @Test
    void naHetWissenVanDeCasusBlijftAlleenHetGeanonimiseerdeDeel() {
        Zaak z = service.druk(REGISSEUR, "utrecht", "casus-kdn", knop());
        verwerkingen.clear();

        assertThat(service.wisVanCasus("utrecht", "casus-kdn")).isEqualTo(1);

        Zaak gewist = service.inbox(SZW, null).get(0);
        assertThat(gewist.id()).isEqualTo(z.id());
        assertThat(gewist.casusId()).isNull();
        assertThat(gewist.pseudoniem()).isNull();
        assertThat(gewist.situatie()).isNull();
        assertThat(gewist.geprobeerd()).isNull();
        assertThat(gewist.regel().omschrijving()).isEqualTo("Kostendelersnorm in de bijstand");
        // zonder casus is er niemand meer om een inzage voor vast te leggen
        assertThat(verwerkingen).isEmpty();
    }
}
