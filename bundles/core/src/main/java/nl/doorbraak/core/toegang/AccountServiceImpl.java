package nl.doorbraak.core.toegang;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.rechten.RechtenRegister;
import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.api.toegang.Account;
import nl.doorbraak.api.toegang.AccountFilter;
import nl.doorbraak.api.toegang.AccountService;
import nl.doorbraak.api.toegang.AccountWijziging;
import nl.doorbraak.api.toegang.Adresblokkade;
import nl.doorbraak.api.toegang.Bron;
import nl.doorbraak.api.toegang.Eenmaligecode;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.NieuwAccount;
import nl.doorbraak.api.toegang.NieuwAccountMetCode;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.audit.AuditStore;
import nl.doorbraak.core.audit.Wijzigingen;
import nl.doorbraak.core.contact.ContactVerwijzing;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Gebeurtenissen;
import nl.doorbraak.core.platform.Invoer;

/**
 * User management, with the rights checked here, whoever calls (REST, Gogo, a plug-in): see {@link AccountService}.
 * Every change is one transaction with its audit line; the event that makes the web bundle drop sessions and
 * remembered logins of the account is delivered synchronously after the commit.
 */
@Component(service = AccountService.class,
        // guarded: registered only after the hooks that hide it from plug-ins without the right
        reference = @Reference(name = "rechten", service = RechtenRegister.class))
public final class AccountServiceImpl implements AccountService {

    private static final Logger LOG = LoggerFactory.getLogger(AccountServiceImpl.class);

    /** What a gemeentebeheerder administers in its own gemeente. */
    static final Set<Rol> GEMEENTEROLLEN = EnumSet.of(Rol.GEMEENTEBEHEERDER, Rol.CASUSREGISSEUR, Rol.TAFELLID,
            Rol.TRANSFORMAATJE);
    /** The accounts of no gemeente. */
    static final Set<Rol> PLATFORMROLLEN = EnumSet.of(Rol.PLATFORMBEHEERDER, Rol.RIJK);
    /** What a platformbeheerder may give in a gemeente: its beheerders, never a right to casussen. */
    static final Set<Rol> PLATFORM_IN_GEMEENTE = EnumSet.of(Rol.GEMEENTEBEHEERDER);

    private final Database db;
    private final GemeenteService gemeenten;
    private final Gebeurtenissen gebeurtenissen;
    private final Inlogbewaker bewaker;
    private final boolean demoModus;
    private final GebruikerStore store = new GebruikerStore();
    private final AuditStore audit = new AuditStore();
    private final ContactVerwijzing contacten = new ContactVerwijzing();
    private final Codes codes = new Codes();

