package nl.doorbraak.core.tafel;

import static nl.doorbraak.core.ToegangFixture.BEHEERDER;
import static nl.doorbraak.core.ToegangFixture.ELDERS_BEHEERDER;
import static nl.doorbraak.core.ToegangFixture.PLATFORMBEHEERDER;
import static nl.doorbraak.core.ToegangFixture.REGISSEUR;
import static nl.doorbraak.core.ToegangFixture.TRANSFORMAATJE;
import static nl.doorbraak.core.ToegangFixture.VREEMDE_PLUGIN;
import static nl.doorbraak.core.ToegangFixture.assertGemeenteNietGevonden;
import static nl.doorbraak.core.ToegangFixture.assertGeweigerd;
import static nl.doorbraak.core.ToegangFixture.plugin;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.TafelService;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.core.ToegangFixture;
import nl.doorbraak.core.toegang.Aanroeper;

/** The core decides who reads and who keeps the tafels: gemeente first (404), then the role (403). */
class TafelToegangTest {

    @RegisterExtension
    static final ToegangFixture w = new ToegangFixture().metStandaardVariant();
    static TafelService web;

    @BeforeAll
    static void start() {
        web = dienst(Aanroeper.platform());
    }

    static TafelService dienst(Aanroeper aanroeper) {
        return new TafelServiceImpl(w.o.tafels, w.o.gemeenten, aanroeper);
    }

    static NieuweTafel tafel(String naam) {
        return new NieuweTafel(naam, "standaard", List.of(new Deelnemer("Marieke de Vries", "woningcorporatie",
                null, null)));
    }

    @Test
    void theGemeentebeheerderKeepsTafelsInHisNameAndWhoWorksAtTafelsReadsThem() {
        Tafel t = web.maak(Namens.van(BEHEERDER), "utrecht", tafel("Tafel Noord"));
        Tafel w = web.wijzig(Namens.van(BEHEERDER), "utrecht", t.id(), t.versie(), tafel("Tafel Noord-Oost"));
        assertThat(web.zoek(Namens.van(TRANSFORMAATJE), "utrecht", t.id())).contains(w);
        assertThat(web.lijst(Namens.van(REGISSEUR), "utrecht", 1, 100).results()).extracting(Tafel::id)
                .contains(t.id());
        assertThat(web.metContact(Namens.van(REGISSEUR), "utrecht", "onbekend")).isEmpty();
    }

    @Test
    void aCasusregisseurDoesNotKeepTafelsAndAnotherGemeenteIsNotFoundEvenWithoutOne() {
        assertGeweigerd("Uw rol geeft geen toegang tot het beheer van tafels.",
                () -> web.maak(Namens.van(REGISSEUR), "utrecht", tafel("Tafel Zuid")));
        assertThat(w.o.tafels.lijst("utrecht", 1, 100).results()).extracting(Tafel::naam).doesNotContain("Tafel Zuid");
        assertGemeenteNietGevonden("utrecht", () -> web.lijst(Namens.van(ELDERS_BEHEERDER), "utrecht", 1, 10));
        assertGemeenteNietGevonden("utrecht", () -> web.lijst(Namens.van(PLATFORMBEHEERDER), "utrecht", 1, 10));
    }

    @Test
    void aPluginMakesTafelsAsThePlatformOnlyWithTheRightPlatform() {
        TafelService vreemd = dienst(plugin(VREEMDE_PLUGIN));
        Namens systeem = Namens.van(Gebruiker.systeem("osgi-test"));
        assertGeweigerd(() -> vreemd.maak(systeem, "utrecht", tafel("Tafel West")));
        TafelService verleend = dienst(plugin(VREEMDE_PLUGIN, Recht.PLATFORM));
        assertThat(verleend.maak(systeem, "utrecht", tafel("Tafel West")).naam()).isEqualTo("Tafel West");
    }
}
