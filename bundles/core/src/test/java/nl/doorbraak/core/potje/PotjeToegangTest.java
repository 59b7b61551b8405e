package nl.doorbraak.core.potje;

import static nl.doorbraak.core.ToegangFixture.BEHEERDER;
import static nl.doorbraak.core.ToegangFixture.ELDERS_BEHEERDER;
import static nl.doorbraak.core.ToegangFixture.REGISSEUR;
import static nl.doorbraak.core.ToegangFixture.ZONDER_ROL;
import static nl.doorbraak.core.ToegangFixture.assertGeenCasusinhoud;
import static nl.doorbraak.core.ToegangFixture.assertGemeenteNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeweigerd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuwBesluit;
import nl.doorbraak.api.domein.NieuwPotje;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Potje;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.PotjeService;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.ToegangFixture;

/**
 * The core decides who sees and manages potjes and who spends from them, shows an uitgave's omschrijving only to who
 * may see the casus of its besluit, and records those reads and uitgaven, whatever bundle calls.
 */
class PotjeToegangTest {

    @RegisterExtension
    static final ToegangFixture w = new ToegangFixture().metStandaardVariant();
    static Gebruiker tafellid;
    static Casus bijNoord;
    static Casus bijZuid;
    static Besluit besluitNoord;
    static Besluit besluitZuid;

    @BeforeAll
    static void start() {
        // tafels with a potje of their own
        Tafel noord = tafel("Tafel Noord");
        Tafel zuid = tafel("Tafel Zuid");
        tafellid = ToegangFixture.tafellid("u-tafellid", noord);
        bijNoord = geagendeerd(noord);
        bijZuid = geagendeerd(zuid);
        besluitNoord = w.o.besluiten.neem("utrecht", bijNoord.id(), besluit(), "test");
        besluitZuid = w.o.besluiten.neem("utrecht", bijZuid.id(), besluit(), "test");
    }

    static Tafel tafel(String naam) {
        return w.o.tafels.maak("utrecht", new NieuweTafel(naam, "standaard", List.of(new Deelnemer("Joost van Leeuwen",
                "Buurtteam", "Voorkom Erger Potje tot €300", new BigDecimal("300")))), "test");
    }

