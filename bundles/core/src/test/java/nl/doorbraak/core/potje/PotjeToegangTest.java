package nl.doorbraak.core.potje;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.PotjeService;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.toegang.Aanroeper;

/**
 * The core decides who sees and manages potjes and who spends from them, shows an uitgave's omschrijving only to who
 * may see the casus of its besluit, and records those reads and uitgaven, whatever bundle calls.
 */
class PotjeToegangTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static Casus bijNoord;
    static Casus bijZuid;
    static Besluit besluitNoord;
    static Besluit besluitZuid;

    static final Gebruiker REGISSEUR = new Gebruiker("u-regisseur", "R", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of());
    static final Gebruiker BEHEERDER = new Gebruiker("u-beheerder", "B", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER), Set.of());
    static final Gebruiker ELDERS = new Gebruiker("l-beheerder", "L", "leeuwarden", Set.of(Rol.GEMEENTEBEHEERDER), Set.of());
    static Gebruiker tafellid;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        Tafel noord = tafel("Tafel Noord");
        Tafel zuid = tafel("Tafel Zuid");
        tafellid = new Gebruiker("u-tafellid", "T", "utrecht", Set.of(Rol.TAFELLID), Set.of(noord.id()));
        bijNoord = geagendeerd(noord);
        bijZuid = geagendeerd(zuid);
        besluitNoord = o.besluiten.neem("utrecht", bijNoord.id(), besluit(), "test");
        besluitZuid = o.besluiten.neem("utrecht", bijZuid.id(), besluit(), "test");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static Tafel tafel(String naam) {
        return o.tafels.maak("utrecht", new NieuweTafel(naam, "standaard", List.of(new Deelnemer("Joost van Leeuwen",
                "Buurtteam", "Voorkom Erger Potje tot €300", new BigDecimal("300")))), "test");
    }

    static Casus geagendeerd(Tafel t) {
        Casus k = o.casussen.maak("utrecht", new NieuweCasus(t.id(), "Huur", "Huurachterstand",
                new Inwoner(null, "A.B."), "wonen", List.of("Woningcorporatie"), Map.of("urgentie", "hoog")), "test");
        o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.IN_VOORBEREIDING, null, null, "test");
        Bijeenkomst b = o.bijeenkomsten.plan("utrecht", new NieuweBijeenkomst(t.id(), nl.doorbraak.core.platform.Tijd.vandaag().plusDays(1),
                List.of("Joost van Leeuwen"), null), "test");
        o.bijeenkomsten.agendeer("utrecht", b.id(), k.id(), "test");
        return o.casussen.zoek("utrecht", k.id()).orElseThrow();
    }

    static NieuwBesluit besluit() {
        return new NieuwBesluit(BesluitSoort.REGULIER, "Huur betalen uit het potje", null, null,
                List.of("Joost van Leeuwen"), List.of(), null, List.of(), null);
    }

    static PotjeService web() {
        return new PotjeServiceImpl(o.potjes, o.besluiten, new Casustoegang(o.casussen, o.gemeenten, o.varianten,
                o.verwerkingen, Aanroeper.platform()));
    }

    static List<Verwerking> log(Casus c) {
        return o.verwerkingen.vanInwoner("utrecht", c.inwoner().pseudoniem());
    }

    @Test
    void onlyTheGemeentebeheerderManagesPotjesAndAnotherGemeenteDoesNotExist() {
        PotjeService s = web();
        Potje p = s.maak(Namens.van(BEHEERDER), "utrecht", new NieuwPotje("Beheer", null, new BigDecimal("100")));
        assertThat(s.stort(Namens.van(BEHEERDER), "utrecht", p.id(), BigDecimal.TEN, "aanvulling").door())
                .isEqualTo("u-beheerder");
        assertThatThrownBy(() -> s.maak(Namens.van(REGISSEUR), "utrecht", new NieuwPotje("X", null, null)))
                .isInstanceOf(GeenToegangException.class).hasMessage("Uw rol geeft geen toegang tot het beheer van potjes.");
        assertThatThrownBy(() -> s.stort(Namens.van(tafellid), "utrecht", p.id(), BigDecimal.ONE, null))
                .isInstanceOf(GeenToegangException.class).hasMessage("Uw rol geeft geen toegang tot stortingen in potjes.");
        assertThat(s.zoek(Namens.van(tafellid), "utrecht", p.id())).isPresent();
        assertThat(s.lijst(Namens.van(REGISSEUR), "utrecht")).extracting(Potje::id).contains(p.id());
        Gebruiker zonderRol = new Gebruiker("u-niemand", "N", "utrecht", Set.of(), Set.of());
        assertThatThrownBy(() -> s.lijst(Namens.van(zonderRol), "utrecht"))
                .isInstanceOf(GeenToegangException.class).hasMessage("Uw rol geeft geen toegang tot de potjes.");
        assertThatThrownBy(() -> s.lijst(Namens.van(ELDERS), "utrecht")).isInstanceOf(NietGevondenException.class)
                .hasMessage("Gemeente 'utrecht' niet gevonden.");
        assertThat(o.potjes.historie("utrecht", p.id(), 1, 10).count()).as("niets extra vastgelegd").isEqualTo(2);
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
        assertThatThrownBy(() -> s.neemUit(Namens.van(BEHEERDER), "utrecht", p.id(), besluitNoord.id(), BigDecimal.ONE,
                null)).isInstanceOf(GeenToegangException.class)
                .hasMessage("Uw rol geeft geen toegang tot de inhoud van casussen.");
        s.neemUit(Namens.van(REGISSEUR), "utrecht", p.id(), besluitZuid.id(), new BigDecimal("30"),
                "Boete van de bakker op de hoek");
        assertThat(o.potjes.historie("utrecht", p.id(), 1, 10).count()).as("beginsaldo en twee uitgaven").isEqualTo(3);

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
