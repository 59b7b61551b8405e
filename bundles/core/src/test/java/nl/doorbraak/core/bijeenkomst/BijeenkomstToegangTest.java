package nl.doorbraak.core.bijeenkomst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.service.BijeenkomstService;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.toegang.Aanroeper;

/** The core decides who plans and sees which bijeenkomst, and records putting a casus on the agenda. */
class BijeenkomstToegangTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static Tafel noord;
    static Tafel zuid;
    static Bijeenkomst vanNoord;
    static Bijeenkomst vanZuid;

    static final Gebruiker REGISSEUR = new Gebruiker("u-regisseur", "R", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of());
    static final Gebruiker BEHEERDER = new Gebruiker("u-beheerder", "B", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER), Set.of());
    static final Gebruiker ELDERS = new Gebruiker("l-regisseur", "L", "leeuwarden", Set.of(Rol.CASUSREGISSEUR), Set.of());
    static Gebruiker tafellid;
    static Gebruiker aanTweeTafels;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        noord = o.tafel("utrecht", "Tafel Noord");
        zuid = o.tafel("utrecht", "Tafel Zuid");
        tafellid = new Gebruiker("u-tafellid", "T", "utrecht", Set.of(Rol.TAFELLID), Set.of(noord.id()));
        aanTweeTafels = new Gebruiker("u-twee", "T", "utrecht", Set.of(Rol.TAFELLID), Set.of(noord.id(), zuid.id()));
        vanNoord = o.bijeenkomsten.plan("utrecht", nieuw(noord), "test");
        vanZuid = o.bijeenkomsten.plan("utrecht", nieuw(zuid), "test");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static NieuweBijeenkomst nieuw(Tafel t) {
        return new NieuweBijeenkomst(t.id(), nl.doorbraak.core.platform.Tijd.vandaag().plusDays(7), List.of("Marieke de Vries"), null);
    }

    static Casus inVoorbereiding(Tafel t) {
        Casus k = o.casussen.maak("utrecht", new NieuweCasus(t.id(), "Stapeling", "Schulden bij DUO en CJIB",
                new Inwoner(null, "A.B."), "geld", List.of("DUO"), Map.of("urgentie", "hoog")), "test");
        return o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.IN_VOORBEREIDING, null, null, "test");
    }

    static BijeenkomstService web() {
        return new BijeenkomstServiceImpl(o.bijeenkomsten, new Casustoegang(o.casussen, o.gemeenten,
                o.varianten, o.verwerkingen, Aanroeper.platform()));
    }

    @Test
    void aTafellidPlansAndSeesTheBijeenkomstenOfHisOwnTafelsOnly() {
        BijeenkomstService s = web();
        Namens n = Namens.van(tafellid);
        Bijeenkomst b = s.plan(n, "utrecht", nieuw(noord));
        assertThat(b.tafelId()).isEqualTo(noord.id());
        assertThatThrownBy(() -> s.plan(n, "utrecht", nieuw(zuid))).isInstanceOf(GeenToegangException.class)
                .hasMessage("U kunt alleen bijeenkomsten plannen van een tafel waar u aan zit.");

        assertThat(s.zoek(n, "utrecht", vanNoord.id())).isPresent();
        assertThat(s.zoek(n, "utrecht", vanZuid.id())).as("andere tafel: bestaat niet").isEmpty();
        assertThatThrownBy(() -> s.wijzig(n, "utrecht", vanZuid.id(), vanZuid.versie(), nieuw(zuid)))
                .isInstanceOf(NietGevondenException.class)
                .hasMessage("Bijeenkomst '" + vanZuid.id() + "' niet gevonden.");
        assertThat(o.bijeenkomsten.zoek("utrecht", vanZuid.id()).orElseThrow().versie()).as("niets gewijzigd")
                .isEqualTo(vanZuid.versie());

        assertThat(s.lijst(n, "utrecht", null, 1, 100).results()).as("zonder tafel: zijn enige tafel")
                .isNotEmpty().extracting(Bijeenkomst::tafelId).containsOnly(noord.id());
        assertThat(s.lijst(n, "utrecht", zuid.id(), 1, 100).results()).as("een andere tafel: niets").isEmpty();
        assertThatThrownBy(() -> s.lijst(Namens.van(aanTweeTafels), "utrecht", null, 1, 100))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessage("Kies een van uw tafels.");
        assertThat(s.lijst(Namens.van(REGISSEUR), "utrecht", null, 1, 100).results()).extracting(Bijeenkomst::tafelId)
                .contains(noord.id(), zuid.id());
    }

    @Test
    void anotherGemeenteIsNotFoundAndARoleWithoutCasusRightsIsRefused() {
        BijeenkomstService s = web();
        assertThatThrownBy(() -> s.zoek(Namens.van(ELDERS), "utrecht", vanNoord.id()))
                .isInstanceOf(NietGevondenException.class).hasMessage("Gemeente 'utrecht' niet gevonden.");
        assertThatThrownBy(() -> s.lijst(Namens.van(ELDERS), "utrecht", null, 1, 10))
                .isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> s.zoek(Namens.van(BEHEERDER), "utrecht", vanNoord.id()))
                .isInstanceOf(GeenToegangException.class)
                .hasMessage("Uw rol geeft geen toegang tot de inhoud van casussen.");
        assertThatThrownBy(() -> s.zoek(Namens.van(BEHEERDER), "utrecht", "bestaat-niet"))
                .as("de rol eerst, zoals altijd").isInstanceOf(GeenToegangException.class);
        assertThatThrownBy(() -> s.plan(Namens.van(BEHEERDER), "utrecht", nieuw(noord)))
                .isInstanceOf(GeenToegangException.class);
        assertThatThrownBy(() -> s.lijst(Namens.van(BEHEERDER), "utrecht", null, 1, 10))
                .isInstanceOf(GeenToegangException.class);
    }

    @Test
    void puttingACasusOnTheAgendaIsAVerwerkingWithTheCallersDoelAndAnotherTafelsCasusDoesNotExist() {
        BijeenkomstService s = web();
        Casus eigen = inVoorbereiding(noord);
        Casus ander = inVoorbereiding(zuid);
        Namens n = Namens.van(tafellid, "Casus voor dinsdag agenderen");
        Bijeenkomst b = s.agendeer(n, "utrecht", vanNoord.id(), eigen.id());
        assertThat(b.agenda()).contains(eigen.id());
        assertThat(o.casussen.zoek("utrecht", eigen.id()).orElseThrow().status()).isEqualTo(CasusStatus.GEAGENDEERD);
        assertThat(o.verwerkingen.vanInwoner("utrecht", eigen.inwoner().pseudoniem())).anySatisfy(v -> {
            assertThat(v.door()).isEqualTo("u-tafellid");
            assertThat(v.object()).isEqualTo("bijeenkomst");
            assertThat(v.handeling()).isEqualTo(Verwerking.WIJZIGEN);
            assertThat(v.doel()).isEqualTo("Casus voor dinsdag agenderen");
        });

        assertThatThrownBy(() -> s.agendeer(n, "utrecht", vanNoord.id(), ander.id()))
                .isInstanceOf(NietGevondenException.class).hasMessage("Casus '" + ander.id() + "' niet gevonden.");
        assertThatThrownBy(() -> s.agendeer(n, "utrecht", vanZuid.id(), ander.id()))
                .isInstanceOf(NietGevondenException.class)
                .hasMessage("Bijeenkomst '" + vanZuid.id() + "' niet gevonden.");
        assertThat(o.casussen.zoek("utrecht", ander.id()).orElseThrow().status())
                .isEqualTo(CasusStatus.IN_VOORBEREIDING);
        assertThat(o.verwerkingen.vanInwoner("utrecht", ander.inwoner().pseudoniem()))
                .noneMatch(v -> v.door().equals("u-tafellid"));
    }
}
