package nl.doorbraak.core.toegang;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.rechten.RechtenRegister;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.TeVeelPogingenException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.api.toegang.Account;
import nl.doorbraak.api.toegang.Bron;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.GebruikerService;
import nl.doorbraak.api.toegang.Inlogresultaat;
import nl.doorbraak.api.toegang.SsoAanmelding;
import nl.doorbraak.core.audit.AuditStore;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Gebeurtenissen;

/**
 * Logins and a user's own password. Every attempt is counted before the slow hash runs (per account in the database,
 * per unknown name and per client address in {@link Inlogbewaker}), so attempts slow down from the third failure and
 * lock after {@code maxPogingen}; an unknown name goes through exactly the same steps and the same hash cost as a
 * wrong password. Demo accounts only count when the platform runs with demo data. Passwords are never logged; a
 * username in a log line is neutralised first.
 */
@Component(service = GebruikerService.class,
        // guarded: registered only after the hooks that hide it from plug-ins without the right
        reference = @Reference(name = "rechten", service = RechtenRegister.class))
public final class GebruikerServiceImpl implements GebruikerService {

    private static final Logger LOG = LoggerFactory.getLogger(GebruikerServiceImpl.class);
    public static final String DEMO = "doorbraak.demo";
    static final String TE_VEEL = "Te veel mislukte pogingen. Probeer het over %d seconden opnieuw, of vraag een "
            + "beheerder de blokkade op te heffen.";
    static final String CODE_ONJUIST = "De code klopt niet of is verlopen. Vraag uw beheerder om een nieuwe.";

    private final Database db;
    private final boolean demoModus;
    private final Inlogbewaker bewaker;
    private final Gebeurtenissen gebeurtenissen;
    private final GebruikerStore store = new GebruikerStore();
    private final AuditStore audit = new AuditStore();
    private final Wachtwoordbeleid beleid = new Wachtwoordbeleid();
    private final SsoAccounts sso;

    @Activate
    public GebruikerServiceImpl(@Reference(name = "database") Database db,
            @Reference(name = "bewaker") Inlogbewaker bewaker,
            @Reference(name = "gebeurtenissen") Gebeurtenissen gebeurtenissen,
            @Reference(name = "gemeenten") GemeenteService gemeenten, BundleContext context) {
        this(db, Boolean.parseBoolean(context.getProperty(DEMO)), bewaker, gebeurtenissen, gemeenten);
    }

    /**
     * Without OSGi (tests). A factory, not a second public constructor: SCR tries every public constructor with as many
     * parameters as its own and logged an ERROR for this one's boolean at every start.
     */
    public static GebruikerServiceImpl zonderOsgi(Database db, boolean demoModus, Inlogbewaker bewaker,
            Gebeurtenissen gebeurtenissen, GemeenteService gemeenten) {
        return new GebruikerServiceImpl(db, demoModus, bewaker, gebeurtenissen, gemeenten);
    }

    private GebruikerServiceImpl(Database db, boolean demoModus, Inlogbewaker bewaker, Gebeurtenissen gebeurtenissen,
            GemeenteService gemeenten) {
        this.db = db;
        this.demoModus = demoModus;
        this.bewaker = bewaker;
        this.gebeurtenissen = gebeurtenissen;
        this.sso = new SsoAccounts(db, gemeenten, gebeurtenissen);
    }

    @Override
    public Inlogresultaat ssoAanmelding(SsoAanmelding aanmelding) {
        return sso.aanmelding(aanmelding, bewaker.nu());
    }

    @Override
    @Deprecated
    public Optional<Gebruiker> authenticeer(String gebruikersnaam, char[] wachtwoord) {
        Inlogresultaat r = inloggen(gebruikersnaam, wachtwoord, null);
        return r.gelukt() ? Optional.of(r.gebruiker()) : Optional.empty();
    }

    @Override
    public Optional<Gebruiker> zoek(String gebruikersnaam) {
        String naam = Gebruikersnaam.uitInvoer(gebruikersnaam);
        if (naam == null) {
            return Optional.empty();
        }
        return db.lees(c -> store.zoek(c, naam)).filter(this::mag).map(GebruikerStore.Rij::gebruiker);
    }