    @Activate
    public AccountServiceImpl(@Reference(name = "database") Database db,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "gebeurtenissen") Gebeurtenissen gebeurtenissen,
            @Reference(name = "bewaker") Inlogbewaker bewaker, BundleContext context) {
        this(db, gemeenten, gebeurtenissen, bewaker, Boolean.parseBoolean(context.getProperty(GebruikerServiceImpl.DEMO)));
    }

    public AccountServiceImpl(Database db, GemeenteService gemeenten, Gebeurtenissen gebeurtenissen,
            Inlogbewaker bewaker, boolean demoModus) {
        this.db = db;
        this.gemeenten = gemeenten;
        this.gebeurtenissen = gebeurtenissen;
        this.bewaker = bewaker;
        this.demoModus = demoModus;
    }

    // ------------------------------------------------------------------------------------------------ rights

    /** What {@code door} may do with the accounts of {@code gemeente} ({@code null}: the platform accounts). */
    private record Recht(Gebruiker door, String gemeente, Set<Rol> geeft, boolean alleenZonderCasusrechten) {

        /** Whether {@code door} may change this account at all (not only see it). */
        boolean magBeheren(Account a) {
            return !alleenZonderCasusrechten || geeft.containsAll(a.rollen());
        }
    }

    private Recht recht(Gebruiker door, String gemeente) {
        if (door == null) {
            throw new IllegalArgumentException("'door' ontbreekt");
        }
        if (gemeente == null) {
            if (!door.heeft(Rol.PLATFORMBEHEERDER)) {
                throw new GeenToegangException("Alleen een platformbeheerder beheert de platformaccounts.");
            }
            return new Recht(door, null, PLATFORMROLLEN, false);
        }
        if (door.gemeente() != null && !door.hoortBij(gemeente)) {
            throw gemeenteNietGevonden(gemeente); // never reveal another gemeente
        }
        if (gemeenten.zoek(gemeente).isEmpty()) {
            throw gemeenteNietGevonden(gemeente);
        }
        if (door.hoortBij(gemeente) && door.heeft(Rol.GEMEENTEBEHEERDER)) {
            return new Recht(door, gemeente, GEMEENTEROLLEN, false);
        }
        if (door.gemeente() == null && door.heeft(Rol.PLATFORMBEHEERDER)) {
            return new Recht(door, gemeente, PLATFORM_IN_GEMEENTE, true);
        }
        throw new GeenToegangException("Uw rol geeft geen toegang tot het gebruikersbeheer van deze gemeente; dat doet "
                + "een gemeentebeheerder.");
    }

    private static NietGevondenException gemeenteNietGevonden(String id) {
        return new NietGevondenException("Gemeente '" + id + "' niet gevonden.");
    }

    private static NietGevondenException accountNietGevonden(String naam) {
        return new NietGevondenException("Gebruiker '" + Tekst.voorLog(naam) + "' bestaat niet in deze "
                + "gemeente.");
    }

    private GebruikerStore.Rij lees(Connection c, Recht r, String naam, boolean voorWijziging) throws SQLException {
        String n = Gebruikersnaam.uitInvoer(naam);
        GebruikerStore.Rij rij = n == null ? null
                : (voorWijziging ? store.zoekVoorWijziging(c, n) : store.zoek(c, n)).orElse(null);
        if (rij == null || !java.util.Objects.equals(rij.account().gemeente(), r.gemeente())) {
            throw accountNietGevonden(naam);
        }
        return rij;
    }

    private static void magBeheren(Recht r, Account a) {
        if (!r.magBeheren(a)) {
            throw new GeenToegangException("Dit account heeft rechten op casussen; alleen een gemeentebeheerder van "
                    + "de gemeente beheert het.");
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    @Override
    public Pagina<Account> lijst(Gebruiker door, String gemeente, AccountFilter filter, int page, int pageSize) {
        Recht r = recht(door, gemeente);
        Invoer.controleerPagina(page, pageSize);
        AccountFilter f = filter == null ? AccountFilter.alle() : filter;
        return db.lees(c -> store.lijst(c, r.gemeente(), f, bewaker.nu(), page, pageSize));
    }

    @Override
    public Account lees(Gebruiker door, String gemeente, String gebruikersnaam) {
        Recht r = recht(door, gemeente);
        return db.lees(c -> lees(c, r, gebruikersnaam, false)).account();
    }

    @Override
    public List<AuditRegel> audittrail(Gebruiker door, String gemeente, String gebruikersnaam) {
        Recht r = recht(door, gemeente);
        return db.lees(c -> {
            Account a = lees(c, r, gebruikersnaam, false).account();
            return audit.vanObject(c, "gebruiker", a.gebruikersnaam());
        });
    }

    // ------------------------------------------------------------------------------------------------ changes

    @Override
    public NieuwAccountMetCode maak(Gebruiker door, NieuwAccount in) {
        if (in == null) {
            throw new Invoer().fout("gebruikersnaam", Invoer.VERPLICHT, "Gebruikersnaam is verplicht.").ongeldig();
        }
        Recht r = recht(door, in.gemeente());
        Invoer invoer = new Invoer();
        String naam = in.gebruikersnaam() == null ? null : in.gebruikersnaam().strip();
        if (naam == null || naam.isEmpty()) {
            invoer.fout("gebruikersnaam", Invoer.VERPLICHT, "Gebruikersnaam is verplicht.");
        } else if (!Gebruikersnaam.GELDIG.matcher(naam).matches()) {
            invoer.fout("gebruikersnaam", Invoer.WAARDE, "Een gebruikersnaam heeft 3 tot 100 tekens: kleine letters, "
                    + "cijfers en . _ @ -, en begint met een letter of cijfer (bijvoorbeeld j.devries of "
                    + "j.devries@utrecht.nl).");
        }
        String volledigeNaam = invoer.verplicht("naam", "Naam", in.naam(), 200);
        Bron bron = in.bron() == null ? Bron.LOKAAL : in.bron();
        Set<Rol> rollen = rollen(invoer, r, in.rollen());
        Set<Rol> nietBeheerd = without(rollen, r.geeft());
        if (!nietBeheerd.isEmpty() && (r.gemeente() == null ? PLATFORMROLLEN : GEMEENTEROLLEN).containsAll(rollen)) {
            throw new GeenToegangException("U kunt de rol " + String.join(", ", codes(nietBeheerd))
                    + " niet geven: die beheert u niet.");
        }
        Instant nu = bewaker.nu();
        String code = bron == Bron.LOKAAL ? codes.nieuw() : null;
        Instant geldigTot = code == null ? null : nu.plus(bewaker.instellingen().codeGeldig());
        Account a = db.inTransactie(c -> {
            Set<String> tafels = tafels(c, invoer, r, rollen, in.tafels());
            String contactId = contact(c, invoer, r, in.contactId());
            invoer.controleer();
            if (store.bestaat(c, naam)) {
                throw new ConflictException("De gebruikersnaam '" + naam + "' is al in gebruik; kies een andere "
                        + "(bijvoorbeeld met de naam van de gemeente of een e-mailadres).");
            }
            store.voegToe(c, new Gebruiker(naam, volledigeNaam, r.gemeente(), rollen, tafels), contactId, bron, null,
                    false, false, code == null ? null : Codes.hash(naam, code), geldigTot, nu);
            db.gemaakt(c, "gebruiker", naam);
            audit.schrijf(c, r.gemeente(), null, "gebruiker", naam, "aangemaakt", r.door().gebruikersnaam(),
                    new Wijzigingen().nieuw("naam", volledigeNaam).nieuw("rollen", codes(rollen))
                            .nieuw("tafels", new TreeSet<>(tafels)).nieuw("contactId", contactId)
                            .nieuw("bron", bron.code()).lijst());
            return store.zoek(c, naam).orElseThrow().account();
        });
        LOG.info("Account '{}' ({}) aangemaakt door '{}'", naam, r.gemeente() == null ? "platform" : r.gemeente(),
                r.door().gebruikersnaam());
        meld(gebeurtenissen, a, "aangemaakt");
        return new NieuwAccountMetCode(a, code == null ? null : new Eenmaligecode(naam, code, geldigTot));
    }

    @Override
    public Account wijzig(Gebruiker door, String gemeente, String gebruikersnaam, long verwachteVersie,
            AccountWijziging w) {
        Recht r = recht(door, gemeente);
        if (w == null) {
            throw new Invoer().fout("naam", Invoer.VERPLICHT, "Naam is verplicht.").ongeldig();
        }
        Invoer invoer = new Invoer();
        String naam = invoer.verplicht("naam", "Naam", w.naam(), 200);
        Set<Rol> rollen = rollen(invoer, r, w.rollen());
        Instant nu = bewaker.nu();
        Account[] oudEnNieuw = db.inTransactie(c -> {
            // the beheerders first, always in the same order: two beheerders removing each other at the same
            // moment then queue here instead of deadlocking on each other's rows
            List<String> beheerders = beheerdersVoorWijziging(c, r);
            GebruikerStore.Rij rij = lees(c, r, gebruikersnaam, true);
            Account oud = rij.account();
            magBeheren(r, oud);
            if (oud.versie() != verwachteVersie) {
                throw verouderd(oud.versie(), verwachteVersie);
            }
            // a role one does not administer may be kept, not added or removed
            Set<Rol> anders = verschil(oud.rollen(), rollen);
            if (!r.geeft().containsAll(anders)) {
                throw new GeenToegangException("U kunt de rol " + String.join(", ", codes(without(anders, r.geeft())))
                        + " niet geven of afnemen: die beheert u niet.");
            }
            boolean zelf = oud.gebruikersnaam().equals(r.door().gebruikersnaam());
            if (zelf && (!anders.isEmpty() || !w.actief())) {
                throw new GeenToegangException("U kunt uw eigen rollen niet wijzigen en uzelf niet deactiveren; "
                        + "vraag dat een andere beheerder.");
            }
            Set<String> tafels = tafels(c, invoer, r, rollen, w.tafels());
            String contactId = contact(c, invoer, r, w.contactId());
            invoer.controleer();
            blijftEenBeheerder(r, beheerders, oud, rollen, w.actief());
            if (!store.werkBij(c, oud.gebruikersnaam(), verwachteVersie, naam, rollen, tafels, contactId, w.actief(),
                    nu)) {
                throw verouderd(-1, verwachteVersie);
            }
            Account nieuw = store.zoek(c, oud.gebruikersnaam()).orElseThrow().account();
            List<AuditRegel.Veldwijziging> velden = new Wijzigingen().veld("naam", oud.naam(), nieuw.naam())
                    .veld("rollen", codes(oud.rollen()), codes(nieuw.rollen()))
                    .veld("tafels", new TreeSet<>(oud.tafels()), new TreeSet<>(nieuw.tafels()))
                    .veld("contactId", oud.contactId(), nieuw.contactId())
                    .veld("actief", oud.actief(), nieuw.actief()).lijst();
            audit.schrijf(c, r.gemeente(), null, "gebruiker", oud.gebruikersnaam(),
                    oud.actief() && !nieuw.actief() ? "gedeactiveerd" : "gewijzigd", r.door().gebruikersnaam(),
                    velden);
            return new Account[] { oud, nieuw };
        });
        Account nieuw = oudEnNieuw[1];
        LOG.info("Account '{}' gewijzigd door '{}'", nieuw.gebruikersnaam(), r.door().gebruikersnaam());
        meld(gebeurtenissen, nieuw, oudEnNieuw[0].actief() && !nieuw.actief() ? "gedeactiveerd" : "gewijzigd");
        return nieuw;
    }

    @Override
    public Account deactiveer(Gebruiker door, String gemeente, String gebruikersnaam) {
        Recht r = recht(door, gemeente);
        Account huidig = db.lees(c -> lees(c, r, gebruikersnaam, false)).account();
        if (!huidig.actief()) {
            magBeheren(r, huidig);
            return huidig;
        }
        return wijzig(door, gemeente, gebruikersnaam, huidig.versie(), new AccountWijziging(huidig.naam(),
                huidig.rollen(), huidig.tafels(), huidig.contactId(), false));
    }

    @Override
    public Eenmaligecode nieuweCode(Gebruiker door, String gemeente, String gebruikersnaam) {
        Recht r = recht(door, gemeente);
        Instant nu = bewaker.nu();
        String code = codes.nieuw();
        Instant geldigTot = nu.plus(bewaker.instellingen().codeGeldig());
        Account a = db.inTransactie(c -> {
            Account oud = lees(c, r, gebruikersnaam, true).account();
            magBeheren(r, oud);
            if (oud.bron() != Bron.LOKAAL) {
                throw new ConflictException("Dit account logt in via de identity provider van de gemeente; een "
                        + "wachtwoord of code van Doorbraak heeft het niet.");
            }
            if (!oud.actief()) {
                throw new ConflictException("Dit account is gedeactiveerd; activeer het eerst.");
            }
            store.zetCode(c, oud.gebruikersnaam(), Codes.hash(oud.gebruikersnaam(), code), geldigTot, nu);
            audit.schrijf(c, r.gemeente(), null, "gebruiker", oud.gebruikersnaam(), "code uitgegeven",
                    r.door().gebruikersnaam(), new Wijzigingen().veld("codeGeldigTot", oud.codeGeldigTot(), geldigTot)
                            .lijst());
            return oud;
        });
        LOG.info("Eenmalige code voor '{}' uitgegeven door '{}'", a.gebruikersnaam(), r.door().gebruikersnaam());
        meld(gebeurtenissen, a, "code");
        return new Eenmaligecode(a.gebruikersnaam(), code, geldigTot);
    }

    @Override
    public Account deblokkeer(Gebruiker door, String gemeente, String gebruikersnaam) {
        Recht r = recht(door, gemeente);
        Instant nu = bewaker.nu();
        Account a = db.inTransactie(c -> {
            Account oud = lees(c, r, gebruikersnaam, true).account();
            magBeheren(r, oud);
            if (oud.mislukt() == 0 && oud.geblokkeerdTot() == null) {
                return oud;
            }
            store.deblokkeer(c, oud.gebruikersnaam(), nu);
            audit.schrijf(c, r.gemeente(), null, "gebruiker", oud.gebruikersnaam(), "gedeblokkeerd",
                    r.door().gebruikersnaam(), new Wijzigingen().veld("geblokkeerdTot", oud.geblokkeerdTot(), null)
                            .veld("mislukt", oud.mislukt(), 0).lijst());
            return store.zoek(c, oud.gebruikersnaam()).orElseThrow().account();
        });
        LOG.info("Account '{}' gedeblokkeerd door '{}'", a.gebruikersnaam(), r.door().gebruikersnaam());
        meld(gebeurtenissen, a, "gedeblokkeerd");
        return a;
    }

    @Override
    public List<Adresblokkade> adresblokkades(Gebruiker door) {
        recht(door, null);
        return bewaker.adressen();
    }

    @Override
    public void deblokkeerAdres(Gebruiker door, String adres) {
        recht(door, null);
        if (!bewaker.deblokkeerAdres(adres)) {
            throw new NietGevondenException("Voor dit adres zijn geen mislukte inlogpogingen bekend.");
        }
        LOG.info("Clientadres {} gedeblokkeerd door '{}'", Tekst.voorLog(adres), door.gebruikersnaam());
    }

    // ------------------------------------------------------------------------------------------------ checks

    private static Set<Rol> rollen(Invoer invoer, Recht r, Set<Rol> gevraagd) {
        Set<Rol> rollen = gevraagd == null ? Set.of() : Set.copyOf(gevraagd);
        if (rollen.isEmpty()) {
            invoer.fout("rollen", Invoer.VERPLICHT, "Geef het account minstens één rol.");
            return rollen;
        }
        Set<Rol> passend = r.gemeente() == null ? PLATFORMROLLEN : GEMEENTEROLLEN;
        if (!passend.containsAll(rollen)) {
            invoer.fout("rollen", Invoer.WAARDE, r.gemeente() == null
                    ? "Een platformaccount heeft de rol platformbeheerder of rijk; de rollen van een gemeente horen bij "
                            + "een account van die gemeente."
                    : "Een account van een gemeente heeft de rollen gemeentebeheerder, casusregisseur, tafellid of "
                            + "transformaatje.");
            return rollen;
        }
        return rollen;
    }

    /** Tafels only with the role tafellid, and only tafels of this gemeente. */
    private Set<String> tafels(Connection c, Invoer invoer, Recht r, Set<Rol> rollen, Set<String> gevraagd)
            throws SQLException {
        Set<String> tafels = gevraagd == null ? Set.of() : new LinkedHashSet<>(gevraagd);
        if (!rollen.contains(Rol.TAFELLID)) {
            if (!tafels.isEmpty()) {
                invoer.fout("tafels", Invoer.WAARDE, "Tafels horen bij de rol tafellid; geef die rol, of laat de "
                        + "tafels leeg.");
            }
            return Set.of();
        }
        if (tafels.isEmpty()) {
            invoer.fout("tafels", Invoer.VERPLICHT, "Een tafellid zit aan minstens één tafel; noem de tafel-id's.");
            return Set.of();
        }
        Set<String> bekend = store.tafelsVan(c, r.gemeente(), tafels);
        for (String t : tafels) {
            if (!bekend.contains(t)) {
                invoer.fout("tafels", Invoer.ONBEKEND, "Tafel '" + Tekst.voorLog(t) + "' bestaat niet in deze "
                        + "gemeente.");
            }
        }
        return bekend;
    }

    private String contact(Connection c, Invoer invoer, Recht r, String contactId) throws SQLException {
        if (contactId == null || contactId.isBlank()) {
            return null;
        }
        if (r.gemeente() == null) {
            invoer.fout("contactId", Invoer.WAARDE, "Een platformaccount hoort bij geen gemeente en dus bij geen "
                    + "contact van haar korte lijnen.");
            return null;
        }
        return contacten.vanGemeente(c, invoer, "contactId", r.gemeente(), contactId.strip()).map(k -> k.id())
                .orElse(null);
    }

    /**
     * The last active gemeentebeheerder of a gemeente (or platformbeheerder of the platform) stays: otherwise nobody
     * can manage its accounts any more.
     */
    private void blijftEenBeheerder(Recht r, List<String> beheerders, Account oud, Set<Rol> rollen, boolean actief) {
        Rol beheer = r.gemeente() == null ? Rol.PLATFORMBEHEERDER : Rol.GEMEENTEBEHEERDER;
        boolean wasBeheerder = oud.actief() && oud.rollen().contains(beheer) && telt(oud);
        boolean blijft = actief && rollen.contains(beheer);
        if (!wasBeheerder || blijft) {
            return;
        }
        long anderen = beheerders.stream().filter(n -> !n.equals(oud.gebruikersnaam())).count();
        if (anderen == 0) {
            throw new ConflictException(r.gemeente() == null
                    ? "Dit is de laatste actieve platformbeheerder; maak eerst een andere aan."
                    : "Dit is de laatste actieve gemeentebeheerder van deze gemeente; maak eerst een andere "
                            + "gemeentebeheerder aan.");
        }
    }

    /** The active beheerders of the gemeente (or of the platform), their rows locked until the commit. */
    private List<String> beheerdersVoorWijziging(Connection c, Recht r) throws SQLException {
        return r.gemeente() == null ? store.platformbeheerdersVoorWijziging(c, demoModus)
                : store.beheerdersVoorWijziging(c, r.gemeente(), demoModus);
    }

    /** Demo accounts count only in demo mode (elsewhere nobody can use them). */
    private boolean telt(Account a) {
        return !a.demo() || demoModus;
    }

    private static Set<Rol> verschil(Set<Rol> a, Set<Rol> b) {
        Set<Rol> v = EnumSet.noneOf(Rol.class);
        for (Rol x : Rol.values()) {
            if (a.contains(x) != b.contains(x)) {
                v.add(x);
            }
        }
        return v;
    }

    private static Set<Rol> without(Set<Rol> a, Set<Rol> weg) {
        Set<Rol> v = EnumSet.noneOf(Rol.class);
        v.addAll(a);
        v.removeAll(weg);
        return v;
    }

    /** Role codes in a fixed order, for the audittrail. */
    static List<String> codes(Set<Rol> rollen) {
        return rollen.stream().map(Rol::code).sorted().collect(Collectors.toList());
    }

    private static ConflictException verouderd(long huidig, long verwacht) {
        return new ConflictException("Het account is intussen door een ander gewijzigd"
                + (huidig >= 0 ? " (nu versie " + huidig + ", u had versie " + verwacht + ")" : "")
                + ". Haal het opnieuw op en probeer het nog eens.");
    }

    /**
     * {@code nl/doorbraak/gebruiker/GEWIJZIGD}, synchronously after the commit: the web bundle drops or refreshes the
     * account's sessions and remembered logins before the change is acknowledged.
     */
    static void meld(Gebeurtenissen gebeurtenissen, Account a, String wat) {
        Map<String, Object> p = new HashMap<>();
        p.put(DoorbraakEvents.GEBRUIKERSNAAM, a.gebruikersnaam());
        p.put(DoorbraakEvents.WAT, wat);
        p.put(DoorbraakEvents.GEMEENTE, a.gemeente());
        gebeurtenissen.stuur(DoorbraakEvents.GEBRUIKER_GEWIJZIGD, p);
    }
}
