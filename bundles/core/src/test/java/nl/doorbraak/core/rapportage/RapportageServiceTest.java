package nl.doorbraak.core.rapportage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Actie;
import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuwBesluit;
import nl.doorbraak.api.domein.NieuwPotje;
import nl.doorbraak.api.domein.NieuwSignaal;
import nl.doorbraak.api.domein.NieuweActie;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Potje;
import nl.doorbraak.api.domein.Rapportage;
import nl.doorbraak.api.domein.Resultaat;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Toezegging;
import nl.doorbraak.api.domein.Uitgave;
import nl.doorbraak.api.domein.Waardendriehoek;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.escalatie.EscalatieKern;
import nl.doorbraak.core.escalatie.NiveauVolger;
import nl.doorbraak.core.platform.Tijd;

/**
 * A known year, 2025, built through the services with its dates then set in the database, and every figure of its
 * rapportage asserted: casussen (including one from 2024 closed in 2025 and one closed just after the year), a
 * doorbraak corrected within the year and one corrected after it, potje mutations on both sides of the year end,
 * acties, escalaties and signalen. Then the personal data is purged and the rapportage must not change.
 */
class RapportageServiceTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static EscalatieKern escalaties;
    static RapportageKern service;
    /** "Now" for the figures about the present: March 2026. */
    static final Instant NU = Instant.parse("2026-03-01T11:00:00Z");
    static Tafel a;
    static Tafel b;
    static Casus k1;
    static Casus k2;
    static Casus k3;
    static Casus k4;
    static Casus k5;
    static Potje p1;
    static Potje p2;
    static String s1;

    static Instant op(String datum) {
        return LocalDate.parse(datum).atTime(LocalTime.NOON).atZone(Tijd.NEDERLAND).toInstant();
    }

    static java.time.OffsetDateTime ts(String datum) {
        return op(datum).atOffset(java.time.ZoneOffset.UTC);
    }

    static Waardendriehoek driehoek(String bedrag) {
        return new Waardendriehoek("Hardheidsclausule art. 4:84 Awb", "Ontruiming voorkomen", new BigDecimal(bedrag),
                "Mevrouw stelde het plan zelf voor");
    }

    static Casus casus(Tafel t, String titel, String thema, List<String> organisaties, String aangemeld) {
        Casus k = o.casussen.maak("utrecht", new NieuweCasus(t.id(), titel, "Hulpvraag van " + titel,
                new Inwoner(null, "Q.Z."), thema, organisaties, Map.of("urgentie", "hoog")), "regisseur");
        o.sql("UPDATE casus SET aangemaakt = ? WHERE id = ?", ts(aangemeld), k.id());
        return k;
    }

    static void agendeer(Tafel t, Casus k) {
        o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.IN_VOORBEREIDING, null, null, "regisseur");
        Bijeenkomst bk = o.bijeenkomsten.plan("utrecht", new NieuweBijeenkomst(t.id(), nl.doorbraak.core.platform.Tijd.vandaag().plusDays(1),
                List.of("Marieke de Vries"), "Notitie over Q.Z."), "regisseur");
        o.bijeenkomsten.agendeer("utrecht", bk.id(), k.id(), "regisseur");
    }

    static Besluit besluit(Casus k, NieuwBesluit nb, String genomen) {
        Besluit bs = o.besluiten.neem("utrecht", k.id(), nb, "regisseur");
        o.sql("UPDATE besluit SET genomen = ? WHERE id = ?", ts(genomen), bs.id());
        return bs;
    }

    static void sluit(Casus k, Resultaat r, String afgesloten) {
        o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.AFGESLOTEN, "Klaar", r, "regisseur");
        o.sql("UPDATE casus SET afgesloten = ? WHERE id = ?", ts(afgesloten), k.id());
    }

    static void mutatie(Potje p, long volgnummer, String datum) {
        o.sql("UPDATE potje_mutatie SET op = ? WHERE potje_id = ? AND volgnummer = ?", ts(datum), p.id(), volgnummer);
    }

    static NieuweActie actie(String omschrijving, String organisatie) {
        return new NieuweActie(omschrijving, organisatie, null, "Marieke de Vries", nl.doorbraak.core.platform.Tijd.vandaag().plusDays(30));
    }

    @BeforeAll
    static void bouwHetJaar() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        escalaties = new EscalatieKern(o.db, new NiveauVolger(o.gemeenten), o.gemeenten, o.gebeurtenissen);
        service = new RapportageKern(o.db, o.gemeenten);
        List<Deelnemer> deelnemers = List.of(
                new Deelnemer("Marieke de Vries", "Woningcorporatie", "Huur tot €3.000", new BigDecimal("3000")),
                new Deelnemer("Ahmed Yilmaz", "CJIB", "Boetes tot €500", new BigDecimal("500")),
                new Deelnemer("Els Bakker", "Werk & Inkomen", "Bijzondere bijstand", null));
        a = o.tafels.maak("utrecht", new NieuweTafel("Tafel A", "standaard", deelnemers), "test");
        b = o.tafels.maak("utrecht", new NieuweTafel("Tafel B", "standaard", deelnemers), "test");

        // potjes, existing since 2024
        p1 = o.potjes.maak("utrecht", new NieuwPotje("Voorkom Erger Potje Utrecht", null, null), "beheerder");
        p2 = o.potjes.maak("utrecht", new NieuwPotje("Potje tafel A", a.id(), null), "beheerder");
        o.sql("UPDATE potje SET aangemaakt = ? WHERE gemeente = 'utrecht'", ts("2024-12-01"));
        o.potjes.stort("utrecht", p1.id(), new BigDecimal("1000"), "Begroting 2025", "beheerder");
        mutatie(p1, 1, "2024-12-15");

        // k1: aangemeld 10 January, doorbraak 1 February with €250 from potje 1, closed as doorbraak 1 March (50 days)
        k1 = casus(a, "Ontruiming dreigt", "wonen", List.of("Woningcorporatie", "CJIB"), "2025-01-10");
        agendeer(a, k1);
        Besluit b1 = besluit(k1, new NieuwBesluit(BesluitSoort.DOORBRAAK, "Ontruiming opgeschort", null,
                driehoek("45000"), List.of("Marieke de Vries", "Ahmed Yilmaz"),
                List.of(new Toezegging("Woningcorporatie", new BigDecimal("1650"), "regeling"),
                        new Toezegging("CJIB", new BigDecimal("400"), "boete kwijt")),
                new Uitgave(p1.id(), new BigDecimal("250"), "huurachterstand"),
                List.of(actie("Ontruiming intrekken", "Woningcorporatie"), actie("Boete stoppen", "CJIB")), null),
                "2025-02-01");
        mutatie(p1, 2, "2025-02-01");
        o.potjes.stort("utrecht", p1.id(), new BigDecimal("500"), "Aanvulling", "beheerder");
        mutatie(p1, 3, "2025-03-01");
        o.potjes.stort("utrecht", p1.id(), new BigDecimal("100"), "Begroting 2026", "beheerder");
        mutatie(p1, 4, "2026-01-05");
        o.potjes.stort("utrecht", p2.id(), new BigDecimal("300"), "Tafelbudget", "beheerder");
        mutatie(p2, 1, "2025-05-01");
        o.potjes.neemUit("utrecht", p2.id(), b1.id(), new BigDecimal("120"), "reiskosten", "regisseur");
        mutatie(p2, 2, "2025-06-01");
        List<Actie> acties = o.acties.lijst("utrecht", null, 1, 10).results();
        Actie a1 = acties.stream().filter(x -> x.omschrijving().equals("Ontruiming intrekken")).findFirst().orElseThrow();
        Actie a2 = acties.stream().filter(x -> x.omschrijving().equals("Boete stoppen")).findFirst().orElseThrow();
        o.acties.gereed("utrecht", a1.id(), "regisseur");
        o.sql("UPDATE actie SET aangemaakt = ?, deadline = ?, gereed = ? WHERE id = ?", ts("2025-02-01"),
                LocalDate.parse("2025-02-15"), ts("2025-02-10"), a1.id());
        o.sql("UPDATE actie SET aangemaakt = ?, deadline = ? WHERE id = ?", ts("2025-02-01"),
                LocalDate.parse("2025-03-01"), a2.id());
        // closed as doorbraak while a2 is still open: the casusregisseur overrides it, with a reason
        o.account("regisseur", "utrecht", nl.doorbraak.api.toegang.Rol.CASUSREGISSEUR);
        o.casussen.wijzigStatus("utrecht", k1.id(), null, CasusStatus.AFGESLOTEN, "Klaar; CJIB rondt de boete zelf af",
                Resultaat.DOORBRAAK, true, "regisseur");
        o.sql("UPDATE casus SET afgesloten = ? WHERE id = ?", ts("2025-03-01"), k1.id());

        // k2: a doorbraak of 1 March corrected by a regulier besluit on 1 April; closed without doorbraak (89 days)
        k2 = casus(a, "Huur en zorg", "wonen", List.of("Woningcorporatie"), "2025-02-01");
        agendeer(a, k2);
        Besluit b2 = besluit(k2, new NieuwBesluit(BesluitSoort.DOORBRAAK, "Eerst zo", null, driehoek("10000"),
                List.of("Marieke de Vries"), List.of(new Toezegging("Woningcorporatie", new BigDecimal("500"), null)),
                null, null, null), "2025-03-01");
        besluit(k2, new NieuwBesluit(BesluitSoort.REGULIER, "Toch binnen de regels", null, null,
                List.of("Els Bakker"), null, null, null, b2.id()), "2025-04-01");
        sluit(k2, Resultaat.OPGELOST_ZONDER_DOORBRAAK, "2025-05-01");

        // k3: aangemeld in 2024, terugverwezen on 31 January 2025 (91 days)
        k3 = casus(b, "Inkomen wisselt", "inkomen", List.of("Werk & Inkomen"), "2024-11-01");
        sluit(k3, Resultaat.TERUGVERWEZEN, "2025-01-31");

        // k4: no thema, still open; escalated twice in 2025; a doorbraak on 20 December corrected only in 2026
        k4 = casus(b, "Zonder thema", null, List.of(), "2025-06-01");
        agendeer(b, k4);
        Escalatie e1 = escalaties.escaleer("utrecht", k4.id(), "tafel", "Geen reactie van UWV", "regisseur");
        Escalatie e2 = escalaties.escaleerDoor("utrecht", e1.id(), null, "Nog steeds niets", "regisseur");
        o.sql("UPDATE escalatie SET aangemaakt = ?, deadline = ? WHERE id = ?", ts("2025-06-10"), ts("2025-06-20"),
                e1.id());
        o.sql("UPDATE escalatie SET aangemaakt = ?, deadline = ? WHERE id = ?", ts("2025-07-01"), ts("2025-07-11"),
                e2.id());
        Besluit b4 = besluit(k4, new NieuwBesluit(BesluitSoort.DOORBRAAK, "Boete kwijt", null, driehoek("5000"),
                List.of("Ahmed Yilmaz"), null, null, List.of(actie("Kwijtschelding verwerken", "CJIB")), null),
                "2025-12-20");
        o.sql("UPDATE actie SET aangemaakt = ?, deadline = ? WHERE besluit_id = ?", ts("2025-12-20"),
                LocalDate.parse("2099-01-01"), b4.id());
        besluit(k4, new NieuwBesluit(BesluitSoort.REGULIER, "Correctie", null, null, List.of("Ahmed Yilmaz"), null,
                null, null, b4.id()), "2026-01-10");

        // k5: aangemeld in December, escalated in 2026 and closed on 15 January 2026: open at the end of 2025
        k5 = casus(a, "Net voor de jaargrens", "inkomen", List.of("Werk & Inkomen"), "2025-12-01");
        Escalatie e3 = escalaties.escaleer("utrecht", k5.id(), "tafel", "Spoed", "regisseur");
        o.sql("UPDATE escalatie SET aangemaakt = ?, deadline = ? WHERE id = ?", ts("2026-01-02"), ts("2099-01-01"),
                e3.id());
        sluit(k5, Resultaat.TERUGVERWEZEN, "2026-01-15");

        // outside 2025 altogether
        Casus k6 = casus(a, "Vorig jaar", "wonen", List.of("CJIB"), "2024-03-01");
        sluit(k6, Resultaat.TERUGVERWEZEN, "2024-06-01");
        casus(a, "Volgend jaar", "wonen", List.of("CJIB"), "2026-02-01");

        // signalen: gewicht 3, 1 and 0; one reported after 2025
        Signaal s = o.signalen.maak("utrecht", new NieuwSignaal("Kostendelersnorm in de bijstand", "Werk & Inkomen",
                "Zoon mag niet thuis wonen", List.of(k1.id(), k2.id(), k3.id())), "regisseur");
        s1 = s.id();
        o.signalen.wijzigStatus("utrecht", s1, null, SignaalStatus.IN_BEHANDELING, null, null, "regisseur");
        o.sql("UPDATE signaal SET aangemaakt = ? WHERE id = ?", ts("2025-03-01"), s1);
        Signaal s2 = o.signalen.maak("utrecht", new NieuwSignaal("Beslagvrije voet", "CJIB", "Te laag berekend",
                List.of(k1.id())), "regisseur");
        o.sql("UPDATE signaal SET aangemaakt = ? WHERE id = ?", ts("2024-05-01"), s2.id());
        Signaal s3 = o.signalen.maak("utrecht", new NieuwSignaal("DUO-aflossing stapelt", "DUO", "x", List.of()),
                "regisseur");
        o.signalen.wijzigStatus("utrecht", s3.id(), null, SignaalStatus.IN_BEHANDELING, null, null, "regisseur");
        o.signalen.wijzigStatus("utrecht", s3.id(), null, SignaalStatus.OPGELOST, null, "Regel aangepast",
                "regisseur");
        o.sql("UPDATE signaal SET aangemaakt = ? WHERE id = ?", ts("2025-04-01"), s3.id());
        Signaal s4 = o.signalen.maak("utrecht", new NieuwSignaal("Later", "UWV", "x", List.of(k4.id())), "regisseur");
        o.sql("UPDATE signaal SET aangemaakt = ? WHERE id = ?", ts("2026-02-01"), s4.id());
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static Rapportage jaar2025(String tafel) {
        return service.bereken("utrecht", 2025, tafel, Periode.jaar(2025, NU));
    }

    @Test
    void casussenVanHetJaarPerResultaatThemaEnOrganisatie() {
        Rapportage.Casussen c = jaar2025(null).casussen();

        assertThat(c.aangemeld()).isEqualTo(4);
        assertThat(c.afgesloten()).containsExactly(Map.entry("doorbraak", 1), Map.entry("opgelost_zonder_doorbraak", 1),
                Map.entry("terugverwezen", 1));
        assertThat(c.afgeslotenTotaal()).isEqualTo(3);
        assertThat(c.openOpJaareinde()).isEqualTo(2);
        assertThat(c.perThema()).containsExactly(new Rapportage.CasusGroep("inkomen", 1, 1, 1),
                new Rapportage.CasusGroep("wonen", 2, 2, 0), new Rapportage.CasusGroep(null, 1, 0, 1));
        assertThat(c.perOrganisatie()).containsExactly(new Rapportage.CasusGroep("CJIB", 1, 1, 0),
                new Rapportage.CasusGroep("Werk & Inkomen", 1, 1, 1),
                new Rapportage.CasusGroep("Woningcorporatie", 2, 2, 0));
    }

    @Test
    void deMediaanDoorlooptijdIsDieVanDeCasussenDieInHetJaarZijnAfgesloten() {
        // 50, 89 and 91 days; k5 (closed in 2026) and k6 (closed in 2024) do not count
        assertThat(jaar2025(null).doorlooptijd()).isEqualTo(new Rapportage.Doorlooptijd(3, new BigDecimal("89.0")));
        // an even number: the mean of the middle two
        assertThat(jaar2025(a.id()).doorlooptijd()).isEqualTo(new Rapportage.Doorlooptijd(2, new BigDecimal("69.5")));
        assertThat(service.bereken("utrecht", 2023, null, Periode.jaar(2023, NU)).doorlooptijd())
                .isEqualTo(new Rapportage.Doorlooptijd(0, null));
    }

    @Test
    void alleenGeldendeBesluitenTellenEnEenCorrectieNaHetJaarVeranderSHetJaarNiet() {
        Rapportage r = jaar2025(null);
        Rapportage.Besluiten bs = r.besluiten();

        // b1 and b4 are doorbraken that held at the end of 2025; b2 was corrected in 2025 by the regulier b3
        assertThat(bs.doorbraken()).isEqualTo(2);
        assertThat(bs.regulier()).isEqualTo(1);
        assertThat(bs.gecorrigeerd()).isEqualTo(1);
        assertThat(bs.perThema()).containsExactly(
                new Rapportage.BesluitGroep("wonen", 1, 1, new BigDecimal("2050.00")),
                new Rapportage.BesluitGroep(null, 1, 0, new BigDecimal("0.00")));
        assertThat(bs.perOrganisatie()).containsExactly(
                new Rapportage.BesluitGroep("CJIB", 2, 0, new BigDecimal("400.00")),
                new Rapportage.BesluitGroep("Werk & Inkomen", 0, 1, new BigDecimal("0.00")),
                new Rapportage.BesluitGroep("Woningcorporatie", 1, 0, new BigDecimal("1650.00")));
        assertThat(r.besparing()).isEqualTo(new Rapportage.Besparing(new BigDecimal("50000.00"), "waardendriehoek", 2));

        // in 2026 the correction of b4 counts, as a regulier besluit; b4 itself was taken in 2025
        Rapportage.Besluiten later = service.bereken("utrecht", 2026, null, Periode.jaar(2026, NU)).besluiten();
        assertThat(later.regulier()).isEqualTo(1);
        assertThat(later.doorbraken()).isZero();
    }

    @Test
    void potjesGestortUitgegevenEnSaldoOpJaareinde() {
        Rapportage.Potjes p = jaar2025(null).potjes();

        assertThat(p.potjes()).extracting(Rapportage.PotjeCijfers::naam, Rapportage.PotjeCijfers::gestort,
                Rapportage.PotjeCijfers::uitgegeven, Rapportage.PotjeCijfers::uitgaven,
                Rapportage.PotjeCijfers::saldoOpJaareinde)
                .containsExactly(
                        tuple("Potje tafel A", new BigDecimal("300.00"), new BigDecimal("120.00"), 1,
                                new BigDecimal("180.00")),
                        tuple("Voorkom Erger Potje Utrecht", new BigDecimal("500.00"), new BigDecimal("250.00"), 1,
                                new BigDecimal("1250.00")));
        assertThat(p.gestort()).isEqualByComparingTo("800");
        assertThat(p.uitgegeven()).isEqualByComparingTo("370");
        assertThat(p.saldoOpJaareinde()).isEqualByComparingTo("1430");
        // per tafel only that tafel's potjes
        assertThat(jaar2025(a.id()).potjes().potjes()).extracting(Rapportage.PotjeCijfers::id).containsExactly(p2.id());
    }

    @Test
    void actiesEnEscalatiesNuEnInHetJaar() {
        Rapportage r = jaar2025(null);

        // a1 gereed in 2025; a2 open and past its deadline; a3 open until 2099
        assertThat(r.acties()).isEqualTo(new Rapportage.Acties(2, 1, 3, 1));
        // e1 doorgeescaleerd to e2 (open, past its deadline); e3 open, begun in 2026
        assertThat(r.escalaties().open()).isEqualTo(2);
        assertThat(r.escalaties().verlopen()).isEqualTo(1);
        assertThat(r.escalaties().perNiveau()).containsExactly(Map.entry("directie", 1), Map.entry("tafel", 1));
        // tafel B has k4 with e1 and e2 and a3
        Rapportage tafelB = jaar2025(b.id());
        assertThat(tafelB.escalaties().open()).isEqualTo(1);
        assertThat(tafelB.acties()).isEqualTo(new Rapportage.Acties(1, 0, 1, 0));
    }

    @Test
    void signalenPerStatusMetGewichtEnDeZwaarsteBovenaan() {
        Rapportage.Signalen s = jaar2025(null).signalen();

        assertThat(s.perStatus()).containsExactly(Map.entry("nieuw", new Rapportage.SignaalGroep(1, 1)),
                Map.entry("in_behandeling", new Rapportage.SignaalGroep(1, 3)),
                Map.entry("geagendeerd", new Rapportage.SignaalGroep(0, 0)),
                Map.entry("opgelost", new Rapportage.SignaalGroep(1, 0)));
        assertThat(s.gemeldInJaar()).isEqualTo(2);
        assertThat(s.top()).extracting(Rapportage.SignaalCijfers::regel, Rapportage.SignaalCijfers::gewicht)
                .containsExactly(tuple("Kostendelersnorm in de bijstand", 3), tuple("Beslagvrije voet", 1),
                        tuple("DUO-aflossing stapelt", 0));
        // per tafel: only its casussen weigh, and a signaal without one is left out
        assertThat(jaar2025(a.id()).signalen().top()).extracting(Rapportage.SignaalCijfers::id,
                Rapportage.SignaalCijfers::gewicht).startsWith(tuple(s1, 2)).hasSize(2);
    }

    @Test
    void perTafelTellenAlleenDeCasussenVanDieTafel() {
        Rapportage r = jaar2025(a.id());

        assertThat(r.tafelId()).isEqualTo(a.id());
        assertThat(r.casussen().aangemeld()).isEqualTo(3);
        assertThat(r.casussen().afgesloten()).containsEntry("terugverwezen", 0);
        assertThat(r.besluiten().doorbraken()).isEqualTo(1);
        assertThat(r.besparing().bedrag()).isEqualByComparingTo("45000");
    }

    @Test
    void hetWissenVanPersoonsgegevensVerandertDeRapportageNiet() {
        Rapportage voor = jaar2025(null);
        Rapportage voorTafel = jaar2025(a.id());

        // what retention purges: every free text and personal field of the casussen and their parts
        o.sql("UPDATE casus SET titel = '(gewist)', hulpvraag = '(gewist)', inwoner_initialen = NULL, "
                + "inwoner_pseudoniem = 'GEWIST'");
        o.sql("UPDATE bijeenkomst SET notitie = NULL");
        o.sql("UPDATE besluit SET omschrijving = '(gewist)', legitimiteit = NULL, rendement = NULL, "
                + "betrokkenheid = NULL");
        o.sql("UPDATE besluit_deelnemer SET naam = '(gewist)', mandaat = NULL");
        o.sql("UPDATE besluit_bedrag SET omschrijving = NULL");
        o.sql("UPDATE potje_mutatie SET omschrijving = NULL");
        o.sql("UPDATE actie SET omschrijving = '(gewist)', eigenaar = NULL");
        o.sql("UPDATE escalatie SET reden = '(gewist)', antwoord = NULL");
        o.sql("UPDATE signaal SET omschrijving = '(gewist)'");
        o.sql("UPDATE casus_status_historie SET reden = NULL");

        assertThat(jaar2025(null)).isEqualTo(voor);
        assertThat(jaar2025(a.id())).isEqualTo(voorTafel);
    }

    @Test
    void hetPlatformZietPerGemeenteAlleenAantallenEnBedragen() {
        List<Rapportage.Totalen> alle = service.platform(2025);

        assertThat(alle).extracting(Rapportage.Totalen::gemeente).containsExactly("eindhoven", "leeuwarden", "utrecht");
        Rapportage.Totalen utrecht = alle.get(2);
        assertThat(utrecht.aangemeld()).isEqualTo(4);
        assertThat(utrecht.doorbraken()).isEqualTo(2);
        assertThat(utrecht.potjesUitgegeven()).isEqualByComparingTo("370");
        assertThat(utrecht.signalen()).isEqualTo(3);
        assertThat(alle.get(0).aangemeld()).isZero();
        // a record of numbers, codes and the gemeente id only
        for (java.lang.reflect.RecordComponent rc : Rapportage.Totalen.class.getRecordComponents()) {
            assertThat(rc.getType()).isIn(String.class, int.class, BigDecimal.class, Map.class);
            if (rc.getType() == String.class) {
                assertThat(rc.getName()).isEqualTo("gemeente");
            }
        }
    }

    @Test
    void eenOngeldigJaarOfEenTafelVanEldersIsOngeldigeInvoer() {
        List<VeldFout> fouten = catchThrowableOfType(OngeldigeInvoerException.class,
                () -> service.rapportage("utrecht", 1999, null)).fouten();
        assertThat(fouten).extracting(VeldFout::naam, VeldFout::code).containsExactly(tuple("jaar", "waarde"));
        Tafel elders = o.tafels.maak("leeuwarden", new NieuweTafel("Elders", "standaard", List.of()), "test");
        fouten = catchThrowableOfType(OngeldigeInvoerException.class,
                () -> service.rapportage("utrecht", 2025, elders.id())).fouten();
        assertThat(fouten).extracting(VeldFout::naam, VeldFout::code).containsExactly(tuple("tafel", "onbekend"));
        assertThat(catchThrowableOfType(NietGevondenException.class, () -> service.rapportage("nergens", 2025, null)))
                .isNotNull();
        // the public method works on the present
        assertThat(service.rapportage("utrecht", 2025, null).casussen().aangemeld()).isEqualTo(4);
    }

    @Test
    void eenPerspectiefplanTeltEenmaalPerCasusInPlaatsVanDeWaardendriehoek() {
        // 2024, so the figures of 2025 above stay as they are
        Casus metPlan = casus(a, "Met plan", "wonen", List.of("Woningcorporatie"), "2024-02-01");
        Casus zonder = casus(a, "Zonder plan", "wonen", List.of("Woningcorporatie"), "2024-02-01");
        o.perspectiefplannen.bewaar("utrecht", metPlan.id(), null, new nl.doorbraak.api.domein.NieuwPerspectiefplan(
                "Over een jaar zelf de huur betalen", List.of(), List.of(
                        new nl.doorbraak.api.domein.Kostenregel("Woningcorporatie", "ontruiming",
                                new BigDecimal("9000"), new BigDecimal("1000")),
                        new nl.doorbraak.api.domein.Kostenregel("Gemeente", "opvang", new BigDecimal("0"),
                                new BigDecimal("500")))), "regisseur");
        agendeer(a, metPlan);
        agendeer(a, zonder);
        for (Casus k : List.of(metPlan, metPlan, zonder)) {
            besluit(k, new NieuwBesluit(BesluitSoort.DOORBRAAK, "Doorbraak", null, driehoek("1000"),
                    List.of("Marieke de Vries"), null, null, null, null), "2024-03-01");
        }

        Rapportage r = service.bereken("utrecht", 2024, null, Periode.jaar(2024, NU));

        // the plan's 7500 once for its casus (not 2 x 1000), plus 1000 from the waardendriehoek of the other
        assertThat(r.besparing().bedrag()).isEqualByComparingTo("8500");
        assertThat(r.besparing().bron()).isEqualTo("perspectiefplan+waardendriehoek");
        assertThat(r.besparing().besluiten()).isEqualTo(3);
    }
}
