package nl.doorbraak.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.privacy.VerwerkingenSchrijver;
import nl.doorbraak.core.toegang.Aanroeper;

/**
 * The world the {@code *ToegangTest}s check the core's doors in: a {@link CoreOmgeving} (gemeenten utrecht,
 * leeuwarden, eindhoven), optionally the standaard variant, the tafels Noord and Zuid in utrecht with a tafellid of
 * Noord, and a second plug-in's variant 'jongeren' with its own tafel; users per role; a plug-in's
 * {@link Aanroeper}; and the checks every door repeats (gemeente → 404, role → 403, another tafel → 404, a
 * verwerking written or not).
 *
 * <p>Register it per test class; it builds the world before the class's own {@code @BeforeAll} and closes it after
 * the class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ToegangFixture w = new ToegangFixture().metTafels();
 * }</pre>
 */
public final class ToegangFixture implements BeforeAllCallback, AfterAllCallback {

    public static final String STANDAARD_PLUGIN = "nl.doorbraak.plugin.standaard";
    public static final String VREEMDE_PLUGIN = "nl.vreemd.plugin";
    /** The message of every casus door to a role that may not see what is in a casus. */
    public static final String GEEN_CASUSINHOUD = "Uw rol geeft geen toegang tot de inhoud van casussen.";

    public static final Gebruiker REGISSEUR = gebruiker("u-regisseur", "utrecht", Rol.CASUSREGISSEUR);
    public static final Gebruiker BEHEERDER = gebruiker("u-beheerder", "utrecht", Rol.GEMEENTEBEHEERDER);
    public static final Gebruiker TRANSFORMAATJE = gebruiker("u-tf", "utrecht", Rol.TRANSFORMAATJE);
    public static final Gebruiker ZONDER_ROL = gebruiker("u-niemand", "utrecht");
    /** A casusregisseur of another gemeente (leeuwarden). */
    public static final Gebruiker ELDERS = gebruiker("l-regisseur", "leeuwarden", Rol.CASUSREGISSEUR);
    /** A gemeentebeheerder of another gemeente (leeuwarden). */
    public static final Gebruiker ELDERS_BEHEERDER = gebruiker("l-beheerder", "leeuwarden", Rol.GEMEENTEBEHEERDER);
    public static final Gebruiker PLATFORMBEHEERDER = gebruiker("p", null, Rol.PLATFORMBEHEERDER);
    public static final Gebruiker RIJK = gebruiker("rijk", null, Rol.RIJK);
    /** The platform itself, as the Gogo shell calls. */
    public static final Namens SYSTEEM = Namens.van(Gebruiker.systeem("gogo-shell"));
    /** A verwerkingenlog that cannot write: a door must then serve nothing. */
    public static final VerwerkingenSchrijver SCHIJF_VOL = (regels, via) -> {
        throw new IllegalStateException("schijf vol");
    };

    private boolean standaard;
    private boolean tafels;
    private boolean jongeren;
    private Path map;

    /** The core, from before the test class's {@code @BeforeAll} on. */
    public CoreOmgeving o;
    /** With {@link #metTafels()}: two tafels of utrecht, and a tafellid of Noord only. */
    public Tafel noord;
    public Tafel zuid;
    public Gebruiker tafellid;
    /** With {@link #metJongeren()}: a tafel of the variant 'jongeren' (another plug-in's, nl.utrecht.jongeren). */
    public Tafel jong;

    /** The standaard variant, provided by {@link #STANDAARD_PLUGIN}. */
    public ToegangFixture metStandaardVariant() {
        standaard = true;
        return this;
    }

    /** The standaard variant, tafels Noord and Zuid in utrecht and a tafellid of Noord. */
    public ToegangFixture metTafels() {
        tafels = true;
        return metStandaardVariant();
    }