    static Casus geagendeerd(Tafel t) {
        Casus k = w.o.casussen.maak("utrecht", new NieuweCasus(t.id(), "Huur", "Huurachterstand",
                new Inwoner(null, "A.B."), "wonen", List.of("Woningcorporatie"), Map.of("urgentie", "hoog")), "test");
        w.o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.IN_VOORBEREIDING, null, null, "test");
        Bijeenkomst b = w.o.bijeenkomsten.plan("utrecht", new NieuweBijeenkomst(t.id(), nl.doorbraak.core.platform.Tijd.vandaag().plusDays(1),
                List.of("Joost van Leeuwen"), null), "test");
        w.o.bijeenkomsten.agendeer("utrecht", b.id(), k.id(), "test");
        return w.o.casussen.zoek("utrecht", k.id()).orElseThrow();
    }

    static NieuwBesluit besluit() {
        return new NieuwBesluit(BesluitSoort.REGULIER, "Huur betalen uit het potje", null, null,
                List.of("Joost van Leeuwen"), List.of(), null, List.of(), null);
    }

    static PotjeService web() {
        return new PotjeServiceImpl(w.o.potjes, w.o.besluiten, w.casustoegang());
    }

    static List<Verwerking> log(Casus c) {
        return w.log(c);
    }

    @Test
    void onlyTheGemeentebeheerderManagesPotjesAndAnotherGemeenteDoesNotExist() {
        PotjeService s = web();
        Potje p = s.maak(Namens.van(BEHEERDER), "utrecht", new NieuwPotje("Beheer", null, new BigDecimal("100")));
        assertThat(s.stort(Namens.van(BEHEERDER), "utrecht", p.id(), BigDecimal.TEN, "aanvulling").door())
                .isEqualTo("u-beheerder");
        assertGeweigerd("Uw rol geeft geen toegang tot het beheer van potjes.",
                () -> s.maak(Namens.van(REGISSEUR), "utrecht", new NieuwPotje("X", null, null)));
        assertGeweigerd("Uw rol geeft geen toegang tot stortingen in potjes.",
                () -> s.stort(Namens.van(tafellid), "utrecht", p.id(), BigDecimal.ONE, null));
        assertThat(s.zoek(Namens.van(tafellid), "utrecht", p.id())).isPresent();
        assertThat(s.lijst(Namens.van(REGISSEUR), "utrecht")).extracting(Potje::id).contains(p.id());
        assertGeweigerd("Uw rol geeft geen toegang tot de potjes.", () -> s.lijst(Namens.van(ZONDER_ROL), "utrecht"));
        assertGemeenteNietGevonden("utrecht", () -> s.lijst(Namens.van(ELDERS_BEHEERDER), "utrecht"));
        assertThat(w.o.potjes.historie("utrecht", p.id(), 1, 10).count()).as("niets extra vastgelegd").isEqualTo(2);
    }

    @Test
    void anUitgaveIsForWhoMaySeeTheCasusOfItsBesluitAndItsOmschrijvingToo() {
        PotjeService s = web();
        Potje p = s.maak(Namens.van(BEHEERDER), "utrecht", new NieuwPotje("Uitgaven", null, new BigDecimal("500")));
        PotjeMutatie eigen = s.neemUit(Namens.van(tafellid), "utrecht", p.id(), besluitNoord.id(), new BigDecimal("20"),
                "Huur van mevrouw aan de Vechtstraat");
        assertThat(eigen.door()).isEqualTo("u-tafellid");
        OngeldigeInvoerException fout = org.assertj.core.api.Assertions.catchThrowableOfType(
                OngeldigeInvoerException.class, () -> s.neemUit(Namens.van(tafellid), "utrecht", p.id(),
                        besluitZuid.id(), BigDecimal.ONE, "mag niet"));
        assertThat(fout).hasMessage("Onbekend besluit.");
        assertThat(fout.fouten()).extracting(VeldFout::naam, VeldFout::code).containsExactly(tuple("besluitId", "onbekend"));
        assertGeenCasusinhoud(() -> s.neemUit(Namens.van(BEHEERDER), "utrecht", p.id(), besluitNoord.id(),
                BigDecimal.ONE, null));
        s.neemUit(Namens.van(REGISSEUR), "utrecht", p.id(), besluitZuid.id(), new BigDecimal("30"),
                "Boete van de bakker op de hoek");
        assertThat(w.o.potjes.historie("utrecht", p.id(), 1, 10).count()).as("beginsaldo en twee uitgaven").isEqualTo(3);

        // the tafellid reads his own tafel's omschrijving, not the other's; amounts for both
        List<PotjeMutatie> gezien = s.historie(Namens.van(tafellid), "utrecht", p.id(), 1, 10).results();
        assertThat(gezien).extracting(m -> m.bedrag().stripTrailingZeros().toPlainString(), PotjeMutatie::omschrijving)
                .contains(tuple("20", "Huur van mevrouw aan de Vechtstraat"), tuple("30", null));
        assertThat(s.historie(Namens.van(BEHEERDER), "utrecht", p.id(), 1, 10).results())
                .filteredOn(m -> PotjeMutatie.UITGAVE.equals(m.soort())).extracting(PotjeMutatie::omschrijving)
                .containsOnlyNulls();
        assertThat(s.mutatie(Namens.van(tafellid), "utrecht", p.id(), gezien.get(0).volgnummer())).isPresent();

        assertThat(log(bijNoord)).filteredOn(v -> v.door().equals("u-tafellid") && v.object().equals("uitgave"))
                .extracting(Verwerking::handeling, Verwerking::doel, Verwerking::rol).contains(
                        tuple(Verwerking.WIJZIGEN, "Uitgave uit het potje vastleggen", "tafellid"),
                        tuple(Verwerking.LEZEN, "Uitgaven uit het potje bekijken", "tafellid"));
        assertThat(log(bijZuid)).noneMatch(v -> v.door().equals("u-tafellid") || v.door().equals("u-beheerder"));
        assertThat(log(bijZuid)).anyMatch(v -> v.door().equals("u-regisseur") && v.object().equals("uitgave")
                && v.handeling().equals(Verwerking.WIJZIGEN));
    }
}