    @Override
    public Inlogresultaat inloggen(String gebruikersnaam, char[] wachtwoord, String clientAdres) {
        Wachtwoorden wachtwoorden = bewaker.wachtwoorden();
        char[] ww = wachtwoord == null ? new char[0] : wachtwoord;
        Poging p = begin(gebruikersnaam, clientAdres);
        if (p.wacht() > 0) {
            LOG.info("Inloggen geweigerd voor '{}' vanaf {}: te veel mislukte pogingen",
                    Tekst.voorLog(gebruikersnaam), Tekst.voorLog(clientAdres));
            return Inlogresultaat.teVeelPogingen(p.wacht());
        }
        GebruikerStore.Rij rij = p.rij();
        String hash = rij == null || rij.account().bron() != Bron.LOKAAL ? null : rij.wachtwoordHash();
        boolean klopt;
        if (hash == null) {
            wachtwoorden.doeAlsOf(ww);
            klopt = false;
        } else {
            klopt = wachtwoorden.klopt(ww, hash);
            if (!klopt) {
                wachtwoorden.vulAan(ww, hash);
            }
        }
        if (!klopt || !mag(rij)) {
            if (!klopt) {
                bewaker.adresMislukt(clientAdres, p.nu());
            }
            LOG.info("Inloggen geweigerd voor '{}' vanaf {}: {}", Tekst.voorLog(gebruikersnaam),
                    Tekst.voorLog(clientAdres), rij == null ? "onbekende gebruiker"
                            : !klopt ? "wachtwoord klopt niet" : rij.account().demo() ? "demo-account buiten demomodus"
                                    : "account niet actief");
            return Inlogresultaat.geweigerd();
        }
        String nieuweHash = wachtwoorden.verouderd(hash) ? wachtwoorden.hash(ww) : null;
        db.inTransactie(c -> {
            store.ingelogd(c, rij.account().gebruikersnaam(), p.nu(), nieuweHash);
            return null;
        });
        return Inlogresultaat.gelukt(rij.gebruiker(), rij.account().wachtwoordWijzigen());
    }

    @Override
    public void wijzigWachtwoord(String gebruikersnaam, char[] huidig, char[] nieuw, String clientAdres) {
        String naam = Gebruikersnaam.uitInvoer(gebruikersnaam);
        controleerNieuw(nieuw, naam, "nieuwWachtwoord");
        if (huidig != null && java.util.Arrays.equals(huidig, nieuw)) {
            throw new OngeldigeInvoerException("Kies een ander wachtwoord dan het huidige.",
                    List.of(new VeldFout("nieuwWachtwoord", "waarde", "Kies een ander wachtwoord dan het huidige.")));
        }
        Wachtwoorden wachtwoorden = bewaker.wachtwoorden();
        Poging p = begin(gebruikersnaam, clientAdres);
        if (p.wacht() > 0) {
            throw new TeVeelPogingenException(String.format(TE_VEEL, p.wacht()), p.wacht());
        }
        GebruikerStore.Rij rij = p.rij();
        char[] ww = huidig == null ? new char[0] : huidig;
        boolean klopt = rij != null && rij.wachtwoordHash() != null && rij.account().bron() == Bron.LOKAAL && mag(rij)
                && wachtwoorden.klopt(ww, rij.wachtwoordHash());
        if (!klopt) {
            bewaker.adresMislukt(clientAdres, p.nu());
            throw new OngeldigeInvoerException("Het huidige wachtwoord klopt niet.",
                    List.of(new VeldFout("huidigWachtwoord", "onjuist", "Het huidige wachtwoord klopt niet.")));
        }
        String hash = wachtwoorden.hash(nieuw);
        Account a = rij.account();
        db.inTransactie(c -> {
            store.zetWachtwoord(c, a.gebruikersnaam(), hash, p.nu());
            store.ingelogd(c, a.gebruikersnaam(), p.nu(), null);
            audit.schrijf(c, a.gemeente(), null, "gebruiker", a.gebruikersnaam(), "wachtwoord gewijzigd",
                    a.gebruikersnaam(), List.of());
            return null;
        });
        LOG.info("Wachtwoord gewijzigd door '{}'", a.gebruikersnaam());
        AccountServiceImpl.meld(gebeurtenissen, a, "wachtwoord");
    }

