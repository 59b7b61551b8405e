package nl.doorbraak.core.signaal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.SignaalService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.CoreOmgeving;
import nl.doorbraak.core.TestVariant;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.toegang.Aanroeper;

/** The core decides who reports, reads and handles signalen, who sees the titles of linked casussen, and records them. */
class SignaalToegangTest {

    @TempDir
    static Path map;
    static CoreOmgeving o;
    static Tafel noord;
    static Tafel zuid;
    static Casus bijNoord;
    static Casus bijZuid;

    static final Gebruiker REGISSEUR = new Gebruiker("u-regisseur", "R", "utrecht", Set.of(Rol.CASUSREGISSEUR), Set.of());
    static final Gebruiker BEHEERDER = new Gebruiker("u-beheerder", "B", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER), Set.of());
    static final Gebruiker PLATFORMBEHEERDER = new Gebruiker("p-beheerder", "P", null, Set.of(Rol.PLATFORMBEHEERDER),
            Set.of());
    static final Gebruiker ELDERS = new Gebruiker("l-regisseur", "L", "leeuwarden", Set.of(Rol.CASUSREGISSEUR), Set.of());
    static Gebruiker tafellid;

    @BeforeAll
    static void start() {
        o = new CoreOmgeving(map);
        o.varianten.aanmelden(TestVariant.standaard(), 1, 0, "nl.doorbraak.plugin.standaard", "1.0.0");
        noord = o.tafel("utrecht", "Tafel Noord");
        zuid = o.tafel("utrecht", "Tafel Zuid");
        tafellid = new Gebruiker("u-tafellid", "T", "utrecht", Set.of(Rol.TAFELLID), Set.of(noord.id()));
        bijNoord = casus(noord, "Zoon mag niet thuis wonen");
        bijZuid = casus(zuid, "Kostendelersnorm");
    }

    @AfterAll
    static void stop() {
        o.close();
    }

    static Casus casus(Tafel t, String titel) {
        return o.casussen.maak("utrecht", new NieuweCasus(t.id(), titel, "Hulp", new Inwoner(null, "A.B."), "wonen",
                List.of("woningcorporatie"), Map.of("urgentie", "hoog")), "test");
    }

    static NieuwSignaal signaal(List<String> casusIds) {
        return new NieuwSignaal("Kostendelersnorm", "Gemeente Utrecht", "Inwonenden kind verlaagt uitkering",
                casusIds);
    }

    static SignaalService web() {
        return new SignaalServiceImpl(o.signalen, new Casustoegang(o.casussen, o.gemeenten, o.varianten,
                o.verwerkingen, Aanroeper.platform()), o.verwerkingen);
    }

    static List<Verwerking> log(Casus c) {
        return o.verwerkingen.vanInwoner("utrecht", c.inwoner().pseudoniem());
    }

    static String titel(Signaal s, Casus c) {
        return s.casussen().stream().filter(k -> k.casusId().equals(c.id())).findFirst().orElseThrow()
                .titel();
    }

    @Test
    void titlesOfLinkedCasussenOnlyForWhoMaySeeThemAndEachShownTitleIsAVerwerking() {
        Signaal s = o.signalen.maak("utrecht", signaal(List.of(bijNoord.id(), bijZuid.id())), "test");
        SignaalService service = web();

        Signaal alsTafellid = service.zoek(Namens.van(tafellid), "utrecht", s.id()).orElseThrow();
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
        Namens n = Namens.van(tafellid);
        assertThatThrownBy(() -> service.maak(n, "utrecht", signaal(List.of(bijNoord.id(), bijZuid.id()))))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessage("De invoer klopt niet: Casus '" + bijZuid.id() + "' bestaat niet in deze gemeente.");
        Signaal s = service.maak(n, "utrecht", signaal(List.of(bijNoord.id())));
        assertThat(s.historie().get(0).door()).isEqualTo("u-tafellid");
        assertThatThrownBy(() -> service.koppel(n, "utrecht", s.id(), bijZuid.id()))
                .isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> service.vanCasus(n, "utrecht", bijZuid.id())).isInstanceOf(NietGevondenException.class)
                .hasMessage("Casus '" + bijZuid.id() + "' niet gevonden.");
        assertThat(service.vanCasus(n, "utrecht", bijNoord.id())).extracting(Signaal::id).contains(s.id());
        assertThat(o.signalen.zoek("utrecht", s.id()).orElseThrow().casussen()).as("niets gekoppeld").hasSize(1);
    }

    @Test
    void rolesAndGemeenteAsTheRestApiAlwaysAnswered() {
        Signaal s = o.signalen.maak("utrecht", signaal(List.of()), "test");
        SignaalService service = web();
        assertThatThrownBy(() -> service.lijst(Namens.van(ELDERS), "utrecht", SignaalFilter.geen(), 1, 10))
                .isInstanceOf(NietGevondenException.class).hasMessage("Gemeente 'utrecht' niet gevonden.");
        assertThatThrownBy(() -> service.lijst(Namens.van(PLATFORMBEHEERDER), "utrecht", SignaalFilter.geen(), 1, 10))
                .isInstanceOf(GeenToegangException.class).hasMessage("Uw rol geeft geen toegang tot de signalen.");
        assertThatThrownBy(() -> service.wijzigStatus(Namens.van(tafellid), "utrecht", s.id(), null,
                SignaalStatus.IN_BEHANDELING, null, null)).isInstanceOf(GeenToegangException.class)
                .hasMessage("Uw rol geeft geen toegang tot het behandelen van signalen.");
        assertThatThrownBy(() -> service.vanCasus(Namens.van(BEHEERDER), "utrecht", bijNoord.id()))
                .isInstanceOf(GeenToegangException.class)
                .hasMessage("Uw rol geeft geen toegang tot de inhoud van casussen.");
        assertThat(service.lijst(Namens.van(BEHEERDER), "utrecht", SignaalFilter.geen(), 1, 10).count()).isPositive();
    }

    @Test
    void aPluginActsForTheUserAndSeesTitlesOfItsOwnVariantOnly() {
        Signaal s = o.signalen.maak("utrecht", signaal(List.of(bijNoord.id())), "test");
        PluginRechten geen = new PluginRechten("nl.vreemd.plugin", "1.0.0", Set.of(), Set.of(), List.of());
        SignaalService vreemd = new SignaalServiceImpl(o.signalen, new Casustoegang(o.casussen, o.gemeenten,
                o.varianten, o.verwerkingen, Aanroeper.plugin("nl.vreemd.plugin", geen)), o.verwerkingen);
        assertThat(titel(vreemd.zoek(Namens.van(REGISSEUR), "utrecht", s.id()).orElseThrow(), bijNoord)).isNull();
        assertThatThrownBy(() -> vreemd.zoek(Namens.van(Gebruiker.systeem("x")), "utrecht", s.id()))
                .isInstanceOf(GeenToegangException.class);
    }
}
