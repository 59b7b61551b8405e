package nl.doorbraak.core.signaal;

import static nl.doorbraak.core.ToegangFixture.BEHEERDER;
import static nl.doorbraak.core.ToegangFixture.ELDERS;
import static nl.doorbraak.core.ToegangFixture.PLATFORMBEHEERDER;
import static nl.doorbraak.core.ToegangFixture.REGISSEUR;
import static nl.doorbraak.core.ToegangFixture.VREEMDE_PLUGIN;
import static nl.doorbraak.core.ToegangFixture.assertCasusNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeenCasusinhoud;
import static nl.doorbraak.core.ToegangFixture.assertGemeenteNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeweigerd;
import static nl.doorbraak.core.ToegangFixture.plugin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.GekoppeldeCasus;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuwSignaal;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalFilter;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.SignaalService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.ToegangFixture;
import nl.doorbraak.core.toegang.Aanroeper;

/** The core decides who reports, reads and handles signalen, who sees the titles of linked casussen, and records them. */
class SignaalToegangTest {

    @RegisterExtension
    static final ToegangFixture w = new ToegangFixture().metTafels();
    static Casus bijNoord;
    static Casus bijZuid;

    @BeforeAll
    static void start() {
        bijNoord = casus(w.noord, "Zoon mag niet thuis wonen");
        bijZuid = casus(w.zuid, "Kostendelersnorm");
    }

    static Casus casus(Tafel t, String titel) {
        return w.o.casussen.maak("utrecht", new NieuweCasus(t.id(), titel, "Hulp", new Inwoner(null, "A.B."), "wonen",
                List.of("woningcorporatie"), Map.of("urgentie", "hoog")), "test");
    }

    static NieuwSignaal signaal(List<String> casusIds) {
        return new NieuwSignaal("Kostendelersnorm", "Gemeente Utrecht", "Inwonenden kind verlaagt uitkering",
                casusIds);
    }

    static SignaalService web() {
        return dienst(Aanroeper.platform());
    }

    static SignaalService dienst(Aanroeper aanroeper) {
        return new SignaalServiceImpl(w.o.signalen, w.casustoegang(aanroeper), w.o.verwerkingen);
    }

    static List<Verwerking> log(Casus c) {
        return w.log(c);
    }

    static String titel(Signaal s, Casus c) {
        return s.casussen().stream().filter(k -> k.casusId().equals(c.id())).findFirst().orElseThrow()
                .titel();
    }

    @Test
    void titlesOfLinkedCasussenOnlyForWhoMaySeeThemAndEachShownTitleIsAVerwerking() {
        Signaal s = w.o.signalen.maak("utrecht", signaal(List.of(bijNoord.id(), bijZuid.id())), "test");
        SignaalService service = web();

        Signaal alsTafellid = service.zoek(Namens.van(w.tafellid), "utrecht", s.id()).orElseThrow();
        assertThat(titel(alsTafellid, bijNoord)).isEqualTo("Zoon mag niet thuis wonen");
        assertThat(titel(alsTafellid, bijZuid)).as("een casus van een andere tafel").isNull();
        Signaal alsBeheerder = service.zoek(Namens.van(BEHEERDER), "utrecht", s.id()).orElseThrow();
        assertThat(alsBeheerder.casussen()).extracting(GekoppeldeCasus::titel).containsOnlyNulls();
        Signaal alsRegisseur = service.wijzigStatus(Namens.van(REGISSEUR), "utrecht", s.id(), null,
                SignaalStatus.IN_BEHANDELING, null, null);
        assertThat(titel(alsRegisseur, bijZuid)).isEqualTo("Kostendelersnorm");

        assertThat(log(bijNoord)).filteredOn(v -> v.object().equals("signaal"))
                .extracting(Verwerking::door, Verwerking::handeling, Verwerking::doel)
                .containsExactly(tuple("u-tafellid", Verwerking.LEZEN, "Signalen over regels die knellen bekijken"),
                        tuple("u-regisseur", Verwerking.WIJZIGEN, "Signaal behandelen"));
        assertThat(log(bijZuid)).filteredOn(v -> v.object().equals("signaal")).extracting(Verwerking::door)
                .containsExactly("u-regisseur");
    }

    @Test
    void aTafellidLinksOnlyCasussenOfHisTafelsAndReadsOnlyTheirSignalen() {
        SignaalService service = web();
        Namens n = Namens.van(w.tafellid);
        assertThatThrownBy(() -> service.maak(n, "utrecht", signaal(List.of(bijNoord.id(), bijZuid.id()))))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessage("De invoer klopt niet: Casus '" + bijZuid.id() + "' bestaat niet in deze gemeente.");
        Signaal s = service.maak(n, "utrecht", signaal(List.of(bijNoord.id())));
        assertThat(s.historie().get(0).door()).isEqualTo("u-tafellid");
        assertThatThrownBy(() -> service.koppel(n, "utrecht", s.id(), bijZuid.id()))
                .isInstanceOf(OngeldigeInvoerException.class);
        assertCasusNietGevonden(bijZuid.id(), () -> service.vanCasus(n, "utrecht", bijZuid.id()));
        assertThat(service.vanCasus(n, "utrecht", bijNoord.id())).extracting(Signaal::id).contains(s.id());
        assertThat(w.o.signalen.zoek("utrecht", s.id()).orElseThrow().casussen()).as("niets gekoppeld").hasSize(1);
    }

    @Test
    void rolesAndGemeenteAsTheRestApiAlwaysAnswered() {
        Signaal s = w.o.signalen.maak("utrecht", signaal(List.of()), "test");
        SignaalService service = web();
        assertGemeenteNietGevonden("utrecht",
                () -> service.lijst(Namens.van(ELDERS), "utrecht", SignaalFilter.geen(), 1, 10));
        assertGeweigerd("Uw rol geeft geen toegang tot de signalen.",
                () -> service.lijst(Namens.van(PLATFORMBEHEERDER), "utrecht", SignaalFilter.geen(), 1, 10));
        assertGeweigerd("Uw rol geeft geen toegang tot het behandelen van signalen.",
                () -> service.wijzigStatus(Namens.van(w.tafellid), "utrecht", s.id(), null, SignaalStatus.IN_BEHANDELING,
                        null, null));
        assertGeenCasusinhoud(() -> service.vanCasus(Namens.van(BEHEERDER), "utrecht", bijNoord.id()));
        assertThat(service.lijst(Namens.van(BEHEERDER), "utrecht", SignaalFilter.geen(), 1, 10).count()).isPositive();
    }

    @Test
    void aPluginActsForTheUserAndSeesTitlesOfItsOwnVariantOnly() {
        Signaal s = w.o.signalen.maak("utrecht", signaal(List.of(bijNoord.id())), "test");
        SignaalService vreemd = dienst(plugin(VREEMDE_PLUGIN));
        assertThat(titel(vreemd.zoek(Namens.van(REGISSEUR), "utrecht", s.id()).orElseThrow(), bijNoord)).isNull();
        assertGeweigerd(() -> vreemd.zoek(Namens.van(Gebruiker.systeem("x")), "utrecht", s.id()));
    }
}