    @Override
    public void herstel(String gebruikersnaam, String code, char[] nieuw, String clientAdres) {
        String naam = Gebruikersnaam.uitInvoer(gebruikersnaam);
        // the rules for the new password first: their answer says nothing about the account
        controleerNieuw(nieuw, naam, "nieuwWachtwoord");
        Poging p = begin(gebruikersnaam, clientAdres);
        if (p.wacht() > 0) {
            throw new TeVeelPogingenException(String.format(TE_VEEL, p.wacht()), p.wacht());
        }
        GebruikerStore.Rij rij = p.rij();
        boolean klopt = rij != null && mag(rij) && rij.account().bron() == Bron.LOKAAL
                && rij.account().codeGeldigTot() != null && rij.account().codeGeldigTot().isAfter(p.nu())
                && Codes.klopt(rij.account().gebruikersnaam(), code, rij.codeHash());
        if (!klopt) {
            bewaker.adresMislukt(clientAdres, p.nu());
            LOG.info("Eenmalige code geweigerd voor '{}' vanaf {}", Tekst.voorLog(gebruikersnaam),
                    Tekst.voorLog(clientAdres));
            throw new OngeldigeInvoerException(CODE_ONJUIST, List.of(new VeldFout("code", "onjuist", CODE_ONJUIST)));
        }
        String hash = bewaker.wachtwoorden().hash(nieuw);
        Account a = rij.account();
        boolean gelukt = db.inTransactie(c -> {
            // the code is used once: a second request with it finds it gone
            GebruikerStore.Rij nu = store.zoekVoorWijziging(c, a.gebruikersnaam()).orElse(null);
            if (nu == null || nu.codeHash() == null || !nu.codeHash().equals(rij.codeHash())) {
                return false;
            }
            store.zetWachtwoord(c, a.gebruikersnaam(), hash, p.nu());
            audit.schrijf(c, a.gemeente(), null, "gebruiker", a.gebruikersnaam(), "wachtwoord gekozen",
                    a.gebruikersnaam(), List.of());
            return true;
        });
        if (!gelukt) {
            throw new OngeldigeInvoerException(CODE_ONJUIST, List.of(new VeldFout("code", "onjuist", CODE_ONJUIST)));
        }
        LOG.info("Wachtwoord gekozen met een eenmalige code door '{}'", a.gebruikersnaam());
        AccountServiceImpl.meld(gebeurtenissen, a, "wachtwoord");
    }

    /** @throws OngeldigeInvoerException when the new password breaks the rules */
    void controleerNieuw(char[] nieuw, String gebruikersnaam, String veld) {
        if (nieuw == null || nieuw.length == 0) {
            throw new OngeldigeInvoerException("Het nieuwe wachtwoord ontbreekt.",
                    List.of(new VeldFout(veld, "verplicht", "Kies een nieuw wachtwoord.")));
        }
        beleid.waaromNiet(nieuw, gebruikersnaam).ifPresent(reden -> {
            throw new OngeldigeInvoerException(reden, List.of(new VeldFout(veld, "wachtwoord", reden)));
        });
    }

    /** An attempt counted before the check: the account (or null), and how long to wait when it is refused. */
    private record Poging(GebruikerStore.Rij rij, int wacht, Instant nu) {
    }

    private Poging begin(String getypt, String clientAdres) {
        Instant nu = bewaker.nu();
        int adres = bewaker.adresWacht(clientAdres, nu);
        if (adres > 0) {
            return new Poging(null, adres, nu);
        }
        String naam = Gebruikersnaam.uitInvoer(getypt);
        Toegangsinstellingen i = bewaker.instellingen();
        Poging p = naam == null ? null : db.inTransactie(c -> {
            GebruikerStore.Rij r = store.zoekVoorWijziging(c, naam).orElse(null);
            if (r == null) {
                return null;
            }
            Teller t = r.teller();
            int wacht = t.wachtSeconden(nu, i);
            if (wacht == 0) {
                Teller na = t.naPoging(nu, i);
                store.zetTeller(c, naam, na);
                if (na.geblokkeerd(nu) && !t.geblokkeerd(nu)) {
                    LOG.warn("Account '{}' geblokkeerd tot {} na {} mislukte pogingen", naam, na.geblokkeerdTot(),
                            na.mislukt());
                }
            }
            return new Poging(r, wacht, nu);
        });
        if (p != null) {
            return p;
        }
        // no account by that name (or not a possible name): the same rules, in memory
        return new Poging(null, bewaker.reserveerOnbekend(naam == null ? Tekst.voorLog(getypt) : naam, nu), nu);
    }

    private boolean mag(GebruikerStore.Rij r) {
        return r != null && r.account().actief() && (!r.account().demo() || demoModus);
    }
}
