package nl.doorbraak.core.toegang;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.toegang.Adresblokkade;
import nl.doorbraak.core.platform.GezondheidImpl;
import nl.doorbraak.core.platform.Tijd;

/**
 * The account settings ({@code nl.doorbraak.toegang}) and the failed attempts that do not belong to an account in the
 * database: per unknown name (so an unknown name is slowed down and locked exactly like an existing account) and per
 * client address (over all accounts). Kept in memory, bounded; a restart forgets them, the accounts' own counts
 * are in the database.
 */
@Component(service = Inlogbewaker.class, configurationPid = ToegangConfiguratie.PID)
@Designate(ocd = ToegangConfiguratie.class)
public final class Inlogbewaker {

    private static final Logger LOG = LoggerFactory.getLogger(Inlogbewaker.class);
    static final String GEZONDHEID = "core.toegang.configuratie";
    /** Above this many remembered names or addresses, those without a recent failure are forgotten first. */
    static final int MAX_BIJGEHOUDEN = 10_000;

    /** Failed attempts from one address in the current window. */
    private record Adres(int mislukt, Instant venster, Instant geblokkeerdTot) {
    }

    private final GezondheidImpl gezondheid;
    private final Supplier<Instant> klok;
    private final Map<String, Teller> onbekend = new ConcurrentHashMap<>();
    private final Map<String, Adres> adressen = new ConcurrentHashMap<>();
    private volatile Toegangsinstellingen instellingen = Toegangsinstellingen.standaard();
    private volatile java.util.function.IntConsumer hashmeter = n -> { };

    @Activate
    public Inlogbewaker(@Reference(name = "gezondheid") GezondheidImpl gezondheid, Map<String, Object> config) {
        this(gezondheid, Tijd::nu);
        gewijzigd(config);
    }

    public Inlogbewaker(GezondheidImpl gezondheid, Supplier<Instant> klok) {
        this.gezondheid = gezondheid;
        this.klok = klok;
    }

    @Modified
    void gewijzigd(Map<String, Object> config) {
        List<String> waarschuwingen = new ArrayList<>();
        instellingen = Toegangsinstellingen.uit(config, waarschuwingen);
        if (waarschuwingen.isEmpty()) {
            gezondheid.herstel(GEZONDHEID);
        } else {
            waarschuwingen.forEach(LOG::warn);
            gezondheid.meld(GEZONDHEID, String.join(" ", waarschuwingen));
        }
    }

    /** For tests. */
    public void instellingen(Toegangsinstellingen nieuw) {
        instellingen = nieuw;
    }

    public Toegangsinstellingen instellingen() {
        return instellingen;
    }

    /** Password hashing at the cost configured now. */
    public Wachtwoorden wachtwoorden() {
        return new Wachtwoorden(instellingen.wachtwoordIteraties(), hashmeter);
    }

    /** For tests: told the iterations of every hash run. */
    public void hashmeter(java.util.function.IntConsumer meter) {
        this.hashmeter = meter;
    }

    public Instant nu() {
        return klok.get();
    }

    // ---- unknown names: the same Teller rules as an account ----

    /**
     * Counts an attempt for a name that has no account.
     *
     * @return seconds to wait when the attempt is refused without checking; 0 when it is counted
     */
    int reserveerOnbekend(String naam, Instant nu) {
        Toegangsinstellingen i = instellingen;
        int[] wacht = { 0 };
        ruimOp(onbekend, nu, t -> t.actueel(nu, i).equals(Teller.NUL));
        onbekend.compute(naam, (k, t) -> {
            Teller huidig = t == null ? Teller.NUL : t;
            wacht[0] = huidig.wachtSeconden(nu, i);
            return wacht[0] > 0 ? huidig : huidig.naPoging(nu, i);
        });
        return wacht[0];
    }

    // ---- client addresses ----

    /** Seconds until logins from this address are allowed again; 0 when they are. */
    int adresWacht(String adres, Instant nu) {
        if (adres == null) {
            return 0;
        }
        Adres a = adressen.get(adres);
        if (a == null || a.geblokkeerdTot() == null || !a.geblokkeerdTot().isAfter(nu)) {
            return 0;
        }
        return Teller.seconden(nu, a.geblokkeerdTot());
    }

    /** A failed attempt from this address; locks it from the {@code adresMaxPogingen}-th in one window. */
    void adresMislukt(String adres, Instant nu) {
        if (adres == null) {
            return;
        }
        Toegangsinstellingen i = instellingen;
        ruimOp(adressen, nu, a -> verlopen(a, nu, i));
        adressen.compute(adres, (k, a) -> {
            Adres huidig = a == null || verlopen(a, nu, i) ? new Adres(0, nu, null) : a;
            int n = huidig.mislukt() + 1;
            Instant blok = huidig.geblokkeerdTot();
            if (blok == null && n >= i.adresMaxPogingen()) {
                blok = nu.plus(i.blokkade());
                LOG.warn("Clientadres {} geblokkeerd tot {} na {} mislukte inlogpogingen", k, blok, n);
            }
            return new Adres(n, huidig.venster(), blok);
        });
    }

    private static boolean verlopen(Adres a, Instant nu, Toegangsinstellingen i) {
        Instant einde = a.geblokkeerdTot() != null ? a.geblokkeerdTot() : a.venster().plus(i.blokkade());
        return !einde.isAfter(nu);
    }

    public List<Adresblokkade> adressen() {
        Instant nu = klok.get();
        Toegangsinstellingen i = instellingen;
        List<Adresblokkade> l = new ArrayList<>();
        adressen.forEach((adres, a) -> {
            if (!verlopen(a, nu, i)) {
                l.add(new Adresblokkade(adres, a.mislukt(), a.geblokkeerdTot()));
            }
        });
        l.sort(Comparator.comparing(Adresblokkade::mislukt).reversed().thenComparing(Adresblokkade::adres));
        return l;
    }

    /** @return whether there was anything to lift */
    public boolean deblokkeerAdres(String adres) {
        return adres != null && adressen.remove(adres) != null;
    }

    private static <T> void ruimOp(Map<String, T> m, Instant nu, java.util.function.Predicate<T> weg) {
        if (m.size() < MAX_BIJGEHOUDEN) {
            return;
        }
        m.values().removeIf(weg);
        if (m.size() >= MAX_BIJGEHOUDEN) {
            // still full of live entries: memory stays bounded; the accounts' own counts are in the database
            m.clear();
        }
    }
}