    /** Also the variant 'jongeren' of another plug-in and a tafel of it in utrecht. */
    public ToegangFixture metJongeren() {
        jongeren = true;
        return metTafels();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        map = Files.createTempDirectory("toegang");
        o = new CoreOmgeving(map);
        if (standaard) {
            o.varianten.aanmelden(TestVariant.standaard(), 1, 0, STANDAARD_PLUGIN, "1.0.0");
        }
        if (jongeren) {
            o.varianten.aanmelden(new TestVariant("jongeren", 1), 2, 0, "nl.utrecht.jongeren", "1.0.0");
        }
        if (tafels) {
            noord = o.tafel("utrecht", "Tafel Noord");
            zuid = o.tafel("utrecht", "Tafel Zuid");
            tafellid = tafellid("u-tafellid", noord);
        }
        if (jongeren) {
            jong = o.tafels.maak("utrecht", new NieuweTafel("Jongerentafel", "jongeren", List.of(new Deelnemer(
                    "Marieke de Vries", "Woningcorporatie", "Ontruiming opschorten", null))), "test");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (o != null) {
            o.close();
        }
        if (map != null) {
            try (Stream<Path> s = Files.walk(map)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    // --- users and callers

    /** A user of this gemeente (null: of none) with these roles and no tafels. */
    public static Gebruiker gebruiker(String gebruikersnaam, String gemeente, Rol... rollen) {
        return new Gebruiker(gebruikersnaam, gebruikersnaam, gemeente, Set.of(rollen), Set.of());
    }

    /** A tafellid of utrecht at these tafels. */
    public static Gebruiker tafellid(String gebruikersnaam, Tafel... aan) {
        return new Gebruiker(gebruikersnaam, "T", "utrecht", Set.of(Rol.TAFELLID),
                Set.copyOf(Arrays.stream(aan).map(Tafel::id).toList()));
    }

    /** A plug-in bundle as caller, granted (and asked for) these rechten. */
    public static Aanroeper plugin(String bundle, Recht... rechten) {
        return Aanroeper.plugin(bundle, new PluginRechten(bundle, "1.0.0", Set.of(rechten), Set.of(rechten),
                List.of()));
    }

    /** The casus door every casus-scoped service stands behind, for the platform (REST, Gogo shell). */
    public Casustoegang casustoegang() {
        return casustoegang(Aanroeper.platform());
    }

    public Casustoegang casustoegang(Aanroeper aanroeper) {
        return casustoegang(aanroeper, o.verwerkingen);
    }

    public Casustoegang casustoegang(Aanroeper aanroeper, VerwerkingenSchrijver log) {
        return new Casustoegang(o.casussen, o.gemeenten, o.varianten, log, aanroeper);
    }

    // --- casussen

    /** An intake at this tafel of utrecht, with an inwoner. */
    public static NieuweCasus intake(Tafel t) {
        return new NieuweCasus(t.id(), "Stapeling", "Schulden bij DUO en CJIB", new Inwoner(null, "A.B."), "geld",
                List.of("DUO"), Map.of("urgentie", "hoog"));
    }

    /** A new casus at this tafel of utrecht. */
    public Casus casus(Tafel t) {
        return o.casussen.maak("utrecht", intake(t), "test");
    }

    /** A casus in voorbereiding at this tafel of utrecht. */
    public Casus inVoorbereiding(Tafel t) {
        Casus k = casus(t);
        return o.casussen.wijzigStatus("utrecht", k.id(), null, CasusStatus.IN_VOORBEREIDING, null, null, "test");
    }

    /** A casus on the agenda of tomorrow's bijeenkomst of this tafel of utrecht: ready for a besluit. */
    public Casus geagendeerd(Tafel t) {
        Casus k = inVoorbereiding(t);
        Bijeenkomst b = o.bijeenkomsten.plan("utrecht", new NieuweBijeenkomst(t.id(), Tijd.vandaag().plusDays(1),
                List.of("Marieke de Vries"), null), "test");
        o.bijeenkomsten.agendeer("utrecht", b.id(), k.id(), "test");
        return o.casussen.zoek("utrecht", k.id()).orElseThrow();
    }

    /** The verwerkingen of the inwoner of this casus of utrecht. */
    public List<Verwerking> log(Casus c) {
        return o.verwerkingen.vanInwoner("utrecht", c.inwoner().pseudoniem());
    }

    // --- the checks every door repeats

    /** Another gemeente, or one that does not exist: 404 with the Dutch message, before any role is checked. */
    public static void assertGemeenteNietGevonden(String gemeente, ThrowingCallable aanroep) {
        assertThatThrownBy(aanroep).isInstanceOf(NietGevondenException.class)
                .hasMessage("Gemeente '" + gemeente + "' niet gevonden.");
    }

    /** A casus of another tafel (or variant) does not exist for this caller: 404 naming the casus. */
    public static void assertCasusNietGevonden(String casusId, ThrowingCallable aanroep) {
        assertThatThrownBy(aanroep).isInstanceOf(NietGevondenException.class)
                .hasMessage("Casus '" + casusId + "' niet gevonden.");
    }

    /** 404, whatever the message. */
    public static AbstractThrowableAssert<?, ? extends Throwable> assertNietGevonden(ThrowingCallable aanroep) {
        return assertThatThrownBy(aanroep).isInstanceOf(NietGevondenException.class);
    }

    /** 403 with this Dutch message. */
    public static void assertGeweigerd(String melding, ThrowingCallable aanroep) {
        assertThatThrownBy(aanroep).isInstanceOf(GeenToegangException.class).hasMessage(melding);
    }

    /** 403, whatever the message. */
    public static AbstractThrowableAssert<?, ? extends Throwable> assertGeweigerd(ThrowingCallable aanroep) {
        return assertThatThrownBy(aanroep).isInstanceOf(GeenToegangException.class);
    }

    /** 403 for a role that may not see what is in a casus (a gemeentebeheerder, say). */
    public static void assertGeenCasusinhoud(ThrowingCallable aanroep) {
        assertGeweigerd(GEEN_CASUSINHOUD, aanroep);
    }

    /** With a verwerkingenlog that cannot write ({@link #SCHIJF_VOL}) the door serves nothing. */
    public static void assertZonderLogNiets(ThrowingCallable aanroep) {
        assertThatThrownBy(aanroep).hasMessageContaining("schijf vol");
    }

    /** Nothing of this casus's inwoner was processed by this user. */
    public void assertGeenVerwerkingDoor(String door, Casus c) {
        assertThat(log(c)).noneMatch(v -> v.door().equals(door));
    }
}
